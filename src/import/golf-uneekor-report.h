/* golf-uneekor-report.h: shots from a Uneekor report (the report API's JSON)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-report.h"
#include "golf-import-types.h"
#include "golf-session.h"
#include "golf-store.h"

G_BEGIN_DECLS

gboolean          golf_uneekor_report_parse                (const char        *data,
                                                            gsize              length,
                                                            const char        *session_id,
                                                            GolfSession      **session,
                                                            GPtrArray        **shots,
                                                            GolfImportReport  *report,
                                                            GError           **error);
char             *golf_uneekor_report_session_id_for_file  (const char        *path);
GolfImportReport *golf_uneekor_report_import_file          (GolfStore         *store,
                                                            const char        *path,
                                                            const char        *session_id,
                                                            GError           **error);

G_END_DECLS
