/* golf-importer.c: any file Golf Lab imports, told by its content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "golf-bundle-private.h"
#include "golf-csv-import-private.h"
#include "golf-import-report-private.h"
#include "golf-import-util-private.h"
#include "golf-importer.h"
#include "golf-uneekor-report-private.h"

/* Enough of a file's start to tell what it is. */
#define SNIFF_SIZE 4096

/**
 * golf_import_detect_format:
 * @data: (array length=length): the start of a file (a few KB will do)
 * @length: its length in bytes
 *
 * JSON that is a list is a Uneekor report; a JSON object naming the format
 * "golf-lab-session" is a bundle (any other JSON object is read as a
 * report too, whose reader then says what is wrong with it); anything
 * else is read as CSV. The file's name plays no part.
 *
 * Returns: what @data looks like
 */
GolfImportFormat
golf_import_detect_format (const char *data,
                           gsize       length)
{
  const char *p = data, *end = data + length;
  g_autofree char *start = NULL;

  g_return_val_if_fail (data != NULL || length == 0, GOLF_IMPORT_FORMAT_CSV);

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (p < end && *p == '[')
    return GOLF_IMPORT_FORMAT_UNEEKOR_REPORT;
  if (p >= end || *p != '{')
    return GOLF_IMPORT_FORMAT_CSV;

  start = g_strndup (p, MIN ((gsize) (end - p), SNIFF_SIZE));
  if (strstr (start, "\"golf-lab-session\"") != NULL)
    return GOLF_IMPORT_FORMAT_BUNDLE;
  if (strstr (start, "\"golf-lab-shots\"") != NULL)
    return GOLF_IMPORT_FORMAT_SHOTS_JSON;

  return GOLF_IMPORT_FORMAT_UNEEKOR_REPORT;
}

static gboolean
sniff_file (const char        *path,
            const char        *what,
            GolfImportFormat  *format,
            GError           **error)
{
  char buffer[SNIFF_SIZE];
  guint64 size;
  gssize n;
  int fd;

  fd = _golf_import_open_file (path, what, &size, error);
  if (fd < 0)
    return FALSE;

  do
    n = read (fd, buffer, sizeof buffer);
  while (n < 0 && errno == EINTR);
  g_close (fd, NULL);

  if (n < 0)
    {
      int saved = errno;

      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_READ,
                   "Could not read %s: %s", what, g_strerror (saved));
      return FALSE;
    }

  *format = golf_import_detect_format (buffer, n);
  if (*format == GOLF_IMPORT_FORMAT_SHOTS_JSON)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT,
                   "%s is Golf Lab's JSON export, made for other tools; import the session's "
                   ".golfsession bundle instead (export it with --format golfsession)", what);
      return FALSE;
    }

  return TRUE;
}

/**
 * golf_import_file:
 * @store: the store, on its own thread
 * @path: a Uneekor report, a CSV export or a `.golfsession` bundle
 * @session_id: (nullable): the session to file the shots under; %NULL to
 *   let each importer name it (a report's id, a CSV's brand and day, a
 *   bundle's own)
 * @cancellable: (nullable): checked between batches of shots
 * @progress: (nullable): told the bytes read and the shots stored
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * Tells the file's format from its content (see
 * golf_import_detect_format()) and imports it with
 * golf_uneekor_report_import_file(), golf_csv_import_file() or
 * golf_bundle_import_file(). A CSV is streamed; the others are read whole.
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set
 */
GolfImportReport *
golf_import_file (GolfStore               *store,
                  const char              *path,
                  const char              *session_id,
                  GCancellable            *cancellable,
                  GolfImportProgressFunc   progress,
                  gpointer                 progress_data,
                  GError                 **error)
{
  g_autofree char *what = NULL;
  GolfImportFormat format;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  what = _golf_import_describe_file (path);
  if (!sniff_file (path, what, &format, error))
    return NULL;

  switch (format)
    {
    case GOLF_IMPORT_FORMAT_BUNDLE:
      return golf_bundle_import_file (store, path, session_id, error);
    case GOLF_IMPORT_FORMAT_CSV:
      return golf_csv_import_file (store, path, session_id, cancellable, progress, progress_data, error);
    case GOLF_IMPORT_FORMAT_UNEEKOR_REPORT:
    case GOLF_IMPORT_FORMAT_SHOTS_JSON:
    default:
      return golf_uneekor_report_import_file (store, path, session_id, error);
    }
}

typedef struct
{
  GolfStore              *store;
  char                   *path;
  char                   *session_id;
  GolfImportReport       *report;
  char                   *player_name;
  GolfHand                hand;
  GolfImportProgressFunc  progress;
  gpointer                progress_data;
} FileImport;

static void
file_import_free (gpointer data)
{
  FileImport *import = data;

  g_clear_object (&import->store);
  g_clear_object (&import->report);
  g_free (import->path);
  g_free (import->session_id);
  g_free (import->player_name);
  g_free (import);
}

static GolfImportParsed *
parse_csv_file (FileImport  *import,
                const char  *what,
                GError     **error)
{
  GolfImportParsed *parsed;
  guint64 size;
  int fd;

  fd = _golf_import_open_file (import->path, what, &size, error);
  if (fd < 0)
    return NULL;

  parsed = _golf_csv_parse_text (_golf_text_reader_new_for_fd (fd), import->session_id, what, what,
                                 import->report, error);
  g_close (fd, NULL);

  return parsed;
}

/* The whole file into memory, off the caller's thread. */
static GolfImportParsed *
parse_file (FileImport  *import,
            GError     **error)
{
  g_autofree char *what = _golf_import_describe_file (import->path);
  g_autofree char *name_id = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GolfSession) session = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  GolfImportParsed *parsed;
  GolfImportFormat format;
  gsize length;

  if (!sniff_file (import->path, what, &format, error))
    return NULL;
  if (format == GOLF_IMPORT_FORMAT_CSV)
    return parse_csv_file (import, what, error);

  if (!_golf_import_read_file (import->path, what, &data, &length, error))
    return NULL;

  if (format == GOLF_IMPORT_FORMAT_BUNDLE)
    {
      g_autofree char *source = g_strdup_printf ("Golf Lab session bundle %s", what);

      _golf_import_report_set_source (import->report, source);
      return _golf_bundle_parse (data, length, import->session_id, what, import->report,
                                 &import->player_name, &import->hand, error);
    }

  {
    g_autofree char *source = g_strdup_printf ("Uneekor report %s", what);

    _golf_import_report_set_source (import->report, source);
  }
  name_id = golf_uneekor_report_session_id_for_file (import->path);
  if (!_golf_uneekor_report_parse (data, length, import->session_id, name_id, what,
                                   &session, &shots, import->report, error))
    return NULL;

  parsed = _golf_import_parsed_new ();
  _golf_import_parsed_add (parsed, session, shots);
  return parsed;
}

static void
parse_file_in_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GolfImportParsed *parsed;
  GError *error = NULL;

  parsed = parse_file (task_data, &error);
  if (parsed == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, parsed, (GDestroyNotify) _golf_import_parsed_free);
}

static void
on_file_parsed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FileImport *import = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GolfImportParsed) parsed = NULL;
  GError *error = NULL;

  parsed = g_task_propagate_pointer (G_TASK (result), &error);
  if (parsed == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (!_golf_bundle_file_under_player (import->store, parsed, import->player_name, import->hand, &error) ||
      !_golf_import_write_parsed (import->store, import->report, parsed, cancellable,
                                  import->progress, import->progress_data, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&import->report), g_object_unref);
}

/**
 * golf_import_file_async:
 * @store: the store; it is written on the caller's thread, which must be
 *   the store's
 * @path: a Uneekor report, a CSV export or a `.golfsession` bundle
 * @session_id: (nullable): see golf_import_file()
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable): told the shots stored; it must stay callable
 *   until @callback runs
 * @progress_data: data for @progress
 * @callback: called when the file is stored, or the import failed
 * @user_data: data for @callback
 *
 * Like golf_import_file(), for a program with a main loop: the file is
 * read and parsed in a worker thread (whole, into memory), then stored on
 * the caller's thread in one transaction. A failed or cancelled import
 * writes nothing.
 */
void
golf_import_file_async (GolfStore               *store,
                        const char              *path,
                        const char              *session_id,
                        GCancellable            *cancellable,
                        GolfImportProgressFunc   progress,
                        gpointer                 progress_data,
                        GAsyncReadyCallback      callback,
                        gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) parse = NULL;
  FileImport *import;
  GError *error = NULL;

  g_return_if_fail (GOLF_IS_STORE (store));
  g_return_if_fail (path != NULL);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, golf_import_file_async);

  import = g_new0 (FileImport, 1);
  import->store = g_object_ref (store);
  import->path = g_strdup (path);
  import->session_id = g_strdup (session_id);
  import->report = golf_import_report_new (NULL);
  import->progress = progress;
  import->progress_data = progress_data;
  g_task_set_task_data (task, import, file_import_free);

  if (session_id != NULL && !golf_import_check_session_id (session_id, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  parse = g_task_new (NULL, cancellable, on_file_parsed_cb, g_object_ref (task));
  g_task_set_source_tag (parse, parse_file_in_thread);
  g_task_set_task_data (parse, import, NULL);
  g_task_run_in_thread (parse, parse_file_in_thread);
}

/**
 * golf_import_file_finish:
 * @store: the store given to golf_import_file_async()
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set
 */
GolfImportReport *
golf_import_file_finish (GolfStore     *store,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == golf_import_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
