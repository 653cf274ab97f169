/* golf-shot-shapes.h: start line and curve of each shot, and their shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfStartLine:
 * @GOLF_START_PULL: starts left of target (for a right-hander)
 * @GOLF_START_STRAIGHT: starts on line
 * @GOLF_START_PUSH: starts right of target (for a right-hander)
 */
typedef enum
{
  GOLF_START_PULL,
  GOLF_START_STRAIGHT,
  GOLF_START_PUSH,
  GOLF_N_STARTS
} GolfStartLine;

/**
 * GolfCurve:
 * @GOLF_CURVE_HOOK: curves hard left (for a right-hander)
 * @GOLF_CURVE_DRAW: curves left
 * @GOLF_CURVE_STRAIGHT: does not curve
 * @GOLF_CURVE_FADE: curves right
 * @GOLF_CURVE_SLICE: curves hard right
 */
typedef enum
{
  GOLF_CURVE_HOOK,
  GOLF_CURVE_DRAW,
  GOLF_CURVE_STRAIGHT,
  GOLF_CURVE_FADE,
  GOLF_CURVE_SLICE,
  GOLF_N_CURVES
} GolfCurve;

/**
 * GolfShapeThresholds:
 * @start: |face angle| above this is a pull or a push (degrees)
 * @curve: |face-to-path| above this is a draw or a fade
 * @severe: |face-to-path| above this is a hook or a slice
 */
typedef struct
{
  double start;
  double curve;
  double severe;
} GolfShapeThresholds;

/**
 * GolfShapedShot:
 * @row: the shot's row in the table
 * @id: (nullable): the shot's id
 * @club: its club ("" when unknown)
 * @start: its start line
 * @curve: its curve
 */
typedef struct
{
  guint          row;
  const char    *id;
  const char    *club;
  GolfStartLine  start;
  GolfCurve      curve;
} GolfShapedShot;

/**
 * GolfShapeClub:
 * @club: the club
 * @n: its shots with a shape
 * @counts: how many of them have each start and curve
 */
typedef struct
{
  const char *club;
  guint       n;
  guint       counts[GOLF_N_STARTS][GOLF_N_CURVES];
} GolfShapeClub;

typedef struct _GolfShotShapes GolfShotShapes;

#define GOLF_TYPE_SHOT_SHAPES (golf_shot_shapes_get_type ())

GType                 golf_shot_shapes_get_type      (void) G_GNUC_CONST;
GolfShotShapes       *golf_shot_shapes_compute       (GolfShotTable             *table,
                                                      GolfHand                   hand);
GolfShotShapes       *golf_shot_shapes_compute_with_thresholds (GolfShotTable             *table,
                                                      GolfHand                   hand,
                                                      const GolfShapeThresholds *clubs,
                                                      const GolfShapeThresholds *wedges);
GolfShotShapes       *golf_shot_shapes_ref           (GolfShotShapes            *self);
void                  golf_shot_shapes_unref         (GolfShotShapes            *self);
GolfHand              golf_shot_shapes_get_hand      (const GolfShotShapes      *self);
void                  golf_shot_shapes_get_thresholds (const GolfShotShapes     *self,
                                                      const char                *club,
                                                      GolfShapeThresholds       *thresholds);
guint                 golf_shot_shapes_get_n         (const GolfShotShapes      *self);
const GolfShapedShot *golf_shot_shapes_get_shot      (const GolfShotShapes      *self,
                                                      guint                      index);
guint                 golf_shot_shapes_get_n_clubs   (const GolfShotShapes      *self);
const GolfShapeClub  *golf_shot_shapes_get_club      (const GolfShotShapes      *self,
                                                      guint                      index);
double                golf_shape_club_get_share      (const GolfShapeClub       *club,
                                                      GolfStartLine              start,
                                                      GolfCurve                  curve);

void                  golf_shape_thresholds_for_club (const char                *club,
                                                      GolfShapeThresholds       *thresholds);
gboolean              golf_shape_thresholds_are_valid (const GolfShapeThresholds *thresholds);
gboolean              golf_shot_shape_classify       (double                     face_angle,
                                                      double                     face_to_path,
                                                      GolfHand                   hand,
                                                      const GolfShapeThresholds *thresholds,
                                                      GolfStartLine             *start,
                                                      GolfCurve                 *curve);
const char           *golf_start_line_get_name       (GolfStartLine              start);
const char           *golf_curve_get_name            (GolfCurve                  curve);
const char           *golf_shot_shape_get_name       (GolfStartLine              start,
                                                      GolfCurve                  curve);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfShotShapes, golf_shot_shapes_unref)

G_END_DECLS
