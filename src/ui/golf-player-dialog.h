/* golf-player-dialog.h: a student's name, hand and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_PLAYER_DIALOG (golf_player_dialog_get_type ())

G_DECLARE_FINAL_TYPE (GolfPlayerDialog, golf_player_dialog, GOLF, PLAYER_DIALOG, AdwWindow)

GolfPlayerDialog *golf_player_dialog_new        (GtkWindow        *parent,
                                                 GolfStore        *store,
                                                 GolfPlayer       *player);
GolfPlayer       *golf_player_dialog_get_player (GolfPlayerDialog *self);
gboolean          golf_player_dialog_save       (GolfPlayerDialog *self);

G_END_DECLS
