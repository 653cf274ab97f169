/* golf-store.c: the SQLite file that holds every shot, and its sessions
 *
 * The store is one object over several files: this one opens the file and
 * keeps the session objects in step with the rows; golf-store-save.c writes
 * shots, golf-store-read.c reads them and their metrics,
 * golf-store-archive.c deletes with undo, golf-store-annotate.c holds names,
 * notes and tags, golf-store-players.c the players, and
 * golf-store-refresh.c follows what other programs write.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "golf-player.h"
#include "golf-session-private.h"
#include "golf-store-private.h"

G_DEFINE_FINAL_TYPE (GolfStore, golf_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (golf-store-error-quark, golf_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_SESSIONS,
  PROP_PLAYERS,
  N_PROPS
};

enum {
  SHOT_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char sql_list_sessions[] =
  "SELECT " GOLF_SESSION_COLUMNS " FROM sessions WHERE archived_at IS NULL";
static const char sql_get_session[] =
  "SELECT " GOLF_SESSION_COLUMNS " FROM sessions WHERE id = ?1 AND archived_at IS NULL";
static const char sql_data_version[] =
  "PRAGMA data_version";

static void
golf_store_finalize (GObject *object)
{
  GolfStore *self = (GolfStore *)object;

  golf_store_watch (self, 0);
  g_clear_pointer (&self->sessions_by_id, g_hash_table_unref);
  g_clear_object (&self->sessions);
  g_clear_object (&self->players);
  g_clear_pointer (&self->db, _golf_db_close);
  g_free (self->path);
  g_free (self->id);

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
    case PROP_PLAYERS:
      g_value_set_object (value, golf_store_get_players (self));
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
  properties[PROP_PLAYERS] =
    g_param_spec_object ("players", NULL, NULL, G_TYPE_LIST_MODEL,
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
   * bulk writes and for changes to a whole session.
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
}

static void
golf_store_init (GolfStore *self)
{
  self->sessions = g_list_store_new (GOLF_TYPE_SESSION);
  self->sessions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->players = g_list_store_new (GOLF_TYPE_PLAYER);
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

/* A row of GOLF_SESSION_COLUMNS. */
GolfSession *
_golf_store_session_from_row (sqlite3_stmt *stmt)
{
  GolfSession *session = golf_session_new ((const char *)sqlite3_column_text (stmt, 0));

  golf_session_set_date (session, (const char *)sqlite3_column_text (stmt, 1));
  golf_session_set_session_type (session, (const char *)sqlite3_column_text (stmt, 2));
  golf_session_set_notes (session, (const char *)sqlite3_column_text (stmt, 3));
  _golf_session_set_revision (session, sqlite3_column_int64 (stmt, 4));
  golf_session_set_name (session, (const char *)sqlite3_column_text (stmt, 5));
  golf_session_set_player_id (session, sqlite3_column_int64 (stmt, 6));
  golf_session_set_notes_updated_at (session, (const char *)sqlite3_column_text (stmt, 7));

  return session;
}

/* Puts a session object, with its stored metrics, in the list. */
gboolean
_golf_store_add_session (GolfStore    *self,
                         GolfSession  *session,
                         GError      **error)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(GError) local_error = NULL;

  metrics = _golf_store_read_metrics (self, golf_session_get_id (session), &local_error);
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

void
_golf_store_remove_session (GolfStore  *self,
                            const char *session_id)
{
  GolfSession *session = golf_store_find_session (self, session_id);
  guint position;

  if (session == NULL)
    return;

  g_hash_table_remove (self->sessions_by_id, session_id);
  if (g_list_store_find (self->sessions, session, &position))
    g_list_store_remove (self->sessions, position);
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
    g_ptr_array_add (loaded, _golf_store_session_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("list the sessions"));

  for (guint i = 0; i < loaded->len; i++)
    if (!_golf_store_add_session (self, g_ptr_array_index (loaded, i), error))
      return FALSE;

  return TRUE;
}

gboolean
_golf_store_query_int64 (GolfStore   *self,
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
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read the database"));

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

  if (!_golf_store_load_id (self, error) ||
      !_golf_store_load_players (self, error) ||
      !load_sessions (self, error) ||
      !_golf_store_query_int64 (self, sql_data_version, NULL, &self->data_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * golf_store_get_path:
 * @self: a #GolfStore
 *
 * Returns: (transfer none): the database file
 */
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
    session = _golf_store_session_from_row (stmt);
  sqlite3_reset (stmt);

  return session;
}

/* After a commit: keep the session objects in step with the rows. */
void
_golf_store_sync_session (GolfStore   *self,
                          const char  *session_id,
                          GolfSession *written)
{
  GolfSession *existing = golf_store_find_session (self, session_id);
  g_autoptr(GolfSession) loaded = NULL;
  g_autoptr(GError) error = NULL;

  if (existing == NULL)
    {
      if ((loaded = load_session_row (self, session_id)) != NULL &&
          !_golf_store_add_session (self, loaded, &error))
        g_warning ("Session %s: %s", session_id, error->message);
      return;
    }

  /* Each write transaction moves a session's revision on by one. */
  _golf_session_set_revision (existing, _golf_session_get_revision (existing) + 1);

  _golf_store_copy_session_details (self, existing, written);

  /* Notes that were saved may have lost to newer ones: read what won. */
  if (written != NULL &&
      (golf_session_get_notes (written) != NULL || golf_session_get_notes_updated_at (written) != NULL) &&
      (loaded = load_session_row (self, session_id)) != NULL)
    _golf_store_copy_session_notes (existing, loaded);
}

/* The notes of a row just read from the file, even none. */
void
_golf_store_copy_session_notes (GolfSession *existing,
                                GolfSession *row)
{
  golf_session_set_notes (existing, golf_session_get_notes (row));
  golf_session_set_notes_updated_at (existing, golf_session_get_notes_updated_at (row));
}

void
_golf_store_copy_session_details (GolfStore   *self,
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
  if (golf_session_get_name (written) != NULL)
    golf_session_set_name (existing, golf_session_get_name (written));
  if (golf_session_get_player_id (written) != 0)
    golf_session_set_player_id (existing, golf_session_get_player_id (written));
}

/* After a commit: tell the worker, and whoever listens, which session
 * changed. */
void
_golf_store_emit_shot_changed (GolfStore      *self,
                               const char     *session_id,
                               const char     *shot_id,
                               GolfChangeKind  kind)
{
  g_signal_emit (self, signals[SHOT_CHANGED], 0, session_id, shot_id, kind);
}

