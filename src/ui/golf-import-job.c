/* golf-import-job.c
 *
 * One import started from the window: report links through the import
 * layer's Uneekor client (fetched without blocking, a report's few hundred
 * shots written on the main thread), files in a worker thread.
 *
 * A file may hold a hundred thousand shots, and writing them is one
 * transaction: on the main thread that would freeze the window for a
 * second or two. So the worker opens a GolfStore of its own on the same
 * database file, which the import layer reads and writes there; SQLite's
 * WAL lets the window go on reading meanwhile. When the worker is done,
 * the window's store is refreshed: it sees the new shots as it sees any
 * other program's, emits shot-changed, and the metrics and every bound
 * label follow. Progress crosses to the main thread through an idle.
 *
 * A job for a chosen student imports under that student on a store of
 * its own (files: the worker's; a link: one opened for the job), so two
 * imports for two students never share the store's import player.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import-job"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-import-job.h"
#include "golf-importer.h"

/* What the worker last reported, read by the main thread. */
typedef struct
{
  GMutex           mutex;
  GolfImportStage  stage;
  guint64          done;
  guint64          total;
  guint            file;
  gboolean         update_pending;
} Progress;

struct _GolfImportJob
{
  GObject             parent_instance;

  GolfStore          *store;
  GolfUneekorClient  *client;
  char               *link;
  GPtrArray          *paths;
  GCancellable       *cancellable;
  gint64              player_id;
  Progress            progress;
  double              fraction;
  char               *text;
};

G_DEFINE_FINAL_TYPE (GolfImportJob, golf_import_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_progress (GolfImportJob   *self,
              GolfImportStage  stage,
              guint64          done,
              guint64          total,
              guint            file)
{
  guint n_files = self->paths != NULL ? MAX (self->paths->len, 1) : 1;
  double fraction = total > 0 ? MIN ((double)done / total, 1.0) : -1;
  g_autofree char *name = NULL;

  switch (stage)
    {
    case GOLF_IMPORT_STAGE_DOWNLOADING:
      name = g_format_size (done);
      g_free (self->text);
      /* Translators: while a report arrives; %s is a size like "12 kB" */
      self->text = g_strdup_printf (_("Downloading the report… %s"), name);
      break;

    case GOLF_IMPORT_STAGE_READING:
      name = g_path_get_basename (g_ptr_array_index (self->paths, MIN (file, self->paths->len - 1)));
      g_free (self->text);
      /* Translators: while a file is read; %s is its name */
      self->text = g_strdup_printf (_("Reading “%s”…"), name);
      /* Reading is the first half of a file's share, storing the second. */
      fraction = fraction < 0 ? -1 : fraction / 2;
      break;

    case GOLF_IMPORT_STAGE_STORING:
    default:
      g_free (self->text);
      /* Translators: while shots are saved: "Saving shots… 1200 of 100000" */
      self->text = total > 0
                   ? g_strdup_printf (_("Saving shots… %u of %u"), (guint)done, (guint)total)
                   : g_strdup (_("Saving shots…"));
      if (self->paths != NULL)
        fraction = fraction < 0 ? -1 : 0.5 + fraction / 2;
      break;
    }

  self->fraction = fraction < 0 ? -1 : (file + fraction) / n_files;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

/* Links: the import layer calls back on the main thread. */
static void
on_link_progress_cb (GolfImportStage stage,
                     guint64         done,
                     guint64         total,
                     gpointer        user_data)
{
  set_progress (user_data, stage, done, total, 0);
}

static gboolean
apply_progress_cb (gpointer user_data)
{
  GolfImportJob *self = user_data;
  GolfImportStage stage;
  guint64 done, total;
  guint file;

  g_mutex_lock (&self->progress.mutex);
  stage = self->progress.stage;
  done = self->progress.done;
  total = self->progress.total;
  file = self->progress.file;
  self->progress.update_pending = FALSE;
  g_mutex_unlock (&self->progress.mutex);

  set_progress (self, stage, done, total, file);

  return G_SOURCE_REMOVE;
}

/* Files: called in the worker; one idle at a time carries it over. */
static void
on_file_progress_cb (GolfImportStage stage,
                     guint64         done,
                     guint64         total,
                     gpointer        user_data)
{
  GolfImportJob *self = user_data;
  gboolean schedule;

  g_mutex_lock (&self->progress.mutex);
  self->progress.stage = stage;
  self->progress.done = done;
  self->progress.total = total;
  schedule = !self->progress.update_pending;
  self->progress.update_pending = TRUE;
  g_mutex_unlock (&self->progress.mutex);

  if (schedule)
    g_idle_add_full (G_PRIORITY_DEFAULT, apply_progress_cb, g_object_ref (self), g_object_unref);
}

static void
import_files_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GolfImportJob *self = source_object;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfStore) store = NULL;
  GError *error = NULL;

  /* A store of this thread's own, on the same file. */
  store = golf_store_new (golf_store_get_path (self->store), &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (self->player_id > 0)
    golf_store_set_import_player_id (store, self->player_id);

  for (guint i = 0; i < self->paths->len; i++)
    {
      GolfImportReport *report;

      g_mutex_lock (&self->progress.mutex);
      self->progress.file = i;
      g_mutex_unlock (&self->progress.mutex);

      report = golf_import_file (store, g_ptr_array_index (self->paths, i), NULL, cancellable,
                                 on_file_progress_cb, self, &error);
      if (report == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (reports, report);
    }

  g_task_return_pointer (task, g_steal_pointer (&reports), (GDestroyNotify)g_ptr_array_unref);
}

static void
on_files_imported_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GolfImportJob *self = GOLF_IMPORT_JOB (object);
  g_autoptr(GError) refresh_error = NULL;
  GPtrArray *reports;
  GError *error = NULL;

  /* What was written before a failure stays: show it either way. */
  if (!golf_store_refresh (self->store, &refresh_error))
    g_warning ("Cannot see the imported shots: %s", refresh_error->message);

  reports = g_task_propagate_pointer (G_TASK (result), &error);
  if (reports == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, reports, (GDestroyNotify)g_ptr_array_unref);
}

static void
on_link_imported_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GolfImportJob *self = g_task_get_source_object (task);
  g_autoptr(GError) refresh_error = NULL;
  GolfImportReport *report;
  GPtrArray *reports;
  GError *error = NULL;

  report = golf_uneekor_client_import_finish (GOLF_UNEEKOR_CLIENT (object), result, &error);
  /* Written through a store of the job's own: the window's sees it now. */
  if (self->player_id > 0 && !golf_store_refresh (self->store, &refresh_error))
    g_warning ("Cannot see the imported shots: %s", refresh_error->message);
  if (report == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (reports, report);
  g_task_return_pointer (task, reports, (GDestroyNotify)g_ptr_array_unref);
}

static void
golf_import_job_dispose (GObject *object)
{
  GolfImportJob *self = (GolfImportJob *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (golf_import_job_parent_class)->dispose (object);
}

static void
golf_import_job_finalize (GObject *object)
{
  GolfImportJob *self = (GolfImportJob *)object;

  g_clear_pointer (&self->paths, g_ptr_array_unref);
  g_mutex_clear (&self->progress.mutex);
  g_free (self->link);
  g_free (self->text);

  G_OBJECT_CLASS (golf_import_job_parent_class)->finalize (object);
}

static void
golf_import_job_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GolfImportJob *self = GOLF_IMPORT_JOB (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_import_job_class_init (GolfImportJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = golf_import_job_dispose;
  object_class->finalize = golf_import_job_finalize;
  object_class->get_property = golf_import_job_get_property;

  /**
   * GolfImportJob:fraction:
   *
   * How much is done, from 0 to 1; -1 while that cannot be told.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, -1, 1, -1,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * GolfImportJob:text:
   *
   * What is being done, in words.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_import_job_init (GolfImportJob *self)
{
  g_mutex_init (&self->progress.mutex);
  self->cancellable = g_cancellable_new ();
  self->fraction = -1;
  self->text = g_strdup (_("Starting…"));
}

/**
 * golf_import_job_new_for_files:
 * @store: the window's store
 * @files: (array length=n_files): Uneekor reports, CSV exports or
 *   `.golfsession` bundles
 * @n_files: how many
 *
 * Returns: (transfer full): a job that imports the files, one after the other
 */
GolfImportJob *
golf_import_job_new_for_files (GolfStore  *store,
                               GFile     **files,
                               guint       n_files)
{
  GolfImportJob *self;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (files != NULL && n_files > 0, NULL);

  self = g_object_new (GOLF_TYPE_IMPORT_JOB, NULL);
  self->store = g_object_ref (store);
  self->paths = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (self->paths, g_file_get_path (files[i]));
  set_progress (self, GOLF_IMPORT_STAGE_READING, 0, 0, 0);

  return self;
}

/**
 * golf_import_job_new_for_link:
 * @store: the window's store
 * @client: the Uneekor client that fetches reports
 * @link: a report link as the Uneekor portal gives it
 *
 * Returns: (transfer full): a job that fetches and imports the report
 */
GolfImportJob *
golf_import_job_new_for_link (GolfStore         *store,
                              GolfUneekorClient *client,
                              const char        *link)
{
  GolfImportJob *self;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (GOLF_IS_UNEEKOR_CLIENT (client), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  self = g_object_new (GOLF_TYPE_IMPORT_JOB, NULL);
  self->store = g_object_ref (store);
  self->client = g_object_ref (client);
  self->link = g_strdup (link);
  g_free (self->text);
  self->text = g_strdup (_("Asking Uneekor for the report…"));

  return self;
}

/* A store on the same file that imports under the job's student. */
static GolfStore *
open_player_store (GolfImportJob  *self,
                   GError        **error)
{
  g_autoptr(GolfStore) store = golf_store_new (golf_store_get_path (self->store), error);

  if (store == NULL)
    return NULL;

  golf_store_set_import_player_id (store, self->player_id);
  return g_steal_pointer (&store);
}

/**
 * golf_import_job_set_player_id:
 * @self: a #GolfImportJob
 * @player_id: the player (a coach's student) the sessions go to, or 0
 *   for each source's own (see golf_store_set_import_player_id())
 *
 * Set before golf_import_job_run_async(); the window's store is left as
 * it is, so jobs for different players may overlap.
 */
void
golf_import_job_set_player_id (GolfImportJob *self,
                               gint64         player_id)
{
  g_return_if_fail (GOLF_IS_IMPORT_JOB (self));
  g_return_if_fail (player_id >= 0);

  self->player_id = player_id;
}

/**
 * golf_import_job_run_async:
 * @self: a #GolfImportJob
 * @callback: called on the main thread when the import is over
 * @user_data: data for @callback
 *
 * Runs the import; the window stays responsive meanwhile.
 */
void
golf_import_job_run_async (GolfImportJob       *self,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GOLF_IS_IMPORT_JOB (self));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, golf_import_job_run_async);
  g_task_set_check_cancellable (task, FALSE);

  if (self->link != NULL)
    {
      g_autoptr(GolfStore) store = NULL;
      GError *error = NULL;

      if (self->player_id > 0 && (store = open_player_store (self, &error)) == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      golf_uneekor_client_import_async (self->client, store != NULL ? store : self->store, self->link, NULL,
                                        self->cancellable, on_link_progress_cb, self, on_link_imported_cb,
                                        g_steal_pointer (&task));
    }
  else
    {
      g_autoptr(GTask) worker = g_task_new (self, self->cancellable, on_files_imported_cb, g_steal_pointer (&task));

      g_task_set_source_tag (worker, import_files_thread);
      g_task_set_check_cancellable (worker, FALSE);
      g_task_run_in_thread (worker, import_files_thread);
    }
}

/**
 * golf_import_job_run_finish:
 * @self: a #GolfImportJob
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GolfImportReport) (nullable): a
 *   report per source imported, or %NULL with @error set (cancelled:
 *   %G_IO_ERROR_CANCELLED)
 */
GPtrArray *
golf_import_job_run_finish (GolfImportJob  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * golf_import_job_cancel:
 * @self: a #GolfImportJob
 *
 * Stops the import; what a source had not written yet is not written.
 */
void
golf_import_job_cancel (GolfImportJob *self)
{
  g_return_if_fail (GOLF_IS_IMPORT_JOB (self));

  g_cancellable_cancel (self->cancellable);
}

/**
 * golf_import_job_get_fraction:
 * @self: a #GolfImportJob
 *
 * Returns: how much is done, 0 to 1, or -1 when that cannot be told
 */
double
golf_import_job_get_fraction (GolfImportJob *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_JOB (self), -1);

  return self->fraction;
}

/**
 * golf_import_job_get_text:
 * @self: a #GolfImportJob
 *
 * Returns: what is being done, in words
 */
const char *
golf_import_job_get_text (GolfImportJob *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_JOB (self), NULL);

  return self->text;
}
