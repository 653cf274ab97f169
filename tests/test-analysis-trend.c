/* test-analysis-trend.c: slopes and effect sizes over sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-session.h"
#include "golf-session-medians.h"
#include "golf-trend.h"
#include "golf-test-analysis.h"

typedef struct
{
  GPtrArray  *shots;
  GListStore *sessions;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->shots = g_ptr_array_new_with_free_func (g_object_unref);
  f->sessions = g_list_store_new (GOLF_TYPE_SESSION);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->shots);
  g_object_unref (f->sessions);
}

/* A session whose 7 Iron carries are median − 1, median, median + 1, and
 * whose PW carries 100. */
static void
add_session (Fixture    *f,
             const char *id,
             const char *date,
             double      median)
{
  g_autoptr(GolfSession) session = golf_session_new (id);

  golf_session_set_date (session, date);
  g_list_store_append (f->sessions, session);

  golf_test_carry_shot (f->shots, id, "7 Iron", median + 1);
  golf_test_carry_shot (f->shots, id, "7 Iron", median);
  golf_test_carry_shot (f->shots, id, "7 Iron", median - 1);
  golf_test_carry_shot (f->shots, id, "PW", 100);
}

static GolfTrend *
follow (Fixture             *f,
        GolfShotMetric       metric,
        const char          *club,
        const GolfDateRange *first,
        const GolfDateRange *second)
{
  g_autoptr(GolfShotTable) table = golf_test_table (f->shots);

  return golf_trend_compute (table, G_LIST_MODEL (f->sessions), metric, club, first, second);
}

/* 150, 153, 156, 159 at 30-day steps: 3 per 30 days; halves 151.5 and
 * 157.5 with std 2.12 each: d = 6 / 2.121 = 2.83, a large increase. */
static void
test_known_slope (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GolfTrend) trend = NULL;
  const GolfTrendPoint *point;

  /* Out of date order on purpose; one session without a date. */
  add_session (f, "c", "2026-03-02", 156);
  add_session (f, "a", "2026-01-01", 150);
  add_session (f, "d", "2026-04-01", 159);
  add_session (f, "b", "2026-01-31", 153);
  add_session (f, "undated", NULL, 500);

  trend = follow (f, GOLF_SHOT_METRIC_CARRY, "7 iron", NULL, NULL);

  g_assert_cmpuint (golf_trend_get_n (trend), ==, 4);
  point = golf_trend_get_point (trend, 0);
  g_assert_cmpstr (point->session_id, ==, "a");
  g_assert_cmpstr (point->date, ==, "2026-01-01");
  g_assert_cmpuint (point->n, ==, 3);
  g_assert_cmpfloat (point->value, ==, 150);
  g_assert_cmpstr (golf_trend_get_point (trend, 3)->session_id, ==, "d");

  g_assert_cmpfloat_with_epsilon (golf_trend_get_slope_per_30_days (trend), 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_trend_get_effect_size (trend), 6 / sqrt (4.5), 1e-9);
  g_assert_cmpint (golf_trend_get_effect (trend), ==, GOLF_EFFECT_LARGE_INCREASE);
  g_assert_cmpstr (golf_effect_get_name (golf_trend_get_effect (trend)), ==, "large increase");
  g_assert_cmpuint (golf_trend_get_group (trend, 0)->n, ==, 2);
  g_assert_cmpfloat (golf_trend_get_group (trend, 1)->mean, ==, 157.5);
}

/* Every club together: medians of {m − 1, m, m + 1, 100}. */
static void
test_every_club (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GolfTrend) trend = NULL;

  add_session (f, "a", "2026-01-01", 150);
  add_session (f, "b", "2026-01-31", 153);

  trend = follow (f, GOLF_SHOT_METRIC_CARRY, NULL, NULL, NULL);

  g_assert_cmpuint (golf_trend_get_n (trend), ==, 2);
  g_assert_cmpfloat (golf_trend_get_point (trend, 0)->value, ==, 149.5);
  g_assert_cmpuint (golf_trend_get_point (trend, 0)->n, ==, 4);
  g_assert_cmpfloat_with_epsilon (golf_trend_get_slope_per_30_days (trend), 3, 1e-9);
  /* One point a side is not enough for a pooled spread. */
  golf_test_assert_nan (golf_trend_get_effect_size (trend));
  g_assert_null (golf_effect_get_name (golf_trend_get_effect (trend)));
}

/* {150, 151} against {150, 151}: d = 0. {150, 152} (variance 2) against
 * {151, 152.5} (variance 1.125): pooled std √1.5625 = 1.25, d = 0.75 / 1.25
 * = 0.6, moderate. */
static void
test_effect_words (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GolfTrend) flat = NULL;
  g_autoptr(GolfTrend) moderate = NULL;
  g_autoptr(GolfTrend) falling = NULL;

  add_session (f, "a", "2026-01-01", 150);
  add_session (f, "b", "2026-01-02", 151);
  add_session (f, "c", "2026-01-03", 150);
  add_session (f, "d", "2026-01-04", 151);
  flat = follow (f, GOLF_SHOT_METRIC_CARRY, "7 Iron", NULL, NULL);
  g_assert_cmpfloat (golf_trend_get_effect_size (flat), ==, 0);
  g_assert_false (signbit (golf_trend_get_effect_size (flat)));
  g_assert_cmpstr (golf_effect_get_name (golf_trend_get_effect (flat)), ==, "no clear change");

  g_ptr_array_set_size (f->shots, 0);
  g_list_store_remove_all (f->sessions);
  add_session (f, "a", "2026-01-01", 150);
  add_session (f, "b", "2026-01-02", 152);
  add_session (f, "c", "2026-01-03", 151);
  add_session (f, "d", "2026-01-04", 152.5);
  moderate = follow (f, GOLF_SHOT_METRIC_CARRY, "7 Iron", NULL, NULL);
  g_assert_cmpfloat_with_epsilon (golf_trend_get_effect_size (moderate), 0.6, 1e-9);
  g_assert_cmpstr (golf_effect_get_name (golf_trend_get_effect (moderate)), ==, "moderate increase");

  g_assert_cmpint (golf_effect_for_size (-0.5), ==, GOLF_EFFECT_MODERATE_DECREASE);
  g_assert_cmpint (golf_effect_for_size (-0.8), ==, GOLF_EFFECT_LARGE_DECREASE);
  g_assert_cmpint (golf_effect_for_size (0.49), ==, GOLF_EFFECT_NONE);
  g_assert_cmpint (golf_effect_for_size (0.8), ==, GOLF_EFFECT_LARGE_INCREASE);

  /* An odd count leaves the middle point out: {153, 152} | 400 | {149, 150}. */
  g_ptr_array_set_size (f->shots, 0);
  g_list_store_remove_all (f->sessions);
  add_session (f, "a", "2026-02-01", 153);
  add_session (f, "b", "2026-02-02", 152);
  add_session (f, "m", "2026-02-03", 400);
  add_session (f, "c", "2026-02-04", 149);
  add_session (f, "d", "2026-02-05", 150);
  falling = follow (f, GOLF_SHOT_METRIC_CARRY, "7 Iron", NULL, NULL);
  g_assert_cmpuint (golf_trend_get_group (falling, 0)->n, ==, 2);
  g_assert_cmpuint (golf_trend_get_group (falling, 1)->n, ==, 2);
  /* (149.5 − 152.5) / √0.5 */
  g_assert_cmpfloat_with_epsilon (golf_trend_get_effect_size (falling), -3 / sqrt (0.5), 1e-9);
  g_assert_cmpstr (golf_effect_get_name (golf_trend_get_effect (falling)), ==, "large decrease");
}

/* Before and after a lesson: two chosen ranges instead of halves. */
static void
test_date_ranges (Fixture       *f,
                  gconstpointer  data)
{
  GolfDateRange before = { "2026-01-01", "2026-01-31" };
  GolfDateRange after = { "2026-03-01", NULL };
  g_autoptr(GolfTrend) trend = NULL;

  add_session (f, "a", "2026-01-01", 150);
  add_session (f, "b", "2026-01-31", 152);
  add_session (f, "skip", "2026-02-15", 120);
  add_session (f, "c", "2026-03-01", 155);
  add_session (f, "d", "2026-03-20", 157);

  trend = follow (f, GOLF_SHOT_METRIC_CARRY, "7 Iron", &before, &after);

  g_assert_true (golf_trend_get_uses_ranges (trend));
  g_assert_cmpuint (golf_trend_get_n (trend), ==, 5);
  g_assert_cmpfloat (golf_trend_get_group (trend, 0)->mean, ==, 151);
  g_assert_cmpfloat (golf_trend_get_group (trend, 1)->mean, ==, 156);
  g_assert_cmpfloat_with_epsilon (golf_trend_get_effect_size (trend), 5 / sqrt (2), 1e-9);
}

/* A metric nobody measured, a club nobody hit: no points, nothing made up. */
static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GolfTrend) no_spin = NULL;
  g_autoptr(GolfTrend) no_club = NULL;
  g_autoptr(GolfTrend) smash = NULL;
  GolfShotMetric metric;

  add_session (f, "a", "2026-01-01", 150);
  add_session (f, "b", "2026-01-31", 153);

  no_spin = follow (f, GOLF_SHOT_METRIC_BACK_SPIN, NULL, NULL, NULL);
  g_assert_cmpuint (golf_trend_get_n (no_spin), ==, 0);
  golf_test_assert_nan (golf_trend_get_slope_per_30_days (no_spin));
  golf_test_assert_nan (golf_trend_get_effect_size (no_spin));

  no_club = follow (f, GOLF_SHOT_METRIC_CARRY, "3 Wood", NULL, NULL);
  g_assert_cmpuint (golf_trend_get_n (no_club), ==, 0);
  g_assert_cmpstr (golf_trend_get_club (no_club), ==, "3 Wood");

  /* Every shot has smash 56 / 40 = 1.4: a flat line, slope exactly 0. */
  smash = follow (f, GOLF_SHOT_METRIC_SMASH, NULL, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (golf_trend_get_point (smash, 1)->value, 1.4, 1e-12);
  g_assert_cmpfloat (golf_trend_get_slope_per_30_days (smash), ==, 0);
  g_assert_false (signbit (golf_trend_get_slope_per_30_days (smash)));

  g_assert_true (golf_shot_metric_from_name ("strike_distance", &metric));
  g_assert_cmpint (metric, ==, GOLF_SHOT_METRIC_STRIKE_DISTANCE);
  g_assert_false (golf_shot_metric_from_name ("Carry", NULL));
  g_assert_cmpint (golf_shot_metric_get_unit (GOLF_SHOT_METRIC_LATERAL), ==, GOLF_UNIT_DISTANCE);
}

/* Shots of every kind in a session: clubs in turn, a mishit now and then,
 * some without face data, one without a club. */
static void
add_varied_session (Fixture    *f,
                    const char *id,
                    const char *date,
                    guint32     seed)
{
  static const char *clubs[] = { "Driver", "7 Iron", "PW", NULL };
  g_autoptr(GolfSession) session = golf_session_new (id);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  golf_session_set_date (session, date);
  g_list_store_append (f->sessions, session);

  for (guint i = 0; i < 40; i++)
    {
      const char *club = clubs[i % G_N_ELEMENTS (clubs)];
      GolfShot *shot = golf_test_carry_shot (f->shots, id, club, 100 + 40 * (i % 3) + g_rand_double_range (rand, -9, 9));

      if (i % 11 == 0)
        golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 30);   /* smash 0.75: a mishit */
      if (i % 7 == 0)
        golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 400); /* an outlier */
      if (i % 5 != 0)
        {
          golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, g_rand_double_range (rand, -4, 4));
          golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, g_rand_double_range (rand, -4, 4));
          golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, g_rand_double_range (rand, -15, 15));
          golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, g_rand_double_range (rand, -10, 10));
        }
      golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, g_rand_double_range (rand, 10, 25));
      golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, g_rand_double_range (rand, 2000, 9000));
      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, g_rand_double_range (rand, -12, 12));
      golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE) + 8);
      if (i == 13)
        golf_shot_set_set_aside (shot, GOLF_SET_ASIDE_YES);
    }
}

static void
assert_same_trend (const GolfTrend *expected,
                   const GolfTrend *actual)
{
  g_assert_cmpuint (golf_trend_get_n (actual), ==, golf_trend_get_n (expected));
  for (guint i = 0; i < golf_trend_get_n (expected); i++)
    {
      const GolfTrendPoint *a = golf_trend_get_point (expected, i);
      const GolfTrendPoint *b = golf_trend_get_point (actual, i);

      g_assert_cmpstr (b->session_id, ==, a->session_id);
      g_assert_cmpstr (b->date, ==, a->date);
      g_assert_cmpuint (b->n, ==, a->n);
      g_assert_cmpfloat (b->value, ==, a->value);
    }
  if (isnan (golf_trend_get_slope_per_30_days (expected)))
    golf_test_assert_nan (golf_trend_get_slope_per_30_days (actual));
  else
    g_assert_cmpfloat_with_epsilon (golf_trend_get_slope_per_30_days (actual),
                                    golf_trend_get_slope_per_30_days (expected), 1e-9);
  g_assert_cmpint (golf_trend_get_effect (actual), ==, golf_trend_get_effect (expected));
}

/* Medians worked out per session, then a trend from them: the very trend
 * golf_trend_compute() makes from every shot, for each metric and club. */
static void
test_from_session_medians (Fixture       *f,
                           gconstpointer  data)
{
  static const char *clubs[] = { NULL, "7 Iron", "pw", "Driver", "3 Wood" };
  GolfDateRange before = { NULL, "2026-01-20" };
  GolfDateRange after = { "2026-02-01", NULL };
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GPtrArray) per_session = g_ptr_array_new_with_free_func ((GDestroyNotify) golf_session_medians_unref);
  const char *ids[] = { "a", "b", "c", "d", "e", "undated" };
  const char *dates[] = { "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-20", "2026-03-09", NULL };

  for (guint s = 0; s < G_N_ELEMENTS (ids); s++)
    add_varied_session (f, ids[s], dates[s], 17 + s);
  table = golf_test_table (f->shots);

  /* One session at a time, as the app keeps them. */
  for (guint s = 0; s < G_N_ELEMENTS (ids); s++)
    {
      g_autoptr(GPtrArray) shots = g_ptr_array_new ();
      g_autoptr(GolfShotTable) one = NULL;

      for (guint i = 0; i < f->shots->len; i++)
        if (g_strcmp0 (golf_shot_get_session_id (f->shots->pdata[i]), ids[s]) == 0)
          g_ptr_array_add (shots, f->shots->pdata[i]);
      one = golf_shot_table_new (shots);
      g_ptr_array_add (per_session, golf_session_medians_compute (one));
    }

  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    for (guint c = 0; c < G_N_ELEMENTS (clubs); c++)
      for (guint r = 0; r < 2; r++)
        {
          g_autoptr(GolfTrend) expected = NULL;
          g_autoptr(GolfTrend) actual = NULL;
          GolfTrendPoint points[G_N_ELEMENTS (ids)];

          g_test_message ("%s of %s%s", golf_shot_metric_get_name (m), clubs[c] ? clubs[c] : "every club",
                          r ? ", in ranges" : "");
          expected = golf_trend_compute (table, G_LIST_MODEL (f->sessions), m, clubs[c],
                                         r ? &before : NULL, r ? &after : NULL);
          for (guint s = 0; s < G_N_ELEMENTS (ids); s++)
            {
              points[s].session_id = ids[s];
              points[s].date = dates[s];
              golf_session_medians_lookup (per_session->pdata[s], ids[s], clubs[c], m,
                                           &points[s].n, &points[s].value);
            }
          actual = golf_trend_new_from_points (m, clubs[c], points, G_N_ELEMENTS (ids),
                                               r ? &before : NULL, r ? &after : NULL);
          assert_same_trend (expected, actual);
        }
}

/* Every session of one table at once; the clubs with kept shots in bag
 * order; sessions and clubs it does not have. */
static void
test_session_medians (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfSessionMedians) medians = NULL;
  GolfShot *shot;
  double median;
  guint n;

  add_session (f, "a", "2026-01-01", 150);
  add_session (f, "b", "2026-01-31", 153);
  shot = golf_test_carry_shot (f->shots, "b", "Driver", 200);
  golf_shot_set_set_aside (shot, GOLF_SET_ASIDE_YES);
  table = golf_test_table (f->shots);
  medians = golf_session_medians_compute (table);

  g_assert_cmpuint (golf_session_medians_get_n_sessions (medians), ==, 2);
  g_assert_cmpuint (golf_session_medians_get_n_clubs (medians), ==, 2);
  g_assert_cmpstr (golf_session_medians_get_club (medians, 0), ==, "7 Iron");
  g_assert_cmpstr (golf_session_medians_get_club (medians, 1), ==, "PW");

  g_assert_true (golf_session_medians_lookup (medians, "b", "7 iron", GOLF_SHOT_METRIC_CARRY, &n, &median));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (median, ==, 153);
  g_assert_true (golf_session_medians_lookup (medians, "a", NULL, GOLF_SHOT_METRIC_CARRY, &n, &median));
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (median, ==, 149.5);

  g_assert_false (golf_session_medians_lookup (medians, "b", "Driver", GOLF_SHOT_METRIC_CARRY, &n, &median));
  g_assert_cmpuint (n, ==, 0);
  golf_test_assert_nan (median);
  g_assert_false (golf_session_medians_lookup (medians, "a", NULL, GOLF_SHOT_METRIC_BACK_SPIN, &n, &median));
  g_assert_false (golf_session_medians_lookup (medians, "z", NULL, GOLF_SHOT_METRIC_CARRY, NULL, NULL));
  g_assert_false (golf_session_medians_lookup (medians, "a", "LW", GOLF_SHOT_METRIC_CARRY, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/analysis/trend/known-slope", Fixture, NULL, fixture_set_up, test_known_slope, fixture_tear_down);
  g_test_add ("/analysis/trend/every-club", Fixture, NULL, fixture_set_up, test_every_club, fixture_tear_down);
  g_test_add ("/analysis/trend/effect-words", Fixture, NULL, fixture_set_up, test_effect_words, fixture_tear_down);
  g_test_add ("/analysis/trend/date-ranges", Fixture, NULL, fixture_set_up, test_date_ranges, fixture_tear_down);
  g_test_add ("/analysis/trend/missing", Fixture, NULL, fixture_set_up, test_missing, fixture_tear_down);
  g_test_add ("/analysis/trend/session-medians", Fixture, NULL, fixture_set_up, test_session_medians, fixture_tear_down);
  g_test_add ("/analysis/trend/from-session-medians", Fixture, NULL, fixture_set_up, test_from_session_medians, fixture_tear_down);

  return g_test_run ();
}
