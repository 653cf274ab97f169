/* golf-shot-shapes.c: shot shape names
 *
 * Per shot with face angle and club path present, for the golfer's hand.
 * For a left-hander the signs of face angle and face-to-path are flipped
 * first, then the shot is named as for a right-hander.
 *
 *   start line, from face angle:      < −t_start "pull", > +t_start "push",
 *                                     else "straight"
 *   curve, from face − path:          < −t_severe "hook", < −t_curve "draw",
 *                                     > +t_severe "slice", > +t_curve "fade",
 *                                     else "straight"
 *
 * A value exactly on a threshold counts as the inner band. Thresholds:
 * t_start 2°, t_curve 2°, t_severe 6°; wedges (PW, GW, AW, SW, LW and
 * wedges named by loft) 3° and 8° for the curve. The shape is the start
 * alone when the curve is straight ("pull", "straight", "push"), otherwise
 * start and curve joined ("pull hook", "straight draw", "push fade").
 *
 * Shots the user set aside are left out; the automatic mishit rules are
 * about carry and do not apply to a shape, which is read per shot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>

#include "golf-analysis-private.h"
#include "golf-bag-order.h"
#include "golf-shot-shapes.h"

struct _GolfShotShapes
{
  GolfShotTable       *table;      /* owns the strings */
  GolfHand             hand;
  GolfShapeThresholds  for_clubs;  /* every club but the wedges */
  GolfShapeThresholds  for_wedges;
  GArray              *shots;      /* GolfShapedShot */
  GArray              *clubs;      /* GolfShapeClub */
};

static void
shot_shapes_clear (GolfShotShapes *self)
{
  g_array_unref (self->shots);
  g_array_unref (self->clubs);
  golf_shot_table_unref (self->table);
}

GOLF_DEFINE_RESULT_TYPE (GolfShotShapes, golf_shot_shapes, shot_shapes_clear)

static const GolfShapeThresholds default_thresholds = { 2.0, 2.0, 6.0 };
static const GolfShapeThresholds wedge_thresholds = { 2.0, 3.0, 8.0 };

static const char * const start_names[GOLF_N_STARTS] = { "pull", "straight", "push" };
static const char * const curve_names[GOLF_N_CURVES] = { "hook", "draw", "straight", "fade", "slice" };
static const char * const shape_names[GOLF_N_STARTS][GOLF_N_CURVES] = {
  { "pull hook", "pull draw", "pull", "pull fade", "pull slice" },
  { "straight hook", "straight draw", "straight", "straight fade", "straight slice" },
  { "push hook", "push draw", "push", "push fade", "push slice" },
};

/**
 * golf_shape_thresholds_for_club:
 * @club: (nullable): a canonical club name
 * @thresholds: (out caller-allocates): the thresholds for @club
 */
void
golf_shape_thresholds_for_club (const char          *club,
                                GolfShapeThresholds *thresholds)
{
  g_return_if_fail (thresholds != NULL);

  *thresholds = golf_club_is_wedge (club) ? wedge_thresholds : default_thresholds;
}

/**
 * golf_shot_shape_classify:
 * @face_angle: degrees, negative left, as the monitor measured it
 * @face_to_path: face angle − club path, degrees
 * @hand: the golfer's hand
 * @thresholds: from golf_shape_thresholds_for_club()
 * @start: (out): the start line
 * @curve: (out): the curve
 *
 * Returns: %FALSE (and names nothing) when either angle is absent
 */
gboolean
golf_shot_shape_classify (double                     face_angle,
                          double                     face_to_path,
                          GolfHand                   hand,
                          const GolfShapeThresholds *thresholds,
                          GolfStartLine             *start,
                          GolfCurve                 *curve)
{
  g_return_val_if_fail (thresholds != NULL, FALSE);
  g_return_val_if_fail (start != NULL && curve != NULL, FALSE);

  if (isnan (face_angle) || isnan (face_to_path))
    return FALSE;

  if (hand == GOLF_HAND_LEFT)
    {
      face_angle = -face_angle;
      face_to_path = -face_to_path;
    }

  if (face_angle < -thresholds->start)
    *start = GOLF_START_PULL;
  else if (face_angle > thresholds->start)
    *start = GOLF_START_PUSH;
  else
    *start = GOLF_START_STRAIGHT;

  if (face_to_path < -thresholds->severe)
    *curve = GOLF_CURVE_HOOK;
  else if (face_to_path < -thresholds->curve)
    *curve = GOLF_CURVE_DRAW;
  else if (face_to_path > thresholds->severe)
    *curve = GOLF_CURVE_SLICE;
  else if (face_to_path > thresholds->curve)
    *curve = GOLF_CURVE_FADE;
  else
    *curve = GOLF_CURVE_STRAIGHT;

  return TRUE;
}

/**
 * golf_start_line_get_name:
 * @start: a #GolfStartLine
 *
 * Returns: (transfer none): its name on the command line and in JSON
 */
const char *
golf_start_line_get_name (GolfStartLine start)
{
  g_return_val_if_fail (start < GOLF_N_STARTS, NULL);

  return start_names[start];
}

/**
 * golf_curve_get_name:
 * @curve: a #GolfCurve
 *
 * Returns: (transfer none): its name on the command line and in JSON
 */
const char *
golf_curve_get_name (GolfCurve curve)
{
  g_return_val_if_fail (curve < GOLF_N_CURVES, NULL);

  return curve_names[curve];
}

/**
 * golf_shot_shape_get_name:
 * @start: a start line
 * @curve: a curve
 *
 * Returns: the start alone when the curve is straight ("pull"), otherwise
 *   start and curve joined ("push fade", "straight draw")
 */
const char *
golf_shot_shape_get_name (GolfStartLine start,
                          GolfCurve     curve)
{
  g_return_val_if_fail (start < GOLF_N_STARTS, NULL);
  g_return_val_if_fail (curve < GOLF_N_CURVES, NULL);

  return shape_names[start][curve];
}

static void
shape_rows (GolfShotShapes *self,
            GolfShapeClub  *clubs_by_index)
{
  guint n_rows = golf_shot_table_get_n_rows (self->table);

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (self->table, i);
      const GolfShapeThresholds *thresholds;
      GolfShapedShot shot = { .row = i, .id = row->id, .club = row->club };

      if (row->set_aside == GOLF_SET_ASIDE_YES)
        continue;

      thresholds = golf_club_is_wedge (row->club) ? &self->for_wedges : &self->for_clubs;
      if (!golf_shot_shape_classify (row->face_angle, row->face_angle - row->club_path,
                                     self->hand, thresholds, &shot.start, &shot.curve))
        continue;

      g_array_append_val (self->shots, shot);
      clubs_by_index[row->club_index].n++;
      clubs_by_index[row->club_index].counts[shot.start][shot.curve]++;
    }
}

/**
 * golf_shot_shapes_compute:
 * @table: the shots
 * @hand: the golfer's hand
 *
 * Names every shot's shape with the usual thresholds and counts the shapes
 * per club; the definitions are at the top of golf-shot-shapes.c and in the
 * README.
 *
 * Returns: (transfer full): the shapes; clubs in bag order
 */
GolfShotShapes *
golf_shot_shapes_compute (GolfShotTable *table,
                          GolfHand       hand)
{
  return golf_shot_shapes_compute_with_thresholds (table, hand, NULL, NULL);
}

/**
 * golf_shot_shapes_compute_with_thresholds:
 * @table: the shots
 * @hand: the golfer's hand
 * @clubs: (nullable): the thresholds of every club but the wedges; %NULL
 *   for the usual ones (2°, 2°, 6°)
 * @wedges: (nullable): the thresholds of PW and the wedges; %NULL for the
 *   usual ones (2°, 3°, 8°)
 *
 * Like golf_shot_shapes_compute(), with thresholds the golfer chose.
 * Each threshold must be above 0 and the severe one at least the curve one.
 *
 * Returns: (transfer full): the shapes; clubs in bag order
 */
GolfShotShapes *
golf_shot_shapes_compute_with_thresholds (GolfShotTable             *table,
                                          GolfHand                   hand,
                                          const GolfShapeThresholds *clubs,
                                          const GolfShapeThresholds *wedges)
{
  g_autofree GolfShapeClub *clubs_by_index = NULL;
  g_autoptr(GPtrArray) order = NULL;
  GolfShotShapes *self;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (clubs == NULL || golf_shape_thresholds_are_valid (clubs), NULL);
  g_return_val_if_fail (wedges == NULL || golf_shape_thresholds_are_valid (wedges), NULL);

  self = g_atomic_rc_box_new0 (GolfShotShapes);
  self->table = golf_shot_table_ref (table);
  self->hand = hand;
  self->for_clubs = clubs != NULL ? *clubs : default_thresholds;
  self->for_wedges = wedges != NULL ? *wedges : wedge_thresholds;
  self->shots = g_array_new (FALSE, FALSE, sizeof (GolfShapedShot));
  self->clubs = g_array_new (FALSE, FALSE, sizeof (GolfShapeClub));

  clubs_by_index = g_new0 (GolfShapeClub, MAX (golf_shot_table_get_n_clubs (table), 1));
  shape_rows (self, clubs_by_index);

  order = _golf_clubs_in_bag_order (table);
  for (guint i = 0; i < order->len; i++)
    {
      guint c = GPOINTER_TO_UINT (g_ptr_array_index (order, i));

      clubs_by_index[c].club = golf_shot_table_get_club (table, c);
      g_array_append_val (self->clubs, clubs_by_index[c]);
    }

  return self;
}

/**
 * golf_shape_thresholds_are_valid:
 * @thresholds: thresholds
 *
 * Returns: whether each is above 0 (and finite) and the severe one is at
 *   least the curve one
 */
gboolean
golf_shape_thresholds_are_valid (const GolfShapeThresholds *thresholds)
{
  g_return_val_if_fail (thresholds != NULL, FALSE);

  return isfinite (thresholds->start) && thresholds->start > 0 &&
         isfinite (thresholds->curve) && thresholds->curve > 0 &&
         isfinite (thresholds->severe) && thresholds->severe >= thresholds->curve;
}

/**
 * golf_shot_shapes_get_thresholds:
 * @self: a #GolfShotShapes
 * @club: (nullable): a club
 * @thresholds: (out caller-allocates): the thresholds @club was named with
 */
void
golf_shot_shapes_get_thresholds (const GolfShotShapes *self,
                                 const char           *club,
                                 GolfShapeThresholds  *thresholds)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (thresholds != NULL);

  *thresholds = golf_club_is_wedge (club) ? self->for_wedges : self->for_clubs;
}

/**
 * golf_shot_shapes_get_hand:
 * @self: a #GolfShotShapes
 *
 * Returns: the hand the shapes are named for
 */
GolfHand
golf_shot_shapes_get_hand (const GolfShotShapes *self)
{
  g_return_val_if_fail (self != NULL, GOLF_HAND_RIGHT);

  return self->hand;
}

/**
 * golf_shot_shapes_get_n:
 * @self: a #GolfShotShapes
 *
 * Returns: how many shots have a shape
 */
guint
golf_shot_shapes_get_n (const GolfShotShapes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->shots->len;
}

/**
 * golf_shot_shapes_get_shot:
 * @self: a #GolfShotShapes
 * @index: below golf_shot_shapes_get_n()
 *
 * Returns: (transfer none): a shot with its shape, in table order
 */
const GolfShapedShot *
golf_shot_shapes_get_shot (const GolfShotShapes *self,
                           guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->shots->len, NULL);

  return &g_array_index (self->shots, GolfShapedShot, index);
}

/**
 * golf_shot_shapes_get_n_clubs:
 * @self: a #GolfShotShapes
 *
 * Returns: how many clubs have shapes
 */
guint
golf_shot_shapes_get_n_clubs (const GolfShotShapes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clubs->len;
}

/**
 * golf_shot_shapes_get_club:
 * @self: a #GolfShotShapes
 * @index: below golf_shot_shapes_get_n_clubs()
 *
 * Returns: (transfer none): a club with its counts, in bag order; a club
 *   whose shots all lack face angle or club path has n 0
 */
const GolfShapeClub *
golf_shot_shapes_get_club (const GolfShotShapes *self,
                           guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clubs->len, NULL);

  return &g_array_index (self->clubs, GolfShapeClub, index);
}

/**
 * golf_shape_club_get_share:
 * @club: a #GolfShapeClub
 * @start: a start line
 * @curve: a curve
 *
 * Returns: the share of the club's shaped shots with that shape, 0 to 1;
 *   NAN when the club has none
 */
double
golf_shape_club_get_share (const GolfShapeClub *club,
                           GolfStartLine        start,
                           GolfCurve            curve)
{
  g_return_val_if_fail (club != NULL, NAN);
  g_return_val_if_fail (start < GOLF_N_STARTS && curve < GOLF_N_CURVES, NAN);

  if (club->n == 0)
    return NAN;

  return (double) club->counts[start][curve] / club->n;
}
