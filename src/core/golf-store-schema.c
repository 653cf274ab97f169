/* golf-store-schema.c: the tables of a Golf Lab database, and how an
 * older file is brought up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <glib/gi18n-lib.h>

#include "golf-store-private.h"

/* 'GOLF': marks the file as ours, so another SQLite file is never touched. */
#define GOLF_APPLICATION_ID 0x474f4c46
#define GOLF_SCHEMA_VERSION 3

static const char schema_v1[] =
  "CREATE TABLE sessions ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  date TEXT,"
  "  type TEXT,"
  "  notes TEXT,"
  "  source TEXT,"
  "  revision INTEGER NOT NULL DEFAULT 0,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
  ");"
  /* Clustered by session so a recompute reads one contiguous range. */
  "CREATE TABLE shots ("
  "  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  id TEXT NOT NULL,"
  "  seq INTEGER NOT NULL,"
  "  club TEXT,"
  "  shot_type TEXT,"
  "  ball_speed REAL, club_speed REAL, carry_distance REAL, total_distance REAL,"
  "  club_path REAL, face_angle REAL, launch_angle REAL, side_angle REAL,"
  "  dynamic_loft REAL, attack_angle REAL, side_spin REAL, back_spin REAL,"
  "  impact_x REAL, impact_y REAL, side_distance REAL, descent_angle REAL,"
  "  apex REAL, flight_time REAL, optix_x REAL, optix_y REAL, club_lie REAL,"
  "  lie_angle REAL,"
  "  archived_at TEXT,"
  "  PRIMARY KEY (session_id, id)"
  ") WITHOUT ROWID;"
  "CREATE UNIQUE INDEX shots_by_id ON shots (id);"
  /* A shot moved to another session leaves its old session changed too. */
  "CREATE TABLE moved_from (session_id TEXT NOT NULL);"
  /* Shared by every process writing the file: the order shots came in. */
  "CREATE TABLE counters (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL) WITHOUT ROWID;"
  "INSERT INTO counters (name, value) VALUES ('shot_seq', 0);"
  "CREATE TRIGGER shots_moved AFTER UPDATE OF session_id ON shots"
  "  WHEN old.session_id IS NOT new.session_id BEGIN"
  "    UPDATE sessions SET revision = revision + 1 WHERE id = old.session_id;"
  "    INSERT INTO moved_from (session_id) VALUES (old.session_id);"
  "  END;"
  "CREATE TABLE session_stats ("
  "  session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  session_date TEXT,"
  "  session_type TEXT,"
  "  shot_count INTEGER NOT NULL,"
  "  clubs_used TEXT,"
  "  avg_carry REAL, avg_total REAL, avg_ball_speed REAL, avg_club_speed REAL,"
  "  avg_smash REAL, best_carry REAL,"
  "  avg_face_angle REAL, std_face_angle REAL,"
  "  avg_club_path REAL, std_club_path REAL,"
  "  avg_face_to_path REAL, std_face_to_path REAL,"
  "  avg_strike_distance REAL, std_strike_distance REAL,"
  "  updated_at TEXT NOT NULL,"
  "  revision INTEGER NOT NULL"
  ");"
  "CREATE TABLE club_stats ("
  "  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  club TEXT NOT NULL,"
  "  shot_count INTEGER NOT NULL,"
  "  median_carry REAL, q1_carry REAL, q3_carry REAL,"
  "  avg_carry REAL, std_carry REAL,"
  "  avg_lateral REAL, std_lateral REAL,"
  "  avg_ball_speed REAL, avg_smash REAL,"
  "  PRIMARY KEY (session_id, club)"
  ") WITHOUT ROWID;";

/* Switching a file to WAL needs it to itself for a moment, and SQLite
 * answers "busy" at once instead of waiting while another process that is
 * opening the same file holds it: try again for as long as a busy timeout
 * would wait. */
gboolean
_golf_db_exec_patiently (sqlite3     *handle,
                         const char  *sql,
                         const char  *what,
                         GError     **error)
{
  gint64 deadline = g_get_monotonic_time () + GOLF_DB_BUSY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;
  int rc;

  while (((rc = sqlite3_exec (handle, sql, NULL, NULL, NULL)) & 0xff) == SQLITE_BUSY ||
         (rc & 0xff) == SQLITE_LOCKED)
    {
      if (g_get_monotonic_time () > deadline)
        break;
      g_usleep (g_random_int_range (2, 20) * G_TIME_SPAN_MILLISECOND);
    }

  if (rc != SQLITE_OK)
    return _golf_store_set_error (error, handle, rc, what);

  return TRUE;
}

/* Schema 2: players, session names and notes history, a session's own
 * archive (delete with undo), spin axis and total spin, estimated values,
 * and the player's or coach's tags, comment and verdict on each shot. */
static const char schema_v2[] =
  "CREATE TABLE players ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  hand TEXT NOT NULL DEFAULT 'right' CHECK (hand IN ('right', 'left')),"
  "  notes TEXT,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
  ");"
  "INSERT INTO players (id, name) VALUES (1, 'Me');"
  "ALTER TABLE sessions ADD COLUMN name TEXT;"
  "ALTER TABLE sessions ADD COLUMN player_id INTEGER NOT NULL DEFAULT 1 REFERENCES players (id);"
  "ALTER TABLE sessions ADD COLUMN notes_updated_at TEXT;"
  "ALTER TABLE sessions ADD COLUMN archived_at TEXT;"
  "CREATE INDEX sessions_by_player ON sessions (player_id);"
  /* Earlier texts of a session's notes: an edit never loses what it replaced. */
  "CREATE TABLE notes_history ("
  "  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  notes TEXT,"
  "  edited_at TEXT,"
  "  replaced_at TEXT NOT NULL"
  ");"
  "CREATE TRIGGER sessions_notes_history AFTER UPDATE OF notes ON sessions"
  "  WHEN old.notes IS NOT new.notes AND coalesce (old.notes, '') != '' BEGIN"
  "    INSERT INTO notes_history (session_id, notes, edited_at, replaced_at)"
  "    VALUES (old.id, old.notes, old.notes_updated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));"
  "  END;"
  "ALTER TABLE shots ADD COLUMN spin_axis REAL;"
  "ALTER TABLE shots ADD COLUMN total_spin REAL;"
  "ALTER TABLE shots ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE shots ADD COLUMN set_aside INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE shots ADD COLUMN comment TEXT;"
  "CREATE TABLE shot_tags ("
  "  shot_id TEXT NOT NULL REFERENCES shots (id) ON DELETE CASCADE,"
  "  tag TEXT NOT NULL,"
  "  PRIMARY KEY (shot_id, tag)"
  ") WITHOUT ROWID;"
  "CREATE INDEX shot_tags_by_tag ON shot_tags (tag);";

/* Schema 3: when a shot's tags, comment and verdict were last edited, so
 * a bundle that comes back keeps whichever edit is newer. */
static const char schema_v3[] =
  "ALTER TABLE shots ADD COLUMN annotated_at TEXT;";

/* Each step takes a database from the version before it to its own. A new
 * file runs them all, so new and migrated files are the same. */
static const char * const schema_steps[GOLF_SCHEMA_VERSION] = {
  schema_v1,
  schema_v2,
  schema_v3,
};

static gboolean
upgrade_schema (sqlite3  *handle,
                gint64    from_version,
                GError  **error)
{
  g_autofree char *version_sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                                  "PRAGMA user_version = %d;",
                                                  GOLF_APPLICATION_ID, GOLF_SCHEMA_VERSION);

  for (gint64 v = from_version; v < GOLF_SCHEMA_VERSION; v++)
    if (!_golf_db_exec (handle, schema_steps[v],
                   from_version == 0 ? "create the database tables" : "upgrade the database",
                   error))
      return FALSE;

  return _golf_db_exec (handle, version_sql, N_("upgrade the database"), error);
}

/* One statement, so the three facts come from one state of the file even
 * while another process is creating it. */
static gboolean
read_header (sqlite3  *handle,
             gint64   *app_id,
             gint64   *version,
             gint64   *n_objects,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle,
                           "SELECT (SELECT application_id FROM pragma_application_id),"
                           " (SELECT user_version FROM pragma_user_version),"
                           " (SELECT count(*) FROM sqlite_master)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      _golf_store_set_error (error, handle, rc, N_("read the database header"));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *app_id = sqlite3_column_int64 (stmt, 0);
  *version = sqlite3_column_int64 (stmt, 1);
  *n_objects = sqlite3_column_int64 (stmt, 2);
  sqlite3_finalize (stmt);

  return TRUE;
}

/* Creates the tables in an empty file or brings an older file up to date;
 * looks again once the write lock is held, as another process may have
 * done it meanwhile. */
static gboolean
create_or_upgrade (sqlite3  *handle,
                   GError  **error)
{
  gint64 app_id, version, n_objects;

  /* A column that references another table can only be added with the
   * foreign key checks off; they are turned on once the schema is current. */
  if (!_golf_db_exec (handle, "PRAGMA foreign_keys = OFF", N_("upgrade the database"), error) ||
      !_golf_db_exec (handle, "BEGIN IMMEDIATE", N_("upgrade the database"), error))
    return FALSE;

  if (!read_header (handle, &app_id, &version, &n_objects, error) ||
      (n_objects == 0 && !upgrade_schema (handle, 0, error)) ||
      (n_objects > 0 && app_id == GOLF_APPLICATION_ID && version < GOLF_SCHEMA_VERSION &&
       !upgrade_schema (handle, version, error)) ||
      !_golf_db_exec (handle, "COMMIT", N_("upgrade the database"), error))
    {
      sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/* Checks that the file is ours (or empty) before anything writes to it. */
gboolean
_golf_db_check_schema (sqlite3     *handle,
                       const char  *path,
                       GError     **error)
{
  gint64 app_id, version, n_objects;

  if (!read_header (handle, &app_id, &version, &n_objects, error))
    return FALSE;

  if ((app_id == 0 && version == 0 && n_objects == 0) ||
      (app_id == GOLF_APPLICATION_ID && version < GOLF_SCHEMA_VERSION))
    {
      if (!create_or_upgrade (handle, error) ||
          !read_header (handle, &app_id, &version, &n_objects, error))
        return FALSE;
    }

  if (app_id != GOLF_APPLICATION_ID)
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_CORRUPT,
                   _("“%s” is an SQLite database of another program, not a Golf Lab "
                     "database. It was left untouched; open another database file"),
                   path);
      return FALSE;
    }

  if (version > GOLF_SCHEMA_VERSION)
    {
      char schema[G_ASCII_DTOSTR_BUF_SIZE];

      g_snprintf (schema, sizeof schema, "%" G_GINT64_FORMAT, version);
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer Golf Lab (schema %s, this one knows %d). "
                     "Update Golf Lab to open it"),
                   path, schema, GOLF_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

