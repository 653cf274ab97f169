/* golf-dispersion.c: dispersion ellipses
 *
 * Per club, over the kept shots with carry and lateral landing position
 * (side_distance) present: means, the sample covariance (n − 1) of
 * (carry, lateral), its eigenvalues λ1 ≥ λ2, the 95% ellipse with
 * semi-axes √(5.991·λ) and the angle of its major axis from the target
 * line (positive toward the right, in (−90, 90]), the median and 0.9
 * quantile of the landings' distance from their mean, and the sample
 * standard deviations. It needs 3 shots; from 10 the axes are stable.
 * Clubs come in bag order; shots without a club are left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>

#include "golf-analysis-private.h"
#include "golf-dispersion.h"
#include "golf-kept-shots.h"
#include "golf-moments.h"
#include "golf-quantile.h"

struct _GolfDispersion
{
  GolfShotTable   *table;      /* owns the club names */
  GArray          *clubs;      /* GolfDispersionClub */
  guint            n;
};

static void
dispersion_clear (GolfDispersion *self)
{
  g_array_unref (self->clubs);
  golf_shot_table_unref (self->table);
}

GOLF_DEFINE_RESULT_TYPE (GolfDispersion, golf_dispersion, dispersion_clear)

/* Eigenvalues of [[cc, cl], [cl, ll]] and the angle of the major axis: the
 * carry axis is the target line, the lateral axis points right. */
static void
compute_ellipse (GolfDispersionClub *club)
{
  double half_trace = (club->cov_cc + club->cov_ll) / 2;
  double radius = hypot ((club->cov_cc - club->cov_ll) / 2, club->cov_cl);
  double angle;

  club->lambda1 = half_trace + radius;
  club->lambda2 = MAX (half_trace - radius, 0.0);
  club->ellipse_major = sqrt (GOLF_CHI2_95_2DOF * club->lambda1);
  club->ellipse_minor = sqrt (GOLF_CHI2_95_2DOF * club->lambda2);

  angle = 0.5 * atan2 (2 * club->cov_cl, club->cov_cc - club->cov_ll) * 180 / G_PI;
  if (angle <= -90)
    angle += 180;
  club->ellipse_angle = _golf_no_negative_zero (angle);
}

static void
measure_points (GolfDispersionClub *club,
                const double       *carries,
                const double       *laterals,
                double             *radii)
{
  static const double radius_ps[] = { 0.5, 0.9 };
  double q[2];

  club->mean_carry = golf_mean (carries, club->n);
  club->mean_lateral = golf_mean (laterals, club->n);
  club->cov_cc = golf_sample_covariance (carries, carries, club->n);
  club->cov_cl = _golf_no_negative_zero (golf_sample_covariance (carries, laterals, club->n));
  club->cov_ll = golf_sample_covariance (laterals, laterals, club->n);
  club->carry_spread = sqrt (club->cov_cc);
  club->lateral_spread = sqrt (club->cov_ll);
  compute_ellipse (club);

  for (guint i = 0; i < club->n; i++)
    radii[i] = hypot (carries[i] - club->mean_carry, laterals[i] - club->mean_lateral);
  golf_quantiles (radii, club->n, radius_ps, 2, q);
  club->p50_radius = q[0];
  club->p90_radius = q[1];
  club->stable = club->n >= GOLF_DISPERSION_STABLE_SHOTS;
}

static void
clear_numbers (GolfDispersionClub *club)
{
  club->mean_carry = club->mean_lateral = NAN;
  club->cov_cc = club->cov_cl = club->cov_ll = NAN;
  club->lambda1 = club->lambda2 = NAN;
  club->ellipse_major = club->ellipse_minor = club->ellipse_angle = NAN;
  club->p50_radius = club->p90_radius = NAN;
  club->lateral_spread = club->carry_spread = NAN;
  club->stable = FALSE;
}

typedef struct
{
  double *carries;
  double *laterals;
  double *radii;
} Scratch;

static void
measure_club (GolfDispersionClub  *club,
              const GolfKeptShots *kept,
              const guint         *rows,
              guint                n_rows,
              Scratch             *scratch)
{
  GolfShotTable *table = golf_kept_shots_get_table (kept);

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (table, rows[i]);

      if (!golf_kept_shots_is_kept (kept, rows[i]) || isnan (row->side_distance))
        continue;

      scratch->carries[club->n] = row->carry;
      scratch->laterals[club->n] = row->side_distance;
      club->n++;
    }

  clear_numbers (club);
  if (club->n >= GOLF_DISPERSION_MIN_SHOTS)
    measure_points (club, scratch->carries, scratch->laterals, scratch->radii);
}

/**
 * golf_dispersion_compute:
 * @table: the shots
 *
 * Dispersion per club; the definitions are at the top of
 * golf-dispersion.c and in the README.
 *
 * Returns: (transfer full): one entry per club with shots, in bag order
 */
GolfDispersion *
golf_dispersion_compute (GolfShotTable *table)
{
  g_autoptr(GolfKeptShots) kept = NULL;
  g_auto(GolfRowGroups) groups = { 0 };
  g_autoptr(GPtrArray) clubs = NULL;
  guint n_rows;
  Scratch scratch;
  GolfDispersion *self;

  g_return_val_if_fail (table != NULL, NULL);

  n_rows = MAX (golf_shot_table_get_n_rows (table), 1);
  kept = golf_kept_shots_new (table);
  scratch.carries = g_new (double, n_rows);
  scratch.laterals = g_new (double, n_rows);
  scratch.radii = g_new (double, n_rows);

  self = g_atomic_rc_box_new0 (GolfDispersion);
  self->table = golf_shot_table_ref (table);
  self->clubs = g_array_new (FALSE, TRUE, sizeof (GolfDispersionClub));

  _golf_row_groups_init_by_club (&groups, table);
  clubs = _golf_clubs_in_bag_order (table);
  for (guint i = 0; i < clubs->len; i++)
    {
      guint c = GPOINTER_TO_UINT (g_ptr_array_index (clubs, i));
      GolfDispersionClub club = { .club = golf_shot_table_get_club (table, c) };

      measure_club (&club, kept, groups.order + groups.starts[c],
                    groups.starts[c + 1] - groups.starts[c], &scratch);
      self->n += club.n;
      g_array_append_val (self->clubs, club);
    }

  g_free (scratch.carries);
  g_free (scratch.laterals);
  g_free (scratch.radii);

  return self;
}

/**
 * golf_dispersion_get_n:
 * @self: a #GolfDispersion
 *
 * Returns: the shots of all clubs together that have a landing position
 */
guint
golf_dispersion_get_n (const GolfDispersion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n;
}

/**
 * golf_dispersion_get_n_clubs:
 * @self: a #GolfDispersion
 *
 * Returns: how many clubs it describes
 */
guint
golf_dispersion_get_n_clubs (const GolfDispersion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clubs->len;
}

/**
 * golf_dispersion_get_club:
 * @self: a #GolfDispersion
 * @index: below golf_dispersion_get_n_clubs()
 *
 * Returns: (transfer none): the club's numbers
 */
const GolfDispersionClub *
golf_dispersion_get_club (const GolfDispersion *self,
                          guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clubs->len, NULL);

  return &g_array_index (self->clubs, GolfDispersionClub, index);
}
