/* golf-dashboard-data.c
 *
 * One immutable bundle of the analytics of a session, computed in a worker
 * thread from a GolfShotTable: which shots count, true distances and gaps,
 * dispersion, shot shapes, and per club the means and spreads the cards
 * show (golf_club_summary_compute() in src/analysis works them out).
 * Switching clubs is then a look-up, not a computation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dashboard-data"

#include "config.h"

#include "golf-bag-order.h"
#include "golf-dashboard-data.h"

struct _GolfDashboardData
{
  GolfShotTable   *table;
  GolfKeptShots   *kept;
  GolfGapping     *gapping;
  GolfDispersion  *dispersion;
  GolfShotShapes  *shapes;
  GolfClubSummary  all;
  GArray          *clubs;   /* GolfClubSummary, in bag order */
};

G_DEFINE_BOXED_TYPE (GolfDashboardData, golf_dashboard_data,
                     golf_dashboard_data_ref, golf_dashboard_data_unref)

static GPtrArray *
clubs_in_bag_order (GolfShotTable *table)
{
  GPtrArray *clubs = g_ptr_array_new ();

  for (guint c = 0; c < golf_shot_table_get_n_clubs (table); c++)
    if (golf_shot_table_get_club (table, c)[0] != '\0')
      g_ptr_array_add (clubs, (gpointer)golf_shot_table_get_club (table, c));

  golf_bag_order_sort (clubs);

  return clubs;
}

/**
 * golf_dashboard_data_compute:
 * @table: the shots of one session
 * @hand: the golfer's hand, for shot shapes
 * @clubs: (nullable): the shot-shape thresholds of every club but the
 *   wedges, %NULL for the usual ones
 * @wedges: (nullable): those of PW and the wedges
 *
 * Runs every analysis the dashboard shows. Call it from a worker thread:
 * it touches no GObject but the immutable results it builds.
 *
 * Returns: (transfer full): the analytics of @table
 */
GolfDashboardData *
golf_dashboard_data_compute (GolfShotTable             *table,
                             GolfHand                   hand,
                             const GolfShapeThresholds *clubs,
                             const GolfShapeThresholds *wedges)
{
  g_autoptr(GPtrArray) names = NULL;
  GolfDashboardData *self;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_atomic_rc_box_new0 (GolfDashboardData);
  self->table = golf_shot_table_ref (table);
  self->kept = golf_kept_shots_new (table);
  self->gapping = golf_gapping_compute (table);
  self->dispersion = golf_dispersion_compute (table);
  self->shapes = golf_shot_shapes_compute_with_thresholds (table, hand, clubs, wedges);
  self->clubs = g_array_new (FALSE, TRUE, sizeof (GolfClubSummary));
  g_array_set_clear_func (self->clubs, (GDestroyNotify)golf_club_summary_clear);

  golf_club_summary_compute (&self->all, table, self->kept, self->gapping, NULL);

  names = clubs_in_bag_order (table);
  g_array_set_size (self->clubs, names->len);
  for (guint i = 0; i < names->len; i++)
    golf_club_summary_compute (&g_array_index (self->clubs, GolfClubSummary, i),
                               table, self->kept, self->gapping, names->pdata[i]);

  return self;
}

static void
dashboard_data_clear (gpointer data)
{
  GolfDashboardData *self = data;

  golf_club_summary_clear (&self->all);
  g_clear_pointer (&self->clubs, g_array_unref);
  g_clear_pointer (&self->shapes, golf_shot_shapes_unref);
  g_clear_pointer (&self->dispersion, golf_dispersion_unref);
  g_clear_pointer (&self->gapping, golf_gapping_unref);
  g_clear_pointer (&self->kept, golf_kept_shots_unref);
  g_clear_pointer (&self->table, golf_shot_table_unref);
}

/**
 * golf_dashboard_data_ref:
 * @self: a #GolfDashboardData
 *
 * Returns: (transfer full): @self
 */
GolfDashboardData *
golf_dashboard_data_ref (GolfDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

/**
 * golf_dashboard_data_unref:
 * @self: (transfer full): a #GolfDashboardData
 */
void
golf_dashboard_data_unref (GolfDashboardData *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, dashboard_data_clear);
}

/**
 * golf_dashboard_data_get_table:
 * @self: a #GolfDashboardData
 *
 * Returns: (transfer none): the session's shots
 */
GolfShotTable *
golf_dashboard_data_get_table (const GolfDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->table;
}

/**
 * golf_dashboard_data_get_kept:
 * @self: a #GolfDashboardData
 *
 * Returns: (transfer none): which shots count
 */
GolfKeptShots *
golf_dashboard_data_get_kept (const GolfDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->kept;
}

/**
 * golf_dashboard_data_get_gapping:
 * @self: a #GolfDashboardData
 *
 * Returns: (transfer none): true distances and gaps, longest club first
 */
GolfGapping *
golf_dashboard_data_get_gapping (const GolfDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->gapping;
}

/**
 * golf_dashboard_data_get_dispersion:
 * @self: a #GolfDashboardData
 *
 * Returns: (transfer none): where the ball lands, per club
 */
GolfDispersion *
golf_dashboard_data_get_dispersion (const GolfDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->dispersion;
}

/**
 * golf_dashboard_data_get_shapes:
 * @self: a #GolfDashboardData
 *
 * Returns: (transfer none): start line and curve of each shot
 */
GolfShotShapes *
golf_dashboard_data_get_shapes (const GolfDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->shapes;
}

/**
 * golf_dashboard_data_get_n_clubs:
 * @self: a #GolfDashboardData
 *
 * Returns: how many clubs the session used
 */
guint
golf_dashboard_data_get_n_clubs (const GolfDashboardData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clubs->len;
}

/**
 * golf_dashboard_data_get_club:
 * @self: a #GolfDashboardData
 * @index: a club, in bag order
 *
 * Returns: (transfer none): its numbers
 */
const GolfClubSummary *
golf_dashboard_data_get_club (const GolfDashboardData *self,
                              guint                    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clubs->len, NULL);

  return &g_array_index (self->clubs, GolfClubSummary, index);
}

/**
 * golf_dashboard_data_find_club:
 * @self: a #GolfDashboardData
 * @club: (nullable): a club, or %NULL for all clubs together
 *
 * Returns: (transfer none) (nullable): its numbers, %NULL when the session
 *   has no shot of @club
 */
const GolfClubSummary *
golf_dashboard_data_find_club (const GolfDashboardData *self,
                               const char              *club)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (club == NULL)
    return &self->all;

  for (guint i = 0; i < self->clubs->len; i++)
    if (g_strcmp0 (g_array_index (self->clubs, GolfClubSummary, i).club, club) == 0)
      return &g_array_index (self->clubs, GolfClubSummary, i);

  return NULL;
}
