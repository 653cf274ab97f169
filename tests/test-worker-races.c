/* test-worker-races.c: metrics that stay right when a session changes
 * behind the worker's back: another program on the same file, a save while
 * a recompute runs, a program stopped before its recompute
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "golf-metrics-worker-private.h"
#include "golf-test-util.h"

typedef GolfTestApp Fixture;

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
  golf_test_assert_session_matches_shots (f->store, "s");
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

  golf_test_save_shots (f->store, first);
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

  golf_test_save_shots (f->store, shots);
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
  golf_test_assert_session_matches_shots (f->store, "s");
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

static void
gate_init (Gate        *gate,
           GolfTestApp *app)
{
  memset (gate, 0, sizeof *gate);
  g_mutex_init (&gate->lock);
  g_cond_init (&gate->cond);
  gate->db_path = app->dir.db_path;
  _golf_metrics_worker_set_test_hook (app->worker, gate_hook, gate);
}

/* Runs the main loop until the first recompute waits at the gate. */
static void
gate_wait_paused (Gate *gate)
{
  gboolean paused = FALSE;

  while (!paused)
    {
      g_main_context_iteration (NULL, TRUE);
      g_mutex_lock (&gate->lock);
      paused = gate->paused;
      g_mutex_unlock (&gate->lock);
    }
}

/* Lets the recompute go on, waits for every recompute to finish. */
static void
gate_release_and_flush (Gate        *gate,
                        GolfTestApp *app)
{
  g_mutex_lock (&gate->lock);
  gate->released = TRUE;
  g_cond_broadcast (&gate->cond);
  g_mutex_unlock (&gate->lock);
  golf_metrics_worker_flush (app->worker);
  _golf_metrics_worker_set_test_hook (app->worker, NULL, NULL);
}

static void
gate_clear (Gate *gate)
{
  g_mutex_clear (&gate->lock);
  g_cond_clear (&gate->cond);
}

static void
on_shot_count_notify_cb (GolfSession *session,
                         GParamSpec  *pspec,
                         GArray      *seen)
{
  guint count = golf_session_get_shot_count (session);

  g_array_append_val (seen, count);
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

/* The app saves a fifth shot; its recompute stops after reading five, and
 * @writer (another program, or the app itself) saves a sixth. That
 * recompute's result is out of date: it is neither stored nor shown, the
 * session stays stale, and it is computed again with all six. */
static void
save_during_recompute (Fixture   *f,
                       GolfStore *writer)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s", "Driver", 4, 200.0);
  g_autoptr(GolfShot) fifth = golf_test_shot ("s_5", "s", "Driver", 150.0, 50, 40);
  g_autoptr(GolfShot) sixth = golf_test_shot ("s_6", "s", "Driver", 260.0, 70, 47);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) counts_when_current = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  Gate gate;
  GolfSession *session;

  golf_test_save_shots (f->store, shots);
  golf_metrics_worker_flush (f->worker);
  session = golf_store_find_session (f->store, "s");
  g_signal_connect (session, "notify::shot-count", G_CALLBACK (on_shot_count_notify_cb), seen);
  g_signal_connect (session, "notify::metrics-stale", G_CALLBACK (on_stale_notify_cb), counts_when_current);
  gate_init (&gate, f);

  g_assert_true (golf_store_save_shot (f->store, fifth, &error));
  gate_wait_paused (&gate);
  g_assert_true (golf_store_save_shot (writer, sixth, &error));
  g_assert_no_error (error);
  gate_release_and_flush (&gate, f);
  g_signal_handlers_disconnect_by_data (session, seen);
  g_signal_handlers_disconnect_by_data (session, counts_when_current);

  /* Read again once, and nothing of the five-shot result got out. */
  g_assert_cmpuint (gate.n_calls, ==, 2);
  g_assert_cmpint (gate.stored_count_at_second_call, ==, 4);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpuint (g_array_index (seen, guint, 0), ==, 6);
  g_assert_cmpuint (counts_when_current->len, ==, 1);
  g_assert_cmpuint (g_array_index (counts_when_current, guint, 0), ==, 6);
  g_assert_false (golf_session_get_metrics_stale (session));
  g_assert_cmpfloat_with_epsilon (golf_session_get_metric (session, GOLF_METRIC_BEST_CARRY), 260.0, 1e-9);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT shot_count FROM session_stats"), ==, 6);
  golf_test_assert_session_matches_shots (f->store, "s");

  gate_clear (&gate);
}

static void
test_worker_other_program_during_recompute (Fixture       *f,
                                            gconstpointer  data)
{
  g_autoptr(GolfStore) cli = golf_test_store_new (f->dir.db_path);

  save_during_recompute (f, cli);
}

static void
test_worker_own_save_during_recompute (Fixture       *f,
                                       gconstpointer  data)
{
  save_during_recompute (f, f->store);
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

  golf_test_save_shots (f->store, shots);
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

  golf_test_save_shots (f->store, shots);
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
  golf_test_assert_session_matches_shots (f->store, "s");

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
  golf_test_assert_session_matches_shots (f->store, "s");
}

/* Stop the program between a write and its recompute; the next start heals. */
static void
heal_crash_child (const char *db_path,
                  const char *action)
{
  g_autoptr(GolfStore) child = golf_test_store_new (db_path);
  /* Only there to be told of the write, as the app's worker is. */
  g_autoptr(GolfMetricsWorker) child_worker G_GNUC_UNUSED = golf_metrics_worker_new (child);

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
  g_test_trap_subprocess ("/races/subprocess/heal-child", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, golf_test_app_set_up, func, golf_test_app_tear_down)

  ADD ("/races/other-connection-during-recompute", test_worker_other_connection_during_recompute);
  ADD ("/races/refresh-sees-other-program", test_worker_refresh_sees_other_program);
  ADD ("/races/partial-update-after-other-program", test_worker_partial_update_after_other_program);
  ADD ("/races/other-program-during-recompute", test_worker_other_program_during_recompute);
  ADD ("/races/own-save-during-recompute", test_worker_own_save_during_recompute);
  ADD ("/races/refresh-tells-only-of-others", test_worker_refresh_tells_only_of_others);
  ADD ("/races/refresh-sees-other-delete", test_worker_refresh_sees_other_delete);
  g_test_add_func ("/races/heals-after-crash", test_worker_heals_after_crash);
  g_test_add_func ("/races/heals-after-crash-on-delete", test_worker_heals_after_crash_on_delete);
  g_test_add_func ("/races/heals-after-crash-on-session-delete", test_worker_heals_after_crash_on_session_delete);
  g_test_add_func ("/races/subprocess/heal-child", test_worker_heal_child);

#undef ADD

  return g_test_run ();
}
