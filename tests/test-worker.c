/* test-worker.c: metrics that stay current, from a write to a property
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <sqlite3.h>
#include <unistd.h>

#include "golf-metrics-worker-private.h"
#include "golf-session-metrics.h"
#include "golf-test-util.h"

typedef struct
{
  GolfTestDir        dir;
  GolfStore         *store;
  GolfMetricsWorker *worker;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  golf_test_dir_init (&f->dir);
  f->store = golf_test_store_new (f->dir.db_path);
  f->worker = golf_metrics_worker_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->worker);
  g_clear_object (&f->store);
  golf_test_dir_clear (&f->dir);
}

static void
save (Fixture   *f,
      GPtrArray *shots)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_store_save_shots (f->store, NULL, shots, &error));
  g_assert_no_error (error);
}

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

  save (f, shots);
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

  save (f, shots);
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
      save (f, shots);
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

  save (f, shots);
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

  save (f, shots);
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
      save (f, more);
    }
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker) - before, ==, 20);
}

/* Sums in another row order differ in the last bits only. */
static void
assert_metrics_close (GolfSessionMetrics *expected,
                      GolfSessionMetrics *actual)
{
  g_assert_nonnull (actual);
  g_assert_cmpuint (golf_session_metrics_get_shot_count (actual), ==,
                    golf_session_metrics_get_shot_count (expected));
  g_assert_cmpstr (golf_session_metrics_get_clubs_used (actual), ==,
                   golf_session_metrics_get_clubs_used (expected));
  g_assert_cmpuint (golf_session_metrics_get_club_stats (actual)->len, ==,
                    golf_session_metrics_get_club_stats (expected)->len);
  for (guint m = 0; m < GOLF_N_METRICS; m++)
    {
      double e = golf_session_metrics_get (expected, m);
      double a = golf_session_metrics_get (actual, m);

      g_assert_cmpint (isnan (e), ==, isnan (a));
      if (!isnan (e))
        g_assert_cmpfloat_with_epsilon (a, e, 1e-9 * MAX (1.0, fabs (e)));
    }
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
      save (f, shots);
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
  assert_metrics_close (expected, stored);
  assert_metrics_close (expected, golf_session_get_metrics (golf_store_find_session (f->store, "s")));
}

static void
assert_session_matches_shots (Fixture    *f,
                              const char *session_id)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GolfSessionMetrics) expected = NULL;
  g_autoptr(GolfSessionMetrics) stored = NULL;
  g_autoptr(GError) error = NULL;

  listed = golf_store_list_shots (f->store, session_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    g_ptr_array_add (all, g_list_model_get_item (listed, i));

  expected = golf_session_metrics_compute_shots (all);
  stored = golf_store_dup_metrics (f->store, session_id, &error);
  g_assert_no_error (error);
  assert_metrics_close (expected, stored);
  assert_metrics_close (expected, golf_session_get_metrics (golf_store_find_session (f->store, session_id)));
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

  save (f, shots);
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

  assert_session_matches_shots (f, "s");
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

  save (f, shots);
  golf_metrics_worker_flush (f->worker);
  g_assert_true (golf_store_delete_shot (f->store, "s_PW_0", &error));
  golf_metrics_worker_flush (f->worker);
  g_assert_true (golf_store_save_shot (f->store, edited, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);

  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (golf_store_find_session (f->store, "s"),
                                                           GOLF_METRIC_BEST_CARRY), 140.0, 1e-9);
  assert_session_matches_shots (f, "s");
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
  const char *domain = NULL, *session_id = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "GOLF_SESSION_ID"))
        session_id = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

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

  save (f, shots);
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

static GMutex pool_lock;
static GCond pool_cond;
static gboolean pool_released;
static guint pool_blocked;

static void
block_pool_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  g_mutex_lock (&pool_lock);
  pool_blocked++;
  g_cond_broadcast (&pool_cond);
  while (!pool_released)
    g_cond_wait (&pool_cond, &pool_lock);
  g_mutex_unlock (&pool_lock);
  g_task_return_boolean (task, TRUE);
}

typedef struct
{
  GolfStore *other;
  gboolean   done;
} OtherWriter;

static void
on_metrics_delete_elsewhere_cb (GolfSession *session,
                                GParamSpec  *pspec,
                                OtherWriter *writer)
{
  g_autoptr(GError) error = NULL;

  if (writer->done)
    return;

  writer->done = TRUE;
  g_assert_true (golf_store_delete_shot (writer->other, "s_3", &error));
  g_assert_no_error (error);
}

/* A change saved while a recompute waits may already be in its snapshot;
 * a write by another program (the CLI) then must not make the next
 * partial update look complete. */
static void
test_worker_other_connection_during_recompute (Fixture       *f,
                                               gconstpointer  data)
{
  g_autoptr(GolfStore) other = golf_test_store_new (f->dir.db_path);
  OtherWriter writer = { other, FALSE };
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("s_%u", i);
      g_autoptr(GolfShot) shot = golf_test_shot (id, "s", "Driver", 100.0 * i, 60, 40);

      g_assert_true (golf_store_save_shot (f->store, shot, &error));
    }
  golf_metrics_worker_flush (f->worker);

  /* Hold the thread pool so the next recompute waits in its queue. */
  pool_released = FALSE;
  pool_blocked = 0;
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);
      g_task_run_in_thread (task, block_pool_thread);
    }
  g_mutex_lock (&pool_lock);
  while (pool_blocked < 10)
    g_cond_wait (&pool_cond, &pool_lock);
  g_mutex_unlock (&pool_lock);

  {
    g_autoptr(GolfShot) first = golf_test_shot ("s_1", "s", "Driver", 111.0, 60, 40);
    g_autoptr(GolfShot) second = golf_test_shot ("s_2", "s", "Driver", 222.0, 60, 40);

    g_assert_true (golf_store_save_shot (f->store, first, &error));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_true (golf_store_save_shot (f->store, second, &error));
  }

  session = golf_store_find_session (f->store, "s");
  g_signal_connect (session, "notify::metrics", G_CALLBACK (on_metrics_delete_elsewhere_cb), &writer);
  g_mutex_lock (&pool_lock);
  pool_released = TRUE;
  g_cond_broadcast (&pool_cond);
  g_mutex_unlock (&pool_lock);
  golf_metrics_worker_flush (f->worker);
  g_signal_handlers_disconnect_by_data (session, &writer);
  g_assert_true (writer.done);

  /* The app heard nothing of the other program's delete; a later change of
   * its own must still bring the whole truth in. */
  {
    g_autoptr(GolfShot) again = golf_test_shot ("s_2", "s", "Driver", 222.0, 66, 40);

    g_assert_true (golf_store_save_shot (f->store, again, &error));
  }
  golf_metrics_worker_flush (f->worker);

  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 2);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY), 166.5, 1e-9);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT shot_count FROM session_stats"), ==, 2);
  assert_session_matches_shots (f, "s");
}

/* What another program (golf-lab-cli) writes reaches a running app's
 * sessions: stored metrics when that program computed them, a recompute
 * when it did not. */
static void
test_worker_refresh_sees_other_program (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GPtrArray) first = golf_test_shots ("s1", "Driver", 3, 200.0);
  g_autoptr(GError) error = NULL;
  GolfSession *s1, *s2;
  guint recomputes;

  save (f, first);
  golf_metrics_worker_flush (f->worker);
  g_assert_true (golf_store_refresh (f->store, &error));
  recomputes = golf_metrics_worker_get_n_recomputes (f->worker);

  /* Nothing changed elsewhere: refreshing does nothing. */
  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->store)), ==, 1);

  {
    g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);
    g_autoptr(GolfMetricsWorker) cli_worker = golf_metrics_worker_new (cli);
    g_autoptr(GPtrArray) more = golf_test_shots ("s1", "PW", 2, 100.0);
    g_autoptr(GPtrArray) other = golf_test_shots ("s2", "7 Iron", 4, 150.0);

    g_assert_true (golf_store_save_shots (cli, NULL, more, &error));
    g_assert_true (golf_store_save_shots (cli, NULL, other, &error));
    golf_metrics_worker_flush (cli_worker);
  }

  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  s1 = golf_store_find_session (f->store, "s1");
  s2 = golf_store_find_session (f->store, "s2");
  g_assert_nonnull (s2);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->store)), ==, 2);
  g_assert_cmpuint (golf_session_get_shot_count (s1), ==, 5);
  g_assert_cmpuint (golf_session_get_shot_count (s2), ==, 4);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (s2, GOLF_METRIC_AVG_CARRY), 151.5, 1e-9);
  /* The other program stored current metrics: nothing to recompute here. */
  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker), ==, recomputes);

  /* A program that stopped before its recompute: this one does it. */
  {
    g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);
    g_autoptr(GolfShot) shot = golf_test_shot ("s2_far", "s2", "7 Iron", 190.0, 55, 40);

    g_assert_true (golf_store_save_shot (cli, shot, &error));
  }
  g_assert_true (golf_store_refresh (f->store, &error));
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker), ==, recomputes + 1);
  g_assert_cmpuint (golf_session_get_shot_count (s2), ==, 5);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (s2, GOLF_METRIC_BEST_CARRY), 190.0, 1e-9);

  /* This process's own writes are not mistaken for another program's. */
  {
    g_autoptr(GolfShot) own = golf_test_shot ("s1_own", "s1", "Driver", 250.0, 70, 47);

    g_assert_true (golf_store_save_shot (f->store, own, &error));
  }
  golf_metrics_worker_flush (f->worker);
  recomputes = golf_metrics_worker_get_n_recomputes (f->worker);
  g_assert_true (golf_store_refresh (f->store, &error));
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_metrics_worker_get_n_recomputes (f->worker), ==, recomputes);
}

/* Another program edits one shot and deletes another; the app, which has
 * not looked (no refresh), then saves one shot of its own. The worker's
 * kept snapshot cannot be patched with that one shot: the revision says
 * more changed, so the metrics equal a computation from scratch. */
static void
test_worker_partial_update_after_other_program (Fixture       *f,
                                                gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 5, 200.0);
  g_autoptr(GolfShot) own = golf_test_shot ("s_own", "s", "Driver", 150.0, 50, 40);
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  save (f, shots);
  golf_metrics_worker_flush (f->worker);

  {
    g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);
    g_autoptr(GolfShot) edited = golf_test_shot ("s_Driver_0", "s", "Driver", 290.0, 70, 47);

    g_assert_true (golf_store_save_shot (cli, edited, &error));
    g_assert_true (golf_store_delete_shot (cli, "s_Driver_1", &error));
    g_assert_no_error (error);
  }

  g_assert_true (golf_store_save_shot (f->store, own, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);

  session = golf_store_find_session (f->store, "s");
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 5);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 290.0, 1e-9);
  assert_session_matches_shots (f, "s");
}

/* Holds the first recompute after it read its snapshot, so the test can
 * change the session under it; later ones note what was stored then. */
typedef struct
{
  GMutex      lock;
  GCond       cond;
  const char *db_path;
  guint       n_calls;
  gboolean    paused;
  gboolean    released;
  gint64      stored_count_at_second_call;
} Gate;

static void
gate_hook (const char *session_id,
           gpointer    user_data)
{
  Gate *gate = user_data;

  g_mutex_lock (&gate->lock);
  if (gate->n_calls++ == 0)
    {
      gate->paused = TRUE;
      g_cond_broadcast (&gate->cond);
      g_main_context_wakeup (NULL);
      while (!gate->released)
        g_cond_wait (&gate->cond, &gate->lock);
    }
  else if (gate->n_calls == 2)
    {
      gate->stored_count_at_second_call =
        golf_test_query_int (gate->db_path, "SELECT shot_count FROM session_stats");
    }
  g_mutex_unlock (&gate->lock);
}

static gboolean
gate_is_paused (Gate *gate)
{
  gboolean paused;

  g_mutex_lock (&gate->lock);
  paused = gate->paused;
  g_mutex_unlock (&gate->lock);

  return paused;
}

static void
on_shot_count_notify_cb (GolfSession *session,
                         GParamSpec  *pspec,
                         GArray      *seen)
{
  guint count = golf_session_get_shot_count (session);

  g_array_append_val (seen, count);
}

/* Another program changes the session while a recompute is between its
 * read and its write: that recompute's result is out of date, so it is
 * neither stored nor shown, and the session is computed again. */
static void
test_worker_superseded_result_dropped (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 4, 200.0);
  g_autoptr(GolfShot) own = golf_test_shot ("s_own", "s", "Driver", 150.0, 50, 40);
  g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  Gate gate = { .db_path = f->dir.db_path };
  GolfSession *session;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  save (f, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");
  g_signal_connect (session, "notify::shot-count", G_CALLBACK (on_shot_count_notify_cb), seen);
  _golf_metrics_worker_set_test_hook (f->worker, gate_hook, &gate);

  /* The app saves a fifth shot; its recompute stops after reading five. */
  g_assert_true (golf_store_save_shot (f->store, own, &error));
  while (!gate_is_paused (&gate))
    g_main_context_iteration (NULL, TRUE);

  {
    g_autoptr(GolfShot) far = golf_test_shot ("s_far", "s", "Driver", 260.0, 70, 47);

    g_assert_true (golf_store_save_shot (cli, far, &error));
    g_assert_no_error (error);
  }

  g_mutex_lock (&gate.lock);
  gate.released = TRUE;
  g_cond_broadcast (&gate.cond);
  g_mutex_unlock (&gate.lock);
  golf_metrics_worker_flush (f->worker);
  g_signal_handlers_disconnect_by_data (session, seen);
  _golf_metrics_worker_set_test_hook (f->worker, NULL, NULL);

  /* Read again once, and nothing of the five-shot result got out. */
  g_assert_cmpuint (gate.n_calls, ==, 2);
  g_assert_cmpint (gate.stored_count_at_second_call, ==, 4);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpuint (g_array_index (seen, guint, 0), ==, 6);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 6);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 260.0, 1e-9);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT shot_count FROM session_stats"), ==, 6);
  assert_session_matches_shots (f, "s");

  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
}

static void
on_stale_notify_cb (GolfSession *session,
                    GParamSpec  *pspec,
                    GArray      *counts_when_current)
{
  guint count = golf_session_get_shot_count (session);

  if (!golf_session_get_metrics_stale (session))
    g_array_append_val (counts_when_current, count);
}

/* The app saves again while a recompute runs: the session stays stale
 * until the recompute that includes that save has finished. */
static void
test_worker_stale_until_last_recompute (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 4, 200.0);
  g_autoptr(GolfShot) fifth = golf_test_shot ("s_5", "s", "Driver", 150.0, 50, 40);
  g_autoptr(GolfShot) sixth = golf_test_shot ("s_6", "s", "Driver", 260.0, 70, 47);
  g_autoptr(GArray) counts_when_current = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  Gate gate = { .db_path = f->dir.db_path };
  GolfSession *session;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  save (f, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");
  g_signal_connect (session, "notify::metrics-stale", G_CALLBACK (on_stale_notify_cb), counts_when_current);
  _golf_metrics_worker_set_test_hook (f->worker, gate_hook, &gate);

  g_assert_true (golf_store_save_shot (f->store, fifth, &error));
  while (!gate_is_paused (&gate))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (golf_store_save_shot (f->store, sixth, &error));
  g_assert_no_error (error);

  g_mutex_lock (&gate.lock);
  gate.released = TRUE;
  g_cond_broadcast (&gate.cond);
  g_mutex_unlock (&gate.lock);
  golf_metrics_worker_flush (f->worker);
  g_signal_handlers_disconnect_by_data (session, counts_when_current);
  _golf_metrics_worker_set_test_hook (f->worker, NULL, NULL);

  g_assert_cmpuint (gate.n_calls, ==, 2);
  g_assert_cmpuint (counts_when_current->len, ==, 1);
  g_assert_cmpuint (g_array_index (counts_when_current, guint, 0), ==, 6);
  g_assert_false (golf_session_get_metrics_stale (session));
  assert_session_matches_shots (f, "s");

  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
}

static void
on_told_cb (GolfStore      *store,
            const char     *session_id,
            const char     *shot_id,
            GolfChangeKind  kind,
            GPtrArray      *told)
{
  g_ptr_array_add (told, g_strdup (session_id));
}

/* The app's own writes are not another program's: a refresh while its own
 * recompute is still to come tells only of the other program's session. */
static void
test_worker_refresh_tells_only_of_others (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("mine", "Driver", 3, 200.0);
  g_autoptr(GolfShot) own = golf_test_shot ("mine_new", "mine", "Driver", 230.0, 70, 47);
  g_autoptr(GPtrArray) told = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  save (f, shots);
  golf_metrics_worker_flush (f->worker);
  g_assert_true (golf_store_refresh (f->store, &error));

  g_assert_true (golf_store_save_shot (f->store, own, &error));
  {
    g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);
    g_autoptr(GPtrArray) theirs = golf_test_shots ("theirs", "PW", 2, 90.0);

    g_assert_true (golf_store_save_shots (cli, NULL, theirs, &error));
  }

  g_signal_connect (f->store, "shot-changed", G_CALLBACK (on_told_cb), told);
  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_no_error (error);
  g_signal_handlers_disconnect_by_data (f->store, told);

  g_assert_cmpuint (told->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (told, 0), ==, "theirs");
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_session_get_shot_count (golf_store_find_session (f->store, "mine")), ==, 4);
  g_assert_cmpuint (golf_session_get_shot_count (golf_store_find_session (f->store, "theirs")), ==, 2);
}

/* Another program deletes a shot: a running app's refresh drops it from
 * the session's metrics, whether that program recomputed them or not. */
static void
test_worker_refresh_sees_other_delete (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 5, 200.0);
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  save (f, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 5);

  /* A program that recomputes before it exits, as golf-lab-cli does. */
  {
    g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);
    g_autoptr(GolfMetricsWorker) cli_worker = golf_metrics_worker_new (cli);

    g_assert_true (golf_store_delete_shot (cli, "s_Driver_4", &error));
    golf_metrics_worker_flush (cli_worker);
  }
  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 4);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 203.0, 1e-9);
  assert_session_matches_shots (f, "s");

  /* One that stops first: the app recomputes. */
  {
    g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);

    g_assert_true (golf_store_delete_shot (cli, "s_Driver_3", &error));
  }
  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 3);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 202.0, 1e-9);
  assert_session_matches_shots (f, "s");
}

/* Stop the program between a write and its recompute; the next start heals. */
static void
heal_crash_child (const char *db_path,
                  const char *action)
{
  g_autoptr(GolfStore) child = golf_test_store_new (db_path);
  g_autoptr(GolfMetricsWorker) child_worker = golf_metrics_worker_new (child);

  if (g_str_equal (action, "save"))
    {
      g_autoptr(GPtrArray) shots = golf_test_shots ("s", "3 Wood", 10, 300.0);

      g_assert_true (golf_store_save_shots (child, NULL, shots, NULL));
    }
  else if (g_str_equal (action, "delete"))
    {
      g_assert_true (golf_store_delete_shot (child, "s_Driver_9", NULL));
    }
  else
    {
      g_assert_true (golf_store_delete_session (child, "s", NULL));
    }

  /* Gone before the main loop ever runs the recompute. */
  _exit (0);
}

static void
heal_after_crash (const char *action,
                  guint       shots_after,
                  double      best_carry_after)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfMetricsWorker) worker = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  golf_test_dir_init (&dir);
  {
    g_autoptr(GolfStore) first = golf_test_store_new (dir.db_path);
    g_autoptr(GolfMetricsWorker) first_worker = golf_metrics_worker_new (first);
    g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 10, 200.0);

    g_assert_true (golf_store_save_shots (first, NULL, shots, &error));
    golf_metrics_worker_flush (first_worker);
  }

  g_setenv ("GOLF_TEST_HEAL_DB", dir.db_path, TRUE);
  g_setenv ("GOLF_TEST_HEAL_ACTION", action, TRUE);
  g_test_trap_subprocess ("/worker/subprocess/heal-child", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* The child's change is in, its metrics are not. */
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots WHERE archived_at IS NULL"),
                   ==, shots_after);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT shot_count FROM session_stats"), ==, 10);

  store = golf_test_store_new (dir.db_path);
  worker = golf_metrics_worker_new (store);
  golf_metrics_worker_flush (worker);

  /* A deleted session keeps no metrics row. */
  if (shots_after == 0)
    {
      g_assert_null (golf_store_find_session (store, "s"));
      g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM session_stats"), ==, 0);
      return;
    }

  session = golf_store_find_session (store, "s");
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, shots_after);
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY),
                                  best_carry_after, 1e-9);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT shot_count FROM session_stats"), ==, shots_after);
}

static void
test_worker_heals_after_crash (void)
{
  heal_after_crash ("save", 20, 309.0);
}

static void
test_worker_heals_after_crash_on_delete (void)
{
  heal_after_crash ("delete", 9, 208.0);
}

static void
test_worker_heals_after_crash_on_session_delete (void)
{
  heal_after_crash ("delete-session", 0, NAN);
}

static void
test_worker_heal_child (void)
{
  if (!g_test_subprocess ())
    return;

  heal_crash_child (g_getenv ("GOLF_TEST_HEAL_DB"), g_getenv ("GOLF_TEST_HEAL_ACTION"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (capture_log_writer, NULL, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/worker/original/stats-computed-and-stored", test_worker_stats_computed_and_stored);
  ADD ("/worker/original/row-has-all-fields", test_worker_row_has_all_fields);
  ADD ("/worker/original/updates-property-after-add", test_worker_updates_property_after_add);
  ADD ("/worker/original/backfill-three-sessions", test_worker_backfill_three_sessions);
  ADD ("/worker/original/update-after-delete", test_worker_update_after_delete);
  ADD ("/worker/original/metrics-deleted-when-no-shots", test_worker_metrics_deleted_when_no_shots);
  ADD ("/worker/coalesces-bursts", test_worker_coalesces_bursts);
  ADD ("/worker/own-connection-while-writing", test_worker_own_connection_while_writing);
  ADD ("/worker/partial-updates-match-full", test_worker_partial_updates_match_full);
  ADD ("/worker/partial-update-after-delete", test_worker_partial_update_after_delete);
  ADD ("/worker/failure-is-logged-not-fatal", test_worker_failure_is_logged_not_fatal);
  ADD ("/worker/other-connection-during-recompute", test_worker_other_connection_during_recompute);
  ADD ("/worker/refresh-sees-other-program", test_worker_refresh_sees_other_program);
  ADD ("/worker/partial-update-after-other-program", test_worker_partial_update_after_other_program);
  ADD ("/worker/superseded-result-dropped", test_worker_superseded_result_dropped);
  ADD ("/worker/stale-until-last-recompute", test_worker_stale_until_last_recompute);
  ADD ("/worker/refresh-tells-only-of-others", test_worker_refresh_tells_only_of_others);
  ADD ("/worker/refresh-sees-other-delete", test_worker_refresh_sees_other_delete);
  g_test_add_func ("/worker/heals-after-crash", test_worker_heals_after_crash);
  g_test_add_func ("/worker/heals-after-crash-on-delete", test_worker_heals_after_crash_on_delete);
  g_test_add_func ("/worker/heals-after-crash-on-session-delete", test_worker_heals_after_crash_on_session_delete);
  g_test_add_func ("/worker/subprocess/heal-child", test_worker_heal_child);

#undef ADD

  return g_test_run ();
}
