/* test-worker.c: metrics that stay current, from a write to a property
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "golf-test-util.h"

typedef GolfTestApp Fixture;

static double
stored_metric (Fixture    *f,
               const char *session_id,
               GolfMetric  metric)
{
  double values[GOLF_N_METRICS];
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_store_read_metrics (f->store, session_id, values, &error));
  g_assert_no_error (error);

  return values[metric];
}

/* The original's first case: the stats are computed and really persisted. */
static void
test_worker_stats_computed_and_stored (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfStore) reopened = NULL;
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(GError) error = NULL;
  GolfShot *shot;

  shot = golf_test_shot ("s_1", "s", "Driver", 200.0, 60.0, 40.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 2.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, 3.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, 4.0);
  g_ptr_array_add (shots, shot);
  shot = golf_test_shot ("s_2", "s", "7 Iron", 150.0, 50.0, 37.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, -2.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, 1.0);
  g_ptr_array_add (shots, shot);
  /* Missing values stay out of the means, they are not zeros. */
  g_ptr_array_add (shots, golf_test_shot ("s_3", "s", "Driver", NAN, NAN, NAN));

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);

  /* Read back from the file by a store that computed nothing itself. */
  reopened = golf_test_store_new (f->dir.db_path);
  metrics = golf_store_dup_metrics (reopened, "s", &error);
  g_assert_no_error (error);
  g_assert_nonnull (metrics);
  g_assert_cmpuint (golf_session_metrics_get_shot_count (metrics), ==, 3);
  g_assert_cmpstr (golf_session_metrics_get_clubs_used (metrics), ==, "7 Iron, Driver");
  g_assert_cmpfloat_with_epsilon (golf_session_metrics_get (metrics, GOLF_METRIC_AVG_CARRY), 175.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_session_metrics_get (metrics, GOLF_METRIC_BEST_CARRY), 200.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_session_metrics_get (metrics, GOLF_METRIC_AVG_SMASH),
                                  (60.0 / 40.0 + 50.0 / 37.0) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_session_metrics_get (metrics, GOLF_METRIC_AVG_FACE_TO_PATH), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_session_metrics_get (metrics, GOLF_METRIC_STD_FACE_TO_PATH),
                                  sqrt (18.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_session_metrics_get (metrics, GOLF_METRIC_AVG_STRIKE_DISTANCE), 5.0, 1e-9);
  g_assert_true (isnan (golf_session_metrics_get (metrics, GOLF_METRIC_STD_STRIKE_DISTANCE)));
  g_assert_true (isnan (golf_session_metrics_get (metrics, GOLF_METRIC_AVG_TOTAL)));

  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM session_stats"), ==, 1);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM club_stats WHERE session_id = 's'"), ==, 2);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT avg_total IS NULL FROM session_stats"), ==, 1);
}

/* The original's second case: the row has every field, with the column names promised. */
static void
test_worker_row_has_all_fields (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "PW", 4, 100.0);
  g_autoptr(GolfSession) session = golf_session_new ("s");
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  golf_session_set_date (session, "2026-05-01");
  golf_session_set_session_type (session, "practice");
  g_assert_true (golf_store_save_shots (f->store, session, shots, &error));
  golf_metrics_worker_flush (f->worker);

  g_assert_cmpint (sqlite3_open_v2 (f->dir.db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT * FROM session_stats", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  for (guint i = 0; i < G_N_ELEMENTS (golf_test_session_stats_columns); i++)
    {
      g_assert_cmpstr (sqlite3_column_name (stmt, i), ==, golf_test_session_stats_columns[i]);
      g_assert_cmpint (sqlite3_column_type (stmt, i), !=, SQLITE_NULL);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  for (guint m = 0; m < GOLF_N_METRICS; m++)
    g_assert_cmpstr (golf_metric_get_name (m), ==, golf_test_session_stats_columns[5 + m]);
}

typedef struct
{
  GMainLoop *loop;
  guint      n_notifies;
} NotifyWait;

static void
on_avg_carry_notify_cb (GObject    *object,
                        GParamSpec *pspec,
                        NotifyWait *wait)
{
  wait->n_notifies++;
  g_main_loop_quit (wait->loop);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_assert_not_reached ();
  return G_SOURCE_REMOVE;
}

/* The original's third case, and the whole path: shot-changed -> worker
 * thread -> main thread -> property notification, with a real main loop. */
static void
test_worker_updates_property_after_add (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 10, 200.0);
  g_autoptr(GolfShot) extra = golf_test_shot ("s_extra", "s", "Driver", 320.0, 80.0, 52.0);
  g_autoptr(GError) error = NULL;
  NotifyWait wait = { g_main_loop_new (NULL, FALSE), 0 };
  GolfSession *session;
  guint timeout_id;
  double before;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");
  g_assert_nonnull (session);
  before = golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY);
  g_assert_cmpfloat_with_epsilon (before, 204.5, 1e-9);
  g_assert_false (golf_session_get_metrics_stale (session));

  g_signal_connect (session, "notify::avg-carry", G_CALLBACK (on_avg_carry_notify_cb), &wait);
  g_assert_true (golf_store_save_shot (f->store, extra, &error));
  g_assert_no_error (error);
  g_assert_true (golf_session_get_metrics_stale (session));

  timeout_id = g_timeout_add_seconds (10, timeout_cb, NULL);
  g_main_loop_run (wait.loop);
  g_source_remove (timeout_id);

  g_assert_cmpuint (wait.n_notifies, ==, 1);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY),
                                  (204.5 * 10 + 320.0) / 11, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 320.0, 1e-9);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 11);
  g_assert_false (golf_session_get_metrics_stale (session));
  g_assert_cmpfloat_with_epsilon (stored_metric (f, "s", GOLF_METRIC_BEST_CARRY), 320.0, 1e-9);

  g_main_loop_unref (wait.loop);
}

static gboolean
busy_redraw_cb (gpointer user_data)
{
  guint *n_frames = user_data;

  (*n_frames)++;
  return G_SOURCE_CONTINUE;
}

/* A window that repaints without pause (a spinner under software GL takes
 * longer than a frame to draw) runs its frame clock at GDK's redraw
 * priority all the time: recomputes must still start, or the session would
 * say "updating" for ever. */
static void
test_worker_runs_while_window_repaints (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 10, 200.0);
  g_autoptr(GolfShot) extra = golf_test_shot ("s_extra", "s", "Driver", 320.0, 80.0, 52.0);
  g_autoptr(GError) error = NULL;
  NotifyWait wait = { g_main_loop_new (NULL, FALSE), 0 };
  GSource *redraw = g_idle_source_new ();
  GolfSession *session;
  guint n_frames = 0;
  guint timeout_id;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");

  /* GDK_PRIORITY_REDRAW, without needing GDK here. */
  g_source_set_priority (redraw, G_PRIORITY_HIGH_IDLE + 20);
  g_source_set_callback (redraw, busy_redraw_cb, &n_frames, NULL);
  g_source_attach (redraw, NULL);

  /* The window is already repainting when the shot arrives. */
  while (n_frames < 3)
    g_main_context_iteration (NULL, TRUE);

  g_signal_connect (session, "notify::avg-carry", G_CALLBACK (on_avg_carry_notify_cb), &wait);
  g_assert_true (golf_store_save_shot (f->store, extra, &error));
  g_assert_no_error (error);

  timeout_id = g_timeout_add_seconds (10, timeout_cb, NULL);
  g_main_loop_run (wait.loop);
  g_source_remove (timeout_id);
  g_source_destroy (redraw);
  g_source_unref (redraw);

  g_assert_cmpuint (wait.n_notifies, ==, 1);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 11);
  g_assert_false (golf_session_get_metrics_stale (session));
  g_main_loop_unref (wait.loop);
}

static void
clear_stats_behind_the_store (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);

  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM club_stats; DELETE FROM session_stats",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
count_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (total, ==, 3);
  (*calls)++;
}

/* The original's fourth case: backfill of three sessions. */
static void
test_worker_backfill_three_sessions (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "a", "b", "c" };
  guint progress_calls = 0;
  gint n;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GPtrArray) shots = golf_test_shots (ids[i], "7 Iron", 5 + i, 140.0 + 10 * i);
      golf_test_save_shots (f->store, shots);
    }
  golf_metrics_worker_flush (f->worker);
  clear_stats_behind_the_store (f->dir.db_path);
  g_assert_false (golf_store_read_metrics (f->store, "b", (double[GOLF_N_METRICS]){ 0 }, &error));

  n = golf_metrics_worker_backfill (f->worker, count_progress_cb, &progress_calls, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 3);
  g_assert_cmpuint (progress_calls, ==, 3);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM session_stats"), ==, 3);
  g_assert_cmpfloat_with_epsilon (stored_metric (f, "b", GOLF_METRIC_AVG_CARRY), 150.0 + 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (stored_metric (f, "c", GOLF_METRIC_BEST_CARRY), 160.0 + 6, 1e-9);
}

/* The original's fifth case: metrics follow a delete (and its undo). */
static void
test_worker_update_after_delete (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 3, 200.0);
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 202.0, 1e-9);

  g_assert_true (golf_store_delete_shot (f->store, "s_Driver_2", &error));
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 201.0, 1e-9);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 2);
  g_assert_cmpfloat_with_epsilon (stored_metric (f, "s", GOLF_METRIC_AVG_CARRY), 200.5, 1e-9);

  g_assert_true (golf_store_restore_shot (f->store, "s_Driver_2", &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpfloat_with_epsilon (stored_metric (f, "s", GOLF_METRIC_BEST_CARRY), 202.0, 1e-9);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 3);
}

/* The original's sixth case: no shots left, no metrics rows left. */
static void
test_worker_metrics_deleted_when_no_shots (Fixture       *f,
                                           gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "PW", 2, 90.0);
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM club_stats"), ==, 1);

  g_assert_true (golf_store_delete_shot (f->store, "s_PW_0", &error));
  g_assert_true (golf_store_delete_shot (f->store, "s_PW_1", &error));
  golf_metrics_worker_flush (f->worker);

  metrics = golf_store_dup_metrics (f->store, "s", &error);
  g_assert_no_error (error);
  g_assert_null (metrics);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM session_stats"), ==, 0);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM club_stats"), ==, 0);

  session = golf_store_find_session (f->store, "s");
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 0);
  g_assert_true (isnan (golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY)));
}

/* Thousands of single saves without the loop running cost one recompute
 * per session, not one per shot. */
static void
test_worker_coalesces_bursts (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 2000, 150.0);
  g_autoptr(GError) error = NULL;
  guint before;

  for (guint i = 0; i < shots->len; i++)
    {
      g_assert_true (golf_store_save_shot (f->store, g_ptr_array_index (shots, i), &error));
      /* Let a recompute start mid-burst now and then, as a busy app would. */
      if (i == shots->len / 2)
        g_main_context_iteration (NULL, FALSE);
    }
  golf_metrics_worker_flush (f->worker);

  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker), >=, 1);
  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker), <=, 2);
  g_assert_cmpfloat_with_epsilon (stored_metric (f, "s", GOLF_METRIC_AVG_CARRY), 150.0 + 999.5, 1e-9);

  /* A bulk save of 20 sessions: one recompute each. */
  before = golf_metrics_worker_get_n_recomputes (f->worker);
  for (guint s = 0; s < 20; s++)
    {
      g_autofree char *id = g_strdup_printf ("bulk%u", s);
      g_autoptr(GPtrArray) more = golf_test_shots (id, "PW", 250, 90.0);
      golf_test_save_shots (f->store, more);
    }
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker) - before, ==, 20);
}

/* The worker's threads read and write on their own connections while the
 * main thread keeps writing; the end state matches a direct computation. */
static void
test_worker_own_connection_while_writing (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfSessionMetrics) expected = NULL;
  g_autoptr(GolfSessionMetrics) stored = NULL;
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < 30; round++)
    {
      g_autofree char *club = g_strdup_printf ("club%u", round % 4);
      g_autoptr(GPtrArray) shots = golf_test_shots ("s", club, 40, 100.0 + round);

      for (guint i = 0; i < shots->len; i++)
        g_object_set_data (g_ptr_array_index (shots, i), "round", GUINT_TO_POINTER (round));
      golf_test_save_shots (f->store, shots);
      /* Let the worker start while more writes come. */
      for (guint i = 0; i < 3; i++)
        g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
  golf_metrics_worker_flush (f->worker);

  {
    g_autoptr(GListModel) listed = golf_store_list_shots (f->store, "s", &error);
    for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
      g_ptr_array_add (all, g_list_model_get_item (listed, i));
  }
  expected = golf_session_metrics_compute_shots (all);
  stored = golf_store_dup_metrics (f->store, "s", &error);
  g_assert_no_error (error);
  golf_test_assert_metrics_close (expected, stored);
  golf_test_assert_metrics_close (expected, golf_session_get_metrics (golf_store_find_session (f->store, "s")));
}

/* Single-shot changes update the worker's kept snapshot in place; after any
 * mix of them the metrics equal a computation from scratch. */
static void
test_worker_partial_updates_match_full (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "7 Iron", 300, 120.0);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GError) error = NULL;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);

  for (guint step = 0; step < 400; step++)
    {
      guint pick = g_rand_int_range (rand, 0, 330);
      g_autofree char *id = g_strdup_printf ("s_7 Iron_%u", pick);
      guint action = g_rand_int_range (rand, 0, 4);

      if (action == 0)
        {
          /* An edit, or a new shot when the id is past the first 300. */
          g_autoptr(GolfShot) shot = golf_test_shot (id, "s", pick % 2 ? "7 Iron" : "8 Iron",
                                                     g_rand_double_range (rand, 100, 180), 50, 37);
          g_assert_true (golf_store_save_shot (f->store, shot, &error));
        }
      else if (action == 1)
        golf_store_delete_shot (f->store, id, NULL);
      else if (action == 2)
        golf_store_restore_shot (f->store, id, NULL);
      else if (g_rand_boolean (rand))
        golf_metrics_worker_flush (f->worker);
      else
        g_main_context_iteration (NULL, FALSE);
    }
  golf_metrics_worker_flush (f->worker);

  golf_test_assert_session_matches_shots (f->store, "s");
}

/* A delete moves the last row of the kept snapshot into the hole; a later
 * edit of that moved shot must find it there. */
static void
test_worker_partial_update_after_delete (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "PW", 10, 100.0);
  g_autoptr(GolfShot) edited = golf_test_shot ("s_PW_9", "s", "PW", 140.0, 45, 38);
  g_autoptr(GError) error = NULL;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);
  g_assert_true (golf_store_delete_shot (f->store, "s_PW_0", &error));
  golf_metrics_worker_flush (f->worker);
  g_assert_true (golf_store_save_shot (f->store, edited, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);

  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (golf_store_find_session (f->store, "s"),
                                                           GOLF_METRIC_BEST_CARRY), 140.0, 1e-9);
  golf_test_assert_session_matches_shots (f->store, "s");
}

static void
replace_string (char       **slot,
                  const char  *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

static gboolean expect_failure_log;
static char *logged_session_id;
static char *logged_message;

/* Takes the worker's structured warning when a test expects it. */
static GLogWriterOutput
capture_log_writer (GLogLevelFlags   log_level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  const char *domain = golf_test_log_field (fields, n_fields, "GLIB_DOMAIN");
  const char *session_id = golf_test_log_field (fields, n_fields, "GOLF_SESSION_ID");
  const char *message = golf_test_log_field (fields, n_fields, "MESSAGE");

  if (expect_failure_log && (log_level & G_LOG_LEVEL_WARNING) &&
      g_strcmp0 (domain, "golf-metrics") == 0 && session_id != NULL)
    {
      replace_string (&logged_session_id, session_id);
      replace_string (&logged_message, message);
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
refuse_stats_writes (const char *db_path,
                     gboolean    refuse)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, refuse ? "CREATE TRIGGER refuse BEFORE INSERT ON session_stats"
                                              " BEGIN SELECT RAISE (ABORT, 'statistics are locked'); END"
                                            : "DROP TRIGGER refuse",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* A recompute that fails is logged with the session id; the write that
 * caused it stands. The session is not pending any more, but not current
 * either: it says why until a recompute succeeds, its own or, seen on
 * refresh, another program's. */
static void
test_worker_failure_is_logged_not_fatal (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 5, 200.0);
  g_autoptr(GolfShot) extra = golf_test_shot ("s_extra", "s", "Driver", 250.0, 70.0, 47.0);
  g_autoptr(GError) error = NULL;
  GolfSession *session;
  guint n_error_notifies = 0;
  guint recomputes;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");
  g_assert_null (golf_session_get_metrics_error (session));
  g_signal_connect (session, "notify::metrics-error", G_CALLBACK (count_notify_cb), &n_error_notifies);

  /* Another program makes the statistics table refuse writes. */
  refuse_stats_writes (f->dir.db_path, TRUE);
  expect_failure_log = TRUE;
  g_assert_true (golf_store_save_shot (f->store, extra, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  expect_failure_log = FALSE;
  g_assert_cmpstr (logged_session_id, ==, "s");
  g_assert_nonnull (strstr (logged_message, "statistics are locked"));

  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots"), ==, 6);
  g_assert_false (golf_session_get_metrics_stale (session));
  g_assert_nonnull (golf_session_get_metrics_error (session));
  g_assert_nonnull (strstr (golf_session_get_metrics_error (session), "statistics are locked"));
  g_assert_cmpuint (n_error_notifies, ==, 1);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 5);

  /* Once the table accepts writes again, the next change heals the metrics. */
  refuse_stats_writes (f->dir.db_path, FALSE);
  g_assert_true (golf_store_delete_shot (f->store, "s_Driver_0", &error));
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpfloat_with_epsilon (stored_metric (f, "s", GOLF_METRIC_BEST_CARRY), 250.0, 1e-9);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 5);
  g_assert_null (golf_session_get_metrics_error (session));
  g_assert_cmpuint (n_error_notifies, ==, 2);

  /* Fails again; then another program's recompute, seen on refresh, heals it. */
  refuse_stats_writes (f->dir.db_path, TRUE);
  expect_failure_log = TRUE;
  g_assert_true (golf_store_delete_shot (f->store, "s_Driver_1", &error));
  golf_metrics_worker_flush (f->worker);
  expect_failure_log = FALSE;
  g_assert_nonnull (golf_session_get_metrics_error (session));
  refuse_stats_writes (f->dir.db_path, FALSE);
  {
    g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);
    g_autoptr(GolfMetricsWorker) cli_worker = golf_metrics_worker_new (cli);
    g_autoptr(GolfShot) more = golf_test_shot ("s_more", "s", "Driver", 180.0, 60.0, 44.0);

    g_assert_true (golf_store_save_shot (cli, more, &error));
    golf_metrics_worker_flush (cli_worker);
  }
  recomputes = golf_metrics_worker_get_n_recomputes (f->worker);
  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker), ==, recomputes);
  g_assert_null (golf_session_get_metrics_error (session));
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 5);

  g_signal_handlers_disconnect_by_data (session, &n_error_notifies);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (capture_log_writer, NULL, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, golf_test_app_set_up, func, golf_test_app_tear_down)

  ADD ("/worker/original/stats-computed-and-stored", test_worker_stats_computed_and_stored);
  ADD ("/worker/original/row-has-all-fields", test_worker_row_has_all_fields);
  ADD ("/worker/original/updates-property-after-add", test_worker_updates_property_after_add);
  ADD ("/worker/original/backfill-three-sessions", test_worker_backfill_three_sessions);
  ADD ("/worker/original/update-after-delete", test_worker_update_after_delete);
  ADD ("/worker/original/metrics-deleted-when-no-shots", test_worker_metrics_deleted_when_no_shots);
  ADD ("/worker/coalesces-bursts", test_worker_coalesces_bursts);
  ADD ("/worker/runs-while-window-repaints", test_worker_runs_while_window_repaints);
  ADD ("/worker/own-connection-while-writing", test_worker_own_connection_while_writing);
  ADD ("/worker/partial-updates-match-full", test_worker_partial_updates_match_full);
  ADD ("/worker/partial-update-after-delete", test_worker_partial_update_after_delete);
  ADD ("/worker/failure-is-logged-not-fatal", test_worker_failure_is_logged_not_fatal);
#undef ADD

  return g_test_run ();
}
