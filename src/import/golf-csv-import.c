/* golf-csv-import.c: sessions from Garmin, Rapsodo and FlightScope CSV exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "golf-csv-import-private.h"
#include "golf-csv-reader-private.h"
#include "golf-import-report-private.h"
#include "golf-import-util-private.h"

/* "Garmin R10/R50 CSV “range.csv”"; without @file_what, the brand alone. */
static void
name_source (GolfImportReport *report,
             GolfCsvReader    *reader,
             const char       *file_what)
{
  g_autofree char *source = g_strdup_printf ("%s CSV%s%s", _golf_csv_reader_get_brand (reader)->name,
                                             file_what ? " " : "", file_what ? file_what : "");

  _golf_import_report_set_source (report, source);
}

/*
 * _golf_csv_parse_text:
 * @text: (transfer full): the text to read
 * @what: names the source in messages
 * @file_what: (nullable): names the file in the report, if it is one
 *
 * Reads a whole CSV export into memory (see golf_csv_parse()).
 */
GolfImportParsed *
_golf_csv_parse_text (GolfTextReader    *text,
                      const char        *session_id,
                      const char        *what,
                      const char        *file_what,
                      GolfImportReport  *report,
                      GError           **error)
{
  g_autoptr(GolfCsvReader) reader = NULL;
  g_autoptr(GolfImportParsed) parsed = _golf_import_parsed_new ();
  g_autoptr(GHashTable) lists = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (session_id != NULL && !golf_import_check_session_id (session_id, error))
    {
      _golf_text_reader_free (text);
      return NULL;
    }

  reader = _golf_csv_reader_new (text, what, session_id, report);
  if (!_golf_csv_reader_start (reader, error))
    return NULL;
  name_source (report, reader, file_what);

  for (;;)
    {
      g_autoptr(GolfSession) session = NULL;
      g_autoptr(GPtrArray) batch = NULL;
      GPtrArray *all;

      if (!_golf_csv_reader_next_batch (reader, &session, &batch, error))
        return NULL;
      if (batch == NULL)
        break;

      all = g_hash_table_lookup (lists, session);
      if (all == NULL)
        {
          all = g_ptr_array_new_with_free_func (g_object_unref);
          _golf_import_parsed_add (parsed, session, all);
          g_ptr_array_unref (all);
          g_hash_table_insert (lists, session, all);
        }
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&batch));
    }

  parsed->n_shots = 0;
  for (guint i = 0; i < parsed->shot_lists->len; i++)
    parsed->n_shots += ((GPtrArray *) parsed->shot_lists->pdata[i])->len;

  return g_steal_pointer (&parsed);
}

/**
 * golf_csv_parse:
 * @data: (array length=length): a CSV export
 * @length: its length in bytes
 * @session_id: (nullable): put every shot in this session; %NULL for a
 *   session per date, named `<brand>-<YYYYMMDD>-<time of its first shot>`
 *   (or a hash of the first shot where rows have no time)
 * @sessions: (out) (transfer container) (element-type GolfSession): the
 *   sessions, in the order the file holds them
 * @shots: (out) (transfer container) (element-type GolfShot): their shots
 * @report: where set-aside rows and refused values are noted
 * @error: return location for a #GError
 *
 * Reads a Garmin R10/R50, Rapsodo MLM2PRO or FlightScope Mevo+ export, or
 * Golf Lab's own, without touching any database. The brand is told by the
 * header; columns are found by name; values are converted to SI units
 * from the units row or the header's unit; placeholders ("-", "N/A",
 * empty) are missing; rows that cannot be used are set aside with a
 * reason. Text may be UTF-8 (with or without a byte order mark) or
 * Windows-1252, with CRLF or LF line ends.
 *
 * Returns: %TRUE on success; otherwise @error is
 *   %GOLF_IMPORT_ERROR_UNKNOWN_FORMAT, %GOLF_IMPORT_ERROR_SYNTAX,
 *   %GOLF_IMPORT_ERROR_NO_SHOTS or %GOLF_IMPORT_ERROR_INVALID_ARGUMENT
 */
gboolean
golf_csv_parse (const char        *data,
                gsize              length,
                const char        *session_id,
                GPtrArray        **sessions,
                GPtrArray        **shots,
                GolfImportReport  *report,
                GError           **error)
{
  g_autoptr(GolfImportParsed) parsed = NULL;
  GPtrArray *all;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (sessions != NULL && shots != NULL, FALSE);
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (report), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parsed = _golf_csv_parse_text (_golf_text_reader_new_for_data (data, length), session_id,
                                 _("The file"), NULL, report, error);
  if (parsed == NULL)
    return FALSE;

  all = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < parsed->shot_lists->len; i++)
    {
      GPtrArray *list = parsed->shot_lists->pdata[i];

      for (guint j = 0; j < list->len; j++)
        g_ptr_array_add (all, g_object_ref (list->pdata[j]));
    }

  *sessions = g_ptr_array_ref (parsed->sessions);
  *shots = all;
  return TRUE;
}

/* Batches a thread reads ahead while the store writes the ones before: the
 * two cores share the work, and memory holds at most this many batches. */
#define READ_AHEAD 2

typedef struct
{
  GolfSession *session;
  GPtrArray   *shots;     /* NULL: the end of the file */
  GError      *error;     /* the file could not be read further */
  guint64      offset;
} Batch;

static void
batch_free (Batch *batch)
{
  g_clear_object (&batch->session);
  g_clear_pointer (&batch->shots, g_ptr_array_unref);
  g_clear_error (&batch->error);
  g_free (batch);
}

/*
 * Pipe: the reading thread owns the reader (it notes set-aside rows and
 * refused values in the report); the store's thread takes the batches
 * (and counts shots in the report: other members of it).
 */
typedef struct
{
  GolfCsvReader          *reader;
  guint64                 size;
  GolfImportProgressFunc  progress;
  gpointer                progress_data;
  GThread                *thread;
  GMutex                  lock;
  GCond                   changed;
  GQueue                  batches;
  gboolean                stop;
} Pipe;

static gpointer
read_ahead (gpointer data)
{
  Pipe *pipe = data;

  for (;;)
    {
      Batch *batch = g_new0 (Batch, 1);
      gboolean last;

      if (!_golf_csv_reader_next_batch (pipe->reader, &batch->session, &batch->shots, &batch->error))
        g_assert (batch->error != NULL);
      batch->offset = _golf_csv_reader_get_offset (pipe->reader);
      last = batch->shots == NULL;

      g_mutex_lock (&pipe->lock);
      while (pipe->batches.length >= READ_AHEAD && !pipe->stop)
        g_cond_wait (&pipe->changed, &pipe->lock);
      if (pipe->stop)
        {
          g_mutex_unlock (&pipe->lock);
          batch_free (batch);
          return NULL;
        }
      g_queue_push_tail (&pipe->batches, batch);
      g_cond_broadcast (&pipe->changed);
      g_mutex_unlock (&pipe->lock);

      if (last)
        return NULL;
    }
}

/* The GolfImportBatchFunc of a streamed import: the next batch read ahead. */
static gboolean
next_piped_batch (gpointer      user_data,
                  GolfSession **session,
                  GPtrArray   **shots,
                  GError      **error)
{
  Pipe *pipe = user_data;
  Batch *batch;
  gboolean ok;

  g_mutex_lock (&pipe->lock);
  while (pipe->batches.length == 0)
    g_cond_wait (&pipe->changed, &pipe->lock);
  batch = g_queue_pop_head (&pipe->batches);
  g_cond_broadcast (&pipe->changed);
  g_mutex_unlock (&pipe->lock);

  ok = batch->error == NULL;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&batch->error));
  *session = g_steal_pointer (&batch->session);
  *shots = g_steal_pointer (&batch->shots);

  if (ok && pipe->progress != NULL)
    pipe->progress (GOLF_IMPORT_STAGE_READING, batch->offset, pipe->size, pipe->progress_data);
  batch_free (batch);

  return ok;
}

static void
pipe_start (Pipe *pipe)
{
  g_mutex_init (&pipe->lock);
  g_cond_init (&pipe->changed);
  g_queue_init (&pipe->batches);
  pipe->thread = g_thread_new ("golf-csv-read", read_ahead, pipe);
}

/* Stops the reading thread, wherever it is, and forgets what it read. */
static void
pipe_stop (Pipe *pipe)
{
  g_mutex_lock (&pipe->lock);
  pipe->stop = TRUE;
  g_cond_broadcast (&pipe->changed);
  g_mutex_unlock (&pipe->lock);

  g_thread_join (pipe->thread);
  g_queue_clear_full (&pipe->batches, (GDestroyNotify) batch_free);
  g_mutex_clear (&pipe->lock);
  g_cond_clear (&pipe->changed);
}

/**
 * golf_csv_import_file:
 * @store: the #GolfStore to write to (on its own thread)
 * @path: a CSV export
 * @session_id: (nullable): put every shot in this session (see golf_csv_parse())
 * @cancellable: (nullable): checked between batches of shots
 * @progress: (nullable): told the bytes read and the shots stored
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * Imports a CSV export as golf_csv_parse() reads it, streamed: the file is
 * never in memory whole, only a batch of shots at a time, and all of it is
 * stored in one transaction, so a failed or cancelled import stores
 * nothing. Importing the same file again stores nothing twice.
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set
 */
GolfImportReport *
golf_csv_import_file (GolfStore               *store,
                      const char              *path,
                      const char              *session_id,
                      GCancellable            *cancellable,
                      GolfImportProgressFunc   progress,
                      gpointer                 progress_data,
                      GError                 **error)
{
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfCsvReader) reader = NULL;
  g_autofree char *what = NULL;
  Pipe pipe = { 0, };
  gboolean ok;
  int fd;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (session_id != NULL && !golf_import_check_session_id (session_id, error))
    return NULL;

  what = _golf_import_describe_file (path);
  fd = _golf_import_open_file (path, what, &pipe.size, error);
  if (fd < 0)
    return NULL;

  report = golf_import_report_new (NULL);
  reader = _golf_csv_reader_new (_golf_text_reader_new_for_fd (fd), what, session_id, report);
  pipe.reader = reader;
  pipe.progress = progress;
  pipe.progress_data = progress_data;

  ok = _golf_csv_reader_start (reader, error);
  if (ok)
    {
      name_source (report, reader, what);
      pipe_start (&pipe);
      ok = _golf_import_write (store, report, next_piped_batch, &pipe, 0,
                               cancellable, progress, progress_data, error);
      pipe_stop (&pipe);
    }

  g_clear_pointer (&reader, _golf_csv_reader_free);
  g_close (fd, NULL);

  return ok ? g_steal_pointer (&report) : NULL;
}
