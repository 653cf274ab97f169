/* test-analysis-compare.c: two sessions side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-comparison.h"
#include "golf-test-analysis.h"

static void
add_shot (GPtrArray  *shots,
          const char *session_id,
          const char *club,
          double      carry,
          double      total,
          double      ball_speed,
          double      club_speed,
          double      face,
          double      path,
          double      strike)
{
  GolfShot *shot = golf_test_carry_shot (shots, session_id, club, carry);

  golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, total);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, ball_speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, club_speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, face);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, path);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, 0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, strike);
}

/* A: three 7 Irons (150, faces 1 2 3 on a 0 path, strikes 5 mm) and a
 * Driver (230, strike 10 mm). B: three 7 Irons (155, faces 0 on a 3° path,
 * strikes 3 mm) and a PW (110). */
static GPtrArray *
make_sessions (void)
{
  GPtrArray *shots = g_ptr_array_new_with_free_func (g_object_unref);

  for (int i = 1; i <= 3; i++)
    add_shot (shots, "A", "7 Iron", 150, 160, 50, 37, i, 0, 5);
  add_shot (shots, "A", "Driver", 230, NAN, 70, 50, 0, 0, 10);
  for (int i = 1; i <= 3; i++)
    add_shot (shots, "B", "7 Iron", 155, 165, 50, 37, 0, 3, 3);
  add_shot (shots, "B", "PW", 110, NAN, 40, 35, 0, 0, 3);

  return shots;
}

static const GolfComparedValue *
metric (GolfComparison *comparison,
        GolfMetric      which)
{
  const GolfComparedValue *value = golf_comparison_get_metric (comparison, which);

  g_assert_cmpstr (value->name, ==, golf_metric_get_name (which));
  return value;
}

static void
assert_direction (GolfComparison *comparison,
                  GolfMetric      which,
                  GolfDirection   direction)
{
  g_test_message ("%s", golf_metric_get_name (which));
  g_assert_cmpstr (golf_direction_get_name (metric (comparison, which)->direction), ==,
                   golf_direction_get_name (direction));
}

static void
test_directions (void)
{
  g_autoptr(GPtrArray) shots = make_sessions ();
  g_autoptr(GolfShotTable) table = golf_test_table (shots);
  g_autoptr(GolfComparison) comparison = golf_comparison_compute (table, "A", "B");
  const GolfComparedValue *value;

  g_assert_cmpstr (golf_comparison_get_session (comparison, 0), ==, "A");
  g_assert_cmpuint (golf_comparison_get_n (comparison, 0), ==, 4);
  g_assert_cmpuint (golf_comparison_get_n (comparison, 1), ==, 4);
  g_assert_cmpuint (golf_comparison_get_n_metrics (comparison), ==, GOLF_N_METRICS);

  /* Average carry 170 then 143.75: B is worse by 26.25 m. */
  value = metric (comparison, GOLF_METRIC_AVG_CARRY);
  g_assert_cmpfloat (value->a, ==, 170);
  g_assert_cmpfloat (value->b, ==, 143.75);
  g_assert_cmpfloat (value->difference, ==, -26.25);
  g_assert_cmpint (value->direction, ==, GOLF_DIRECTION_WORSE);
  g_assert_cmpuint (value->n_a, ==, 4);

  assert_direction (comparison, GOLF_METRIC_AVG_TOTAL, GOLF_DIRECTION_BETTER);
  assert_direction (comparison, GOLF_METRIC_BEST_CARRY, GOLF_DIRECTION_WORSE);
  assert_direction (comparison, GOLF_METRIC_AVG_BALL_SPEED, GOLF_DIRECTION_WORSE);
  assert_direction (comparison, GOLF_METRIC_AVG_CLUB_SPEED, GOLF_DIRECTION_WORSE);
  assert_direction (comparison, GOLF_METRIC_AVG_SMASH, GOLF_DIRECTION_WORSE);
  assert_direction (comparison, GOLF_METRIC_AVG_FACE_ANGLE, GOLF_DIRECTION_NONE);
  assert_direction (comparison, GOLF_METRIC_AVG_CLUB_PATH, GOLF_DIRECTION_NONE);
  /* Spreads: lower is better. Face {1 2 3 0} against {0 0 0 0}; path
   * {0 0 0 0} against {3 3 3 0}; face-to-path {1 2 3 0} (sd 1.29) against
   * {−3 −3 −3 0} (sd 1.5). */
  assert_direction (comparison, GOLF_METRIC_STD_FACE_ANGLE, GOLF_DIRECTION_BETTER);
  assert_direction (comparison, GOLF_METRIC_STD_CLUB_PATH, GOLF_DIRECTION_WORSE);
  assert_direction (comparison, GOLF_METRIC_STD_FACE_TO_PATH, GOLF_DIRECTION_WORSE);
  assert_direction (comparison, GOLF_METRIC_AVG_STRIKE_DISTANCE, GOLF_DIRECTION_BETTER);
  assert_direction (comparison, GOLF_METRIC_STD_STRIKE_DISTANCE, GOLF_DIRECTION_BETTER);

  /* Face-to-path 1.5 then −2.25: the number fell by 3.75, but it is
   * further from 0, so worse. */
  value = metric (comparison, GOLF_METRIC_AVG_FACE_TO_PATH);
  g_assert_cmpfloat (value->difference, ==, -3.75);
  g_assert_cmpint (value->direction, ==, GOLF_DIRECTION_WORSE);

  /* Only the 7 Iron is in both. */
  g_assert_cmpuint (golf_comparison_get_n_clubs (comparison), ==, 1);
  value = golf_comparison_get_club (comparison, 0);
  g_assert_cmpstr (value->name, ==, "7 Iron");
  g_assert_cmpuint (value->n_a, ==, 3);
  g_assert_cmpfloat (value->a, ==, 150);
  g_assert_cmpfloat (value->b, ==, 155);
  g_assert_cmpfloat (value->difference, ==, 5);
  g_assert_cmpint (value->direction, ==, GOLF_DIRECTION_BETTER);
}

static void
test_same (void)
{
  g_autoptr(GPtrArray) shots = make_sessions ();
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfComparison) itself = NULL;
  g_autoptr(GolfComparison) nearly = NULL;
  g_autoptr(GolfComparison) reordered = NULL;

  golf_test_carry_shot (shots, "C", "7 Iron", 150.04);
  table = golf_test_table (shots);

  itself = golf_comparison_compute (table, "A", "A");
  for (guint m = 0; m < GOLF_N_METRICS; m++)
    {
      const GolfComparedValue *value = golf_comparison_get_metric (itself, m);

      g_assert_cmpfloat (value->difference, ==, 0);
      g_assert_false (signbit (value->difference));
      if (m != GOLF_METRIC_AVG_FACE_ANGLE && m != GOLF_METRIC_AVG_CLUB_PATH)
        g_assert_cmpint (value->direction, ==, GOLF_DIRECTION_SAME);
    }

  /* The same carries in another order average to a sum rounded otherwise:
   * that is not a change. */
  for (guint i = 0; i < 2; i++)
    {
      const double carries[] = { 172.2, 122.9, 194.5 };

      for (guint j = 0; j < G_N_ELEMENTS (carries); j++)
        golf_test_carry_shot (shots, i == 0 ? "D" : "E", "9 Iron",
                              carries[i == 0 ? j : G_N_ELEMENTS (carries) - 1 - j]);
    }
  g_clear_pointer (&table, golf_shot_table_unref);
  table = golf_test_table (shots);
  reordered = golf_comparison_compute (table, "D", "E");
  g_assert_cmpint (metric (reordered, GOLF_METRIC_AVG_CARRY)->direction, ==, GOLF_DIRECTION_SAME);
  g_assert_cmpfloat (metric (reordered, GOLF_METRIC_AVG_CARRY)->difference, ==, 0);
  g_assert_cmpint (golf_comparison_get_club (reordered, 0)->direction, ==, GOLF_DIRECTION_SAME);

  /* Any real change has its direction, however small: 4 cm further is better. */
  nearly = golf_comparison_compute (table, "A", "C");
  g_assert_cmpint (golf_comparison_get_club (nearly, 0)->direction, ==, GOLF_DIRECTION_BETTER);
  /* C has no face, path or strike: no direction, no difference. */
  g_assert_cmpint (metric (nearly, GOLF_METRIC_STD_FACE_TO_PATH)->direction, ==, GOLF_DIRECTION_NONE);
  golf_test_assert_nan (metric (nearly, GOLF_METRIC_AVG_STRIKE_DISTANCE)->difference);
}

static void
test_unknown_session (void)
{
  g_autoptr(GPtrArray) shots = make_sessions ();
  g_autoptr(GolfShotTable) table = golf_test_table (shots);
  g_autoptr(GolfComparison) comparison = golf_comparison_compute (table, "A", "nowhere");

  g_assert_cmpuint (golf_comparison_get_n (comparison, 1), ==, 0);
  g_assert_cmpuint (golf_comparison_get_n_clubs (comparison), ==, 0);
  g_assert_cmpint (metric (comparison, GOLF_METRIC_AVG_CARRY)->direction, ==, GOLF_DIRECTION_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/compare/directions", test_directions);
  g_test_add_func ("/analysis/compare/same", test_same);
  g_test_add_func ("/analysis/compare/unknown-session", test_unknown_session);

  return g_test_run ();
}
