/* test-schema.c: databases written by an earlier Golf Lab, and files that
 * several programs create at once
 *
 * tests/data/schema-1.db was written by the first release (schema 1): the
 * four sample reports imported with its golf-lab-cli, one shot deleted, and
 * notes on session 440001.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "golf-metrics-worker.h"
#include "golf-test-util.h"

static char *
copy_old_database (GolfTestDir *dir)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "schema-1.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (dir->db_path, contents, length, &error);
  g_assert_no_error (error);

  return g_strdup (dir->db_path);
}

/* Every row of a query as one text, to compare a table before and after. */
static char *
dump_query (const char *db_path,
            const char *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s|", sqlite3_column_text (stmt, c) ? (const char *)sqlite3_column_text (stmt, c) : "NULL");
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define OLD_SHOT_COLUMNS \
  "session_id, id, seq, club, shot_type, ball_speed, club_speed, carry_distance," \
  " total_distance, club_path, face_angle, launch_angle, side_angle, dynamic_loft," \
  " attack_angle, side_spin, back_spin, impact_x, impact_y, side_distance, descent_angle," \
  " apex, flight_time, optix_x, optix_y, club_lie, lie_angle, archived_at"

static void
test_schema_migrates_first_release (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *shots_before = NULL, *shots_after = NULL;
  g_autofree char *stats_before = NULL, *stats_after = NULL;
  g_autofree char *clubs_before = NULL, *clubs_after = NULL;
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfMetricsWorker) worker = NULL;
  g_auto(GStrv) stale = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *session;
  GolfPlayer *me;

  golf_test_dir_init (&dir);
  path = copy_old_database (&dir);
  g_assert_cmpint (golf_test_query_int (path, "PRAGMA user_version"), ==, 1);

  shots_before = dump_query (path, "SELECT " OLD_SHOT_COLUMNS " FROM shots ORDER BY id");
  stats_before = dump_query (path, "SELECT * FROM session_stats ORDER BY session_id");
  clubs_before = dump_query (path, "SELECT * FROM club_stats ORDER BY session_id, club");

  store = golf_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (golf_test_query_int (path, "PRAGMA user_version"), ==, 3);

  /* Nothing lost, nothing changed, no metrics left to recompute. */
  shots_after = dump_query (path, "SELECT " OLD_SHOT_COLUMNS " FROM shots ORDER BY id");
  g_assert_cmpstr (shots_after, ==, shots_before);
  stale = golf_store_dup_stale_sessions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (stale), ==, 0);

  worker = golf_metrics_worker_new (store);
  golf_metrics_worker_flush (worker);
  g_assert_cmpint (golf_metrics_worker_backfill (worker, NULL, NULL, &error), ==, 4);
  g_assert_no_error (error);
  stats_after = dump_query (path, "SELECT session_id, session_date, session_type, shot_count,"
                                  " clubs_used, avg_carry, avg_total, avg_ball_speed, avg_club_speed,"
                                  " avg_smash, best_carry, avg_face_angle, std_face_angle,"
                                  " avg_club_path, std_club_path, avg_face_to_path, std_face_to_path,"
                                  " avg_strike_distance, std_strike_distance, '', revision"
                                  " FROM session_stats ORDER BY session_id");
  clubs_after = dump_query (path, "SELECT * FROM club_stats ORDER BY session_id, club");
  g_assert_cmpstr (clubs_after, ==, clubs_before);
  {
    /* The recomputed rows equal the old ones but for when they were computed. */
    g_auto(GStrv) before_rows = g_strsplit (stats_before, "\n", -1);
    g_auto(GStrv) after_rows = g_strsplit (stats_after, "\n", -1);

    g_assert_cmpuint (g_strv_length (before_rows), ==, g_strv_length (after_rows));
    for (guint i = 0; before_rows[i] != NULL && *before_rows[i] != '\0'; i++)
      {
        g_auto(GStrv) b = g_strsplit (before_rows[i], "|", -1);
        g_auto(GStrv) a = g_strsplit (after_rows[i], "|", -1);

        for (guint c = 0; c < 19; c++)
          g_assert_cmpstr (a[c], ==, b[c]);
      }
  }

  /* Every session now belongs to the default player, notes kept. */
  me = golf_store_find_player (store, NULL);
  g_assert_nonnull (me);
  g_assert_cmpstr (golf_player_get_name (me), ==, "Me");
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_players (store)), ==, 1);
  g_assert_cmpint (golf_test_query_int (path, "SELECT count(*) FROM sessions WHERE player_id = 1"), ==, 4);
  session = golf_store_find_session (store, "440001");
  g_assert_cmpint (golf_session_get_player_id (session), ==, 1);
  g_assert_cmpstr (golf_session_get_notes (session), ==, "Windy; focus on tempo");
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 59);

  /* The notes written under schema 1 carry no time: an edit keeps them in
   * the history, and tags and a verdict can be written on old shots. */
  g_assert_null (golf_session_get_notes_updated_at (session));
  g_assert_true (golf_store_set_session_notes (store, "440001", "Tempo fixed", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) history = golf_store_dup_notes_history (store, "440001", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (history->len, ==, 1);
    g_assert_cmpstr (((GolfNotesEdit *) history->pdata[0])->notes, ==, "Windy; focus on tempo");
    g_assert_null (((GolfNotesEdit *) history->pdata[0])->edited_at);
  }
  g_assert_true (golf_store_tag_shot (store, "440001_4400111_44000102", GOLF_TAG_MISHIT, "toe", &error));
  g_assert_no_error (error);
  g_assert_cmpint (golf_test_query_int (path, "SELECT set_aside FROM shots WHERE id = '440001_4400111_44000102'"),
                   ==, GOLF_SET_ASIDE_YES);
  g_assert_cmpint (golf_test_query_int (path, "SELECT annotated_at IS NOT NULL FROM shots"
                                              " WHERE id = '440001_4400111_44000102'"), ==, 1);

  /* The shot deleted under schema 1 can still be restored. */
  g_assert_true (golf_store_restore_shot (store, "440001_4400111_44000101", &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (worker);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 60);
}

/* The tables, columns, indexes and triggers of a file, as SQLite lists them. */
static char *
dump_schema (const char *path)
{
  return dump_query (path, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
}

/* A migrated file is the same as a new one: every step ran on both. */
static void
test_schema_migrated_equals_new (void)
{
  g_auto(GolfTestDir) old_dir = { 0 };
  g_auto(GolfTestDir) new_dir = { 0 };
  g_autofree char *old_path = NULL;
  g_autofree char *old_schema = NULL, *new_schema = NULL;
  g_autoptr(GolfStore) old_store = NULL;
  g_autoptr(GolfStore) new_store = NULL;

  golf_test_dir_init (&old_dir);
  golf_test_dir_init (&new_dir);
  old_path = copy_old_database (&old_dir);
  old_store = golf_test_store_new (old_path);
  new_store = golf_test_store_new (new_dir.db_path);

  old_schema = dump_schema (old_path);
  new_schema = dump_schema (new_dir.db_path);
  g_assert_cmpstr (old_schema, ==, new_schema);
  g_assert_nonnull (strstr (new_schema, "annotated_at TEXT"));
}

static void
test_schema_old_read_only_file_child (void)
{
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    return;

  golf_test_drop_root ();
  store = golf_store_new (g_getenv ("GOLF_TEST_OLD_DB"), &error);
  g_assert_null (store);
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_READ_ONLY);
}

/* An old file that cannot be written cannot be upgraded: it is refused
 * with a clear error and left as it was. */
static void
test_schema_old_read_only_file_is_left_alone (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len, after_len;

  golf_test_dir_init (&dir);
  path = copy_old_database (&dir);
  before = golf_test_read_file (path, &before_len);
  g_chmod (dir.dir, 0755);
  g_chmod (path, 0444);

  g_setenv ("GOLF_TEST_OLD_DB", path, TRUE);
  g_test_trap_subprocess ("/schema/subprocess/old-read-only-file", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  after = golf_test_read_file (path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpint (golf_test_query_int (path, "PRAGMA user_version"), ==, 1);
}

/* Four golf-lab-cli imports into a database that does not exist yet, all at
 * once: every one must succeed, and the file hold all four sessions. */
static void
test_schema_concurrent_creation (void)
{
  g_autofree char *samples = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", NULL);
  const char *reports[] = { "report-440001.json", "report-440002.json",
                            "report-440003.json", "report-440004.json" };
  guint rounds = g_test_slow () ? 200 : 50;

  for (guint round = 0; round < rounds; round++)
    {
      g_auto(GolfTestDir) dir = { 0 };
      GSubprocess *processes[G_N_ELEMENTS (reports)];

      golf_test_dir_init (&dir);
      for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
        {
          g_autofree char *report = g_build_filename (samples, reports[i], NULL);
          g_autoptr(GError) error = NULL;

          processes[i] = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                           &error, g_getenv ("GOLF_LAB_CLI"), "--db", dir.db_path,
                                           "import", report, NULL);
          g_assert_no_error (error);
        }

      for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
        {
          g_autofree char *err = NULL;
          g_autoptr(GError) error = NULL;

          g_subprocess_communicate_utf8 (processes[i], NULL, NULL, NULL, &err, &error);
          g_assert_no_error (error);
          if (g_subprocess_get_exit_status (processes[i]) != 0)
            g_error ("Round %u, import %u failed: %s", round, i, err);
          g_object_unref (processes[i]);
        }

      g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM sessions"), ==, 4);
      g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 360);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema/migrates-first-release", test_schema_migrates_first_release);
  g_test_add_func ("/schema/migrated-equals-new", test_schema_migrated_equals_new);
  g_test_add_func ("/schema/old-read-only-file-is-left-alone", test_schema_old_read_only_file_is_left_alone);
  g_test_add_func ("/schema/subprocess/old-read-only-file", test_schema_old_read_only_file_child);
  g_test_add_func ("/schema/concurrent-creation", test_schema_concurrent_creation);

  return g_test_run ();
}
