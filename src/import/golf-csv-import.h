/* golf-csv-import.h: sessions from Garmin, Rapsodo and FlightScope CSV exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-report.h"
#include "golf-import-types.h"
#include "golf-store.h"

G_BEGIN_DECLS

gboolean          golf_csv_parse        (const char              *data,
                                         gsize                    length,
                                         const char              *session_id,
                                         GPtrArray              **sessions,
                                         GPtrArray              **shots,
                                         GolfImportReport        *report,
                                         GError                 **error);
GolfImportReport *golf_csv_import_file  (GolfStore               *store,
                                         const char              *path,
                                         const char              *session_id,
                                         GCancellable            *cancellable,
                                         GolfImportProgressFunc   progress,
                                         gpointer                 progress_data,
                                         GError                 **error);

G_END_DECLS
