/* golf-dashboard-page.c
 *
 * The cards are bound in the template to the session's properties through
 * the formatter: when the metrics worker finishes, they follow by
 * themselves. While a recompute is pending the cards fade a little and
 * say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-dashboard-page.h"
#include "golf-format.h"
#include "golf-metric-card.h"

struct _GolfDashboardPage
{
  GtkWidget       parent_instance;

  GtkWidget      *cards_box;
  GolfMetricCard *shot_count_card;
  GolfMetricCard *clubs_card;
  GolfMetricCard *avg_carry_card;
  GolfMetricCard *best_carry_card;
  GolfMetricCard *avg_total_card;
  GolfMetricCard *ball_speed_card;
  GolfMetricCard *club_speed_card;
  GolfMetricCard *smash_card;
  GolfMetricCard *face_angle_card;
  GolfMetricCard *club_path_card;
  GolfMetricCard *face_to_path_card;
  GolfMetricCard *strike_card;

  GolfSession    *session;
  GolfHand        hand;
  gboolean        imperial;
};

G_DEFINE_FINAL_TYPE (GolfDashboardPage, golf_dashboard_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_IMPERIAL,
  PROP_HAND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
join_detail (const char *words,
             double      std)
{
  g_autofree char *spread = golf_format_spread (GOLF_UNIT_ANGLE, std, FALSE);

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

static void
update_stale (GolfDashboardPage *self)
{
  gboolean stale = self->session != NULL && golf_session_get_metrics_stale (self->session);

  if (stale)
    gtk_widget_add_css_class (self->cards_box, "stale");
  else
    gtk_widget_remove_css_class (self->cards_box, "stale");
}

static void
on_metrics_stale_changed_cb (GolfDashboardPage *self,
                             GParamSpec        *pspec,
                             GolfSession       *session)
{
  update_stale (self);
}

static void
golf_dashboard_page_dispose (GObject *object)
{
  GolfDashboardPage *self = (GolfDashboardPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_DASHBOARD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

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
    case PROP_SESSION:
      g_value_set_object (value, golf_dashboard_page_get_session (self));
      break;

    case PROP_IMPERIAL:
      g_value_set_boolean (value, golf_dashboard_page_get_imperial (self));
      break;

    case PROP_HAND:
      g_value_set_enum (value, golf_dashboard_page_get_hand (self));
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
    case PROP_SESSION:
      golf_dashboard_page_set_session (self, g_value_get_object (value));
      break;

    case PROP_IMPERIAL:
      golf_dashboard_page_set_imperial (self, g_value_get_boolean (value));
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
   * GolfDashboardPage:session:
   *
   * The session whose numbers the cards show.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         GOLF_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfDashboardPage:imperial:
   *
   * Whether distances show in yards and speeds in mph.
   */
  properties[PROP_IMPERIAL] =
    g_param_spec_boolean ("imperial", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfDashboardPage:hand:
   *
   * The golfer's hand, which names the signs of face and path.
   */
  properties[PROP_HAND] =
    g_param_spec_enum ("hand", NULL, NULL,
                       GOLF_TYPE_HAND, GOLF_HAND_RIGHT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GOLF_TYPE_METRIC_CARD);
  g_type_ensure (GOLF_TYPE_SESSION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, shot_count_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, clubs_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, avg_carry_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, best_carry_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, avg_total_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, ball_speed_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, club_speed_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, smash_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, face_angle_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, club_path_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, face_to_path_card);
  gtk_widget_class_bind_template_child (widget_class, GolfDashboardPage, strike_card);
  gtk_widget_class_bind_template_callback (widget_class, format_face_detail);
  gtk_widget_class_bind_template_callback (widget_class, format_path_detail);
  gtk_widget_class_bind_template_callback (widget_class, format_face_to_path_detail);
  golf_format_bind_template_callbacks (widget_class);
}

static void
golf_dashboard_page_init (GolfDashboardPage *self)
{
  self->imperial = TRUE;
  self->hand = GOLF_HAND_RIGHT;

  gtk_widget_init_template (GTK_WIDGET (self));
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
    g_signal_handlers_disconnect_by_func (self->session, on_metrics_stale_changed_cb, self);

  g_set_object (&self->session, session);

  if (session != NULL)
    g_signal_connect_object (session,
                             "notify::metrics-stale",
                             G_CALLBACK (on_metrics_stale_changed_cb),
                             self,
                             G_CONNECT_SWAPPED);
  update_stale (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * golf_dashboard_page_get_imperial:
 * @self: a #GolfDashboardPage
 *
 * Returns: %TRUE when distances show in yards and speeds in mph
 */
gboolean
golf_dashboard_page_get_imperial (GolfDashboardPage *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_PAGE (self), TRUE);

  return self->imperial;
}

/**
 * golf_dashboard_page_set_imperial:
 * @self: a #GolfDashboardPage
 * @imperial: %TRUE for yards and mph
 */
void
golf_dashboard_page_set_imperial (GolfDashboardPage *self,
                                  gboolean           imperial)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_PAGE (self));

  imperial = !!imperial;
  if (self->imperial == imperial)
    return;

  self->imperial = imperial;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPERIAL]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAND]);
}
