/* test-metrics.c: the rules of session metrics, and their live properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-metrics"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "golf-session-metrics.h"
#include "golf-session-private.h"
#include "golf-shot.h"

#define EPSILON 1e-9

static GolfMetricsRow
make_row (const char *club)
{
  GolfMetricsRow row = {
    .club = club,
    .carry = NAN, .total = NAN, .ball_speed = NAN, .club_speed = NAN,
    .face_angle = NAN, .club_path = NAN, .impact_x = NAN, .impact_y = NAN,
    .side_distance = NAN,
  };

  return row;
}

static double
metric (GolfSessionMetrics *metrics,
        GolfMetric          which)
{
  return golf_session_metrics_get (metrics, which);
}

static GolfClubStats *
find_club (GolfSessionMetrics *metrics,
           const char         *club)
{
  GPtrArray *stats = golf_session_metrics_get_club_stats (metrics);

  for (guint i = 0; i < stats->len; i++)
    {
      GolfClubStats *s = g_ptr_array_index (stats, i);

      if (g_strcmp0 (s->club, club) == 0)
        return s;
    }

  g_error ("No stats for the club “%s”", club);
}

static void
test_averages_ignore_missing (void)
{
  GolfMetricsRow rows[5];
  g_autoptr(GolfSessionMetrics) m = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    rows[i] = make_row ("7 Iron");

  rows[0].carry = 100; rows[0].total = 110; rows[0].ball_speed = 50; rows[0].club_speed = 40;
  /* rows[1]: nothing measured */
  rows[2].carry = 0;   rows[2].total = 0;   rows[2].ball_speed = 0;  rows[2].club_speed = 0;
  rows[3].carry = -5;  rows[3].total = -3;  rows[3].ball_speed = 60; rows[3].club_speed = -1;
  rows[4].carry = 140; rows[4].total = 160; rows[4].ball_speed = 70; rows[4].club_speed = 50;

  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  g_assert_cmpuint (golf_session_metrics_get_shot_count (m), ==, 5);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CARRY), 120.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_BEST_CARRY), 140.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_TOTAL), 135.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_BALL_SPEED), 60.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CLUB_SPEED), 45.0, EPSILON);
  /* 50/40 and 70/50; the -1 club speed gives no smash */
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_SMASH), 1.325, EPSILON);
}

static void
test_best_carry_negative_only (void)
{
  GolfMetricsRow rows[2] = { make_row ("PW"), make_row ("PW") };
  g_autoptr(GolfSessionMetrics) m = NULL;

  rows[0].carry = -10;
  rows[1].carry = 0;
  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  g_assert_true (isnan (metric (m, GOLF_METRIC_AVG_CARRY)));
  g_assert_true (isnan (metric (m, GOLF_METRIC_BEST_CARRY)));
}

static void
test_smash_needs_club_speed (void)
{
  GolfMetricsRow rows[6];
  g_autoptr(GolfSessionMetrics) m = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    rows[i] = make_row ("Driver");

  rows[0].ball_speed = 60;  rows[0].club_speed = 40;   /* 1.5 */
  rows[1].ball_speed = 60;  rows[1].club_speed = 0;    /* no club speed */
  rows[2].ball_speed = 60;  rows[2].club_speed = NAN;  /* not measured */
  rows[3].ball_speed = NAN; rows[3].club_speed = 40;   /* no ball speed */
  rows[4].ball_speed = 66;  rows[4].club_speed = 40;   /* 1.65 */
  rows[5].ball_speed = 0;   rows[5].club_speed = 40;   /* a missed ball, not a smash of 0 */

  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_SMASH), 1.575, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_BALL_SPEED), 61.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CLUB_SPEED), 40.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (find_club (m, "Driver")->avg_smash, 1.575, EPSILON);
}

static void
test_std_one_value (void)
{
  GolfMetricsRow row = make_row ("Driver");
  g_autoptr(GolfSessionMetrics) m = NULL;
  GolfClubStats *driver;

  row.face_angle = 2.0;
  row.club_path = -1.0;
  row.carry = 200;
  row.side_distance = 4;
  row.impact_x = 3;
  row.impact_y = 4;
  m = golf_session_metrics_compute (&row, 1);

  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_FACE_ANGLE), 2.0, EPSILON);
  g_assert_true (isnan (metric (m, GOLF_METRIC_STD_FACE_ANGLE)));
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CLUB_PATH), -1.0, EPSILON);
  g_assert_true (isnan (metric (m, GOLF_METRIC_STD_CLUB_PATH)));
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_FACE_TO_PATH), 3.0, EPSILON);
  g_assert_true (isnan (metric (m, GOLF_METRIC_STD_FACE_TO_PATH)));
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_STRIKE_DISTANCE), 5.0, EPSILON);
  g_assert_true (isnan (metric (m, GOLF_METRIC_STD_STRIKE_DISTANCE)));

  driver = find_club (m, "Driver");
  g_assert_cmpfloat_with_epsilon (driver->avg_carry, 200.0, EPSILON);
  g_assert_true (isnan (driver->std_carry));
  g_assert_cmpfloat_with_epsilon (driver->avg_lateral, 4.0, EPSILON);
  g_assert_true (isnan (driver->std_lateral));
}

static void
test_std_is_sample (void)
{
  GolfMetricsRow rows[4];
  g_autoptr(GolfSessionMetrics) m = NULL;
  const double faces[] = { 1, 2, 3, 4 };
  const double paths[] = { -2, 0, 2, NAN };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      rows[i] = make_row ("7 Iron");
      rows[i].face_angle = faces[i];
      rows[i].club_path = paths[i];
    }

  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  /* Sample variance of 1..4 is 5/3; the population one would be 1.25. */
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_FACE_ANGLE), 2.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_STD_FACE_ANGLE), sqrt (5.0 / 3.0), EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CLUB_PATH), 0.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_STD_CLUB_PATH), 2.0, EPSILON);
}

static void
test_std_is_stable (void)
{
  GolfMetricsRow rows[3];
  g_autoptr(GolfSessionMetrics) m = NULL;

  /* Sums of squares lose every digit here; the answer is exactly 1. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      rows[i] = make_row ("Driver");
      rows[i].face_angle = 1e9 + i + 1;
    }

  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_STD_FACE_ANGLE), 1.0, 1e-6);
}

static void
test_face_to_path_needs_both (void)
{
  GolfMetricsRow rows[5];
  g_autoptr(GolfSessionMetrics) m = NULL;
  const double faces[] = { 3, 4, NAN, -1, 0 };
  const double paths[] = { 1, NAN, -2, -3, -4 };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      rows[i] = make_row ("Driver");
      rows[i].face_angle = faces[i];
      rows[i].club_path = paths[i];
    }

  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  /* Face-to-path of rows 0, 3 and 4: 2, 2, 4. */
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_FACE_TO_PATH), 8.0 / 3.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_STD_FACE_TO_PATH), 2.0 / sqrt (3.0), EPSILON);
  /* Face and path alone use every value they have. */
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_FACE_ANGLE), 1.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CLUB_PATH), -2.0, EPSILON);
}

static void
test_strike_distance (void)
{
  GolfMetricsRow rows[6];
  g_autoptr(GolfSessionMetrics) m = NULL;
  const double xs[] = { 3, 0, 6, NAN, -6, 0 };
  const double ys[] = { 4, 0, NAN, NAN, -8, 7 };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      rows[i] = make_row ("Driver");
      rows[i].impact_x = xs[i];
      rows[i].impact_y = ys[i];
    }

  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  /* 5, 10 and 7 count; the dead-centre 0 and the half-measured rows don't. */
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_STRIKE_DISTANCE), 22.0 / 3.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_STD_STRIKE_DISTANCE), sqrt (19.0 / 3.0), EPSILON);
}

static void
test_clubs_used_sorted (void)
{
  const char *clubs[] = {
    "PW", "Über 3 Wood", "Driver", "", NULL, "7 Iron", "driver", "Driver", "50° Wedge",
  };
  GolfMetricsRow rows[G_N_ELEMENTS (clubs)];
  g_autoptr(GolfSessionMetrics) m = NULL;
  GolfClubStats *no_club;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    rows[i] = make_row (clubs[i]);

  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  g_assert_cmpuint (golf_session_metrics_get_shot_count (m), ==, 9);
  /* Byte order: digits, upper case, lower case, then the UTF-8 "Ü". */
  g_assert_cmpstr (golf_session_metrics_get_clubs_used (m), ==,
                   "50° Wedge, 7 Iron, Driver, PW, driver, Über 3 Wood");

  /* Rows without a club still have a home in the per-club numbers. */
  g_assert_cmpuint (golf_session_metrics_get_club_stats (m)->len, ==, 7);
  no_club = find_club (m, "");
  g_assert_cmpuint (no_club->shot_count, ==, 2);
  g_assert_cmpuint (find_club (m, "Driver")->shot_count, ==, 2);
}

static void
test_clubs_used_none (void)
{
  GolfMetricsRow rows[2] = { make_row (NULL), make_row ("") };
  g_autoptr(GolfSessionMetrics) m = NULL;

  rows[0].carry = 100;
  m = golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));

  g_assert_cmpstr (golf_session_metrics_get_clubs_used (m), ==, "");
  g_assert_cmpuint (golf_session_metrics_get_shot_count (m), ==, 2);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CARRY), 100.0, EPSILON);
}

static void
test_club_stats_quartiles (void)
{
  const double iron_carries[] = { 140, 150, NAN, 145, 160, 0, 130 };
  const double iron_laterals[] = { -3, NAN, 1, NAN, 2, NAN, NAN };
  const double driver_carries[] = { 200, 230, 210, 220 };
  const double driver_ball[] = { 75, 72, 66, NAN };
  const double driver_club[] = { 50, 48, 44, 45 };
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (GolfMetricsRow));
  g_autoptr(GolfSessionMetrics) m = NULL;
  GolfMetricsRow row;
  GPtrArray *stats;
  GolfClubStats *iron, *driver, *putter;

  for (guint i = 0; i < G_N_ELEMENTS (iron_carries); i++)
    {
      row = make_row ("7 Iron");
      row.carry = iron_carries[i];
      row.side_distance = iron_laterals[i];
      g_array_append_val (rows, row);

      /* Interleave the clubs, as a range session does. */
      if (i < G_N_ELEMENTS (driver_carries))
        {
          row = make_row ("Driver");
          row.carry = driver_carries[i];
          row.ball_speed = driver_ball[i];
          row.club_speed = driver_club[i];
          g_array_append_val (rows, row);
        }
    }
  row = make_row ("Putter");
  g_array_append_val (rows, row);

  m = golf_session_metrics_compute ((GolfMetricsRow *)(gpointer)rows->data, rows->len);
  stats = golf_session_metrics_get_club_stats (m);

  /* Longest median carry first, the club with no carry last. */
  g_assert_cmpuint (stats->len, ==, 3);
  driver = g_ptr_array_index (stats, 0);
  iron = g_ptr_array_index (stats, 1);
  putter = g_ptr_array_index (stats, 2);
  g_assert_cmpstr (driver->club, ==, "Driver");
  g_assert_cmpstr (iron->club, ==, "7 Iron");
  g_assert_cmpstr (putter->club, ==, "Putter");

  /* Odd count: 130 140 145 150 160 */
  g_assert_cmpuint (iron->shot_count, ==, 7);
  g_assert_cmpfloat_with_epsilon (iron->median_carry, 145.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (iron->q1_carry, 140.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (iron->q3_carry, 150.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (iron->avg_carry, 145.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (iron->std_carry, sqrt (125.0), EPSILON);
  g_assert_cmpfloat_with_epsilon (iron->avg_lateral, 0.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (iron->std_lateral, sqrt (7.0), EPSILON);
  g_assert_true (isnan (iron->avg_ball_speed));
  g_assert_true (isnan (iron->avg_smash));

  /* Even count, interpolated like numpy: 200 210 220 230 */
  g_assert_cmpuint (driver->shot_count, ==, 4);
  g_assert_cmpfloat_with_epsilon (driver->median_carry, 215.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (driver->q1_carry, 207.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (driver->q3_carry, 222.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (driver->avg_ball_speed, 71.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (driver->avg_smash, 1.5, EPSILON);
  g_assert_true (isnan (driver->avg_lateral));

  g_assert_cmpuint (putter->shot_count, ==, 1);
  g_assert_true (isnan (putter->median_carry));
  g_assert_true (isnan (putter->q1_carry));
  g_assert_true (isnan (putter->avg_carry));
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
reference_percentile (const double *sorted,
                      guint         n,
                      double        p)
{
  double pos = p * (n - 1);
  guint lo = (guint) floor (pos);
  guint hi = MIN (lo + 1, n - 1);

  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

static void
test_club_stats_quartiles_random (void)
{
  /* Every size up to 300, with ties and runs, against a plain sort. */
  for (guint n = 1; n <= 300; n++)
    {
      g_autofree GolfMetricsRow *rows = g_new (GolfMetricsRow, n);
      g_autofree double *sorted = g_new (double, n);
      g_autoptr(GolfSessionMetrics) m = NULL;
      GolfClubStats *s;

      for (guint i = 0; i < n; i++)
        {
          rows[i] = make_row ("6 Iron");
          if (n % 5 == 0)
            rows[i].carry = 100 + g_test_rand_int_range (0, 5);
          else if (n % 5 == 1)
            rows[i].carry = 100 + i;
          else if (n % 5 == 2)
            rows[i].carry = 400 - i;
          else if (n % 5 == 3)
            rows[i].carry = 120;
          else
            rows[i].carry = g_test_rand_double_range (50, 200);
          sorted[i] = rows[i].carry;
        }
      qsort (sorted, n, sizeof (double), compare_doubles);

      m = golf_session_metrics_compute (rows, n);
      s = find_club (m, "6 Iron");

      g_assert_cmpfloat_with_epsilon (s->median_carry, reference_percentile (sorted, n, 0.5), 1e-9);
      g_assert_cmpfloat_with_epsilon (s->q1_carry, reference_percentile (sorted, n, 0.25), 1e-9);
      g_assert_cmpfloat_with_epsilon (s->q3_carry, reference_percentile (sorted, n, 0.75), 1e-9);
    }
}

static void
test_club_stats_all_equal (void)
{
  const guint n = 20000;
  g_autofree GolfMetricsRow *rows = g_new (GolfMetricsRow, n);
  g_autoptr(GolfSessionMetrics) m = NULL;
  GolfClubStats *s;

  /* A carry rounded to whole metres repeats a lot; ties must stay cheap. */
  for (guint i = 0; i < n; i++)
    {
      rows[i] = make_row ("PW");
      rows[i].carry = i % 100 == 0 ? 95 : 100;
    }

  m = golf_session_metrics_compute (rows, n);
  s = find_club (m, "PW");

  g_assert_cmpfloat (s->median_carry, ==, 100);
  g_assert_cmpfloat (s->q1_carry, ==, 100);
  g_assert_cmpfloat (s->q3_carry, ==, 100);
  g_assert_cmpfloat_with_epsilon (s->avg_carry, 99.95, EPSILON);
}

static void
test_empty (void)
{
  g_autoptr(GolfSessionMetrics) m = golf_session_metrics_compute (NULL, 0);

  g_assert_cmpuint (golf_session_metrics_get_shot_count (m), ==, 0);
  g_assert_cmpstr (golf_session_metrics_get_clubs_used (m), ==, "");
  for (guint i = 0; i < GOLF_N_METRICS; i++)
    g_assert_true (isnan (metric (m, i)));
  g_assert_nonnull (golf_session_metrics_get_club_stats (m));
  g_assert_cmpuint (golf_session_metrics_get_club_stats (m)->len, ==, 0);
}

static GolfMetricsRow *
make_big_session (guint n)
{
  static const char *clubs[] = {
    "Driver", "3 Wood", "5 Wood", "4 Hybrid", "5 Iron", "6 Iron", "7 Iron",
    "8 Iron", "9 Iron", "PW", "GW", "SW", "LW", "Putter",
  };
  GolfMetricsRow *rows = g_new (GolfMetricsRow, n);

  for (guint i = 0; i < n; i++)
    {
      guint c = g_test_rand_int_range (0, G_N_ELEMENTS (clubs));
      GolfMetricsRow *row = &rows[i];

      *row = make_row (clubs[c]);
      row->carry = 230 - 12.0 * c + g_test_rand_double_range (-15, 15);
      row->total = row->carry + g_test_rand_double_range (0, 20);
      row->club_speed = 48 - 1.5 * c + g_test_rand_double_range (-2, 2);
      row->ball_speed = row->club_speed * g_test_rand_double_range (1.25, 1.5);
      row->face_angle = g_test_rand_double_range (-4, 4);
      row->club_path = g_test_rand_double_range (-5, 5);
      row->impact_x = g_test_rand_double_range (-15, 15);
      row->impact_y = g_test_rand_double_range (-10, 10);
      row->side_distance = g_test_rand_double_range (-20, 20);
      if (i % 17 == 0)
        row->carry = NAN;
    }

  return rows;
}

/* A session of every club, with gaps: one pass gets every club's numbers
 * right. How fast that is, bench-store reports. */
static void
test_large_session (void)
{
  g_autofree GolfMetricsRow *rows = make_big_session (50000);
  g_autoptr(GolfSessionMetrics) m = golf_session_metrics_compute (rows, 50000);
  g_autoptr(GolfSessionMetrics) first = golf_session_metrics_compute (rows, 5000);

  g_assert_cmpuint (golf_session_metrics_get_shot_count (m), ==, 50000);
  g_assert_cmpuint (golf_session_metrics_get_club_stats (m)->len, ==, 14);
  g_assert_cmpfloat (metric (m, GOLF_METRIC_AVG_SMASH), >, 1.25);
  g_assert_cmpfloat (metric (m, GOLF_METRIC_AVG_SMASH), <, 1.5);
  g_assert_cmpuint (golf_session_metrics_get_shot_count (first), ==, 5000);
  g_assert_cmpuint (golf_session_metrics_get_club_stats (first)->len, ==, 14);
}

static void
test_compute_shots (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfSessionMetrics) m = NULL;
  GolfShot *shot;

  shot = golf_shot_new ("s1", "session");
  golf_shot_set_club (shot, "7 Iron");
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 150);
  golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 160);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 54);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 40);
  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, 3);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, 3);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, -4);
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -2);
  g_ptr_array_add (shots, shot);

  shot = golf_shot_new ("s2", "session");
  golf_shot_set_club (shot, "7 Iron");
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 140);
  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, -1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, 4);
  g_ptr_array_add (shots, shot);

  m = golf_session_metrics_compute_shots (shots);

  g_assert_cmpuint (golf_session_metrics_get_shot_count (m), ==, 2);
  g_assert_cmpstr (golf_session_metrics_get_clubs_used (m), ==, "7 Iron");
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_CARRY), 145.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_TOTAL), 160.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_SMASH), 1.35, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_STD_FACE_ANGLE), sqrt (2.0), EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_FACE_TO_PATH), -2.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (metric (m, GOLF_METRIC_AVG_STRIKE_DISTANCE), 5.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (find_club (m, "7 Iron")->avg_lateral, 1.0, EPSILON);
}

static GolfSessionMetrics *
compute_sample (double face_shift)
{
  GolfMetricsRow rows[3] = { make_row ("Driver"), make_row ("PW"), make_row ("PW") };

  rows[0].carry = 220; rows[0].face_angle = 1 + face_shift; rows[0].side_distance = 5;
  rows[1].carry = 100; rows[1].face_angle = -2 + face_shift;
  rows[2].carry = 104; rows[2].ball_speed = 38; rows[2].club_speed = 34;

  return golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));
}

static void
test_stored_and_equal (void)
{
  g_autoptr(GolfSessionMetrics) a = compute_sample (0);
  g_autoptr(GolfSessionMetrics) b = compute_sample (0);
  g_autoptr(GolfSessionMetrics) c = compute_sample (0.5);
  g_autoptr(GolfSessionMetrics) stored = NULL;
  g_autoptr(GolfSessionMetrics) no_clubs = NULL;
  g_autoptr(GPtrArray) club_stats = NULL;
  double values[GOLF_N_METRICS];

  g_assert_true (golf_session_metrics_equal (a, b));  /* NAN == NAN here */
  g_assert_false (golf_session_metrics_equal (a, c));
  g_assert_false (golf_session_metrics_equal (a, NULL));
  g_assert_true (golf_session_metrics_equal (NULL, NULL));

  for (guint i = 0; i < GOLF_N_METRICS; i++)
    values[i] = golf_session_metrics_get (a, i);
  club_stats = g_ptr_array_ref (golf_session_metrics_get_club_stats (a));

  stored = golf_session_metrics_new_stored (3, "Driver, PW", values, club_stats);
  g_assert_true (golf_session_metrics_equal (a, stored));
  /* A copy: changing the caller's array leaves the value alone. */
  g_assert_true (golf_session_metrics_get_club_stats (stored) != club_stats);

  no_clubs = golf_session_metrics_new_stored (3, "Driver, PW", values, NULL);
  g_assert_false (golf_session_metrics_equal (a, no_clubs));
  g_assert_cmpuint (golf_session_metrics_get_club_stats (no_clubs)->len, ==, 0);
}

static void
test_boxed_type (void)
{
  g_autoptr(GolfSessionMetrics) a = compute_sample (0);
  GolfSessionMetrics *copy = g_boxed_copy (GOLF_TYPE_SESSION_METRICS, a);

  /* Immutable and refcounted: a boxed copy is the same value. */
  g_assert_true (copy == a);
  g_boxed_free (GOLF_TYPE_SESSION_METRICS, copy);
  g_assert_cmpuint (golf_session_metrics_get_shot_count (a), ==, 3);
}

static void
test_metric_names (void)
{
  static const char *columns[] = {
    "avg_carry", "avg_total", "avg_ball_speed", "avg_club_speed", "avg_smash",
    "best_carry", "avg_face_angle", "std_face_angle", "avg_club_path", "std_club_path",
    "avg_face_to_path", "std_face_to_path", "avg_strike_distance", "std_strike_distance",
  };

  g_assert_cmpuint (G_N_ELEMENTS (columns), ==, GOLF_N_METRICS);
  for (guint i = 0; i < GOLF_N_METRICS; i++)
    g_assert_cmpstr (golf_metric_get_name (i), ==, columns[i]);

  g_assert_cmpint (golf_metric_get_unit (GOLF_METRIC_AVG_CARRY), ==, GOLF_UNIT_DISTANCE);
  g_assert_cmpint (golf_metric_get_unit (GOLF_METRIC_BEST_CARRY), ==, GOLF_UNIT_DISTANCE);
  g_assert_cmpint (golf_metric_get_unit (GOLF_METRIC_AVG_BALL_SPEED), ==, GOLF_UNIT_SPEED);
  g_assert_cmpint (golf_metric_get_unit (GOLF_METRIC_AVG_SMASH), ==, GOLF_UNIT_NONE);
  g_assert_cmpint (golf_metric_get_unit (GOLF_METRIC_STD_FACE_TO_PATH), ==, GOLF_UNIT_ANGLE);
  g_assert_cmpint (golf_metric_get_unit (GOLF_METRIC_AVG_STRIKE_DISTANCE), ==, GOLF_UNIT_MILLIMETRE);
}

static void
test_unit_to_display (void)
{
  g_assert_cmpfloat_with_epsilon (golf_unit_to_display (GOLF_UNIT_DISTANCE, 100, TRUE), 109.361, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_unit_to_display (GOLF_UNIT_SPEED, 10, TRUE), 22.3694, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_unit_to_display (GOLF_UNIT_DISTANCE, 100, FALSE), 100.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_unit_to_display (GOLF_UNIT_SPEED, 10, FALSE), 10.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_unit_to_display (GOLF_UNIT_ANGLE, -3.5, TRUE), -3.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_unit_to_display (GOLF_UNIT_MILLIMETRE, 7, TRUE), 7.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_unit_to_display (GOLF_UNIT_NONE, 1.48, TRUE), 1.48, 1e-12);
  g_assert_true (isnan (golf_unit_to_display (GOLF_UNIT_DISTANCE, NAN, TRUE)));
  g_assert_true (isnan (golf_unit_to_display (GOLF_UNIT_SPEED, NAN, FALSE)));
}

/* Session properties */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GHashTable *counts)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer)pspec->name, GUINT_TO_POINTER (n + 1));
}

static guint
count (GHashTable *counts,
       const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static GolfSessionMetrics *
compute_carries (double carry1,
                 double carry2,
                 double face)
{
  GolfMetricsRow rows[2] = { make_row ("7 Iron"), make_row ("7 Iron") };

  rows[0].carry = carry1;
  rows[1].carry = carry2;
  rows[0].face_angle = face;

  return golf_session_metrics_compute (rows, G_N_ELEMENTS (rows));
}

static void
test_session_notify (void)
{
  g_autoptr(GolfSession) session = golf_session_new ("report-1");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GolfSessionMetrics) first = compute_carries (140, 150, 1.0);
  g_autoptr(GolfSessionMetrics) face_only = compute_carries (140, 150, 2.0);
  double avg_carry = 0;
  guint shot_count = 0;
  g_autofree char *clubs_used = NULL;

  g_assert_true (isnan (golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY)));
  g_signal_connect (session, "notify", G_CALLBACK (count_notify_cb), counts);

  _golf_session_set_metrics (session, first);
  g_assert_cmpuint (count (counts, "avg-carry"), ==, 1);
  g_assert_cmpuint (count (counts, "best-carry"), ==, 1);
  g_assert_cmpuint (count (counts, "avg-face-angle"), ==, 1);
  g_assert_cmpuint (count (counts, "shot-count"), ==, 1);
  g_assert_cmpuint (count (counts, "clubs-used"), ==, 1);
  g_assert_cmpuint (count (counts, "metrics"), ==, 1);
  /* Still unknown after the change: no reason to redraw. */
  g_assert_cmpuint (count (counts, "avg-smash"), ==, 0);
  g_assert_cmpuint (count (counts, "std-face-angle"), ==, 0);

  g_object_get (session, "avg-carry", &avg_carry, "shot-count", &shot_count,
                "clubs-used", &clubs_used, NULL);
  g_assert_cmpfloat_with_epsilon (avg_carry, 145.0, EPSILON);
  g_assert_cmpuint (shot_count, ==, 2);
  g_assert_cmpstr (clubs_used, ==, "7 Iron");
  g_assert_true (golf_session_get_metrics (session) == first);

  /* Only the face angle moved. */
  g_hash_table_remove_all (counts);
  _golf_session_set_metrics (session, face_only);
  g_assert_cmpuint (count (counts, "avg-face-angle"), ==, 1);
  g_assert_cmpuint (count (counts, "metrics"), ==, 1);
  g_assert_cmpuint (count (counts, "avg-carry"), ==, 0);
  g_assert_cmpuint (count (counts, "shot-count"), ==, 0);
  g_assert_cmpuint (count (counts, "clubs-used"), ==, 0);
  g_assert_cmpuint (g_hash_table_size (counts), ==, 2);

  /* An equal value computed again: nothing to tell. */
  g_hash_table_remove_all (counts);
  {
    g_autoptr(GolfSessionMetrics) again = compute_carries (140, 150, 2.0);
    _golf_session_set_metrics (session, again);
  }
  g_assert_cmpuint (g_hash_table_size (counts), ==, 0);
}

/* Equal means every number: two results that differ in one per-club value
 * only are different, so the session tells its listeners. */
static void
test_equal_looks_at_every_club_value (void)
{
  static const gsize offsets[] = {
    G_STRUCT_OFFSET (GolfClubStats, median_carry),
    G_STRUCT_OFFSET (GolfClubStats, q1_carry),
    G_STRUCT_OFFSET (GolfClubStats, q3_carry),
    G_STRUCT_OFFSET (GolfClubStats, avg_carry),
    G_STRUCT_OFFSET (GolfClubStats, std_carry),
    G_STRUCT_OFFSET (GolfClubStats, avg_lateral),
    G_STRUCT_OFFSET (GolfClubStats, std_lateral),
    G_STRUCT_OFFSET (GolfClubStats, avg_ball_speed),
    G_STRUCT_OFFSET (GolfClubStats, avg_smash),
  };
  GolfClubStats club = {
    .club = (char *)"7 Iron", .shot_count = 3, .median_carry = 150, .q1_carry = 145,
    .q3_carry = 155, .avg_carry = 150, .std_carry = 5, .avg_lateral = 1, .std_lateral = 2,
    .avg_ball_speed = 55, .avg_smash = 1.35,
  };
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();
  g_autoptr(GolfSessionMetrics) base = NULL;

  g_ptr_array_add (clubs, &club);
  base = golf_session_metrics_new_stored (3, "7 Iron", NULL, clubs);

  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      GolfClubStats changed = club;
      g_autoptr(GPtrArray) changed_clubs = g_ptr_array_new ();
      g_autoptr(GolfSessionMetrics) other = NULL;
      g_autoptr(GolfSessionMetrics) same = NULL;
      g_autoptr(GolfSession) session = golf_session_new ("equal");
      g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

      G_STRUCT_MEMBER (double, &changed, offsets[i]) += 1;
      g_ptr_array_add (changed_clubs, &changed);
      other = golf_session_metrics_new_stored (3, "7 Iron", NULL, changed_clubs);
      same = golf_session_metrics_new_stored (3, "7 Iron", NULL, clubs);
      g_assert_false (golf_session_metrics_equal (base, other));
      g_assert_true (golf_session_metrics_equal (base, same));

      _golf_session_set_metrics (session, base);
      g_signal_connect (session, "notify", G_CALLBACK (count_notify_cb), counts);
      _golf_session_set_metrics (session, other);
      g_assert_cmpuint (count (counts, "metrics"), ==, 1);
    }
}

static void
test_session_notify_reset (void)
{
  g_autoptr(GolfSession) session = golf_session_new ("report-2");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GolfSessionMetrics) first = compute_carries (140, 150, 1.0);
  double avg_carry = 0;

  _golf_session_set_metrics (session, first);
  g_signal_connect (session, "notify", G_CALLBACK (count_notify_cb), counts);

  /* The last shot was deleted. */
  _golf_session_set_metrics (session, NULL);
  g_assert_null (golf_session_get_metrics (session));
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 0);
  g_assert_null (golf_session_get_clubs_used (session));
  for (guint i = 0; i < GOLF_N_METRICS; i++)
    g_assert_true (isnan (golf_session_get_metric (session, i)));
  g_object_get (session, "avg-carry", &avg_carry, NULL);
  g_assert_true (isnan (avg_carry));

  g_assert_cmpuint (count (counts, "avg-carry"), ==, 1);
  g_assert_cmpuint (count (counts, "shot-count"), ==, 1);
  g_assert_cmpuint (count (counts, "clubs-used"), ==, 1);
  g_assert_cmpuint (count (counts, "metrics"), ==, 1);
  g_assert_cmpuint (count (counts, "avg-smash"), ==, 0);

  g_hash_table_remove_all (counts);
  _golf_session_set_metrics (session, NULL);
  g_assert_cmpuint (g_hash_table_size (counts), ==, 0);
}

static void
test_session_properties (void)
{
  g_autoptr(GolfSession) session = golf_session_new ("report-3");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *id = NULL;
  g_autofree char *date = NULL;
  gboolean stale = TRUE;
  GParamSpec *pspec;

  g_signal_connect (session, "notify", G_CALLBACK (count_notify_cb), counts);

  golf_session_set_date (session, "2024-05-01");
  golf_session_set_date (session, "2024-05-01");
  g_object_set (session, "session-type", "practice", "notes", "windy", NULL);
  g_object_set (session, "notes", "windy", NULL);
  _golf_session_set_metrics_stale (session, TRUE);
  _golf_session_set_metrics_stale (session, TRUE);

  g_assert_cmpuint (count (counts, "date"), ==, 1);
  g_assert_cmpuint (count (counts, "session-type"), ==, 1);
  g_assert_cmpuint (count (counts, "notes"), ==, 1);
  g_assert_cmpuint (count (counts, "metrics-stale"), ==, 1);

  g_object_get (session, "id", &id, "date", &date, "metrics-stale", &stale, NULL);
  g_assert_cmpstr (id, ==, "report-3");
  g_assert_cmpstr (date, ==, "2024-05-01");
  g_assert_true (stale);
  g_assert_cmpstr (golf_session_get_session_type (session), ==, "practice");
  g_assert_cmpstr (golf_session_get_notes (session), ==, "windy");

  _golf_session_set_metrics_stale (session, FALSE);
  g_assert_false (golf_session_get_metrics_stale (session));
  g_assert_cmpuint (count (counts, "metrics-stale"), ==, 2);

  golf_session_set_date (session, NULL);
  g_assert_null (golf_session_get_date (session));
  g_assert_cmpuint (count (counts, "date"), ==, 2);

  /* A session is called by its name, or by its id when the name is empty. */
  {
    g_autofree char *untitled = golf_session_dup_title (session);
    g_autofree char *titled = NULL;
    g_autofree char *blank = NULL;

    g_assert_cmpstr (untitled, ==, "report-3");
    golf_session_set_name (session, "Wedges");
    titled = golf_session_dup_title (session);
    g_assert_cmpstr (titled, ==, "Wedges");
    golf_session_set_name (session, "");
    blank = golf_session_dup_title (session);
    g_assert_cmpstr (blank, ==, "report-3");
  }

  /* A failed recompute says why, once, readable for a binding. */
  {
    g_autofree char *message = NULL;

    g_assert_null (golf_session_get_metrics_error (session));
    _golf_session_set_metrics_error (session, "disk full");
    _golf_session_set_metrics_error (session, "disk full");
    g_object_get (session, "metrics-error", &message, NULL);
    g_assert_cmpstr (message, ==, "disk full");
    g_assert_cmpuint (count (counts, "metrics-error"), ==, 1);
    _golf_session_set_metrics_error (session, NULL);
    g_assert_null (golf_session_get_metrics_error (session));
    g_assert_cmpuint (count (counts, "metrics-error"), ==, 2);
  }

  /* One bindable property per metric, read-only, named like its column. */
  for (guint i = 0; i < GOLF_N_METRICS; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (golf_metric_get_name (i)), "_", '-');

      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (session), name);
      g_assert_nonnull (pspec);
      g_assert_true (G_IS_PARAM_SPEC_DOUBLE (pspec));
      g_assert_false (pspec->flags & G_PARAM_WRITABLE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metrics/averages/ignore-missing", test_averages_ignore_missing);
  g_test_add_func ("/metrics/averages/no-positive-carry", test_best_carry_negative_only);
  g_test_add_func ("/metrics/smash/needs-club-speed", test_smash_needs_club_speed);
  g_test_add_func ("/metrics/std/one-value", test_std_one_value);
  g_test_add_func ("/metrics/std/sample", test_std_is_sample);
  g_test_add_func ("/metrics/std/stable", test_std_is_stable);
  g_test_add_func ("/metrics/face-to-path/needs-both", test_face_to_path_needs_both);
  g_test_add_func ("/metrics/strike-distance", test_strike_distance);
  g_test_add_func ("/metrics/clubs-used/sorted", test_clubs_used_sorted);
  g_test_add_func ("/metrics/clubs-used/none", test_clubs_used_none);
  g_test_add_func ("/metrics/club-stats/quartiles", test_club_stats_quartiles);
  g_test_add_func ("/metrics/club-stats/quartiles-random", test_club_stats_quartiles_random);
  g_test_add_func ("/metrics/club-stats/ties", test_club_stats_all_equal);
  g_test_add_func ("/metrics/empty", test_empty);
  g_test_add_func ("/metrics/large-session", test_large_session);
  g_test_add_func ("/metrics/compute-shots", test_compute_shots);
  g_test_add_func ("/metrics/stored-and-equal", test_stored_and_equal);
  g_test_add_func ("/metrics/boxed", test_boxed_type);
  g_test_add_func ("/metrics/names", test_metric_names);
  g_test_add_func ("/metrics/units/to-display", test_unit_to_display);
  g_test_add_func ("/session/notify/changed-only", test_session_notify);
  g_test_add_func ("/session/notify/reset", test_session_notify_reset);
  g_test_add_func ("/session/notify/club-value", test_equal_looks_at_every_club_value);
  g_test_add_func ("/session/properties", test_session_properties);

  return g_test_run ();
}
