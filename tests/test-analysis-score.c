/* test-analysis-score.c: the session score, part by part
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-session-score.h"
#include "golf-test-analysis.h"

static void
add_shot (GPtrArray  *shots,
          const char *club,
          double      carry,
          double      face_to_path,
          double      impact_x,
          double      impact_y)
{
  GolfShot *shot = golf_test_carry_shot (shots, "s1", club, carry);

  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, 1 - face_to_path);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, impact_x);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, impact_y);
}

/* 7 Iron carries 145 150 155 (std 5, median 150, r = 1/30), face-to-path
 * −1 0 1 (std 1), strikes 5, 10, 15 mm. PW carries 100 110 120 110 (std
 * √(200/3), median 110), face-to-path −2 0 4 0 (std √(19/3)), strikes 15,
 * 0, 20, 10 mm. */
static GPtrArray *
make_session (void)
{
  GPtrArray *shots = g_ptr_array_new_with_free_func (g_object_unref);

  add_shot (shots, "7 Iron", 145, -1, 3, 4);
  add_shot (shots, "7 Iron", 150, 0, 6, 8);
  add_shot (shots, "7 Iron", 155, 1, 0, 15);
  add_shot (shots, "PW", 100, -2, 9, 12);
  add_shot (shots, "PW", 110, 0, 0, 0);
  add_shot (shots, "PW", 120, 4, 0, 20);
  add_shot (shots, "PW", 110, 0, 0, 10);

  return shots;
}

static double
line (double input,
      double full,
      double zero)
{
  return 100 * CLAMP ((zero - input) / (zero - full), 0, 1);
}

static void
test_parts (void)
{
  g_autoptr(GPtrArray) shots = make_session ();
  g_autoptr(GolfShotTable) table = golf_test_table (shots);
  g_autoptr(GolfSessionScore) score = golf_session_score_compute (table);
  double r_pw = sqrt (200.0 / 3) / 110;
  double carry_7 = 100 * (0.15 - 1.0 / 30) / 0.12;    /* 97.22 */
  double carry_pw = 100 * (0.15 - r_pw) / 0.12;       /* 63.14 */
  double carry = (3 * carry_7 + 4 * carry_pw) / 7;    /* clubs weighted by shots */
  double strike = 100 * (25 - 10.0) / 20;             /* median of 0 5 10 10 15 15 20 */
  double control_pw = 20 * (6 - sqrt (19.0 / 3));     /* 69.67 */
  double control = (3 * 100 + 4 * control_pw) / 7;
  const GolfScorePartValue *part;
  const GolfScoreClub *club;

  g_assert_cmpuint (golf_session_score_get_n (score), ==, 7);

  part = golf_session_score_get_part (score, GOLF_SCORE_CARRY_CONSISTENCY);
  g_assert_cmpstr (part->name, ==, "carry_consistency");
  g_assert_cmpfloat (part->weight, ==, 0.4);
  g_assert_cmpuint (part->n, ==, 7);
  g_assert_cmpfloat_with_epsilon (part->value, carry, 1e-9);
  g_assert_cmpfloat_with_epsilon (part->input, (3.0 / 30 + 4 * r_pw) / 7, 1e-12);
  g_assert_cmpuint (golf_session_score_get_n_clubs (score, GOLF_SCORE_CARRY_CONSISTENCY), ==, 2);
  club = golf_session_score_get_club (score, GOLF_SCORE_CARRY_CONSISTENCY, 1);
  g_assert_cmpstr (club->club, ==, "PW");
  g_assert_cmpfloat (club->median_carry, ==, 110);
  g_assert_cmpfloat_with_epsilon (club->spread, sqrt (200.0 / 3), 1e-12);
  g_assert_cmpfloat_with_epsilon (club->value, carry_pw, 1e-9);

  part = golf_session_score_get_part (score, GOLF_SCORE_STRIKE_CENTRING);
  g_assert_cmpfloat (part->weight, ==, 0.3);
  g_assert_cmpuint (part->n, ==, 7);
  g_assert_cmpfloat_with_epsilon (part->input, 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (part->value, strike, 1e-9);
  g_assert_cmpuint (golf_session_score_get_n_clubs (score, GOLF_SCORE_STRIKE_CENTRING), ==, 0);

  part = golf_session_score_get_part (score, GOLF_SCORE_FACE_TO_PATH_CONTROL);
  g_assert_cmpstr (part->name, ==, "face_to_path_control");
  g_assert_cmpfloat_with_epsilon (part->value, control, 1e-9);
  club = golf_session_score_get_club (score, GOLF_SCORE_FACE_TO_PATH_CONTROL, 0);
  g_assert_cmpstr (club->club, ==, "7 Iron");
  g_assert_cmpfloat_with_epsilon (club->spread, 1, 1e-12);
  g_assert_cmpfloat (club->value, ==, 100);

  g_assert_cmpfloat_with_epsilon (golf_session_score_get_score (score),
                                  0.4 * carry + 0.3 * strike + 0.3 * control, 1e-9);
  g_assert_cmpfloat_with_epsilon (line (10, 5, 25), strike, 1e-12);
}

/* No impact data: the score is the other two parts, reweighted 0.4 : 0.3. */
static void
test_missing_part (void)
{
  g_autoptr(GPtrArray) shots = make_session ();
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfSessionScore) score = NULL;
  const GolfScorePartValue *carry, *control;

  for (guint i = 0; i < shots->len; i++)
    golf_shot_set (g_ptr_array_index (shots, i), GOLF_SHOT_FIELD_IMPACT_X, NAN);
  table = golf_test_table (shots);
  score = golf_session_score_compute (table);

  carry = golf_session_score_get_part (score, GOLF_SCORE_CARRY_CONSISTENCY);
  control = golf_session_score_get_part (score, GOLF_SCORE_FACE_TO_PATH_CONTROL);
  golf_test_assert_nan (golf_session_score_get_part (score, GOLF_SCORE_STRIKE_CENTRING)->value);
  g_assert_cmpuint (golf_session_score_get_part (score, GOLF_SCORE_STRIKE_CENTRING)->n, ==, 0);
  g_assert_cmpfloat_with_epsilon (golf_session_score_get_score (score),
                                  (0.4 * carry->value + 0.3 * control->value) / 0.7, 1e-9);
}

/* Very loose: every part at 0, never below. Very tight: 100, never above. */
static void
test_limits (void)
{
  g_autoptr(GPtrArray) loose = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tight = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotTable) loose_table = NULL;
  g_autoptr(GolfShotTable) tight_table = NULL;
  g_autoptr(GolfSessionScore) loose_score = NULL;
  g_autoptr(GolfSessionScore) tight_score = NULL;

  add_shot (loose, "Driver", 150, -15, 30, 0);
  add_shot (loose, "Driver", 200, 0, 0, 30);
  add_shot (loose, "Driver", 250, 15, 30, 30);
  for (guint i = 0; i < 3; i++)
    add_shot (tight, "Driver", 240, 0, 1, 1);

  loose_table = golf_test_table (loose);
  tight_table = golf_test_table (tight);
  loose_score = golf_session_score_compute (loose_table);
  tight_score = golf_session_score_compute (tight_table);

  g_assert_cmpfloat (golf_session_score_get_score (loose_score), ==, 0);
  g_assert_false (signbit (golf_session_score_get_score (loose_score)));
  g_assert_cmpfloat (golf_session_score_get_score (tight_score), ==, 100);
}

/* Nothing to score: no score, no NaN dressed up as a number. */
static void
test_empty (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfSessionScore) score = NULL;

  golf_test_carry_shot (shots, "s1", "7 Iron", 150);
  golf_test_carry_shot (shots, "s1", "7 Iron", 152);
  table = golf_test_table (shots);
  score = golf_session_score_compute (table);

  golf_test_assert_nan (golf_session_score_get_score (score));
  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    {
      golf_test_assert_nan (golf_session_score_get_part (score, p)->value);
      g_assert_nonnull (golf_score_part_describe (p));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/score/parts", test_parts);
  g_test_add_func ("/analysis/score/missing-part", test_missing_part);
  g_test_add_func ("/analysis/score/limits", test_limits);
  g_test_add_func ("/analysis/score/empty", test_empty);

  return g_test_run ();
}
