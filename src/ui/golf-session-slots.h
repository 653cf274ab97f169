/* golf-session-slots.h: the sidebar's rows, one slot a position
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-session.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SESSION_SLOT (golf_session_slot_get_type ())

G_DECLARE_FINAL_TYPE (GolfSessionSlot, golf_session_slot, GOLF, SESSION_SLOT, GObject)

GolfSession      *golf_session_slot_get_session (GolfSessionSlot    *self);

#define GOLF_TYPE_SESSION_SLOTS (golf_session_slots_get_type ())

G_DECLARE_FINAL_TYPE (GolfSessionSlots, golf_session_slots, GOLF, SESSION_SLOTS, GObject)

GolfSessionSlots *golf_session_slots_new         (GtkSelectionModel  *sessions);

G_END_DECLS
