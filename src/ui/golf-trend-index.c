/* golf-trend-index.c
 *
 * A trend over years of practice must not read every shot each time a
 * golfer picks another number or club: a million shots take half a second
 * to read. The point of a session on a trend (the median of a metric over
 * its kept shots, per club) depends on that session's shots alone, so this
 * keeps each session's GolfSessionMedians and recomputes a session only
 * when its shots change. A trend is then a look-up per session
 * (golf_trend_new_from_points()), well under a millisecond.
 *
 * The medians are worked out in worker threads, a session at a time, each
 * thread on its own SQLite connection (golf_shot_table_read()); the first
 * build splits the sessions between two threads. A change to a session's
 * shots bumps its generation and arms a short timeout, so a burst (an
 * import, a live session) is one run; a result whose session changed
 * meanwhile is dropped and the session computed again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-trend-index"

#include "config.h"

#include "golf-bag-order.h"
#include "golf-session-medians.h"
#include "golf-trend-index.h"

#define UPDATE_DELAY_MS 300
#define MAX_WORKERS 2

typedef struct
{
  GolfSessionMedians *medians;
  guint               generation;   /* of the session's shots it was worked out from */
} Entry;

struct _GolfTrendIndex
{
  GObject       parent_instance;

  GolfStore    *store;
  GHashTable   *entries;      /* session id -> Entry */
  GHashTable   *generations;  /* session id -> changes seen (GUINT_TO_POINTER) */
  GHashTable   *in_flight;    /* session ids a worker is computing */
  GCancellable *cancellable;
  guint         update_id;
  guint         generation;   /* bumped whenever medians change */
  guint         n_computed;
};

G_DEFINE_FINAL_TYPE (GolfTrendIndex, golf_trend_index, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_BUSY,
  PROP_GENERATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->medians, golf_session_medians_unref);
  g_free (entry);
}

static guint
get_generation (GolfTrendIndex *self,
                const char     *session_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->generations, session_id));
}

/* The worker */

typedef struct
{
  GolfStore *store;
  GPtrArray *session_ids;
  GArray    *generations;  /* guint, one per session id */
} Job;

typedef struct
{
  char               *session_id;
  guint               generation;
  GolfSessionMedians *medians;   /* NULL when the session could not be read */
} Result;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->store);
  g_ptr_array_unref (job->session_ids);
  g_array_unref (job->generations);
  g_free (job);
}

static void
result_free (gpointer data)
{
  Result *result = data;

  g_free (result->session_id);
  g_clear_pointer (&result->medians, golf_session_medians_unref);
  g_free (result);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (result_free);

  for (guint i = 0; i < job->session_ids->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      const char *session_ids[] = { job->session_ids->pdata[i], NULL };
      g_autoptr(GolfShotTable) table = NULL;
      g_autoptr(GError) error = NULL;
      Result *result = g_new0 (Result, 1);

      result->session_id = g_strdup (session_ids[0]);
      result->generation = g_array_index (job->generations, guint, i);
      if ((table = golf_shot_table_read (job->store, session_ids, &error)) != NULL)
        result->medians = golf_session_medians_compute (table);
      else
        g_warning ("Cannot read session %s for its trends: %s", session_ids[0], error->message);
      g_ptr_array_add (results, result);
    }

  g_task_return_pointer (task, g_steal_pointer (&results), (GDestroyNotify) g_ptr_array_unref);
}

static void
compute_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GolfTrendIndex *self = GOLF_TREND_INDEX (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) results = g_task_propagate_pointer (G_TASK (result), NULL);
  gboolean was_busy = golf_trend_index_get_busy (self);
  gboolean changed = FALSE;

  for (guint i = 0; i < job->session_ids->len; i++)
    g_hash_table_remove (self->in_flight, job->session_ids->pdata[i]);

  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      Result *done = results->pdata[i];
      Entry *entry;

      self->n_computed++;
      /* A session changed since the worker read it is computed again. */
      if (done->medians == NULL || done->generation != get_generation (self, done->session_id))
        continue;

      entry = g_new0 (Entry, 1);
      entry->medians = g_steal_pointer (&done->medians);
      entry->generation = done->generation;
      g_hash_table_replace (self->entries, g_steal_pointer (&done->session_id), entry);
      changed = TRUE;
    }

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (changed)
    {
      self->generation++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERATION]);
    }
  golf_trend_index_update (self);
  if (was_busy != golf_trend_index_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
run_job (GolfTrendIndex *self,
         Job            *job)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, compute_done_cb, NULL);

  for (guint i = 0; i < job->session_ids->len; i++)
    g_hash_table_add (self->in_flight, g_strdup (job->session_ids->pdata[i]));

  g_task_set_source_tag (task, run_job);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, compute_thread);
}

/* Sessions whose medians are missing or older than their shots, and that
 * no worker is computing. */
static GPtrArray *
find_stale (GolfTrendIndex *self)
{
  GListModel *sessions = golf_store_get_sessions (self->store);
  guint n = g_list_model_get_n_items (sessions);
  GPtrArray *stale = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);
      const char *id = golf_session_get_id (session);
      Entry *entry = g_hash_table_lookup (self->entries, id);

      if ((entry == NULL || entry->generation != get_generation (self, id)) &&
          !g_hash_table_contains (self->in_flight, id))
        g_ptr_array_add (stale, g_strdup (id));
    }

  return stale;
}

/**
 * golf_trend_index_update:
 * @self: a #GolfTrendIndex
 *
 * Works out, in the background, the medians of every session that lacks
 * current ones. The window calls it once it is on screen; after that the
 * index follows the store's changes by itself.
 */
void
golf_trend_index_update (GolfTrendIndex *self)
{
  g_autoptr(GPtrArray) stale = NULL;
  guint n_workers;
  gboolean was_busy;

  g_return_if_fail (GOLF_IS_TREND_INDEX (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  was_busy = golf_trend_index_get_busy (self);
  stale = find_stale (self);
  if (stale->len == 0)
    return;

  n_workers = MIN (MIN (stale->len, MAX_WORKERS), MAX (g_get_num_processors (), 1));
  for (guint w = 0; w < n_workers; w++)
    {
      Job *job = g_new0 (Job, 1);

      job->store = g_object_ref (self->store);
      job->session_ids = g_ptr_array_new_with_free_func (g_free);
      job->generations = g_array_new (FALSE, FALSE, sizeof (guint));
      /* Every other session, so each worker gets old and new ones alike. */
      for (guint i = w; i < stale->len; i += n_workers)
        {
          guint generation = get_generation (self, stale->pdata[i]);

          g_ptr_array_add (job->session_ids, g_strdup (stale->pdata[i]));
          g_array_append_val (job->generations, generation);
        }
      run_job (self, job);
    }

  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
update_cb (gpointer user_data)
{
  GolfTrendIndex *self = user_data;

  self->update_id = 0;
  golf_trend_index_update (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_update (GolfTrendIndex *self)
{
  if (self->update_id == 0)
    self->update_id = g_timeout_add (UPDATE_DELAY_MS, update_cb, self);
}

static void
on_shot_changed_cb (GolfTrendIndex *self,
                    const char     *session_id,
                    const char     *shot_id,
                    GolfChangeKind  kind,
                    GolfStore      *store)
{
  g_hash_table_replace (self->generations, g_strdup (session_id),
                        GUINT_TO_POINTER (get_generation (self, session_id) + 1));

  /* Only once the index is being kept: a window that never shows trends
   * never reads a shot for them. */
  if (g_hash_table_size (self->entries) > 0 || g_hash_table_size (self->in_flight) > 0)
    schedule_update (self);
}

static void
golf_trend_index_constructed (GObject *object)
{
  GolfTrendIndex *self = GOLF_TREND_INDEX (object);

  G_OBJECT_CLASS (golf_trend_index_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "shot-changed", G_CALLBACK (on_shot_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
golf_trend_index_dispose (GObject *object)
{
  GolfTrendIndex *self = GOLF_TREND_INDEX (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_trend_index_parent_class)->dispose (object);
}

static void
golf_trend_index_finalize (GObject *object)
{
  GolfTrendIndex *self = GOLF_TREND_INDEX (object);

  g_clear_object (&self->cancellable);
  g_hash_table_unref (self->entries);
  g_hash_table_unref (self->generations);
  g_hash_table_unref (self->in_flight);

  G_OBJECT_CLASS (golf_trend_index_parent_class)->finalize (object);
}

static void
golf_trend_index_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GolfTrendIndex *self = GOLF_TREND_INDEX (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, golf_trend_index_get_busy (self));
      break;
    case PROP_GENERATION:
      g_value_set_uint (value, golf_trend_index_get_generation (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_trend_index_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GolfTrendIndex *self = GOLF_TREND_INDEX (object);

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
golf_trend_index_class_init (GolfTrendIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = golf_trend_index_constructed;
  object_class->dispose = golf_trend_index_dispose;
  object_class->finalize = golf_trend_index_finalize;
  object_class->get_property = golf_trend_index_get_property;
  object_class->set_property = golf_trend_index_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GOLF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfTrendIndex:busy:
   *
   * Whether a worker is working out sessions' medians.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GolfTrendIndex:generation:
   *
   * Changes whenever sessions' medians arrive: trends made before may be
   * out of date.
   */
  properties[PROP_GENERATION] =
    g_param_spec_uint ("generation", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_trend_index_init (GolfTrendIndex *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  self->generations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->in_flight = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

/**
 * golf_trend_index_new:
 * @store: the database
 *
 * Returns: (transfer full): an index with nothing worked out yet; call
 *   golf_trend_index_update() to start
 */
GolfTrendIndex *
golf_trend_index_new (GolfStore *store)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);

  return g_object_new (GOLF_TYPE_TREND_INDEX, "store", store, NULL);
}

gboolean
golf_trend_index_get_busy (GolfTrendIndex *self)
{
  g_return_val_if_fail (GOLF_IS_TREND_INDEX (self), FALSE);

  return g_hash_table_size (self->in_flight) > 0;
}

guint
golf_trend_index_get_generation (GolfTrendIndex *self)
{
  g_return_val_if_fail (GOLF_IS_TREND_INDEX (self), 0);

  return self->generation;
}

/**
 * golf_trend_index_get_n_computed:
 * @self: a #GolfTrendIndex
 *
 * Returns: how many sessions' medians were worked out (tests, benchmarks)
 */
guint
golf_trend_index_get_n_computed (GolfTrendIndex *self)
{
  g_return_val_if_fail (GOLF_IS_TREND_INDEX (self), 0);

  return self->n_computed;
}

static gboolean
is_players (GolfSession *session,
            gint64       player_id)
{
  return player_id < 0 || golf_session_get_player_id (session) == player_id;
}

/**
 * golf_trend_index_dup_trend:
 * @self: a #GolfTrendIndex
 * @metric: what to follow
 * @club: (nullable): one club, or %NULL for every club
 * @range: (nullable): the sessions' dates to take, %NULL for all
 * @player_id: the player whose sessions to take, -1 for everyone's
 *
 * The trend over the sessions whose medians are worked out; sessions still
 * being worked out are left out until they are.
 *
 * Returns: (transfer full): the trend
 */
GolfTrend *
golf_trend_index_dup_trend (GolfTrendIndex      *self,
                            GolfShotMetric       metric,
                            const char          *club,
                            const GolfDateRange *range,
                            gint64               player_id)
{
  GListModel *sessions;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (GolfTrendPoint));
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (GOLF_IS_TREND_INDEX (self), NULL);
  g_return_val_if_fail (metric < GOLF_N_SHOT_METRICS, NULL);

  sessions = golf_store_get_sessions (self->store);
  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      GolfSession *session = g_list_model_get_item (sessions, i);
      Entry *entry = g_hash_table_lookup (self->entries, golf_session_get_id (session));
      GolfTrendPoint point = { golf_session_get_id (session), golf_session_get_date (session) };

      g_ptr_array_add (held, session);
      if (entry == NULL || !is_players (session, player_id) ||
          (range != NULL && !golf_date_range_contains (range, point.date)))
        continue;

      if (golf_session_medians_lookup (entry->medians, point.session_id, club, metric, &point.n, &point.value))
        g_array_append_val (points, point);
    }

  return golf_trend_new_from_points (metric, club, (const GolfTrendPoint *)(gpointer) points->data,
                                     points->len, NULL, NULL);
}

/**
 * golf_trend_index_dup_clubs:
 * @self: a #GolfTrendIndex
 * @player_id: the player whose sessions to look at, -1 for everyone's
 *
 * Returns: (transfer full): the clubs with kept shots in those sessions,
 *   in bag order
 */
GStrv
golf_trend_index_dup_clubs (GolfTrendIndex *self,
                            gint64          player_id)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();
  GListModel *sessions;
  guint n;

  g_return_val_if_fail (GOLF_IS_TREND_INDEX (self), NULL);

  sessions = golf_store_get_sessions (self->store);
  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);
      Entry *entry = g_hash_table_lookup (self->entries, golf_session_get_id (session));

      if (entry == NULL || !is_players (session, player_id))
        continue;
      for (guint c = 0; c < golf_session_medians_get_n_clubs (entry->medians); c++)
        {
          const char *club = golf_session_medians_get_club (entry->medians, c);

          if (g_hash_table_add (seen, (gpointer) club))
            g_ptr_array_add (clubs, (gpointer) club);
        }
    }

  golf_bag_order_sort (clubs);
  g_ptr_array_add (clubs, NULL);

  return g_strdupv ((char **) clubs->pdata);
}
