/* golf-player-switcher.h: whose sessions the sidebar lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_PLAYER_SWITCHER (golf_player_switcher_get_type ())

G_DECLARE_FINAL_TYPE (GolfPlayerSwitcher, golf_player_switcher, GOLF, PLAYER_SWITCHER, GtkWidget)

GtkWidget  *golf_player_switcher_new           (void);
void        golf_player_switcher_set_store     (GolfPlayerSwitcher *self,
                                                GolfStore          *store);
gint64      golf_player_switcher_get_player_id (GolfPlayerSwitcher *self);
void        golf_player_switcher_set_player_id (GolfPlayerSwitcher *self,
                                                gint64              player_id);
GolfPlayer *golf_player_switcher_get_player    (GolfPlayerSwitcher *self);
gboolean    golf_player_switcher_get_active    (GolfPlayerSwitcher *self);

G_END_DECLS
