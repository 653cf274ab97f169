/* golf-session-row.h: one session in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-session.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SESSION_ROW (golf_session_row_get_type ())

G_DECLARE_FINAL_TYPE (GolfSessionRow, golf_session_row, GOLF, SESSION_ROW, GtkWidget)

GtkWidget   *golf_session_row_new          (void);
GolfSession *golf_session_row_get_session  (GolfSessionRow *self);
void         golf_session_row_set_session  (GolfSessionRow *self,
                                            GolfSession    *session);

G_END_DECLS
