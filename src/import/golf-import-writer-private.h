/* golf-import-writer-private.h: from parsed shots to the store, with a report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-import-report-private.h"
#include "golf-import-types.h"
#include "golf-store.h"

G_BEGIN_DECLS

/* Shots per write batch: enough to amortise a call, small enough that a
 * streamed file never holds more than this many in memory. */
#define GOLF_IMPORT_BATCH_SIZE 2048

/*
 * GolfImportBatchFunc:
 * @user_data: the reader
 * @session: (out) (transfer full): the session the batch belongs to
 * @shots: (out) (transfer full): the next shots, all of @session; %NULL
 *   when the source is read to its end
 * @error: return location for a #GError
 *
 * Hands out a source's shots a batch at a time.
 *
 * Returns: %FALSE with @error set when the source cannot be read
 */
typedef gboolean (*GolfImportBatchFunc) (gpointer      user_data,
                                         GolfSession **session,
                                         GPtrArray   **shots,
                                         GError      **error);

/*
 * GolfImportParsed: sessions and their shots, read whole into memory (a
 * report, a bundle, or a file parsed in a worker thread).
 */
typedef struct
{
  GPtrArray *sessions;     /* GolfSession */
  GPtrArray *shot_lists;   /* GPtrArray of GolfShot, one per session */
  guint      next_session;
  guint      next_shot;
  guint64    n_shots;
  char      *player_name;  /* whose sessions they are (a bundle's), or NULL */
  GolfHand   hand;
} GolfImportParsed;

/*
 * GolfImportParseFunc:
 * @user_data: what to parse
 * @report: where set-aside rows and refused values are noted
 * @error: return location for a #GError
 *
 * Reads a whole source into memory; runs in a worker thread.
 *
 * Returns: (transfer full): what was read, or %NULL with @error set
 */
typedef GolfImportParsed *(*GolfImportParseFunc) (gpointer           user_data,
                                                  GolfImportReport  *report,
                                                  GError           **error);

GolfImportParsed *_golf_import_parsed_new     (void);
void              _golf_import_parsed_free    (GolfImportParsed        *parsed);
void              _golf_import_parsed_add     (GolfImportParsed        *parsed,
                                               GolfSession             *session,
                                               GPtrArray               *shots);
gboolean          _golf_import_parsed_next    (gpointer                 user_data,
                                               GolfSession            **session,
                                               GPtrArray              **shots,
                                               GError                 **error);

gboolean          _golf_import_write          (GolfStore               *store,
                                               GolfImportReport        *report,
                                               GolfImportBatchFunc      next_batch,
                                               gpointer                 user_data,
                                               guint64                  n_shots,
                                               GCancellable            *cancellable,
                                               GolfImportProgressFunc   progress,
                                               gpointer                 progress_data,
                                               GError                 **error);
gboolean          _golf_import_write_parsed   (GolfStore               *store,
                                               GolfImportReport        *report,
                                               GolfImportParsed        *parsed,
                                               GCancellable            *cancellable,
                                               GolfImportProgressFunc   progress,
                                               gpointer                 progress_data,
                                               GError                 **error);

void              _golf_import_parse_and_write_async  (GolfStore               *store,
                                                       GolfImportReport        *report,
                                                       GolfImportParseFunc      parse,
                                                       gpointer                 parse_data,
                                                       GDestroyNotify           parse_data_free,
                                                       GCancellable            *cancellable,
                                                       GolfImportProgressFunc   progress,
                                                       gpointer                 progress_data,
                                                       GAsyncReadyCallback      callback,
                                                       gpointer                 user_data);
GolfImportReport *_golf_import_parse_and_write_finish (GAsyncResult            *result,
                                                       GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfImportParsed, _golf_import_parsed_free)

G_END_DECLS
