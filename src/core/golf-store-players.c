/* golf-store-players.c: whose sessions they are
 *
 * Every session belongs to one player; a golfer on their own has just the
 * default one, "Me", and a coach adds a player per student.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <glib/gi18n-lib.h>

#include "golf-player.h"
#include "golf-session-private.h"
#include "golf-store-private.h"

static const char sql_list_players[] =
  "SELECT id, name, hand, notes FROM players ORDER BY id != 1, name COLLATE NOCASE";
static const char sql_add_player[] =
  "INSERT INTO players (name, hand, notes) VALUES (?1, ?2, ?3) RETURNING id";
static const char sql_update_player[] =
  "UPDATE players SET name = ?2, hand = ?3, notes = ?4 WHERE id = ?1";
static const char sql_move_session[] =
  "UPDATE sessions SET player_id = ?2 WHERE id = ?1 AND archived_at IS NULL";

static GolfHand
hand_of_column (sqlite3_stmt *stmt,
                int           column)
{
  GolfHand hand = GOLF_HAND_RIGHT;

  golf_hand_from_string ((const char *)sqlite3_column_text (stmt, column), &hand);
  return hand;
}

static gboolean
same_players (GListModel *model,
              GPtrArray  *players)
{
  if (g_list_model_get_n_items (model) != players->len)
    return FALSE;

  for (guint i = 0; i < players->len; i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (model, i);

      if (player != g_ptr_array_index (players, i))
        return FALSE;
    }

  return TRUE;
}

/* (Re)reads the players into the list model, keeping the objects of the
 * players that were there before so bindings to them stay alive; the list
 * changes when a player came or the order did, and a renamed player is
 * put back in its place, so lists that show names show the new one. */
gboolean
_golf_store_load_players (GolfStore  *self,
                          GError    **error)
{
  g_autoptr(GPtrArray) players = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) renamed = g_ptr_array_new ();
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_list_players, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GolfPlayer *player = golf_store_find_player_by_id (self, id);
      const char *name = (const char *)sqlite3_column_text (stmt, 1);

      if (player != NULL)
        {
          g_object_ref (player);
          if (g_strcmp0 (golf_player_get_name (player), name) != 0)
            g_ptr_array_add (renamed, player);
          golf_player_set_name (player, name);
          golf_player_set_hand (player, hand_of_column (stmt, 2));
          golf_player_set_notes (player, (const char *)sqlite3_column_text (stmt, 3));
        }
      else
        player = golf_player_new (id, (const char *)sqlite3_column_text (stmt, 1),
                                  hand_of_column (stmt, 2), (const char *)sqlite3_column_text (stmt, 3));
      g_ptr_array_add (players, player);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read the players"));

  if (!same_players (G_LIST_MODEL (self->players), players))
    g_list_store_splice (self->players, 0, g_list_model_get_n_items (G_LIST_MODEL (self->players)),
                         players->pdata, players->len);
  else
    for (guint i = 0; i < players->len; i++)
      if (g_ptr_array_find (renamed, g_ptr_array_index (players, i), NULL))
        g_list_store_splice (self->players, i, 1, &players->pdata[i], 1);

  return TRUE;
}

/**
 * golf_store_get_players:
 * @self: a #GolfStore
 *
 * Returns: (transfer none): a #GListModel of #GolfPlayer: the default
 *   player first, then the others by name
 */
GListModel *
golf_store_get_players (GolfStore *self)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->players);
}

/**
 * golf_store_find_player_by_id:
 * @self: a #GolfStore
 * @player_id: a player's id
 *
 * Returns: (transfer none) (nullable): the player
 */
GolfPlayer *
golf_store_find_player_by_id (GolfStore *self,
                              gint64     player_id)
{
  GListModel *players;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);

  players = G_LIST_MODEL (self->players);
  for (guint i = 0; i < g_list_model_get_n_items (players); i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (players, i);

      if (golf_player_get_id (player) == player_id)
        return player;
    }

  return NULL;
}

/**
 * golf_store_find_player:
 * @self: a #GolfStore
 * @name: (nullable): a player's name, any case; %NULL for the default player
 *
 * Returns: (transfer none) (nullable): the player
 */
GolfPlayer *
golf_store_find_player (GolfStore  *self,
                        const char *name)
{
  GListModel *players;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);

  if (name == NULL)
    return golf_store_find_player_by_id (self, GOLF_PLAYER_DEFAULT_ID);

  folded = g_utf8_casefold (name, -1);
  players = G_LIST_MODEL (self->players);
  for (guint i = 0; i < g_list_model_get_n_items (players); i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (players, i);
      g_autofree char *other = g_utf8_casefold (golf_player_get_name (player), -1);

      if (g_strcmp0 (folded, other) == 0)
        return player;
    }

  return NULL;
}

static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *clean = NULL;

  if (name != NULL)
    clean = g_strstrip (g_utf8_make_valid (name, -1));

  if (clean == NULL || *clean == '\0')
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                   _("A player needs a name; nothing was saved"));
      return NULL;
    }

  return g_steal_pointer (&clean);
}

static gboolean
check_name_free (GolfStore   *self,
                 const char  *name,
                 gint64       player_id,
                 GError     **error)
{
  GolfPlayer *existing = golf_store_find_player (self, name);

  if (existing != NULL && golf_player_get_id (existing) != player_id)
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                   _("There is already a player called “%s”; choose another name"),
                   golf_player_get_name (existing));
      return FALSE;
    }

  return TRUE;
}

/**
 * golf_store_add_player:
 * @self: a #GolfStore
 * @name: the player's name, unique in the store (any case)
 * @hand: which hand the player swings with
 * @notes: (nullable): notes on the player
 * @error: return location for a #GError
 *
 * Returns: (transfer none) (nullable): the new player, in golf_store_get_players()
 */
GolfPlayer *
golf_store_add_player (GolfStore   *self,
                       const char  *name,
                       GolfHand     hand,
                       const char  *notes,
                       GError     **error)
{
  g_autofree char *clean = NULL;
  GolfPlayer *player;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);

  if ((clean = clean_name (name, error)) == NULL || !check_name_free (self, clean, 0, error))
    return NULL;

  /* In a transaction of its own: the row comes back before the write is
   * committed, and a commit that fails (a full disk) must be heard. */
  if (!_golf_db_begin (self->db, TRUE, error))
    return NULL;

  if ((stmt = _golf_db_stmt (self->db, sql_add_player, error)) == NULL)
    goto fail;

  _golf_db_bind_text (stmt, 1, clean);
  _golf_db_bind_text (stmt, 2, golf_hand_to_string (hand));
  _golf_db_bind_text (stmt, 3, notes);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("add a player"));
      goto fail;
    }

  if (!_golf_db_commit (self->db, error))
    goto fail;

  if (!_golf_store_load_players (self, error))
    return NULL;

  player = golf_store_find_player_by_id (self, id);
  if (player == NULL)
    g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FAILED,
                 _("The player “%s” was not saved; try again"), clean);

  return player;

fail:
  _golf_db_rollback (self->db);
  return NULL;
}

/**
 * golf_store_update_player:
 * @self: a #GolfStore
 * @player: a player of this store
 * @name: the new name
 * @hand: which hand the player swings with
 * @notes: (nullable): notes on the player
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the player was changed; @player's properties follow
 */
gboolean
golf_store_update_player (GolfStore   *self,
                          GolfPlayer  *player,
                          const char  *name,
                          GolfHand     hand,
                          const char  *notes,
                          GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (GOLF_IS_PLAYER (player), FALSE);

  if ((clean = clean_name (name, error)) == NULL ||
      !check_name_free (self, clean, golf_player_get_id (player), error) ||
      (stmt = _golf_db_stmt (self->db, sql_update_player, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, golf_player_get_id (player));
  _golf_db_bind_text (stmt, 2, clean);
  _golf_db_bind_text (stmt, 3, golf_hand_to_string (hand));
  _golf_db_bind_text (stmt, 4, notes);

  if (!_golf_db_step_done (self->db, stmt, N_("change a player"), error))
    return FALSE;

  return _golf_store_load_players (self, error);
}

/**
 * golf_store_set_import_player_id:
 * @self: a #GolfStore
 * @player_id: a player of this store, or 0 for none
 *
 * Chooses the player that imports file sessions under. While one is
 * chosen, every import files the sessions it writes under that player (a
 * bundle's own player is not used) and refuses, writing nothing, a session
 * that already belongs to another player. With none (the default), a
 * session keeps the player it has, a new session from a bundle goes to
 * the bundle's player (added when the store does not know the name), and
 * any other new session to the default player.
 */
void
golf_store_set_import_player_id (GolfStore *self,
                                 gint64     player_id)
{
  g_return_if_fail (GOLF_IS_STORE (self));
  g_return_if_fail (player_id == 0 || golf_store_find_player_by_id (self, player_id) != NULL);

  self->import_player_id = player_id;
}

/**
 * golf_store_get_import_player_id:
 * @self: a #GolfStore
 *
 * Returns: the player imports file sessions under, or 0 for none (see
 *   golf_store_set_import_player_id())
 */
gint64
golf_store_get_import_player_id (GolfStore *self)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), 0);

  return self->import_player_id;
}

/**
 * golf_store_move_session:
 * @self: a #GolfStore
 * @session_id: a session
 * @player_id: the player it belongs to from now on
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the session now belongs to the player
 */
gboolean
golf_store_move_session (GolfStore   *self,
                         const char  *session_id,
                         gint64       player_id,
                         GError     **error)
{
  GolfSession *session;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  if ((session = golf_store_find_session (self, session_id)) == NULL)
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                   "There is no session “%s”; “golf-lab-cli sessions” lists them", session_id);
      return FALSE;
    }
  if (golf_store_find_player_by_id (self, player_id) == NULL)
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                   "There is no player with id %" G_GINT64_FORMAT "; “golf-lab-cli players” lists them",
                   player_id);
      return FALSE;
    }

  if (!_golf_db_begin (self->db, TRUE, error))
    return FALSE;

  if ((stmt = _golf_db_stmt (self->db, sql_move_session, error)) == NULL)
    goto fail;
  _golf_db_bind_text (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, player_id);
  if (!_golf_db_step_done (self->db, stmt, N_("move a session"), error) ||
      !_golf_store_bump_revision (self, session_id, error) ||
      !_golf_db_commit (self->db, error))
    goto fail;

  _golf_store_sync_session (self, session_id, NULL);
  golf_session_set_player_id (session, player_id);
  _golf_store_emit_shot_changed (self, session_id, NULL, GOLF_CHANGE_CHANGED);

  return TRUE;

fail:
  _golf_db_rollback (self->db);
  return FALSE;
}
