/* golf-importer.c: any file Golf Lab imports, told by its content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

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
                   _("Could not read %s: %s"), what, g_strerror (saved));
      return FALSE;
    }

  *format = golf_import_detect_format (buffer, n);
  if (*format == GOLF_IMPORT_FORMAT_SHOTS_JSON)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is Golf Lab's JSON export, made for other tools; import the session's "
                     ".golfsession bundle instead (export it with --format golfsession)"), what);
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
  char *path;
  char *session_id;
} FileImport;

static void
file_import_free (gpointer data)
{
  FileImport *import = data;

  g_free (import->path);
  g_free (import->session_id);
  g_free (import);
}

static GolfImportParsed *
parse_csv_file (FileImport        *import,
                const char        *what,
                GolfImportReport  *report,
                GError           **error)
{
  GolfImportParsed *parsed;
  guint64 size;
  int fd;

  fd = _golf_import_open_file (import->path, what, &size, error);
  if (fd < 0)
    return NULL;

  parsed = _golf_csv_parse_text (_golf_text_reader_new_for_fd (fd), import->session_id, what, what,
                                 report, error);
  g_close (fd, NULL);

  return parsed;
}

/* A GolfImportParseFunc: the whole file into memory, in a worker thread. */
static GolfImportParsed *
parse_file (gpointer           user_data,
            GolfImportReport  *report,
            GError           **error)
{
  FileImport *import = user_data;
  g_autofree char *what = _golf_import_describe_file (import->path);
  g_autofree char *name_id = NULL;
  g_autofree char *data = NULL;
  g_autofree char *source = NULL;
  GolfImportFormat format;
  gsize length;

  if (!sniff_file (import->path, what, &format, error))
    return NULL;
  if (format == GOLF_IMPORT_FORMAT_CSV)
    return parse_csv_file (import, what, report, error);

  if (!_golf_import_read_file (import->path, what, &data, &length, error))
    return NULL;

  if (format == GOLF_IMPORT_FORMAT_BUNDLE)
    {
      source = g_strdup_printf (_("Golf Lab session bundle %s"), what);
      _golf_import_report_set_source (report, source);
      return _golf_bundle_parse (data, length, import->session_id, what, report, error);
    }

  source = g_strdup_printf (_("Uneekor report %s"), what);
  _golf_import_report_set_source (report, source);
  name_id = golf_uneekor_report_session_id_for_file (import->path);

  return _golf_uneekor_report_parse_whole (data, length, import->session_id, name_id, what, report, error);
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
  g_autoptr(GolfImportReport) report = NULL;
  FileImport *import;
  GError *error = NULL;

  g_return_if_fail (GOLF_IS_STORE (store));
  g_return_if_fail (path != NULL);

  if (session_id != NULL && !golf_import_check_session_id (session_id, &error))
    {
      g_task_report_error (store, callback, user_data, _golf_import_parse_and_write_async, error);
      return;
    }

  import = g_new0 (FileImport, 1);
  import->path = g_strdup (path);
  import->session_id = g_strdup (session_id);
  report = golf_import_report_new (NULL);

  _golf_import_parse_and_write_async (store, report, parse_file, import, file_import_free, cancellable,
                                      progress, progress_data, callback, user_data);
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

  return _golf_import_parse_and_write_finish (result, error);
}
