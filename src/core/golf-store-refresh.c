/* golf-store-refresh.c: what other programs wrote to the same file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-store"

#include <glib/gi18n-lib.h>

#include "golf-session-private.h"
#include "golf-store-private.h"

static const char sql_data_version[] =
  "PRAGMA data_version";
static const char sql_session_revisions[] =
  "SELECT " GOLF_SESSION_COLUMNS ", archived_at IS NOT NULL,"
  " (SELECT revision FROM session_stats WHERE session_id = sessions.id)"
  " FROM sessions";

/* Another program changed a session this store shows. */
static void
refresh_session (GolfStore    *self,
                 GolfSession  *existing,
                 GolfSession  *row,
                 gint64        stats_revision)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(GError) error = NULL;
  gint64 revision = _golf_session_get_revision (row);
  const char *session_id = golf_session_get_id (row);

  _golf_store_copy_session_details (self, existing, row);
  _golf_store_copy_session_notes (existing, row);
  _golf_session_set_revision (existing, revision);

  /* Its own worker may have stored current metrics already. */
  if (stats_revision != revision)
    {
      _golf_store_emit_shot_changed (self, session_id, NULL, GOLF_CHANGE_CHANGED);
      return;
    }

  metrics = _golf_store_read_metrics (self, session_id, &error);
  if (error != NULL)
    g_warning ("Session %s: %s", session_id, error->message);
  else
    _golf_store_apply_metrics (self, session_id, metrics);
}

static gboolean
refresh_sessions (GolfStore  *self,
                  GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) stats_revisions = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _golf_db_stmt (self->db, sql_session_revisions, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* An archived session has no stats: it reads as never computed. */
      gboolean archived = sqlite3_column_int (stmt, 8);
      gint64 stats_revision = archived ? -2 : sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1
                                            : sqlite3_column_int64 (stmt, 9);

      g_ptr_array_add (rows, _golf_store_session_from_row (stmt));
      g_array_append_val (stats_revisions, stats_revision);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _golf_store_set_error (error, _golf_db_get_handle (self->db), rc, N_("read the sessions"));

  for (guint i = 0; i < rows->len; i++)
    {
      GolfSession *row = g_ptr_array_index (rows, i);
      GolfSession *existing = golf_store_find_session (self, golf_session_get_id (row));
      gint64 stats_revision = g_array_index (stats_revisions, gint64, i);

      if (stats_revision == -2)
        {
          /* Another program deleted it. */
          if (existing != NULL)
            {
              _golf_store_remove_session (self, golf_session_get_id (row));
              _golf_store_emit_shot_changed (self, golf_session_get_id (row), NULL, GOLF_CHANGE_REMOVED);
            }
        }
      else if (existing == NULL)
        {
          if (!_golf_store_add_session (self, row, error))
            return FALSE;
          if (stats_revision != _golf_session_get_revision (row))
            _golf_store_emit_shot_changed (self, golf_session_get_id (row), NULL, GOLF_CHANGE_ADDED);
        }
      else if (_golf_session_get_revision (existing) != _golf_session_get_revision (row))
        {
          refresh_session (self, existing, row, stats_revision);
        }
    }

  return TRUE;
}

/**
 * golf_store_refresh:
 * @self: a #GolfStore
 * @error: return location for a #GError
 *
 * Catches up with what other programs (another Golf Lab, golf-lab-cli)
 * wrote to the file: new players and sessions join their lists, a changed
 * player's properties follow, and changed sessions get their
 * stored metrics or, when those are behind, #GolfStore::shot-changed so a
 * #GolfMetricsWorker recomputes them. Costs one query when nothing changed.
 *
 * Returns: %TRUE unless the database could not be read
 */
gboolean
golf_store_refresh (GolfStore  *self,
                    GError    **error)
{
  gint64 data_version = 0;

  g_return_val_if_fail (GOLF_IS_STORE (self), FALSE);
  g_return_val_if_fail (GOLF_STORE_ON_OWNER_THREAD (self), FALSE);

  if (!_golf_store_query_int64 (self, sql_data_version, NULL, &data_version, error))
    return FALSE;

  if (data_version == self->data_version)
    return TRUE;

  self->data_version = data_version;

  /* Players first: a new session may belong to a new player. */
  return _golf_store_load_players (self, error) && refresh_sessions (self, error);
}

static gboolean
watch_cb (gpointer user_data)
{
  GolfStore *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!golf_store_refresh (self, &error))
    g_warning ("Could not look for changes by other programs: %s", error->message);

  return G_SOURCE_CONTINUE;
}

/**
 * golf_store_watch:
 * @self: a #GolfStore
 * @interval_ms: how often to look, or 0 to stop
 *
 * Calls golf_store_refresh() every @interval_ms on the thread-default main
 * context, so a window shows what golf-lab-cli imports while it is open.
 */
void
golf_store_watch (GolfStore *self,
                  guint      interval_ms)
{
  g_return_if_fail (GOLF_IS_STORE (self));

  if (self->watch_source != NULL)
    {
      g_source_destroy (self->watch_source);
      g_clear_pointer (&self->watch_source, g_source_unref);
    }

  if (interval_ms == 0)
    return;

  self->watch_source = g_timeout_source_new (interval_ms);
  g_source_set_callback (self->watch_source, watch_cb, self, NULL);
  g_source_attach (self->watch_source, g_main_context_get_thread_default ());
}

/* Main thread: hands metrics that are current (just computed, or stored
 * for the session's revision) to the session object, which ends any error
 * an earlier recompute left. */
void
_golf_store_apply_metrics (GolfStore          *self,
                           const char         *session_id,
                           GolfSessionMetrics *metrics)
{
  GolfSession *session = golf_store_find_session (self, session_id);

  if (session == NULL)
    return;

  g_object_freeze_notify (G_OBJECT (session));
  _golf_session_set_metrics (session, metrics);
  _golf_session_set_metrics_error (session, NULL);
  g_object_thaw_notify (G_OBJECT (session));
}
