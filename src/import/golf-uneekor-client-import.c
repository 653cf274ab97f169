/* golf-uneekor-client-import.c: a linked report into the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <glib/gi18n-lib.h>

#include "golf-import-report-private.h"
#include "golf-import-util-private.h"
#include "golf-uneekor-client.h"
#include "golf-uneekor-report-private.h"

typedef struct
{
  GolfStore              *store;
  char                   *session_id;
  char                   *report_id;
  GBytes                 *bytes;
  GolfImportProgressFunc  progress;
  gpointer                progress_data;
} LinkImport;

static void
link_import_free (gpointer data)
{
  LinkImport *import = data;

  g_clear_object (&import->store);
  g_clear_pointer (&import->bytes, g_bytes_unref);
  g_free (import->session_id);
  g_free (import->report_id);
  g_free (import);
}

/* A GolfImportParseFunc, in a worker thread: a large report takes a while. */
static GolfImportParsed *
parse_report (gpointer           user_data,
              GolfImportReport  *report,
              GError           **error)
{
  LinkImport *import = user_data;
  g_autofree char *what = g_strdup_printf (_("Uneekor report %s"), import->report_id);
  gsize length;
  const char *data = g_bytes_get_data (import->bytes, &length);

  /* The session of a linked report is the report's id. */
  return _golf_uneekor_report_parse_whole (length > 0 ? data : "", length,
                                           import->session_id ? import->session_id : import->report_id,
                                           NULL, what, report, error);
}

static void
on_written_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GolfImportReport *report;
  GError *error = NULL;

  report = _golf_import_parse_and_write_finish (result, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static void
on_fetched_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LinkImport *import = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GolfImportReport) report = NULL;
  g_autofree char *source = NULL;
  GError *error = NULL;

  import->bytes = golf_uneekor_client_fetch_finish (GOLF_UNEEKOR_CLIENT (object), result,
                                                    &import->report_id, &error);
  if (import->bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  source = g_strdup_printf (_("Uneekor report %s (from its link)"), import->report_id);
  report = golf_import_report_new (source);
  _golf_import_parse_and_write_async (import->store, report, parse_report, import, NULL, cancellable,
                                      import->progress, import->progress_data,
                                      on_written_cb, g_steal_pointer (&task));
}

/**
 * golf_uneekor_client_import_async:
 * @self: a #GolfUneekorClient
 * @store: where the report's session goes; it is written on the caller's
 *   thread, which must be the store's
 * @link: a report link (see golf_uneekor_link_parse())
 * @session_id: (nullable): the session to file the shots under; %NULL for
 *   the report's id
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable): told the bytes received, then the shots stored;
 *   it must stay callable until @callback runs
 * @progress_data: data for @progress
 * @callback: called when the report is stored, or the import failed
 * @user_data: data for @callback
 *
 * Fetches the report (see golf_uneekor_client_fetch_async()), parses it in
 * a worker thread and stores it in one transaction. A link that cannot be
 * used fails before anything is fetched; a failed or cancelled import
 * writes nothing.
 */
void
golf_uneekor_client_import_async (GolfUneekorClient      *self,
                                  GolfStore              *store,
                                  const char             *link,
                                  const char             *session_id,
                                  GCancellable           *cancellable,
                                  GolfImportProgressFunc  progress,
                                  gpointer                progress_data,
                                  GAsyncReadyCallback     callback,
                                  gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  LinkImport *import;
  GError *error = NULL;

  g_return_if_fail (GOLF_IS_UNEEKOR_CLIENT (self));
  g_return_if_fail (GOLF_IS_STORE (store));
  g_return_if_fail (link != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, golf_uneekor_client_import_async);
  g_task_set_check_cancellable (task, FALSE);

  import = g_new0 (LinkImport, 1);
  import->store = g_object_ref (store);
  import->session_id = g_strdup (session_id);
  import->progress = progress;
  import->progress_data = progress_data;
  g_task_set_task_data (task, import, link_import_free);

  if (session_id != NULL && !golf_import_check_session_id (session_id, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  golf_uneekor_client_fetch_async (self, link, cancellable, progress, progress_data,
                                   on_fetched_cb, g_steal_pointer (&task));
}

/**
 * golf_uneekor_client_import_finish:
 * @self: a #GolfUneekorClient
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set
 */
GolfImportReport *
golf_uneekor_client_import_finish (GolfUneekorClient  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == golf_uneekor_client_import_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
