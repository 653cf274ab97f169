/* golf-store-db.c: one SQLite connection and its statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "golf-session-metrics.h"
#include "golf-store-private.h"


static const char sql_snapshot_session[] =
  "SELECT revision, date, type FROM sessions WHERE id = ?1";
#define SNAPSHOT_COLUMNS \
  "id, club, carry_distance, total_distance, ball_speed, club_speed," \
  " face_angle, club_path, impact_x, impact_y, side_distance"
static const char sql_snapshot_shots[] =
  "SELECT " SNAPSHOT_COLUMNS
  " FROM shots WHERE session_id = ?1 AND archived_at IS NULL";
static const char sql_snapshot_one_shot[] =
  "SELECT " SNAPSHOT_COLUMNS
  " FROM shots WHERE id = ?1 AND session_id = ?2 AND archived_at IS NULL";
static const char sql_delete_session_stats[] =
  "DELETE FROM session_stats WHERE session_id = ?1";
static const char sql_delete_club_stats[] =
  "DELETE FROM club_stats WHERE session_id = ?1";
static const char sql_insert_session_stats[] =
  "INSERT OR REPLACE INTO session_stats (session_id, session_date, session_type,"
  " shot_count, clubs_used, avg_carry, avg_total, avg_ball_speed, avg_club_speed,"
  " avg_smash, best_carry, avg_face_angle, std_face_angle, avg_club_path,"
  " std_club_path, avg_face_to_path, std_face_to_path, avg_strike_distance,"
  " std_strike_distance, updated_at, revision)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
  " ?16, ?17, ?18, ?19, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?20)";
static const char sql_insert_club_stats[] =
  "INSERT INTO club_stats (session_id, club, shot_count, median_carry, q1_carry,"
  " q3_carry, avg_carry, std_carry, avg_lateral, std_lateral, avg_ball_speed,"
  " avg_smash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
static const char sql_list_session_ids[] =
  "SELECT id FROM sessions ORDER BY id";

struct _GolfDb
{
  sqlite3    *handle;
  GHashTable *stmts;   /* SQL text (static, by address) -> sqlite3_stmt */
};

static gboolean
is_full_errno (int saved_errno)
{
  return saved_errno == ENOSPC || saved_errno == EFBIG || saved_errno == EDQUOT;
}

gboolean
_golf_store_set_error (GError     **error,
                       sqlite3     *db,
                       int          rc,
                       const char  *what)
{
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  const char *filename = db ? sqlite3_db_filename (db, "main") : NULL;

  if (filename == NULL || *filename == '\0')
    filename = ":memory:";

  /* A write the file system refused (a quota, a file size limit) is, to
   * the person, the same as a full disk; so is any I/O error that a full
   * disk caused, such as failing to create the write-ahead log on open. */
  if (rc == SQLITE_IOERR_WRITE ||
      (((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN) &&
       db != NULL && is_full_errno (sqlite3_system_errno (db))))
    rc = SQLITE_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_CORRUPT,
                   _("“%s” is not a readable Golf Lab database (%s). It was left untouched; "
                     "restore it from a backup or open another database file"),
                   filename, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full or refused the write, so nothing "
                     "was saved (could not %s). Free some space and try again"),
                   filename, _(what));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written (%s), so nothing was saved. "
                     "Check the permissions of the file and its folder"),
                   filename, detail);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_OPEN,
                   _("“%s” could not be opened (%s). Check that its folder exists and can be written"),
                   filename, detail);
      break;
    default:
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FAILED,
                   _("Could not %s in “%s”: %s"), _(what), filename, detail);
      break;
    }

  return FALSE;
}

gboolean
_golf_db_exec (sqlite3     *handle,
               const char  *sql,
               const char  *what,
               GError     **error)
{
  int rc = sqlite3_exec (handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _golf_store_set_error (error, handle, rc, what);

  return TRUE;
}

static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = NULL;
  int saved_errno;

  if (g_strcmp0 (path, ":memory:") == 0)
    return TRUE;

  if (*path == '\0')
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_OPEN,
                   _("No database file was given (the name is empty); choose a database file"));
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_OPEN,
                   g_file_test (path, G_FILE_TEST_IS_DIR)
                     ? _("“%s” is a folder, not a database file; choose a database file")
                     : _("“%s” is not a regular file, so it cannot hold a database; choose a database file"),
                   path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      saved_errno = errno;
      g_set_error (error, GOLF_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM
                     ? GOLF_STORE_ERROR_READ_ONLY : GOLF_STORE_ERROR_OPEN,
                   _("The folder “%s” for the database could not be created: %s. "
                     "Choose a folder you can write to"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_access (path, F_OK) == 0 ? g_access (path, W_OK) != 0 : g_access (dir, W_OK) != 0)
    {
      saved_errno = errno;
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written: %s. Golf Lab needs to write its database; "
                     "check the permissions or choose another database file"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/**
 * _golf_db_open:
 * @path: the database file, or ":memory:"
 * @error: return location for a #GError
 *
 * Opens a connection in WAL mode with foreign keys on, creating the schema in
 * an empty file. A file that is not ours is refused and never written.
 *
 * Returns: (transfer full) (nullable): the connection
 */
GolfDb *
_golf_db_open (const char  *path,
               GError     **error)
{
  static gsize configured;
  g_autoptr(GolfDb) db = g_new0 (GolfDb, 1);
  int rc;

  /* SQLite's memory statistics take a global mutex on every allocation:
   * a bulk import spends more on them than on some of its work. Only
   * possible before SQLite starts; harmless to try after. */
  if (g_once_init_enter (&configured))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&configured, 1);
    }

  db->stmts = g_hash_table_new_full (NULL, NULL, NULL, finalize_stmt);

  if (!check_writable (path, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &db->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _golf_store_set_error (error, db->handle, rc, N_("open the database"));
      return NULL;
    }

  sqlite3_extended_result_codes (db->handle, TRUE);
  sqlite3_busy_timeout (db->handle, GOLF_DB_BUSY_TIMEOUT_MS);

  if (!_golf_db_check_schema (db->handle, path, error))
    return NULL;

  if (!_golf_db_exec_patiently (db->handle,
                                 "PRAGMA journal_mode = WAL;"
                                 "PRAGMA synchronous = NORMAL;"
                                 "PRAGMA foreign_keys = ON;"
                                 "PRAGMA temp_store = MEMORY;"
                                 "PRAGMA cache_size = -16000;",
                                 N_("set up the database connection"), error))
    return NULL;

  return g_steal_pointer (&db);
}

void
_golf_db_close (GolfDb *db)
{
  if (db == NULL)
    return;

  g_clear_pointer (&db->stmts, g_hash_table_unref);

  sqlite3_close (db->handle);
  g_free (db);
}

sqlite3 *
_golf_db_get_handle (GolfDb *db)
{
  return db->handle;
}

/**
 * _golf_db_stmt:
 * @sql: a statement's text; it must be static, as it is cached by address
 *
 * Returns: (transfer none) (nullable): the prepared statement, reset and with
 *   no bindings
 */
sqlite3_stmt *
_golf_db_stmt (GolfDb      *db,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->stmts, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _golf_store_set_error (error, db->handle, rc, N_("prepare a query"));
      return NULL;
    }

  g_hash_table_insert (db->stmts, (gpointer)sql, stmt);

  return stmt;
}

gboolean
_golf_db_begin (GolfDb   *db,
                gboolean  write,
                GError  **error)
{
  return _golf_db_exec (db->handle, write ? "BEGIN IMMEDIATE" : "BEGIN", N_("start a transaction"), error);
}

gboolean
_golf_db_commit (GolfDb  *db,
                 GError **error)
{
  if (!_golf_db_exec (db->handle, "COMMIT", N_("save the changes"), error))
    {
      _golf_db_rollback (db);
      return FALSE;
    }

  return TRUE;
}

void
_golf_db_rollback (GolfDb *db)
{
  if (!sqlite3_get_autocommit (db->handle))
    sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
}

void
_golf_session_snapshot_init (GolfSessionSnapshot *snapshot)
{
  memset (snapshot, 0, sizeof *snapshot);
  snapshot->rows = g_array_new (FALSE, FALSE, sizeof (GolfMetricsRow));
  snapshot->ids = g_ptr_array_new ();
  snapshot->index = g_hash_table_new (g_str_hash, g_str_equal);
  snapshot->strings = g_string_chunk_new (4096);
}

void
_golf_session_snapshot_clear (GolfSessionSnapshot *snapshot)
{
  g_clear_pointer (&snapshot->date, g_free);
  g_clear_pointer (&snapshot->type, g_free);
  g_clear_pointer (&snapshot->rows, g_array_unref);
  g_clear_pointer (&snapshot->ids, g_ptr_array_unref);
  g_clear_pointer (&snapshot->index, g_hash_table_unref);
  g_clear_pointer (&snapshot->strings, g_string_chunk_free);
}

GolfSessionSnapshot *
_golf_session_snapshot_new (void)
{
  GolfSessionSnapshot *snapshot = g_new0 (GolfSessionSnapshot, 1);

  _golf_session_snapshot_init (snapshot);

  return snapshot;
}

void
_golf_session_snapshot_free (GolfSessionSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;

  _golf_session_snapshot_clear (snapshot);
  g_free (snapshot);
}

static void
snapshot_reset (GolfSessionSnapshot *snapshot)
{
  _golf_session_snapshot_clear (snapshot);
  _golf_session_snapshot_init (snapshot);
}

static void
snapshot_remove (GolfSessionSnapshot *snapshot,
                 const char          *shot_id)
{
  gpointer value;
  guint i, last;

  if (!g_hash_table_lookup_extended (snapshot->index, shot_id, NULL, &value))
    return;

  /* Move the last row into the hole. */
  i = GPOINTER_TO_UINT (value);
  last = snapshot->rows->len - 1;
  g_hash_table_remove (snapshot->index, shot_id);
  if (i != last)
    {
      const char *moved = g_ptr_array_index (snapshot->ids, last);

      g_array_index (snapshot->rows, GolfMetricsRow, i) = g_array_index (snapshot->rows, GolfMetricsRow, last);
      snapshot->ids->pdata[i] = (gpointer)moved;
      g_hash_table_insert (snapshot->index, (gpointer)moved, GUINT_TO_POINTER (i));
    }
  g_array_set_size (snapshot->rows, last);
  g_ptr_array_set_size (snapshot->ids, last);
}

static GolfMetricsRow
row_from_stmt (GolfSessionSnapshot *snapshot,
               sqlite3_stmt        *stmt)
{
  const char *club = (const char *)sqlite3_column_text (stmt, 1);
  GolfMetricsRow row = {
    .club = club ? g_string_chunk_insert_const (snapshot->strings, club) : NULL,
    .carry = _golf_db_column_double (stmt, 2),
    .total = _golf_db_column_double (stmt, 3),
    .ball_speed = _golf_db_column_double (stmt, 4),
    .club_speed = _golf_db_column_double (stmt, 5),
    .face_angle = _golf_db_column_double (stmt, 6),
    .club_path = _golf_db_column_double (stmt, 7),
    .impact_x = _golf_db_column_double (stmt, 8),
    .impact_y = _golf_db_column_double (stmt, 9),
    .side_distance = _golf_db_column_double (stmt, 10),
  };

  return row;
}

static void
snapshot_append_row (GolfSessionSnapshot *snapshot,
                     sqlite3_stmt        *stmt)
{
  GolfMetricsRow row = row_from_stmt (snapshot, stmt);
  const char *id = (const char *)sqlite3_column_text (stmt, 0);

  g_ptr_array_add (snapshot->ids, g_string_chunk_insert (snapshot->strings, id));
  g_array_append_val (snapshot->rows, row);
}

/* The id index is built on the first partial update only: full reads
 * (most of them) never need it. */
static void
snapshot_ensure_index (GolfSessionSnapshot *snapshot)
{
  if (g_hash_table_size (snapshot->index) == snapshot->ids->len)
    return;

  g_hash_table_remove_all (snapshot->index);
  for (guint i = 0; i < snapshot->ids->len; i++)
    g_hash_table_insert (snapshot->index, g_ptr_array_index (snapshot->ids, i), GUINT_TO_POINTER (i));
}

/* Adds or replaces the shot in the current row of @stmt. */
static void
snapshot_put_row (GolfSessionSnapshot *snapshot,
                  sqlite3_stmt        *stmt)
{
  const char *id = (const char *)sqlite3_column_text (stmt, 0);
  gpointer value;

  if (g_hash_table_lookup_extended (snapshot->index, id, NULL, &value))
    {
      g_array_index (snapshot->rows, GolfMetricsRow, GPOINTER_TO_UINT (value)) = row_from_stmt (snapshot, stmt);
      return;
    }

  snapshot_append_row (snapshot, stmt);
  g_hash_table_insert (snapshot->index, g_ptr_array_index (snapshot->ids, snapshot->ids->len - 1),
                       GUINT_TO_POINTER (snapshot->rows->len - 1));
}

double
_golf_db_column_double (sqlite3_stmt *stmt,
               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;

  return sqlite3_column_double (stmt, column);
}

void
_golf_db_bind_double (sqlite3_stmt *stmt,
             int           index,
             double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

void
_golf_db_bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *value)
{
  sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

char *
_golf_db_column_dup_text (sqlite3_stmt *stmt,
                 int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

static gboolean
read_session_row (GolfDb              *db,
                  const char          *session_id,
                  GolfSessionSnapshot *snapshot,
                  GError             **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (db, sql_snapshot_session, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  g_clear_pointer (&snapshot->date, g_free);
  g_clear_pointer (&snapshot->type, g_free);
  if (rc == SQLITE_DONE)
    {
      /* The session is gone: report it as having no shots. */
      snapshot->revision = -1;
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    return _golf_store_set_error (error, db->handle, rc, N_("read a session"));

  snapshot->revision = sqlite3_column_int64 (stmt, 0);
  snapshot->date = _golf_db_column_dup_text (stmt, 1);
  snapshot->type = _golf_db_column_dup_text (stmt, 2);
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
read_all_shots (GolfDb              *db,
                const char          *session_id,
                GolfSessionSnapshot *snapshot,
                GError             **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (db, sql_snapshot_shots, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    snapshot_append_row (snapshot, stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, db->handle, rc, N_("read the shots of a session"));

  return TRUE;
}

static gboolean
read_some_shots (GolfDb              *db,
                 const char          *session_id,
                 GolfSessionSnapshot *snapshot,
                 const char * const  *shot_ids,
                 GError             **error)
{
  snapshot_ensure_index (snapshot);

  for (guint i = 0; shot_ids[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = _golf_db_stmt (db, sql_snapshot_one_shot, error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      _golf_db_bind_text (stmt, 1, shot_ids[i]);
      _golf_db_bind_text (stmt, 2, session_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        snapshot_put_row (snapshot, stmt);
      else if (rc == SQLITE_DONE)
        snapshot_remove (snapshot, shot_ids[i]);
      sqlite3_reset (stmt);

      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return _golf_store_set_error (error, db->handle, rc, N_("read a shot"));
    }

  return TRUE;
}

/**
 * _golf_db_read_snapshot:
 * @db: a connection
 * @session_id: the session
 * @snapshot: what the caller knows of the session (empty: revision 0, no rows)
 * @shot_ids: (nullable): the shots that changed since @snapshot was read, one
 *   change each, or %NULL to read every shot
 * @error: return location for a #GError
 *
 * Brings @snapshot up to date with the session's revision and the metric
 * inputs of its active shots, in one read transaction so they belong
 * together. When the revision shows other changes than the @shot_ids
 * listed, every shot is read again.
 *
 * Returns: %TRUE on success
 */
gboolean
_golf_db_read_snapshot (GolfDb              *db,
                        const char          *session_id,
                        GolfSessionSnapshot *snapshot,
                        const char * const  *shot_ids,
                        GError             **error)
{
  gboolean in_transaction = !sqlite3_get_autocommit (db->handle);
  gint64 known_revision = snapshot->revision;
  gboolean ok;

  if (!in_transaction && !_golf_db_begin (db, FALSE, error))
    return FALSE;

  ok = read_session_row (db, session_id, snapshot, error);

  if (ok && shot_ids != NULL && known_revision > 0 &&
      snapshot->revision == known_revision + (gint64)g_strv_length ((char **)shot_ids))
    {
      ok = read_some_shots (db, session_id, snapshot, shot_ids, error);
    }
  else if (ok)
    {
      gint64 revision = snapshot->revision;
      char *date = g_steal_pointer (&snapshot->date);
      char *type = g_steal_pointer (&snapshot->type);

      snapshot_reset (snapshot);
      snapshot->revision = revision;
      snapshot->date = date;
      snapshot->type = type;
      ok = read_all_shots (db, session_id, snapshot, error);
    }

  if (!in_transaction)
    _golf_db_rollback (db);

  return ok;
}

gboolean
_golf_db_step_done (GolfDb        *db,
                    sqlite3_stmt  *stmt,
                    const char    *what,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, db->handle, rc, what);

  return TRUE;
}

static gboolean
delete_metrics (GolfDb      *db,
                const char  *session_id,
                GError     **error)
{
  sqlite3_stmt *stmt;

  if ((stmt = _golf_db_stmt (db, sql_delete_club_stats, error)) == NULL)
    return FALSE;
  _golf_db_bind_text (stmt, 1, session_id);
  if (!_golf_db_step_done (db, stmt, N_("remove old club statistics"), error))
    return FALSE;

  if ((stmt = _golf_db_stmt (db, sql_delete_session_stats, error)) == NULL)
    return FALSE;
  _golf_db_bind_text (stmt, 1, session_id);

  return _golf_db_step_done (db, stmt, N_("remove old session statistics"), error);
}

static gboolean
insert_club_stats (GolfDb              *db,
                   const char          *session_id,
                   const GolfClubStats *stats,
                   GError             **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (db, sql_insert_club_stats, error);

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  _golf_db_bind_text (stmt, 2, stats->club ? stats->club : "");
  sqlite3_bind_int64 (stmt, 3, stats->shot_count);
  _golf_db_bind_double (stmt, 4, stats->median_carry);
  _golf_db_bind_double (stmt, 5, stats->q1_carry);
  _golf_db_bind_double (stmt, 6, stats->q3_carry);
  _golf_db_bind_double (stmt, 7, stats->avg_carry);
  _golf_db_bind_double (stmt, 8, stats->std_carry);
  _golf_db_bind_double (stmt, 9, stats->avg_lateral);
  _golf_db_bind_double (stmt, 10, stats->std_lateral);
  _golf_db_bind_double (stmt, 11, stats->avg_ball_speed);
  _golf_db_bind_double (stmt, 12, stats->avg_smash);

  return _golf_db_step_done (db, stmt, N_("save club statistics"), error);
}

static gboolean
insert_session_stats (GolfDb                    *db,
                      const char                *session_id,
                      const GolfSessionSnapshot *snapshot,
                      GolfSessionMetrics        *metrics,
                      GError                   **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (db, sql_insert_session_stats, error);
  GPtrArray *club_stats;

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  _golf_db_bind_text (stmt, 2, snapshot->date);
  _golf_db_bind_text (stmt, 3, snapshot->type);
  sqlite3_bind_int64 (stmt, 4, golf_session_metrics_get_shot_count (metrics));
  _golf_db_bind_text (stmt, 5, golf_session_metrics_get_clubs_used (metrics));
  for (guint i = 0; i < GOLF_N_METRICS; i++)
    _golf_db_bind_double (stmt, 6 + i, golf_session_metrics_get (metrics, i));
  sqlite3_bind_int64 (stmt, 20, snapshot->revision);

  if (!_golf_db_step_done (db, stmt, N_("save session statistics"), error))
    return FALSE;

  club_stats = golf_session_metrics_get_club_stats (metrics);
  for (guint i = 0; i < club_stats->len; i++)
    if (!insert_club_stats (db, session_id, g_ptr_array_index (club_stats, i), error))
      return FALSE;

  return TRUE;
}

/**
 * _golf_db_write_metrics:
 * @metrics: (nullable): the new metrics; %NULL when the session has no shots
 *
 * Replaces the session's `session_stats` and `club_stats` rows. The caller
 * holds a write transaction.
 */
gboolean
_golf_db_write_metrics (GolfDb                    *db,
                        const char                *session_id,
                        const GolfSessionSnapshot *snapshot,
                        GolfSessionMetrics        *metrics,
                        GError                   **error)
{
  if (!delete_metrics (db, session_id, error))
    return FALSE;

  if (metrics == NULL || snapshot->revision < 0)
    return TRUE;

  return insert_session_stats (db, session_id, snapshot, metrics, error);
}

/**
 * _golf_db_read_revision:
 *
 * Returns: %TRUE with the session's current revision in @revision (-1 when
 *   the session is gone)
 */
gboolean
_golf_db_read_revision (GolfDb      *db,
                        const char  *session_id,
                        gint64      *revision,
                        GError     **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (db, sql_snapshot_session, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  *revision = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _golf_store_set_error (error, db->handle, rc, N_("read a session"));

  return TRUE;
}

/* Appends column 0 of every row @stmt gives to @texts, as new strings. */
gboolean
_golf_db_collect_texts (GolfDb        *db,
                        sqlite3_stmt  *stmt,
                        GPtrArray     *texts,
                        const char    *what,
                        GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (texts, _golf_db_column_dup_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, db->handle, rc, what);

  return TRUE;
}

/* Column 0 of every row of @sql, a query without parameters. */
char **
_golf_db_dup_texts (GolfDb      *db,
                    const char  *sql,
                    const char  *what,
                    GError     **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = _golf_db_stmt (db, sql, error);

  if (stmt == NULL || !_golf_db_collect_texts (db, stmt, texts, what, error))
    return NULL;

  g_ptr_array_add (texts, NULL);

  return (char **)g_ptr_array_free (g_steal_pointer (&texts), FALSE);
}

char **
_golf_db_list_session_ids (GolfDb  *db,
                           GError **error)
{
  return _golf_db_dup_texts (db, sql_list_session_ids, N_("list the sessions"), error);
}
