/* golf-store-private.h: the pieces of the store that run on any connection
 *
 * The main thread owns the store's own connection; a worker thread opens its
 * own GolfDb and reads and writes metrics through the functions below, so no
 * SQL lives outside the store's files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "golf-store.h"

G_BEGIN_DECLS

typedef struct _GolfDb GolfDb;

/* What a recompute needs of a session, read in one transaction; kept by
 * the worker so a change to a few shots reads just those. */
typedef struct
{
  gint64        revision;
  char         *date;
  char         *type;
  GArray       *rows;     /* GolfMetricsRow; strings live in @strings */
  GPtrArray    *ids;      /* shot id of each row */
  GHashTable   *index;    /* shot id -> row index */
  GStringChunk *strings;
} GolfSessionSnapshot;

GolfDb    *_golf_db_open                  (const char                *path,
                                           GError                   **error);
void       _golf_db_close                 (GolfDb                    *db);
sqlite3   *_golf_db_get_handle            (GolfDb                    *db);
gboolean   _golf_db_begin                 (GolfDb                    *db,
                                           gboolean                   write,
                                           GError                   **error);
gboolean   _golf_db_commit                (GolfDb                    *db,
                                           GError                   **error);
void       _golf_db_rollback              (GolfDb                    *db);
gboolean   _golf_db_read_snapshot         (GolfDb                    *db,
                                           const char                *session_id,
                                           GolfSessionSnapshot       *snapshot,
                                           const char * const        *shot_ids,
                                           GError                   **error);
gboolean   _golf_db_write_metrics         (GolfDb                    *db,
                                           const char                *session_id,
                                           const GolfSessionSnapshot *snapshot,
                                           GolfSessionMetrics        *metrics,
                                           GError                   **error);
gboolean   _golf_db_read_revision         (GolfDb                    *db,
                                           const char                *session_id,
                                           gint64                    *revision,
                                           GError                   **error);
char     **_golf_db_list_session_ids      (GolfDb                    *db,
                                           GError                   **error);
sqlite3_stmt *_golf_db_stmt             (GolfDb                    *db,
                                           const char                *sql,
                                           GError                   **error);
gboolean   _golf_db_step_done             (GolfDb                    *db,
                                           sqlite3_stmt              *stmt,
                                           const char                *what,
                                           GError                   **error);
void       _golf_db_bind_text             (sqlite3_stmt              *stmt,
                                           int                        index,
                                           const char                *value);
void       _golf_db_bind_double           (sqlite3_stmt              *stmt,
                                           int                        index,
                                           double                     value);
double     _golf_db_column_double         (sqlite3_stmt              *stmt,
                                           int                        column);
char      *_golf_db_column_dup_text       (sqlite3_stmt              *stmt,
                                           int                        column);
void       _golf_session_snapshot_init    (GolfSessionSnapshot       *snapshot);
void       _golf_session_snapshot_clear   (GolfSessionSnapshot       *snapshot);
GolfSessionSnapshot *_golf_session_snapshot_new  (void);
void       _golf_session_snapshot_free    (GolfSessionSnapshot       *snapshot);

gboolean   _golf_store_set_error          (GError                   **error,
                                           sqlite3                   *db,
                                           int                        rc,
                                           const char                *what);
void       _golf_store_apply_metrics      (GolfStore                 *self,
                                           const char                *session_id,
                                           GolfSessionMetrics        *metrics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfDb, _golf_db_close)

G_END_DECLS
