/* golf-store-read.c: shots and stored metrics out of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-store-private.h"

#define SHOT_COLUMNS_HEAD "session_id, id, seq, club, shot_type, estimated, set_aside, comment, annotated_at"
#define N_HEAD_COLUMNS 9

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
static const char sql_session_tags[] =
  "SELECT t.shot_id, t.tag FROM shot_tags t JOIN shots s ON s.id = t.shot_id"
  " WHERE s.session_id = ?1 AND s.archived_at IS NULL ORDER BY t.shot_id, t.tag";
static const char sql_all_tags[] =
  "SELECT t.shot_id, t.tag FROM shot_tags t JOIN shots s ON s.id = t.shot_id"
  " WHERE s.archived_at IS NULL ORDER BY t.shot_id, t.tag";

static const char sql_shot_tags[] =
  "SELECT shot_id, tag FROM shot_tags WHERE shot_id = ?1 ORDER BY tag";

/* A query for shots and the one for their tags. */
typedef struct
{
  const char *shots;
  const char *tags;
} ShotQuery;

typedef enum
{
  SHOTS_OF_SESSION,
  SHOTS_ALL,
  SHOT_BY_ID,
  N_SHOT_QUERIES
} ShotQueryKind;

/* Built once from the field table, then cached by address like the others. */
static const ShotQuery *
shot_query (ShotQueryKind kind)
{
  static const char * const where[N_SHOT_QUERIES] = {
    [SHOTS_OF_SESSION] = "WHERE session_id = ?1 AND archived_at IS NULL ORDER BY seq",
    [SHOTS_ALL] = "WHERE archived_at IS NULL ORDER BY session_id, seq",
    [SHOT_BY_ID] = "WHERE id = ?1 AND archived_at IS NULL",
  };
  static const char * const tags[N_SHOT_QUERIES] = {
    [SHOTS_OF_SESSION] = sql_session_tags,
    [SHOTS_ALL] = sql_all_tags,
    [SHOT_BY_ID] = sql_shot_tags,
  };
  static ShotQuery queries[N_SHOT_QUERIES];

  if (g_once_init_enter (&queries[kind].shots))
    {
      g_autoptr(GString) cols = g_string_new (SHOT_COLUMNS_HEAD);

      for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
        g_string_append_printf (cols, ", %s", golf_shot_field_get_name (i));

      queries[kind].tags = tags[kind];
      g_once_init_leave (&queries[kind].shots,
                         g_strdup_printf ("SELECT %s FROM shots %s", cols->str, where[kind]));
    }

  return &queries[kind];
}

static GolfShot *
shot_from_row (sqlite3_stmt *stmt)
{
  GolfShot *shot = golf_shot_new ((const char *)sqlite3_column_text (stmt, 1),
                                  (const char *)sqlite3_column_text (stmt, 0));
  gint64 set_aside = sqlite3_column_int64 (stmt, 6);

  golf_shot_set_club (shot, (const char *)sqlite3_column_text (stmt, 3));
  golf_shot_set_shot_type (shot, (const char *)sqlite3_column_text (stmt, 4));
  golf_shot_set_estimated_mask (shot, sqlite3_column_int64 (stmt, 5));
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    golf_shot_set (shot, i, _golf_db_column_double (stmt, N_HEAD_COLUMNS + i));

  /* What was read is what the next save writes back. */
  golf_shot_set_comment (shot, (const char *)sqlite3_column_text (stmt, 7));
  golf_shot_set_annotated_at (shot, (const char *)sqlite3_column_text (stmt, 8));
  golf_shot_set_set_aside (shot, set_aside >= GOLF_SET_ASIDE_AUTO && set_aside <= GOLF_SET_ASIDE_NO
                                   ? set_aside : GOLF_SET_ASIDE_AUTO);

  return shot;
}

/* Gives each shot of @shots its tags, read in one query. */
static gboolean
read_tags (GolfStore   *self,
           const char  *sql,
           const char  *session_id,
           GPtrArray   *shots,
           GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *current = NULL;
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < shots->len; i++)
    g_hash_table_insert (by_id, (gpointer)golf_shot_get_id (g_ptr_array_index (shots, i)),
                         g_ptr_array_index (shots, i));

  if (session_id != NULL)
    _golf_db_bind_text (stmt, 1, session_id);

  /* Rows come by shot: hand each shot its tags when the next one starts. */
  do
    {
      const char *shot_id = NULL;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        shot_id = (const char *)sqlite3_column_text (stmt, 0);

      if (current != NULL && g_strcmp0 (current, shot_id) != 0)
        {
          GolfShot *shot = g_hash_table_lookup (by_id, current);
          GolfSetAside set_aside;

          g_ptr_array_add (tags, NULL);
          if (shot != NULL)
            {
              set_aside = golf_shot_get_set_aside (shot);
              golf_shot_set_tags (shot, (const char * const *)tags->pdata);
              golf_shot_set_set_aside (shot, set_aside);
            }
          g_ptr_array_set_size (tags, 0);
          g_clear_pointer (&current, g_free);
        }

      if (rc == SQLITE_ROW)
        {
          if (current == NULL)
            current = g_strdup (shot_id);
          g_ptr_array_add (tags, g_strdup ((const char *)sqlite3_column_text (stmt, 1)));
        }
    }
  while (rc == SQLITE_ROW);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read shot tags"));

  return TRUE;
}

static GPtrArray *
select_shots (GolfStore      *self,
              ShotQueryKind   kind,
              const char     *arg,
              GError        **error)
{
  const ShotQuery *query = shot_query (kind);
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, query->shots, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  if (arg != NULL)
    _golf_db_bind_text (stmt, 1, arg);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (shots, shot_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read shots"));
      return NULL;
    }

  if (!read_tags (self, query->tags, arg, shots, error))
    return NULL;

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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if ((shots = select_shots (self, SHOTS_OF_SESSION, session_id, error)) == NULL)
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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);

  return select_shots (self, SHOTS_ALL, NULL, error);
}

/* The shot as stored, or %NULL with @error set when it is not there. */
GolfShot *
_golf_store_dup_shot (GolfStore   *self,
                      const char  *shot_id,
                      GError     **error)
{
  g_autoptr(GPtrArray) shots = select_shots (self, SHOT_BY_ID, shot_id, error);

  if (shots == NULL)
    return NULL;

  if (shots->len == 0)
    {
      g_set_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND,
                   _("There is no shot “%s”; list a session's shots with “golf-lab-cli shots SESSION”"),
                   shot_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (shots, 0));
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
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read metrics"));

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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);
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
      _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read club statistics"));
      return NULL;
    }

  return g_steal_pointer (&stats);
}

GolfSessionMetrics *
_golf_store_read_metrics (GolfStore   *self,
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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  return _golf_store_read_metrics (self, session_id, error);
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
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if ((stmt = _golf_db_stmt (self->db, sql_stats_updated_at, error)) == NULL)
    return NULL;

  _golf_db_bind_text (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    updated_at = _golf_db_column_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read metrics"));

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
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), NULL);

  return _golf_db_dup_texts (self->db, sql_stale_sessions, N_("find stale metrics"), error);
}

