/* golf-importer.h: any file Golf Lab imports, told by its content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-report.h"
#include "golf-import-types.h"
#include "golf-store.h"

G_BEGIN_DECLS

/**
 * GolfImportFormat:
 * @GOLF_IMPORT_FORMAT_UNEEKOR_REPORT: a Uneekor report (JSON list of club groups)
 * @GOLF_IMPORT_FORMAT_BUNDLE: a Golf Lab `.golfsession` bundle
 * @GOLF_IMPORT_FORMAT_SHOTS_JSON: Golf Lab's JSON export (for other tools; not imported)
 * @GOLF_IMPORT_FORMAT_CSV: anything else: read as a launch monitor's CSV export
 */
typedef enum
{
  GOLF_IMPORT_FORMAT_UNEEKOR_REPORT,
  GOLF_IMPORT_FORMAT_BUNDLE,
  GOLF_IMPORT_FORMAT_SHOTS_JSON,
  GOLF_IMPORT_FORMAT_CSV,
} GolfImportFormat;

GolfImportFormat  golf_import_detect_format  (const char              *data,
                                              gsize                    length);
GolfImportReport *golf_import_file           (GolfStore               *store,
                                              const char              *path,
                                              const char              *session_id,
                                              GCancellable            *cancellable,
                                              GolfImportProgressFunc   progress,
                                              gpointer                 progress_data,
                                              GError                 **error);
void              golf_import_file_async     (GolfStore               *store,
                                              const char              *path,
                                              const char              *session_id,
                                              GCancellable            *cancellable,
                                              GolfImportProgressFunc   progress,
                                              gpointer                 progress_data,
                                              GAsyncReadyCallback      callback,
                                              gpointer                 user_data);
GolfImportReport *golf_import_file_finish    (GolfStore               *store,
                                              GAsyncResult            *result,
                                              GError                 **error);

G_END_DECLS
