/* golf-dashboard-page.c
 *
 * A session's numbers. With "All Clubs" the cards are bound to the
 * session's own properties (kept current by the metrics worker); with a
 * club they are bound to the dashboard model, which holds that club's
 * analytics, computed off the main thread. Every value reaches its label
 * through the formatter. The charts and the table of true distances show
 * the same model. While either is being recomputed, the cards fade a
 * little and say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dashboard-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-club-table.h"
#include "golf-dashboard-page.h"
#include "golf-dispersion-chart.h"
#include "golf-dplane-chart.h"
#include "golf-format-closures.h"
#include "golf-format.h"
#include "golf-metric-card.h"
#include "golf-shape-list.h"
#include "golf-strike-chart.h"

struct _GolfDashboardPage
{
  GtkWidget           parent_instance;

  GtkWidget          *cards_box;
  GtkDropDown        *club_dropdown;
  GtkWidget          *stale_box;
  GtkSpinner         *stale_spinner;
  GtkLabel           *metrics_error_label;
  GtkStack           *cards_stack;
  GolfClubTable      *club_table;

  GolfStore          *store;
  GolfSession        *session;
  GolfDashboardModel *model;
  GolfHand            hand;
  GolfUnits            units;
  GolfShapeThresholds shape_clubs;
  GolfShapeThresholds shape_wedges;
  gboolean            syncing_club;
};

G_DEFINE_FINAL_TYPE (GolfDashboardPage, golf_dashboard_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SESSION,
  PROP_UNITS,
  PROP_HAND,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Closures of the template */

static char *
join_detail (const char *words,
             double      std)
{
  g_autofree char *spread = golf_format_spread (GOLF_UNIT_ANGLE, std, GOLF_UNITS_METRIC);

  if (words[0] == '\0' || spread[0] == '\0')
    return g_strconcat (words, spread, NULL);

  /* Translators: what an average angle means, then its spread:
   * "open, pointing right · ± 2.1°" */
  return g_strdup_printf (_("%s · %s"), words, spread);
}

static char *
format_face_detail (GolfDashboardPage *self,
                    double             avg,
                    double             std,
                    GolfHand           hand)
{
  return join_detail (golf_format_face_angle_words (avg, hand), std);
}

static char *
format_path_detail (GolfDashboardPage *self,
                    double             avg,
                    double             std,
                    GolfHand           hand)
{
  return join_detail (golf_format_club_path_words (avg, hand), std);
}

static char *
format_face_to_path_detail (GolfDashboardPage *self,
                            double             avg,
                            double             std,
                            GolfHand           hand)
{
  return join_detail (golf_format_face_to_path_words (avg, hand), std);
}

static char *
format_by_club (GolfDashboardPage *self,
                const char        *club)
{
  if (club == NULL)
    return g_strdup ("");

  /* Translators: which club hit the best carry: "with the Driver" */
  return g_strdup_printf (_("with the %s"), club);
}

static char *
format_clubs (GolfDashboardPage *self,
              const char        *clubs_used)
{
  g_autofree char *clubs = golf_format_clubs_in_bag_order (clubs_used);

  return g_strdup (clubs[0] != '\0' ? clubs : GOLF_FORMAT_MISSING);
}

static gboolean
has_text (GolfDashboardPage *self,
          const char        *text)
{
  return text != NULL && text[0] != '\0';
}

static char *
format_set_aside (GolfDashboardPage *self,
                  guint              n_set_aside)
{
  /* Translators: shots left out of a club's numbers as mishits */
  return g_strdup_printf (ngettext ("%u set aside", "%u set aside", n_set_aside), n_set_aside);
}

static char *
format_quartiles (GolfDashboardPage *self,
                  double             q1,
                  double             q3,
                  GolfUnits           units,
                  const char        *confidence)
{
  g_autofree char *low = golf_format_value (GOLF_UNIT_DISTANCE, q1, units);
  g_autofree char *high = golf_format_value (GOLF_UNIT_DISTANCE, q3, units);
  const char *trust = g_strcmp0 (confidence, "high") == 0 ? _("high confidence")
                    : g_strcmp0 (confidence, "medium") == 0 ? _("medium confidence")
                    : g_strcmp0 (confidence, "low") == 0 ? _("low confidence")
                    : "";

  if (!isfinite (q1) || !isfinite (q3))
    return g_strdup (trust);

  /* Translators: the middle half of a club's carries, then how far the
   * median can be trusted: "half within 145.2–152.8 · high confidence" */
  return g_strdup_printf (_("half within %s–%s · %s"), low, high, trust);
}

static char *
format_lateral (GolfDashboardPage *self,
                double             lateral,
                GolfUnits           units)
{
  return golf_format_value (GOLF_UNIT_DISTANCE, fabs (lateral), units);
}

static char *
format_lateral_detail (GolfDashboardPage *self,
                       double             lateral,
                       double             std,
                       GolfUnits           units)
{
  g_autofree char *spread = golf_format_spread (GOLF_UNIT_DISTANCE, std, units);
  g_autofree char *rounded = golf_format_value (GOLF_UNIT_DISTANCE, lateral, units);
  const char *side;

  if (!isfinite (lateral))
    return g_strdup ("");

  side = g_str_has_prefix (rounded, "−") ? _("left of target")
       : g_strcmp0 (rounded, "0.0") == 0 ? _("on the target line")
       : _("right of target");

  return spread[0] != '\0' ? g_strdup_printf (_("%s · %s"), side, spread) : g_strdup (side);
}

static char *
format_gap_detail (GolfDashboardPage *self,
                   double             gap,
                   gboolean           overlap,
                   const char        *next_club)
{
  if (!isfinite (gap))
    return g_strdup (_("the shortest club"));
  if (next_club == NULL)
    return g_strdup (overlap ? _("overlaps the next club") : _("to the next club"));

  /* Translators: %s is the next shorter club, e.g. "PW" */
  return overlap ? g_strdup_printf (_("overlaps the %s"), next_club)
                 : g_strdup_printf (_("down to the %s"), next_club);
}

static char *
format_spin (GolfDashboardPage *self,
             double             rpm)
{
  return golf_format_number (rpm, 0);
}

/* Following the model */

static void
update_stale (GolfDashboardPage *self)
{
  gboolean stale = (self->session != NULL && golf_session_get_metrics_stale (self->session)) ||
                   (self->model != NULL && golf_dashboard_model_get_busy (self->model));

  const char *error = self->session != NULL ? golf_session_get_metrics_error (self->session) : NULL;

  gtk_widget_set_visible (self->stale_box, stale);
  gtk_spinner_set_spinning (self->stale_spinner, stale);

  /* Numbers that could not be brought up to date say why. */
  if (error != NULL)
    {
      /* Translators: %s is why the session's numbers could not be recomputed */
      g_autofree char *text = g_strdup_printf (_("These numbers could not be updated: %s"), error);

      gtk_label_set_text (self->metrics_error_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->metrics_error_label), error != NULL);
  if (stale)
    gtk_widget_add_css_class (self->cards_box, "stale");
  else
    gtk_widget_remove_css_class (self->cards_box, "stale");
}

/* The drop-down shows the model's club; the cards the matching page. */
static void
sync_club (GolfDashboardPage *self)
{
  const char *club = self->model != NULL ? golf_dashboard_model_get_club (self->model) : NULL;
  GListModel *clubs = gtk_drop_down_get_model (self->club_dropdown);
  guint selected = 0;

  for (guint i = 1; club != NULL && clubs != NULL && i < g_list_model_get_n_items (clubs); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (clubs), i), club) == 0)
      selected = i;

  self->syncing_club = TRUE;
  gtk_drop_down_set_selected (self->club_dropdown, selected);
  self->syncing_club = FALSE;
  gtk_stack_set_visible_child_name (self->cards_stack, club != NULL ? "club" : "all");
}

static void
on_club_selected_cb (GolfDashboardPage *self,
                     GParamSpec        *pspec,
                     GtkDropDown       *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GListModel *clubs = gtk_drop_down_get_model (dropdown);

  if (self->syncing_club || self->model == NULL)
    return;

  golf_dashboard_model_set_club (self->model,
                                 selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                 ? NULL : gtk_string_list_get_string (GTK_STRING_LIST (clubs), selected));
}

static void
golf_dashboard_page_dispose (GObject *object)
{
  GolfDashboardPage *self = (GolfDashboardPage *)object;
  GtkWidget *child;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      /* Stops the model's run in flight: it reads a file that may go away. */
      golf_dashboard_model_set_session (self->model, NULL);
    }
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_DASHBOARD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->session);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_dashboard_page_parent_class)->dispose (object);
}

static void
golf_dashboard_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GolfDashboardPage *self = GOLF_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SESSION:
      g_value_set_object (value, golf_dashboard_page_get_session (self));
      break;
    case PROP_UNITS:
      g_value_set_uint (value, golf_dashboard_page_get_units (self));
      break;
    case PROP_HAND:
      g_value_set_enum (value, golf_dashboard_page_get_hand (self));
      break;
    case PROP_MODEL:
      g_value_set_object (value, golf_dashboard_page_get_model (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_dashboard_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  GolfDashboardPage *self = GOLF_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      golf_dashboard_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_SESSION:
      golf_dashboard_page_set_session (self, g_value_get_object (value));
      break;
    case PROP_UNITS:
      golf_dashboard_page_set_units (self, g_value_get_uint (value));
      break;
    case PROP_HAND:
      golf_dashboard_page_set_hand (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_dashboard_page_class_init (GolfDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_dashboard_page_dispose;
  object_class->get_property = golf_dashboard_page_get_property;
  object_class->set_property = golf_dashboard_page_set_property;

  /**
   * GolfDashboardPage:store:
   *
   * The database; set once. The page's model reads its analytics from it.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GOLF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardPage:session:
   *
   * The session whose numbers the cards show.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, GOLF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardPage:units:
   *
   * The units distances and speeds show in (a #GolfUnits).
   */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL,  0, G_MAXUINT, GOLF_UNITS_IMPERIAL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardPage:hand:
   *
   * The golfer's hand, which names the signs of face and path.
   */
  properties[PROP_HAND] =
    g_param_spec_enum ("hand", NULL, NULL, GOLF_TYPE_HAND, GOLF_HAND_RIGHT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardPage:model:
   *
   * The view model the club cards, the charts and the table show.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, GOLF_TYPE_DASHBOARD_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GOLF_TYPE_CLUB_TABLE);
  g_type_ensure (GOLF_TYPE_DASHBOARD_MODEL);
  g_type_ensure (GOLF_TYPE_DISPERSION_CHART);
  g_type_ensure (GOLF_TYPE_DPLANE_CHART);
  g_type_ensure (GOLF_TYPE_METRIC_CARD);
  g_type_ensure (GOLF_TYPE_SESSION);
  g_type_ensure (GOLF_TYPE_SHAPE_LIST);
  g_type_ensure (GOLF_TYPE_STRIKE_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, club_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, stale_box);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, stale_spinner);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, metrics_error_label);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, cards_stack);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, club_table);

  /* The cards and charts the tests read. */
  gtk_widget_class_bind_template_child_full (widget_class, "shot_count_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "avg_carry_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "best_carry_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "ball_speed_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_speed_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "smash_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "clubs_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "face_angle_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_path_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "face_to_path_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "strike_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_shots_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_carry_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_best_carry_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_lateral_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_gap_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_face_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "club_ball_speed_card", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "dispersion_chart", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "dplane_chart", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "strike_chart", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "shape_list", FALSE, 0);

  gtk_widget_class_bind_template_callback (widget_class, on_club_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_face_detail);
  gtk_widget_class_bind_template_callback (widget_class, format_path_detail);
  gtk_widget_class_bind_template_callback (widget_class, format_face_to_path_detail);
  gtk_widget_class_bind_template_callback (widget_class, format_by_club);
  gtk_widget_class_bind_template_callback (widget_class, format_clubs);
  gtk_widget_class_bind_template_callback (widget_class, format_set_aside);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, format_quartiles);
  gtk_widget_class_bind_template_callback (widget_class, format_lateral);
  gtk_widget_class_bind_template_callback (widget_class, format_lateral_detail);
  gtk_widget_class_bind_template_callback (widget_class, format_gap_detail);
  gtk_widget_class_bind_template_callback (widget_class, format_spin);
  golf_format_bind_template_callbacks (widget_class);
}

static void
golf_dashboard_page_init (GolfDashboardPage *self)
{
  self->units = GOLF_UNITS_IMPERIAL;
  self->hand = GOLF_HAND_RIGHT;
  golf_shape_thresholds_for_club (NULL, &self->shape_clubs);
  golf_shape_thresholds_for_club ("PW", &self->shape_wedges);

  gtk_widget_init_template (GTK_WIDGET (self));
  sync_club (self);
}

/**
 * golf_dashboard_page_set_store:
 * @self: a #GolfDashboardPage
 * @store: the database
 *
 * Sets the database, once; the page's model reads from it.
 */
void
golf_dashboard_page_set_store (GolfDashboardPage *self,
                               GolfStore         *store)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (store == NULL || GOLF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == store)
    return;

  self->store = g_object_ref (store);
  self->model = golf_dashboard_model_new (store);
  golf_dashboard_model_set_hand (self->model, self->hand);
  golf_dashboard_model_set_shape_thresholds (self->model, &self->shape_clubs, &self->shape_wedges);
  golf_dashboard_model_set_session (self->model, self->session);
  g_signal_connect_object (self->model, "notify::busy", G_CALLBACK (update_stale), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::club", G_CALLBACK (sync_club), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::data", G_CALLBACK (sync_club), self, G_CONNECT_SWAPPED);
  golf_club_table_set_model (self->club_table, self->model);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  sync_club (self);
}

/**
 * golf_dashboard_page_get_session:
 * @self: a #GolfDashboardPage
 *
 * Returns: (transfer none) (nullable): the session shown
 */
GolfSession *
golf_dashboard_page_get_session (GolfDashboardPage *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_PAGE (self), NULL);

  return self->session;
}

/**
 * golf_dashboard_page_set_session:
 * @self: a #GolfDashboardPage
 * @session: (nullable): the session to show
 */
void
golf_dashboard_page_set_session (GolfDashboardPage *self,
                                 GolfSession       *session)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (session == NULL || GOLF_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, update_stale, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::metrics-stale", G_CALLBACK (update_stale), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::metrics-error", G_CALLBACK (update_stale), self, G_CONNECT_SWAPPED);
    }

  if (self->model != NULL)
    golf_dashboard_model_set_session (self->model, session);
  update_stale (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * golf_dashboard_page_get_units:
 * @self: a #GolfDashboardPage
 *
 * Returns: the units distances and speeds show in
 */
GolfUnits
golf_dashboard_page_get_units (GolfDashboardPage *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_PAGE (self), TRUE);

  return self->units;
}

/**
 * golf_dashboard_page_set_units:
 * @self: a #GolfDashboardPage
 * @units: the units to show
 */
void
golf_dashboard_page_set_units (GolfDashboardPage *self,
                                  GolfUnits           units)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_PAGE (self));

  if (self->units == units)
    return;

  self->units = units;
  golf_club_table_set_units (self->club_table, units);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/**
 * golf_dashboard_page_get_hand:
 * @self: a #GolfDashboardPage
 *
 * Returns: the golfer's hand
 */
GolfHand
golf_dashboard_page_get_hand (GolfDashboardPage *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_PAGE (self), GOLF_HAND_RIGHT);

  return self->hand;
}

/**
 * golf_dashboard_page_set_hand:
 * @self: a #GolfDashboardPage
 * @hand: the golfer's hand
 */
void
golf_dashboard_page_set_hand (GolfDashboardPage *self,
                              GolfHand           hand)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_PAGE (self));

  if (self->hand == hand)
    return;

  self->hand = hand;
  if (self->model != NULL)
    golf_dashboard_model_set_hand (self->model, hand);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAND]);
}

/**
 * golf_dashboard_page_set_shape_thresholds:
 * @self: a #GolfDashboardPage
 * @clubs: the shot-shape thresholds of every club but the wedges
 * @wedges: those of PW and the wedges
 */
void
golf_dashboard_page_set_shape_thresholds (GolfDashboardPage         *self,
                                          const GolfShapeThresholds *clubs,
                                          const GolfShapeThresholds *wedges)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (clubs != NULL && wedges != NULL);

  self->shape_clubs = *clubs;
  self->shape_wedges = *wedges;
  if (self->model != NULL)
    golf_dashboard_model_set_shape_thresholds (self->model, clubs, wedges);
}

/**
 * golf_dashboard_page_get_model:
 * @self: a #GolfDashboardPage
 *
 * Returns: (transfer none) (nullable): the page's view model, once a store is set
 */
GolfDashboardModel *
golf_dashboard_page_get_model (GolfDashboardPage *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_PAGE (self), NULL);

  return self->model;
}
