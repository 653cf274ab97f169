/* bench-csv-import.c: importing a large Garmin CSV export
 *
 * Writes synthetic Garmin R10 exports (English header, units row, 20 days
 * of practice) of 10,000 and 100,000 shots, then measures:
 *   - parse + store + metrics current, in process, on a fresh database
 *     (the target: >= 100,000 shots/s for the 100,000-shot file);
 *   - the peak memory of a process doing the same, for each file: the file
 *     is streamed, so the peak grows with a batch of shots (and a session's
 *     metrics), not with the file.
 * Each speed figure is the median of 3 runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-csv-import"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

extern char **environ;

#include "golf-bench-util.h"
#include "golf-csv-import.h"
#include "golf-metrics-worker.h"
#include "golf-store.h"

#define N_RUNS 3
#define N_DAYS 20
#define TARGET_SHOTS_PER_S 100000.0

static const char header[] =
  "Date,Player,Club Name,Club Type,Club Speed,Attack Angle,Club Path,Club Face,Face to Path,"
  "Ball Speed,Smash Factor,Launch Angle,Launch Direction,Backspin,Sidespin,Spin Rate,"
  "Spin Rate Type,Spin Axis,Apex Height,Carry Distance,Carry Deviation Angle,"
  "Carry Deviation Distance,Total Distance,Total Deviation Angle,Total Deviation Distance,"
  "Note,Tag,Air Density,Temperature,Air Pressure,Relative Humidity\r\n"
  ",,,,[mph],[deg],[deg],[deg],[deg],[mph],,[deg],[deg],[rpm],[rpm],[rpm],,[deg],[ft],[yd],"
  "[deg],[yd],[yd],[deg],[yd],,,[kg/m3],[F],[hPa],[%]\r\n";

static const struct { const char *type; double speed; double carry; double spin; } clubs[] = {
  { "Driver", 100, 240, 2600 }, { "3 Wood", 95, 215, 3400 }, { "4 Hybrid", 88, 190, 4300 },
  { "7 Iron", 80, 160, 6500 }, { "9 Iron", 75, 135, 8200 }, { "Pitching Wedge", 72, 115, 9200 },
};

/* The machine's 1-minute load average: other work slows the figures. */
static const char *
load_average (void)
{
  static char text[16] = "?";
  g_autofree char *contents = NULL;

  if (g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    g_strlcpy (text, contents, MIN (sizeof text, strcspn (contents, " ") + 1));

  return text;
}

/* A Garmin export of @n_shots over N_DAYS days, the same for the same @n_shots. */
static char *
write_csv (const char *dir,
           guint       n_shots)
{
  g_autofree char *path = g_strdup_printf ("%s/garmin-%u.csv", dir, n_shots);
  g_autoptr(GRand) rand = g_rand_new_with_seed (n_shots);
  GString *text = g_string_sized_new (n_shots * 220);
  g_autoptr(GError) error = NULL;
  guint per_day = n_shots / N_DAYS;

  g_string_append (text, header);
  for (guint i = 0; i < n_shots; i++)
    {
      guint day = MIN (i / per_day, N_DAYS - 1), second = (i % per_day) * 7;
      guint hour = 8 + second / 3600, minute = (second / 60) % 60;
      guint club = (i / 25) % G_N_ELEMENTS (clubs);
      double strike = g_rand_double_range (rand, -1, 1);
      double speed = clubs[club].speed * (1 + 0.03 * strike);
      double smash = 1.45 - club * 0.03 + 0.02 * g_rand_double (rand);
      double club_path = g_rand_double_range (rand, -4, 4), face = g_rand_double_range (rand, -3, 3);
      double carry = clubs[club].carry * (1 + 0.04 * strike);

      g_string_append_printf (text,
                              "%02u/%02u/24 %u:%02u:%02u %s,Ann,,%s,%.1f,%.1f,%.1f,%.1f,%.1f,"
                              "%.1f,%.2f,%.1f,%.1f,%.0f,%.0f,%.0f,%s,%.1f,%.1f,%.1f,%.1f,%.1f,"
                              "%.1f,%.1f,%.1f,,,1.2,68,1013,50\r\n",
                              4, day + 1, hour > 12 ? hour - 12 : hour, minute, second % 60,
                              hour >= 12 ? "PM" : "AM", clubs[club].type,
                              speed, g_rand_double_range (rand, -5, 3), club_path, face, face - club_path,
                              speed * smash, smash, g_rand_double_range (rand, 9, 30),
                              g_rand_double_range (rand, -5, 5),
                              clubs[club].spin * (1 + 0.1 * strike), g_rand_double_range (rand, -800, 800),
                              clubs[club].spin * (1 + 0.1 * strike) + 20,
                              g_rand_boolean (rand) ? "Measured" : "Estimated",
                              g_rand_double_range (rand, -10, 10), g_rand_double_range (rand, 60, 110),
                              carry, g_rand_double_range (rand, -5, 5), g_rand_double_range (rand, -20, 20),
                              carry * 1.06, g_rand_double_range (rand, -5, 5),
                              g_rand_double_range (rand, -25, 25));
    }

  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  g_print ("%s: %u shots, %.1f MB\n", path, n_shots, text->len / 1e6);
  g_string_free (text, TRUE);

  return g_steal_pointer (&path);
}

/* Open a store, import the file streamed, wait for every session's
 * metrics (unless @metrics is FALSE). */
static guint
import_into (const char *db_path,
             const char *csv_path,
             gboolean    metrics)
{
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfMetricsWorker) worker = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  store = golf_store_new (db_path, &error);
  g_assert_no_error (error);
  worker = golf_metrics_worker_new (store);

  report = golf_csv_import_file (store, csv_path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  if (!metrics)
    return golf_import_report_get_n_new (report);
  golf_metrics_worker_flush (worker);

  g_assert_cmpuint (golf_import_report_get_n_sessions (report), ==, N_DAYS);
  g_assert_cmpuint (golf_import_report_get_n_set_aside (report), ==, 0);
  for (guint i = 0; i < golf_import_report_get_n_sessions (report); i++)
    {
      GolfSession *session = golf_store_find_session (store, golf_import_report_get_session_id (report, i));

      g_assert_false (golf_session_get_metrics_stale (session));
      g_assert_cmpuint (golf_session_get_shot_count (session), >, 0);
    }

  return golf_import_report_get_n_new (report);
}

static double
thread_cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* Shots per second of wall time; @cpu_rate: per second of the storing
 * thread's own CPU time (its share of a busy machine left out). */
static double
bench_in_process (const char *dir,
                  const char *csv_path,
                  guint       n_shots,
                  double     *cpu_rate)
{
  double rates[N_RUNS], cpu_rates[N_RUNS];

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autofree char *db = g_strdup_printf ("%s/in-process-%u-%u.db", dir, n_shots, run);
      gint64 start = g_get_monotonic_time ();
      double cpu_start = thread_cpu_seconds ();
      guint n = import_into (db, csv_path, TRUE);

      rates[run] = n / ((g_get_monotonic_time () - start) / 1e6);
      cpu_rates[run] = n / (thread_cpu_seconds () - cpu_start);
      g_assert_cmpuint (n, ==, n_shots);
    }

  *cpu_rate = golf_bench_median (cpu_rates, N_RUNS);
  return golf_bench_median (rates, N_RUNS);
}

/* The peak memory of a fresh process importing @csv_path; with @metrics,
 * until every session's metrics are current too. */
static double
child_peak_mb (const char *dir,
               const char *csv_path,
               guint       n_shots,
               gboolean    metrics)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *db = g_strdup_printf ("%s/child-%u-%d.db", dir, n_shots, metrics);
  char *argv[] = { self, (char *) (metrics ? "--child" : "--child-import"), db, (char *) csv_path, NULL };
  double ms, peak_mb;

  g_assert_nonnull (self);
  if (!golf_bench_spawn (argv, environ, NULL, &ms, &peak_mb))
    g_error ("importing %s in a child process failed", csv_path);

  return peak_mb;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *small = NULL;
  g_autofree char *large = NULL;
  double rate_small, rate_large, peak_small, peak_large, all_small, all_large;
  double cpu_small, cpu_large;

  if (argc == 4 && (g_str_equal (argv[1], "--child") || g_str_equal (argv[1], "--child-import")))
    return import_into (argv[2], argv[3], g_str_equal (argv[1], "--child")) > 0 ? EXIT_SUCCESS : EXIT_FAILURE;

  dir = g_dir_make_tmp ("bench-csv-import-XXXXXX", &error);
  g_assert_no_error (error);
  small = write_csv (dir, 10000);
  large = write_csv (dir, 100000);

  rate_small = bench_in_process (dir, small, 10000, &cpu_small);
  rate_large = bench_in_process (dir, large, 100000, &cpu_large);
  peak_small = child_peak_mb (dir, small, 10000, FALSE);
  peak_large = child_peak_mb (dir, large, 100000, FALSE);
  all_small = child_peak_mb (dir, small, 10000, TRUE);
  all_large = child_peak_mb (dir, large, 100000, TRUE);

  g_print ("CSV import, parse + store + metrics current (in process, median of %d):\n", N_RUNS);
  g_print ("   10,000 shots: %9.0f shots/s\n", rate_small);
  g_print ("  100,000 shots: %9.0f shots/s  (target >= %.0f: %s)\n", rate_large, TARGET_SHOTS_PER_S,
           rate_large >= TARGET_SHOTS_PER_S ? "met" : "MISSED");
  g_print ("  per second of the storing thread's own CPU time (a file is read by another thread\n"
           "  meanwhile): %.0f shots/s (10,000), %.0f shots/s (100,000); load average now %s\n",
           cpu_small, cpu_large, load_average ());
  g_print ("peak RSS of a process parsing and storing the file (streamed): %.1f MB (10,000 shots), "
           "%.1f MB (100,000 shots)\n", peak_small, peak_large);
  g_print ("  the same until every session's metrics are current: %.1f MB, %.1f MB\n", all_small, all_large);
  g_print ("  (SQLite's page cache, at most 16 MB, fills as the database grows; the shots in memory\n"
           "   are the batch being written and two read ahead; metrics read a session at a time)\n");

  golf_bench_remove_tree (dir);

  return EXIT_SUCCESS;
}
