/* golf-import-writer.c: from parsed shots to the store, with a report
 *
 * Every importer ends here. Shots are compared with what the store holds:
 * new ones and changed ones are written, unchanged ones are only counted,
 * and all of it happens in one store transaction, so a failed or cancelled
 * import leaves the store as it was.
 *
 * When a shot arrives with tags, a comment and a verdict (a bundle's) and
 * the store holds others, the newer edit wins, shot by shot: the three go
 * together, stamped with when they were last edited (a shot without a
 * stamp is older than any with one; on the same stamp the arriving one
 * wins). A session's notes follow the same rule in the store, which keeps
 * the text that lost in the notes history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-import-writer-private.h"

GolfImportParsed *
_golf_import_parsed_new (void)
{
  GolfImportParsed *parsed = g_new0 (GolfImportParsed, 1);

  parsed->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  parsed->shot_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  return parsed;
}

void
_golf_import_parsed_free (GolfImportParsed *parsed)
{
  if (parsed == NULL)
    return;

  g_ptr_array_unref (parsed->sessions);
  g_ptr_array_unref (parsed->shot_lists);
  g_free (parsed->player_name);
  g_free (parsed);
}

/* Takes a reference to @session and @shots. */
void
_golf_import_parsed_add (GolfImportParsed *parsed,
                         GolfSession      *session,
                         GPtrArray        *shots)
{
  g_ptr_array_add (parsed->sessions, g_object_ref (session));
  g_ptr_array_add (parsed->shot_lists, g_ptr_array_ref (shots));
  parsed->n_shots += shots->len;
}

/* A GolfImportBatchFunc over what was parsed, in batches of at most
 * GOLF_IMPORT_BATCH_SIZE shots so progress moves. */
gboolean
_golf_import_parsed_next (gpointer      user_data,
                          GolfSession **session,
                          GPtrArray   **shots,
                          GError      **error)
{
  GolfImportParsed *parsed = user_data;
  GPtrArray *all, *batch;
  guint n;

  *session = NULL;
  *shots = NULL;

  if (parsed->next_session >= parsed->sessions->len)
    return TRUE;

  all = g_ptr_array_index (parsed->shot_lists, parsed->next_session);
  n = MIN (all->len - parsed->next_shot, GOLF_IMPORT_BATCH_SIZE);
  batch = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (batch, g_object_ref (g_ptr_array_index (all, parsed->next_shot + i)));

  *session = g_object_ref (g_ptr_array_index (parsed->sessions, parsed->next_session));
  *shots = batch;

  parsed->next_shot += n;
  if (parsed->next_shot >= all->len)
    {
      parsed->next_session++;
      parsed->next_shot = 0;
    }

  return TRUE;
}

typedef struct
{
  GolfStore              *store;
  GolfImportReport       *report;
  GolfImportBatchFunc     next_batch;
  gpointer                user_data;
  GCancellable           *cancellable;
  GolfImportProgressFunc  progress;
  gpointer                progress_data;
  GHashTable             *existing;       /* session id -> (shot id -> GolfShot) */
  GHashTable             *details_done;   /* session ids whose details were handed on */
  guint64                 n_done;
  guint64                 n_shots;
} Writer;

static gboolean
same_value (double a,
            double b)
{
  return a == b || (isnan (a) && isnan (b));
}

static gboolean
same_tags (GolfShot *a,
           GolfShot *b)
{
  const char * const *tags_a = golf_shot_get_tags (a);
  const char * const *tags_b = golf_shot_get_tags (b);

  return g_strv_equal ((const char **) tags_a, (const char **) tags_b);
}

/* Whether writing @incoming would change anything @stored holds. */
static gboolean
same_shot (GolfShot *stored,
           GolfShot *incoming)
{
  if (g_strcmp0 (golf_shot_get_club (stored), golf_shot_get_club (incoming)) != 0 ||
      g_strcmp0 (golf_shot_get_shot_type (stored), golf_shot_get_shot_type (incoming)) != 0)
    return FALSE;

  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    if (!same_value (golf_shot_get (stored, f), golf_shot_get (incoming, f)) ||
        golf_shot_is_estimated (stored, f) != golf_shot_is_estimated (incoming, f))
      return FALSE;

  /* Annotations are written only by importers that carry them (bundles). */
  if (golf_shot_get_annotated (incoming) &&
      (golf_shot_get_set_aside (stored) != golf_shot_get_set_aside (incoming) ||
       g_strcmp0 (golf_shot_get_comment (stored), golf_shot_get_comment (incoming)) != 0 ||
       !same_tags (stored, incoming)))
    return FALSE;

  return TRUE;
}

static void
unref_table (gpointer table)
{
  if (table != NULL)
    g_hash_table_unref (table);
}

/* What the store holds of @session_id, by shot id: @shots is NULL for a
 * session the store does not know. */
static gboolean
get_existing (Writer      *writer,
              const char  *session_id,
              GHashTable **shots,
              GError     **error)
{
  g_autoptr(GListModel) stored = NULL;

  if (g_hash_table_lookup_extended (writer->existing, session_id, NULL, (gpointer *) shots))
    return TRUE;

  *shots = NULL;
  if (golf_store_find_session (writer->store, session_id) != NULL)
    {
      stored = golf_store_list_shots (writer->store, session_id, error);
      if (stored == NULL)
        return FALSE;

      *shots = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
        {
          GolfShot *shot = g_list_model_get_item (stored, i);

          g_hash_table_insert (*shots, (gpointer) golf_shot_get_id (shot), shot);
        }
    }

  g_hash_table_insert (writer->existing, g_strdup (session_id), *shots);
  return TRUE;
}

/* Whether saving @session would change the store's copy of its details. */
static gboolean
details_differ (Writer      *writer,
                GolfSession *session)
{
  GolfSession *stored = golf_store_find_session (writer->store, golf_session_get_id (session));

  if (stored == NULL)
    return TRUE;

#define DIFFERS(getter) (getter (session) != NULL && g_strcmp0 (getter (session), getter (stored)) != 0)
  return DIFFERS (golf_session_get_date) || DIFFERS (golf_session_get_session_type) ||
         DIFFERS (golf_session_get_notes) || DIFFERS (golf_session_get_name) ||
         (golf_session_get_player_id (session) > 0 &&
          golf_session_get_player_id (session) != golf_session_get_player_id (stored));
#undef DIFFERS
}

/* Whether @stored's annotations were edited after @incoming's. */
static gboolean
annotated_later (GolfShot *stored,
                 GolfShot *incoming)
{
  const char *stored_at = golf_shot_get_annotated_at (stored);
  const char *incoming_at = golf_shot_get_annotated_at (incoming);

  return g_strcmp0 (stored_at ? stored_at : "", incoming_at ? incoming_at : "") > 0;
}

/* @incoming lost to the store's newer edit: it carries the stored one. */
static void
keep_stored_annotations (GolfShot *incoming,
                         GolfShot *stored)
{
  golf_shot_set_tags (incoming, golf_shot_get_tags (stored));
  golf_shot_set_set_aside (incoming, golf_shot_get_set_aside (stored));
  golf_shot_set_comment (incoming, golf_shot_get_comment (stored));
  golf_shot_set_annotated_at (incoming, golf_shot_get_annotated_at (stored));
}

/* Keeps the shots of @batch that would change the store, counting each.
 * A batch of a session the store does not hold is all new: handed on whole. */
static GPtrArray *
filter_batch (Writer      *writer,
              const char  *session_id,
              GPtrArray   *batch,
              GHashTable  *existing)
{
  guint counts[GOLF_IMPORT_OUTCOME_UNCHANGED + 1] = { 0, };
  GPtrArray *changed;

  if (existing == NULL)
    {
      _golf_import_report_count (writer->report, session_id, GOLF_IMPORT_OUTCOME_NEW, batch->len);
      return g_ptr_array_ref (batch);
    }

  changed = g_ptr_array_new_full (batch->len, g_object_unref);
  for (guint i = 0; i < batch->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (batch, i);
      GolfShot *stored = g_hash_table_lookup (existing, golf_shot_get_id (shot));
      GolfImportOutcome outcome;

      if (stored != NULL && golf_shot_get_annotated (shot) && annotated_later (stored, shot))
        keep_stored_annotations (shot, stored);

      if (stored == NULL)
        outcome = GOLF_IMPORT_OUTCOME_NEW;
      else if (same_shot (stored, shot))
        outcome = GOLF_IMPORT_OUTCOME_UNCHANGED;
      else
        outcome = GOLF_IMPORT_OUTCOME_UPDATED;

      counts[outcome]++;
      if (outcome != GOLF_IMPORT_OUTCOME_UNCHANGED)
        g_ptr_array_add (changed, g_object_ref (shot));
    }

  for (guint outcome = 0; outcome < G_N_ELEMENTS (counts); outcome++)
    _golf_import_report_count (writer->report, session_id, outcome, counts[outcome]);

  return changed;
}

static const char *
player_name (GolfStore *store,
             gint64     player_id)
{
  GolfPlayer *player = golf_store_find_player_by_id (store, player_id);

  return player != NULL ? golf_player_get_name (player) : _("another player");
}

/* The player chosen to import for (golf_store_set_import_player_id())
 * gets the session, unless it is another player's. */
static gboolean
file_under_import_player (Writer       *writer,
                          GolfSession  *session,
                          GError      **error)
{
  gint64 player_id = golf_store_get_import_player_id (writer->store);
  GolfSession *stored;

  if (player_id <= 0)
    return TRUE;

  stored = golf_store_find_session (writer->store, golf_session_get_id (session));
  if (stored != NULL && golf_session_get_player_id (stored) != player_id)
    {
      const char *chosen = player_name (writer->store, player_id);

      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_OTHER_PLAYER,
                   _("Session “%s” belongs to %s, not %s, so nothing was imported; import it under "
                     "a session id of its own, or move the session to %s first"),
                   golf_session_get_id (session), player_name (writer->store, golf_session_get_player_id (stored)),
                   chosen, chosen);
      return FALSE;
    }

  golf_session_set_player_id (session, player_id);
  return TRUE;
}

/* The GolfStoreBatchFunc: reads the next batch and keeps what changes. */
static gboolean
writer_next (gpointer      user_data,
             GolfSession **session_out,
             GPtrArray   **shots_out,
             GError      **error)
{
  Writer *writer = user_data;

  *session_out = NULL;
  *shots_out = NULL;

  for (;;)
    {
      g_autoptr(GolfSession) session = NULL;
      g_autoptr(GPtrArray) batch = NULL;
      g_autoptr(GPtrArray) changed = NULL;
      GHashTable *existing;
      const char *session_id;
      gboolean first_time;

      if (g_cancellable_set_error_if_cancelled (writer->cancellable, error))
        return FALSE;
      if (!writer->next_batch (writer->user_data, &session, &batch, error))
        return FALSE;
      if (batch == NULL)
        return TRUE;

      session_id = golf_session_get_id (session);
      if (!file_under_import_player (writer, session, error) ||
          !get_existing (writer, session_id, &existing, error))
        return FALSE;

      changed = filter_batch (writer, session_id, batch, existing);
      writer->n_done += batch->len;
      if (writer->progress != NULL)
        writer->progress (GOLF_IMPORT_STAGE_STORING, writer->n_done, writer->n_shots,
                          writer->progress_data);

      /* Nothing to write, unless the session itself is new or renamed. */
      first_time = g_hash_table_add (writer->details_done, g_strdup (session_id));
      if (changed->len == 0 && !(first_time && details_differ (writer, session)))
        continue;

      *session_out = g_steal_pointer (&session);
      *shots_out = g_steal_pointer (&changed);
      return TRUE;
    }
}

/**
 * _golf_import_write:
 * @store: where the shots go, on its own thread
 * @report: counts new, updated and unchanged shots per session
 * @next_batch: hands out the source's batches
 * @user_data: for @next_batch
 * @n_shots: how many shots the source holds, or 0 when it is not known
 * @cancellable: (nullable): checked before each batch
 * @progress: (nullable): told the shots stored so far
 * @progress_data: for @progress
 * @error: return location for a #GError
 *
 * Writes everything in one transaction; on failure or cancellation the
 * store is left as it was and the report's counts are cleared.
 *
 * Returns: %TRUE when the whole source was stored
 */
gboolean
_golf_import_write (GolfStore              *store,
                    GolfImportReport       *report,
                    GolfImportBatchFunc     next_batch,
                    gpointer                user_data,
                    guint64                 n_shots,
                    GCancellable           *cancellable,
                    GolfImportProgressFunc  progress,
                    gpointer                progress_data,
                    GError                **error)
{
  Writer writer = {
    .store = store,
    .report = report,
    .next_batch = next_batch,
    .user_data = user_data,
    .cancellable = cancellable,
    .progress = progress,
    .progress_data = progress_data,
    .n_shots = n_shots,
  };
  gboolean ok;

  writer.existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_table);
  writer.details_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = golf_store_save_shot_batches (store, writer_next, &writer, error);

  g_hash_table_unref (writer.existing);
  g_hash_table_unref (writer.details_done);

  if (!ok)
    _golf_import_report_clear_counts (report);

  return ok;
}

/* A bundle's player gets the bundle's sessions that are new to the store
 * (found by name, or added); a session the store holds keeps its player,
 * so a bundle sent back to its player lands where the session was. */
static gboolean
file_under_player (GolfStore         *store,
                   GolfImportParsed  *parsed,
                   GError           **error)
{
  GolfPlayer *player = NULL;

  if (parsed->player_name == NULL || golf_store_get_import_player_id (store) > 0)
    return TRUE;

  for (guint i = 0; i < parsed->sessions->len; i++)
    {
      GolfSession *session = parsed->sessions->pdata[i];

      if (golf_store_find_session (store, golf_session_get_id (session)) != NULL)
        continue;

      if (player == NULL &&
          (player = golf_store_find_player (store, parsed->player_name)) == NULL &&
          (player = golf_store_add_player (store, parsed->player_name, parsed->hand, NULL, error)) == NULL)
        return FALSE;

      golf_session_set_player_id (session, golf_player_get_id (player));
    }

  return TRUE;
}

/*
 * _golf_import_write_parsed:
 *
 * Writes what was read whole (see _golf_import_write()). A player the
 * store does not know by name is added first (on its own: a player
 * without sessions harms nothing should the write then fail).
 */
gboolean
_golf_import_write_parsed (GolfStore              *store,
                           GolfImportReport       *report,
                           GolfImportParsed       *parsed,
                           GCancellable           *cancellable,
                           GolfImportProgressFunc  progress,
                           gpointer                progress_data,
                           GError                **error)
{
  parsed->next_session = 0;
  parsed->next_shot = 0;

  if (!file_under_player (store, parsed, error))
    return FALSE;

  return _golf_import_write (store, report, _golf_import_parsed_next, parsed, parsed->n_shots,
                             cancellable, progress, progress_data, error);
}

typedef struct
{
  GolfStore              *store;
  GolfImportReport       *report;
  GolfImportParseFunc     parse;
  gpointer                parse_data;
  GDestroyNotify          parse_data_free;
  GolfImportProgressFunc  progress;
  gpointer                progress_data;
} ParseAndWrite;

static void
parse_and_write_free (gpointer data)
{
  ParseAndWrite *job = data;

  g_clear_object (&job->store);
  g_clear_object (&job->report);
  if (job->parse_data_free != NULL)
    job->parse_data_free (job->parse_data);
  g_free (job);
}

static void
parse_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ParseAndWrite *job = task_data;
  GolfImportParsed *parsed;
  GError *error = NULL;

  parsed = job->parse (job->parse_data, job->report, &error);
  if (parsed == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, parsed, (GDestroyNotify) _golf_import_parsed_free);
}

/* Back on the store's thread: write what the worker read. */
static void
on_parsed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ParseAndWrite *job = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GolfImportParsed) parsed = NULL;
  GError *error = NULL;

  parsed = g_task_propagate_pointer (G_TASK (result), &error);
  if (parsed == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The import was cancelled; nothing was saved"));
      return;
    }

  if (!_golf_import_write_parsed (job->store, job->report, parsed, cancellable,
                                  job->progress, job->progress_data, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&job->report), g_object_unref);
}

/*
 * _golf_import_parse_and_write_async:
 * @store: where the shots go; written on the caller's thread (the store's)
 * @report: (transfer none): filled by @parse, then by the write
 * @parse: reads the source, in a worker thread
 * @parse_data: (transfer full): for @parse
 * @parse_data_free: (nullable): frees @parse_data
 *
 * What an app does with a source: read it off the main thread, then store
 * it in one transaction on the store's thread. Cancelled before the write,
 * nothing is written.
 */
void
_golf_import_parse_and_write_async (GolfStore               *store,
                                    GolfImportReport        *report,
                                    GolfImportParseFunc      parse,
                                    gpointer                 parse_data,
                                    GDestroyNotify           parse_data_free,
                                    GCancellable            *cancellable,
                                    GolfImportProgressFunc   progress,
                                    gpointer                 progress_data,
                                    GAsyncReadyCallback      callback,
                                    gpointer                 user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  g_autoptr(GTask) worker = NULL;
  ParseAndWrite *job = g_new0 (ParseAndWrite, 1);

  job->store = g_object_ref (store);
  job->report = g_object_ref (report);
  job->parse = parse;
  job->parse_data = parse_data;
  job->parse_data_free = parse_data_free;
  job->progress = progress;
  job->progress_data = progress_data;

  g_task_set_source_tag (task, _golf_import_parse_and_write_async);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, parse_and_write_free);

  worker = g_task_new (NULL, cancellable, on_parsed_cb, g_object_ref (task));
  g_task_set_source_tag (worker, parse_in_thread);
  g_task_set_check_cancellable (worker, FALSE);
  g_task_set_task_data (worker, job, NULL);
  g_task_run_in_thread (worker, parse_in_thread);
}

GolfImportReport *
_golf_import_parse_and_write_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == _golf_import_parse_and_write_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
