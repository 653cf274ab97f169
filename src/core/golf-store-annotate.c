/* golf-store-annotate.c: what players and coaches write on sessions and shots
 *
 * A session's name and notes, and each shot's tags, one-line comment and
 * the player's verdict (set aside or kept). Each change is one transaction
 * that moves the session's revision on, so other windows see it and the
 * worker recomputes what depends on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <glib/gi18n-lib.h>

#include "golf-session-private.h"
#include "golf-store-private.h"

static const char sql_write_annotations[] =
  "UPDATE shots SET set_aside = ?2, comment = ?3, annotated_at = ?4 WHERE id = ?1";
static const char sql_clear_tags[] =
  "DELETE FROM shot_tags WHERE shot_id = ?1";
static const char sql_add_tag[] =
  "INSERT INTO shot_tags (shot_id, tag) VALUES (?1, ?2)";
static const char sql_rename_session[] =
  "UPDATE sessions SET name = ?2 WHERE id = ?1 AND archived_at IS NULL";
static const char sql_set_notes[] =
  "UPDATE sessions SET notes = ?2, notes_updated_at = " GOLF_DB_ISO_NOW
  " WHERE id = ?1 AND archived_at IS NULL RETURNING notes_updated_at";
static const char sql_notes_history[] =
  "SELECT notes, edited_at, replaced_at FROM notes_history WHERE session_id = ?1"
  " ORDER BY edited_at DESC NULLS LAST, replaced_at DESC";
static const char sql_session_tags[] =
  "SELECT DISTINCT t.tag FROM shot_tags t JOIN shots s ON s.id = t.shot_id"
  " WHERE s.session_id = ?1 AND s.archived_at IS NULL ORDER BY t.tag";
static const char sql_tagged_shots[] =
  "SELECT t.shot_id FROM shot_tags t JOIN shots s ON s.id = t.shot_id"
  " WHERE s.session_id = ?1 AND t.tag = ?2 AND s.archived_at IS NULL";

/* Now, as golf_stamp_format() writes it. */
char *
_golf_store_dup_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return golf_stamp_format (now);
}

/* Within a write transaction: the shot's tags, comment and verdict as the
 * object holds them, with the time they were edited. */
gboolean
_golf_store_write_annotations (GolfStore  *self,
                               GolfShot   *shot,
                               GError    **error)
{
  const char * const *tags = golf_shot_get_tags (shot);
  const char *id = golf_shot_get_id (shot);
  sqlite3_stmt *stmt;

  if ((stmt = _golf_db_stmt (self->db, sql_write_annotations, error)) == NULL)
    return FALSE;
  _golf_db_bind_text (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, golf_shot_get_set_aside (shot));
  _golf_db_bind_text (stmt, 3, golf_shot_get_comment (shot));
  _golf_db_bind_text (stmt, 4, golf_shot_get_annotated_at (shot));
  if (!_golf_db_step_done (self->db, stmt, N_("save a shot's tags"), error))
    return FALSE;

  if ((stmt = _golf_db_stmt (self->db, sql_clear_tags, error)) == NULL)
    return FALSE;
  _golf_db_bind_text (stmt, 1, id);
  if (!_golf_db_step_done (self->db, stmt, N_("save a shot's tags"), error))
    return FALSE;

  for (guint i = 0; tags[i] != NULL; i++)
    {
      if ((stmt = _golf_db_stmt (self->db, sql_add_tag, error)) == NULL)
        return FALSE;
      _golf_db_bind_text (stmt, 1, id);
      _golf_db_bind_text (stmt, 2, tags[i]);
      if (!_golf_db_step_done (self->db, stmt, N_("save a shot's tags"), error))
        return FALSE;
    }

  return TRUE;
}

typedef void (*AnnotateFunc) (GolfShot *shot,
                              gpointer  user_data);

/* Reads the shots, lets @func change their annotations, writes them back
 * and tells the sessions' listeners, all in one transaction: every shot is
 * changed, or none. One shot is told as that shot; more, as a change of
 * their session. */
static gboolean
annotate_shots (GolfStore          *self,
                const char * const *shot_ids,
                AnnotateFunc        func,
                gpointer            user_data,
                GError            **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *now = _golf_store_dup_now ();
  guint n_shots = 0;

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  for (; shot_ids[n_shots] != NULL; n_shots++)
    {
      g_autoptr(GolfShot) shot = NULL;
      const char *session_id;

      if ((shot = _golf_store_dup_shot (self, shot_ids[n_shots], error)) == NULL)
        goto fail;

      func (shot, user_data);
      golf_shot_set_annotated_at (shot, now);
      if (!_golf_store_write_annotations (self, shot, error))
        goto fail;

      session_id = golf_shot_get_session_id (shot);
      if (!g_ptr_array_find_with_equal_func (sessions, session_id, g_str_equal, NULL))
        {
          if (!_golf_store_bump_revision (self, session_id, error))
            goto fail;
          g_ptr_array_add (sessions, g_strdup (session_id));
        }
    }

  if (!_golf_db_commit (self->db, error))
    goto fail;

  for (guint i = 0; i < sessions->len; i++)
    {
      _golf_store_sync_session (self, sessions->pdata[i], NULL);
      _golf_store_emit_shot_changed (self, sessions->pdata[i], n_shots == 1 ? shot_ids[0] : NULL,
                                     GOLF_CHANGE_CHANGED);
    }

  return TRUE;

fail:
  _golf_db_rollback (self->db);
  return FALSE;
}

static gboolean
annotate_shot (GolfStore     *self,
               const char    *shot_id,
               AnnotateFunc   func,
               gpointer       user_data,
               GError       **error)
{
  const char *shot_ids[] = { shot_id, NULL };

  return annotate_shots (self, shot_ids, func, user_data, error);
}

static void
set_set_aside (GolfShot *shot,
               gpointer  user_data)
{
  golf_shot_set_set_aside (shot, GPOINTER_TO_INT (user_data));
}

/**
 * golf_store_set_shots_set_aside:
 * @self: a #GolfStore
 * @shot_ids: (array zero-terminated=1): the shots
 * @set_aside: the player's verdict: set aside, keep, or let the rules decide
 * @error: return location for a #GError
 *
 * The analytics leave a shot set aside out of per-club numbers; nothing is
 * deleted. Setting aside tags the shot "mishit", as tagging it would. Every
 * shot gets the verdict in one transaction, or none does.
 *
 * Returns: %TRUE if the verdict was saved on every shot
 */
gboolean
golf_store_set_shots_set_aside (GolfStore           *self,
                                const char * const  *shot_ids,
                                GolfSetAside         set_aside,
                                GError             **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_ids != NULL, FALSE);
  g_return_val_if_fail (set_aside <= GOLF_SET_ASIDE_NO, FALSE);

  return annotate_shots (self, shot_ids, set_set_aside, GINT_TO_POINTER (set_aside), error);
}

/**
 * golf_store_set_shot_set_aside:
 * @self: a #GolfStore
 * @shot_id: a shot
 * @set_aside: the player's verdict: set aside, keep, or let the rules decide
 * @error: return location for a #GError
 *
 * As golf_store_set_shots_set_aside() for one shot.
 *
 * Returns: %TRUE if the verdict was saved
 */
gboolean
golf_store_set_shot_set_aside (GolfStore     *self,
                               const char    *shot_id,
                               GolfSetAside   set_aside,
                               GError       **error)
{
  const char *shot_ids[] = { shot_id, NULL };

  g_return_val_if_fail (shot_id != NULL, FALSE);

  return golf_store_set_shots_set_aside (self, shot_ids, set_aside, error);
}

typedef struct
{
  const char *tag;
  const char *comment;
  gboolean    add;
} TagChange;

static void
change_tag (GolfShot *shot,
            gpointer  user_data)
{
  TagChange *change = user_data;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;

  /* Taking a tag off takes it off however it was saved ("Mishit" from
   * before the standard tags were known in any case). */
  for (const char * const *t = golf_shot_get_tags (shot); *t != NULL; t++)
    {
      g_autofree char *normalized = change->add ? NULL : golf_shot_normalize_tag (*t);

      if (change->add || g_strcmp0 (normalized, change->tag) != 0)
        g_strv_builder_add (builder, *t);
    }
  if (change->add)
    g_strv_builder_add (builder, change->tag);

  tags = g_strv_builder_end (builder);
  golf_shot_set_tags (shot, (const char * const *)tags);
  if (change->comment != NULL)
    golf_shot_set_comment (shot, change->comment);
}

/* The tag as shots carry it, or NULL with @error when it names none. */
static char *
clean_tag (const char  *tag,
           GError     **error)
{
  g_autofree char *clean = golf_shot_normalize_tag (tag);

  if (*clean == '\0')
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                   _("A tag needs a name (such as good, mishit or drill); nothing was saved"));
      return NULL;
    }

  return g_steal_pointer (&clean);
}

/**
 * golf_store_tag_shot:
 * @self: a #GolfStore
 * @shot_id: a shot
 * @tag: "good", "mishit", "drill" or a coach's own
 * @comment: (nullable): a one-line comment to set too; %NULL leaves it
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the tag was saved
 */
gboolean
golf_store_tag_shot (GolfStore   *self,
                     const char  *shot_id,
                     const char  *tag,
                     const char  *comment,
                     GError     **error)
{
  g_autofree char *clean = NULL;
  TagChange change = { NULL, comment, TRUE };

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_id != NULL && tag != NULL, FALSE);

  if ((change.tag = clean = clean_tag (tag, error)) == NULL)
    return FALSE;

  return annotate_shot (self, shot_id, change_tag, &change, error);
}

/**
 * golf_store_untag_shot:
 * @self: a #GolfStore
 * @shot_id: a shot
 * @tag: a tag the shot has
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the shot no longer has the tag
 */
gboolean
golf_store_untag_shot (GolfStore   *self,
                       const char  *shot_id,
                       const char  *tag,
                       GError     **error)
{
  const char *shot_ids[] = { shot_id, NULL };

  g_return_val_if_fail (shot_id != NULL, FALSE);

  return golf_store_untag_shots (self, shot_ids, tag, error);
}

/**
 * golf_store_set_shot_comment:
 * @self: a #GolfStore
 * @shot_id: a shot
 * @comment: (nullable): one line; %NULL or "" removes it
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the comment was saved
 */
gboolean
golf_store_set_shot_comment (GolfStore   *self,
                             const char  *shot_id,
                             const char  *comment,
                             GError     **error)
{
  const char *shot_ids[] = { shot_id, NULL };

  g_return_val_if_fail (shot_id != NULL, FALSE);

  return golf_store_set_shots_comment (self, shot_ids, comment, error);
}

/**
 * golf_store_tag_shots:
 * @self: a #GolfStore
 * @shot_ids: (array zero-terminated=1): the shots
 * @tag: "good", "mishit", "drill" or a coach's own
 * @error: return location for a #GError
 *
 * Tags every shot in one transaction: all of them, or none when one
 * cannot be (a shot deleted meanwhile, a full disk). Listeners hear once
 * per session.
 *
 * Returns: %TRUE if every shot has the tag
 */
gboolean
golf_store_tag_shots (GolfStore           *self,
                      const char * const  *shot_ids,
                      const char          *tag,
                      GError             **error)
{
  g_autofree char *clean = NULL;
  TagChange change = { NULL, NULL, TRUE };

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_ids != NULL && tag != NULL, FALSE);

  if ((change.tag = clean = clean_tag (tag, error)) == NULL)
    return FALSE;

  return annotate_shots (self, shot_ids, change_tag, &change, error);
}

/**
 * golf_store_untag_shots:
 * @self: a #GolfStore
 * @shot_ids: (array zero-terminated=1): the shots
 * @tag: the tag to take off
 * @error: return location for a #GError
 *
 * Takes the tag off every shot in one transaction, or off none.
 *
 * Returns: %TRUE if no shot has the tag any more
 */
gboolean
golf_store_untag_shots (GolfStore           *self,
                        const char * const  *shot_ids,
                        const char          *tag,
                        GError             **error)
{
  g_autofree char *clean = NULL;
  TagChange change = { NULL, NULL, FALSE };

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_ids != NULL && tag != NULL, FALSE);

  change.tag = clean = golf_shot_normalize_tag (tag);

  return annotate_shots (self, shot_ids, change_tag, &change, error);
}

/**
 * golf_store_set_shots_comment:
 * @self: a #GolfStore
 * @shot_ids: (array zero-terminated=1): the shots
 * @comment: (nullable): one line; %NULL or "" removes it
 * @error: return location for a #GError
 *
 * Gives every shot the comment in one transaction, or none.
 *
 * Returns: %TRUE if the comment was saved on every shot
 */
gboolean
golf_store_set_shots_comment (GolfStore           *self,
                              const char * const  *shot_ids,
                              const char          *comment,
                              GError             **error)
{
  TagChange change = { NULL, comment != NULL ? comment : "", FALSE };

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (shot_ids != NULL, FALSE);

  return annotate_shots (self, shot_ids, change_tag, &change, error);
}

/* Runs @sql (session id, text) in a transaction that moves the revision on;
 * @returned receives the first column of the row it returns, if any. */
static gboolean
update_session (GolfStore    *self,
                const char   *sql,
                const char   *session_id,
                const char   *text,
                char        **returned,
                GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (golf_store_find_session (self, session_id) == NULL)
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                   _("There is no session “%s”; “golf-lab-cli sessions” lists them"), session_id);
      return FALSE;
    }

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  if ((stmt = _golf_db_stmt (self->db, sql, error)) == NULL)
    goto fail;

  _golf_db_bind_text (stmt, 1, session_id);
  _golf_db_bind_text (stmt, 2, text);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && returned != NULL)
    *returned = _golf_db_column_dup_text (stmt, 0);
  if (rc == SQLITE_ROW)
    rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("change a session"));
      goto fail;
    }

  if (!_golf_store_bump_revision (self, session_id, error) || !_golf_db_commit (self->db, error))
    goto fail;

  _golf_store_sync_session (self, session_id, NULL);
  _golf_store_emit_shot_changed (self, session_id, NULL, GOLF_CHANGE_CHANGED);

  return TRUE;

fail:
  _golf_db_rollback (self->db);
  return FALSE;
}

static char *
dup_clean_text (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;

  clean = g_strstrip (g_utf8_make_valid (text, -1));
  if (*clean == '\0')
    g_clear_pointer (&clean, g_free);

  return clean;
}

/**
 * golf_store_rename_session:
 * @self: a #GolfStore
 * @session_id: a session
 * @name: (nullable): a name shown beside its date; %NULL or "" removes it
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the name was saved; the session's #GolfSession:name follows
 */
gboolean
golf_store_rename_session (GolfStore   *self,
                           const char  *session_id,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *clean = dup_clean_text (name);

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  if (!update_session (self, sql_rename_session, session_id, clean, NULL, error))
    return FALSE;

  golf_session_set_name (golf_store_find_session (self, session_id), clean);
  return TRUE;
}

/**
 * golf_store_set_session_notes:
 * @self: a #GolfStore
 * @session_id: a session
 * @notes: (nullable): plain text; %NULL or "" removes them
 * @error: return location for a #GError
 *
 * The text the notes had before is kept in the notes history, and the
 * notes are stamped with the time of the edit (bundles compare it).
 *
 * Returns: %TRUE if the notes were saved
 */
gboolean
golf_store_set_session_notes (GolfStore   *self,
                              const char  *session_id,
                              const char  *notes,
                              GError     **error)
{
  g_autofree char *clean = dup_clean_text (notes);
  g_autofree char *updated_at = NULL;
  GolfSession *session;

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  if (!update_session (self, sql_set_notes, session_id, clean, &updated_at, error))
    return FALSE;

  session = golf_store_find_session (self, session_id);
  golf_session_set_notes (session, clean);
  golf_session_set_notes_updated_at (session, updated_at);
  return TRUE;
}

/**
 * golf_notes_edit_free:
 * @edit: (nullable): a #GolfNotesEdit
 */
void
golf_notes_edit_free (GolfNotesEdit *edit)
{
  if (edit == NULL)
    return;

  g_free (edit->notes);
  g_free (edit->edited_at);
  g_free (edit->replaced_at);
  g_free (edit);
}

/**
 * golf_store_dup_notes_history:
 * @self: a #GolfStore
 * @session_id: a session
 * @error: return location for a #GError
 *
 * Every text the session's notes had before, whether an edit here
 * replaced it or newer notes from a bundle did, and the notes of a bundle
 * that lost to newer ones here.
 *
 * Returns: (transfer full) (element-type GolfNotesEdit): the texts, the
 *   most recently written first, or %NULL with @error set
 */
GPtrArray *
golf_store_dup_notes_history (GolfStore   *self,
                              const char  *session_id,
                              GError     **error)
{
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) golf_notes_edit_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if ((stmt = _golf_db_stmt (self->db, sql_notes_history, error)) == NULL)
    return NULL;

  _golf_db_bind_text (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GolfNotesEdit *edit = g_new0 (GolfNotesEdit, 1);

      edit->notes = _golf_db_column_dup_text (stmt, 0);
      edit->edited_at = _golf_db_column_dup_text (stmt, 1);
      edit->replaced_at = _golf_db_column_dup_text (stmt, 2);
      g_ptr_array_add (edits, edit);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read a session's notes history"));
      return NULL;
    }

  return g_steal_pointer (&edits);
}

/* The first column of every row @sql returns for (@first, @second). */
static char **
dup_column (GolfStore   *self,
            const char  *sql,
            const char  *first,
            const char  *second,
            const char  *what,
            GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = _golf_db_stmt (self->db, sql, error)) == NULL)
    return NULL;

  _golf_db_bind_text (stmt, 1, first);
  if (second != NULL)
    _golf_db_bind_text (stmt, 2, second);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, what);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/**
 * golf_store_dup_session_tags:
 * @self: a #GolfStore
 * @session_id: a session
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (array zero-terminated=1): every tag a shot of
 *   the session has, each once, sorted; %NULL with @error set
 */
char **
golf_store_dup_session_tags (GolfStore   *self,
                             const char  *session_id,
                             GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  return dup_column (self, sql_session_tags, session_id, NULL, N_("read a session's tags"), error);
}

/**
 * golf_store_dup_tagged_shot_ids:
 * @self: a #GolfStore
 * @session_id: a session
 * @tag: a tag
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the
 *   session's shots with @tag, in no particular order; %NULL with @error set
 */
char **
golf_store_dup_tagged_shot_ids (GolfStore   *self,
                                const char  *session_id,
                                const char  *tag,
                                GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL && tag != NULL, NULL);

  return dup_column (self, sql_tagged_shots, session_id, tag, N_("read a session's tagged shots"), error);
}
