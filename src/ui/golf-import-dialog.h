/* golf-import-dialog.h: a report link or files, imported with progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "golf-store.h"
#include "golf-uneekor-client.h"

G_BEGIN_DECLS

#define GOLF_TYPE_IMPORT_DIALOG (golf_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (GolfImportDialog, golf_import_dialog, GOLF, IMPORT_DIALOG, AdwWindow)

GolfImportDialog *golf_import_dialog_new          (GtkWindow         *parent,
                                                   GolfStore         *store,
                                                   GolfUneekorClient *client);
void              golf_import_dialog_import_link  (GolfImportDialog  *self,
                                                   const char        *link);
void              golf_import_dialog_import_files (GolfImportDialog  *self,
                                                   GFile            **files,
                                                   guint              n_files);
gboolean          golf_import_dialog_get_running  (GolfImportDialog  *self);
void              golf_import_dialog_set_player_id (GolfImportDialog *self,
                                                   gint64            player_id);

G_END_DECLS
