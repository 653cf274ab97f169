/* test-shot.c: one shot, its absent measurements and its club name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-shot"

#include <math.h>

#include "golf-club-name.h"
#include "golf-shot.h"

#define EPSILON 1e-9

static void
test_absent_by_default (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("r1_10_1", "r1");

  g_assert_cmpstr (golf_shot_get_id (shot), ==, "r1_10_1");
  g_assert_cmpstr (golf_shot_get_session_id (shot), ==, "r1");
  g_assert_null (golf_shot_get_club (shot));

  /* Never 0: a missing carry must not drag an average down. */
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      g_assert_true (isnan (golf_shot_get (shot, i)));
      g_assert_false (golf_shot_has (shot, i));
    }
}

static void
test_has (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");

  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 150.25);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, 0.0);

  g_assert_true (golf_shot_has (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE));
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 150.25);
  /* A measured 0 is a measurement. */
  g_assert_true (golf_shot_has (shot, GOLF_SHOT_FIELD_CLUB_PATH));
  g_assert_false (golf_shot_has (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE));

  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, NAN);
  g_assert_false (golf_shot_has (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE));
}

static void
test_infinity_is_absent (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, INFINITY);
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_SPIN, -INFINITY);

  g_assert_false (golf_shot_has (shot, GOLF_SHOT_FIELD_BALL_SPEED));
  g_assert_true (isnan (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED)));
  g_assert_false (golf_shot_has (shot, GOLF_SHOT_FIELD_SIDE_SPIN));

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 60);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, INFINITY);
  g_assert_false (golf_shot_has (shot, GOLF_SHOT_FIELD_BALL_SPEED));
}

static void
test_properties_match_getters (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");
  double carry = 0, ball_speed = 0, side_distance = 0, smash = 0;
  g_autofree char *club = NULL;

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    golf_shot_set (shot, i, 1.5 * i + 4);
  golf_shot_set_club (shot, "7 Iron");

  /* Every field is a property named like its column, dashed. */
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (golf_shot_field_get_name (i)), "_", '-');
      double value = NAN;

      g_object_get (shot, name, &value, NULL);
      g_assert_cmpfloat (value, ==, golf_shot_get (shot, i));
    }

  g_object_get (shot,
                "carry-distance", &carry,
                "ball-speed", &ball_speed,
                "side-distance", &side_distance,
                "smash", &smash,
                "club", &club,
                NULL);
  g_assert_cmpfloat (carry, ==, golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE));
  g_assert_cmpfloat (ball_speed, ==, 4.0);
  g_assert_cmpfloat (side_distance, ==, golf_shot_get (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE));
  g_assert_cmpfloat_with_epsilon (smash, golf_shot_get_smash (shot), EPSILON);
  g_assert_cmpstr (club, ==, "7 Iron");

  g_object_set (shot, "carry-distance", 171.5, NULL);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 171.5);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_notify_on_change_only (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");
  guint carry_count = 0;
  guint club_count = 0;

  g_signal_connect (shot, "notify::carry-distance", G_CALLBACK (count_cb), &carry_count);
  g_signal_connect (shot, "notify::club", G_CALLBACK (count_cb), &club_count);

  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 150);
  g_assert_cmpuint (carry_count, ==, 1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 150);
  g_assert_cmpuint (carry_count, ==, 1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, NAN);
  g_assert_cmpuint (carry_count, ==, 2);
  /* Absent stays absent, however it is spelled. */
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, NAN);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, INFINITY);
  g_assert_cmpuint (carry_count, ==, 2);
  g_object_set (shot, "carry-distance", 140.0, NULL);
  g_assert_cmpuint (carry_count, ==, 3);

  /* Another field leaves this one quiet. */
  golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 160);
  g_assert_cmpuint (carry_count, ==, 3);

  golf_shot_set_club (shot, "Driver");
  golf_shot_set_club (shot, "Driver");
  g_assert_cmpuint (club_count, ==, 1);
  golf_shot_set_club (shot, NULL);
  g_assert_cmpuint (club_count, ==, 2);
}

static void
test_smash (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 70);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 50);
  g_assert_cmpfloat_with_epsilon (golf_shot_get_smash (shot), 1.4, EPSILON);

  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 0);
  g_assert_true (isnan (golf_shot_get_smash (shot)));

  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, NAN);
  g_assert_true (isnan (golf_shot_get_smash (shot)));

  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 50);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, NAN);
  g_assert_true (isnan (golf_shot_get_smash (shot)));

  /* The ball was missed: no smash factor, not one of 0. */
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 0);
  g_assert_true (isnan (golf_shot_get_smash (shot)));
}

/* A card bound to a derived value follows either of its inputs. */
static void
test_derived_notify (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");
  guint smash_count = 0;
  guint face_to_path_count = 0;

  g_signal_connect (shot, "notify::smash", G_CALLBACK (count_cb), &smash_count);
  g_signal_connect (shot, "notify::face-to-path", G_CALLBACK (count_cb), &face_to_path_count);

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 70);
  g_assert_cmpuint (smash_count, ==, 1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 50);
  g_assert_cmpuint (smash_count, ==, 2);
  g_assert_cmpuint (face_to_path_count, ==, 0);

  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 2);
  g_assert_cmpuint (face_to_path_count, ==, 1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1);
  g_assert_cmpuint (face_to_path_count, ==, 2);
  g_assert_cmpuint (smash_count, ==, 2);
}

static void
test_face_to_path (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");
  double value = 0;

  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 2.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1.5);
  /* Face open to an in-to-out path: positive, a fade for a right-hander. */
  g_assert_cmpfloat_with_epsilon (golf_shot_get_face_to_path (shot), 3.5, EPSILON);
  g_object_get (shot, "face-to-path", &value, NULL);
  g_assert_cmpfloat_with_epsilon (value, 3.5, EPSILON);

  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, NAN);
  g_assert_true (isnan (golf_shot_get_face_to_path (shot)));
}

static void
test_strike_distance (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("s", "r1");

  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, -3);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, 4);
  g_assert_cmpfloat_with_epsilon (golf_shot_get_strike_distance (shot), 5.0, EPSILON);

  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, NAN);
  g_assert_true (isnan (golf_shot_get_strike_distance (shot)));
}

static void
test_club_names (void)
{
  static const struct { const char *code; const char *name; } cases[] = {
    { "DRIVER", "Driver" },
    { "WOOD3", "3 Wood" },
    { "HYBRID4", "4 Hybrid" },
    { "IRON7", "7 Iron" },
    { "WEDGE_PITCHING", "PW" },
    { "WEDGE_50", "50° Wedge" },
    { "WEDGE_56", "56° Wedge" },
    { "PUTTER", "Putter" },
    { "iron7", "7 Iron" },
    { "driver", "Driver" },
    { "MY_FAVOURITE_CHIPPER", "MY_FAVOURITE_CHIPPER" },
    { "Grandad's Mashie", "Grandad's Mashie" },
    { "  IRON9 ", "9 Iron" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = golf_club_canonical_name (cases[i].code);

      g_assert_cmpstr (name, ==, cases[i].name);
    }

  g_assert_null (golf_club_canonical_name (""));
  g_assert_null (golf_club_canonical_name ("   "));
  g_assert_null (golf_club_canonical_name (NULL));
}

static void
test_field_names (void)
{
  GolfShotField field = GOLF_SHOT_N_FIELDS;

  g_assert_cmpstr (golf_shot_field_get_name (GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, "carry_distance");
  g_assert_true (golf_shot_field_from_name ("side_distance", &field));
  g_assert_cmpint (field, ==, GOLF_SHOT_FIELD_SIDE_DISTANCE);
  g_assert_false (golf_shot_field_from_name ("carry", &field));

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      g_assert_true (golf_shot_field_from_name (golf_shot_field_get_name (i), &field));
      g_assert_cmpint (field, ==, i);
    }
}

static void
test_copy_is_independent (void)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("r1_10_1", "r1");
  g_autoptr(GolfShot) copy = NULL;

  golf_shot_set_club (shot, "7 Iron");
  golf_shot_set_shot_type (shot, "draw");
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 150);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LIE_ANGLE, 1.5);
  golf_shot_set_estimated (shot, GOLF_SHOT_FIELD_LIE_ANGLE, TRUE);
  golf_shot_set_tags (shot, (const char *[]) { "drill", "mishit", NULL });
  golf_shot_set_comment (shot, "toe strike");

  copy = golf_shot_copy (shot);
  g_assert_true (copy != shot);
  g_assert_cmpstr (golf_shot_get_id (copy), ==, "r1_10_1");
  g_assert_cmpstr (golf_shot_get_session_id (copy), ==, "r1");
  g_assert_cmpstr (golf_shot_get_club (copy), ==, "7 Iron");
  g_assert_cmpstr (golf_shot_get_shot_type (copy), ==, "draw");
  g_assert_true (golf_shot_is_estimated (copy, GOLF_SHOT_FIELD_LIE_ANGLE));
  g_assert_cmpstrv (golf_shot_get_tags (copy), ((const char *[]) { "drill", "mishit", NULL }));
  g_assert_cmpint (golf_shot_get_set_aside (copy), ==, GOLF_SET_ASIDE_YES);
  g_assert_cmpstr (golf_shot_get_comment (copy), ==, "toe strike");
  g_assert_true (golf_shot_get_annotated (copy));
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      double a = golf_shot_get (shot, i);
      double b = golf_shot_get (copy, i);

      g_assert_true (a == b || (isnan (a) && isnan (b)));
    }

  golf_shot_set_club (shot, "Driver");
  golf_shot_set_session_id (shot, "r2");
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 230);
  golf_shot_set (shot, GOLF_SHOT_FIELD_APEX, 30);

  g_assert_cmpstr (golf_shot_get_club (copy), ==, "7 Iron");
  g_assert_cmpstr (golf_shot_get_session_id (copy), ==, "r1");
  g_assert_cmpfloat (golf_shot_get (copy, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 150);
  g_assert_false (golf_shot_has (copy, GOLF_SHOT_FIELD_APEX));

  golf_shot_set_tags (shot, NULL);
  g_assert_cmpstrv (golf_shot_get_tags (copy), ((const char *[]) { "drill", "mishit", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shot/absent-by-default", test_absent_by_default);
  g_test_add_func ("/shot/has", test_has);
  g_test_add_func ("/shot/infinity-is-absent", test_infinity_is_absent);
  g_test_add_func ("/shot/properties", test_properties_match_getters);
  g_test_add_func ("/shot/notify", test_notify_on_change_only);
  g_test_add_func ("/shot/derived/smash", test_smash);
  g_test_add_func ("/shot/derived/notify", test_derived_notify);
  g_test_add_func ("/shot/derived/face-to-path", test_face_to_path);
  g_test_add_func ("/shot/derived/strike-distance", test_strike_distance);
  g_test_add_func ("/shot/club-names", test_club_names);
  g_test_add_func ("/shot/field-names", test_field_names);
  g_test_add_func ("/shot/copy", test_copy_is_independent);

  return g_test_run ();
}
