/* bench-analysis.c: how fast the analytics answer
 *
 * Every analysis over one 5,000-shot session (target ≤ 5 ms each, from the
 * GolfShot objects: building the table is part of the time), and gapping
 * over 100,000 shots in 20 sessions read from a database file in a
 * temporary folder (target ≤ 100 ms, reading included). Figures are
 * medians of the wall-clock time; the CPU time of the process is printed
 * beside it (and for the store, the best run), as on a machine shared with
 * other work the wall-clock time says as much about the others.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-bench-util.h"
#include "golf-comparison.h"
#include "golf-dispersion.h"
#include "golf-gapping.h"
#include "golf-kept-shots.h"
#include "golf-session-score.h"
#include "golf-shot-shapes.h"
#include "golf-trend.h"
#include "golf-store.h"

#define RUNS 21
#define STORE_RUNS 7

static void
report (const char *name,
        double     *ms,
        double     *cpu,
        guint       n,
        double      target_ms)
{
  double wall = golf_bench_median (ms, n);

  g_print ("%-46s %9.3f ms (CPU %8.3f ms)   target <= %4.0f ms   %s\n", name, wall,
           golf_bench_median (cpu, n), target_ms, wall <= target_ms ? "ok" : "MISSED");
}

typedef enum
{
  RUN_TABLE,
  RUN_KEPT,
  RUN_GAPPING,
  RUN_DISPERSION,
  RUN_SHAPES,
  RUN_TREND,
  RUN_COMPARE,
  RUN_SCORE,
  N_RUNS
} Analysis;

static const char * const analysis_names[N_RUNS] = {
  "shot table alone (GolfShot -> rows)",
  "set-aside rules (kept shots)",
  "gapping",
  "dispersion",
  "shot shapes",
  "trend of carry",
  "compare with a second 5,000-shot session",
  "session score",
};

typedef struct
{
  GPtrArray  *shots;      /* one session */
  GPtrArray  *two;        /* it and a second one, for compare */
  GListStore *sessions;
} Input;

static void
run_once (Analysis  analysis,
          Input    *input)
{
  g_autoptr(GolfShotTable) table = golf_shot_table_new (analysis == RUN_COMPARE ? input->two : input->shots);

  switch (analysis)
    {
    case RUN_TABLE:
      break;
    case RUN_KEPT:
      golf_kept_shots_unref (golf_kept_shots_new (table));
      break;
    case RUN_GAPPING:
      golf_gapping_unref (golf_gapping_compute (table));
      break;
    case RUN_DISPERSION:
      golf_dispersion_unref (golf_dispersion_compute (table));
      break;
    case RUN_SHAPES:
      golf_shot_shapes_unref (golf_shot_shapes_compute (table, GOLF_HAND_RIGHT));
      break;
    case RUN_TREND:
      golf_trend_unref (golf_trend_compute (table, G_LIST_MODEL (input->sessions),
                                            GOLF_SHOT_METRIC_CARRY, NULL, NULL, NULL));
      break;
    case RUN_COMPARE:
      golf_comparison_unref (golf_comparison_compute (table, "big", "big2"));
      break;
    case RUN_SCORE:
      golf_session_score_unref (golf_session_score_compute (table));
      break;
    case N_RUNS:
    default:
      g_assert_not_reached ();
    }
}

static void
bench_one_session (void)
{
  g_autoptr(GolfSession) session = golf_session_new ("big");
  g_autoptr(GPtrArray) second = golf_bench_make_session ("big2", 5000, 2);
  Input input;

  input.shots = golf_bench_make_session ("big", 5000, 1);
  input.two = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < 5000; i++)
    {
      g_ptr_array_add (input.two, g_object_ref (g_ptr_array_index (input.shots, i)));
      g_ptr_array_add (input.two, g_object_ref (g_ptr_array_index (second, i)));
    }
  input.sessions = g_list_store_new (GOLF_TYPE_SESSION);
  golf_session_set_date (session, "2026-04-02");
  g_list_store_append (input.sessions, session);

  g_print ("One 5,000-shot session, from GolfShot objects (table included):\n");
  for (guint a = 0; a < N_RUNS; a++)
    {
      double ms[RUNS], cpu[RUNS];

      for (guint run = 0; run < RUNS; run++)
        {
          gint64 start = g_get_monotonic_time ();
          double cpu_start = golf_bench_cpu_ms ();

          run_once (a, &input);
          cpu[run] = golf_bench_cpu_ms () - cpu_start;
          ms[run] = (g_get_monotonic_time () - start) / 1000.0;
        }
      report (analysis_names[a], ms, cpu, RUNS, 5);
    }

  g_ptr_array_unref (input.shots);
  g_ptr_array_unref (input.two);
  g_object_unref (input.sessions);
}

static void
bench_gapping_from_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "bench-analysis.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfStore) store = golf_store_new (path, &error);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) session_ids = NULL;
  double ms[STORE_RUNS], cpu[STORE_RUNS], read_ms[STORE_RUNS];
  guint n_rows = 0;

  if (store == NULL)
    g_error ("%s", error->message);

  for (guint s = 0; s < 20; s++)
    {
      g_autofree char *id = g_strdup_printf ("session%02u", s);
      g_autoptr(GPtrArray) shots = golf_bench_make_session (id, 5000, 100 + s);

      if (!golf_store_save_shots (store, NULL, shots, &error))
        g_error ("%s", error->message);
      g_strv_builder_add (ids, id);
    }
  session_ids = g_strv_builder_end (ids);

  for (guint run = 0; run < STORE_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = golf_bench_cpu_ms ();
      g_autoptr(GolfShotTable) table = golf_shot_table_read_carries (store, (const char * const *)session_ids, &error);
      gint64 read = g_get_monotonic_time ();
      g_autoptr(GolfGapping) gapping = NULL;

      if (table == NULL)
        g_error ("%s", error->message);
      gapping = golf_gapping_compute (table);
      n_rows = golf_shot_table_get_n_rows (table);
      read_ms[run] = (read - start) / 1000.0;
      cpu[run] = golf_bench_cpu_ms () - cpu_start;
      ms[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_assert_cmpuint (n_rows, ==, 100000);
  g_print ("\n100,000 shots in 20 sessions, from a database file:\n");
  report ("gapping, reading from the store included", ms, cpu, STORE_RUNS, 100);
  g_print ("%-46s %9.3f ms\n", "  of which reading the shots", golf_bench_median (read_ms, STORE_RUNS));
  g_print ("%-46s %9.3f ms\n", "  best run (the least disturbed)",
           golf_bench_percentile (ms, STORE_RUNS, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("golf-lab-bench-XXXXXX", &error);

  g_assert_no_error (error);
  g_print ("Golf Lab analytics benchmarks (medians; %u cores)\n", g_get_num_processors ());

  bench_one_session ();
  bench_gapping_from_store (dir);

  golf_bench_remove_tree (dir);

  return 0;
}
