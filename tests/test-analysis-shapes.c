/* test-analysis-shapes.c: shot shape names for both hands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-shot-shapes.h"
#include "golf-test-analysis.h"

static const double faces[GOLF_N_STARTS] = { -3, 0, 3 };
static const double face_to_paths[GOLF_N_CURVES] = { -7, -4, 0, 4, 7 };

static const char * const right_handed[GOLF_N_STARTS][GOLF_N_CURVES] = {
  { "pull hook", "pull draw", "pull", "pull fade", "pull slice" },
  { "straight hook", "straight draw", "straight", "straight fade", "straight slice" },
  { "push hook", "push draw", "push", "push fade", "push slice" },
};

/* The same club delivery, swung left-handed, is the mirror image. */
static const char * const left_handed[GOLF_N_STARTS][GOLF_N_CURVES] = {
  { "push slice", "push fade", "push", "push draw", "push hook" },
  { "straight slice", "straight fade", "straight", "straight draw", "straight hook" },
  { "pull slice", "pull fade", "pull", "pull draw", "pull hook" },
};

static GolfShot *
add_delivery (GPtrArray  *shots,
              const char *club,
              double      face,
              double      face_to_path)
{
  GolfShot *shot = golf_test_carry_shot (shots, "s1", club, 150);

  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, face);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, face - face_to_path);

  return shot;
}

static GolfShotShapes *
shape (GPtrArray *shots,
       GolfHand   hand)
{
  g_autoptr(GolfShotTable) table = golf_test_table (shots);

  return golf_shot_shapes_compute (table, hand);
}

static const char *
shape_of (const GolfShotShapes *shapes,
          guint                 index)
{
  const GolfShapedShot *shot = golf_shot_shapes_get_shot (shapes, index);

  return golf_shot_shape_get_name (shot->start, shot->curve);
}

static void
check_every_name (GolfHand            hand,
                  const char * const  names[GOLF_N_STARTS][GOLF_N_CURVES])
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotShapes) shapes = NULL;

  for (guint s = 0; s < GOLF_N_STARTS; s++)
    for (guint c = 0; c < GOLF_N_CURVES; c++)
      add_delivery (shots, "7 Iron", faces[s], face_to_paths[c]);

  shapes = shape (shots, hand);
  g_assert_cmpuint (golf_shot_shapes_get_n (shapes), ==, GOLF_N_STARTS * GOLF_N_CURVES);
  g_assert_cmpint (golf_shot_shapes_get_hand (shapes), ==, hand);

  for (guint s = 0; s < GOLF_N_STARTS; s++)
    for (guint c = 0; c < GOLF_N_CURVES; c++)
      g_assert_cmpstr (shape_of (shapes, s * GOLF_N_CURVES + c), ==, names[s][c]);
}

static void
test_right_handed (void)
{
  check_every_name (GOLF_HAND_RIGHT, right_handed);
}

static void
test_left_handed (void)
{
  check_every_name (GOLF_HAND_LEFT, left_handed);
}

/* Exactly on a threshold is the inner band. */
static void
test_boundaries (void)
{
  const struct { const char *club; double face, face_to_path; const char *shape; } cases[] = {
    { "7 Iron", 2, 0, "straight" },
    { "7 Iron", -2, 0, "straight" },
    { "7 Iron", 2.01, 0, "push" },
    { "7 Iron", 0, 2, "straight" },
    { "7 Iron", 0, -2, "straight" },
    { "7 Iron", 0, 2.5, "straight fade" },
    { "7 Iron", 0, 6, "straight fade" },
    { "7 Iron", 0, -6, "straight draw" },
    { "7 Iron", 0, 6.5, "straight slice" },
    { "Driver", -2.5, -6.5, "pull hook" },
    /* Wedges and PW: 3° and 8°. */
    { "PW", 0, 2.5, "straight" },
    { "PW", 0, 3, "straight" },
    { "PW", 0, -3.5, "straight draw" },
    { "SW", 0, 8, "straight fade" },
    { "56° Wedge", 0, -8, "straight draw" },
    { "56° Wedge", 0, -8.5, "straight hook" },
    { "LW", 3, 8.5, "push slice" },
  };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotShapes) shapes = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    add_delivery (shots, cases[i].club, cases[i].face, cases[i].face_to_path);

  shapes = shape (shots, GOLF_HAND_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s face %.2f f2p %.2f", cases[i].club, cases[i].face, cases[i].face_to_path);
      g_assert_cmpstr (shape_of (shapes, i), ==, cases[i].shape);
    }
}

static void
test_shares (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotShapes) shapes = NULL;
  const GolfShapeClub *club;
  GolfShot *shot;

  add_delivery (shots, "7 Iron", 3, 4);
  add_delivery (shots, "7 Iron", 3, 3);
  add_delivery (shots, "7 Iron", 0, 0);
  add_delivery (shots, "7 Iron", -3, -9);
  shot = golf_test_carry_shot (shots, "s1", "7 Iron", 150);       /* no face: no shape */
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, 1);
  add_delivery (shots, "Driver", 0, 0);
  golf_test_carry_shot (shots, "s1", "Putter", 2);
  add_delivery (shots, NULL, 0, 0);

  shapes = shape (shots, GOLF_HAND_RIGHT);

  g_assert_cmpuint (golf_shot_shapes_get_n (shapes), ==, 6);
  g_assert_cmpstr (golf_shot_shapes_get_shot (shapes, 4)->club, ==, "Driver");
  g_assert_cmpstr (golf_shot_shapes_get_shot (shapes, 5)->club, ==, "");

  g_assert_cmpuint (golf_shot_shapes_get_n_clubs (shapes), ==, 3);
  club = golf_shot_shapes_get_club (shapes, 0);
  g_assert_cmpstr (club->club, ==, "Driver");
  g_assert_cmpuint (club->n, ==, 1);
  g_assert_cmpfloat (golf_shape_club_get_share (club, GOLF_START_STRAIGHT, GOLF_CURVE_STRAIGHT), ==, 1);

  club = golf_shot_shapes_get_club (shapes, 1);
  g_assert_cmpstr (club->club, ==, "7 Iron");
  g_assert_cmpuint (club->n, ==, 4);
  g_assert_cmpfloat (golf_shape_club_get_share (club, GOLF_START_PUSH, GOLF_CURVE_FADE), ==, 0.5);
  g_assert_cmpfloat (golf_shape_club_get_share (club, GOLF_START_STRAIGHT, GOLF_CURVE_STRAIGHT), ==, 0.25);
  g_assert_cmpfloat (golf_shape_club_get_share (club, GOLF_START_PULL, GOLF_CURVE_HOOK), ==, 0.25);
  g_assert_cmpfloat (golf_shape_club_get_share (club, GOLF_START_PULL, GOLF_CURVE_DRAW), ==, 0);

  club = golf_shot_shapes_get_club (shapes, 2);
  g_assert_cmpstr (club->club, ==, "Putter");
  g_assert_cmpuint (club->n, ==, 0);
  golf_test_assert_nan (golf_shape_club_get_share (club, GOLF_START_STRAIGHT, GOLF_CURVE_STRAIGHT));
}

static void
test_classify (void)
{
  GolfShapeThresholds thresholds;
  GolfStartLine start;
  GolfCurve curve;

  golf_shape_thresholds_for_club ("PW", &thresholds);
  g_assert_cmpfloat (thresholds.start, ==, 2);
  g_assert_cmpfloat (thresholds.curve, ==, 3);
  g_assert_cmpfloat (thresholds.severe, ==, 8);
  golf_shape_thresholds_for_club ("3 Wood", &thresholds);
  g_assert_cmpfloat (thresholds.curve, ==, 2);
  g_assert_cmpfloat (thresholds.severe, ==, 6);

  g_assert_false (golf_shot_shape_classify (NAN, 1, GOLF_HAND_RIGHT, &thresholds, &start, &curve));
  g_assert_false (golf_shot_shape_classify (1, NAN, GOLF_HAND_LEFT, &thresholds, &start, &curve));
  g_assert_true (golf_shot_shape_classify (-2.5, 0, GOLF_HAND_LEFT, &thresholds, &start, &curve));
  g_assert_cmpstr (golf_start_line_get_name (start), ==, "push");
  g_assert_cmpstr (golf_curve_get_name (curve), ==, "straight");
}

/* Thresholds the golfer chose replace the usual ones, each on its side:
 * clubs and wedges. */
static void
test_chosen_thresholds (void)
{
  const GolfShapeThresholds clubs = { 4.0, 1.0, 3.0 };
  const GolfShapeThresholds wedges = { 1.0, 5.0, 10.0 };
  const GolfShapeThresholds backwards = { 2.0, 6.0, 3.0 };
  const GolfShapeThresholds zero = { 0.0, 2.0, 6.0 };
  const struct { const char *club; double face, face_to_path; const char *usual, *chosen; } cases[] = {
    { "7 Iron", 3, 0, "push", "straight" },
    { "7 Iron", 4, 0, "push", "straight" },
    { "7 Iron", 4.5, 0, "push", "push" },
    { "7 Iron", 0, 1.5, "straight", "straight fade" },
    { "7 Iron", 0, -3.5, "straight draw", "straight hook" },
    { "Driver", 0, 3, "straight fade", "straight fade" },
    { "PW", 1.5, 0, "straight", "push" },
    { "PW", 0, 4, "straight fade", "straight" },
    { "SW", 0, -9, "straight hook", "straight draw" },
    { "56° Wedge", 0, 10.5, "straight slice", "straight slice" },
  };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfShotShapes) usual = NULL;
  g_autoptr(GolfShotShapes) chosen = NULL;
  g_autoptr(GolfShotShapes) defaults = NULL;
  GolfShapeThresholds used;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    add_delivery (shots, cases[i].club, cases[i].face, cases[i].face_to_path);
  table = golf_test_table (shots);

  usual = golf_shot_shapes_compute (table, GOLF_HAND_RIGHT);
  chosen = golf_shot_shapes_compute_with_thresholds (table, GOLF_HAND_RIGHT, &clubs, &wedges);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s face %.2f f2p %.2f", cases[i].club, cases[i].face, cases[i].face_to_path);
      g_assert_cmpstr (shape_of (usual, i), ==, cases[i].usual);
      g_assert_cmpstr (shape_of (chosen, i), ==, cases[i].chosen);
    }

  golf_shot_shapes_get_thresholds (chosen, "PW", &used);
  g_assert_cmpfloat (used.curve, ==, 5.0);
  golf_shot_shapes_get_thresholds (chosen, "Driver", &used);
  g_assert_cmpfloat (used.start, ==, 4.0);

  /* NULL keeps the usual ones. */
  defaults = golf_shot_shapes_compute_with_thresholds (table, GOLF_HAND_RIGHT, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (shape_of (defaults, i), ==, cases[i].usual);
  golf_shot_shapes_get_thresholds (defaults, "LW", &used);
  g_assert_cmpfloat (used.severe, ==, 8.0);

  g_assert_true (golf_shape_thresholds_are_valid (&clubs));
  g_assert_false (golf_shape_thresholds_are_valid (&backwards));
  g_assert_false (golf_shape_thresholds_are_valid (&zero));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/shapes/right-handed", test_right_handed);
  g_test_add_func ("/analysis/shapes/left-handed", test_left_handed);
  g_test_add_func ("/analysis/shapes/boundaries", test_boundaries);
  g_test_add_func ("/analysis/shapes/shares", test_shares);
  g_test_add_func ("/analysis/shapes/classify", test_classify);
  g_test_add_func ("/analysis/shapes/chosen-thresholds", test_chosen_thresholds);

  return g_test_run ();
}
