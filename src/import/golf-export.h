/* golf-export.h: a session out of the store, for coaches and other tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-types.h"
#include "golf-store.h"

G_BEGIN_DECLS

/**
 * GolfExportFormat:
 * @GOLF_EXPORT_CSV: one row per shot, in the units chosen, named in the header
 * @GOLF_EXPORT_JSON: the shots as JSON, in SI units named in the document
 * @GOLF_EXPORT_BUNDLE: a `.golfsession` bundle, which Golf Lab imports back exactly
 */
typedef enum
{
  GOLF_EXPORT_CSV,
  GOLF_EXPORT_JSON,
  GOLF_EXPORT_BUNDLE,
} GolfExportFormat;

gboolean  golf_export_format_from_string  (const char        *name,
                                           GolfExportFormat  *format);
GBytes   *golf_export_session             (GolfStore         *store,
                                           const char        *session_id,
                                           GolfExportFormat   format,
                                           gboolean           imperial,
                                           GError           **error);
gboolean  golf_export_session_to_file     (GolfStore         *store,
                                           const char        *session_id,
                                           GolfExportFormat   format,
                                           gboolean           imperial,
                                           const char        *path,
                                           GError           **error);

G_END_DECLS
