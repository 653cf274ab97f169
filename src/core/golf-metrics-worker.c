/* golf-metrics-worker.c: keeps every session's metrics current
 *
 * On GolfStore::shot-changed the session is marked dirty and stale. A
 * callback from the main loop starts a recompute in a GTask thread, on a connection of the
 * worker's own, for each dirty session that has none in flight; changes
 * that arrive meanwhile leave the session dirty, so it runs once more when
 * the first finishes. A burst of writes thus costs one or two recomputes.
 * The worker keeps the last snapshots it read, so a change to a few shots
 * reads only those shots again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-metrics"

#include "golf-metrics-worker-private.h"
#include "golf-session-private.h"
#include "golf-store-private.h"

struct _GolfMetricsWorker
{
  GObject       parent_instance;
  GolfStore    *store;
  char         *db_path;
  GHashTable   *dirty;       /* session id -> Pending, waiting */
  GHashTable   *in_flight;   /* session id set, being computed */
  GHashTable   *snapshots;   /* session id -> GolfSessionSnapshot, idle ones */
  GAsyncQueue  *connections; /* idle GolfDb, reused across tasks */
  GCancellable *cancellable;
  GMainContext *context;     /* where results are applied */
  GSource      *dispatch_source;
  guint         max_parallel;
  guint         n_recomputes;

  GolfMetricsWorkerTestHook test_hook;
  gpointer                  test_hook_data;
};

G_DEFINE_FINAL_TYPE (GolfMetricsWorker, golf_metrics_worker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MAX_SNAPSHOTS 8

/* The changes a session had since its last recompute started. */
typedef struct
{
  GPtrArray *shot_ids;   /* one entry per change; NULL once a bulk change came */
} Pending;

static Pending *
pending_new (void)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->shot_ids = g_ptr_array_new_with_free_func (g_free);

  return pending;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_clear_pointer (&pending->shot_ids, g_ptr_array_unref);
  g_free (pending);
}

typedef struct
{
  char                *session_id;
  Pending             *pending;
  GolfSessionSnapshot *snapshot;
  GolfSessionMetrics  *metrics;
  gboolean             superseded;
  GolfMetricsWorkerTestHook test_hook;
  gpointer             test_hook_data;
} Recompute;

static void
recompute_free (gpointer data)
{
  Recompute *recompute = data;

  g_free (recompute->session_id);
  g_clear_pointer (&recompute->pending, pending_free);
  g_clear_pointer (&recompute->snapshot, _golf_session_snapshot_free);
  g_clear_pointer (&recompute->metrics, golf_session_metrics_unref);
  g_free (recompute);
}

static void dispatch (GolfMetricsWorker *self);

static gboolean
dispatch_cb (gpointer user_data)
{
  dispatch (user_data);

  return G_SOURCE_REMOVE;
}

static void
cancel_dispatch (GolfMetricsWorker *self)
{
  if (self->dispatch_source != NULL)
    {
      g_source_destroy (self->dispatch_source);
      g_clear_pointer (&self->dispatch_source, g_source_unref);
    }
}

static void
schedule_dispatch (GolfMetricsWorker *self)
{
  if (self->dispatch_source != NULL)
    return;

  /* Not an idle priority: a window that repaints without pause (GTK's
   * frame clock runs at G_PRIORITY_HIGH_IDLE + 20) would starve it, and the
   * session would stay stale. Starting a task is cheap; bursts still
   * coalesce, as a save loop never yields to this source. */
  self->dispatch_source = g_idle_source_new ();
  g_source_set_priority (self->dispatch_source, G_PRIORITY_DEFAULT);
  g_source_set_callback (self->dispatch_source, dispatch_cb, self, NULL);
  g_source_attach (self->dispatch_source, self->context);
}

static void
set_stale (GolfMetricsWorker *self,
           const char        *session_id,
           gboolean           stale)
{
  GolfSession *session = golf_store_find_session (self->store, session_id);

  if (session != NULL)
    _golf_session_set_metrics_stale (session, stale);
}

static void
mark_dirty (GolfMetricsWorker *self,
            const char        *session_id,
            const char        *shot_id)
{
  gboolean was_busy = golf_metrics_worker_is_busy (self);
  Pending *pending = g_hash_table_lookup (self->dirty, session_id);

  if (pending == NULL)
    {
      pending = pending_new ();
      g_hash_table_insert (self->dirty, g_strdup (session_id), pending);
    }

  if (shot_id == NULL)
    g_clear_pointer (&pending->shot_ids, g_ptr_array_unref);
  else if (pending->shot_ids != NULL)
    g_ptr_array_add (pending->shot_ids, g_strdup (shot_id));

  set_stale (self, session_id, TRUE);
  schedule_dispatch (self);

  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_shot_changed_cb (GolfMetricsWorker *self,
                    const char        *session_id,
                    const char        *shot_id,
                    GolfChangeKind     kind,
                    GolfStore         *store)
{
  mark_dirty (self, session_id, shot_id);
}

/* Runs in a worker thread, on a connection no other thread is using.
 * Another process may have changed the session after the snapshot was
 * read: then nothing is written and @superseded says to read again. */
static GolfSessionMetrics *
compute_and_store (GolfDb     *db,
                   Recompute  *recompute,
                   GError    **error)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  const char *session_id = recompute->session_id;
  GolfSessionSnapshot *snapshot = recompute->snapshot;
  GPtrArray *pending_ids = recompute->pending->shot_ids;
  gboolean *superseded = &recompute->superseded;
  const char * const *shot_ids = NULL;
  gint64 revision = 0;
  gboolean ok;

  if (pending_ids != NULL)
    {
      g_ptr_array_add (pending_ids, NULL);
      shot_ids = (const char * const *)pending_ids->pdata;
    }

  ok = _golf_db_read_snapshot (db, session_id, snapshot, shot_ids, error);
  if (ok && snapshot->rows->len > 0)
    metrics = golf_session_metrics_compute ((const GolfMetricsRow *)(gpointer)snapshot->rows->data,
                                            snapshot->rows->len);

  if (ok && recompute->test_hook != NULL)
    recompute->test_hook (session_id, recompute->test_hook_data);

  ok = ok && _golf_db_begin (db, TRUE, error);
  ok = ok && _golf_db_read_revision (db, session_id, &revision, error);
  *superseded = ok && revision != snapshot->revision;
  ok = ok && (*superseded || _golf_db_write_metrics (db, session_id, snapshot, metrics, error));
  ok = ok && _golf_db_commit (db, error);

  if (!ok)
    _golf_db_rollback (db);

  return ok && !*superseded ? g_steal_pointer (&metrics) : NULL;
}

static void
recompute_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GolfMetricsWorker *self = source_object;
  Recompute *recompute = task_data;
  g_autoptr(GError) error = NULL;
  GolfDb *db;

  if ((db = g_async_queue_try_pop (self->connections)) == NULL &&
      (db = _golf_db_open (self->db_path, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  recompute->metrics = compute_and_store (db, recompute, &error);
  g_async_queue_push (self->connections, db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
keep_snapshot (GolfMetricsWorker   *self,
               const char          *session_id,
               GolfSessionSnapshot *snapshot)
{
  if (g_hash_table_size (self->snapshots) >= MAX_SNAPSHOTS)
    g_hash_table_remove_all (self->snapshots);

  g_hash_table_insert (self->snapshots, g_strdup (session_id), snapshot);
}

static void
recompute_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GolfMetricsWorker *self = GOLF_METRICS_WORKER (object);
  Recompute *recompute = g_task_get_task_data (G_TASK (result));
  const char *session_id = recompute->session_id;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove (self->in_flight, session_id);

  /* Disposed while the thread ran: nothing left to apply the result to. */
  if (self->store == NULL)
    return;

  if (g_task_propagate_boolean (G_TASK (result), &error) && recompute->superseded)
    {
      mark_dirty (self, session_id, NULL);
    }
  else if (error == NULL)
    {
      Pending *pending = g_hash_table_lookup (self->dirty, session_id);

      self->n_recomputes++;
      _golf_store_apply_metrics (self->store, session_id, recompute->metrics);
      keep_snapshot (self, session_id, g_steal_pointer (&recompute->snapshot));

      /* Changes made while the thread ran may be in the snapshot already, so
       * the next run cannot count on them to explain the revision: read all. */
      if (pending != NULL)
        g_clear_pointer (&pending->shot_ids, g_ptr_array_unref);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GolfSession *session = golf_store_find_session (self->store, session_id);

      /* Structured, so the session can be found in the journal by field. */
      g_log_structured (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING,
                        "GOLF_SESSION_ID", session_id,
                        "MESSAGE", "Session %s: its metrics could not be recomputed: %s",
                        session_id, error->message);

      /* Not pending any more, yet not current: the session says so. */
      if (session != NULL)
        _golf_session_set_metrics_error (session, error->message);
    }

  if (!g_hash_table_contains (self->dirty, session_id))
    set_stale (self, session_id, FALSE);

  dispatch (self);

  if (!golf_metrics_worker_is_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
start_recompute (GolfMetricsWorker *self,
                 char              *session_id,
                 Pending           *pending)
{
  g_autoptr(GTask) task = NULL;
  Recompute *recompute = g_new0 (Recompute, 1);
  gpointer snapshot = NULL;
  gpointer key = NULL;

  recompute->session_id = g_strdup (session_id);
  recompute->pending = pending;
  if (g_hash_table_steal_extended (self->snapshots, session_id, &key, &snapshot))
    g_free (key);
  else
    snapshot = _golf_session_snapshot_new ();
  recompute->snapshot = snapshot;
  recompute->test_hook = self->test_hook;
  recompute->test_hook_data = self->test_hook_data;
  g_hash_table_add (self->in_flight, session_id);

  task = g_task_new (self, self->cancellable, recompute_done_cb, NULL);
  g_task_set_source_tag (task, start_recompute);
  g_task_set_task_data (task, recompute, recompute_free);
  g_task_run_in_thread (task, recompute_thread);
}

static void
dispatch (GolfMetricsWorker *self)
{
  GHashTableIter iter;
  char *session_id;
  Pending *pending;

  cancel_dispatch (self);

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_size (self->in_flight) < self->max_parallel &&
         g_hash_table_iter_next (&iter, (gpointer *)&session_id, (gpointer *)&pending))
    {
      if (g_hash_table_contains (self->in_flight, session_id))
        continue;

      g_hash_table_iter_steal (&iter);
      start_recompute (self, session_id, pending);
    }
}

static void
heal_stale_sessions (GolfMetricsWorker *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) stale = golf_store_dup_stale_sessions (self->store, &error);

  if (stale == NULL)
    {
      g_warning ("Could not look for out-of-date metrics: %s", error->message);
      return;
    }

  for (guint i = 0; stale[i] != NULL; i++)
    {
      g_debug ("Session %s: metrics are out of date, recomputing", stale[i]);
      mark_dirty (self, stale[i], NULL);
    }
}

static void
golf_metrics_worker_constructed (GObject *object)
{
  GolfMetricsWorker *self = GOLF_METRICS_WORKER (object);

  G_OBJECT_CLASS (golf_metrics_worker_parent_class)->constructed (object);

  self->db_path = g_strdup (golf_store_get_path (self->store));
  g_signal_connect_object (self->store, "shot-changed",
                           G_CALLBACK (on_shot_changed_cb), self,
                           G_CONNECT_SWAPPED);
  heal_stale_sessions (self);
}

static void
golf_metrics_worker_dispose (GObject *object)
{
  GolfMetricsWorker *self = GOLF_METRICS_WORKER (object);

  g_cancellable_cancel (self->cancellable);
  cancel_dispatch (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_metrics_worker_parent_class)->dispose (object);
}

static void
golf_metrics_worker_finalize (GObject *object)
{
  GolfMetricsWorker *self = GOLF_METRICS_WORKER (object);

  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->in_flight, g_hash_table_unref);
  g_clear_pointer (&self->snapshots, g_hash_table_unref);
  g_clear_pointer (&self->connections, g_async_queue_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_free (self->db_path);

  G_OBJECT_CLASS (golf_metrics_worker_parent_class)->finalize (object);
}

static void
golf_metrics_worker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GolfMetricsWorker *self = GOLF_METRICS_WORKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, golf_metrics_worker_is_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_metrics_worker_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  GolfMetricsWorker *self = GOLF_METRICS_WORKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_metrics_worker_class_init (GolfMetricsWorkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = golf_metrics_worker_constructed;
  object_class->dispose = golf_metrics_worker_dispose;
  object_class->finalize = golf_metrics_worker_finalize;
  object_class->get_property = golf_metrics_worker_get_property;
  object_class->set_property = golf_metrics_worker_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GOLF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
close_connection (gpointer db)
{
  _golf_db_close (db);
}

static void
golf_metrics_worker_init (GolfMetricsWorker *self)
{
  self->dirty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, pending_free);
  self->snapshots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify)_golf_session_snapshot_free);
  self->in_flight = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->connections = g_async_queue_new_full (close_connection);
  self->cancellable = g_cancellable_new ();
  self->context = g_main_context_ref_thread_default ();
  self->max_parallel = MAX (1, g_get_num_processors ());
}

/**
 * golf_metrics_worker_new:
 * @store: the store whose sessions to keep current
 *
 * Sessions whose stored metrics are out of date (say the program stopped
 * between a write and its recompute) are recomputed straight away.
 *
 * Returns: (transfer full): a new worker
 */
GolfMetricsWorker *
golf_metrics_worker_new (GolfStore *store)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);

  return g_object_new (GOLF_TYPE_METRICS_WORKER, "store", store, NULL);
}

/**
 * golf_metrics_worker_get_store:
 *
 * Returns: (transfer none): the store
 */
GolfStore *
golf_metrics_worker_get_store (GolfMetricsWorker *self)
{
  g_return_val_if_fail (GOLF_IS_METRICS_WORKER (self), NULL);
  return self->store;
}

/**
 * golf_metrics_worker_get_n_recomputes:
 *
 * Returns: how many session recomputes have finished, backfills included
 */
guint
golf_metrics_worker_get_n_recomputes (GolfMetricsWorker *self)
{
  g_return_val_if_fail (GOLF_IS_METRICS_WORKER (self), 0);
  return self->n_recomputes;
}

/**
 * golf_metrics_worker_is_busy:
 *
 * Returns: %TRUE while a recompute is pending or running
 */
gboolean
golf_metrics_worker_is_busy (GolfMetricsWorker *self)
{
  g_return_val_if_fail (GOLF_IS_METRICS_WORKER (self), FALSE);

  return g_hash_table_size (self->dirty) > 0 || g_hash_table_size (self->in_flight) > 0;
}

/* Tests only: see golf-metrics-worker-private.h. Recomputes started from
 * now on call @hook. */
void
_golf_metrics_worker_set_test_hook (GolfMetricsWorker         *self,
                                    GolfMetricsWorkerTestHook  hook,
                                    gpointer                   user_data)
{
  g_return_if_fail (GOLF_IS_METRICS_WORKER (self));

  self->test_hook = hook;
  self->test_hook_data = user_data;
}

/**
 * golf_metrics_worker_flush:
 * @self: a #GolfMetricsWorker
 *
 * Iterates the main context the worker was created in (the thread-default
 * one at the time) until every pending recompute has finished and its
 * result reached the sessions.
 */
void
golf_metrics_worker_flush (GolfMetricsWorker *self)
{
  g_return_if_fail (GOLF_IS_METRICS_WORKER (self));

  dispatch (self);
  while (golf_metrics_worker_is_busy (self))
    g_main_context_iteration (self->context, TRUE);
}

typedef struct
{
  char               *session_id;
  GolfSessionMetrics *metrics;
} Computed;

static void
computed_clear (gpointer data)
{
  Computed *computed = data;

  g_free (computed->session_id);
  g_clear_pointer (&computed->metrics, golf_session_metrics_unref);
}

static gboolean
backfill_in_transaction (GolfDb            *db,
                         GArray            *computed,
                         GolfProgressFunc   progress,
                         gpointer           user_data,
                         GError           **error)
{
  g_auto(GStrv) ids = _golf_db_list_session_ids (db, error);
  guint n_ids;

  if (ids == NULL)
    return FALSE;

  n_ids = g_strv_length (ids);
  for (guint i = 0; i < n_ids; i++)
    {
      GolfSessionSnapshot snapshot;
      Computed item = { g_strdup (ids[i]), NULL };
      gboolean ok;

      _golf_session_snapshot_init (&snapshot);
      ok = _golf_db_read_snapshot (db, ids[i], &snapshot, NULL, error);
      if (ok && snapshot.rows->len > 0)
        item.metrics = golf_session_metrics_compute ((const GolfMetricsRow *)(gpointer)snapshot.rows->data,
                                                     snapshot.rows->len);
      ok = ok && _golf_db_write_metrics (db, ids[i], &snapshot, item.metrics, error);
      _golf_session_snapshot_clear (&snapshot);
      g_array_append_val (computed, item);

      if (!ok)
        return FALSE;

      if (progress != NULL)
        progress (i + 1, n_ids, user_data);
    }

  return TRUE;
}

/**
 * golf_metrics_worker_backfill:
 * @self: a #GolfMetricsWorker
 * @progress: (nullable) (scope call): called after each session
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Recomputes and stores the metrics of every session in one transaction,
 * then hands them to the session objects. Waits for pending work first.
 *
 * Returns: the number of sessions recomputed, or -1 on error
 */
gint
golf_metrics_worker_backfill (GolfMetricsWorker  *self,
                              GolfProgressFunc    progress,
                              gpointer            user_data,
                              GError            **error)
{
  g_autoptr(GArray) computed = g_array_new (FALSE, TRUE, sizeof (Computed));
  g_autoptr(GolfDb) db = NULL;

  g_return_val_if_fail (GOLF_IS_METRICS_WORKER (self), -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  golf_metrics_worker_flush (self);
  g_array_set_clear_func (computed, computed_clear);

  if ((db = _golf_db_open (self->db_path, error)) == NULL ||
      !_golf_db_begin (db, TRUE, error))
    return -1;

  if (!backfill_in_transaction (db, computed, progress, user_data, error) ||
      !_golf_db_commit (db, error))
    {
      _golf_db_rollback (db);
      return -1;
    }

  for (guint i = 0; i < computed->len; i++)
    {
      Computed *item = &g_array_index (computed, Computed, i);

      _golf_store_apply_metrics (self->store, item->session_id, item->metrics);
    }

  self->n_recomputes += computed->len;

  return computed->len;
}
