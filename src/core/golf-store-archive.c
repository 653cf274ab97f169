/* golf-store-archive.c: delete with undo, for a shot or a whole session
 *
 * Nothing is ever removed: a deleted shot is archived, leaves its session's
 * shots and metrics, and comes back on restore. A deleted session archives
 * its shots with the same stamp, so restoring it brings back exactly those,
 * not the ones deleted one by one before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <glib/gi18n-lib.h>

#include "golf-store-private.h"

static const char sql_archive_shot[] =
  "UPDATE shots SET archived_at = " GOLF_DB_ISO_NOW
  " WHERE id = ?1 AND archived_at IS NULL RETURNING session_id";
static const char sql_restore_shot[] =
  "UPDATE shots SET archived_at = NULL WHERE id = ?1 AND archived_at IS NOT NULL"
  " RETURNING session_id";
static const char sql_shot_exists[] =
  "SELECT archived_at IS NOT NULL FROM shots WHERE id = ?1";
static const char sql_session_archived[] =
  "SELECT archived_at IS NOT NULL FROM sessions WHERE id = ?1";
/* The session's stamp names its revision too, so it never equals the stamp
 * of a shot deleted on its own in the same millisecond. */
static const char sql_archive_session[] =
  "UPDATE sessions SET archived_at = " GOLF_DB_ISO_NOW " || ' session ' || revision"
  " WHERE id = ?1 AND archived_at IS NULL";
static const char sql_archive_session_shots[] =
  "UPDATE shots SET archived_at = (SELECT archived_at FROM sessions WHERE id = ?1)"
  " WHERE session_id = ?1 AND archived_at IS NULL";
static const char sql_restore_session_shots[] =
  "UPDATE shots SET archived_at = NULL WHERE session_id = ?1"
  " AND archived_at = (SELECT archived_at FROM sessions WHERE id = ?1)";
static const char sql_restore_session[] =
  "UPDATE sessions SET archived_at = NULL WHERE id = ?1";

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
      gboolean exists = _golf_store_query_int64 (self, sql_shot_exists, shot_id, &is_archived, NULL);

      if (!exists)
        g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                     _("There is no shot “%s”; list a session's shots with "
                       "“golf-lab-cli shots SESSION”"), shot_id);
      else
        g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                     archived ? _("Shot “%s” is already deleted; “restore-shot” brings it back")
                              : _("Shot “%s” is not deleted, so there is nothing to restore"),
                     shot_id);
      goto fail;
    }

  if (!_golf_store_bump_revision (self, session_id, error) || !_golf_db_commit (self->db, error))
    goto fail;

  _golf_store_sync_session (self, session_id, NULL);
  _golf_store_emit_shot_changed (self, session_id, shot_id,
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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_id != NULL, FALSE);

  return set_archived (self, shot_id, FALSE, error);
}

static gboolean
run_session_step (GolfStore   *self,
                  const char  *sql,
                  const char  *session_id,
                  const char  *what,
                  GError     **error)
{
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql, error);

  if (stmt == NULL)
    return FALSE;

  _golf_db_bind_text (stmt, 1, session_id);

  return _golf_db_step_done (self->db, stmt, what, error);
}

static gboolean
check_session_state (GolfStore   *self,
                     const char  *session_id,
                     gboolean     want_archived,
                     GError     **error)
{
  gint64 archived = 0;
  g_autoptr(GError) local_error = NULL;

  if (!_golf_store_query_int64 (self, sql_session_archived, session_id, &archived, &local_error))
    {
      if (local_error->domain == GOLF_STORE_ERROR && local_error->code == GOLF_STORE_ERROR_FAILED)
        g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                     _("There is no session “%s”; “golf-lab-cli sessions” lists them"), session_id);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!archived != !want_archived)
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                   want_archived ? _("Session “%s” is not deleted, so there is nothing to restore")
                                 : _("Session “%s” is already deleted; restore it before changing it"),
                   session_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_session_archived (GolfStore   *self,
                      const char  *session_id,
                      gboolean     archived,
                      GError     **error)
{
  const char *what = archived ? "delete a session" : "restore a session";

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  if (!check_session_state (self, session_id, !archived, error) ||
      !run_session_step (self, archived ? sql_archive_session : sql_restore_session_shots,
                         session_id, what, error) ||
      !run_session_step (self, archived ? sql_archive_session_shots : sql_restore_session,
                         session_id, what, error) ||
      !_golf_store_bump_revision (self, session_id, error) ||
      !_golf_db_commit (self->db, error))
    {
      _golf_db_rollback (self->db);
      return FALSE;
    }

  if (archived)
    _golf_store_remove_session (self, session_id);
  else
    _golf_store_sync_session (self, session_id, NULL);

  _golf_store_emit_shot_changed (self, session_id, NULL,
                                 archived ? GOLF_CHANGE_REMOVED : GOLF_CHANGE_RESTORED);

  return TRUE;
}

/**
 * golf_store_delete_session:
 * @self: a #GolfStore
 * @session_id: the session
 * @error: return location for a #GError
 *
 * Archives the session and every shot in it: it leaves the sessions list,
 * and golf_store_restore_session() brings it back with all those shots.
 *
 * Returns: %TRUE if the session was deleted
 */
gboolean
golf_store_delete_session (GolfStore   *self,
                           const char  *session_id,
                           GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  return set_session_archived (self, session_id, TRUE, error);
}

/**
 * golf_store_restore_session:
 * @self: a #GolfStore
 * @session_id: a deleted session
 * @error: return location for a #GError
 *
 * Undoes golf_store_delete_session(): the session is listed again with
 * every shot it had when it was deleted.
 *
 * Returns: %TRUE if the session is back
 */
gboolean
golf_store_restore_session (GolfStore   *self,
                            const char  *session_id,
                            GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  return set_session_archived (self, session_id, FALSE, error);
}
