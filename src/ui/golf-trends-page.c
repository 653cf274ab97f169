/* golf-trends-page.c
 *
 * A number (carry, ball speed, face to path, …) of one club or of every
 * club, a point per session by date, with its trend in words: "+4.2 yd per
 * month" when the change is clear, "No clear change" when it is not. The
 * sessions are those of the player whose session the window shows, within
 * the dates chosen. Below, two sessions side by side
 * (golf-trends-page-compare.c).
 *
 * The medians of every session are kept by a GolfTrendIndex, worked out in
 * worker threads and recomputed only for sessions whose shots changed, so
 * a trend over a decade of practice is a look-up per session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-trends-page"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-trends-page-private.h"

G_DEFINE_FINAL_TYPE (GolfTrendsPage, golf_trends_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_UNITS,
  PROP_TREND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
player_id (GolfTrendsPage *self)
{
  return self->session != NULL ? golf_session_get_player_id (self->session) : -1;
}

static const char *
selected_club (GolfTrendsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->club_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return gtk_string_list_get_string (self->clubs, selected);
}

static GolfShotMetric
selected_metric (GolfTrendsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->metric_dropdown);

  return selected < GOLF_N_SHOT_METRICS ? selected : GOLF_SHOT_METRIC_CARRY;
}

/* "All Clubs" and the clubs of the player's sessions; the club chosen
 * stays chosen while it is there. */
static void
update_clubs (GolfTrendsPage *self)
{
  g_autofree char *chosen = g_strdup (selected_club (self));
  g_auto(GStrv) clubs = golf_trend_index_dup_clubs (self->index, player_id (self));
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->clubs));
  guint selected = 0;

  self->syncing = TRUE;
  gtk_string_list_splice (self->clubs, 1, n_old - 1, (const char * const *) clubs);
  for (guint i = 0; chosen != NULL && clubs[i] != NULL; i++)
    if (g_strcmp0 (clubs[i], chosen) == 0)
      selected = i + 1;
  gtk_drop_down_set_selected (self->club_dropdown, selected);
  self->syncing = FALSE;
}

static void
show_range (GtkMenuButton *button,
            const char    *date,
            const char    *none)
{
  g_autofree char *text = date != NULL ? golf_format_date (date) : NULL;

  gtk_menu_button_set_label (button, text != NULL ? text : none);
}

static void
show_words (GolfTrendsPage *self)
{
  GolfEffect effect = golf_trend_get_effect (self->trend);
  guint n = golf_trend_get_n (self->trend);
  g_autofree char *slope = golf_format_trend_slope (self->trend, self->units);
  g_autofree char *sessions = NULL;
  g_autofree char *detail = NULL;

  if (n == 0)
    {
      gtk_label_set_text (self->slope_label, _("No sessions in these dates"));
      gtk_label_set_text (self->effect_label, _("Pick another club or other dates."));
      return;
    }

  sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", n), n);
  /* A clear change is said by its speed; a change within the spread of
   * the sessions is no change at all. */
  if (effect == GOLF_EFFECT_NONE || slope[0] == '\0')
    {
      gtk_label_set_text (self->slope_label, golf_format_effect (effect == GOLF_EFFECT_NONE ? effect : GOLF_EFFECT_UNKNOWN));
      /* Translators: under "No clear change": the slope nonetheless, and
       * how many sessions: "+0.3 yd per month · 14 sessions" */
      detail = slope[0] != '\0' ? g_strdup_printf (_("%s · %s"), slope, sessions) : g_strdup (sessions);
    }
  else
    {
      gtk_label_set_text (self->slope_label, slope);
      /* Translators: under the slope: how large the change is, and over how
       * many sessions: "Large increase · 14 sessions" */
      detail = g_strdup_printf (_("%s · %s"), golf_format_effect (effect), sessions);
    }

  gtk_label_set_text (self->effect_label, detail);
}

static void
update_trend (GolfTrendsPage *self)
{
  GolfDateRange range = { self->from, self->to };

  if (self->index == NULL)
    return;

  g_clear_pointer (&self->trend, golf_trend_unref);
  self->trend = golf_trend_index_dup_trend (self->index, selected_metric (self), selected_club (self),
                                            &range, player_id (self));
  golf_trend_chart_set_trend (self->trend_chart, self->trend);
  show_words (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREND]);
}

static void
on_index_changed_cb (GolfTrendsPage *self)
{
  update_clubs (self);
  update_trend (self);
}

static void
on_busy_changed_cb (GolfTrendsPage *self)
{
  gboolean busy = self->index != NULL && golf_trend_index_get_busy (self->index);

  gtk_widget_set_visible (self->busy_box, busy);
  gtk_spinner_set_spinning (self->busy_spinner, busy);
}

/* A session deleted or restored changes the points without a change of
 * any session's medians. */
static void
on_sessions_changed_cb (GolfTrendsPage *self)
{
  update_trend (self);
  self->sessions_dirty = TRUE;
  _golf_trends_page_update_sessions (self);
}

static void
on_choice_changed_cb (GolfTrendsPage *self)
{
  if (!self->syncing)
    update_trend (self);
}

static char *
dup_calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  return g_date_time_format (date, "%Y-%m-%d");
}

static void
on_from_selected_cb (GolfTrendsPage *self,
                     GtkCalendar    *calendar)
{
  g_autofree char *date = dup_calendar_date (calendar);

  golf_trends_page_set_range (self, date, self->to);
}

static void
on_to_selected_cb (GolfTrendsPage *self,
                   GtkCalendar    *calendar)
{
  g_autofree char *date = dup_calendar_date (calendar);

  golf_trends_page_set_range (self, self->from, date);
}

static void
on_from_cleared_cb (GolfTrendsPage *self)
{
  golf_trends_page_set_range (self, NULL, self->to);
  gtk_menu_button_popdown (self->from_button);
}

static void
on_to_cleared_cb (GolfTrendsPage *self)
{
  golf_trends_page_set_range (self, self->from, NULL);
  gtk_menu_button_popdown (self->to_button);
}

/* Another player's clubs and line; only while the page is on screen: a
 * coach going from student to student does not wait for a chart nobody
 * sees. */
static void
update_player (GolfTrendsPage *self)
{
  if (!self->player_dirty || self->index == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->player_dirty = FALSE;
  update_clubs (self);
  update_trend (self);
}

/* Opened before the background work started: start it now. */
static void
golf_trends_page_map (GtkWidget *widget)
{
  GolfTrendsPage *self = GOLF_TRENDS_PAGE (widget);

  GTK_WIDGET_CLASS (golf_trends_page_parent_class)->map (widget);

  update_player (self);
  if (self->index != NULL)
    golf_trend_index_update (self->index);
  _golf_trends_page_update_sessions (self);
}

static void
golf_trends_page_dispose (GObject *object)
{
  GolfTrendsPage *self = (GolfTrendsPage *)object;
  GtkWidget *child;

  _golf_trends_page_clear_compare (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (golf_store_get_sessions (self->store), self);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_TRENDS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->index);
  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_object (&self->clubs);
  g_clear_pointer (&self->session_ids, g_ptr_array_unref);
  g_clear_pointer (&self->trend, golf_trend_unref);

  G_OBJECT_CLASS (golf_trends_page_parent_class)->dispose (object);
}

static void
golf_trends_page_finalize (GObject *object)
{
  GolfTrendsPage *self = (GolfTrendsPage *)object;

  g_free (self->from);
  g_free (self->to);

  G_OBJECT_CLASS (golf_trends_page_parent_class)->finalize (object);
}

static void
golf_trends_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GolfTrendsPage *self = GOLF_TRENDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, golf_trends_page_get_session (self));
      break;
    case PROP_UNITS:
      g_value_set_uint (value, golf_trends_page_get_units (self));
      break;
    case PROP_TREND:
      g_value_set_boxed (value, golf_trends_page_get_trend (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_trends_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GolfTrendsPage *self = GOLF_TRENDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      golf_trends_page_set_session (self, g_value_get_object (value));
      break;
    case PROP_UNITS:
      golf_trends_page_set_units (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_trends_page_class_init (GolfTrendsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_trends_page_dispose;
  object_class->finalize = golf_trends_page_finalize;
  object_class->get_property = golf_trends_page_get_property;
  object_class->set_property = golf_trends_page_set_property;

  widget_class->map = golf_trends_page_map;

  /**
   * GolfTrendsPage:session:
   *
   * The session the window shows: its player's sessions are followed, its
   * point stands out, and it is the second of the two compared.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, GOLF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfTrendsPage:units:
   *
   * The units values show in (a #GolfUnits).
   */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL, 0, G_MAXUINT, GOLF_UNITS_IMPERIAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfTrendsPage:trend:
   *
   * The trend on show.
   */
  properties[PROP_TREND] =
    g_param_spec_boxed ("trend", NULL, NULL, GOLF_TYPE_TREND,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GOLF_TYPE_TREND_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-trends-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, metric_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, club_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, from_button);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, to_button);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, busy_box);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, slope_label);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, effect_label);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, session_a_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, session_b_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfTrendsPage, compare_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_from_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_to_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_from_cleared_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_to_cleared_cb);
  _golf_trends_page_class_add_compare (widget_class);
}

static void
golf_trends_page_init (GolfTrendsPage *self)
{
  g_autoptr(GtkStringList) metrics = gtk_string_list_new (NULL);

  self->units = GOLF_UNITS_IMPERIAL;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    gtk_string_list_append (metrics, golf_format_metric_name (m));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (metrics));
  self->clubs = gtk_string_list_new ((const char * const[]) { _("All Clubs"), NULL });
  gtk_drop_down_set_model (self->club_dropdown, G_LIST_MODEL (self->clubs));
  self->syncing = FALSE;

  self->session_ids = g_ptr_array_new_with_free_func (g_free);
  self->sessions_dirty = TRUE;

  show_range (self->from_button, NULL, _("From the first session"));
  show_range (self->to_button, NULL, _("To the last session"));
}

/**
 * golf_trends_page_set_store:
 * @self: a #GolfTrendsPage
 * @store: the database
 *
 * Sets the database, once. The page keeps each session's medians from
 * then on, working out in the background those it lacks.
 */
void
golf_trends_page_set_store (GolfTrendsPage *self,
                            GolfStore      *store)
{
  g_return_if_fail (GOLF_IS_TRENDS_PAGE (self));
  g_return_if_fail (GOLF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == store)
    return;

  self->store = g_object_ref (store);
  self->index = golf_trend_index_new (store);
  g_signal_connect_object (self->index, "notify::generation", G_CALLBACK (on_index_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->index, "notify::busy", G_CALLBACK (on_busy_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (golf_store_get_sessions (store), "items-changed", G_CALLBACK (on_sessions_changed_cb),
                           self, G_CONNECT_SWAPPED);
  _golf_trends_page_update_sessions (self);
  update_trend (self);
}

/**
 * golf_trends_page_get_index:
 * @self: a #GolfTrendsPage
 *
 * Returns: (transfer none) (nullable): the sessions' medians, once a store
 *   is set
 */
GolfTrendIndex *
golf_trends_page_get_index (GolfTrendsPage *self)
{
  g_return_val_if_fail (GOLF_IS_TRENDS_PAGE (self), NULL);

  return self->index;
}

GolfSession *
golf_trends_page_get_session (GolfTrendsPage *self)
{
  g_return_val_if_fail (GOLF_IS_TRENDS_PAGE (self), NULL);

  return self->session;
}

/**
 * golf_trends_page_set_session:
 * @self: a #GolfTrendsPage
 * @session: (nullable): the session the window shows
 */
void
golf_trends_page_set_session (GolfTrendsPage *self,
                              GolfSession    *session)
{
  gint64 old_player;

  g_return_if_fail (GOLF_IS_TRENDS_PAGE (self));
  g_return_if_fail (session == NULL || GOLF_IS_SESSION (session));

  old_player = player_id (self);
  if (!g_set_object (&self->session, session))
    return;

  golf_trend_chart_set_highlight (self->trend_chart, session != NULL ? golf_session_get_id (session) : NULL);
  if (old_player != player_id (self))
    {
      self->sessions_dirty = TRUE;
      self->player_dirty = TRUE;
      update_player (self);
    }
  _golf_trends_page_update_sessions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

GolfUnits
golf_trends_page_get_units (GolfTrendsPage *self)
{
  g_return_val_if_fail (GOLF_IS_TRENDS_PAGE (self), GOLF_UNITS_IMPERIAL);

  return self->units;
}

void
golf_trends_page_set_units (GolfTrendsPage *self,
                            GolfUnits       units)
{
  g_return_if_fail (GOLF_IS_TRENDS_PAGE (self));

  if (self->units == units)
    return;

  self->units = units;
  if (self->trend != NULL)
    show_words (self);
  _golf_trends_page_show_comparison (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/**
 * golf_trends_page_get_trend:
 * @self: a #GolfTrendsPage
 *
 * Returns: (transfer none) (nullable): the trend on show
 */
GolfTrend *
golf_trends_page_get_trend (GolfTrendsPage *self)
{
  g_return_val_if_fail (GOLF_IS_TRENDS_PAGE (self), NULL);

  return self->trend;
}

/**
 * golf_trends_page_set_metric:
 * @self: a #GolfTrendsPage
 * @metric: the number to follow
 *
 * Picks @metric in the page's selector, as a golfer would.
 */
void
golf_trends_page_set_metric (GolfTrendsPage *self,
                             GolfShotMetric  metric)
{
  g_return_if_fail (GOLF_IS_TRENDS_PAGE (self));
  g_return_if_fail (metric < GOLF_N_SHOT_METRICS);

  gtk_drop_down_set_selected (self->metric_dropdown, metric);
}

/**
 * golf_trends_page_set_club:
 * @self: a #GolfTrendsPage
 * @club: (nullable): a club the player's sessions have, %NULL for all
 *
 * Picks @club in the page's selector, as a golfer would.
 */
void
golf_trends_page_set_club (GolfTrendsPage *self,
                           const char     *club)
{
  guint n;

  g_return_if_fail (GOLF_IS_TRENDS_PAGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->clubs));
  for (guint i = 1; club != NULL && i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->clubs, i), club) == 0)
      {
        gtk_drop_down_set_selected (self->club_dropdown, i);
        return;
      }

  gtk_drop_down_set_selected (self->club_dropdown, 0);
}

/**
 * golf_trends_page_set_range:
 * @self: a #GolfTrendsPage
 * @from: (nullable): the first session date to take, "YYYY-MM-DD"
 * @to: (nullable): the last one, included
 */
void
golf_trends_page_set_range (GolfTrendsPage *self,
                            const char     *from,
                            const char     *to)
{
  g_autofree char *new_from = NULL;
  g_autofree char *new_to = NULL;

  g_return_if_fail (GOLF_IS_TRENDS_PAGE (self));
  g_return_if_fail (from == NULL || golf_date_parse (from, NULL));
  g_return_if_fail (to == NULL || golf_date_parse (to, NULL));

  new_from = g_strdup (from);
  new_to = g_strdup (to);
  g_free (self->from);
  g_free (self->to);
  self->from = g_steal_pointer (&new_from);
  self->to = g_steal_pointer (&new_to);

  show_range (self->from_button, self->from, _("From the first session"));
  show_range (self->to_button, self->to, _("To the last session"));
  update_trend (self);
}
