/* golf-session-dialog.h: a session's name and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "golf-session.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SESSION_DIALOG (golf_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (GolfSessionDialog, golf_session_dialog, GOLF, SESSION_DIALOG, AdwWindow)

GolfSessionDialog *golf_session_dialog_new         (GtkWindow         *parent,
                                                    GolfStore         *store,
                                                    GolfSession       *session);
gboolean           golf_session_dialog_save        (GolfSessionDialog *self,
                                                    GError           **error);

G_END_DECLS
