/* golf-store.c: the SQLite file that holds every shot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <math.h>
#include <string.h>

#include "golf-session-private.h"
#include "golf-store-private.h"

struct _GolfStore
{
  GObject     parent_instance;
  char       *path;
  GolfDb     *db;
  GListStore *sessions;
  GHashTable *sessions_by_id;   /* id -> GolfSession (borrowed from @sessions) */
  GThread    *owner;            /* the connection belongs to the thread that opened it */
  gint64      data_version;     /* changes when another connection commits */
  GSource    *watch_source;
};

#define ON_OWNER_THREAD(self) ((self)->owner == g_thread_self ())

G_DEFINE_FINAL_TYPE (GolfStore, golf_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (golf-store-error-quark, golf_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_SESSIONS,
  N_PROPS
};

enum {
  SHOT_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define SHOT_COLUMNS_HEAD "session_id, id, seq, club, shot_type"
#define ISO_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

static const char sql_upsert_session[] =
  "INSERT INTO sessions (id, date, type, notes) VALUES (?1, ?2, ?3, ?4)"
  " ON CONFLICT (id) DO UPDATE SET date = coalesce (excluded.date, date),"
  " type = coalesce (excluded.type, type), notes = coalesce (excluded.notes, notes)";
static const char sql_bump_revision[] =
  "UPDATE sessions SET revision = revision + 1 WHERE id = ?1";
static const char sql_shot_known[] =
  "SELECT count(*) FROM shots WHERE id = ?1";
static const char sql_count_shots[] =
  "SELECT count(*) FROM shots WHERE session_id = ?1";
static const char sql_moved_from[] =
  "DELETE FROM moved_from RETURNING session_id";
static const char sql_archive_shot[] =
  "UPDATE shots SET archived_at = " ISO_NOW
  " WHERE id = ?1 AND archived_at IS NULL RETURNING session_id";
static const char sql_restore_shot[] =
  "UPDATE shots SET archived_at = NULL WHERE id = ?1 AND archived_at IS NOT NULL"
  " RETURNING session_id";
static const char sql_shot_exists[] =
  "SELECT archived_at IS NOT NULL FROM shots WHERE id = ?1";
static const char sql_list_sessions[] =
  "SELECT id, date, type, notes, revision FROM sessions";
static const char sql_get_session[] =
  "SELECT id, date, type, notes, revision FROM sessions WHERE id = ?1";
static const char sql_data_version[] =
  "PRAGMA data_version";
static const char sql_session_revisions[] =
  "SELECT s.id, s.date, s.type, s.notes, s.revision, st.revision"
  " FROM sessions s LEFT JOIN session_stats st ON st.session_id = s.id";
static const char sql_session_stats[] =
  "SELECT shot_count, clubs_used, avg_carry, avg_total, avg_ball_speed, avg_club_speed,"
  " avg_smash, best_carry, avg_face_angle, std_face_angle, avg_club_path, std_club_path,"
  " avg_face_to_path, std_face_to_path, avg_strike_distance, std_strike_distance"
  " FROM session_stats WHERE session_id = ?1";
static const char sql_stats_updated_at[] =
  "SELECT updated_at FROM session_stats WHERE session_id = ?1";
static const char sql_club_stats[] =
  "SELECT club, shot_count, median_carry, q1_carry, q3_carry, avg_carry, std_carry,"
  " avg_lateral, std_lateral, avg_ball_speed, avg_smash"
  " FROM club_stats WHERE session_id = ?1";
static const char sql_stale_sessions[] =
  "SELECT s.id FROM sessions s LEFT JOIN session_stats st ON st.session_id = s.id"
  " WHERE (st.session_id IS NOT NULL AND st.revision != s.revision)"
  " OR (st.session_id IS NULL AND EXISTS (SELECT 1 FROM shots"
  "     WHERE shots.session_id = s.id AND archived_at IS NULL))"
  " ORDER BY s.id";
static const char sql_reserve_seq[] =
  "UPDATE counters SET value = value + ?1 WHERE name = 'shot_seq' RETURNING value - ?1";

/* Built once from the field table, then cached by address like the others. */
static const char *sql_upsert_shot;
static const char *sql_select_session_shots;
static const char *sql_select_all_shots;

static void
build_shot_sql (void)
{
  g_autoptr(GString) cols = g_string_new (SHOT_COLUMNS_HEAD);
  g_autoptr(GString) values = g_string_new ("?1, ?2, ?3, ?4, ?5");
  g_autoptr(GString) updates = g_string_new ("session_id = excluded.session_id,"
                                             " club = excluded.club,"
                                             " shot_type = excluded.shot_type");

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      const char *name = golf_shot_field_get_name (i);

      g_string_append_printf (cols, ", %s", name);
      g_string_append_printf (values, ", ?%u", 6 + i);
      g_string_append_printf (updates, ", %s = excluded.%s", name, name);
    }

  sql_upsert_shot = g_strdup_printf ("INSERT INTO shots (%s) VALUES (%s)"
                                     " ON CONFLICT DO UPDATE SET %s",
                                     cols->str, values->str, updates->str);
  sql_select_session_shots = g_strdup_printf ("SELECT %s FROM shots WHERE session_id = ?1"
                                              " AND archived_at IS NULL ORDER BY seq",
                                              cols->str);
  sql_select_all_shots = g_strdup_printf ("SELECT %s FROM shots WHERE archived_at IS NULL"
                                          " ORDER BY session_id, seq",
                                          cols->str);
}

static void
golf_store_finalize (GObject *object)
{
  GolfStore *self = (GolfStore *)object;

  golf_store_watch (self, 0);
  g_clear_pointer (&self->sessions_by_id, g_hash_table_unref);
  g_clear_object (&self->sessions);
  g_clear_pointer (&self->db, _golf_db_close);
  g_free (self->path);

  G_OBJECT_CLASS (golf_store_parent_class)->finalize (object);
}

static void
golf_store_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GolfStore *self = GOLF_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, golf_store_get_path (self));
      break;
    case PROP_SESSIONS:
      g_value_set_object (value, golf_store_get_sessions (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_store_class_init (GolfStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_store_finalize;
  object_class->get_property = golf_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSIONS] =
    g_param_spec_object ("sessions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GolfStore::shot-changed:
   * @self: the store
   * @session_id: the session whose shots changed
   * @shot_id: (nullable): the shot, or %NULL when a bulk write changed many
   * @kind: what happened
   *
   * Fires on the main thread after the transaction that changed the shots
   * has committed: once per shot for single writes, once per session for
   * bulk writes.
   */
  signals[SHOT_CHANGED] =
    g_signal_new ("shot-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  GOLF_TYPE_CHANGE_KIND);

  build_shot_sql ();
}

static void
golf_store_init (GolfStore *self)
{
  self->sessions = g_list_store_new (GOLF_TYPE_SESSION);
  self->sessions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * golf_store_default_path:
 *
 * Returns: (transfer full): `golf-lab/shots.db` under the user data
 *   directory, shared by the app and the CLI
 */
char *
golf_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "golf-lab", "shots.db", NULL);
}

static GolfSessionMetrics *
read_metrics (GolfStore   *self,
              const char  *session_id,
              GError     **error);

/* Newest first; sessions without a date last. */
static int
compare_sessions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GolfSession *sa = (GolfSession *)a;
  GolfSession *sb = (GolfSession *)b;
  const char *da = golf_session_get_date (sa);
  const char *db = golf_session_get_date (sb);
  int cmp;

  if (da == NULL || db == NULL)
    cmp = (da == NULL) - (db == NULL);
  else
    cmp = -strcmp (da, db);

  return cmp != 0 ? cmp : strcmp (golf_session_get_id (sa), golf_session_get_id (sb));
}

static GolfSession *
session_from_row (sqlite3_stmt *stmt)
{
  GolfSession *session = golf_session_new ((const char *)sqlite3_column_text (stmt, 0));

  golf_session_set_date (session, (const char *)sqlite3_column_text (stmt, 1));
  golf_session_set_session_type (session, (const char *)sqlite3_column_text (stmt, 2));
  golf_session_set_notes (session, (const char *)sqlite3_column_text (stmt, 3));
  _golf_session_set_revision (session, sqlite3_column_int64 (stmt, 4));

  return session;
}

static gboolean
add_session_object (GolfStore    *self,
                    GolfSession  *session,
                    GError      **error)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(GError) local_error = NULL;

  metrics = read_metrics (self, golf_session_get_id (session), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  _golf_session_set_metrics (session, metrics);
  g_list_store_insert_sorted (self->sessions, session, compare_sessions, NULL);
  g_hash_table_insert (self->sessions_by_id, (gpointer)golf_session_get_id (session), session);

  return TRUE;
}

static gboolean
load_sessions (GolfStore  *self,
               GError    **error)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = _golf_db_stmt (self->db, sql_list_sessions, error)) == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (loaded, session_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "list the sessions");

  for (guint i = 0; i < loaded->len; i++)
    if (!add_session_object (self, g_ptr_array_index (loaded, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
query_int64 (GolfStore   *self,
             const char  *sql,
             const char  *arg,
             gint64      *value,
             GError     **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  if (arg != NULL)
    _golf_db_bind_text (stmt, 1, arg);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "read the database");

  return TRUE;
}

/**
 * golf_store_new:
 * @path: the database file; created with its folder when missing
 * @error: return location for a #GError in %GOLF_STORE_ERROR
 *
 * Opens the database, creating or migrating its schema. A file that is not a
 * Golf Lab database, is damaged or cannot be written gets an error and is
 * never modified.
 *
 * Returns: (transfer full) (nullable): the store
 */
GolfStore *
golf_store_new (const char  *path,
                GError     **error)
{
  g_autoptr(GolfStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (GOLF_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->owner = g_thread_self ();

  if ((self->db = _golf_db_open (path, error)) == NULL)
    return NULL;

  if (!load_sessions (self, error) ||
      !query_int64 (self, sql_data_version, NULL, &self->data_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
golf_store_get_path (GolfStore *self)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  return self->path;
}

/**
 * golf_store_get_sessions:
 * @self: a #GolfStore
 *
 * The list stays current: sessions that writes create are inserted, newest
 * date first.
 *
 * Returns: (transfer none): a #GListModel of #GolfSession
 */
GListModel *
golf_store_get_sessions (GolfStore *self)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->sessions);
}

/**
 * golf_store_find_session:
 * @self: a #GolfStore
 * @session_id: a session id
 *
 * Returns: (transfer none) (nullable): the session, if the store has it
 */
GolfSession *
golf_store_find_session (GolfStore  *self,
                         const char *session_id)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  return g_hash_table_lookup (self->sessions_by_id, session_id);
}

static gboolean
validate_shot (GolfShot  *shot,
               GError   **error)
{
  const char *id = golf_shot_get_id (shot);
  const char *session_id = golf_shot_get_session_id (shot);

  if (id == NULL || *id == '\0')
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                   "A shot without an id cannot be saved; nothing was saved. "
                   "Give every shot an id (a report import names them session_club_shot)");
      return FALSE;
    }

  if (session_id == NULL || *session_id == '\0')
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                   "Shot “%s” belongs to no session, so nothing was saved. "
                   "Give it a session id (with --session when importing)", id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
upsert_session (GolfStore    *self,
                const char   *session_id,
                GolfSession  *session,
                GError      **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_upsert_session, error);

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  if (session != NULL)
    {
      _golf_db_bind_text (stmt, 2, golf_session_get_date (session));
      _golf_db_bind_text (stmt, 3, golf_session_get_session_type (session));
      _golf_db_bind_text (stmt, 4, golf_session_get_notes (session));
    }

  return _golf_db_step_done (self->db, stmt, "save a session", error);
}

static gboolean
upsert_shot (GolfStore  *self,
             GolfShot   *shot,
             gint64      seq,
             GError    **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_upsert_shot, error);

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, golf_shot_get_session_id (shot));
  _golf_db_bind_text (stmt, 2, golf_shot_get_id (shot));
  sqlite3_bind_int64 (stmt, 3, seq);
  _golf_db_bind_text (stmt, 4, golf_shot_get_club (shot));
  _golf_db_bind_text (stmt, 5, golf_shot_get_shot_type (shot));
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    _golf_db_bind_double (stmt, 6 + i, golf_shot_get (shot, i));

  return _golf_db_step_done (self->db, stmt, "save a shot", error);
}

static gboolean
bump_revision (GolfStore   *self,
               const char  *session_id,
               GError     **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_bump_revision, error);

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);

  return _golf_db_step_done (self->db, stmt, "mark a session changed", error);
}

/* Sessions a shot left when an upsert moved it (filled by a trigger). */
static gboolean
take_moved_from (GolfStore  *self,
                 GPtrArray  *moved,
                 GError    **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_moved_from, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (moved, _golf_db_column_dup_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "save a shot");

  return TRUE;
}

typedef struct
{
  char           *session_id;
  gint64          count_before;
  GolfChangeKind  kind;
} SessionChange;

static void
session_change_free (gpointer data)
{
  SessionChange *change = data;

  g_free (change->session_id);
  g_free (change);
}

static SessionChange *
find_change (GPtrArray  *changes,
             const char *session_id)
{
  /* Bulk writes touch few sessions, and the last one is the likely match. */
  for (guint i = changes->len; i > 0; i--)
    {
      SessionChange *change = g_ptr_array_index (changes, i - 1);

      if (strcmp (change->session_id, session_id) == 0)
        return change;
    }

  return NULL;
}

static SessionChange *
begin_session_change (GolfStore    *self,
                      GPtrArray    *changes,
                      const char   *session_id,
                      GolfSession  *session,
                      gboolean      count,
                      GError      **error)
{
  SessionChange *change = find_change (changes, session_id);

  if (change != NULL)
    return change;

  change = g_new0 (SessionChange, 1);
  change->session_id = g_strdup (session_id);
  change->count_before = -1;
  g_ptr_array_add (changes, change);

  if (!upsert_session (self, session_id, session, error) ||
      (count && !query_int64 (self, sql_count_shots, session_id, &change->count_before, error)) ||
      !bump_revision (self, session_id, error))
    return NULL;

  return change;
}

static gboolean
finish_session_changes (GolfStore  *self,
                        GPtrArray  *changes,
                        GError    **error)
{
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < changes->len; i++)
    {
      SessionChange *change = g_ptr_array_index (changes, i);
      gint64 count_after = 0;

      /* Single saves know their kind already. */
      if (change->count_before < 0)
        continue;

      if (!query_int64 (self, sql_count_shots, change->session_id, &count_after, error))
        return FALSE;

      change->kind = count_after > change->count_before ? GOLF_CHANGE_ADDED : GOLF_CHANGE_CHANGED;
    }

  if (!take_moved_from (self, moved, error))
    return FALSE;

  for (guint i = 0; i < moved->len; i++)
    {
      const char *session_id = g_ptr_array_index (moved, i);
      SessionChange *change;

      if (find_change (changes, session_id) != NULL)
        continue;

      change = g_new0 (SessionChange, 1);
      change->session_id = g_strdup (session_id);
      change->kind = GOLF_CHANGE_REMOVED;
      g_ptr_array_add (changes, change);
    }

  return TRUE;
}

static GolfSession *
load_session_row (GolfStore   *self,
                  const char  *session_id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_get_session, &error);
  GolfSession *session = NULL;

  if (stmt == NULL)
    {
      g_warning ("Session %s: %s", session_id, error->message);
      return NULL;
    }

  _golf_db_bind_text (stmt, 1, session_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    session = session_from_row (stmt);
  sqlite3_reset (stmt);

  return session;
}

static void copy_session_details (GolfStore   *self,
                                  GolfSession *existing,
                                  GolfSession *written);

/* After a commit: keep the session objects in step with the rows. */
static void
sync_session_object (GolfStore   *self,
                     const char  *session_id,
                     GolfSession *written)
{
  GolfSession *existing = golf_store_find_session (self, session_id);
  g_autoptr(GolfSession) loaded = NULL;
  g_autoptr(GError) error = NULL;

  if (existing == NULL)
    {
      if ((loaded = load_session_row (self, session_id)) != NULL &&
          !add_session_object (self, loaded, &error))
        g_warning ("Session %s: %s", session_id, error->message);
      return;
    }

  /* Each write transaction moves a session's revision on by one. */
  _golf_session_set_revision (existing, _golf_session_get_revision (existing) + 1);

  copy_session_details (self, existing, written);
}

static void
copy_session_details (GolfStore   *self,
                      GolfSession *existing,
                      GolfSession *written)
{
  if (written == NULL || written == existing ||
      g_strcmp0 (golf_session_get_id (written), golf_session_get_id (existing)) != 0)
    return;

  if (golf_session_get_date (written) != NULL &&
      g_strcmp0 (golf_session_get_date (written), golf_session_get_date (existing)) != 0)
    {
      guint position;

      /* A new date moves the session in the newest-first list. */
      golf_session_set_date (existing, golf_session_get_date (written));
      if (g_list_store_find (self->sessions, existing, &position))
        {
          g_autoptr(GolfSession) keep = g_object_ref (existing);

          g_list_store_remove (self->sessions, position);
          g_list_store_insert_sorted (self->sessions, keep, compare_sessions, NULL);
        }
    }
  if (golf_session_get_session_type (written) != NULL)
    golf_session_set_session_type (existing, golf_session_get_session_type (written));
  if (golf_session_get_notes (written) != NULL)
    golf_session_set_notes (existing, golf_session_get_notes (written));
}

static void
emit_changes (GolfStore   *self,
              GPtrArray   *changes,
              GolfSession *written,
              const char  *shot_id)
{
  for (guint i = 0; i < changes->len; i++)
    {
      SessionChange *change = g_ptr_array_index (changes, i);

      sync_session_object (self, change->session_id, written);
      g_signal_emit (self, signals[SHOT_CHANGED], 0,
                     change->session_id,
                     change->kind == GOLF_CHANGE_REMOVED ? NULL : shot_id,
                     change->kind);
    }
}

static gboolean
reserve_seq (GolfStore  *self,
             guint       n,
             gint64     *before,
             GError    **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_reserve_seq, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, n);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *before = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "save shots");

  return TRUE;
}

static gboolean
save_shots_in_transaction (GolfStore    *self,
                           GolfSession  *session,
                           GolfShot    **shots,
                           guint         n_shots,
                           GPtrArray    *changes,
                           GError      **error)
{
  gboolean single = n_shots == 1 && session == NULL;
  gint64 existed = 0;
  gint64 seq = 0;

  /* One shot: an index lookup tells added from changed, cheaper than counting. */
  if (single && !query_int64 (self, sql_shot_known, golf_shot_get_id (shots[0]), &existed, error))
    return FALSE;

  /* The counter lives in the file, so shots another process saves interleave
   * in the order they really came. */
  if (!reserve_seq (self, n_shots, &seq, error))
    return FALSE;

  for (guint i = 0; i < n_shots; i++)
    {
      const char *session_id = golf_shot_get_session_id (shots[i]);

      if (begin_session_change (self, changes, session_id, session, !single, error) == NULL ||
          !upsert_shot (self, shots[i], ++seq, error))
        return FALSE;
    }

  if (single)
    ((SessionChange *)g_ptr_array_index (changes, 0))->kind = existed ? GOLF_CHANGE_CHANGED : GOLF_CHANGE_ADDED;

  return finish_session_changes (self, changes, error);
}

static gboolean
save_shots (GolfStore    *self,
            GolfSession  *session,
            GolfShot    **shots,
            guint         n_shots,
            const char   *shot_id,
            GError      **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (session_change_free);

  for (guint i = 0; i < n_shots; i++)
    {
      if (!validate_shot (shots[i], error))
        return FALSE;

      if (session != NULL &&
          g_strcmp0 (golf_shot_get_session_id (shots[i]), golf_session_get_id (session)) != 0)
        {
          g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                       "Shot “%s” belongs to session “%s”, not “%s”; nothing was saved",
                       golf_shot_get_id (shots[i]), golf_shot_get_session_id (shots[i]),
                       golf_session_get_id (session));
          return FALSE;
        }
    }

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  if (!save_shots_in_transaction (self, session, shots, n_shots, changes, error) ||
      !_golf_db_commit (self->db, error))
    {
      _golf_db_rollback (self->db);
      return FALSE;
    }

  emit_changes (self, changes, session, shot_id);

  return TRUE;
}

/* Just a session's details: its statistics row carries the date and type,
 * so the session counts as changed. */
static gboolean
save_session_details (GolfStore    *self,
                      GolfSession  *session,
                      GError      **error)
{
  const char *session_id = golf_session_get_id (session);

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  if (!upsert_session (self, session_id, session, error) ||
      !bump_revision (self, session_id, error) ||
      !_golf_db_commit (self->db, error))
    {
      _golf_db_rollback (self->db);
      return FALSE;
    }

  sync_session_object (self, session_id, session);
  g_signal_emit (self, signals[SHOT_CHANGED], 0, session_id, NULL, GOLF_CHANGE_CHANGED);

  return TRUE;
}

/**
 * golf_store_save_shot:
 * @self: a #GolfStore
 * @shot: the shot; its session is created when it does not exist yet
 * @error: return location for a #GError
 *
 * Saves one shot in its own transaction (a shot with the same id is
 * updated), then emits #GolfStore::shot-changed for it.
 *
 * Returns: %TRUE if the shot was saved
 */
gboolean
golf_store_save_shot (GolfStore  *self,
                      GolfShot   *shot,
                      GError    **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (GOLF_IS_SHOT (shot), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_shots (self, NULL, &shot, 1, golf_shot_get_id (shot), error);
}

/**
 * golf_store_save_shots:
 * @self: a #GolfStore
 * @session: (nullable): the session's details (date, type, notes) to save
 *   with the shots; every shot must then belong to it
 * @shots: (element-type GolfShot): the shots
 * @error: return location for a #GError
 *
 * Saves all the shots in one transaction: either all are stored or none.
 * Shots whose id exists are updated, never duplicated. Emits
 * #GolfStore::shot-changed once per session touched, with no shot id.
 *
 * Returns: %TRUE if the shots were saved
 */
gboolean
golf_store_save_shots (GolfStore    *self,
                       GolfSession  *session,
                       GPtrArray    *shots,
                       GError      **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session == NULL || GOLF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (shots != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (shots->len == 0 && session == NULL)
    return TRUE;

  if (shots->len == 0)
    return save_session_details (self, session, error);

  return save_shots (self, session, (GolfShot **)shots->pdata, shots->len, NULL, error);
}

static gboolean
set_archived (GolfStore   *self,
              const char  *shot_id,
              gboolean     archived,
              GError     **error)
{
  g_autofree char *session_id = NULL;
  sqlite3_stmt *stmt;
  gint64 is_archived = 0;
  int rc;

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  stmt = _golf_db_stmt (self->db, archived ? sql_archive_shot : sql_restore_shot, error);
  if (stmt == NULL)
    goto fail;

  _golf_db_bind_text (stmt, 1, shot_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    session_id = _golf_db_column_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc,
                             archived ? "delete a shot" : "restore a shot");
      goto fail;
    }

  if (session_id == NULL)
    {
      gboolean exists = query_int64 (self, sql_shot_exists, shot_id, &is_archived, NULL);

      if (!exists)
        g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                     "There is no shot “%s”; list a session's shots with "
                     "“golf-lab-cli shots SESSION”", shot_id);
      else
        g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                     archived ? "Shot “%s” is already deleted; “restore-shot” brings it back"
                              : "Shot “%s” is not deleted, so there is nothing to restore",
                     shot_id);
      goto fail;
    }

  if (!bump_revision (self, session_id, error) || !_golf_db_commit (self->db, error))
    goto fail;

  sync_session_object (self, session_id, NULL);
  g_signal_emit (self, signals[SHOT_CHANGED], 0, session_id, shot_id,
                 archived ? GOLF_CHANGE_REMOVED : GOLF_CHANGE_RESTORED);

  return TRUE;

fail:
  _golf_db_rollback (self->db);
  return FALSE;
}

/**
 * golf_store_delete_shot:
 * @self: a #GolfStore
 * @shot_id: the shot
 * @error: return location for a #GError
 *
 * Archives the shot: it leaves its session's shots and metrics, and
 * golf_store_restore_shot() brings it back (undo).
 *
 * Returns: %TRUE if the shot was deleted
 */
gboolean
golf_store_delete_shot (GolfStore   *self,
                        const char  *shot_id,
                        GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_id != NULL, FALSE);

  return set_archived (self, shot_id, TRUE, error);
}

/**
 * golf_store_restore_shot:
 * @self: a #GolfStore
 * @shot_id: a deleted shot
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the shot is back in its session
 */
gboolean
golf_store_restore_shot (GolfStore   *self,
                         const char  *shot_id,
                         GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_id != NULL, FALSE);

  return set_archived (self, shot_id, FALSE, error);
}

static GolfShot *
shot_from_row (sqlite3_stmt *stmt)
{
  GolfShot *shot = golf_shot_new ((const char *)sqlite3_column_text (stmt, 1),
                                  (const char *)sqlite3_column_text (stmt, 0));

  golf_shot_set_club (shot, (const char *)sqlite3_column_text (stmt, 3));
  golf_shot_set_shot_type (shot, (const char *)sqlite3_column_text (stmt, 4));
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    golf_shot_set (shot, i, _golf_db_column_double (stmt, 5 + i));

  return shot;
}

static GPtrArray *
select_shots (GolfStore   *self,
              const char  *sql,
              const char  *session_id,
              GError     **error)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  if (session_id != NULL)
    _golf_db_bind_text (stmt, 1, session_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (shots, shot_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "read shots");
      return NULL;
    }

  return g_steal_pointer (&shots);
}

/**
 * golf_store_list_shots:
 * @self: a #GolfStore
 * @session_id: a session
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListModel of the session's
 *   #GolfShot, in the order they were first saved (deleted shots left out)
 */
GListModel *
golf_store_list_shots (GolfStore   *self,
                       const char  *session_id,
                       GError     **error)
{
  g_autoptr(GPtrArray) shots = NULL;
  GListStore *list;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if ((shots = select_shots (self, sql_select_session_shots, session_id, error)) == NULL)
    return NULL;

  list = g_list_store_new (GOLF_TYPE_SHOT);
  g_list_store_splice (list, 0, 0, shots->pdata, shots->len);

  return G_LIST_MODEL (list);
}

/**
 * golf_store_dup_all_shots:
 * @self: a #GolfStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GolfShot) (nullable): every shot
 *   that is not deleted, by session
 */
GPtrArray *
golf_store_dup_all_shots (GolfStore  *self,
                          GError    **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (ON_OWNER_THREAD (self), NULL);

  return select_shots (self, sql_select_all_shots, NULL, error);
}

static gboolean
read_metric_values (GolfStore   *self,
                    const char  *session_id,
                    guint       *shot_count,
                    char       **clubs_used,
                    double       values[],
                    GError     **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_session_stats, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (shot_count != NULL)
        *shot_count = sqlite3_column_int (stmt, 0);
      if (clubs_used != NULL)
        *clubs_used = _golf_db_column_dup_text (stmt, 1);
      for (guint i = 0; i < GOLF_N_METRICS; i++)
        values[i] = _golf_db_column_double (stmt, 2 + i);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "read metrics");

  if (rc == SQLITE_DONE)
    {
      for (guint i = 0; i < GOLF_N_METRICS; i++)
        values[i] = NAN;
      return FALSE;
    }

  return TRUE;
}

/**
 * golf_store_read_metrics:
 * @self: a #GolfStore
 * @session_id: a session
 * @values: (array fixed-size=14) (out caller-allocates): GOLF_N_METRICS values, NAN when NULL
 * @error: return location for a #GError
 *
 * The fast path for reading a session's stored metric values.
 *
 * Returns: %TRUE if the session has a metrics row; %FALSE with @error unset
 *   when it has none
 */
gboolean
golf_store_read_metrics (GolfStore   *self,
                         const char  *session_id,
                         double       values[],
                         GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  return read_metric_values (self, session_id, NULL, NULL, values, error);
}

static GPtrArray *
read_club_stats (GolfStore   *self,
                 const char  *session_id,
                 GError     **error)
{
  g_autoptr(GPtrArray) stats = g_ptr_array_new_with_free_func ((GDestroyNotify)golf_club_stats_free);
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_club_stats, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  _golf_db_bind_text (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GolfClubStats *club = g_new0 (GolfClubStats, 1);

      club->club = _golf_db_column_dup_text (stmt, 0);
      club->shot_count = sqlite3_column_int (stmt, 1);
      club->median_carry = _golf_db_column_double (stmt, 2);
      club->q1_carry = _golf_db_column_double (stmt, 3);
      club->q3_carry = _golf_db_column_double (stmt, 4);
      club->avg_carry = _golf_db_column_double (stmt, 5);
      club->std_carry = _golf_db_column_double (stmt, 6);
      club->avg_lateral = _golf_db_column_double (stmt, 7);
      club->std_lateral = _golf_db_column_double (stmt, 8);
      club->avg_ball_speed = _golf_db_column_double (stmt, 9);
      club->avg_smash = _golf_db_column_double (stmt, 10);
      g_ptr_array_add (stats, club);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "read club statistics");
      return NULL;
    }

  return g_steal_pointer (&stats);
}

static GolfSessionMetrics *
read_metrics (GolfStore   *self,
              const char  *session_id,
              GError     **error)
{
  g_autoptr(GPtrArray) club_stats = NULL;
  g_autofree char *clubs_used = NULL;
  double values[GOLF_N_METRICS];
  guint shot_count = 0;
  GError *local_error = NULL;

  if (!read_metric_values (self, session_id, &shot_count, &clubs_used, values, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return NULL;
    }

  if ((club_stats = read_club_stats (self, session_id, error)) == NULL)
    return NULL;

  return golf_session_metrics_new_stored (shot_count, clubs_used, values, club_stats);
}

/**
 * golf_store_dup_metrics:
 * @self: a #GolfStore
 * @session_id: a session
 * @error: return location for a #GError
 *
 * Reads the stored `session_stats` and `club_stats` rows of a session.
 *
 * Returns: (transfer full) (nullable): the metrics, or %NULL with @error
 *   unset when the session has none (no shots)
 */
GolfSessionMetrics *
golf_store_dup_metrics (GolfStore   *self,
                        const char  *session_id,
                        GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  return read_metrics (self, session_id, error);
}

/**
 * golf_store_dup_metrics_updated_at:
 * @self: a #GolfStore
 * @session_id: a session
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): when the session's metrics were last
 *   computed (ISO 8601, UTC), or %NULL with @error unset when it has none
 */
char *
golf_store_dup_metrics_updated_at (GolfStore   *self,
                                   const char  *session_id,
                                   GError     **error)
{
  sqlite3_stmt *stmt;
  char *updated_at = NULL;
  int rc;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if ((stmt = _golf_db_stmt (self->db, sql_stats_updated_at, error)) == NULL)
    return NULL;

  _golf_db_bind_text (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    updated_at = _golf_db_column_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "read metrics");

  return updated_at;
}

/**
 * golf_store_dup_stale_sessions:
 * @self: a #GolfStore
 * @error: return location for a #GError
 *
 * Sessions whose stored metrics were computed from an older revision of their
 * shots (say the program stopped between a write and its recompute).
 *
 * Returns: (transfer full) (nullable): a %NULL-terminated array of ids
 */
char **
golf_store_dup_stale_sessions (GolfStore  *self,
                               GError    **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (ON_OWNER_THREAD (self), NULL);

  if ((stmt = _golf_db_stmt (self->db, sql_stale_sessions, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, _golf_db_column_dup_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "find stale metrics");
      return NULL;
    }

  g_ptr_array_add (ids, NULL);

  return (char **)g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

/* Another program changed a session this store shows. */
static void
refresh_session (GolfStore    *self,
                 GolfSession  *existing,
                 GolfSession  *row,
                 gint64        stats_revision)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(GError) error = NULL;
  gint64 revision = _golf_session_get_revision (row);
  const char *session_id = golf_session_get_id (row);

  copy_session_details (self, existing, row);
  _golf_session_set_revision (existing, revision);

  /* Its own worker may have stored current metrics already. */
  if (stats_revision != revision)
    {
      g_signal_emit (self, signals[SHOT_CHANGED], 0, session_id, NULL, GOLF_CHANGE_CHANGED);
      return;
    }

  metrics = read_metrics (self, session_id, &error);
  if (error != NULL)
    g_warning ("Session %s: %s", session_id, error->message);
  else
    _golf_session_set_metrics (existing, metrics);
}

static gboolean
refresh_sessions (GolfStore  *self,
                  GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) stats_revisions = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_session_revisions, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 stats_revision = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 5);

      g_ptr_array_add (rows, session_from_row (stmt));
      g_array_append_val (stats_revisions, stats_revision);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, "read the sessions");

  for (guint i = 0; i < rows->len; i++)
    {
      GolfSession *row = g_ptr_array_index (rows, i);
      GolfSession *existing = golf_store_find_session (self, golf_session_get_id (row));
      gint64 stats_revision = g_array_index (stats_revisions, gint64, i);

      if (existing == NULL)
        {
          if (!add_session_object (self, row, error))
            return FALSE;
          if (stats_revision != _golf_session_get_revision (row))
            g_signal_emit (self, signals[SHOT_CHANGED], 0, golf_session_get_id (row), NULL,
                           GOLF_CHANGE_ADDED);
        }
      else if (_golf_session_get_revision (existing) != _golf_session_get_revision (row))
        {
          refresh_session (self, existing, row, stats_revision);
        }
    }

  return TRUE;
}

/**
 * golf_store_refresh:
 * @self: a #GolfStore
 * @error: return location for a #GError
 *
 * Catches up with what other programs (another Golf Lab, golf-lab-cli)
 * wrote to the file: new sessions join the list, and changed ones get their
 * stored metrics or, when those are behind, #GolfStore::shot-changed so a
 * #GolfMetricsWorker recomputes them. Costs one query when nothing changed.
 *
 * Returns: %TRUE unless the database could not be read
 */
gboolean
golf_store_refresh (GolfStore  *self,
                    GError    **error)
{
  gint64 data_version = 0;

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ON_OWNER_THREAD (self), FALSE);

  if (!query_int64 (self, sql_data_version, NULL, &data_version, error))
    return FALSE;

  if (data_version == self->data_version)
    return TRUE;

  self->data_version = data_version;

  return refresh_sessions (self, error);
}

static gboolean
watch_cb (gpointer user_data)
{
  GolfStore *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!golf_store_refresh (self, &error))
    g_warning ("Could not look for changes by other programs: %s", error->message);

  return G_SOURCE_CONTINUE;
}

/**
 * golf_store_watch:
 * @self: a #GolfStore
 * @interval_ms: how often to look, or 0 to stop
 *
 * Calls golf_store_refresh() every @interval_ms on the thread-default main
 * context, so a window shows what golf-lab-cli imports while it is open.
 */
void
golf_store_watch (GolfStore *self,
                  guint      interval_ms)
{
  g_return_if_fail (GOLF_IS_STORE (self));

  if (self->watch_source != NULL)
    {
      g_source_destroy (self->watch_source);
      g_clear_pointer (&self->watch_source, g_source_unref);
    }

  if (interval_ms == 0)
    return;

  self->watch_source = g_timeout_source_new (interval_ms);
  g_source_set_callback (self->watch_source, watch_cb, self, NULL);
  g_source_attach (self->watch_source, g_main_context_get_thread_default ());
}

/* Main thread: hands freshly computed metrics to the session object. */
void
_golf_store_apply_metrics (GolfStore          *self,
                           const char         *session_id,
                           GolfSessionMetrics *metrics)
{
  GolfSession *session = golf_store_find_session (self, session_id);

  if (session != NULL)
    _golf_session_set_metrics (session, metrics);
}
