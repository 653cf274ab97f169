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

/* Now, as every stamp in the file is written: "2024-03-09T14:05:12.345Z". */
#define GOLF_DB_ISO_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* How long a writer waits for another process to finish its transaction. */
#define GOLF_DB_BUSY_TIMEOUT_MS 10000

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
gboolean   _golf_db_check_schema          (sqlite3                   *handle,
                                           const char                *path,
                                           GError                   **error);
gboolean   _golf_db_exec                  (sqlite3                   *handle,
                                           const char                *sql,
                                           const char                *what,
                                           GError                   **error);
gboolean   _golf_db_exec_patiently        (sqlite3                   *handle,
                                           const char                *sql,
                                           const char                *what,
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
gboolean   _golf_db_collect_texts         (GolfDb                    *db,
                                           sqlite3_stmt              *stmt,
                                           GPtrArray                 *texts,
                                           const char                *what,
                                           GError                   **error);
char     **_golf_db_dup_texts             (GolfDb                    *db,
                                           const char                *sql,
                                           const char                *what,
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

/* The store object itself, shared by its files: golf-store.c (the object
 * and its session objects), -save.c, -read.c, -archive.c, -annotate.c,
 * -players.c and -refresh.c. */
struct _GolfStore
{
  GObject     parent_instance;
  char       *path;
  char       *id;               /* the database's own, golf_store_get_id() */
  GolfDb     *db;
  GListStore *sessions;
  GHashTable *sessions_by_id;   /* id -> GolfSession (borrowed from @sessions) */
  GListStore *players;
  gint64      import_player_id; /* 0: each import files sessions as it will */
  GThread    *owner;            /* the connection belongs to the thread that opened it */
  gint64      data_version;     /* changes when another connection commits */
  GSource    *watch_source;
};

#define GOLF_STORE_ON_OWNER_THREAD(self) ((self)->owner == g_thread_self ())

/* The columns _golf_store_session_from_row() reads, in its order. */
#define GOLF_SESSION_COLUMNS "id, date, type, notes, revision, name, player_id, notes_updated_at"

GolfSession *_golf_store_session_from_row  (sqlite3_stmt              *stmt);
gboolean   _golf_store_add_session        (GolfStore                 *self,
                                           GolfSession               *session,
                                           GError                   **error);
void       _golf_store_remove_session     (GolfStore                 *self,
                                           const char                *session_id);
void       _golf_store_copy_session_details (GolfStore               *self,
                                           GolfSession               *existing,
                                           GolfSession               *written);
void       _golf_store_copy_session_notes (GolfSession             *existing,
                                           GolfSession               *row);
void       _golf_store_sync_session       (GolfStore                 *self,
                                           const char                *session_id,
                                           GolfSession               *written);
void       _golf_store_emit_shot_changed  (GolfStore                 *self,
                                           const char                *session_id,
                                           const char                *shot_id,
                                           GolfChangeKind             kind);
gboolean   _golf_store_load_id            (GolfStore                 *self,
                                           GError                   **error);
gboolean   _golf_store_query_int64        (GolfStore                 *self,
                                           const char                *sql,
                                           const char                *arg,
                                           gint64                    *value,
                                           GError                   **error);
gboolean   _golf_store_bump_revision      (GolfStore                 *self,
                                           const char                *session_id,
                                           GError                   **error);
GolfSessionMetrics *_golf_store_read_metrics (GolfStore              *self,
                                           const char                *session_id,
                                           GError                   **error);
gboolean   _golf_store_load_players       (GolfStore                 *self,
                                           GError                   **error);
GolfShot  *_golf_store_dup_shot           (GolfStore                 *self,
                                           const char                *shot_id,
                                           GError                   **error);
gboolean   _golf_store_write_annotations  (GolfStore                 *self,
                                           GolfShot                  *shot,
                                           GError                   **error);
char      *_golf_store_dup_now            (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfDb, _golf_db_close)

G_END_DECLS
