/* golf-shot-cell.h: one value of one shot in the shot list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-format.h"
#include "golf-shot.h"

G_BEGIN_DECLS

/**
 * GolfShotColumn:
 * @GOLF_SHOT_COLUMN_NUMBER: the shot's number in its session
 * @GOLF_SHOT_COLUMN_CLUB: the club
 * @GOLF_SHOT_COLUMN_FIELD: a measured field
 * @GOLF_SHOT_COLUMN_SMASH: ball speed / club speed
 * @GOLF_SHOT_COLUMN_FACE_TO_PATH: face angle − club path
 */
typedef enum
{
  GOLF_SHOT_COLUMN_NUMBER,
  GOLF_SHOT_COLUMN_CLUB,
  GOLF_SHOT_COLUMN_FIELD,
  GOLF_SHOT_COLUMN_SMASH,
  GOLF_SHOT_COLUMN_FACE_TO_PATH,
} GolfShotColumn;

#define GOLF_TYPE_SHOT_CELL (golf_shot_cell_get_type ())

G_DECLARE_FINAL_TYPE (GolfShotCell, golf_shot_cell, GOLF, SHOT_CELL, GtkWidget)

GtkWidget  *golf_shot_cell_new          (GolfShotColumn  column,
                                         GolfShotField   field);
void        golf_shot_cell_set_shot     (GolfShotCell   *self,
                                         GolfShot       *shot,
                                         guint           number);
void        golf_shot_cell_set_units    (GolfShotCell   *self,
                                         GolfUnits       units);
const char *golf_shot_cell_get_text     (GolfShotCell   *self);

G_END_DECLS
