/* golf-store-identity.c: which database this is, whatever its file is called
 *
 * A database carries a random id of its own, made the first time Golf Lab
 * opens it. What belongs to a database outside its file (its models
 * folder) is marked with the id, so a new database made where a deleted
 * one was is not taken for it. A copy of the file is the same database
 * and has the same id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <glib/gi18n-lib.h>

#include "golf-store-private.h"

static const char sql_get_id[] =
  "SELECT value FROM counters WHERE name = 'database_id'";
static const char sql_add_id[] =
  "INSERT OR IGNORE INTO counters (name, value) VALUES ('database_id', ?1)";

static char *
format_id (gint64 value)
{
  return g_strdup_printf ("%016" G_GINT64_MODIFIER "x", value);
}

static gboolean
read_id (sqlite3  *handle,
         gint64   *value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (handle, sql_get_id, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      found = TRUE;
    }
  sqlite3_finalize (stmt);

  return found;
}

/* Reads the database's id, giving it one first if it has none. Two
 * programs opening a new database at once agree: the first id written
 * stays. */
gboolean
_golf_store_load_id (GolfStore  *self,
                     GError    **error)
{
  sqlite3 *handle = _golf_db_get_handle (self->db);
  sqlite3_stmt *stmt;
  gint64 value = 0;
  int rc;

  if (!read_id (handle, &value))
    {
      if ((stmt = _golf_db_stmt (self->db, sql_add_id, error)) == NULL)
        return FALSE;

      /* 63 random bits: positive, and never 0. */
      sqlite3_bind_int64 (stmt, 1, (((gint64) g_random_int () << 31) ^ g_random_int ()) | 1);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return _golf_store_set_error (error, handle, rc, N_("save the database's id"));

      if (!read_id (handle, &value))
        return _golf_store_set_error (error, handle, SQLITE_ERROR, N_("read the database's id"));
    }

  g_free (self->id);
  self->id = format_id (value);
  return TRUE;
}

/**
 * golf_store_get_id:
 * @self: a #GolfStore
 *
 * Returns: (transfer none): the database's own id, 16 hex digits: the
 *   same for a copy of the file, another for another database
 */
const char *
golf_store_get_id (GolfStore *self)
{
  g_return_val_if_fail (GOLF_IS_STORE (self), NULL);
  return self->id;
}

/**
 * golf_store_read_id:
 * @path: a database file
 *
 * Reads a database's id without opening it as a store: nothing is created,
 * migrated or written.
 *
 * Returns: (transfer full) (nullable): the id, or %NULL when @path is not
 *   a Golf Lab database that Golf Lab has opened since ids were given
 */
char *
golf_store_read_id (const char *path)
{
  sqlite3 *handle = NULL;
  gint64 value = 0;
  gboolean found;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;

  if (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      sqlite3_close (handle);
      return NULL;
    }
  sqlite3_busy_timeout (handle, GOLF_DB_BUSY_TIMEOUT_MS);
  found = read_id (handle, &value);
  sqlite3_close (handle);

  return found ? format_id (value) : NULL;
}
