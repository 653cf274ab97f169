/* golf-store.h: the SQLite file that holds every shot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-types.h"
#include "golf-player.h"
#include "golf-session.h"
#include "golf-shot.h"

G_BEGIN_DECLS

#define GOLF_STORE_ERROR (golf_store_error_quark ())

/**
 * GolfStoreError:
 * @GOLF_STORE_ERROR_OPEN: the file could not be opened or created
 * @GOLF_STORE_ERROR_CORRUPT: the file is not a Golf Lab database or is damaged
 * @GOLF_STORE_ERROR_TOO_NEW: the database was written by a newer Golf Lab
 * @GOLF_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @GOLF_STORE_ERROR_FULL: the disk is full
 * @GOLF_STORE_ERROR_INVALID: the data handed in cannot be stored (say, no shot id)
 * @GOLF_STORE_ERROR_NOT_FOUND: no such shot or session
 * @GOLF_STORE_ERROR_FAILED: any other SQLite failure
 */
typedef enum
{
  GOLF_STORE_ERROR_OPEN,
  GOLF_STORE_ERROR_CORRUPT,
  GOLF_STORE_ERROR_TOO_NEW,
  GOLF_STORE_ERROR_READ_ONLY,
  GOLF_STORE_ERROR_FULL,
  GOLF_STORE_ERROR_INVALID,
  GOLF_STORE_ERROR_NOT_FOUND,
  GOLF_STORE_ERROR_FAILED,
} GolfStoreError;

/**
 * GolfNotesEdit:
 * @notes: an earlier text of a session's notes
 * @edited_at: (nullable): when that text was written (ISO 8601 UTC)
 * @replaced_at: when it left the session: newer notes replaced it, or it
 *   arrived in a bundle with notes older than the session's
 *
 * One entry of a session's notes history.
 */
typedef struct
{
  char *notes;
  char *edited_at;
  char *replaced_at;
} GolfNotesEdit;

void golf_notes_edit_free (GolfNotesEdit *edit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfNotesEdit, golf_notes_edit_free)

/**
 * GolfShotKey:
 * @shot_id: the shot
 * @number: the shot's number in its session (1 for the first one saved)
 *
 * One row of golf_store_dup_shot_keys(): where a shot sits in a list.
 */
typedef struct
{
  char  *shot_id;
  guint  number;
} GolfShotKey;

typedef gboolean (*GolfStoreBatchFunc) (gpointer      user_data,
                                        GolfSession **session,
                                        GPtrArray   **shots,
                                        GError      **error);

#define GOLF_TYPE_STORE (golf_store_get_type ())

G_DECLARE_FINAL_TYPE (GolfStore, golf_store, GOLF, STORE, GObject)

GQuark               golf_store_error_quark          (void);
char                *golf_store_default_path         (void);
GolfStore           *golf_store_new                  (const char   *path,
                                                      GError      **error);
const char          *golf_store_get_path             (GolfStore    *self);
const char          *golf_store_get_id               (GolfStore    *self);
char                *golf_store_read_id              (const char   *path);
gboolean             golf_store_save_shot            (GolfStore    *self,
                                                      GolfShot     *shot,
                                                      GError      **error);
gboolean             golf_store_save_shots           (GolfStore    *self,
                                                      GolfSession  *session,
                                                      GPtrArray    *shots,
                                                      GError      **error);
gboolean             golf_store_save_shot_batches    (GolfStore    *self,
                                                      GolfStoreBatchFunc next_batch,
                                                      gpointer      user_data,
                                                      GError      **error);
gboolean             golf_store_delete_shot          (GolfStore    *self,
                                                      const char   *shot_id,
                                                      GError      **error);
gboolean             golf_store_restore_shot         (GolfStore    *self,
                                                      const char   *shot_id,
                                                      GError      **error);
GListModel          *golf_store_get_sessions         (GolfStore    *self);
GolfSession         *golf_store_find_session         (GolfStore    *self,
                                                      const char   *session_id);
GListModel          *golf_store_list_shots           (GolfStore    *self,
                                                      const char   *session_id,
                                                      GError      **error);
GArray              *golf_store_dup_shot_keys        (GolfStore    *self,
                                                      const char   *session_id,
                                                      const char   *club,
                                                      const char   *sort_key,
                                                      gboolean      descending,
                                                      GError      **error);
GPtrArray           *golf_store_dup_shots            (GolfStore    *self,
                                                      const char * const *shot_ids,
                                                      guint         n_ids,
                                                      GError      **error);
GPtrArray           *golf_store_dup_all_shots        (GolfStore    *self,
                                                      GError      **error);
GolfSessionMetrics  *golf_store_dup_metrics          (GolfStore    *self,
                                                      const char   *session_id,
                                                      GError      **error);
char                *golf_store_dup_metrics_updated_at (GolfStore  *self,
                                                      const char   *session_id,
                                                      GError      **error);
gboolean             golf_store_read_metrics         (GolfStore    *self,
                                                      const char   *session_id,
                                                      double        values[],
                                                      GError      **error);
gboolean             golf_store_refresh              (GolfStore    *self,
                                                      GError      **error);
void                 golf_store_watch                (GolfStore    *self,
                                                      guint         interval_ms);
char               **golf_store_dup_stale_sessions   (GolfStore    *self,
                                                      GError      **error);

gboolean             golf_store_delete_session       (GolfStore    *self,
                                                      const char   *session_id,
                                                      GError      **error);
gboolean             golf_store_restore_session      (GolfStore    *self,
                                                      const char   *session_id,
                                                      GError      **error);
gboolean             golf_store_rename_session       (GolfStore    *self,
                                                      const char   *session_id,
                                                      const char   *name,
                                                      GError      **error);
gboolean             golf_store_set_session_notes    (GolfStore    *self,
                                                      const char   *session_id,
                                                      const char   *notes,
                                                      GError      **error);
GPtrArray           *golf_store_dup_notes_history   (GolfStore    *self,
                                                      const char   *session_id,
                                                      GError      **error);
gboolean             golf_store_set_shot_set_aside   (GolfStore    *self,
                                                      const char   *shot_id,
                                                      GolfSetAside  set_aside,
                                                      GError      **error);
gboolean             golf_store_set_shots_set_aside  (GolfStore           *self,
                                                      const char * const  *shot_ids,
                                                      GolfSetAside         set_aside,
                                                      GError             **error);
gboolean             golf_store_tag_shot             (GolfStore    *self,
                                                      const char   *shot_id,
                                                      const char   *tag,
                                                      const char   *comment,
                                                      GError      **error);
gboolean             golf_store_untag_shot           (GolfStore    *self,
                                                      const char   *shot_id,
                                                      const char   *tag,
                                                      GError      **error);
gboolean             golf_store_set_shot_comment     (GolfStore    *self,
                                                      const char   *shot_id,
                                                      const char   *comment,
                                                      GError      **error);
gboolean             golf_store_tag_shots            (GolfStore           *self,
                                                      const char * const  *shot_ids,
                                                      const char          *tag,
                                                      GError             **error);
gboolean             golf_store_untag_shots          (GolfStore           *self,
                                                      const char * const  *shot_ids,
                                                      const char          *tag,
                                                      GError             **error);
gboolean             golf_store_set_shots_comment    (GolfStore           *self,
                                                      const char * const  *shot_ids,
                                                      const char          *comment,
                                                      GError             **error);
char               **golf_store_dup_session_tags     (GolfStore    *self,
                                                      const char   *session_id,
                                                      GError      **error);
char               **golf_store_dup_tagged_shot_ids  (GolfStore    *self,
                                                      const char   *session_id,
                                                      const char   *tag,
                                                      GError      **error);

GListModel          *golf_store_get_players          (GolfStore    *self);
GolfPlayer          *golf_store_find_player          (GolfStore    *self,
                                                      const char   *name);
GolfPlayer          *golf_store_find_player_by_id    (GolfStore    *self,
                                                      gint64        player_id);
GolfPlayer          *golf_store_add_player           (GolfStore    *self,
                                                      const char   *name,
                                                      GolfHand      hand,
                                                      const char   *notes,
                                                      GError      **error);
gboolean             golf_store_update_player        (GolfStore    *self,
                                                      GolfPlayer   *player,
                                                      const char   *name,
                                                      GolfHand      hand,
                                                      const char   *notes,
                                                      GError      **error);
void                 golf_store_set_import_player_id (GolfStore   *self,
                                                      gint64        player_id);
gint64               golf_store_get_import_player_id (GolfStore   *self);
gboolean             golf_store_move_session         (GolfStore    *self,
                                                      const char   *session_id,
                                                      gint64        player_id,
                                                      GError      **error);

G_END_DECLS
