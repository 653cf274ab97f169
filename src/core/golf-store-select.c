/* golf-store-select.c: a lean read of many shots, for analytics
 *
 * Analytics over 100,000 shots cannot afford a GObject per shot: this reads
 * only the columns asked for and hands each row over as plain data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <math.h>

#include "golf-store-private.h"
#include "golf-store-select.h"

typedef struct
{
  sqlite3_stmt *stmt;
} Query;

/* What to read and where to hand it. */
typedef struct
{
  const GolfShotField *fields;
  guint                n_fields;
  GolfShotRowFunc      func;
  gpointer             user_data;
} Reader;

static void
query_clear (Query *query)
{
  g_clear_pointer (&query->stmt, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

static char *
build_sql (const GolfShotField *fields,
           guint                n_fields,
           gboolean             one_session)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id, session_id, club");

  for (guint i = 0; i < n_fields; i++)
    g_string_append_printf (sql, ", %s", golf_shot_field_get_name (fields[i]));

  g_string_append (sql, " FROM shots WHERE archived_at IS NULL");
  g_string_append (sql, one_session ? " AND session_id = ?1 ORDER BY seq"
                                    : " ORDER BY session_id, seq");

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static gboolean
read_rows (GolfDb        *db,
           sqlite3_stmt  *stmt,
           const Reader  *reader,
           GError       **error)
{
  GolfShotRow row;
  int rc;

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    row.values[i] = NAN;
  row.set_aside = GOLF_SET_ASIDE_AUTO;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      row.id = (const char *)sqlite3_column_text (stmt, 0);
      row.session_id = (const char *)sqlite3_column_text (stmt, 1);
      row.club = (const char *)sqlite3_column_text (stmt, 2);
      for (guint i = 0; i < reader->n_fields; i++)
        row.values[reader->fields[i]] = _golf_db_column_double (stmt, 3 + i);
      reader->func (&row, reader->user_data);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (db), rc, "read shots");

  return TRUE;
}

static gboolean
select_in_transaction (GolfDb              *db,
                       const char * const  *session_ids,
                       const Reader        *reader,
                       GError             **error)
{
  g_autofree char *sql = build_sql (reader->fields, reader->n_fields, session_ids != NULL);
  g_auto(Query) query = { NULL };
  int rc;

  rc = sqlite3_prepare_v2 (_golf_db_get_handle (db), sql, -1, &query.stmt, NULL);
  if (rc != SQLITE_OK)
    return _golf_store_set_error (error, _golf_db_get_handle (db), rc, "prepare a query");

  if (session_ids == NULL)
    return read_rows (db, query.stmt, reader, error);

  for (guint s = 0; session_ids[s] != NULL; s++)
    {
      _golf_db_bind_text (query.stmt, 1, session_ids[s]);
      if (!read_rows (db, query.stmt, reader, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * golf_store_select_shots:
 * @self: a #GolfStore
 * @session_ids: (array zero-terminated=1) (nullable): the sessions to read,
 *   in this order; %NULL for every session
 * @fields: (array length=n_fields): the measurements to read
 * @n_fields: how many
 * @func: (scope call): called once per shot that is not deleted, in the
 *   order the shots were saved within each session
 * @user_data: data for @func
 * @error: return location for a #GError in %GOLF_STORE_ERROR
 *
 * Reads shots without making a #GolfShot of each: the fast path for
 * analytics over many sessions. It reads in one transaction on a connection
 * of its own, so any thread may call it, and it sees what is committed to
 * the file (a ":memory:" store's shots are not visible to it).
 *
 * Returns: %TRUE when every shot was handed over
 */
gboolean
golf_store_select_shots (GolfStore            *self,
                         const char * const   *session_ids,
                         const GolfShotField  *fields,
                         guint                 n_fields,
                         GolfShotRowFunc       func,
                         gpointer              user_data,
                         GError              **error)
{
  Reader reader = { fields, n_fields, func, user_data };
  g_autoptr(GolfDb) db = NULL;
  gboolean ok;

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL || n_fields == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < n_fields; i++)
    g_return_val_if_fail (fields[i] < GOLF_SHOT_N_FIELDS, FALSE);

  if ((db = _golf_db_open (golf_store_get_path (self), error)) == NULL ||
      !_golf_db_begin (db, FALSE, error))
    return FALSE;

  ok = select_in_transaction (db, session_ids, &reader, error);
  _golf_db_rollback (db);

  return ok;
}
