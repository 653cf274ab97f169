/* test-analysis-kept.c: the set-aside (mishit) rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-kept-shots.h"
#include "golf-test-analysis.h"

static GolfKeptShots *
judge_shots (GPtrArray *shots)
{
  g_autoptr(GolfShotTable) table = golf_test_table (shots);

  return golf_kept_shots_new (table);
}

/* Sorted 120 147 … 153: Q1 147.75, Q3 151.25, fences 142.5 and 156.5. */
static void
test_tukey_planted_mishit (void)
{
  const double carries[] = { 150, 152, 148, 120, 151, 149, 153, 147 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfKeptShots) kept = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (carries); i++)
    golf_test_carry_shot (shots, "s1", "7 Iron", carries[i]);

  kept = judge_shots (shots);

  g_assert_cmpuint (golf_kept_shots_get_n (kept), ==, 8);
  g_assert_cmpuint (golf_kept_shots_get_n_kept (kept), ==, 7);
  g_assert_cmpuint (golf_kept_shots_get_n_set_aside (kept), ==, 1);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 3), ==, GOLF_SHOT_VERDICT_SET_ASIDE_CARRY);
  for (guint i = 0; i < 8; i++)
    if (i != 3)
      g_assert_true (golf_kept_shots_is_kept (kept, i));
}

static void
test_smash_rule (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfKeptShots) kept = NULL;
  GolfShot *shot;

  golf_test_carry_shot (shots, "s1", "Driver", 230);
  shot = golf_test_carry_shot (shots, "s1", "Driver", 231);       /* 70 / 40 = 1.75 */
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 70);
  shot = golf_test_carry_shot (shots, "s1", "Driver", 232);       /* exactly 1.56 */
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 78);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 50);
  shot = golf_test_carry_shot (shots, "s1", "Driver", 233);       /* exactly 1.0 */
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 50);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 50);
  shot = golf_test_carry_shot (shots, "s1", "Driver", 229);       /* 0.99 */
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 49.5);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 50);
  shot = golf_test_carry_shot (shots, "s1", "Driver", 234);       /* no club speed: no rule */
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, NAN);
  shot = golf_test_carry_shot (shots, "s1", "Driver", NAN);       /* a mishit without carry */
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 30);

  kept = judge_shots (shots);

  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 0), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 1), ==, GOLF_SHOT_VERDICT_SET_ASIDE_SMASH);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 2), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 3), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 4), ==, GOLF_SHOT_VERDICT_SET_ASIDE_SMASH);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 5), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 6), ==, GOLF_SHOT_VERDICT_SET_ASIDE_SMASH);
  g_assert_cmpuint (golf_kept_shots_get_n_set_aside (kept), ==, 3);
  g_assert_cmpuint (golf_kept_shots_get_n_kept (kept), ==, 4);
}

/* 100 104 108 112 x: Q1 104, Q3 112, upper fence 124 while x is the largest. */
static void
test_fence_boundary (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfKeptShots) kept = NULL;
  const double carries[] = { 100, 104, 108, 112 };

  for (guint i = 0; i < G_N_ELEMENTS (carries); i++)
    {
      golf_test_carry_shot (shots, "on", "9 Iron", carries[i]);
      golf_test_carry_shot (shots, "past", "9 Iron", carries[i]);
    }
  golf_test_carry_shot (shots, "on", "9 Iron", 124);
  golf_test_carry_shot (shots, "past", "9 Iron", 124.5);

  kept = judge_shots (shots);

  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 8), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 9), ==, GOLF_SHOT_VERDICT_SET_ASIDE_CARRY);
  g_assert_cmpuint (golf_kept_shots_get_n_set_aside (kept), ==, 1);
}

/* Fences need 4 usable carries; the smash set-asides do not count toward them. */
static void
test_fences_need_four (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfKeptShots) kept = NULL;
  GolfShot *shot;

  golf_test_carry_shot (shots, "s1", "PW", 100);
  golf_test_carry_shot (shots, "s1", "PW", 101);
  golf_test_carry_shot (shots, "s1", "PW", 200);
  shot = golf_test_carry_shot (shots, "s1", "PW", 102);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 80);
  golf_test_carry_shot (shots, "s1", "PW", 0);

  kept = judge_shots (shots);

  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 2), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 3), ==, GOLF_SHOT_VERDICT_SET_ASIDE_SMASH);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 4), ==, GOLF_SHOT_VERDICT_NO_CARRY);
  g_assert_cmpuint (golf_kept_shots_get_n_kept (kept), ==, 3);
}

/* 120 is a mishit among 147–153 in one session, a fine shot in another. */
static void
test_per_session_and_club (void)
{
  const double first[] = { 150, 152, 148, 120, 151, 149, 153, 147 };
  const double second[] = { 120, 121, 122, 123 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfKeptShots) kept = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      golf_test_carry_shot (shots, "s1", "7 Iron", first[i]);
      golf_test_carry_shot (shots, "s1", "8 Iron", first[i] - 30);
    }
  for (guint i = 0; i < G_N_ELEMENTS (second); i++)
    golf_test_carry_shot (shots, "s2", "7 Iron", second[i]);

  kept = judge_shots (shots);

  /* s1's 7 Iron 120 (row 6) goes; its 8 Iron 90 (row 7) too; s2's 120 stays. */
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 6), ==, GOLF_SHOT_VERDICT_SET_ASIDE_CARRY);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 7), ==, GOLF_SHOT_VERDICT_SET_ASIDE_CARRY);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 16), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpuint (golf_kept_shots_get_n_set_aside (kept), ==, 2);
  g_assert_cmpuint (golf_kept_shots_get_n_kept (kept), ==, 18);
}

/* The player's own verdict: YES always goes and takes no part in the
 * fences; NO stays whatever the rules say, if it has a carry. */
static void
test_player_verdict (void)
{
  const double carries[] = { 100, 104, 108, 112, 124.5 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfKeptShots) kept = NULL;
  GolfShot *shot;

  for (guint i = 0; i < G_N_ELEMENTS (carries); i++)
    golf_test_carry_shot (shots, "s1", "9 Iron", carries[i]);
  /* Were it counted, Q3 would be 121.375 and 124.5 would stay. */
  shot = golf_test_carry_shot (shots, "s1", "9 Iron", 200);
  golf_shot_set_set_aside (shot, GOLF_SET_ASIDE_YES);
  /* A good shot the player set aside anyway. */
  shot = golf_test_carry_shot (shots, "s1", "9 Iron", 106);
  golf_shot_set_set_aside (shot, GOLF_SET_ASIDE_YES);
  /* Smash 80 / 40 = 2.0 and a carry past the fence, but the player keeps it. */
  shot = golf_test_carry_shot (shots, "s1", "9 Iron", 130);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 80);
  golf_shot_set_set_aside (shot, GOLF_SET_ASIDE_NO);
  /* Kept by the player, but without a carry there is nothing to keep. */
  shot = golf_test_carry_shot (shots, "s1", "9 Iron", NAN);
  golf_shot_set_set_aside (shot, GOLF_SET_ASIDE_NO);

  kept = judge_shots (shots);

  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 4), ==, GOLF_SHOT_VERDICT_SET_ASIDE_CARRY);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 5), ==, GOLF_SHOT_VERDICT_SET_ASIDE_BY_USER);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 6), ==, GOLF_SHOT_VERDICT_SET_ASIDE_BY_USER);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 7), ==, GOLF_SHOT_VERDICT_KEPT);
  g_assert_cmpint (golf_kept_shots_get_verdict (kept, 8), ==, GOLF_SHOT_VERDICT_NO_CARRY);
  g_assert_cmpuint (golf_kept_shots_get_n_set_aside (kept), ==, 3);
  g_assert_cmpuint (golf_kept_shots_get_n_kept (kept), ==, 5);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfKeptShots) kept = judge_shots (shots);

  g_assert_cmpuint (golf_kept_shots_get_n (kept), ==, 0);
  g_assert_cmpuint (golf_kept_shots_get_n_kept (kept), ==, 0);
  g_assert_cmpstr (golf_shot_verdict_get_name (GOLF_SHOT_VERDICT_SET_ASIDE_SMASH), ==,
                   "smash factor out of range");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/kept/tukey", test_tukey_planted_mishit);
  g_test_add_func ("/analysis/kept/smash", test_smash_rule);
  g_test_add_func ("/analysis/kept/fence-boundary", test_fence_boundary);
  g_test_add_func ("/analysis/kept/fences-need-four", test_fences_need_four);
  g_test_add_func ("/analysis/kept/per-session-and-club", test_per_session_and_club);
  g_test_add_func ("/analysis/kept/player-verdict", test_player_verdict);
  g_test_add_func ("/analysis/kept/empty", test_empty);

  return g_test_run ();
}
