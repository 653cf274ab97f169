/* golf-comparison.c: compare two sessions
 *
 * Every session metric (as `session_stats` defines them, over all the
 * session's shots) and each club both sessions share (its median carry over
 * the kept shots) side by side, with B − A and a word for the golfer:
 * higher is better for distances, speeds and smash; lower is better for
 * spreads (std), for |face-to-path| and for strike distance. Face angle and
 * club path have no better side. A difference smaller than half the last
 * digit the CLI shows in SI units (0.05 m, m/s, ° or mm; 0.005 of smash)
 * is "same".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>
#include <string.h>

#include "golf-analysis-private.h"
#include "golf-bag-order.h"
#include "golf-comparison.h"
#include "golf-kept-shots.h"
#include "golf-quantile.h"

struct _GolfComparison
{
  GolfShotTable   *table;      /* owns the club names */
  char            *sessions[2];
  guint            n[2];
  GArray          *metrics;    /* GolfComparedValue */
  GArray          *clubs;
};

static void
comparison_clear (GolfComparison *self)
{
  g_array_unref (self->metrics);
  g_array_unref (self->clubs);
  g_free (self->sessions[0]);
  g_free (self->sessions[1]);
  golf_shot_table_unref (self->table);
}

GOLF_DEFINE_RESULT_TYPE (GolfComparison, golf_comparison, comparison_clear)

typedef enum
{
  PREFER_NONE,
  PREFER_HIGHER,
  PREFER_LOWER,
  PREFER_LOWER_MAGNITUDE,
} Preference;

static const Preference metric_preference[GOLF_N_METRICS] = {
  [GOLF_METRIC_AVG_CARRY] = PREFER_HIGHER,
  [GOLF_METRIC_AVG_TOTAL] = PREFER_HIGHER,
  [GOLF_METRIC_AVG_BALL_SPEED] = PREFER_HIGHER,
  [GOLF_METRIC_AVG_CLUB_SPEED] = PREFER_HIGHER,
  [GOLF_METRIC_AVG_SMASH] = PREFER_HIGHER,
  [GOLF_METRIC_BEST_CARRY] = PREFER_HIGHER,
  [GOLF_METRIC_AVG_FACE_ANGLE] = PREFER_NONE,
  [GOLF_METRIC_STD_FACE_ANGLE] = PREFER_LOWER,
  [GOLF_METRIC_AVG_CLUB_PATH] = PREFER_NONE,
  [GOLF_METRIC_STD_CLUB_PATH] = PREFER_LOWER,
  [GOLF_METRIC_AVG_FACE_TO_PATH] = PREFER_LOWER_MAGNITUDE,
  [GOLF_METRIC_STD_FACE_TO_PATH] = PREFER_LOWER,
  [GOLF_METRIC_AVG_STRIKE_DISTANCE] = PREFER_LOWER,
  [GOLF_METRIC_STD_STRIKE_DISTANCE] = PREFER_LOWER,
};

/* Two values are the same when they differ only by the rounding of the
 * arithmetic that made them (the same shots averaged in another order): any
 * real difference, however small, has its direction. */
static gboolean
same_value (double a,
            double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b)));
}

static GolfDirection
judge (Preference preference,
       double     a,
       double     b)
{
  double gain;

  if (preference == PREFER_NONE || isnan (a) || isnan (b))
    return GOLF_DIRECTION_NONE;

  if (preference == PREFER_LOWER_MAGNITUDE)
    {
      a = fabs (a);
      b = fabs (b);
    }

  if (same_value (a, b))
    return GOLF_DIRECTION_SAME;

  gain = preference == PREFER_HIGHER ? b - a : a - b;

  return gain > 0 ? GOLF_DIRECTION_BETTER : GOLF_DIRECTION_WORSE;
}

static GolfComparedValue
compare_values (const char *name,
                GolfUnit    unit,
                Preference  preference,
                double      a,
                double      b)
{
  GolfComparedValue value = {
    .name = name,
    .unit = unit,
    .a = a,
    .b = b,
    .difference = same_value (a, b) ? 0.0 : _golf_no_negative_zero (b - a),
    .direction = judge (preference, a, b),
  };

  return value;
}

/* Over all the session's shots, as `session_stats` has them; a session
 * index of -1 matches no row. */
static GolfSessionMetrics *
compute_session_metrics (const GolfShotTable *table,
                         int                  session_index)
{
  guint n_rows = golf_shot_table_get_n_rows (table);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (GolfMetricsRow));

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (table, i);
      GolfMetricsRow metrics_row = {
        .club = row->club,
        .carry = row->carry,
        .total = row->total,
        .ball_speed = row->ball_speed,
        .club_speed = row->club_speed,
        .face_angle = row->face_angle,
        .club_path = row->club_path,
        .impact_x = row->impact_x,
        .impact_y = row->impact_y,
        .side_distance = row->side_distance,
      };

      if (row->session_index == (guint) session_index)
        g_array_append_val (rows, metrics_row);
    }

  return golf_session_metrics_compute ((GolfMetricsRow *)(gpointer)rows->data, rows->len);
}

static void
compare_metrics (GolfComparison *self,
                 const int       sessions[2])
{
  g_autoptr(GolfSessionMetrics) a = compute_session_metrics (self->table, sessions[0]);
  g_autoptr(GolfSessionMetrics) b = compute_session_metrics (self->table, sessions[1]);

  self->n[0] = golf_session_metrics_get_shot_count (a);
  self->n[1] = golf_session_metrics_get_shot_count (b);

  for (guint m = 0; m < GOLF_N_METRICS; m++)
    {
      GolfComparedValue value = compare_values (golf_metric_get_name (m), golf_metric_get_unit (m),
                                                metric_preference[m],
                                                golf_session_metrics_get (a, m),
                                                golf_session_metrics_get (b, m));

      value.n_a = self->n[0];
      value.n_b = self->n[1];
      g_array_append_val (self->metrics, value);
    }
}

/* What a club did in one of the two sessions. */
typedef struct
{
  guint  n_shots;
  guint  n_kept;
  double median;
} ClubCarry;

/* Fills carries[c * 2 + which] for every club c of the table. */
static void
measure_club_carries (const GolfShotTable *table,
                      const int            sessions[2],
                      ClubCarry           *carries)
{
  g_autoptr(GolfKeptShots) kept = golf_kept_shots_new ((GolfShotTable *)table);
  g_auto(GolfRowGroups) groups = { 0 };
  guint n_rows = MAX (golf_shot_table_get_n_rows (table), 1);
  g_autofree double *values = g_new (double, 2 * n_rows);

  _golf_row_groups_init_by_club (&groups, table);
  for (guint c = 0; c < groups.n_groups; c++)
    {
      ClubCarry *club = &carries[c * 2];

      for (guint k = groups.starts[c]; k < groups.starts[c + 1]; k++)
        {
          guint i = groups.order[k];
          const GolfShotTableRow *row = golf_shot_table_get_row (table, i);

          for (guint which = 0; which < 2; which++)
            {
              if (row->session_index != (guint) sessions[which])
                continue;

              club[which].n_shots++;
              if (golf_kept_shots_is_kept (kept, i))
                values[which * n_rows + club[which].n_kept++] = row->carry;
            }
        }

      for (guint which = 0; which < 2; which++)
        club[which].median = golf_quantile (values + which * n_rows, club[which].n_kept, 0.5);
    }
}

static void
compare_clubs (GolfComparison *self,
               const int       sessions[2])
{
  g_autoptr(GPtrArray) clubs = NULL;
  g_autofree ClubCarry *carries = NULL;

  if (sessions[0] < 0 || sessions[1] < 0)
    return;

  carries = g_new0 (ClubCarry, 2 * MAX (golf_shot_table_get_n_clubs (self->table), 1));
  measure_club_carries (self->table, sessions, carries);

  clubs = _golf_clubs_in_bag_order (self->table);
  for (guint i = 0; i < clubs->len; i++)
    {
      guint c = GPOINTER_TO_UINT (g_ptr_array_index (clubs, i));
      const ClubCarry *a = &carries[c * 2];
      const ClubCarry *b = &carries[c * 2 + 1];
      GolfComparedValue value;

      if (a->n_shots == 0 || b->n_shots == 0)
        continue;

      value = compare_values (golf_shot_table_get_club (self->table, c), GOLF_UNIT_DISTANCE,
                              PREFER_HIGHER, a->median, b->median);
      value.n_a = a->n_kept;
      value.n_b = b->n_kept;
      g_array_append_val (self->clubs, value);
    }
}

static int
find_session (const GolfShotTable *table,
              const char          *session_id)
{
  for (guint s = 0; s < golf_shot_table_get_n_sessions (table); s++)
    if (strcmp (golf_shot_table_get_session (table, s), session_id) == 0)
      return s;

  return -1;
}

/**
 * golf_comparison_compute:
 * @table: shots holding both sessions (others are ignored)
 * @session_a: the session compared against (the baseline)
 * @session_b: the session compared
 *
 * The definitions are at the top of golf-comparison.c and in the README.
 * A session without shots in @table compares as an empty session.
 *
 * Returns: (transfer full): the comparison; differences are B − A
 */
GolfComparison *
golf_comparison_compute (GolfShotTable *table,
                         const char    *session_a,
                         const char    *session_b)
{
  GolfComparison *self;
  int sessions[2];

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (session_a != NULL && session_b != NULL, NULL);

  self = g_atomic_rc_box_new0 (GolfComparison);
  self->table = golf_shot_table_ref (table);
  self->sessions[0] = g_strdup (session_a);
  self->sessions[1] = g_strdup (session_b);
  self->metrics = g_array_new (FALSE, FALSE, sizeof (GolfComparedValue));
  self->clubs = g_array_new (FALSE, FALSE, sizeof (GolfComparedValue));

  sessions[0] = find_session (table, session_a);
  sessions[1] = find_session (table, session_b);
  compare_metrics (self, sessions);
  compare_clubs (self, sessions);

  return self;
}

/**
 * golf_comparison_get_session:
 * @self: a #GolfComparison
 * @which: 0 for A, 1 for B
 *
 * Returns: (transfer none): the session id
 */
const char *
golf_comparison_get_session (const GolfComparison *self,
                             guint                 which)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (which < 2, NULL);

  return self->sessions[which];
}

/**
 * golf_comparison_get_n:
 * @self: a #GolfComparison
 * @which: 0 for A, 1 for B
 *
 * Returns: the session's shots
 */
guint
golf_comparison_get_n (const GolfComparison *self,
                       guint                 which)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (which < 2, 0);

  return self->n[which];
}

/**
 * golf_comparison_get_n_metrics:
 * @self: a #GolfComparison
 *
 * Returns: how many metrics the two sessions are compared on
 */
guint
golf_comparison_get_n_metrics (const GolfComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->metrics->len;
}

/**
 * golf_comparison_get_metric:
 * @self: a #GolfComparison
 * @index: below golf_comparison_get_n_metrics(), in #GolfMetric order
 *
 * Returns: (transfer none): the metric side by side
 */
const GolfComparedValue *
golf_comparison_get_metric (const GolfComparison *self,
                            guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->metrics->len, NULL);

  return &g_array_index (self->metrics, GolfComparedValue, index);
}

/**
 * golf_comparison_get_n_clubs:
 * @self: a #GolfComparison
 *
 * Returns: how many clubs both sessions have
 */
guint
golf_comparison_get_n_clubs (const GolfComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clubs->len;
}

/**
 * golf_comparison_get_club:
 * @self: a #GolfComparison
 * @index: below golf_comparison_get_n_clubs()
 *
 * Returns: (transfer none): a shared club's median carry side by side, in
 *   bag order
 */
const GolfComparedValue *
golf_comparison_get_club (const GolfComparison *self,
                          guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clubs->len, NULL);

  return &g_array_index (self->clubs, GolfComparedValue, index);
}

/**
 * golf_direction_get_name:
 * @direction: a #GolfDirection
 *
 * Returns: (nullable): "better", "worse" or "same"; %NULL for none
 */
const char *
golf_direction_get_name (GolfDirection direction)
{
  static const char * const names[] = { "same", "better", "worse", NULL };

  g_return_val_if_fail (direction <= GOLF_DIRECTION_NONE, NULL);

  return names[direction];
}
