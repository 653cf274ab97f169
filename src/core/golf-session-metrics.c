/* golf-session-metrics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-session-metrics"

#include <math.h>
#include <string.h>

#include "golf-quantile.h"
#include "golf-session-metrics.h"
#include "golf-shot.h"

struct _GolfSessionMetrics
{
  gatomicrefcount  ref_count;
  guint            shot_count;
  char            *clubs_used;
  double           values[GOLF_N_METRICS];
  GPtrArray       *club_stats;
};

G_DEFINE_BOXED_TYPE (GolfSessionMetrics, golf_session_metrics,
                     golf_session_metrics_ref, golf_session_metrics_unref)

static const struct
{
  const char *name;
  GolfUnit    unit;
} metric_info[GOLF_N_METRICS] = {
  [GOLF_METRIC_AVG_CARRY]           = { "avg_carry", GOLF_UNIT_DISTANCE },
  [GOLF_METRIC_AVG_TOTAL]           = { "avg_total", GOLF_UNIT_DISTANCE },
  [GOLF_METRIC_AVG_BALL_SPEED]      = { "avg_ball_speed", GOLF_UNIT_SPEED },
  [GOLF_METRIC_AVG_CLUB_SPEED]      = { "avg_club_speed", GOLF_UNIT_SPEED },
  [GOLF_METRIC_AVG_SMASH]           = { "avg_smash", GOLF_UNIT_NONE },
  [GOLF_METRIC_BEST_CARRY]          = { "best_carry", GOLF_UNIT_DISTANCE },
  [GOLF_METRIC_AVG_FACE_ANGLE]      = { "avg_face_angle", GOLF_UNIT_ANGLE },
  [GOLF_METRIC_STD_FACE_ANGLE]      = { "std_face_angle", GOLF_UNIT_ANGLE },
  [GOLF_METRIC_AVG_CLUB_PATH]       = { "avg_club_path", GOLF_UNIT_ANGLE },
  [GOLF_METRIC_STD_CLUB_PATH]       = { "std_club_path", GOLF_UNIT_ANGLE },
  [GOLF_METRIC_AVG_FACE_TO_PATH]    = { "avg_face_to_path", GOLF_UNIT_ANGLE },
  [GOLF_METRIC_STD_FACE_TO_PATH]    = { "std_face_to_path", GOLF_UNIT_ANGLE },
  [GOLF_METRIC_AVG_STRIKE_DISTANCE] = { "avg_strike_distance", GOLF_UNIT_MILLIMETRE },
  [GOLF_METRIC_STD_STRIKE_DISTANCE] = { "std_strike_distance", GOLF_UNIT_MILLIMETRE },
};

#define METRES_TO_YARDS 1.09361
#define MPS_TO_MPH      2.23694

/* A plain running sum, for numbers whose spread is not asked for. */
typedef struct
{
  guint  n;
  double sum;
} Mean;

static inline void
mean_add (Mean   *mean,
          double  x)
{
  mean->n++;
  mean->sum += x;
}

static inline double
mean_get (const Mean *mean)
{
  return mean->n > 0 ? mean->sum / mean->n : NAN;
}

/* Running mean and variance (Welford): stable without a second pass. */
typedef struct
{
  guint  n;
  double mean;
  double m2;
} Stat;

static inline void
stat_add (Stat   *stat,
          double  x)
{
  double delta = x - stat->mean;

  stat->n++;
  stat->mean += delta / stat->n;
  stat->m2 += delta * (x - stat->mean);
}

static inline double
stat_mean (const Stat *stat)
{
  return stat->n > 0 ? stat->mean : NAN;
}

static inline double
stat_std (const Stat *stat)
{
  return stat->n > 1 ? sqrt (stat->m2 / (stat->n - 1)) : NAN;
}

static inline gboolean
is_present (double x)
{
  return isfinite (x);
}

static inline gboolean
is_positive (double x)
{
  return isfinite (x) && x > 0;
}

static inline double
compute_smash (const GolfMetricsRow *row)
{
  if (is_positive (row->ball_speed) && is_positive (row->club_speed))
    return row->ball_speed / row->club_speed;

  return NAN;
}

static inline double
compute_strike_distance (const GolfMetricsRow *row)
{
  if (is_present (row->impact_x) && is_present (row->impact_y))
    return sqrt (row->impact_x * row->impact_x + row->impact_y * row->impact_y);

  return NAN;
}

typedef struct
{
  const char *club;
  guint       shot_count;
  GArray     *carries;
  Stat        carry;
  Stat        lateral;
  Mean        ball_speed;
  Mean        smash;
} ClubGroup;

static void
club_group_free (gpointer data)
{
  ClubGroup *group = data;

  g_array_unref (group->carries);
  g_free (group);
}

static GolfClubStats *
club_group_to_stats (ClubGroup *group)
{
  static const double quartiles[] = { 0.25, 0.5, 0.75 };
  GolfClubStats *stats = g_new0 (GolfClubStats, 1);
  double carry[G_N_ELEMENTS (quartiles)];

  golf_quantiles ((double *)(gpointer)group->carries->data, group->carries->len,
                  quartiles, G_N_ELEMENTS (quartiles), carry);
  stats->club = g_strdup (group->club);
  stats->shot_count = group->shot_count;
  stats->q1_carry = carry[0];
  stats->median_carry = carry[1];
  stats->q3_carry = carry[2];
  stats->avg_carry = stat_mean (&group->carry);
  stats->std_carry = stat_std (&group->carry);
  stats->avg_lateral = stat_mean (&group->lateral);
  stats->std_lateral = stat_std (&group->lateral);
  stats->avg_ball_speed = mean_get (&group->ball_speed);
  stats->avg_smash = mean_get (&group->smash);

  return stats;
}

static int
compare_club_stats (gconstpointer a,
                    gconstpointer b)
{
  const GolfClubStats *x = *(GolfClubStats * const *)a;
  const GolfClubStats *y = *(GolfClubStats * const *)b;
  gboolean x_known = !isnan (x->median_carry);
  gboolean y_known = !isnan (y->median_carry);

  if (x_known != y_known)
    return x_known ? -1 : 1;
  if (x_known && x->median_carry != y->median_carry)
    return x->median_carry > y->median_carry ? -1 : 1;

  return strcmp (x->club, y->club);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static GolfSessionMetrics *
metrics_new (void)
{
  GolfSessionMetrics *self = g_new0 (GolfSessionMetrics, 1);

  g_atomic_ref_count_init (&self->ref_count);
  for (guint i = 0; i < GOLF_N_METRICS; i++)
    self->values[i] = NAN;

  return self;
}

static ClubGroup *
lookup_group (GHashTable *groups,
              const char *club)
{
  ClubGroup *group = g_hash_table_lookup (groups, club);

  if (group == NULL)
    {
      group = g_new0 (ClubGroup, 1);
      group->club = club;
      group->carries = g_array_new (FALSE, FALSE, sizeof (double));
      g_hash_table_insert (groups, (gpointer)club, group);
    }

  return group;
}

static char *
join_clubs_used (GHashTable *groups)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (*(const char *)key != '\0')
      g_ptr_array_add (names, key);

  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **)names->pdata);
}

static GPtrArray *
build_club_stats (GHashTable *groups)
{
  GPtrArray *club_stats;
  GHashTableIter iter;
  gpointer value;

  club_stats = g_ptr_array_new_full (g_hash_table_size (groups),
                                     (GDestroyNotify)golf_club_stats_free);

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (club_stats, club_group_to_stats (value));

  g_ptr_array_sort (club_stats, compare_club_stats);

  return club_stats;
}

/* The club groups seen last, by the address of the club's name. */
typedef struct
{
  ClubGroup *last;
  struct
  {
    const char *club;
    ClubGroup  *group;
  } slots[32];
} GroupCache;

static inline ClubGroup *
group_for_row (GroupCache           *cache,
               GHashTable           *groups,
               const GolfMetricsRow *row)
{
  const char *club = row->club != NULL ? row->club : "";
  guint slot;

  /* Shots of one club usually come together, and callers that share
   * one string per club hit the pointer cache: skip the hash then. */
  if (cache->last != NULL && (cache->last->club == club || strcmp (cache->last->club, club) == 0))
    return cache->last;

  slot = (GPOINTER_TO_SIZE (club) >> 3) % G_N_ELEMENTS (cache->slots);
  if (cache->slots[slot].club != club)
    {
      cache->slots[slot].club = club;
      cache->slots[slot].group = lookup_group (groups, club);
    }

  return cache->last = cache->slots[slot].group;
}

/* What the session's own metrics add up. */
typedef struct
{
  Mean   carry;
  Mean   total;
  Mean   ball_speed;
  Mean   club_speed;
  Mean   smash;
  Stat   face;
  Stat   path;
  Stat   face_to_path;
  Stat   strike;
  double best_carry;
} Totals;

static inline void
totals_add (Totals               *totals,
            ClubGroup            *group,
            const GolfMetricsRow *row)
{
  double row_smash = compute_smash (row);
  double strike_distance = compute_strike_distance (row);

  group->shot_count++;

  if (is_positive (row->carry))
    {
      mean_add (&totals->carry, row->carry);
      stat_add (&group->carry, row->carry);
      g_array_append_val (group->carries, row->carry);
      if (isnan (totals->best_carry) || row->carry > totals->best_carry)
        totals->best_carry = row->carry;
    }
  if (is_positive (row->total))
    mean_add (&totals->total, row->total);
  if (is_positive (row->ball_speed))
    {
      mean_add (&totals->ball_speed, row->ball_speed);
      mean_add (&group->ball_speed, row->ball_speed);
    }
  if (is_positive (row->club_speed))
    mean_add (&totals->club_speed, row->club_speed);
  if (!isnan (row_smash))
    {
      mean_add (&totals->smash, row_smash);
      mean_add (&group->smash, row_smash);
    }
  if (is_present (row->face_angle))
    stat_add (&totals->face, row->face_angle);
  if (is_present (row->club_path))
    stat_add (&totals->path, row->club_path);
  if (is_present (row->face_angle) && is_present (row->club_path))
    stat_add (&totals->face_to_path, row->face_angle - row->club_path);
  if (strike_distance > 0)
    stat_add (&totals->strike, strike_distance);
  if (is_present (row->side_distance))
    stat_add (&group->lateral, row->side_distance);
}

static void
totals_store (const Totals *totals,
              double        values[GOLF_N_METRICS])
{
  values[GOLF_METRIC_AVG_CARRY] = mean_get (&totals->carry);
  values[GOLF_METRIC_AVG_TOTAL] = mean_get (&totals->total);
  values[GOLF_METRIC_AVG_BALL_SPEED] = mean_get (&totals->ball_speed);
  values[GOLF_METRIC_AVG_CLUB_SPEED] = mean_get (&totals->club_speed);
  values[GOLF_METRIC_AVG_SMASH] = mean_get (&totals->smash);
  values[GOLF_METRIC_BEST_CARRY] = totals->best_carry;
  values[GOLF_METRIC_AVG_FACE_ANGLE] = stat_mean (&totals->face);
  values[GOLF_METRIC_STD_FACE_ANGLE] = stat_std (&totals->face);
  values[GOLF_METRIC_AVG_CLUB_PATH] = stat_mean (&totals->path);
  values[GOLF_METRIC_STD_CLUB_PATH] = stat_std (&totals->path);
  values[GOLF_METRIC_AVG_FACE_TO_PATH] = stat_mean (&totals->face_to_path);
  values[GOLF_METRIC_STD_FACE_TO_PATH] = stat_std (&totals->face_to_path);
  values[GOLF_METRIC_AVG_STRIKE_DISTANCE] = stat_mean (&totals->strike);
  values[GOLF_METRIC_STD_STRIKE_DISTANCE] = stat_std (&totals->strike);
}

/**
 * golf_session_metrics_compute:
 * @rows: (array length=n_rows) (nullable): what the metrics need of each shot
 * @n_rows: the number of rows, i.e. of shots in the session
 *
 * The one function that turns a session's shots into its metrics. It uses
 * no GObject and keeps no state, so a worker thread may call it.
 *
 * Averages of carry, total, speeds and smash count values above 0 only;
 * angles are signed; a mean over no values and a standard deviation (sample,
 * n − 1) over fewer than two values are NAN.
 *
 * Returns: (transfer full): the metrics
 */
GolfSessionMetrics *
golf_session_metrics_compute (const GolfMetricsRow *rows,
                              gsize                 n_rows)
{
  g_autoptr(GHashTable) groups = NULL;
  GolfSessionMetrics *self;
  Totals totals = { .best_carry = NAN };
  GroupCache cache = { 0 };

  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);

  groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, club_group_free);
  for (gsize i = 0; i < n_rows; i++)
    totals_add (&totals, group_for_row (&cache, groups, &rows[i]), &rows[i]);

  self = metrics_new ();
  self->shot_count = n_rows;
  totals_store (&totals, self->values);
  self->clubs_used = join_clubs_used (groups);
  self->club_stats = build_club_stats (groups);

  return self;
}

static void
fill_row (GolfMetricsRow *row,
          GolfShot       *shot)
{
  row->club = golf_shot_get_club (shot);
  row->carry = golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE);
  row->total = golf_shot_get (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE);
  row->ball_speed = golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED);
  row->club_speed = golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_SPEED);
  row->face_angle = golf_shot_get (shot, GOLF_SHOT_FIELD_FACE_ANGLE);
  row->club_path = golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_PATH);
  row->impact_x = golf_shot_get (shot, GOLF_SHOT_FIELD_IMPACT_X);
  row->impact_y = golf_shot_get (shot, GOLF_SHOT_FIELD_IMPACT_Y);
  row->side_distance = golf_shot_get (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE);
}

/**
 * golf_session_metrics_compute_shots:
 * @shots: (element-type GolfShot): the shots of one session
 *
 * Same as golf_session_metrics_compute(), from #GolfShot objects. Shots are
 * GObjects: call this on the thread that owns them.
 *
 * Returns: (transfer full): the metrics
 */
GolfSessionMetrics *
golf_session_metrics_compute_shots (GPtrArray *shots)
{
  g_autofree GolfMetricsRow *rows = NULL;

  g_return_val_if_fail (shots != NULL, NULL);

  rows = g_new (GolfMetricsRow, MAX (shots->len, 1));
  for (guint i = 0; i < shots->len; i++)
    {
      g_return_val_if_fail (GOLF_IS_SHOT (g_ptr_array_index (shots, i)), NULL);
      fill_row (&rows[i], g_ptr_array_index (shots, i));
    }

  return golf_session_metrics_compute (rows, shots->len);
}

static gpointer
copy_club_stats (gconstpointer src,
                 gpointer      user_data)
{
  return golf_club_stats_copy (src);
}

/**
 * golf_session_metrics_new_stored:
 * @shot_count: the number of shots
 * @clubs_used: (nullable): distinct club names joined with ", "
 * @values: (array fixed-size=14) (nullable): one value per #GolfMetric, NAN
 *   when unknown; %NULL for all unknown
 * @club_stats: (element-type GolfClubStats) (nullable): per-club numbers;
 *   they are copied
 *
 * Rebuilds metrics read back from storage.
 *
 * Returns: (transfer full): the metrics
 */
GolfSessionMetrics *
golf_session_metrics_new_stored (guint         shot_count,
                                 const char   *clubs_used,
                                 const double  values[GOLF_N_METRICS],
                                 GPtrArray    *club_stats)
{
  GolfSessionMetrics *self = metrics_new ();

  self->shot_count = shot_count;
  self->clubs_used = g_strdup (clubs_used != NULL ? clubs_used : "");
  if (values != NULL)
    memcpy (self->values, values, sizeof self->values);

  if (club_stats != NULL)
    self->club_stats = g_ptr_array_copy (club_stats, copy_club_stats, NULL);
  else
    self->club_stats = g_ptr_array_new ();
  g_ptr_array_set_free_func (self->club_stats, (GDestroyNotify)golf_club_stats_free);
  /* Rows come back from the database in key order: use the computed order. */
  g_ptr_array_sort (self->club_stats, compare_club_stats);

  return self;
}

/**
 * golf_session_metrics_ref:
 * @self: a #GolfSessionMetrics
 *
 * Returns: (transfer full): @self
 */
GolfSessionMetrics *
golf_session_metrics_ref (GolfSessionMetrics *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * golf_session_metrics_unref:
 * @self: (transfer full): a #GolfSessionMetrics
 */
void
golf_session_metrics_unref (GolfSessionMetrics *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->clubs_used);
      g_ptr_array_unref (self->club_stats);
      g_free (self);
    }
}

/**
 * golf_session_metrics_get_shot_count:
 * @self: a #GolfSessionMetrics
 *
 * Returns: the number of shots, with or without measurements
 */
guint
golf_session_metrics_get_shot_count (const GolfSessionMetrics *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->shot_count;
}

/**
 * golf_session_metrics_get_clubs_used:
 * @self: a #GolfSessionMetrics
 *
 * Returns: (transfer none): distinct club names sorted by byte value and
 *   joined with ", "; "" when no shot names its club
 */
const char *
golf_session_metrics_get_clubs_used (const GolfSessionMetrics *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->clubs_used;
}

/**
 * golf_session_metrics_get:
 * @self: a #GolfSessionMetrics
 * @metric: which metric
 *
 * Returns: the value in SI units, or NAN when unknown
 */
double
golf_session_metrics_get (const GolfSessionMetrics *self,
                          GolfMetric                metric)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (metric < GOLF_N_METRICS, NAN);

  return self->values[metric];
}

/**
 * golf_session_metrics_get_club_stats:
 * @self: a #GolfSessionMetrics
 *
 * Returns: (transfer none) (element-type GolfClubStats): one entry per club,
 *   longest median carry first, clubs without a carry last; shots without a
 *   club are under the club "". Do not modify it.
 */
GPtrArray *
golf_session_metrics_get_club_stats (const GolfSessionMetrics *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->club_stats;
}

static inline gboolean
same_double (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

static gboolean
club_stats_equal (const GolfClubStats *a,
                  const GolfClubStats *b)
{
  return g_strcmp0 (a->club, b->club) == 0 &&
         a->shot_count == b->shot_count &&
         same_double (a->median_carry, b->median_carry) &&
         same_double (a->q1_carry, b->q1_carry) &&
         same_double (a->q3_carry, b->q3_carry) &&
         same_double (a->avg_carry, b->avg_carry) &&
         same_double (a->std_carry, b->std_carry) &&
         same_double (a->avg_lateral, b->avg_lateral) &&
         same_double (a->std_lateral, b->std_lateral) &&
         same_double (a->avg_ball_speed, b->avg_ball_speed) &&
         same_double (a->avg_smash, b->avg_smash);
}

/**
 * golf_session_metrics_equal:
 * @a: (nullable): a #GolfSessionMetrics
 * @b: (nullable): another
 *
 * Two unknown values (NAN) are equal here.
 *
 * Returns: whether every number, the clubs and the per-club stats match
 */
gboolean
golf_session_metrics_equal (const GolfSessionMetrics *a,
                            const GolfSessionMetrics *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (a->shot_count != b->shot_count ||
      g_strcmp0 (a->clubs_used, b->clubs_used) != 0 ||
      a->club_stats->len != b->club_stats->len)
    return FALSE;

  for (guint i = 0; i < GOLF_N_METRICS; i++)
    if (!same_double (a->values[i], b->values[i]))
      return FALSE;

  for (guint i = 0; i < a->club_stats->len; i++)
    if (!club_stats_equal (g_ptr_array_index (a->club_stats, i),
                           g_ptr_array_index (b->club_stats, i)))
      return FALSE;

  return TRUE;
}

/**
 * golf_metric_get_name:
 * @metric: a #GolfMetric
 *
 * Returns: the `session_stats` column name, e.g. "avg_carry"; the matching
 *   #GolfSession property has dashes ("avg-carry")
 */
const char *
golf_metric_get_name (GolfMetric metric)
{
  g_return_val_if_fail (metric < GOLF_N_METRICS, NULL);

  return metric_info[metric].name;
}

/**
 * golf_metric_get_unit:
 * @metric: a #GolfMetric
 *
 * Returns: the unit the metric's value is stored in
 */
GolfUnit
golf_metric_get_unit (GolfMetric metric)
{
  g_return_val_if_fail (metric < GOLF_N_METRICS, GOLF_UNIT_NONE);

  return metric_info[metric].unit;
}

/**
 * golf_club_stats_copy:
 * @stats: a #GolfClubStats
 *
 * Returns: (transfer full): a copy of @stats
 */
GolfClubStats *
golf_club_stats_copy (const GolfClubStats *stats)
{
  GolfClubStats *copy;

  g_return_val_if_fail (stats != NULL, NULL);

  copy = g_memdup2 (stats, sizeof *stats);
  copy->club = g_strdup (stats->club);

  return copy;
}

/**
 * golf_club_stats_free:
 * @stats: (nullable): a #GolfClubStats
 */
void
golf_club_stats_free (GolfClubStats *stats)
{
  if (stats == NULL)
    return;

  g_free (stats->club);
  g_free (stats);
}

/**
 * golf_unit_to_display:
 * @unit: the unit @value is stored in
 * @value: a value in SI units (NAN when unknown)
 * @imperial: %TRUE for yards and mph, %FALSE to keep metres and m/s
 *
 * Angles, millimetres and plain numbers are the same in both systems.
 *
 * Returns: the value to show; NAN stays NAN
 */
double
golf_unit_to_display (GolfUnit unit,
                      double   value,
                      gboolean imperial)
{
  if (!imperial)
    return value;

  switch (unit)
    {
    case GOLF_UNIT_DISTANCE:
      return value * METRES_TO_YARDS;
    case GOLF_UNIT_SPEED:
      return value * MPS_TO_MPH;
    case GOLF_UNIT_NONE:
    case GOLF_UNIT_ANGLE:
    case GOLF_UNIT_MILLIMETRE:
    default:
      return value;
    }
}
