/* golf-trend.c: trends over sessions
 *
 * One point per session with a date: the median of the metric over that
 * session's kept shots (of one club, or of every club). Points are ordered
 * by date. The slope is the least-squares slope of value against day,
 * times 30 (per 30 days); it needs two different dates. The effect size is
 * Cohen's d with the pooled standard deviation, second group minus first:
 * the groups are the first and the second half of the points (with an odd
 * number of points the middle one is in neither), or the points inside two
 * chosen date ranges. |d| below 0.5 reads "no clear change", below 0.8 a
 * moderate, from 0.8 a large increase or decrease.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "golf-analysis-private.h"
#include "golf-kept-shots.h"
#include "golf-moments.h"
#include "golf-quantile.h"
#include "golf-session.h"
#include "golf-trend.h"

struct _GolfTrend
{
  GolfShotMetric   metric;
  char            *club;
  GStringChunk    *strings;
  GArray          *points;       /* GolfTrendPoint, by date */
  double           slope;
  double           effect_size;
  GolfTrendGroup   groups[2];
  gboolean         uses_ranges;
};

static void
trend_clear (GolfTrend *self)
{
  g_array_unref (self->points);
  g_string_chunk_free (self->strings);
  g_free (self->club);
}

GOLF_DEFINE_RESULT_TYPE (GolfTrend, golf_trend, trend_clear)

/**
 * golf_effect_for_size:
 * @d: Cohen's d, NAN when unknown
 *
 * Returns: the effect it reads as
 */
GolfEffect
golf_effect_for_size (double d)
{
  if (isnan (d))
    return GOLF_EFFECT_UNKNOWN;
  if (fabs (d) < GOLF_EFFECT_CLEAR)
    return GOLF_EFFECT_NONE;
  if (d > 0)
    return d < GOLF_EFFECT_LARGE ? GOLF_EFFECT_MODERATE_INCREASE : GOLF_EFFECT_LARGE_INCREASE;

  return d > -GOLF_EFFECT_LARGE ? GOLF_EFFECT_MODERATE_DECREASE : GOLF_EFFECT_LARGE_DECREASE;
}

/**
 * golf_effect_get_name:
 * @effect: a #GolfEffect
 *
 * Returns: (nullable): "no clear change", "moderate increase", "large
 *   increase", "moderate decrease" or "large decrease"; %NULL when unknown
 */
const char *
golf_effect_get_name (GolfEffect effect)
{
  static const char * const names[] = {
    "no clear change", "moderate increase", "large increase",
    "moderate decrease", "large decrease", NULL,
  };

  g_return_val_if_fail (effect <= GOLF_EFFECT_UNKNOWN, NULL);

  return names[effect];
}

/* Session id -> date, for the sessions with a valid date. */
static GHashTable *
index_dates (GListModel *sessions)
{
  GHashTable *dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);
      const char *date = golf_session_get_date (session);

      if (golf_date_parse (date, NULL))
        g_hash_table_insert (dates, g_strdup (golf_session_get_id (session)), g_strdup (date));
    }

  return dates;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const GolfTrendPoint *x = a;
  const GolfTrendPoint *y = b;
  int cmp = strcmp (x->date, y->date);

  return cmp != 0 ? cmp : strcmp (x->session_id, y->session_id);
}

static void
collect_points (GolfTrend     *self,
                GolfShotTable *table,
                GHashTable    *dates,
                int            club_index)
{
  g_autoptr(GolfKeptShots) kept = golf_kept_shots_new (table);
  guint n_rows = golf_shot_table_get_n_rows (table);
  guint n_sessions = golf_shot_table_get_n_sessions (table);
  g_autofree double *values = g_new (double, MAX (n_rows, 1));
  g_autofree guint *starts = g_new0 (guint, n_sessions + 1);
  g_autofree guint *filled = NULL;

  /* Values by session, in one array: count, then place. */
  for (guint i = 0; i < n_rows; i++)
    starts[golf_shot_table_get_row (table, i)->session_index + 1]++;
  for (guint s = 0; s < n_sessions; s++)
    starts[s + 1] += starts[s];
  filled = g_memdup2 (starts, sizeof (guint) * (n_sessions + 1));

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (table, i);
      double value;

      if ((club_index >= 0 && row->club_index != (guint) club_index) ||
          !golf_kept_shots_is_kept (kept, i))
        continue;
      if (!isnan (value = golf_shot_metric_read (self->metric, row)))
        values[filled[row->session_index]++] = value;
    }

  for (guint s = 0; s < n_sessions; s++)
    {
      const char *session_id = golf_shot_table_get_session (table, s);
      const char *date = g_hash_table_lookup (dates, session_id);
      GolfTrendPoint point;

      if (date == NULL || filled[s] == starts[s])
        continue;

      point.session_id = g_string_chunk_insert_const (self->strings, session_id);
      point.date = g_string_chunk_insert_const (self->strings, date);
      point.n = filled[s] - starts[s];
      point.value = golf_quantile (values + starts[s], point.n, 0.5);
      g_array_append_val (self->points, point);
    }

  g_array_sort (self->points, compare_points);
}

static void
compute_slope (GolfTrend *self)
{
  guint n = self->points->len;
  g_autofree double *days = g_new (double, MAX (n, 1));
  g_autofree double *values = g_new (double, MAX (n, 1));
  double sxx;

  self->slope = NAN;
  for (guint i = 0; i < n; i++)
    {
      const GolfTrendPoint *point = &g_array_index (self->points, GolfTrendPoint, i);
      guint32 day = 0;

      golf_date_parse (point->date, &day);
      days[i] = day;
      values[i] = point->value;
    }

  sxx = golf_sample_variance (days, n);
  if (sxx > 0)
    self->slope = _golf_no_negative_zero (30 * golf_sample_covariance (days, values, n) / sxx);
}

static void
measure_group (GolfTrendGroup *group,
               const double   *values,
               guint           n)
{
  group->n = n;
  group->mean = golf_mean (values, n);
  group->std = golf_sample_std (values, n);
}

/* Cohen's d: (mean₂ − mean₁) / pooled std, the pooled variance being
 * ((n₁ − 1)·s₁² + (n₂ − 1)·s₂²) / (n₁ + n₂ − 2). */
static double
cohens_d (const GolfTrendGroup *first,
          const GolfTrendGroup *second)
{
  double pooled = 0, difference;

  if (first->n == 0 || second->n == 0 || first->n + second->n < 3)
    return NAN;

  if (first->n > 1)
    pooled += (first->n - 1) * first->std * first->std;
  if (second->n > 1)
    pooled += (second->n - 1) * second->std * second->std;
  pooled = sqrt (pooled / (first->n + second->n - 2));
  difference = second->mean - first->mean;

  if (pooled == 0)
    return difference == 0 ? 0.0 : NAN;

  return _golf_no_negative_zero (difference / pooled);
}

static void
compute_effect (GolfTrend           *self,
                const GolfDateRange *first,
                const GolfDateRange *second)
{
  guint n = self->points->len;
  g_autofree double *a = g_new (double, MAX (n, 1));
  g_autofree double *b = g_new (double, MAX (n, 1));
  guint n_a = 0, n_b = 0;

  for (guint i = 0; i < n; i++)
    {
      const GolfTrendPoint *point = &g_array_index (self->points, GolfTrendPoint, i);

      if (self->uses_ranges)
        {
          if (golf_date_range_contains (first, point->date))
            a[n_a++] = point->value;
          if (golf_date_range_contains (second, point->date))
            b[n_b++] = point->value;
        }
      else if (i < n / 2)
        a[n_a++] = point->value;
      else if (i >= n - n / 2)
        b[n_b++] = point->value;
    }

  measure_group (&self->groups[0], a, n_a);
  measure_group (&self->groups[1], b, n_b);
  self->effect_size = cohens_d (&self->groups[0], &self->groups[1]);
}

static GolfTrend *
trend_new (GolfShotMetric       metric,
           const char          *club,
           const GolfDateRange *first)
{
  GolfTrend *self = g_atomic_rc_box_new0 (GolfTrend);

  self->metric = metric;
  self->club = g_strdup (club);
  self->strings = g_string_chunk_new (1024);
  self->points = g_array_new (FALSE, FALSE, sizeof (GolfTrendPoint));
  self->uses_ranges = first != NULL;

  return self;
}

/**
 * golf_trend_compute:
 * @table: the shots of the sessions to follow
 * @sessions: (element-type GolfSession): sessions with their dates; shots
 *   of sessions not in it, or without a valid date, are left out
 * @metric: what to follow
 * @club: (nullable): one club, or %NULL for every club
 * @first: (nullable): the first group for the effect size, or %NULL to
 *   compare the first and second half of the points
 * @second: (nullable): the second group; given with @first
 *
 * The definitions are at the top of golf-trend.c and in the README.
 *
 * Returns: (transfer full): the trend
 */
GolfTrend *
golf_trend_compute (GolfShotTable       *table,
                    GListModel          *sessions,
                    GolfShotMetric       metric,
                    const char          *club,
                    const GolfDateRange *first,
                    const GolfDateRange *second)
{
  g_autoptr(GHashTable) dates = NULL;
  GolfTrend *self;
  int club_index = -1;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);
  g_return_val_if_fail (metric < GOLF_N_SHOT_METRICS, NULL);
  g_return_val_if_fail ((first == NULL) == (second == NULL), NULL);

  self = trend_new (metric, club, first);

  if (club != NULL)
    club_index = golf_shot_table_find_club (table, club);

  dates = index_dates (sessions);
  if (club == NULL || club_index >= 0)
    collect_points (self, table, dates, club_index);

  compute_slope (self);
  compute_effect (self, first, second);

  return self;
}

/**
 * golf_trend_new_from_points:
 * @metric: what the points follow
 * @club: (nullable): their club, %NULL for every club
 * @points: (array length=n_points): one point per session, in any order;
 *   points without a valid date are left out
 * @n_points: how many
 * @first: (nullable): the first group for the effect size, or %NULL to
 *   compare the first and second half of the points
 * @second: (nullable): the second group; given with @first
 *
 * The same trend as golf_trend_compute() from points worked out before,
 * say kept per session in a #GolfSessionMedians, so that following a
 * number over years of sessions does not read every shot again.
 *
 * Returns: (transfer full): the trend; it copies the points
 */
GolfTrend *
golf_trend_new_from_points (GolfShotMetric        metric,
                            const char           *club,
                            const GolfTrendPoint *points,
                            guint                 n_points,
                            const GolfDateRange  *first,
                            const GolfDateRange  *second)
{
  GolfTrend *self;

  g_return_val_if_fail (metric < GOLF_N_SHOT_METRICS, NULL);
  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail ((first == NULL) == (second == NULL), NULL);

  self = trend_new (metric, club, first);

  for (guint i = 0; i < n_points; i++)
    {
      GolfTrendPoint point = points[i];

      if (point.session_id == NULL || !golf_date_parse (point.date, NULL) ||
          point.n == 0 || isnan (point.value))
        continue;

      point.session_id = g_string_chunk_insert_const (self->strings, point.session_id);
      point.date = g_string_chunk_insert_const (self->strings, point.date);
      g_array_append_val (self->points, point);
    }
  g_array_sort (self->points, compare_points);

  compute_slope (self);
  compute_effect (self, first, second);

  return self;
}

/**
 * golf_trend_get_metric:
 * @self: a #GolfTrend
 *
 * Returns: the metric followed
 */
GolfShotMetric
golf_trend_get_metric (const GolfTrend *self)
{
  g_return_val_if_fail (self != NULL, GOLF_SHOT_METRIC_CARRY);

  return self->metric;
}

/**
 * golf_trend_get_club:
 * @self: a #GolfTrend
 *
 * Returns: (nullable): the club followed, %NULL for every club
 */
const char *
golf_trend_get_club (const GolfTrend *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->club;
}

/**
 * golf_trend_get_n:
 * @self: a #GolfTrend
 *
 * Returns: the number of points (sessions)
 */
guint
golf_trend_get_n (const GolfTrend *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->points->len;
}

/**
 * golf_trend_get_point:
 * @self: a #GolfTrend
 * @index: below golf_trend_get_n()
 *
 * Returns: (transfer none): a point, oldest first
 */
const GolfTrendPoint *
golf_trend_get_point (const GolfTrend *self,
                      guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return &g_array_index (self->points, GolfTrendPoint, index);
}

/**
 * golf_trend_get_slope_per_30_days:
 * @self: a #GolfTrend
 *
 * Returns: the least-squares change per 30 days (SI units), or NAN with
 *   fewer than two dates
 */
double
golf_trend_get_slope_per_30_days (const GolfTrend *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->slope;
}

/**
 * golf_trend_get_effect_size:
 * @self: a #GolfTrend
 *
 * Returns: Cohen's d of the second group against the first, or NAN when
 *   the groups are too small (three points in all, one in each at least)
 */
double
golf_trend_get_effect_size (const GolfTrend *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->effect_size;
}

/**
 * golf_trend_get_effect:
 * @self: a #GolfTrend
 *
 * Returns: how large the change between the two groups is
 */
GolfEffect
golf_trend_get_effect (const GolfTrend *self)
{
  g_return_val_if_fail (self != NULL, GOLF_EFFECT_UNKNOWN);

  return golf_effect_for_size (self->effect_size);
}

/**
 * golf_trend_get_group:
 * @self: a #GolfTrend
 * @which: 0 for the first group, 1 for the second
 *
 * Returns: (transfer none): the group
 */
const GolfTrendGroup *
golf_trend_get_group (const GolfTrend *self,
                      guint            which)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (which < 2, NULL);

  return &self->groups[which];
}

/**
 * golf_trend_get_uses_ranges:
 * @self: a #GolfTrend
 *
 * Returns: whether the groups are two chosen date ranges rather than the
 *   two halves of the points
 */
gboolean
golf_trend_get_uses_ranges (const GolfTrend *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->uses_ranges;
}
