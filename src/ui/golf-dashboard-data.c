/* golf-dashboard-data.c
 *
 * One immutable bundle of the analytics of a session, computed in a worker
 * thread from a GolfShotTable: which shots count, true distances and gaps,
 * dispersion, shot shapes, and per club the means and spreads the cards
 * show. Switching clubs is then a look-up, not a computation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dashboard-data"

#include "config.h"

#include <math.h>
#include <string.h>

#include "golf-bag-order.h"
#include "golf-dashboard-data.h"
#include "golf-moments.h"
#include "golf-quantile.h"

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

static void
summary_init (GolfClubSummary *summary,
              const char      *club)
{
  summary->club = g_strdup (club);
  summary->median_carry = summary->q1_carry = summary->q3_carry = NAN;
  summary->best_carry = summary->gap_to_next = NAN;
  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    summary->mean[m] = summary->std[m] = NAN;
}

static void
summary_clear (gpointer data)
{
  GolfClubSummary *summary = data;

  g_clear_pointer (&summary->club, g_free);
}

/* Means and spreads of the kept shots of @club (every club when %NULL). */
static void
measure_kept (GolfClubSummary *summary,
              GolfShotTable   *table,
              GolfKeptShots   *kept,
              const char      *club,
              double          *values)
{
  guint n_rows = golf_shot_table_get_n_rows (table);

  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    {
      gsize n = 0;

      for (guint r = 0; r < n_rows; r++)
        {
          const GolfShotTableRow *row = golf_shot_table_get_row (table, r);
          double value;

          if ((club != NULL && strcmp (row->club, club) != 0) || !golf_kept_shots_is_kept (kept, r))
            continue;

          value = golf_shot_metric_read (m, row);
          if (isfinite (value))
            values[n++] = value;
        }

      summary->mean[m] = n > 0 ? golf_mean (values, n) : NAN;
      summary->std[m] = n > 1 ? golf_sample_std (values, n) : NAN;
    }
}

/* Counts, and the longest carry: of the kept shots for one club; for all
 * clubs of every shot, as the session's own best carry counts it. */
static void
count_shots (GolfClubSummary *summary,
             GolfShotTable   *table,
             GolfKeptShots   *kept,
             const char      *club)
{
  guint n_rows = golf_shot_table_get_n_rows (table);

  for (guint r = 0; r < n_rows; r++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (table, r);
      gboolean is_kept = golf_kept_shots_is_kept (kept, r);

      if (club != NULL && strcmp (row->club, club) != 0)
        continue;

      summary->n++;
      summary->n_kept += is_kept ? 1 : 0;
      if (golf_shot_verdict_is_set_aside (golf_kept_shots_get_verdict (kept, r)))
        summary->n_set_aside++;

      if ((is_kept || club == NULL) && row->carry > 0 &&
          (isnan (summary->best_carry) || row->carry > summary->best_carry))
        {
          summary->best_carry = row->carry;
          summary->best_carry_club = row->club[0] != '\0' ? row->club : NULL;
        }
    }
}

static void
copy_gapping (GolfClubSummary *summary,
              GolfGapping     *gapping)
{
  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    {
      const GolfGappingClub *club = golf_gapping_get_club (gapping, i);

      if (g_strcmp0 (club->club, summary->club) != 0)
        continue;

      summary->median_carry = club->median_carry;
      summary->q1_carry = club->q1_carry;
      summary->q3_carry = club->q3_carry;
      summary->confidence = club->confidence;
      summary->gap_to_next = club->gap_to_next;
      summary->overlap = club->overlap;
      if (!isnan (club->gap_to_next) && i + 1 < golf_gapping_get_n_clubs (gapping))
        summary->next_club = golf_gapping_get_club (gapping, i + 1)->club;
      return;
    }
}

/* All clubs together: quartiles of every kept carry. */
static void
measure_all_carries (GolfClubSummary *summary,
                     GolfShotTable   *table,
                     GolfKeptShots   *kept,
                     double          *values)
{
  static const double ps[] = { 0.25, 0.5, 0.75 };
  double quartiles[G_N_ELEMENTS (ps)];
  gsize n = 0;

  for (guint r = 0; r < golf_shot_table_get_n_rows (table); r++)
    if (golf_kept_shots_is_kept (kept, r))
      values[n++] = golf_shot_table_get_row (table, r)->carry;

  summary->confidence = golf_confidence_for_n (n);
  if (n == 0)
    return;

  golf_quantiles (values, n, ps, G_N_ELEMENTS (ps), quartiles);
  summary->q1_carry = quartiles[0];
  summary->median_carry = quartiles[1];
  summary->q3_carry = quartiles[2];
}

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
 *
 * Runs every analysis the dashboard shows. Call it from a worker thread:
 * it touches no GObject but the immutable results it builds.
 *
 * Returns: (transfer full): the analytics of @table
 */
GolfDashboardData *
golf_dashboard_data_compute (GolfShotTable *table,
                             GolfHand       hand)
{
  g_autoptr(GPtrArray) clubs = NULL;
  g_autofree double *values = NULL;
  GolfDashboardData *self;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_atomic_rc_box_new0 (GolfDashboardData);
  self->table = golf_shot_table_ref (table);
  self->kept = golf_kept_shots_new (table);
  self->gapping = golf_gapping_compute (table);
  self->dispersion = golf_dispersion_compute (table);
  self->shapes = golf_shot_shapes_compute (table, hand);
  self->clubs = g_array_new (FALSE, TRUE, sizeof (GolfClubSummary));
  g_array_set_clear_func (self->clubs, summary_clear);

  values = g_new (double, MAX (golf_shot_table_get_n_rows (table), 1));

  summary_init (&self->all, NULL);
  count_shots (&self->all, table, self->kept, NULL);
  measure_kept (&self->all, table, self->kept, NULL, values);
  measure_all_carries (&self->all, table, self->kept, values);

  clubs = clubs_in_bag_order (table);
  g_array_set_size (self->clubs, clubs->len);
  for (guint i = 0; i < clubs->len; i++)
    {
      GolfClubSummary *summary = &g_array_index (self->clubs, GolfClubSummary, i);

      summary_init (summary, clubs->pdata[i]);
      count_shots (summary, table, self->kept, clubs->pdata[i]);
      measure_kept (summary, table, self->kept, clubs->pdata[i], values);
      copy_gapping (summary, self->gapping);
    }

  return self;
}

static void
dashboard_data_clear (gpointer data)
{
  GolfDashboardData *self = data;

  summary_clear (&self->all);
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
