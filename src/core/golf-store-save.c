/* golf-store-save.c: shots into the store, one transaction per call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-session-private.h"
#include "golf-store-private.h"

#define SHOT_COLUMNS_HEAD "session_id, id, seq, club, shot_type, estimated"
#define N_HEAD_COLUMNS 6

/* Whether a saved session's notes replace the stored ones: the newer edit
 * wins (notes_updated_at; a note without a stamp is older than any with
 * one). On the same stamp, or none on either side, text beats no text and
 * the text that sorts last wins, so two files that trade bundles agree. */
#define INCOMING_NOTES_WIN \
  "(excluded.notes IS NOT notes AND" \
  " (coalesce (excluded.notes_updated_at, '') > coalesce (notes_updated_at, '') OR" \
  "  (coalesce (excluded.notes_updated_at, '') = coalesce (notes_updated_at, '') AND" \
  "   excluded.notes IS NOT NULL AND (notes IS NULL OR excluded.notes > notes))))"

/* A session saved again comes back from the archive with the shots that
 * were deleted with it; its player changes only when one is given. The
 * text its notes replace goes to the notes history (a trigger). */
static const char sql_upsert_session[] =
  "INSERT INTO sessions (id, date, type, notes, name, player_id, notes_updated_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, coalesce (?6, 1), ?7)"
  " ON CONFLICT (id) DO UPDATE SET date = coalesce (excluded.date, date),"
  " type = coalesce (excluded.type, type),"
  " notes = CASE WHEN " INCOMING_NOTES_WIN " THEN excluded.notes ELSE notes END,"
  " notes_updated_at = CASE WHEN " INCOMING_NOTES_WIN
  "   THEN excluded.notes_updated_at ELSE notes_updated_at END,"
  " name = coalesce (excluded.name, name), player_id = coalesce (?6, player_id),"
  " archived_at = NULL";
/* Notes that lost to newer ones are kept in the history too, once. */
static const char sql_keep_older_notes[] =
  "INSERT INTO notes_history (session_id, notes, edited_at, replaced_at)"
  " SELECT ?1, ?2, ?3, " GOLF_DB_ISO_NOW
  " WHERE ?2 IS NOT (SELECT notes FROM sessions WHERE id = ?1)"
  " AND NOT EXISTS (SELECT 1 FROM notes_history"
  "   WHERE session_id = ?1 AND notes = ?2 AND edited_at IS ?3)";
static const char sql_session_archived_at[] =
  "SELECT archived_at FROM sessions WHERE id = ?1";
static const char sql_unarchive_session_shots[] =
  "UPDATE shots SET archived_at = NULL WHERE session_id = ?1 AND archived_at = ?2";
static const char sql_bump_revision[] =
  "UPDATE sessions SET revision = revision + 1 WHERE id = ?1";
static const char sql_shot_known[] =
  "SELECT count(*) FROM shots WHERE id = ?1";
static const char sql_count_shots[] =
  "SELECT count(*) FROM shots WHERE session_id = ?1";
static const char sql_moved_from[] =
  "DELETE FROM moved_from RETURNING session_id";
static const char sql_reserve_seq[] =
  "UPDATE counters SET value = value + ?1 WHERE name = 'shot_seq' RETURNING value - ?1";

#define N_SHOT_COLUMNS (N_HEAD_COLUMNS + GOLF_SHOT_N_FIELDS)

/* Shots a bulk write inserts with one statement: far less per-statement
 * work than one statement a shot. */
#define ROWS_PER_INSERT 32

/* "INSERT ... VALUES (...), (...) ON CONFLICT DO UPDATE ..." for @n_rows shots. */
static char *
build_upsert_sql (guint n_rows)
{
  g_autoptr(GString) cols = g_string_new (SHOT_COLUMNS_HEAD);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) updates = g_string_new ("session_id = excluded.session_id,"
                                             " club = excluded.club,"
                                             " shot_type = excluded.shot_type,"
                                             " estimated = excluded.estimated");

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      const char *name = golf_shot_field_get_name (i);

      g_string_append_printf (cols, ", %s", name);
      g_string_append_printf (updates, ", %s = excluded.%s", name, name);
    }

  for (guint row = 0; row < n_rows; row++)
    {
      g_string_append (values, row > 0 ? ", (" : "(");
      for (guint i = 0; i < N_SHOT_COLUMNS; i++)
        g_string_append_printf (values, "%s?%u", i > 0 ? ", " : "", row * N_SHOT_COLUMNS + i + 1);
      g_string_append_c (values, ')');
    }

  return g_strdup_printf ("INSERT INTO shots (%s) VALUES %s ON CONFLICT DO UPDATE SET %s",
                          cols->str, values->str, updates->str);
}

/* Built once from the field table, then cached by address like the others. */
static const char *
upsert_shot_sql (void)
{
  static const char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, build_upsert_sql (1));

  return sql;
}

static const char *
upsert_shots_sql (void)
{
  static const char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, build_upsert_sql (ROWS_PER_INSERT));

  return sql;
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
                   _("A shot without an id cannot be saved; nothing was saved. "
                     "Give every shot an id (a report import names them session_club_shot)"));
      return FALSE;
    }

  if (session_id == NULL || *session_id == '\0')
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                   _("Shot “%s” belongs to no session, so nothing was saved. "
                     "Give it a session id (with --session when importing)"), id);
      return FALSE;
    }

  return TRUE;
}

/* A deleted session that is saved again gets back the shots deleted with
 * it. Only then are its shots visited: a save into a live session costs a
 * key lookup here, whatever the session's size. */
static gboolean
unarchive_session (GolfStore   *self,
                   const char  *session_id,
                   GError     **error)
{
  g_autofree char *archived_at = NULL;
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_session_archived_at, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    archived_at = _golf_db_column_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("save a session"));

  if (archived_at == NULL)
    return TRUE;

  if ((stmt = _golf_db_stmt (self->db, sql_unarchive_session_shots, error)) == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  _golf_db_bind_text (stmt, 2, archived_at);

  return _golf_db_step_done (self->db, stmt, N_("save a session"), error);
}

static gboolean
upsert_session (GolfStore    *self,
                const char   *session_id,
                GolfSession  *session,
                GError      **error)
{
  sqlite3_stmt *stmt;

  if (!unarchive_session (self, session_id, error) ||
      (stmt = _golf_db_stmt (self->db, sql_upsert_session, error)) == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);
  if (session != NULL)
    {
      _golf_db_bind_text (stmt, 2, golf_session_get_date (session));
      _golf_db_bind_text (stmt, 3, golf_session_get_session_type (session));
      _golf_db_bind_text (stmt, 4, golf_session_get_notes (session));
      _golf_db_bind_text (stmt, 5, golf_session_get_name (session));
      if (golf_session_get_player_id (session) > 0)
        sqlite3_bind_int64 (stmt, 6, golf_session_get_player_id (session));
      _golf_db_bind_text (stmt, 7, golf_session_get_notes_updated_at (session));
    }

  if (!_golf_db_step_done (self->db, stmt, N_("save a session"), error))
    return FALSE;

  if (session == NULL || golf_session_get_notes (session) == NULL)
    return TRUE;

  if ((stmt = _golf_db_stmt (self->db, sql_keep_older_notes, error)) == NULL)
    return FALSE;
  _golf_db_bind_text (stmt, 1, session_id);
  _golf_db_bind_text (stmt, 2, golf_session_get_notes (session));
  _golf_db_bind_text (stmt, 3, golf_session_get_notes_updated_at (session));

  return _golf_db_step_done (self->db, stmt, N_("keep a session's older notes"), error);
}

/* Binds @shot's columns from parameter @first on. Its text is not copied:
 * the shot outlives the statement's step, and the next use binds anew. */
static void
bind_shot (sqlite3_stmt *stmt,
           int           first,
           GolfShot     *shot,
           gint64        seq)
{
  sqlite3_bind_text (stmt, first, golf_shot_get_session_id (shot), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 1, golf_shot_get_id (shot), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 2, seq);
  sqlite3_bind_text (stmt, first + 3, golf_shot_get_club (shot), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 4, golf_shot_get_shot_type (shot), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 5, golf_shot_get_estimated_mask (shot));
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    _golf_db_bind_double (stmt, first + N_HEAD_COLUMNS + i, golf_shot_get (shot, i));
}

static gboolean
upsert_shot (GolfStore  *self,
             GolfShot   *shot,
             gint64      seq,
             GError    **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, upsert_shot_sql (), error);

  if (stmt == NULL)
    return FALSE;

  bind_shot (stmt, 1, shot, seq);
  if (!_golf_db_step_done (self->db, stmt, N_("save a shot"), error))
    return FALSE;

  /* An importer that knows no tags leaves the coach's as they are. */
  return !golf_shot_get_annotated (shot) || _golf_store_write_annotations (self, shot, error);
}

/* ROWS_PER_INSERT shots with one statement. */
static gboolean
upsert_shots (GolfStore  *self,
              GolfShot  **shots,
              gint64      first_seq,
              GError    **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, upsert_shots_sql (), error);

  if (stmt == NULL)
    return FALSE;

  for (guint row = 0; row < ROWS_PER_INSERT; row++)
    bind_shot (stmt, row * N_SHOT_COLUMNS + 1, shots[row], first_seq + row);
  if (!_golf_db_step_done (self->db, stmt, N_("save shots"), error))
    return FALSE;

  for (guint row = 0; row < ROWS_PER_INSERT; row++)
    if (golf_shot_get_annotated (shots[row]) && !_golf_store_write_annotations (self, shots[row], error))
      return FALSE;

  return TRUE;
}

gboolean
_golf_store_bump_revision (GolfStore   *self,
                           const char  *session_id,
                           GError     **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_bump_revision, error);

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);

  return _golf_db_step_done (self->db, stmt, N_("mark a session changed"), error);
}

/* Sessions a shot left when an upsert moved it (filled by a trigger). */
static gboolean
take_moved_from (GolfStore  *self,
                 GPtrArray  *moved,
                 GError    **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_moved_from, error);

  return stmt != NULL && _golf_db_collect_texts (self->db, stmt, moved, N_("save a shot"), error);
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
      (count && !_golf_store_query_int64 (self, sql_count_shots, session_id, &change->count_before, error)) ||
      !_golf_store_bump_revision (self, session_id, error))
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

      if (!_golf_store_query_int64 (self, sql_count_shots, change->session_id, &count_after, error))
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

static void
emit_changes (GolfStore   *self,
              GPtrArray   *changes,
              GolfSession *written,
              const char  *shot_id)
{
  for (guint i = 0; i < changes->len; i++)
    {
      SessionChange *change = g_ptr_array_index (changes, i);

      _golf_store_sync_session (self, change->session_id, written);
      _golf_store_emit_shot_changed (self, change->session_id,
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
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("save shots"));

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
  if (single && !_golf_store_query_int64 (self, sql_shot_known, golf_shot_get_id (shots[0]), &existed, error))
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
                       _("Shot “%s” belongs to session “%s”, not “%s”; nothing was saved"),
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
      !_golf_store_bump_revision (self, session_id, error) ||
      !_golf_db_commit (self->db, error))
    {
      _golf_db_rollback (self->db);
      return FALSE;
    }

  _golf_store_sync_session (self, session_id, session);
  _golf_store_emit_shot_changed (self, session_id, NULL, GOLF_CHANGE_CHANGED);

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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (GOLF_IS_SHOT (shot), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_shots (self, NULL, &shot, 1, golf_shot_get_id (shot), error);
}

/**
 * golf_store_save_shots:
 * @self: a #GolfStore
 * @session: (nullable): the session's details (date, type, notes, name,
 *   player) to save with the shots; every shot must then belong to it
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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session == NULL || GOLF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (shots != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (shots->len == 0 && session == NULL)
    return TRUE;

  if (shots->len == 0)
    return save_session_details (self, session, error);

  return save_shots (self, session, (GolfShot **)shots->pdata, shots->len, NULL, error);
}


/* Saves one batch inside the open transaction of golf_store_save_shot_batches(). */
static gboolean
save_batch (GolfStore    *self,
            GolfSession  *session,
            GPtrArray    *shots,
            GPtrArray    *changes,
            GError      **error)
{
  gint64 seq = 0;

  for (guint i = 0; i < shots->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (shots, i);

      if (!validate_shot (shot, error))
        return FALSE;
      if (session != NULL && g_strcmp0 (golf_shot_get_session_id (shot), golf_session_get_id (session)) != 0)
        {
          g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                       _("Shot “%s” belongs to session “%s”, not “%s”; nothing was saved"),
                       golf_shot_get_id (shot), golf_shot_get_session_id (shot),
                       golf_session_get_id (session));
          return FALSE;
        }
    }

  if (shots->len == 0)
    return session == NULL ||
           begin_session_change (self, changes, golf_session_get_id (session), session, TRUE, error) != NULL;

  if (!reserve_seq (self, shots->len, &seq, error))
    return FALSE;

  for (guint i = 0; i < shots->len; i++)
    if (begin_session_change (self, changes, golf_shot_get_session_id (shots->pdata[i]),
                              session, TRUE, error) == NULL)
      return FALSE;

  for (guint i = 0; i < shots->len; )
    {
      if (shots->len - i >= ROWS_PER_INSERT)
        {
          if (!upsert_shots (self, (GolfShot **) shots->pdata + i, seq + 1, error))
            return FALSE;
          i += ROWS_PER_INSERT;
          seq += ROWS_PER_INSERT;
        }
      else if (!upsert_shot (self, shots->pdata[i++], ++seq, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_batches_in_transaction (GolfStore           *self,
                             GolfStoreBatchFunc   next_batch,
                             gpointer             user_data,
                             GPtrArray           *changes,
                             GHashTable          *written,
                             GError             **error)
{
  for (;;)
    {
      g_autoptr(GolfSession) session = NULL;
      g_autoptr(GPtrArray) shots = NULL;

      if (!next_batch (user_data, &session, &shots, error))
        return FALSE;
      if (shots == NULL)
        break;

      if (!save_batch (self, session, shots, changes, error))
        return FALSE;

      /* A session's details apply to the session objects after the commit. */
      if (session != NULL)
        {
          char *session_id = g_strdup (golf_session_get_id (session));

          g_hash_table_replace (written, session_id, g_steal_pointer (&session));
        }
    }

  return finish_session_changes (self, changes, error);
}

/**
 * GolfStoreBatchFunc:
 * @user_data: the data given to golf_store_save_shot_batches()
 * @session: (out) (transfer full) (nullable): the details of the session
 *   the batch's shots belong to, to save with them
 * @shots: (out) (transfer full) (nullable): the next shots (none is fine,
 *   to save @session's details alone), or %NULL when there are no more
 * @error: return location for a #GError
 *
 * Hands golf_store_save_shot_batches() its shots a batch at a time. It may
 * read from the store (golf_store_list_shots(), golf_store_find_session())
 * but must not write to it.
 *
 * Returns: %FALSE with @error set to abandon the whole write
 */

/**
 * golf_store_save_shot_batches:
 * @self: a #GolfStore
 * @next_batch: (scope call): called for each batch until it hands out %NULL
 * @user_data: data for @next_batch
 * @error: return location for a #GError
 *
 * Saves shots a batch at a time, all in one transaction, so a source too
 * large to hold in memory is stored whole or not at all: when @next_batch
 * or a write fails, nothing is saved. Shots whose id exists are updated,
 * never duplicated. Emits #GolfStore::shot-changed once per session
 * touched, after the commit.
 *
 * Returns: %TRUE if every batch was saved
 */
gboolean
golf_store_save_shot_batches (GolfStore           *self,
                              GolfStoreBatchFunc   next_batch,
                              gpointer             user_data,
                              GError             **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (session_change_free);
  g_autoptr(GHashTable) written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (next_batch != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  if (!save_batches_in_transaction (self, next_batch, user_data, changes, written, error) ||
      !_golf_db_commit (self->db, error))
    {
      _golf_db_rollback (self->db);
      return FALSE;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      SessionChange *change = g_ptr_array_index (changes, i);

      _golf_store_sync_session (self, change->session_id,
                                g_hash_table_lookup (written, change->session_id));
      _golf_store_emit_shot_changed (self, change->session_id, NULL, change->kind);
    }

  return TRUE;
}
