/* bench-store.c: how fast shots are stored and metrics kept current
 *
 * Each figure is the median of 5 runs (or of many single operations) on a
 * fresh database in a temporary folder, printed next to its target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "golf-bench-util.h"
#include "golf-metrics-worker.h"
#include "golf-session-metrics.h"
#include "golf-store.h"

#define RUNS 5

static char *tmp_dir;
static guint db_counter;

static char *
fresh_db_path (void)
{
  return g_strdup_printf ("%s/bench-%u.db", tmp_dir, db_counter++);
}

static GPtrArray *
make_shots (const char *session_id,
            guint       n,
            guint       seed)
{
  GPtrArray *shots = g_ptr_array_new_full (n, g_object_unref);
  GRand *rand = g_rand_new_with_seed (seed);
  static const char *clubs[] = { "Driver", "3 Wood", "5 Iron", "7 Iron", "9 Iron", "PW" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s_%u_%u", session_id, i % 6, i);
      GolfShot *shot = golf_shot_new (id, session_id);
      double club_speed = 35 + g_rand_double (rand) * 12;

      golf_shot_set_club (shot, clubs[i % 6]);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, club_speed);
      golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, club_speed * (1.3 + g_rand_double (rand) * 0.2));
      golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 100 + g_rand_double (rand) * 150);
      golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 110 + g_rand_double (rand) * 160);
      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, g_rand_double_range (rand, -4, 4));
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, g_rand_double_range (rand, -5, 5));
      golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, g_rand_double_range (rand, 8, 25));
      golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, g_rand_double_range (rand, 2000, 8000));
      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_SPIN, g_rand_double_range (rand, -800, 800));
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, g_rand_double_range (rand, -15, 15));
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, g_rand_double_range (rand, -10, 10));
      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, g_rand_double_range (rand, -20, 20));
      golf_shot_set (shot, GOLF_SHOT_FIELD_APEX, g_rand_double_range (rand, 15, 35));
      g_ptr_array_add (shots, shot);
    }

  g_rand_free (rand);

  return shots;
}

static GolfStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  GolfStore *store = golf_store_new (path, &error);

  if (store == NULL)
    g_error ("%s", error->message);

  return store;
}

static void
bench_bulk_save (void)
{
  double rates[RUNS];

  for (guint run = 0; run < RUNS; run++)
    {
      g_autofree char *path = fresh_db_path ();
      g_autoptr(GolfStore) store = open_store (path);
      g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
      g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
      g_autoptr(GError) error = NULL;
      gint64 start;

      for (guint s = 0; s < 20; s++)
        {
          g_autofree char *id = g_strdup_printf ("session%02u", s);
          g_ptr_array_add (sessions, make_shots (id, 5000, run * 100 + s));
        }

      start = g_get_monotonic_time ();
      for (guint s = 0; s < 20; s++)
        if (!golf_store_save_shots (store, NULL, g_ptr_array_index (sessions, s), &error))
          g_error ("%s", error->message);
      golf_metrics_worker_flush (worker);
      rates[run] = 100000.0 / ((g_get_monotonic_time () - start) / 1e6);
    }

  golf_bench_report ("bulk save 100,000 shots / 20 sessions, metrics current", golf_bench_median (rates, RUNS),
                    "shots/s", ">= 100000", golf_bench_median (rates, RUNS) >= 100000);
}

static void
bench_bulk_save_one_transaction (void)
{
  double rates[RUNS];

  for (guint run = 0; run < RUNS; run++)
    {
      g_autofree char *path = fresh_db_path ();
      g_autoptr(GolfStore) store = open_store (path);
      g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
      g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;
      gint64 start;

      for (guint s = 0; s < 20; s++)
        {
          g_autofree char *id = g_strdup_printf ("session%02u", s);
          g_autoptr(GPtrArray) shots = make_shots (id, 5000, run * 100 + s);

          for (guint i = 0; i < shots->len; i++)
            g_ptr_array_add (all, g_object_ref (g_ptr_array_index (shots, i)));
        }

      start = g_get_monotonic_time ();
      if (!golf_store_save_shots (store, NULL, all, &error))
        g_error ("%s", error->message);
      golf_metrics_worker_flush (worker);
      rates[run] = 100000.0 / ((g_get_monotonic_time () - start) / 1e6);
    }

  golf_bench_report ("  same, as one save_shots call (one transaction)", golf_bench_median (rates, RUNS),
                    "shots/s", ">= 100000", golf_bench_median (rates, RUNS) >= 100000);
}

static void
bench_single_save (void)
{
  g_autofree char *path = fresh_db_path ();
  g_autoptr(GolfStore) store = open_store (path);
  g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
  g_autoptr(GPtrArray) base = make_shots ("big", 5000, 7);
  g_autoptr(GPtrArray) extra = make_shots ("big-extra", 200, 8);
  g_autoptr(GError) error = NULL;
  double save_us[200], current_ms[200];

  if (!golf_store_save_shots (store, NULL, base, &error))
    g_error ("%s", error->message);
  golf_metrics_worker_flush (worker);

  for (guint i = 0; i < extra->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (extra, i);
      gint64 start, saved;

      golf_shot_set_session_id (shot, "big");
      start = g_get_monotonic_time ();
      if (!golf_store_save_shot (store, shot, &error))
        g_error ("%s", error->message);
      saved = g_get_monotonic_time ();
      golf_metrics_worker_flush (worker);
      save_us[i] = saved - start;
      current_ms[i] = (g_get_monotonic_time () - saved) / 1000.0;
    }

  golf_bench_report ("single save into a 5,000-shot session", golf_bench_median (save_us, 200) / 1000.0,
                    "ms", "<= 0.2", golf_bench_median (save_us, 200) <= 200);
  golf_bench_report ("  then its metrics current after", golf_bench_median (current_ms, 200),
                    "ms", "<= 5", golf_bench_median (current_ms, 200) <= 5);
}

static void
bench_growing_session (void)
{
  g_autofree char *path = fresh_db_path ();
  g_autoptr(GolfStore) store = open_store (path);
  g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
  g_autoptr(GPtrArray) shots = make_shots ("grow", 500, 9);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double per_shot;

  for (guint i = 0; i < shots->len; i++)
    {
      if (!golf_store_save_shot (store, g_ptr_array_index (shots, i), &error))
        g_error ("%s", error->message);
      golf_metrics_worker_flush (worker);
    }

  per_shot = (g_get_monotonic_time () - start) / 1000.0 / shots->len;
  golf_bench_report ("save + metrics current, session growing to 500 shots", per_shot,
                    "ms/shot", "(was 11.6)", per_shot < 11.6);
}

static void
bench_recompute (guint n)
{
  g_autofree char *path = fresh_db_path ();
  g_autoptr(GolfStore) store = open_store (path);
  g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
  g_autoptr(GPtrArray) shots = make_shots ("r", n, 10);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  double ms[RUNS];

  if (!golf_store_save_shots (store, NULL, shots, &error))
    g_error ("%s", error->message);
  golf_metrics_worker_flush (worker);

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      if (golf_metrics_worker_backfill (worker, NULL, NULL, &error) != 1)
        g_error ("backfill failed");
      ms[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  name = g_strdup_printf ("recompute one %u-shot session (read, compute, write)", n);
  golf_bench_report (name, golf_bench_median (ms, RUNS), "ms", n == 5000 ? "(was 42)" : "(was 434)",
                    golf_bench_median (ms, RUNS) < (n == 5000 ? 42 : 434));
}

/* The pure computation alone, from rows in memory: what a recompute costs
 * beyond reading and writing the database. */
static void
bench_compute (guint       n,
               const char *n_text,
               double      target_ms)
{
  static const char *clubs[] = {
    "Driver", "3 Wood", "5 Wood", "4 Hybrid", "5 Iron", "6 Iron", "7 Iron",
    "8 Iron", "9 Iron", "PW", "GW", "SW", "LW", "Putter",
  };
  g_autofree GolfMetricsRow *rows = g_new0 (GolfMetricsRow, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;
  double ms[RUNS];

  for (guint i = 0; i < n; i++)
    {
      guint c = g_rand_int_range (rand, 0, G_N_ELEMENTS (clubs));
      GolfMetricsRow *row = &rows[i];

      row->club = clubs[c];
      row->carry = i % 17 == 0 ? NAN : 230 - 12.0 * c + g_rand_double_range (rand, -15, 15);
      row->total = 240 - 12.0 * c + g_rand_double_range (rand, -15, 15);
      row->club_speed = 48 - 1.5 * c + g_rand_double_range (rand, -2, 2);
      row->ball_speed = row->club_speed * g_rand_double_range (rand, 1.25, 1.5);
      row->face_angle = g_rand_double_range (rand, -4, 4);
      row->club_path = g_rand_double_range (rand, -5, 5);
      row->impact_x = g_rand_double_range (rand, -15, 15);
      row->impact_y = g_rand_double_range (rand, -10, 10);
      row->side_distance = g_rand_double_range (rand, -20, 20);
    }

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GolfSessionMetrics) metrics = golf_session_metrics_compute (rows, n);

      ms[run] = (g_get_monotonic_time () - start) / 1000.0;
      if (golf_session_metrics_get_shot_count (metrics) != n)
        g_error ("computed %u shots of %u", golf_session_metrics_get_shot_count (metrics), n);
    }

  name = g_strdup_printf ("compute the metrics of %s shots (in memory, no database)", n_text);
  target = g_strdup_printf ("<= %g", target_ms);
  golf_bench_report (name, golf_bench_median (ms, RUNS), "ms", target, golf_bench_median (ms, RUNS) <= target_ms);
}

static void
bench_backfill (void)
{
  g_autofree char *path = fresh_db_path ();
  g_autoptr(GolfStore) store = open_store (path);
  g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  double ms[RUNS];

  for (guint s = 0; s < 1000; s++)
    {
      g_autofree char *id = g_strdup_printf ("s%04u", s);
      g_autoptr(GPtrArray) shots = make_shots (id, 50, s);

      for (guint i = 0; i < shots->len; i++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (shots, i)));
    }
  if (!golf_store_save_shots (store, NULL, all, &error))
    g_error ("%s", error->message);
  golf_metrics_worker_flush (worker);

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      if (golf_metrics_worker_backfill (worker, NULL, NULL, &error) != 1000)
        g_error ("backfill failed");
      ms[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  golf_bench_report ("backfill 1,000 sessions x 50 shots", golf_bench_median (ms, RUNS), "ms", "<= 100",
                    golf_bench_median (ms, RUNS) <= 100);

  {
    double values[GOLF_N_METRICS];
    guint n = 20000;
    gint64 start = g_get_monotonic_time ();
    double us;

    for (guint i = 0; i < n; i++)
      {
        char id[16];

        g_snprintf (id, sizeof id, "s%04u", i % 1000);
        if (!golf_store_read_metrics (store, id, values, &error))
          g_error ("no metrics for %s", id);
      }
    us = (double)(g_get_monotonic_time () - start) / n;
    golf_bench_report ("read a session's metrics row", us, "us", "<= 20", us <= 20);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;

  tmp_dir = g_dir_make_tmp ("golf-lab-bench-XXXXXX", &error);
  g_assert_no_error (error);

  g_print ("Golf Lab store benchmarks (medians; %u cores)\n", g_get_num_processors ());
  bench_bulk_save ();
  bench_bulk_save_one_transaction ();
  bench_single_save ();
  bench_growing_session ();
  bench_compute (5000, "5,000", 1);
  bench_compute (50000, "50,000", 5);
  bench_recompute (5000);
  bench_recompute (50000);
  bench_backfill ();

  getrusage (RUSAGE_SELF, &usage);
  g_print ("%-58s %12.1f %-8s\n", "peak memory of this benchmark process", usage.ru_maxrss / 1024.0, "MB");

  golf_bench_remove_tree (tmp_dir);

  return 0;
}
