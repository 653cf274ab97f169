/* test-format.c: how every number reads, in both unit systems
 *
 * The formatter is GTK-free; this program links the drawing library only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include <math.h>

#include "golf-format.h"

static void
assert_text (char       *text,
             const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_numbers (void)
{
  /* A value that rounds to zero never reads "-0.0". */
  assert_text (golf_format_number (-0.04, 1), "0.0");
  assert_text (golf_format_number (-0.06, 1), "−0.1");
  assert_text (golf_format_signed (-0.04, 1), "0.0");
  assert_text (golf_format_signed (0.06, 1), "+0.1");
  assert_text (golf_format_angle (-0.01), "0.0°");
  assert_text (golf_format_angle (-1.26), "−1.3°");

  /* Not measured is a dash, never 0. */
  assert_text (golf_format_number (NAN, 1), "—");
  assert_text (golf_format_number (INFINITY, 1), "—");
  assert_text (golf_format_value_with_unit (GOLF_UNIT_DISTANCE, NAN, GOLF_UNITS_IMPERIAL), "—");
  assert_text (golf_format_angle (NAN), "—");
  assert_text (golf_format_spread (GOLF_UNIT_ANGLE, NAN, GOLF_UNITS_IMPERIAL), "");
}

static void
test_units (void)
{
  assert_text (golf_format_value_with_unit (GOLF_UNIT_DISTANCE, 100, GOLF_UNITS_IMPERIAL), "109.4 yd");
  assert_text (golf_format_value_with_unit (GOLF_UNIT_DISTANCE, 100, GOLF_UNITS_METRIC), "100.0 m");
  assert_text (golf_format_value_with_unit (GOLF_UNIT_SPEED, 50, GOLF_UNITS_IMPERIAL), "111.8 mph");
  assert_text (golf_format_value_with_unit (GOLF_UNIT_SPEED, 50, GOLF_UNITS_METRIC), "50.0 m/s");
  assert_text (golf_format_value_with_unit (GOLF_UNIT_ANGLE, 2.5, GOLF_UNITS_IMPERIAL), "2.5°");
  assert_text (golf_format_spread (GOLF_UNIT_DISTANCE, 4, GOLF_UNITS_IMPERIAL), "± 4.4 yd");

  /* Shot fields: spin in rpm, lateral signed, apex in yards too. */
  assert_text (golf_format_shot_field (GOLF_SHOT_FIELD_BACK_SPIN, 6500.4, GOLF_UNITS_IMPERIAL), "6500");
  assert_text (golf_format_shot_field (GOLF_SHOT_FIELD_SIDE_SPIN, -300, GOLF_UNITS_IMPERIAL), "−300");
  assert_text (golf_format_shot_field (GOLF_SHOT_FIELD_SIDE_DISTANCE, 3.2, GOLF_UNITS_IMPERIAL), "+3.5");
  assert_text (golf_format_shot_field (GOLF_SHOT_FIELD_APEX, 30, GOLF_UNITS_IMPERIAL), "32.8");
  assert_text (golf_format_shot_field (GOLF_SHOT_FIELD_CARRY_DISTANCE, NAN, GOLF_UNITS_IMPERIAL), "—");
  g_assert_cmpstr (golf_format_shot_field_unit (GOLF_SHOT_FIELD_BACK_SPIN, GOLF_UNITS_IMPERIAL), ==, "rpm");
  g_assert_cmpstr (golf_format_shot_field_unit (GOLF_SHOT_FIELD_APEX, GOLF_UNITS_METRIC), ==, "m");
  g_assert_cmpstr (golf_format_shot_field_unit (GOLF_SHOT_FIELD_BALL_SPEED, GOLF_UNITS_IMPERIAL), ==, "mph");
}

static void
test_words (void)
{
  /* A face pointing right is open for a right-hander, closed for a left-hander. */
  g_assert_cmpstr (golf_format_face_angle_words (2, GOLF_HAND_RIGHT), ==, "open, pointing right");
  g_assert_cmpstr (golf_format_face_angle_words (2, GOLF_HAND_LEFT), ==, "closed, pointing right");
  g_assert_cmpstr (golf_format_face_angle_words (-2, GOLF_HAND_RIGHT), ==, "closed, pointing left");
  g_assert_cmpstr (golf_format_face_angle_words (0.04, GOLF_HAND_RIGHT), ==, "square to the target");
  g_assert_cmpstr (golf_format_face_angle_words (NAN, GOLF_HAND_RIGHT), ==, "");

  /* A path to the right is in-to-out for a right-hander. */
  g_assert_cmpstr (golf_format_club_path_words (3, GOLF_HAND_RIGHT), ==, "in-to-out, swinging right");
  g_assert_cmpstr (golf_format_club_path_words (3, GOLF_HAND_LEFT), ==, "out-to-in, swinging right");
  g_assert_cmpstr (golf_format_club_path_words (-3, GOLF_HAND_RIGHT), ==, "out-to-in, swinging left");

  /* Face right of the path curves right: a fade for one hand, a draw for the other. */
  g_assert_cmpstr (golf_format_face_to_path_words (1.5, GOLF_HAND_RIGHT), ==, "open to the path: fades right");
  g_assert_cmpstr (golf_format_face_to_path_words (1.5, GOLF_HAND_LEFT), ==, "closed to the path: draws right");
  g_assert_cmpstr (golf_format_face_to_path_words (-1.5, GOLF_HAND_RIGHT), ==, "closed to the path: draws left");
}

static void
test_dates_and_clubs (void)
{
  assert_text (golf_format_date ("2026-11-24"), "Tue 24 Nov 2026");
  assert_text (golf_format_date ("2026-11-24T18:30:00Z"), "Tue 24 Nov 2026");
  assert_text (golf_format_date (NULL), "Undated");
  assert_text (golf_format_date ("someday"), "someday");
  assert_text (golf_format_shot_count (1), "1 shot");
  assert_text (golf_format_shot_count (24), "24 shots");

  assert_text (golf_format_clubs_in_bag_order ("PW, Driver, 7 Iron, 5 Iron"), "Driver, 5 Iron, 7 Iron, PW");
  assert_text (golf_format_clubs_in_bag_order (""), "");
  assert_text (golf_format_clubs_in_bag_order (NULL), "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/numbers", test_numbers);
  g_test_add_func ("/format/units", test_units);
  g_test_add_func ("/format/words", test_words);
  g_test_add_func ("/format/dates-and-clubs", test_dates_and_clubs);

  return g_test_run ();
}
