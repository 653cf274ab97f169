/* bench-app.c: a decade of practice in the window
 *
 * A database of 1,000,000 shots (200 sessions of 5,000, a session every
 * 18 days for ten years) is made in a temporary folder, its metrics
 * computed, and then, under Xvfb:
 * - start to first frame (target ≤ 1 s): the application, as golf-lab
 *   runs it, in a fresh process each time, from its start to the end of
 *   its first painted frame;
 * - selecting a session whose metrics exist shows its dashboard within
 *   one frame (target 16 ms: the switch plus the next frame's work);
 * - the Trends page over all sessions (target ≤ 100 ms): a trend from
 *   the kept medians, and the page showing it, in the next frame; the
 *   first working out of every session's medians (in the background after
 *   start) is reported beside it;
 * - the app's memory (target ≤ 200 MB) once the dashboard and the trends
 *   are up, with GSK_RENDERER=cairo and with the default renderer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <adwaita.h>

#include "golf-application.h"
#include "golf-bench-frame.h"
#include "golf-bench-util.h"
#include "golf-dashboard-page.h"
#include "golf-trend-index.h"
#include "golf-trends-page.h"
#include "golf-ui-test-util.h"

#define N_SESSIONS 200
#define SHOTS_PER_SESSION 5000
#define FRAME_TARGET_MS 16.0
#define START_RUNS 5
#define SWITCH_RUNS 20

static void
make_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfStore) store = golf_store_new (path, &error);
  g_autoptr(GolfMetricsWorker) worker = NULL;
  g_autoptr(GDateTime) first = g_date_time_new_utc (2016, 1, 4, 0, 0, 0);
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  worker = golf_metrics_worker_new (store);
  for (guint s = 0; s < N_SESSIONS; s++)
    {
      g_autofree char *id = g_strdup_printf ("s%03u", s);
      g_autoptr(GDateTime) day = g_date_time_add_days (first, 18 * s);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
      g_autoptr(GolfSession) session = golf_session_new (id);
      g_autoptr(GPtrArray) shots = golf_bench_make_session (id, SHOTS_PER_SESSION, 2016 + s);

      golf_session_set_date (session, date);
      if (!golf_store_save_shots (store, session, shots, &error))
        g_error ("%s", error->message);
    }
  golf_metrics_worker_flush (worker);
  g_print ("made %u sessions of %u shots in %.1f s\n", N_SESSIONS, SHOTS_PER_SESSION,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

/* The child: the application on the database, as golf-lab runs it. */

typedef struct
{
  GtkApplication *application;
  GtkWidget      *window;
  const char     *mode;
  gint64          first_frame;
  guint           tick_id;
} Child;

static gboolean
trends_ready (GtkWidget *window)
{
  GolfTrendsPage *trends = ui_template_child (window, GOLF_TYPE_WINDOW, "trends_page");

  return !golf_trend_index_get_busy (golf_trends_page_get_index (trends)) &&
         golf_trends_page_get_trend (trends) != NULL &&
         golf_trend_get_n (golf_trends_page_get_trend (trends)) == N_SESSIONS;
}

static double
status_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return NAN;

  return g_ascii_strtod (line + strlen (field) + 1, NULL) / 1024.0;
}

static gboolean
measure_memory_cb (gpointer user_data)
{
  Child *child = user_data;
  GolfDashboardPage *dashboard = ui_template_child (child->window, GOLF_TYPE_WINDOW, "dashboard_page");
  GolfDashboardModel *model = golf_dashboard_page_get_model (dashboard);
  static gint64 trends_shown;

  if (golf_dashboard_model_get_data (model) == NULL || !trends_ready (child->window))
    return G_SOURCE_CONTINUE;

  if (trends_shown == 0)
    {
      g_print ("DASHBOARD_MEMORY %.1f\n", status_mb ("VmRSS:"));
      gtk_widget_activate_action (child->window, "win.show-page", "s", "trends");
      trends_shown = g_get_monotonic_time ();
      return G_SOURCE_CONTINUE;
    }
  if (g_get_monotonic_time () - trends_shown < G_USEC_PER_SEC)
    return G_SOURCE_CONTINUE;

  g_print ("MEMORY %.1f %.1f\n", status_mb ("VmRSS:"), status_mb ("VmHWM:"));
  g_application_quit (G_APPLICATION (child->application));

  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Child         *child)
{
  if (child->first_frame != 0)
    return;

  child->first_frame = g_get_monotonic_time ();
  g_signal_handlers_disconnect_by_data (clock, child);
  g_print ("FIRST_FRAME_MEMORY %.1f\n", status_mb ("VmRSS:"));
  g_print ("FIRST_FRAME %" G_GINT64_FORMAT "\n", child->first_frame);

  if (g_strcmp0 (child->mode, "first-frame") == 0)
    g_application_quit (G_APPLICATION (child->application));
  else
    g_timeout_add (100, measure_memory_cb, child);
}

static void
on_realize_cb (GtkWidget *window,
               Child     *child)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), child);
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window,
                    Child          *child)
{
  child->window = GTK_WIDGET (window);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), child);
}

static int
run_child (const char *mode,
           const char *db)
{
  g_autoptr(GolfApplication) application = NULL;
  char *argv[] = { (char *) "golf-lab", (char *) "--db", (char *) db, NULL };
  Child child = { NULL };

  /* As golf-lab, without asking a session bus to make it unique. */
  application = g_object_new (GOLF_TYPE_APPLICATION,
                              "application-id", APP_ID,
                              "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN |
                                       G_APPLICATION_NON_UNIQUE,
                              NULL);
  child.application = GTK_APPLICATION (application);
  child.mode = mode;
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added_cb), &child);

  return g_application_run (G_APPLICATION (application), 3, argv);
}

/* The parent */

static char *
spawn_child (const char *self,
             const char *mode,
             const char *db,
             const char *renderer,
             double     *ms)
{
  g_auto(GStrv) env = g_get_environ ();
  char *argv[] = { (char *) self, (char *) "--child", (char *) mode, (char *) db, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  gint64 start;
  int status;

  env = renderer != NULL ? g_environ_setenv (env, "GSK_RENDERER", renderer, TRUE)
                         : g_environ_unsetenv (env, "GSK_RENDERER");
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error))
    g_error ("%s", error->message);

  if ((line = strstr (out, "FIRST_FRAME ")) != NULL)
    *ms = (g_ascii_strtoll (line + strlen ("FIRST_FRAME "), NULL, 10) - start) / 1000.0;
  else
    *ms = NAN;

  return g_steal_pointer (&out);
}

static void
bench_start (const char *self,
             const char *db,
             const char *renderer,
             const char *name)
{
  double runs[START_RUNS];
  double rss = NAN, peak = NAN, at_start = NAN, with_dashboard = NAN;
  g_autofree char *title = NULL;
  g_autofree char *out = NULL;
  double ignored;
  const char *line;

  /* The first run reads the file into the page cache; it is not counted. */
  g_free (spawn_child (self, "first-frame", db, renderer, &ignored));
  for (guint i = 0; i < START_RUNS; i++)
    g_free (spawn_child (self, "first-frame", db, renderer, &runs[i]));

  title = g_strdup_printf ("start to first frame, %s (median of %u)", name, START_RUNS);
  golf_bench_report (title, golf_bench_median (runs, START_RUNS), "ms", "≤ 1000 ms",
                     golf_bench_median (runs, START_RUNS) <= 1000);

  out = spawn_child (self, "memory", db, renderer, &ignored);
  if ((line = strstr (out, "FIRST_FRAME_MEMORY ")) != NULL)
    sscanf (line, "FIRST_FRAME_MEMORY %lf", &at_start);
  if ((line = strstr (out, "DASHBOARD_MEMORY ")) != NULL)
    sscanf (line, "DASHBOARD_MEMORY %lf", &with_dashboard);
  if ((line = strstr (out, "\nMEMORY ")) != NULL)
    sscanf (line + 1, "MEMORY %lf %lf", &rss, &peak);
  g_print ("  memory, %s: %.1f MB at the first frame, %.1f MB with the dashboard's charts and every "
           "session's trend medians\n", name, at_start, with_dashboard);
  g_free (title);
  title = g_strdup_printf ("memory, the Trends page open too, %s (resident)", name);
  golf_bench_report (title, rss, "MB", "≤ 200 MB", rss <= 200);
  g_free (title);
  title = g_strdup_printf ("memory, %s (peak resident)", name);
  golf_bench_report (title, peak, "MB", "≤ 200 MB", peak <= 200);
}

static gboolean
index_idle (gpointer data)
{
  return !golf_trend_index_get_busy (data);
}

/* The medians of every session, worked out once, then trends from them. */
static void
bench_trends (GolfStore *store)
{
  g_autoptr(GolfTrendIndex) index = golf_trend_index_new (store);
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) clubs = NULL;
  gint64 start = g_get_monotonic_time ();
  double build_ms;

  golf_trend_index_update (index);
  g_assert_true (ui_iterate_until_timeout (index_idle, index, 120000));
  build_ms = (g_get_monotonic_time () - start) / 1000.0;
  golf_bench_report ("trend medians of 200 sessions, worked out once in the background", build_ms,
                     "ms", "(after start, not waited for)", TRUE);

  clubs = golf_trend_index_dup_clubs (index, -1);
  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    for (int c = -1; c < (int) g_strv_length (clubs); c++)
      {
        gint64 t = g_get_monotonic_time ();
        g_autoptr(GolfTrend) trend = golf_trend_index_dup_trend (index, m, c < 0 ? NULL : clubs[c], NULL, -1);
        double ms = (g_get_monotonic_time () - t) / 1000.0;

        g_assert_cmpuint (golf_trend_get_n (trend), ==, N_SESSIONS);
        g_array_append_val (times, ms);
      }

  golf_bench_report ("a trend over all 1,000,000 shots (median of every number and club)",
                     golf_bench_median ((double *) times->data, times->len), "ms", "≤ 100 ms",
                     golf_bench_median ((double *) times->data, times->len) <= 100);
  golf_bench_report ("  the slowest of them", golf_bench_percentile ((double *) times->data, times->len, 1.0),
                     "ms", "≤ 100 ms", golf_bench_percentile ((double *) times->data, times->len, 1.0) <= 100);
  g_array_unref (times);
}

/* Where the time of the last changes went, summed over the runs. */
static GolfBenchFrameSums sums;

static double
time_to_frame (GtkWidget *window,
               void     (*change) (gpointer data),
               gpointer   data)
{
  return golf_bench_time_to_frame (window, change, data, &sums);
}

typedef struct
{
  UiFixture  *fixture;
  const char *value;
  guint       number;
} Change;

static void
select_session (gpointer data)
{
  Change *change = data;

  golf_window_select_session (change->fixture->window, change->value);
}

static void
show_trends (gpointer data)
{
  Change *change = data;

  gtk_widget_activate_action (GTK_WIDGET (change->fixture->window), "win.show-page", "s", "trends");
}

static void
pick_metric (gpointer data)
{
  Change *change = data;

  golf_trends_page_set_metric (ui_template_child (change->fixture->window, GOLF_TYPE_WINDOW, "trends_page"),
                               change->number);
}

static gboolean
window_trends_ready (gpointer data)
{
  return trends_ready (GTK_WIDGET (((UiFixture *) data)->window));
}

static gboolean
window_index_idle (gpointer data)
{
  GolfTrendsPage *trends = ui_template_child (((UiFixture *) data)->window, GOLF_TYPE_WINDOW, "trends_page");

  return !golf_trend_index_get_busy (golf_trends_page_get_index (trends));
}

static void
bench_window (UiFixture *fixture)
{
  double switches[SWITCH_RUNS], metrics[GOLF_N_SHOT_METRICS], page_ms;
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  Change change = { fixture };

  ui_show_window (fixture, 1280, 800);
  /* The trends' medians are worked out after start: once they are, the
   * golfer goes from session to session. */
  golf_trend_index_update (golf_trends_page_get_index (ui_template_child (fixture->window, GOLF_TYPE_WINDOW,
                                                                          "trends_page")));
  g_assert_true (ui_iterate_until_timeout (window_index_idle, fixture, 120000));

  /* Sessions never shown before: their numbers are the stored metrics. */
  sums = (GolfBenchFrameSums) { 0 };
  for (guint i = 0; i < SWITCH_RUNS; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%03u", g_rand_int_range (rand, 0, N_SESSIONS));

      change.value = id;
      switches[i] = time_to_frame (GTK_WIDGET (fixture->window), select_session, &change);
      ui_iterate_for (30);
    }
  golf_bench_report ("select a session of the 200, its dashboard's frame included (median)",
                     golf_bench_median (switches, SWITCH_RUNS), "ms", "≤ 16 ms",
                     golf_bench_median (switches, SWITCH_RUNS) <= FRAME_TARGET_MS);
  golf_bench_report ("  95th percentile", golf_bench_percentile (switches, SWITCH_RUNS, 0.95), "ms", "≤ 16 ms",
                     golf_bench_percentile (switches, SWITCH_RUNS, 0.95) <= FRAME_TARGET_MS);
  g_print ("  on average: %.1f ms the switch, %.1f ms layout, %.1f ms drawing; the frame began %.1f ms after "
           "the switch (the frame clock's pace)\n",
           sums.change / SWITCH_RUNS, sums.layout / SWITCH_RUNS, sums.paint / SWITCH_RUNS, sums.wait / SWITCH_RUNS);

  /* The Trends page once the medians are kept. */
  golf_trend_index_update (golf_trends_page_get_index (ui_template_child (fixture->window, GOLF_TYPE_WINDOW,
                                                                          "trends_page")));
  g_assert_true (ui_iterate_until_timeout (window_trends_ready, fixture, 120000));
  page_ms = time_to_frame (GTK_WIDGET (fixture->window), show_trends, &change);
  golf_bench_report ("open the Trends page over all sessions, its frame included", page_ms, "ms", "≤ 100 ms",
                     page_ms <= 100);

  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    {
      change.number = (m + 1) % GOLF_N_SHOT_METRICS;
      metrics[m] = time_to_frame (GTK_WIDGET (fixture->window), pick_metric, &change);
    }
  golf_bench_report ("pick another number on the Trends page, its frame included (median)",
                     golf_bench_median (metrics, GOLF_N_SHOT_METRICS), "ms", "≤ 100 ms",
                     golf_bench_median (metrics, GOLF_N_SHOT_METRICS) <= 100);
  golf_bench_report ("  the slowest", golf_bench_percentile (metrics, GOLF_N_SHOT_METRICS, 1.0), "ms", "≤ 100 ms",
                     golf_bench_percentile (metrics, GOLF_N_SHOT_METRICS, 1.0) <= 100);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  UiFixture fixture = { 0 };

  if (argc == 4 && strcmp (argv[1], "--child") == 0)
    return run_child (argv[2], argv[3]);

  if (!gtk_init_check ())
    {
      g_print ("bench-app: no display; run it under xvfb-run\n");
      return 77;
    }
  adw_init ();
  ui_load_application_resources ();
  self = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);

  g_print ("Golf Lab with a decade of practice (%u cores)\n", g_get_num_processors ());
  ui_fixture_set_up (&fixture, NULL);
  make_database (fixture.path);

  bench_start (self, fixture.path, "cairo", "GSK_RENDERER=cairo");
  bench_start (self, fixture.path, NULL, "the default renderer");

  ui_open_store (&fixture);
  bench_trends (fixture.store);
  bench_window (&fixture);

  ui_fixture_tear_down (&fixture, NULL);

  return 0;
}
