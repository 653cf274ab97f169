/* golf-store-page.c: a session's shots a page at a time, in any order
 *
 * A list of 50,000 shots must not become 50,000 objects. The order of a
 * session's shots (sorted and filtered in SQL) is read once as a list of
 * keys; the shots themselves are read by id, one page at a time, when a
 * list shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <glib/gi18n-lib.h>

#include "golf-store-private.h"

/* The sort keys that are not a plain column, and how SQL computes them. */
static const struct
{
  const char *key;
  const char *expression;
} computed_keys[] = {
  { "number", "seq" },
  { "club", "club" },
  { "smash", "(CASE WHEN club_speed > 0 THEN ball_speed / club_speed END)" },
  { "face_to_path", "(face_angle - club_path)" },
};

enum
{
  FILTER_NONE,
  FILTER_CLUB,
  N_FILTERS
};

static const char sql_session_seqs[] =
  "SELECT seq FROM shots WHERE session_id = ?1 AND archived_at IS NULL";

/* One cached statement text per (key, direction, filter): the statement
 * cache knows statements by the address of their text. */
static const char *
order_sql (guint    key_index,
           gboolean descending,
           guint    filter)
{
  static const char *cache[G_N_ELEMENTS (computed_keys) + GOLF_SHOT_N_FIELDS][2][N_FILTERS];
  const char **slot = &cache[key_index][descending ? 1 : 0][filter];

  if (g_once_init_enter (slot))
    {
      const char *expression;

      if (key_index < G_N_ELEMENTS (computed_keys))
        expression = computed_keys[key_index].expression;
      else
        expression = golf_shot_field_get_name (key_index - G_N_ELEMENTS (computed_keys));

      /* A missing value sorts last either way; ties keep the saved order. */
      g_once_init_leave (slot,
                         g_strdup_printf ("SELECT id, seq FROM shots"
                                          " WHERE session_id = ?1 AND archived_at IS NULL%s"
                                          " ORDER BY %s IS NULL, %s %s, seq %s",
                                          filter == FILTER_CLUB ? " AND coalesce (club, '') = ?2" : "",
                                          expression, expression,
                                          descending ? "DESC" : "ASC",
                                          descending ? "DESC" : "ASC"));
    }

  return *slot;
}

static int
compare_seqs (gconstpointer a,
              gconstpointer b)
{
  gint64 seq_a = *(const gint64 *)a;
  gint64 seq_b = *(const gint64 *)b;

  return seq_a < seq_b ? -1 : seq_a > seq_b;
}

/* Every shot's place in the order its session's shots were saved. */
static GArray *
read_session_seqs (GolfStore   *self,
                   const char  *session_id,
                   GError     **error)
{
  g_autoptr(GArray) seqs = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_session_seqs, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  _golf_db_bind_text (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (seqs, seq);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("list a session's shots"));
      return NULL;
    }

  return g_steal_pointer (&seqs);
}

/* Numbers each key by its seq's rank among @seqs (sorted here). */
static void
number_keys (GArray *keys,
             GArray *key_seqs,
             GArray *seqs)
{
  g_array_sort (seqs, compare_seqs);

  for (guint i = 0; i < keys->len; i++)
    {
      gint64 seq = g_array_index (key_seqs, gint64, i);
      guint low = 0, high = seqs->len;

      while (low < high)
        {
          guint middle = low + (high - low) / 2;

          if (g_array_index (seqs, gint64, middle) < seq)
            low = middle + 1;
          else
            high = middle;
        }

      g_array_index (keys, GolfShotKey, i).number = low + 1;
    }
}

static gboolean
find_sort_key (const char *sort_key,
               guint      *key_index)
{
  GolfShotField field;

  for (guint i = 0; i < G_N_ELEMENTS (computed_keys); i++)
    if (g_strcmp0 (sort_key, computed_keys[i].key) == 0)
      {
        *key_index = i;
        return TRUE;
      }

  if (!golf_shot_field_from_name (sort_key, &field))
    return FALSE;

  *key_index = G_N_ELEMENTS (computed_keys) + field;
  return TRUE;
}

static void
clear_shot_key (gpointer data)
{
  GolfShotKey *key = data;

  g_clear_pointer (&key->shot_id, g_free);
}

/**
 * golf_store_dup_shot_keys:
 * @self: a #GolfStore
 * @session_id: a session
 * @club: (nullable): only shots of this club ("" for shots without one),
 *   or %NULL for every shot
 * @sort_key: (nullable): "number" (the order the shots were saved; the
 *   default), "club", "smash", "face_to_path" or a #GolfShotField name such
 *   as "carry_distance"
 * @descending: whether the largest value comes first
 * @error: return location for a #GError
 *
 * The shots of a session in the order a list shows them, without reading
 * them: sorting and filtering happen in SQL. Shots that lack the sort
 * value come last, ties keep the order the shots were saved. Read the shots
 * themselves with golf_store_dup_shots() as they are shown.
 *
 * Returns: (transfer full) (element-type GolfShotKey) (nullable): the keys,
 *   or %NULL with @error set
 */
GArray *
golf_store_dup_shot_keys (GolfStore   *self,
                          const char  *session_id,
                          const char  *club,
                          const char  *sort_key,
                          gboolean     descending,
                          GError     **error)
{
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GArray) key_seqs = NULL;
  g_autoptr(GArray) seqs = NULL;
  sqlite3_stmt *stmt;
  guint key_index = 0;
  int rc;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if (sort_key != NULL && !find_sort_key (sort_key, &key_index))
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID,
                   _("Shots cannot be sorted by “%s”; use a shot field name such as "
                     "“carry_distance”, or “number”, “club”, “smash” or “face_to_path”"),
                   sort_key);
      return NULL;
    }

  stmt = _golf_db_stmt (self->db,
                        order_sql (key_index, descending, club != NULL ? FILTER_CLUB : FILTER_NONE),
                        error);
  if (stmt == NULL)
    return NULL;

  _golf_db_bind_text (stmt, 1, session_id);
  if (club != NULL)
    _golf_db_bind_text (stmt, 2, club);

  keys = g_array_new (FALSE, FALSE, sizeof (GolfShotKey));
  g_array_set_clear_func (keys, clear_shot_key);
  key_seqs = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GolfShotKey key = { .shot_id = g_strdup ((const char *)sqlite3_column_text (stmt, 0)) };
      gint64 seq = sqlite3_column_int64 (stmt, 1);

      g_array_append_val (keys, key);
      g_array_append_val (key_seqs, seq);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("list a session's shots"));
      return NULL;
    }

  /* Numbering in C spares SQL a second sort of the whole session. */
  if (club == NULL)
    seqs = g_array_copy (key_seqs);
  else if ((seqs = read_session_seqs (self, session_id, error)) == NULL)
    return NULL;
  number_keys (keys, key_seqs, seqs);

  return g_steal_pointer (&keys);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/**
 * golf_store_dup_shots:
 * @self: a #GolfStore
 * @shot_ids: (array length=n_ids): the shots to read
 * @n_ids: how many
 * @error: return location for a #GError
 *
 * Reads a page of shots by id, with their tags, in the order given. A shot
 * that was deleted meanwhile leaves a %NULL in its place, so positions stay
 * where a list expects them.
 *
 * Returns: (transfer full) (element-type GolfShot) (nullable): @n_ids shots
 *   (or %NULL entries), or %NULL with @error set when the database fails
 */
GPtrArray *
golf_store_dup_shots (GolfStore          *self,
                      const char * const *shot_ids,
                      guint               n_ids,
                      GError            **error)
{
  g_autoptr(GPtrArray) shots = NULL;

  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (shot_ids != NULL || n_ids == 0, NULL);

  shots = g_ptr_array_new_full (n_ids, unref_nullable);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      GolfShot *shot = _golf_store_dup_shot (self, shot_ids[i], &local_error);

      if (shot == NULL && !g_error_matches (local_error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      g_ptr_array_add (shots, shot);
    }

  return g_steal_pointer (&shots);
}
