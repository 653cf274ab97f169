/* golf-import-types.h: what every importer and exporter shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GOLF_IMPORT_ERROR (golf_import_error_quark ())

/**
 * GolfImportError:
 * @GOLF_IMPORT_ERROR_READ: the file could not be read
 * @GOLF_IMPORT_ERROR_SYNTAX: the file is not JSON or CSV (the message says where)
 * @GOLF_IMPORT_ERROR_NOT_A_REPORT: JSON, but not a Uneekor report
 * @GOLF_IMPORT_ERROR_NO_SESSION: no session id could be found or was given
 * @GOLF_IMPORT_ERROR_NO_SHOTS: the source holds no usable shot
 * @GOLF_IMPORT_ERROR_INVALID_LINK: a report link that cannot be used
 * @GOLF_IMPORT_ERROR_NETWORK: the report could not be fetched
 * @GOLF_IMPORT_ERROR_NOT_FOUND: the server has no such report (404)
 * @GOLF_IMPORT_ERROR_DENIED: the server did not accept the link's key (401, 403)
 * @GOLF_IMPORT_ERROR_TOO_LARGE: the source is larger than any real one
 * @GOLF_IMPORT_ERROR_TIMEOUT: the server stopped answering
 * @GOLF_IMPORT_ERROR_UNKNOWN_FORMAT: no importer recognises the source
 * @GOLF_IMPORT_ERROR_TOO_NEW: a bundle written by a newer Golf Lab
 * @GOLF_IMPORT_ERROR_WRITE: an export could not be written
 * @GOLF_IMPORT_ERROR_INVALID_ARGUMENT: a session id or option that cannot be used
 * @GOLF_IMPORT_ERROR_OTHER_PLAYER: the session belongs to another player
 *   than the one chosen to import for
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
  GOLF_IMPORT_ERROR_NOT_FOUND,
  GOLF_IMPORT_ERROR_DENIED,
  GOLF_IMPORT_ERROR_TOO_LARGE,
  GOLF_IMPORT_ERROR_TIMEOUT,
  GOLF_IMPORT_ERROR_UNKNOWN_FORMAT,
  GOLF_IMPORT_ERROR_TOO_NEW,
  GOLF_IMPORT_ERROR_WRITE,
  GOLF_IMPORT_ERROR_INVALID_ARGUMENT,
  GOLF_IMPORT_ERROR_OTHER_PLAYER,
} GolfImportError;

/**
 * GolfImportStage:
 * @GOLF_IMPORT_STAGE_DOWNLOADING: bytes of a report are arriving
 * @GOLF_IMPORT_STAGE_READING: bytes of a file are being read
 * @GOLF_IMPORT_STAGE_STORING: shots are being written to the store
 *
 * What a #GolfImportProgressFunc is counting.
 */
typedef enum
{
  GOLF_IMPORT_STAGE_DOWNLOADING,
  GOLF_IMPORT_STAGE_READING,
  GOLF_IMPORT_STAGE_STORING,
} GolfImportStage;

/**
 * GolfImportProgressFunc:
 * @stage: what is being counted
 * @done: bytes received or read, or shots stored, so far
 * @total: the expected total, or 0 when it is not known
 * @user_data: the data given with the function
 *
 * Called on the thread that started the import, often enough for a
 * progress bar and never more than a few times per batch of shots.
 */
typedef void (*GolfImportProgressFunc) (GolfImportStage stage,
                                        guint64         done,
                                        guint64         total,
                                        gpointer        user_data);

GQuark    golf_import_error_quark          (void);
gboolean  golf_import_check_session_id     (const char  *session_id,
                                            GError     **error);

G_END_DECLS
