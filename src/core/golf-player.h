/* golf-player.h: a golfer whose sessions the store holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-types.h"

G_BEGIN_DECLS

/* The player every session belongs to until it is moved: "Me". */
#define GOLF_PLAYER_DEFAULT_ID 1

#define GOLF_TYPE_PLAYER (golf_player_get_type ())

G_DECLARE_FINAL_TYPE (GolfPlayer, golf_player, GOLF, PLAYER, GObject)

GolfPlayer *golf_player_new        (gint64       id,
                                    const char  *name,
                                    GolfHand     hand,
                                    const char  *notes);
gint64      golf_player_get_id     (GolfPlayer  *self);
const char *golf_player_get_name   (GolfPlayer  *self);
void        golf_player_set_name   (GolfPlayer  *self,
                                    const char  *name);
GolfHand    golf_player_get_hand   (GolfPlayer  *self);
void        golf_player_set_hand   (GolfPlayer  *self,
                                    GolfHand     hand);
const char *golf_player_get_notes  (GolfPlayer  *self);
void        golf_player_set_notes  (GolfPlayer  *self,
                                    const char  *notes);

G_END_DECLS
