/* golf-dashboard-model.c
 *
 * The dashboard's view model. It holds the analytics of the selected
 * session (a GolfDashboardData) and exposes the selected club's numbers as
 * read-only properties the cards bind to.
 *
 * The analytics are computed off the main thread, the gnome-text-editor
 * way: a change to the session's shots arms a short timeout (bursts become
 * one run), a GTask reads the session's shots on connections of its own
 * and runs the analyses, and back on the main thread the result is applied
 * only if it is still the current one. Results stay cached per session, so
 * going back to a session, or to another club, costs a look-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dashboard-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "golf-dashboard-model-private.h"

#define RECOMPUTE_DELAY_MS 50
#define MAX_CACHED_SESSIONS 8

typedef enum
{
  VALUE_MEAN,
  VALUE_STD,
  VALUE_MEDIAN_CARRY,
  VALUE_Q1_CARRY,
  VALUE_Q3_CARRY,
  VALUE_BEST_CARRY,
  VALUE_GAP_TO_NEXT,
} ValueKind;

/* The club's numbers, one read-only double property each (NAN unknown). */
static const struct
{
  const char     *name;
  ValueKind       kind;
  GolfShotMetric  metric;
} value_props[] = {
  { "median-carry", VALUE_MEDIAN_CARRY, 0 },
  { "q1-carry", VALUE_Q1_CARRY, 0 },
  { "q3-carry", VALUE_Q3_CARRY, 0 },
  { "best-carry", VALUE_BEST_CARRY, 0 },
  { "gap-to-next", VALUE_GAP_TO_NEXT, 0 },
  { "carry", VALUE_MEAN, GOLF_SHOT_METRIC_CARRY },
  { "carry-std", VALUE_STD, GOLF_SHOT_METRIC_CARRY },
  { "total", VALUE_MEAN, GOLF_SHOT_METRIC_TOTAL },
  { "ball-speed", VALUE_MEAN, GOLF_SHOT_METRIC_BALL_SPEED },
  { "club-speed", VALUE_MEAN, GOLF_SHOT_METRIC_CLUB_SPEED },
  { "smash", VALUE_MEAN, GOLF_SHOT_METRIC_SMASH },
  { "launch-angle", VALUE_MEAN, GOLF_SHOT_METRIC_LAUNCH_ANGLE },
  { "back-spin", VALUE_MEAN, GOLF_SHOT_METRIC_BACK_SPIN },
  { "face-angle", VALUE_MEAN, GOLF_SHOT_METRIC_FACE_ANGLE },
  { "face-angle-std", VALUE_STD, GOLF_SHOT_METRIC_FACE_ANGLE },
  { "club-path", VALUE_MEAN, GOLF_SHOT_METRIC_CLUB_PATH },
  { "club-path-std", VALUE_STD, GOLF_SHOT_METRIC_CLUB_PATH },
  { "face-to-path", VALUE_MEAN, GOLF_SHOT_METRIC_FACE_TO_PATH },
  { "face-to-path-std", VALUE_STD, GOLF_SHOT_METRIC_FACE_TO_PATH },
  { "strike-distance", VALUE_MEAN, GOLF_SHOT_METRIC_STRIKE_DISTANCE },
  { "strike-distance-std", VALUE_STD, GOLF_SHOT_METRIC_STRIKE_DISTANCE },
  { "lateral", VALUE_MEAN, GOLF_SHOT_METRIC_LATERAL },
  { "lateral-std", VALUE_STD, GOLF_SHOT_METRIC_LATERAL },
};

typedef struct
{
  GolfDashboardData *data;
  guint              generation;  /* of the session's shots it was computed from */
} CacheEntry;

G_DEFINE_FINAL_TYPE (GolfDashboardModel, golf_dashboard_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SESSION,
  PROP_CLUB,
  PROP_HAND,
  PROP_HIGHLIGHT_SHOT,
  PROP_TAG,
  PROP_DATA,
  PROP_CLUBS,
  PROP_BUSY,
  PROP_N_KEPT,
  PROP_N_SET_ASIDE,
  PROP_BEST_CARRY_CLUB,
  PROP_CONFIDENCE,
  PROP_OVERLAP,
  PROP_NEXT_CLUB,
  PROP_FIRST_VALUE,
  N_PROPS = PROP_FIRST_VALUE + G_N_ELEMENTS (value_props)
};

static GParamSpec *properties[N_PROPS];

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_clear_pointer (&entry->data, golf_dashboard_data_unref);
  g_free (entry);
}

static guint
get_generation (GolfDashboardModel *self,
                const char         *session_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->generations, session_id));
}

static double
read_value (const GolfClubSummary *summary,
            guint                  index)
{
  if (summary == NULL)
    return NAN;

  switch (value_props[index].kind)
    {
    case VALUE_MEAN:
      return summary->mean[value_props[index].metric];
    case VALUE_STD:
      return summary->std[value_props[index].metric];
    case VALUE_MEDIAN_CARRY:
      return summary->median_carry;
    case VALUE_Q1_CARRY:
      return summary->q1_carry;
    case VALUE_Q3_CARRY:
      return summary->q3_carry;
    case VALUE_BEST_CARRY:
      return summary->best_carry;
    case VALUE_GAP_TO_NEXT:
    default:
      return summary->gap_to_next;
    }
}

/* The club's numbers changed together: one notification each. */
static void
notify_values (GolfDashboardModel *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_N_KEPT; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
update_clubs (GolfDashboardModel *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->clubs));

  if (self->data != NULL)
    for (guint i = 0; i < golf_dashboard_data_get_n_clubs (self->data); i++)
      g_ptr_array_add (names, golf_dashboard_data_get_club (self->data, i)->club);
  g_ptr_array_add (names, NULL);

  /* Unchanged lists stay as they are, so a selector keeps its choice. */
  if (n_old == names->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i + 1 < names->len && same; i++)
        same = g_strcmp0 (gtk_string_list_get_string (self->clubs, i + 1), names->pdata[i]) == 0;
      if (same)
        return;
    }

  gtk_string_list_splice (self->clubs, 1, n_old - 1, (const char * const *)names->pdata);
}

static void
set_data (GolfDashboardModel *self,
          GolfDashboardData  *data)
{
  if (self->data == data)
    return;

  g_clear_pointer (&self->data, golf_dashboard_data_unref);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  self->data = data != NULL ? golf_dashboard_data_ref (data) : NULL;

  update_clubs (self);
  g_object_freeze_notify (G_OBJECT (self));
  /* A club the session no longer has: show all clubs. */
  if (self->club != NULL && data != NULL && golf_dashboard_data_find_club (data, self->club) == NULL)
    golf_dashboard_model_set_club (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
  notify_values (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_busy (GolfDashboardModel *self,
          gboolean            busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
remember (GolfDashboardModel *self,
          const char         *session_id,
          GolfDashboardData  *data,
          guint               generation)
{
  CacheEntry *entry = g_new0 (CacheEntry, 1);
  GList *link;

  entry->data = golf_dashboard_data_ref (data);
  entry->generation = generation;
  g_hash_table_replace (self->cache, g_strdup (session_id), entry);

  if ((link = g_queue_find_custom (&self->cache_order, session_id, (GCompareFunc)g_strcmp0)) != NULL)
    {
      g_free (link->data);
      g_queue_delete_link (&self->cache_order, link);
    }
  g_queue_push_head (&self->cache_order, g_strdup (session_id));

  while (self->cache_order.length > MAX_CACHED_SESSIONS)
    {
      g_autofree char *oldest = g_queue_pop_tail (&self->cache_order);

      g_hash_table_remove (self->cache, oldest);
    }
}

/* The worker */

typedef struct
{
  GolfStore *store;
  char      *session_id;
  GolfHand   hand;
  GolfShapeThresholds shape_clubs;
  GolfShapeThresholds shape_wedges;
  guint      generation;
  guint      serial;
} ComputeJob;

static void
compute_job_free (gpointer data)
{
  ComputeJob *job = data;

  g_clear_object (&job->store);
  g_free (job->session_id);
  g_free (job);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeJob *job = task_data;
  const char *session_ids[] = { job->session_id, NULL };
  g_autoptr(GolfShotTable) table = NULL;
  GError *error = NULL;

  /* The table reads on connections of its own, never the main one. */
  table = golf_shot_table_read (job->store, session_ids, &error);
  if (table == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, golf_dashboard_data_compute (table, job->hand, &job->shape_clubs, &job->shape_wedges),
                         (GDestroyNotify)golf_dashboard_data_unref);
}

static void
compute_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GolfDashboardModel *self = GOLF_DASHBOARD_MODEL (object);
  ComputeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GolfDashboardData) data = NULL;
  g_autoptr(GError) error = NULL;

  data = g_task_propagate_pointer (G_TASK (result), &error);

  /* A run for a session no longer shown (or a model going away) ends quietly. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  if (data == NULL)
    {
      g_warning ("Cannot analyse session %s: %s", job->session_id, error->message);
      if (job->serial == self->serial)
        set_busy (self, FALSE);
      return;
    }

  self->n_computed++;
  if (job->generation == get_generation (self, job->session_id))
    remember (self, job->session_id, data, job->generation);

  /* Only the latest run for the session on show counts. */
  if (job->serial != self->serial)
    return;

  set_busy (self, FALSE);
  if (self->session != NULL && g_strcmp0 (golf_session_get_id (self->session), job->session_id) == 0)
    set_data (self, data);
}

static void
start_compute (GolfDashboardModel *self)
{
  g_autoptr(GTask) task = NULL;
  ComputeJob *job;

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  if (self->session == NULL)
    return;

  job = g_new0 (ComputeJob, 1);
  job->store = g_object_ref (self->store);
  job->session_id = g_strdup (golf_session_get_id (self->session));
  job->hand = self->hand;
  job->shape_clubs = self->shape_clubs;
  job->shape_wedges = self->shape_wedges;
  job->generation = get_generation (self, job->session_id);
  job->serial = ++self->serial;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, compute_done_cb, NULL);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, start_compute);
  g_task_set_task_data (task, job, compute_job_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, compute_thread);
}

static gboolean
recompute_cb (gpointer user_data)
{
  GolfDashboardModel *self = user_data;

  self->recompute_id = 0;
  start_compute (self);

  return G_SOURCE_REMOVE;
}

/* Shows the session's cached analytics if they are current, else asks for
 * them; the old ones stay on show until the new ones arrive. */
static void
refresh (GolfDashboardModel *self)
{
  CacheEntry *entry;
  const char *session_id;

  if (self->session == NULL)
    {
      /* Nothing to compute any more: a run in flight does not count. */
      if (self->cancellable != NULL)
        g_cancellable_cancel (self->cancellable);
      set_busy (self, FALSE);
      set_data (self, NULL);
      return;
    }

  session_id = golf_session_get_id (self->session);
  entry = g_hash_table_lookup (self->cache, session_id);
  if (entry != NULL)
    set_data (self, entry->data);
  else
    set_data (self, NULL);

  if (entry == NULL || entry->generation != get_generation (self, session_id))
    start_compute (self);
  else
    {
      /* A run still going for another session does not count any more. */
      self->serial++;
      set_busy (self, FALSE);
    }
}

static void
on_shot_changed_cb (GolfDashboardModel *self,
                    const char         *session_id,
                    const char         *shot_id,
                    GolfChangeKind      kind,
                    GolfStore          *store)
{
  guint generation = get_generation (self, session_id) + 1;

  g_hash_table_replace (self->generations, g_strdup (session_id), GUINT_TO_POINTER (generation));

  if (self->session == NULL || g_strcmp0 (golf_session_get_id (self->session), session_id) != 0)
    return;

  _golf_dashboard_model_read_tagged (self);

  /* A burst of changes (an import, a multiple deletion) is one run. */
  set_busy (self, TRUE);
  g_clear_handle_id (&self->recompute_id, g_source_remove);
  self->recompute_id = g_timeout_add (RECOMPUTE_DELAY_MS, recompute_cb, self);
}

static void
golf_dashboard_model_constructed (GObject *object)
{
  GolfDashboardModel *self = (GolfDashboardModel *)object;

  G_OBJECT_CLASS (golf_dashboard_model_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "shot-changed",
                           G_CALLBACK (on_shot_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
golf_dashboard_model_dispose (GObject *object)
{
  GolfDashboardModel *self = (GolfDashboardModel *)object;

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->data, golf_dashboard_data_unref);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  g_clear_pointer (&self->tagged, g_hash_table_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->store);
  g_clear_object (&self->clubs);

  G_OBJECT_CLASS (golf_dashboard_model_parent_class)->dispose (object);
}

static void
golf_dashboard_model_finalize (GObject *object)
{
  GolfDashboardModel *self = (GolfDashboardModel *)object;

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->generations, g_hash_table_unref);
  g_queue_clear_full (&self->cache_order, g_free);
  g_free (self->club);
  g_free (self->highlight_shot);
  g_free (self->tag);

  G_OBJECT_CLASS (golf_dashboard_model_parent_class)->finalize (object);
}

static void
golf_dashboard_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GolfDashboardModel *self = GOLF_DASHBOARD_MODEL (object);
  const GolfClubSummary *summary = golf_dashboard_model_get_summary (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_CLUB:
      g_value_set_string (value, self->club);
      break;
    case PROP_HAND:
      g_value_set_enum (value, self->hand);
      break;
    case PROP_HIGHLIGHT_SHOT:
      g_value_set_string (value, self->highlight_shot);
      break;
    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    case PROP_CLUBS:
      g_value_set_object (value, self->clubs);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_N_KEPT:
      g_value_set_uint (value, summary != NULL ? summary->n_kept : 0);
      break;
    case PROP_N_SET_ASIDE:
      g_value_set_uint (value, summary != NULL ? summary->n_set_aside : 0);
      break;
    case PROP_BEST_CARRY_CLUB:
      g_value_set_string (value, summary != NULL ? summary->best_carry_club : NULL);
      break;
    case PROP_CONFIDENCE:
      g_value_set_string (value, summary != NULL && summary->n_kept > 0
                                 ? golf_confidence_get_name (summary->confidence) : NULL);
      break;
    case PROP_OVERLAP:
      g_value_set_boolean (value, summary != NULL && summary->overlap);
      break;
    case PROP_NEXT_CLUB:
      g_value_set_string (value, summary != NULL ? summary->next_club : NULL);
      break;
    default:
      if (prop_id >= PROP_FIRST_VALUE && prop_id < N_PROPS)
        g_value_set_double (value, read_value (summary, prop_id - PROP_FIRST_VALUE));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_dashboard_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  GolfDashboardModel *self = GOLF_DASHBOARD_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      golf_dashboard_model_set_session (self, g_value_get_object (value));
      break;
    case PROP_CLUB:
      golf_dashboard_model_set_club (self, g_value_get_string (value));
      break;
    case PROP_HAND:
      golf_dashboard_model_set_hand (self, g_value_get_enum (value));
      break;
    case PROP_HIGHLIGHT_SHOT:
      golf_dashboard_model_set_highlight_shot (self, g_value_get_string (value));
      break;
    case PROP_TAG:
      golf_dashboard_model_set_tag (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* g_param_spec_double() refuses a NAN default, yet NAN is what an unknown
 * value reads as: set it once the spec exists. */
static GParamSpec *
param_spec_value (const char *name)
{
  GParamSpec *pspec = g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  G_PARAM_SPEC_DOUBLE (pspec)->default_value = NAN;

  return pspec;
}

static void
golf_dashboard_model_class_init (GolfDashboardModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = golf_dashboard_model_constructed;
  object_class->dispose = golf_dashboard_model_dispose;
  object_class->finalize = golf_dashboard_model_finalize;
  object_class->get_property = golf_dashboard_model_get_property;
  object_class->set_property = golf_dashboard_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GOLF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:session:
   *
   * The session whose analytics are held.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, GOLF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:club:
   *
   * The club whose numbers the value properties hold; %NULL for all clubs.
   */
  properties[PROP_CLUB] =
    g_param_spec_string ("club", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAND] =
    g_param_spec_enum ("hand", NULL, NULL, GOLF_TYPE_HAND, GOLF_HAND_RIGHT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:highlight-shot:
   *
   * The id of a shot the charts ring: the newest one while shots come in
   * live; %NULL for none.
   */
  properties[PROP_HIGHLIGHT_SHOT] =
    g_param_spec_string ("highlight-shot", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:tag:
   *
   * The charts show only the shots with this tag; %NULL for every shot.
   * The numbers stay those of every shot.
   */
  properties[PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:data:
   *
   * The session's analytics, %NULL until they are first computed.
   */
  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, GOLF_TYPE_DASHBOARD_DATA,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:clubs:
   *
   * "All Clubs", then each club of the session in bag order (#GtkStringList).
   */
  properties[PROP_CLUBS] =
    g_param_spec_object ("clubs", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:busy:
   *
   * Whether new analytics are being computed.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_KEPT] =
    g_param_spec_uint ("n-kept", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SET_ASIDE] =
    g_param_spec_uint ("n-set-aside", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BEST_CARRY_CLUB] =
    g_param_spec_string ("best-carry-club", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFIDENCE] =
    g_param_spec_string ("confidence", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERLAP] =
    g_param_spec_boolean ("overlap", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GolfDashboardModel:next-club:
   *
   * The club #GolfDashboardModel:gap-to-next is measured to: the next
   * shorter one.
   */
  properties[PROP_NEXT_CLUB] =
    g_param_spec_string ("next-club", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  for (guint i = 0; i < G_N_ELEMENTS (value_props); i++)
    properties[PROP_FIRST_VALUE + i] = param_spec_value (value_props[i].name);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_dashboard_model_init (GolfDashboardModel *self)
{
  self->hand = GOLF_HAND_RIGHT;
  golf_shape_thresholds_for_club (NULL, &self->shape_clubs);
  golf_shape_thresholds_for_club ("PW", &self->shape_wedges);
  self->clubs = gtk_string_list_new ((const char * const[]) { _("All Clubs"), NULL });
  self->generations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_entry_free);
  g_queue_init (&self->cache_order);
}

/**
 * golf_dashboard_model_new:
 * @store: the database
 *
 * Returns: (transfer full): a model with no session yet
 */
GolfDashboardModel *
golf_dashboard_model_new (GolfStore *store)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);

  return g_object_new (GOLF_TYPE_DASHBOARD_MODEL, "store", store, NULL);
}

/**
 * golf_dashboard_model_get_store:
 * @self: a #GolfDashboardModel
 *
 * Returns: (transfer none): the database
 */
GolfStore *
golf_dashboard_model_get_store (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return self->store;
}

/**
 * golf_dashboard_model_get_session:
 * @self: a #GolfDashboardModel
 *
 * Returns: (transfer none) (nullable): the session
 */
GolfSession *
golf_dashboard_model_get_session (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return self->session;
}

/**
 * golf_dashboard_model_set_session:
 * @self: a #GolfDashboardModel
 * @session: (nullable): the session to analyse
 *
 * Shows the session's cached analytics at once when they are current,
 * and computes them in a worker thread otherwise.
 */
void
golf_dashboard_model_set_session (GolfDashboardModel *self,
                                  GolfSession        *session)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_MODEL (self));
  g_return_if_fail (session == NULL || GOLF_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  /* The club stays chosen, so one club can be followed from session to
   * session; set_data() falls back to all clubs when a session lacks it. */
  g_clear_handle_id (&self->recompute_id, g_source_remove);
  g_object_freeze_notify (G_OBJECT (self));
  _golf_dashboard_model_read_tagged (self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * golf_dashboard_model_get_club:
 * @self: a #GolfDashboardModel
 *
 * Returns: (nullable): the club shown, %NULL for all clubs
 */
const char *
golf_dashboard_model_get_club (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return self->club;
}

/**
 * golf_dashboard_model_set_club:
 * @self: a #GolfDashboardModel
 * @club: (nullable): a club of the session, or %NULL for all clubs
 */
void
golf_dashboard_model_set_club (GolfDashboardModel *self,
                               const char         *club)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_MODEL (self));

  if (g_strcmp0 (self->club, club) == 0)
    return;

  g_free (self->club);
  self->club = g_strdup (club);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUB]);
  notify_values (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * golf_dashboard_model_get_hand:
 * @self: a #GolfDashboardModel
 *
 * Returns: the golfer's hand
 */
GolfHand
golf_dashboard_model_get_hand (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), GOLF_HAND_RIGHT);

  return self->hand;
}

/* Shapes are named for the hand and the thresholds: what is cached no
 * longer holds once either changes. */
static void
forget_shapes (GolfDashboardModel *self)
{
  g_hash_table_remove_all (self->cache);
  g_queue_clear_full (&self->cache_order, g_free);
  g_queue_init (&self->cache_order);
  if (self->session != NULL)
    start_compute (self);
}

/**
 * golf_dashboard_model_set_hand:
 * @self: a #GolfDashboardModel
 * @hand: the golfer's hand, which names shot shapes
 */
void
golf_dashboard_model_set_hand (GolfDashboardModel *self,
                               GolfHand            hand)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_MODEL (self));

  if (self->hand == hand)
    return;

  self->hand = hand;
  forget_shapes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAND]);
}

/**
 * golf_dashboard_model_set_shape_thresholds:
 * @self: a #GolfDashboardModel
 * @clubs: the shot-shape thresholds of every club but the wedges
 * @wedges: those of PW and the wedges
 *
 * Names shot shapes with these thresholds from now on.
 */
void
golf_dashboard_model_set_shape_thresholds (GolfDashboardModel        *self,
                                           const GolfShapeThresholds *clubs,
                                           const GolfShapeThresholds *wedges)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_MODEL (self));
  g_return_if_fail (golf_shape_thresholds_are_valid (clubs));
  g_return_if_fail (golf_shape_thresholds_are_valid (wedges));

  if (memcmp (&self->shape_clubs, clubs, sizeof *clubs) == 0 &&
      memcmp (&self->shape_wedges, wedges, sizeof *wedges) == 0)
    return;

  self->shape_clubs = *clubs;
  self->shape_wedges = *wedges;
  forget_shapes (self);
}

/**
 * golf_dashboard_model_get_highlight_shot:
 * @self: a #GolfDashboardModel
 *
 * Returns: (nullable): the id of the shot the charts ring
 */
const char *
golf_dashboard_model_get_highlight_shot (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return self->highlight_shot;
}

/**
 * golf_dashboard_model_set_highlight_shot:
 * @self: a #GolfDashboardModel
 * @shot_id: (nullable): a shot to ring in the charts, %NULL for none
 */
void
golf_dashboard_model_set_highlight_shot (GolfDashboardModel *self,
                                         const char         *shot_id)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_MODEL (self));

  if (g_strcmp0 (self->highlight_shot, shot_id) == 0)
    return;

  g_free (self->highlight_shot);
  self->highlight_shot = g_strdup (shot_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_SHOT]);
}

/**
 * golf_dashboard_model_get_data:
 * @self: a #GolfDashboardModel
 *
 * Returns: (transfer none) (nullable): the session's analytics
 */
GolfDashboardData *
golf_dashboard_model_get_data (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return self->data;
}

/**
 * golf_dashboard_model_get_summary:
 * @self: a #GolfDashboardModel
 *
 * Returns: (transfer none) (nullable): the selected club's numbers
 */
const GolfClubSummary *
golf_dashboard_model_get_summary (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  if (self->data == NULL)
    return NULL;

  return golf_dashboard_data_find_club (self->data, self->club);
}

/**
 * golf_dashboard_model_get_clubs:
 * @self: a #GolfDashboardModel
 *
 * Returns: (transfer none): "All Clubs", then the session's clubs in bag order
 */
GListModel *
golf_dashboard_model_get_clubs (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return G_LIST_MODEL (self->clubs);
}

/**
 * golf_dashboard_model_get_busy:
 * @self: a #GolfDashboardModel
 *
 * Returns: whether new analytics are being computed
 */
gboolean
golf_dashboard_model_get_busy (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), FALSE);

  return self->busy;
}

/**
 * golf_dashboard_model_get_n_computed:
 * @self: a #GolfDashboardModel
 *
 * Returns: how many times the analytics were computed (tests and benchmarks)
 */
guint
golf_dashboard_model_get_n_computed (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), 0);

  return self->n_computed;
}

