/* test-analysis-gapping.c: true distances and gaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-club-summary.h"
#include "golf-gapping.h"
#include "golf-test-analysis.h"

/* Driver 230–250 over two sessions, a 7 Iron with a planted mishit and a
 * smash misread, a 9 Iron as long as the 7 Iron, a one-shot PW, a 3 Wood
 * without any carry and a shot without a club. */
static GPtrArray *
make_bag (void)
{
  GPtrArray *shots = g_ptr_array_new_with_free_func (g_object_unref);
  const double driver_1[] = { 230, 240, 250 };
  const double driver_2[] = { 235, 245 };
  const double iron_7[] = { 150, 152, 148, 120, 151, 149, 153, 147 };
  GolfShot *shot;

  golf_test_carry_shots (shots, "s1", "Driver", driver_1, 3);
  golf_test_carry_shots (shots, "s2", "Driver", driver_2, 2);
  golf_test_carry_shots (shots, "s1", "7 Iron", iron_7, G_N_ELEMENTS (iron_7));
  shot = golf_test_carry_shot (shots, "s1", "7 Iron", 151);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 70);
  golf_test_carry_shot (shots, "s1", "9 Iron", 150);
  golf_test_carry_shot (shots, "s1", "PW", 110);
  golf_test_carry_shot (shots, "s1", "3 Wood", NAN);
  golf_test_carry_shot (shots, "s1", "3 Wood", 0);
  golf_test_carry_shot (shots, "s1", NULL, 180);

  /* Totals: 20 m of roll, except one missing and one 0 on the Driver. */
  for (guint i = 0; i < shots->len; i++)
    golf_shot_set (g_ptr_array_index (shots, i), GOLF_SHOT_FIELD_TOTAL_DISTANCE,
                   golf_shot_get (g_ptr_array_index (shots, i), GOLF_SHOT_FIELD_CARRY_DISTANCE) + 20);
  golf_shot_set (g_ptr_array_index (shots, 0), GOLF_SHOT_FIELD_TOTAL_DISTANCE, NAN);
  golf_shot_set (g_ptr_array_index (shots, 1), GOLF_SHOT_FIELD_TOTAL_DISTANCE, 0);

  return shots;
}

static const GolfGappingClub *
find_club (GolfGapping *gapping,
           const char  *name)
{
  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    if (g_strcmp0 (golf_gapping_get_club (gapping, i)->club, name) == 0)
      return golf_gapping_get_club (gapping, i);

  g_error ("no club %s", name);
}

static void
test_gapping_bag (void)
{
  g_autoptr(GPtrArray) shots = make_bag ();
  g_autoptr(GolfShotTable) table = golf_test_table (shots);
  g_autoptr(GolfGapping) gapping = golf_gapping_compute (table);
  const char *order[] = { "Driver", "7 Iron", "9 Iron", "PW", "3 Wood" };
  const GolfGappingClub *club;

  g_assert_cmpuint (golf_gapping_get_n_clubs (gapping), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (golf_gapping_get_club (gapping, i)->club, ==, order[i]);
  g_assert_cmpuint (golf_gapping_get_n (gapping), ==, 5 + 7 + 1 + 1);

  /* Driver pooled: 230 235 240 245 250; totals 260 265 270 (the others absent or 0). */
  club = find_club (gapping, "Driver");
  g_assert_cmpuint (club->n, ==, 5);
  g_assert_cmpuint (club->set_aside, ==, 0);
  g_assert_cmpfloat (club->median_carry, ==, 240);
  g_assert_cmpfloat (club->q1_carry, ==, 235);
  g_assert_cmpfloat (club->q3_carry, ==, 245);
  g_assert_cmpfloat (club->median_total, ==, 265);
  g_assert_cmpint (club->confidence, ==, GOLF_CONFIDENCE_MEDIUM);
  g_assert_cmpfloat (club->gap_to_next, ==, 90);
  g_assert_false (club->overlap);
  g_assert_true (club->wide_gap);

  /* 7 Iron kept: 147 … 153 (7 shots), 120 and the smash misread set aside. */
  club = find_club (gapping, "7 Iron");
  g_assert_cmpuint (club->n, ==, 7);
  g_assert_cmpuint (club->set_aside, ==, 2);
  g_assert_cmpfloat (club->median_carry, ==, 150);
  g_assert_cmpfloat (club->q1_carry, ==, 148.5);
  g_assert_cmpfloat (club->q3_carry, ==, 151.5);
  g_assert_cmpfloat (club->median_total, ==, 170);
  g_assert_cmpfloat (club->gap_to_next, ==, 0);
  g_assert_true (club->overlap);
  g_assert_false (club->wide_gap);

  /* Gaps 90, 0, 40: median 40, wide above 60. */
  g_assert_cmpfloat (golf_gapping_get_median_gap (gapping), ==, 40);
  club = find_club (gapping, "9 Iron");
  g_assert_cmpfloat (club->gap_to_next, ==, 40);
  g_assert_false (club->overlap);
  g_assert_false (club->wide_gap);

  /* One shot: its quartiles are itself; the last club with a carry has no gap. */
  club = find_club (gapping, "PW");
  g_assert_cmpuint (club->n, ==, 1);
  g_assert_cmpfloat (club->q1_carry, ==, 110);
  g_assert_cmpfloat (club->q3_carry, ==, 110);
  g_assert_cmpint (club->confidence, ==, GOLF_CONFIDENCE_LOW);
  golf_test_assert_nan (club->gap_to_next);
  g_assert_false (club->overlap);
  g_assert_false (club->wide_gap);

  /* All carries missing: listed, empty, last. */
  club = find_club (gapping, "3 Wood");
  g_assert_cmpuint (club->n, ==, 0);
  golf_test_assert_nan (club->median_carry);
  golf_test_assert_nan (club->median_total);
  golf_test_assert_nan (club->gap_to_next);
}

static void
test_confidence (void)
{
  g_assert_cmpint (golf_confidence_for_n (0), ==, GOLF_CONFIDENCE_LOW);
  g_assert_cmpint (golf_confidence_for_n (4), ==, GOLF_CONFIDENCE_LOW);
  g_assert_cmpint (golf_confidence_for_n (5), ==, GOLF_CONFIDENCE_MEDIUM);
  g_assert_cmpint (golf_confidence_for_n (9), ==, GOLF_CONFIDENCE_MEDIUM);
  g_assert_cmpint (golf_confidence_for_n (10), ==, GOLF_CONFIDENCE_HIGH);
  g_assert_cmpstr (golf_confidence_get_name (GOLF_CONFIDENCE_HIGH), ==, "high");
}

static void
test_gapping_empty (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotTable) table = golf_test_table (shots);
  g_autoptr(GolfGapping) gapping = golf_gapping_compute (table);

  g_assert_cmpuint (golf_gapping_get_n_clubs (gapping), ==, 0);
  g_assert_cmpuint (golf_gapping_get_n (gapping), ==, 0);
  golf_test_assert_nan (golf_gapping_get_median_gap (gapping));
}

/* Read back from a database file, deleted shots left out, the same answer. */
static void
test_gapping_from_store (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GPtrArray) shots = make_bag ();
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfShotTable) from_shots = NULL;
  g_autoptr(GolfShotTable) from_store = NULL;
  g_autoptr(GolfGapping) expected = NULL;
  g_autoptr(GolfGapping) read = NULL;
  g_autoptr(GError) error = NULL;
  const char *sessions[] = { "s1", "s2", NULL };
  const char *only_s2[] = { "s2", NULL };

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  golf_test_carry_shot (shots, "s1", "4 Hybrid", 190);
  golf_store_save_shots (store, NULL, shots, &error);
  g_assert_no_error (error);
  golf_store_delete_shot (store, golf_shot_get_id (g_ptr_array_index (shots, shots->len - 1)), &error);
  g_assert_no_error (error);
  g_ptr_array_remove_index (shots, shots->len - 1);
  /* The player sets a Driver aside, in the store and in memory alike. */
  golf_store_set_shot_set_aside (store, golf_shot_get_id (g_ptr_array_index (shots, 0)),
                                 GOLF_SET_ASIDE_YES, &error);
  g_assert_no_error (error);
  golf_shot_set_set_aside (g_ptr_array_index (shots, 0), GOLF_SET_ASIDE_YES);

  from_store = golf_shot_table_read_carries (store, sessions, &error);
  g_assert_no_error (error);
  from_shots = golf_test_table (shots);
  g_assert_cmpuint (golf_shot_table_get_n_rows (from_store), ==, shots->len);
  g_assert_null (golf_shot_table_get_row (from_store, 0)->id);

  expected = golf_gapping_compute (from_shots);
  read = golf_gapping_compute (from_store);
  g_assert_cmpstr (golf_gapping_get_club (read, 0)->club, ==, "Driver");
  g_assert_cmpuint (golf_gapping_get_club (read, 0)->n, ==, 4);
  g_assert_cmpuint (golf_gapping_get_club (read, 0)->set_aside, ==, 1);
  g_assert_cmpuint (golf_gapping_get_n_clubs (read), ==, golf_gapping_get_n_clubs (expected));
  for (guint i = 0; i < golf_gapping_get_n_clubs (read); i++)
    {
      const GolfGappingClub *a = golf_gapping_get_club (expected, i);
      const GolfGappingClub *b = golf_gapping_get_club (read, i);

      g_assert_cmpstr (a->club, ==, b->club);
      g_assert_cmpuint (a->n, ==, b->n);
      g_assert_cmpuint (a->set_aside, ==, b->set_aside);
      g_assert_true (a->median_carry == b->median_carry || (isnan (a->median_carry) && isnan (b->median_carry)));
      g_assert_true (a->median_total == b->median_total || (isnan (a->median_total) && isnan (b->median_total)));
    }

  g_clear_pointer (&from_store, golf_shot_table_unref);
  from_store = golf_shot_table_read (store, only_s2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_shot_table_get_n_rows (from_store), ==, 2);
  g_assert_cmpstr (golf_shot_table_get_row (from_store, 0)->session_id, ==, "s2");
  g_assert_cmpstr (golf_shot_table_get_row (from_store, 1)->club, ==, "Driver");
  g_assert_cmpstr (golf_shot_table_get_row (from_store, 1)->id, ==, "s2_4");
  g_assert_cmpfloat (golf_shot_table_get_row (from_store, 1)->carry, ==, 245);
}

/* One club's numbers as the dashboard shows them: the planted mishit and
 * a shot the golfer set aside leave the quartiles and means; all clubs
 * together take every kept carry. */
static void
test_club_summary (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  const double iron_7[] = { 140, 145, 150, 155, 160, 100 };
  const double driver[] = { 200, 220 };
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfKeptShots) kept = NULL;
  g_autoptr(GolfGapping) gapping = NULL;
  GolfClubSummary iron = { 0 }, all = { 0 };
  GolfShot *shot;

  golf_test_carry_shots (shots, "s1", "7 Iron", iron_7, G_N_ELEMENTS (iron_7));
  shot = golf_test_carry_shot (shots, "s1", "7 Iron", 150);
  golf_shot_set_set_aside (shot, GOLF_SET_ASIDE_YES);
  golf_test_carry_shots (shots, "s1", "Driver", driver, G_N_ELEMENTS (driver));
  table = golf_test_table (shots);
  kept = golf_kept_shots_new (table);
  gapping = golf_gapping_compute (table);

  golf_club_summary_compute (&iron, table, kept, gapping, "7 Iron");
  g_assert_cmpstr (iron.club, ==, "7 Iron");
  g_assert_cmpuint (iron.n, ==, 7);
  g_assert_cmpuint (iron.n_kept, ==, 5);
  g_assert_cmpuint (iron.n_set_aside, ==, 2);
  g_assert_cmpfloat_with_epsilon (iron.median_carry, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (iron.q1_carry, 145, 1e-9);
  g_assert_cmpfloat_with_epsilon (iron.q3_carry, 155, 1e-9);
  g_assert_cmpfloat_with_epsilon (iron.best_carry, 160, 1e-9);
  g_assert_cmpfloat_with_epsilon (iron.mean[GOLF_SHOT_METRIC_CARRY], 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (iron.std[GOLF_SHOT_METRIC_CARRY], sqrt (62.5), 1e-9);
  g_assert_cmpstr (iron.next_club, ==, NULL);

  golf_club_summary_compute (&all, table, kept, gapping, NULL);
  g_assert_null (all.club);
  g_assert_cmpuint (all.n, ==, 9);
  g_assert_cmpuint (all.n_kept, ==, 7);
  g_assert_cmpfloat_with_epsilon (all.median_carry, 155, 1e-9);
  g_assert_cmpfloat_with_epsilon (all.best_carry, 220, 1e-9);
  g_assert_cmpstr (all.best_carry_club, ==, "Driver");

  golf_club_summary_clear (&iron);
  golf_club_summary_clear (&all);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/gapping/bag", test_gapping_bag);
  g_test_add_func ("/analysis/gapping/club-summary", test_club_summary);
  g_test_add_func ("/analysis/gapping/confidence", test_confidence);
  g_test_add_func ("/analysis/gapping/empty", test_gapping_empty);
  g_test_add_func ("/analysis/gapping/from-store", test_gapping_from_store);

  return g_test_run ();
}
