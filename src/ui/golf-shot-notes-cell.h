/* golf-shot-notes-cell.h: a shot's tags and comment in the shot list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-shot.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SHOT_NOTES_CELL (golf_shot_notes_cell_get_type ())

G_DECLARE_FINAL_TYPE (GolfShotNotesCell, golf_shot_notes_cell, GOLF, SHOT_NOTES_CELL, GtkWidget)

GtkWidget  *golf_shot_notes_cell_new      (void);
void        golf_shot_notes_cell_set_shot (GolfShotNotesCell *self,
                                           GolfShot          *shot);
const char *golf_shot_tag_get_label       (const char        *tag);

G_END_DECLS
