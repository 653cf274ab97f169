/* test-store.c: GolfStore, the SQLite file behind every shot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <sqlite3.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-test-util.h"

typedef struct
{
  GPtrArray *sessions;
  GPtrArray *shot_ids;
  GArray    *kinds;
} Recorded;

static void
on_shot_changed_cb (GolfStore      *store,
                    const char     *session_id,
                    const char     *shot_id,
                    GolfChangeKind  kind,
                    Recorded       *recorded)
{
  g_ptr_array_add (recorded->sessions, g_strdup (session_id));
  g_ptr_array_add (recorded->shot_ids, g_strdup (shot_id));
  g_array_append_val (recorded->kinds, kind);
}

static void
recorded_init (Recorded  *recorded,
               GolfStore *store)
{
  recorded->sessions = g_ptr_array_new_with_free_func (g_free);
  recorded->shot_ids = g_ptr_array_new_with_free_func (g_free);
  recorded->kinds = g_array_new (FALSE, FALSE, sizeof (GolfChangeKind));
  g_signal_connect (store, "shot-changed", G_CALLBACK (on_shot_changed_cb), recorded);
}

static void
recorded_clear (Recorded *recorded)
{
  g_ptr_array_unref (recorded->sessions);
  g_ptr_array_unref (recorded->shot_ids);
  g_array_unref (recorded->kinds);
}

static void
test_store_creates_database (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autofree char *nested = NULL;

  golf_test_dir_init (&dir);
  nested = g_build_filename (dir.dir, "a", "b", "shots.db", NULL);

  store = golf_test_store_new (nested);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (golf_store_get_path (store), ==, nested);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (store)), ==, 0);
  g_assert_cmpint (golf_test_query_int (nested, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (golf_test_query_int (nested, "SELECT count(*) FROM sqlite_master WHERE name = 'session_stats'"), ==, 1);
  g_assert_cmpint (golf_test_query_int (nested, "SELECT count(*) FROM sqlite_master WHERE name = 'club_stats'"), ==, 1);
}

static void
test_store_save_and_read_back (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfStore) reopened = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GolfSession) session = golf_session_new ("s1");
  g_autoptr(GListModel) read = NULL;
  g_autoptr(GolfShot) first = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *listed;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  golf_session_set_date (session, "2026-03-14");
  golf_session_set_session_type (session, "practice");

  shots = golf_test_shots ("s1", "7 Iron", 12, 140.0);
  golf_shot_set (g_ptr_array_index (shots, 0), GOLF_SHOT_FIELD_BACK_SPIN, 6543.21);
  golf_shot_set_shot_type (g_ptr_array_index (shots, 0), "Draw");
  g_assert_true (golf_store_save_shots (store, session, shots, &error));
  g_assert_no_error (error);

  /* A fresh connection sees exactly what was saved, unrounded. */
  reopened = golf_test_store_new (dir.db_path);
  read = golf_store_list_shots (reopened, "s1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (read), ==, 12);
  first = g_list_model_get_item (read, 0);
  g_assert_cmpstr (golf_shot_get_id (first), ==, "s1_7 Iron_0");
  g_assert_cmpstr (golf_shot_get_club (first), ==, "7 Iron");
  g_assert_cmpstr (golf_shot_get_shot_type (first), ==, "Draw");
  g_assert_cmpfloat (golf_shot_get (first, GOLF_SHOT_FIELD_BACK_SPIN), ==, 6543.21);
  g_assert_cmpfloat (golf_shot_get (first, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 140.0);
  g_assert_true (isnan (golf_shot_get (first, GOLF_SHOT_FIELD_APEX)));
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots WHERE apex IS NULL"), ==, 12);

  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (reopened)), ==, 1);
  listed = golf_store_find_session (reopened, "s1");
  g_assert_nonnull (listed);
  g_assert_cmpstr (golf_session_get_date (listed), ==, "2026-03-14");
  g_assert_cmpstr (golf_session_get_session_type (listed), ==, "practice");
}

static void
test_store_reimport_updates (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  Recorded recorded;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  recorded_init (&recorded, store);

  shots = golf_test_shots ("s1", "Driver", 20, 200.0);
  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  again = golf_test_shots ("s1", "Driver", 20, 210.0);
  g_assert_true (golf_store_save_shots (store, NULL, again, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (golf_test_count_shots (store, "s1"), ==, 20);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT min(carry_distance) FROM shots"), ==, 210);
  g_assert_cmpuint (recorded.kinds->len, ==, 2);
  g_assert_cmpint (g_array_index (recorded.kinds, GolfChangeKind, 0), ==, GOLF_CHANGE_ADDED);
  g_assert_cmpint (g_array_index (recorded.kinds, GolfChangeKind, 1), ==, GOLF_CHANGE_CHANGED);

  recorded_clear (&recorded);
}

static void
test_store_bulk_signals_once_per_session (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GPtrArray) more = NULL;
  g_autoptr(GError) error = NULL;
  Recorded recorded;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  recorded_init (&recorded, store);

  shots = golf_test_shots ("a", "Driver", 500, 200.0);
  more = golf_test_shots ("b", "PW", 500, 90.0);
  for (guint i = 0; i < more->len; i++)
    g_ptr_array_add (shots, g_object_ref (g_ptr_array_index (more, i)));

  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (recorded.sessions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (recorded.sessions, 0), ==, "a");
  g_assert_cmpstr (g_ptr_array_index (recorded.sessions, 1), ==, "b");
  g_assert_null (g_ptr_array_index (recorded.shot_ids, 0));
  g_assert_null (g_ptr_array_index (recorded.shot_ids, 1));
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (store)), ==, 2);

  recorded_clear (&recorded);
}

static void
exec_elsewhere (const char *db_path,
                const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 2000);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A save that fails halfway, after some of its shots were written, leaves
 * nothing behind, tells nobody, and the store takes the next save. */
static void
test_store_failed_save_leaves_nothing (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GError) error = NULL;
  Recorded recorded;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  recorded_init (&recorded, store);

  /* Another program refuses one shot of the batch, the third. */
  exec_elsewhere (dir.db_path, "CREATE TRIGGER refuse BEFORE INSERT ON shots WHEN new.id = 's_Driver_2'"
                               " BEGIN SELECT RAISE (ABORT, 'refused by a test'); END");
  shots = golf_test_shots ("s", "Driver", 5, 200.0);
  g_assert_false (golf_store_save_shots (store, NULL, shots, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "refused by a test"));
  g_clear_error (&error);

  g_assert_cmpuint (recorded.sessions->len, ==, 0);
  g_assert_null (golf_store_find_session (store, "s"));
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 0);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM sessions"), ==, 0);

  exec_elsewhere (dir.db_path, "DROP TRIGGER refuse");
  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorded.sessions->len, ==, 1);
  g_assert_cmpuint (golf_test_count_shots (store, "s"), ==, 5);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT revision FROM sessions"), ==, 1);

  recorded_clear (&recorded);
}

static void
test_store_single_save_signal (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfShot) shot = golf_test_shot ("s1_1_1", "s1", "Driver", 230.0, 70.0, 47.0);
  g_autoptr(GError) error = NULL;
  Recorded recorded;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  recorded_init (&recorded, store);

  g_assert_true (golf_store_save_shot (store, shot, &error));
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 231.0);
  g_assert_true (golf_store_save_shot (store, shot, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (recorded.kinds->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (recorded.shot_ids, 0), ==, "s1_1_1");
  g_assert_cmpint (g_array_index (recorded.kinds, GolfChangeKind, 0), ==, GOLF_CHANGE_ADDED);
  g_assert_cmpint (g_array_index (recorded.kinds, GolfChangeKind, 1), ==, GOLF_CHANGE_CHANGED);
  g_assert_cmpuint (golf_test_count_shots (store, "s1"), ==, 1);
  g_assert_nonnull (golf_store_find_session (store, "s1"));

  recorded_clear (&recorded);
}

static void
test_store_moved_shot_changes_both_sessions (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfShot) shot = golf_test_shot ("x", "a", "Driver", 230.0, 70.0, 47.0);
  g_autoptr(GError) error = NULL;
  Recorded recorded;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  g_assert_true (golf_store_save_shot (store, shot, &error));

  recorded_init (&recorded, store);
  golf_shot_set_session_id (shot, "b");
  g_assert_true (golf_store_save_shot (store, shot, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (golf_test_count_shots (store, "a"), ==, 0);
  g_assert_cmpuint (golf_test_count_shots (store, "b"), ==, 1);
  g_assert_cmpuint (recorded.sessions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (recorded.sessions, 0), ==, "b");
  g_assert_cmpstr (g_ptr_array_index (recorded.sessions, 1), ==, "a");
  g_assert_cmpint (g_array_index (recorded.kinds, GolfChangeKind, 1), ==, GOLF_CHANGE_REMOVED);

  recorded_clear (&recorded);
}

static GolfSession *
make_session (const char *id,
              const char *date,
              const char *type)
{
  GolfSession *session = golf_session_new (id);

  golf_session_set_date (session, date);
  golf_session_set_session_type (session, type);

  return session;
}

/* Moving a shot into another session leaves the old session's details be;
 * a new date moves a session in the newest-first list. */
static void
test_store_session_details (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfSession) a = make_session ("a", "2024-01-01", "range");
  g_autoptr(GolfSession) b = make_session ("b", "2025-06-06", "lesson");
  g_autoptr(GolfSession) a_later = make_session ("a", "2026-02-02", NULL);
  g_autoptr(GPtrArray) in_a = golf_test_shots ("a", "PW", 2, 90.0);
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GListModel *sessions;
  Recorded recorded;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  sessions = golf_store_get_sessions (store);
  g_assert_true (golf_store_save_shots (store, a, in_a, &error));

  g_ptr_array_add (moved, golf_shot_copy (g_ptr_array_index (in_a, 0)));
  golf_shot_set_session_id (g_ptr_array_index (moved, 0), "b");
  g_assert_true (golf_store_save_shots (store, b, moved, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (golf_session_get_date (golf_store_find_session (store, "a")), ==, "2024-01-01");
  g_assert_cmpstr (golf_session_get_session_type (golf_store_find_session (store, "a")), ==, "range");
  {
    g_autoptr(GolfSession) first = g_list_model_get_item (sessions, 0);

    g_assert_cmpstr (golf_session_get_id (first), ==, "b");
  }

  /* Details alone: saved, re-sorted, and the session counts as changed. */
  recorded_init (&recorded, store);
  g_assert_true (golf_store_save_shots (store, a_later, none, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GolfSession) first = g_list_model_get_item (sessions, 0);

    g_assert_cmpstr (golf_session_get_id (first), ==, "a");
    g_assert_cmpstr (golf_session_get_date (first), ==, "2026-02-02");
    g_assert_cmpstr (golf_session_get_session_type (first), ==, "range");
  }
  g_assert_cmpuint (recorded.sessions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorded.sessions, 0), ==, "a");
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT date = '2026-02-02' FROM sessions WHERE id = 'a'"), ==, 1);

  recorded_clear (&recorded);
}

static void
test_store_rejects_shot_without_ids (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GolfShot) no_session = golf_test_shot ("lonely", NULL, "Driver", 200, 60, 40);
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);

  /* One bad shot in a batch: the whole batch is refused, nothing written. */
  shots = golf_test_shots ("s1", "Driver", 10, 200.0);
  g_ptr_array_add (shots, golf_test_shot ("", "s1", "Driver", 200, 60, 40));
  g_assert_false (golf_store_save_shots (store, NULL, shots, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "without an id"));
  g_clear_error (&error);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 0);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM sessions"), ==, 0);

  g_assert_false (golf_store_save_shot (store, no_session, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no session"));
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (store)), ==, 0);
}

static void
test_store_keeps_unusual_names (void)
{
  static const char *names[] = {
    "Robert'); DROP TABLE shots;--",
    "7 Eisen — Übung ⛳",
    "\"quoted\" % _ \\ ;",
  };
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GolfShot) shot = golf_test_shot (names[i], names[i], names[i], 100 + i, 50, 40);
      g_autoptr(GListModel) read = NULL;
      g_autoptr(GolfShot) back = NULL;

      g_assert_true (golf_store_save_shot (store, shot, &error));
      g_assert_no_error (error);

      read = golf_store_list_shots (store, names[i], &error);
      g_assert_cmpuint (g_list_model_get_n_items (read), ==, 1);
      back = g_list_model_get_item (read, 0);
      g_assert_cmpstr (golf_shot_get_id (back), ==, names[i]);
      g_assert_cmpstr (golf_shot_get_club (back), ==, names[i]);
    }

  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 3);
}

static void
test_store_delete_and_restore (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = golf_test_shots ("s1", "PW", 5, 100.0);
  g_autoptr(GError) error = NULL;
  Recorded recorded;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  recorded_init (&recorded, store);

  g_assert_true (golf_store_delete_shot (store, "s1_PW_2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (golf_test_count_shots (store, "s1"), ==, 4);
  /* Archived, not gone: the row is still in the file. */
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots WHERE archived_at IS NOT NULL"), ==, 1);

  g_assert_false (golf_store_delete_shot (store, "s1_PW_2", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "already deleted"));
  g_clear_error (&error);

  g_assert_true (golf_store_restore_shot (store, "s1_PW_2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (golf_test_count_shots (store, "s1"), ==, 5);

  g_assert_false (golf_store_delete_shot (store, "no-such-shot", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (golf_store_restore_shot (store, "s1_PW_1", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);

  g_assert_cmpuint (recorded.kinds->len, ==, 2);
  g_assert_cmpint (g_array_index (recorded.kinds, GolfChangeKind, 0), ==, GOLF_CHANGE_REMOVED);
  g_assert_cmpint (g_array_index (recorded.kinds, GolfChangeKind, 1), ==, GOLF_CHANGE_RESTORED);
  g_assert_cmpstr (g_ptr_array_index (recorded.shot_ids, 0), ==, "s1_PW_2");

  recorded_clear (&recorded);
}

static void
assert_refused_untouched (const char     *path,
                          gint            code,
                          const char     *phrase)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_len, after_len;

  before = golf_test_read_file (path, &before_len);
  store = golf_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, GOLF_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, phrase));
  g_test_message ("%s", error->message);

  after = golf_test_read_file (path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_store_refuses_non_sqlite_file (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&dir);
  g_file_set_contents (dir.db_path, "Club,Carry\nDriver,230\n", -1, &error);
  g_assert_no_error (error);

  assert_refused_untouched (dir.db_path, GOLF_STORE_ERROR_CORRUPT, "left untouched");
}

static void
test_store_refuses_other_sqlite_database (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  sqlite3 *db = NULL;

  golf_test_dir_init (&dir);
  g_assert_cmpint (sqlite3_open (dir.db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (dir.db_path, GOLF_STORE_ERROR_CORRUPT, "another program");
}

static void
test_store_refuses_damaged_database (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  golf_test_dir_init (&dir);
  {
    g_autoptr(GolfStore) store = golf_test_store_new (dir.db_path);
    g_autoptr(GPtrArray) shots = golf_test_shots ("s1", "Driver", 50, 200.0);

    g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  }

  /* Scribble over the header past its magic string, as a bad disk might. */
  contents = golf_test_read_file (dir.db_path, &length);
  g_assert_cmpuint (length, >, 100);
  memset (contents + 16, 0xff, 84);
  g_file_set_contents (dir.db_path, contents, length, &error);
  g_assert_no_error (error);
  {
    g_autofree char *wal = g_strconcat (dir.db_path, "-wal", NULL);

    g_remove (wal);
  }

  assert_refused_untouched (dir.db_path, GOLF_STORE_ERROR_CORRUPT, "not a readable Golf Lab database");
}

static void
test_store_refuses_newer_schema (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  sqlite3 *db = NULL;

  golf_test_dir_init (&dir);
  g_clear_object (&(GolfStore *){ golf_test_store_new (dir.db_path) });
  g_assert_cmpint (sqlite3_open (dir.db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (dir.db_path, GOLF_STORE_ERROR_TOO_NEW, "newer Golf Lab");
}

static void
test_store_read_only_location_child (void)
{
  const char *path = g_getenv ("GOLF_TEST_READ_ONLY_DB");
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    return;

  golf_test_drop_root ();
  store = golf_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "choose another database file"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A folder the user cannot write: a clear error, and nothing created. */
static void
test_store_read_only_location (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *locked = NULL;
  g_autofree char *path = NULL;

  golf_test_dir_init (&dir);
  locked = g_build_filename (dir.dir, "locked", NULL);
  path = g_build_filename (locked, "shots.db", NULL);
  g_mkdir (locked, 0555);
  g_chmod (dir.dir, 0755);

  g_setenv ("GOLF_TEST_READ_ONLY_DB", path, TRUE);
  g_test_trap_subprocess ("/store/subprocess/read-only-location", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Runs as the user who cannot write the file: a plain user, or "nobody"
 * when the tests run as root (whom permissions do not bind). */
static void
test_store_read_only_file_child (void)
{
  const char *path = g_getenv ("GOLF_TEST_READ_ONLY_DB");
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    return;

  golf_test_drop_root ();
  store = golf_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "cannot be written"));
}

static void
test_store_read_only_file_keeps_data (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  golf_test_dir_init (&dir);
  {
    g_autoptr(GolfStore) store = golf_test_store_new (dir.db_path);
    g_autoptr(GPtrArray) shots = golf_test_shots ("s1", "PW", 3, 90.0);

    g_assert_true (golf_store_save_shots (store, NULL, shots, NULL));
  }
  g_chmod (dir.dir, 0755);
  g_chmod (dir.db_path, 0444);
  before = golf_test_read_file (dir.db_path, &before_len);

  g_setenv ("GOLF_TEST_READ_ONLY_DB", dir.db_path, TRUE);
  g_test_trap_subprocess ("/store/subprocess/read-only-file", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  after = golf_test_read_file (dir.db_path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_store_stale_sessions (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = golf_test_shots ("s1", "Driver", 3, 200.0);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) stale = NULL;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));

  /* No worker ran: the session's metrics are behind its shots. */
  stale = golf_store_dup_stale_sessions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (stale), ==, 1);
  g_assert_cmpstr (stale[0], ==, "s1");
}

/* A child fills its allowed file size mid-import, like a full disk. */
static void
test_store_full_disk_child (void)
{
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) big = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit limit;
  GStatBuf st;

  if (!g_test_subprocess ())
    return;

  store = golf_test_store_new (g_getenv ("GOLF_TEST_FULL_DB"));
  signal (SIGXFSZ, SIG_IGN);
  g_stat (g_getenv ("GOLF_TEST_FULL_DB"), &st);
  limit.rlim_cur = limit.rlim_max = st.st_size + 64 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  big = golf_test_shots ("big", "Driver", 20000, 200.0);
  g_assert_false (golf_store_save_shots (store, NULL, big, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, "nothing was saved"));
}

static void
test_store_full_disk_keeps_data (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&dir);
  {
    g_autoptr(GolfStore) first = golf_test_store_new (dir.db_path);
    g_autoptr(GPtrArray) shots = golf_test_shots ("kept", "PW", 10, 90.0);

    g_assert_true (golf_store_save_shots (first, NULL, shots, &error));
  }

  g_setenv ("GOLF_TEST_FULL_DB", dir.db_path, TRUE);
  g_test_trap_subprocess ("/store/subprocess/full-disk", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  store = golf_test_store_new (dir.db_path);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 10);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM sessions"), ==, 1);
  g_assert_null (golf_store_find_session (store, "big"));
}

/* Fills the folder's file system to the last byte. */
static void
fill_file_system (const char *dir)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  char block[4096] = { 0 };
  FILE *file = fopen (filler, "w");

  g_assert_nonnull (file);
  while (fwrite (block, 1, sizeof block, file) == sizeof block)
    ;
  while (fwrite (block, 1, 1, file) == 1)
    ;
  fclose (file);
}

/* Whether a child may have mounts of its own (root in most sandboxes). */
static gboolean
can_mount_privately (void)
{
  int status = 1;
  pid_t pid;

  if (geteuid () != 0)
    return FALSE;

  if ((pid = fork ()) == 0)
    _exit (unshare (CLONE_NEWNS) == 0 && mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 ? 0 : 1);

  return pid > 0 && waitpid (pid, &status, 0) == pid && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* A real file system that fills up: a 512 KiB tmpfs in a mount namespace
 * of this child's own. */
static void
test_store_file_system_full_child (void)
{
  g_autofree char *mount_point = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    return;

  mount_point = g_strdup (g_getenv ("GOLF_TEST_MOUNT"));
  path = g_build_filename (mount_point, "shots.db", NULL);
  g_assert_true (unshare (CLONE_NEWNS) == 0 &&
                 mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
                 mount ("tmpfs", mount_point, "tmpfs", 0, "size=512k") == 0);

  {
    g_autoptr(GolfStore) store = golf_test_store_new (path);
    g_autoptr(GPtrArray) kept = golf_test_shots ("kept", "PW", 10, 90.0);
    g_autoptr(GPtrArray) big = golf_test_shots ("big", "Driver", 20000, 200.0);

    g_assert_true (golf_store_save_shots (store, NULL, kept, &error));
    g_assert_false (golf_store_save_shots (store, NULL, big, &error));
    g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FULL);
    g_assert_nonnull (strstr (error->message, "full"));
    g_clear_error (&error);
  }

  /* A player added on a full disk: the failed commit is an error, not a
   * player that is not there. */
  {
    g_autoptr(GolfStore) store = golf_test_store_new (path);
    g_autofree char *filler = g_build_filename (mount_point, "filler", NULL);
    GolfPlayer *player;

    fill_file_system (mount_point);
    player = golf_store_add_player (store, "Zed", GOLF_HAND_RIGHT, NULL, &error);
    g_assert_null (player);
    g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FULL);
    g_assert_null (golf_store_find_player (store, "Zed"));
    g_clear_error (&error);
    g_unlink (filler);
  }
  g_assert_cmpint (golf_test_query_int (path, "SELECT count(*) FROM players WHERE name = 'Zed'"), ==, 0);

  /* 100% full: opening says so, not "disk I/O error". */
  fill_file_system (mount_point);
  {
    g_autoptr(GolfStore) store = NULL;
    g_autoptr(GPtrArray) one = golf_test_shots ("one", "PW", 1, 80.0);

    store = golf_store_new (path, &error);
    if (store != NULL)
      {
        /* The log was there to open: the first write is what fails. */
        g_assert_false (golf_store_save_shots (store, NULL, one, &error));
      }
    g_assert_nonnull (error);
    g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FULL);
    g_assert_nonnull (strstr (error->message, "full"));
    g_assert_null (strstr (error->message, "I/O"));
  }

  /* Once there is room again, everything saved before is there. */
  {
    g_autofree char *filler = g_build_filename (mount_point, "filler", NULL);

    g_unlink (filler);
  }
  g_assert_cmpint (golf_test_query_int (path, "SELECT count(*) FROM shots"), ==, 10);
  umount (mount_point);
  exit (0);
}

static void
test_store_file_system_full (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *mount_point = NULL;

  golf_test_dir_init (&dir);
  mount_point = g_build_filename (dir.dir, "small", NULL);
  g_mkdir (mount_point, 0755);
  g_setenv ("GOLF_TEST_MOUNT", mount_point, TRUE);
  if (!can_mount_privately ())
    {
      g_test_skip ("this machine gives a test no mount namespace of its own");
      return;
    }

  g_test_trap_subprocess ("/store/subprocess/file-system-full", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A database has an id of its own: kept when it is opened again or
 * copied, another for another database, readable without a store. */
static void
test_store_id (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *copy = NULL, *other = NULL, *data = NULL;
  g_autofree char *first_id = NULL, *read = NULL;
  gsize length;

  golf_test_dir_init (&dir);
  {
    g_autoptr(GolfStore) store = golf_test_store_new (dir.db_path);

    first_id = g_strdup (golf_store_get_id (store));
    g_assert_cmpuint (strlen (first_id), ==, 16);
  }
  {
    g_autoptr(GolfStore) again = golf_test_store_new (dir.db_path);

    g_assert_cmpstr (golf_store_get_id (again), ==, first_id);
  }
  read = golf_store_read_id (dir.db_path);
  g_assert_cmpstr (read, ==, first_id);

  copy = g_build_filename (dir.dir, "copy.db", NULL);
  g_assert_true (g_file_get_contents (dir.db_path, &data, &length, NULL));
  g_assert_true (g_file_set_contents (copy, data, length, NULL));
  {
    g_autoptr(GolfStore) copied = golf_test_store_new (copy);

    g_assert_cmpstr (golf_store_get_id (copied), ==, first_id);
  }

  other = g_build_filename (dir.dir, "other.db", NULL);
  {
    g_autoptr(GolfStore) another = golf_test_store_new (other);

    g_assert_cmpstr (golf_store_get_id (another), !=, first_id);
  }
  g_assert_null (golf_store_read_id (dir.dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/creates-database", test_store_creates_database);
  g_test_add_func ("/store/id", test_store_id);
  g_test_add_func ("/store/save-and-read-back", test_store_save_and_read_back);
  g_test_add_func ("/store/reimport-updates", test_store_reimport_updates);
  g_test_add_func ("/store/bulk-signals-once-per-session", test_store_bulk_signals_once_per_session);
  g_test_add_func ("/store/single-save-signal", test_store_single_save_signal);
  g_test_add_func ("/store/failed-save-leaves-nothing", test_store_failed_save_leaves_nothing);
  g_test_add_func ("/store/moved-shot-changes-both-sessions", test_store_moved_shot_changes_both_sessions);
  g_test_add_func ("/store/rejects-shot-without-ids", test_store_rejects_shot_without_ids);
  g_test_add_func ("/store/session-details", test_store_session_details);
  g_test_add_func ("/store/keeps-unusual-names", test_store_keeps_unusual_names);
  g_test_add_func ("/store/delete-and-restore", test_store_delete_and_restore);
  g_test_add_func ("/store/refuses-non-sqlite-file", test_store_refuses_non_sqlite_file);
  g_test_add_func ("/store/refuses-other-sqlite-database", test_store_refuses_other_sqlite_database);
  g_test_add_func ("/store/refuses-damaged-database", test_store_refuses_damaged_database);
  g_test_add_func ("/store/refuses-newer-schema", test_store_refuses_newer_schema);
  g_test_add_func ("/store/read-only-location", test_store_read_only_location);
  g_test_add_func ("/store/subprocess/read-only-location", test_store_read_only_location_child);
  g_test_add_func ("/store/read-only-file", test_store_read_only_file_keeps_data);
  g_test_add_func ("/store/subprocess/read-only-file", test_store_read_only_file_child);
  g_test_add_func ("/store/stale-sessions", test_store_stale_sessions);
  g_test_add_func ("/store/full-disk-keeps-data", test_store_full_disk_keeps_data);
  g_test_add_func ("/store/subprocess/full-disk", test_store_full_disk_child);
  g_test_add_func ("/store/file-system-full", test_store_file_system_full);
  g_test_add_func ("/store/subprocess/file-system-full", test_store_file_system_full_child);

  return g_test_run ();
}
