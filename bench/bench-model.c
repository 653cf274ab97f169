/* bench-model.c: training, prediction and metadata reading speed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints medians of 5 runs next to the targets of issue 3:
 * training on 5,000 shots (one fit + 5-fold session-grouped CV) <= 0.3 s,
 * one prediction <= 50 us, reading model info <= 15 us, peak memory <= 60 MB;
 * and of issue 7: model info's first read in a process <= 19 us.
 */
#define G_LOG_DOMAIN "bench-model"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include <glib/gstdio.h>

#include "golf-bench-util.h"
#include "golf-distance-model.h"
#include "golf-model-info.h"
#include "golf-shot.h"

#define RUNS 5

static double
gauss (GRand *rand)
{
  double u = g_rand_double_range (rand, 1e-12, 1.0);

  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * g_rand_double (rand));
}

/* Three clubs, carry from a smooth launch law, noise, 100 shots a session. */
static GPtrArray *
make_shots (guint n_shots)
{
  static const double clubs[3][4] = {
    { 68, 13, 2700, 1.48 }, { 50, 18, 6500, 1.35 }, { 38, 28, 8800, 1.20 },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  GPtrArray *shots = g_ptr_array_new_with_free_func (g_object_unref);
  double offset = 0;

  for (guint i = 0; i < n_shots; i++)
    {
      const double *c = clubs[g_rand_int_range (rand, 0, 3)];
      g_autofree char *id = g_strdup_printf ("shot-%u", i);
      g_autofree char *session = g_strdup_printf ("session-%u", i / 100);
      GolfShot *shot = golf_shot_new (id, session);
      double v = c[0] + 3 * gauss (rand), launch = c[1] + 2 * gauss (rand);
      double spin = c[2] + 500 * gauss (rand), dl = launch - 15;

      if (i % 100 == 0)
        offset = 2 * gauss (rand);
      golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, v);
      golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, launch);
      golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, spin);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, v / c[3]);
      golf_shot_set (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, 1.5 * gauss (rand));
      golf_shot_set (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT, launch + 3);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE,
                     3.1 * v * (1 + 0.01 * dl - 0.0006 * dl * dl) * (1 - 0.00004 * (spin - 2500))
                     + offset + 3 * gauss (rand));
      g_ptr_array_add (shots, shot);
    }
  return shots;
}

static void
report (const char *what,
        double      value,
        const char *unit,
        double      target)
{
  if (target > 0)
    g_print ("%-48s %10.3f %-3s (target <= %g %s: %s)\n", what, value, unit, target, unit,
             value <= target ? "met" : "MISSED");
  else
    g_print ("%-48s %10.3f %-3s\n", what, value, unit);
}

static GolfDistanceModel *
bench_training (GPtrArray        *shots,
                GolfModelBackend  backend,
                const char       *label,
                double            target)
{
  GolfTrainParams params;
  double seconds[RUNS];
  GolfDistanceModel *model = NULL;
  double mae = NAN, cv_mae = NAN;
  g_autofree char *what = NULL;

  golf_train_params_init (&params);
  params.backend = backend;
  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&model);
      model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
      seconds[r] = (g_get_monotonic_time () - start) / 1e6;
      if (model == NULL)
        g_error ("Training failed: %s", error->message);
    }
  golf_model_info_lookup_metric (golf_distance_model_get_info (model), "mae", &mae);
  golf_model_info_lookup_metric (golf_distance_model_get_info (model), "cv_mae", &cv_mae);
  what = g_strdup_printf ("train %u shots, %s (fit + 5-fold CV)", shots->len, label);
  report (what, golf_bench_median (seconds, RUNS), "s", target);
  g_print ("%-48s held-out MAE %.2f m, CV MAE %.2f m\n", "", mae, cv_mae);
  return model;
}

static void
bench_prediction (GolfDistanceModel *model,
                  const char        *label)
{
  const guint n = 20000;
  g_autoptr(GolfShot) shot = golf_shot_new ("q", NULL);
  g_autoptr(GolfShot) partial = golf_shot_new ("q", NULL);
  double full_us[RUNS], partial_us[RUNS];
  g_autofree char *what = NULL;
  g_autofree char *what2 = NULL;
  GolfPrediction prediction;

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 66);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, 13);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, 2800);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 45);
  golf_shot_set (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, 1);
  golf_shot_set (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT, 16);
  golf_shot_set (partial, GOLF_SHOT_FIELD_BALL_SPEED, 66);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < n; i++)
        if (!golf_distance_model_predict (model, shot, &prediction, NULL))
          g_error ("Prediction failed");
      full_us[r] = (double)(g_get_monotonic_time () - start) / n;

      start = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        if (!golf_distance_model_predict (model, partial, &prediction, NULL))
          g_error ("Prediction failed");
      partial_us[r] = (double)(g_get_monotonic_time () - start) / n;
    }
  what = g_strdup_printf ("one prediction, %s, all inputs", label);
  what2 = g_strdup_printf ("one prediction, %s, ball speed only", label);
  report (what, golf_bench_median (full_us, RUNS), "us", 50);
  report (what2, golf_bench_median (partial_us, RUNS), "us", 50);
}

/* CPU time of this thread: what the code costs, whatever else runs on
 * a busy machine. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Run as `bench-model --first-read SIDECAR`: the very first metadata
 * read of a process, types not yet registered, nothing cached. */
static int
first_read_in_process (const char *model_path)
{
  gint64 start = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  GolfModelInfo *info = golf_model_info_load_for_model (model_path, NULL);
  gint64 cpu_us = thread_cpu_us () - cpu;
  gint64 wall_us = g_get_monotonic_time () - start;

  if (info == NULL)
    return 1;
  g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", wall_us, cpu_us);
  g_object_unref (info);
  return 0;
}

static void
bench_first_read_in_process (const char *self,
                             const char *model_path)
{
  double wall[RUNS], cpu[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      const char *argv[] = { self, "--first-read", model_path, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status = 0;

      if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
          status != 0 || sscanf (out, "%lf %lf", &wall[r], &cpu[r]) != 2)
        g_error ("No first read: %s", error != NULL ? error->message : "it failed");
    }
  /* Mostly the process warming up (symbols bound, types registered,
   * pages first touched): for information. */
  report ("read model info, first read of a new process", golf_bench_median (wall, RUNS), "us", 0);
  report ("  (its CPU time)", golf_bench_median (cpu, RUNS), "us", 0);
}

static void
bench_info (const char *self,
            const char *model_path,
            const char *root)
{
  const guint n = 20000;
  const guint n_copies = 100;
  g_autofree char *sidecar = golf_model_info_sidecar_path (model_path);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);
  double us[RUNS], cpu[RUNS];
  gsize length;

  bench_first_read_in_process (self, model_path);

  /* A first read of each file: more files than the cache keeps, read in
   * turn, so every read opens, reads and parses its file. */
  if (!g_file_get_contents (sidecar, &contents, &length, NULL))
    g_error ("No sidecar");
  for (guint i = 0; i < n_copies; i++)
    {
      g_autofree char *name = g_strdup_printf ("copy-%u.metadata.json", i);
      g_autofree char *path = g_build_filename (root, name, NULL);

      if (!g_file_set_contents (path, contents, length, NULL))
        g_error ("Cannot write %s", path);
      g_ptr_array_add (copies, g_strdup_printf ("%s/copy-%u.json", root, i));
    }
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 start_cpu = thread_cpu_us ();

      for (guint i = 0; i < n; i++)
        {
          GolfModelInfo *info = golf_model_info_load_for_model (g_ptr_array_index (copies, i % n_copies), NULL);

          if (info == NULL)
            g_error ("No model info");
          g_object_unref (info);
        }
      us[r] = (double)(g_get_monotonic_time () - start) / n;
      cpu[r] = (double)(thread_cpu_us () - start_cpu) / n;
    }
  g_print ("sidecar of %" G_GSIZE_FORMAT " bytes\n", length);
  report ("read model info, first read of a file", golf_bench_median (us, RUNS), "us", 19);
  report ("  (its CPU time)", golf_bench_median (cpu, RUNS), "us", 0);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 start_cpu = thread_cpu_us ();

      for (guint i = 0; i < n; i++)
        {
          GolfModelInfo *info = golf_model_info_load_for_model (model_path, NULL);

          if (info == NULL)
            g_error ("No model info");
          g_object_unref (info);
        }
      us[r] = (double)(g_get_monotonic_time () - start) / n;
      cpu[r] = (double)(thread_cpu_us () - start_cpu) / n;
    }
  report ("read model info, same file again (cached)", golf_bench_median (us, RUNS), "us", 15);
  report ("  (its CPU time)", golf_bench_median (cpu, RUNS), "us", 0);
}

static void
bench_load (const char *model_path,
            const char *models_dir)
{
  double ms[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GolfDistanceModel) model = golf_distance_model_load (model_path, models_dir, &error);

      ms[r] = (g_get_monotonic_time () - start) / 1e3;
      if (model == NULL)
        g_error ("Load failed: %s", error->message);
    }
  report ("load model (model file + sidecar)", golf_bench_median (ms, RUNS), "ms", 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GPtrArray) many = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GolfDistanceModel) ridge = NULL;
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("bench-model-XXXXXX", &error);
  g_autofree char *version = NULL;
  g_autofree char *path = NULL;
  struct rusage usage;

  if (argc == 3 && g_str_equal (argv[1], "--first-read"))
    return first_read_in_process (argv[2]);

  shots = make_shots (5000);
  g_assert_no_error (error);
  g_print ("Backend: %s (%s); %u processors; medians of %d runs\n",
           golf_distance_model_get_backend_name (), golf_distance_model_get_backend_reason (),
           g_get_num_processors (), RUNS);

  model = bench_training (shots, GOLF_MODEL_BACKEND_AUTO, golf_distance_model_get_backend_name (), 0.3);
  if (golf_distance_model_has_xgboost ())
    ridge = bench_training (shots, GOLF_MODEL_BACKEND_RIDGE, "ridge", 0.3);

  version = golf_distance_model_publish (model, root, &error);
  g_assert_no_error (error);
  path = golf_distance_model_build_active_path (root, GOLF_MODEL_TARGET_CARRY);
  loaded = golf_distance_model_load (path, root, &error);
  g_assert_no_error (error);

  bench_prediction (loaded, golf_distance_model_get_model_type (loaded));
  if (ridge != NULL)
    bench_prediction (ridge, "ridge");
  bench_info (argv[0], path, root);
  bench_load (path, root);

  getrusage (RUSAGE_SELF, &usage);
  report ("peak memory (ru_maxrss) after the above", usage.ru_maxrss / 1024.0, "MB", 60);

  many = make_shots (20000);
  g_clear_object (&ridge);
  ridge = bench_training (many, GOLF_MODEL_BACKEND_AUTO, golf_distance_model_get_backend_name (), 0);
  getrusage (RUSAGE_SELF, &usage);
  report ("peak memory (ru_maxrss) incl. 20,000 shots", usage.ru_maxrss / 1024.0, "MB", 0);

  golf_bench_remove_tree (root);
  return 0;
}
