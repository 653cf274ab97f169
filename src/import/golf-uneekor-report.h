/* golf-uneekor-report.h: shots from a Uneekor report (the report API's JSON)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-session.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_IMPORT_ERROR (golf_import_error_quark ())

/**
 * GolfImportError:
 * @GOLF_IMPORT_ERROR_READ: the file could not be read
 * @GOLF_IMPORT_ERROR_SYNTAX: the file is not JSON (the message says where)
 * @GOLF_IMPORT_ERROR_NOT_A_REPORT: JSON, but not a Uneekor report
 * @GOLF_IMPORT_ERROR_NO_SESSION: no session id could be found or was given
 * @GOLF_IMPORT_ERROR_NO_SHOTS: the report holds no usable shot
 * @GOLF_IMPORT_ERROR_INVALID_LINK: a report link that cannot be used
 * @GOLF_IMPORT_ERROR_NETWORK: the report could not be fetched
 */
typedef enum
{
  GOLF_IMPORT_ERROR_READ,
  GOLF_IMPORT_ERROR_SYNTAX,
  GOLF_IMPORT_ERROR_NOT_A_REPORT,
  GOLF_IMPORT_ERROR_NO_SESSION,
  GOLF_IMPORT_ERROR_NO_SHOTS,
  GOLF_IMPORT_ERROR_INVALID_LINK,
  GOLF_IMPORT_ERROR_NETWORK,
} GolfImportError;

GQuark    golf_import_error_quark          (void);

gboolean  golf_uneekor_report_parse        (const char   *data,
                                            gsize         length,
                                            const char   *session_id,
                                            GolfSession **session,
                                            GPtrArray   **shots,
                                            guint        *n_skipped,
                                            GError      **error);
char     *golf_uneekor_report_session_id_for_file (const char *path);
gboolean  golf_uneekor_report_import_file  (GolfStore    *store,
                                            const char   *path,
                                            const char   *session_id,
                                            guint        *n_imported,
                                            guint        *n_skipped,
                                            GError      **error);

G_END_DECLS
