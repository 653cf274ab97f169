/* golf-csv-import.c: sessions from Garmin, Rapsodo and FlightScope CSV exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <glib/gstdio.h>

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
                                 "The file", NULL, report, error);
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

typedef struct
{
  GolfCsvReader          *reader;
  guint64                 size;
  GolfImportProgressFunc  progress;
  gpointer                progress_data;
} Streamed;

static gboolean
next_streamed_batch (gpointer      user_data,
                     GolfSession **session,
                     GPtrArray   **shots,
                     GError      **error)
{
  Streamed *streamed = user_data;

  if (!_golf_csv_reader_next_batch (streamed->reader, session, shots, error))
    return FALSE;

  if (streamed->progress != NULL)
    streamed->progress (GOLF_IMPORT_STAGE_READING, _golf_csv_reader_get_offset (streamed->reader),
                        streamed->size, streamed->progress_data);

  return TRUE;
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
  Streamed streamed = { 0, };
  gboolean ok;
  int fd;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (session_id != NULL && !golf_import_check_session_id (session_id, error))
    return NULL;

  what = _golf_import_describe_file (path);
  fd = _golf_import_open_file (path, what, &streamed.size, error);
  if (fd < 0)
    return NULL;

  report = golf_import_report_new (NULL);
  reader = _golf_csv_reader_new (_golf_text_reader_new_for_fd (fd), what, session_id, report);
  streamed.reader = reader;
  streamed.progress = progress;
  streamed.progress_data = progress_data;

  ok = _golf_csv_reader_start (reader, error);
  if (ok)
    {
      name_source (report, reader, what);
      ok = _golf_import_write (store, report, next_streamed_batch, &streamed, 0,
                               cancellable, progress, progress_data, error);
    }

  g_clear_pointer (&reader, _golf_csv_reader_free);
  g_close (fd, NULL);

  return ok ? g_steal_pointer (&report) : NULL;
}
