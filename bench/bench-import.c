/* bench-import.c: importing a 5,000-shot Uneekor report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a synthetic report of the shape build-aux/gen-uneekor-report.py
 * writes (and the report API sends), then measures:
 *   - parsing alone, in process (golf_uneekor_report_parse);
 *   - parsing with json-glib's JsonParser, for comparison;
 *   - parse + store into a fresh database, in process;
 *   - `$GOLF_LAB_CLI --db FILE import FILE`, the whole process, with its
 *     peak memory (the targets: >= 40,000 shots/s, <= 40 MB).
 * Each figure is the median of 5 runs.
 */
#define G_LOG_DOMAIN "bench-import"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#include "golf-store.h"
#include "golf-bench-util.h"
#include "golf-uneekor-report.h"

#define N_SHOTS 5000
#define N_RUNS 5
#define REPORT_ID 40001
#define TARGET_SHOTS_PER_S 40000.0
#define TARGET_PEAK_MB 40.0

typedef struct
{
  const char *code;
  int         club;
  const char *label;
  double      ball, smash, launch, spin, carry, roll, apex, descent, loft, attack, lie;
} Club;

static const Club clubs[] = {
  { "WEDGE_PITCHING", 16, "warmup",  44.0, 1.25, 24.0, 9000, 114.0,  2.0, 26.0, 52.0, 30.0, -5.0, 64.0 },
  { "DRIVER",          1, "Driver",  67.0, 1.48, 12.5, 2500, 225.0, 20.0, 32.0, 38.0, 13.5,  2.0, 57.0 },
  { "WOOD3",           2, "3 Wood",  62.0, 1.46, 11.0, 3400, 200.0, 14.0, 28.0, 41.0, 15.0, -1.0, 57.5 },
  { "HYBRID4",         7, "4 Hybrid", 57.5, 1.41, 12.5, 4300, 178.0, 9.0, 27.0, 45.0, 18.0, -2.5, 58.5 },
  { "IRON7",          13, "7 Iron",  52.0, 1.35, 16.5, 6500, 150.0,  5.0, 28.0, 49.0, 20.5, -4.0, 62.5 },
  { "IRON9",          15, "9 Iron",  47.0, 1.29, 20.5, 8200, 128.0,  3.0, 27.5, 51.0, 26.0, -4.5, 63.5 },
  { "WEDGE_PITCHING", 16, "PW",      44.0, 1.25, 24.0, 9000, 114.0,  2.0, 26.0, 52.0, 30.0, -5.0, 64.0 },
  { "WEDGE_56",       19, "56°",     36.0, 1.15, 30.5, 9800,  82.0,  1.0, 20.0, 53.0, 42.0, -5.5, 64.0 },
};

static double
gauss (GRand  *rand,
       double  mean,
       double  sd)
{
  double u = 1.0 - g_rand_double (rand);
  double v = g_rand_double (rand);

  return mean + sd * sqrt (-2.0 * log (u)) * cos (2 * G_PI * v);
}

/* A value as the API writes it: a float widened to double, in the
 * shortest form that reads back the same. */
static void
append_float (GString    *json,
              const char *key,
              double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double widened = (float) value;

  for (int digits = 15; digits <= 17; digits++)
    {
      g_ascii_formatd (buffer, sizeof buffer, digits == 15 ? "%.15g" : digits == 16 ? "%.16g" : "%.17g",
                       widened);
      if (g_ascii_strtod (buffer, NULL) == widened)
        break;
    }
  g_string_append_printf (json, ",\"%s\":%s", key, buffer);
}

static const char *
shape (double face,
       double path)
{
  double curve = face - path;

  if (curve > 6)
    return face > 2.5 ? "push slice" : "slice";
  if (curve < -6)
    return face < -2.5 ? "pull hook" : "hook";
  if (curve > 1.5)
    return face > 2.5 ? "push fade" : face < -2.5 ? "pull fade" : "fade";
  if (curve < -1.5)
    return face > 2.5 ? "push draw" : face < -2.5 ? "pull draw" : "draw";
  return face > 2.5 ? "push" : face < -2.5 ? "pull" : "straight";
}

static void
append_shot (GString    *json,
             GRand      *rand,
             const Club *c,
             guint       shot_id)
{
  double strike = gauss (rand, 0, 1);
  double ball = c->ball * (1 + 0.025 * strike);
  double smash = MIN (c->smash + 0.015 * strike - fabs (gauss (rand, 0, 0.012)), 1.52);
  double path = gauss (rand, 0.5, 2.2);
  double face = path * 0.4 + gauss (rand, 0, 1.8);
  double curve = face - path;
  double launch = c->launch + gauss (rand, 0, 1.1);
  double side_angle = 0.8 * face + 0.2 * path;
  double carry = c->carry * pow (ball / c->ball, 1.15) * (1 - 0.002 * fabs (curve)) + gauss (rand, 0, 2);
  double apex = c->apex * (1 + 0.02 * (launch - c->launch)) + gauss (rand, 0, 0.8);
  double roll = g_rand_double (rand);

  g_string_append_printf (json, "{\"id\":%u", shot_id);
  append_float (json, "ball_speed", ball);
  if (roll < 0.04)
    g_string_append (json, ",\"club_speed\":99999");
  else
    append_float (json, "club_speed", ball / smash);
  append_float (json, "carry_distance", carry);
  append_float (json, "total_distance", carry + MAX (0, c->roll * (1 + gauss (rand, 0, 0.25))));
  if (roll < 0.04)
    g_string_append (json, ",\"club_path\":99999,\"club_face_angle\":99999");
  else
    {
      append_float (json, "club_path", path);
      append_float (json, "club_face_angle", face);
    }
  append_float (json, "launch_angle", launch);
  append_float (json, "side_angle", side_angle);
  append_float (json, "dynamic_loft", c->loft + 0.6 * (launch - c->launch) + gauss (rand, 0, 0.7));
  append_float (json, "attack_angle", c->attack + gauss (rand, 0, 1));
  if (roll >= 0.04 && roll < 0.07)
    g_string_append (json, ",\"side_spin\":99999");
  else
    g_string_append_printf (json, ",\"side_spin\":%d", (int) lround (160 * curve + gauss (rand, 0, 80)));
  if (roll >= 0.07 && roll < 0.09)
    g_string_append_printf (json, ",\"back_spin\":\"%d\"", (int) lround (c->spin * (1 + gauss (rand, 0, 0.09))));
  else
    g_string_append_printf (json, ",\"back_spin\":%d", (int) lround (c->spin * (1 + gauss (rand, 0, 0.09))));
  append_float (json, "impact_x", CLAMP (gauss (rand, 0, 5.5), -15, 15));
  append_float (json, "impact_y", CLAMP (gauss (rand, 1, 4.5), -15, 15));
  append_float (json, "side_distance", carry * tan (side_angle * G_PI / 180) + 0.9 * curve * carry / 100);
  append_float (json, "decent_angle", c->descent + gauss (rand, 0, 1.5));
  append_float (json, "apex", apex);
  append_float (json, "flight_time", 2 * sqrt (2 * MAX (apex, 1) / 9.81) * 1.18 + gauss (rand, 0, 0.1));
  if (roll >= 0.09 && roll < 0.10)
    g_string_append (json, ",\"optix_x\":null,\"optix_y\":null");
  else
    {
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (x, sizeof x, "%.2f", gauss (rand, 0, 6));
      g_ascii_formatd (y, sizeof y, "%.2f", gauss (rand, 0, 5));
      g_string_append_printf (json, ",\"optix_x\":\"%s\",\"optix_y\":\"%s\"", x, y);
    }
  append_float (json, "club_lie", c->lie + gauss (rand, 0, 1.2));
  append_float (json, "lie_angle", gauss (rand, 0, 1.5));
  g_string_append_printf (json, ",\"type\":\"%s\",\"impact_img\":null}", shape (face, path));
}

static char *
write_report (const char *dir)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GError) error = NULL;
  GString *json = g_string_sized_new (4 << 20);
  guint shot_id = REPORT_ID * 100 + 1;
  char *path;

  g_string_append_c (json, '[');
  for (guint g = 0; g < G_N_ELEMENTS (clubs); g++)
    {
      guint n_groups = G_N_ELEMENTS (clubs);
      guint n = N_SHOTS / n_groups + (g < N_SHOTS % n_groups ? 1 : 0);

      g_string_append_printf (json,
                              "%s{\"id\":%u,\"name\":\"%s\",\"club_name\":\"%s\",\"club\":%d,"
                              "\"client_created_date\":\"2024-03-09\",\"shots\":[",
                              g > 0 ? "," : "", REPORT_ID * 10 + 101 + g, clubs[g].label,
                              clubs[g].code, clubs[g].club);
      for (guint s = 0; s < n; s++)
        {
          if (s > 0)
            g_string_append_c (json, ',');
          append_shot (json, rand, &clubs[g], shot_id++);
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "]\n");

  path = g_strdup_printf ("%s/report-%d.json", dir, REPORT_ID);
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  g_print ("report: %s, %.2f MB, %d shots\n", path, json->len / 1e6, N_SHOTS);
  g_string_free (json, TRUE);

  return path;
}

static void
bench_parse (const char *data,
             gsize       length)
{
  double ms[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GolfSession) session = NULL;
      g_autoptr(GPtrArray) shots = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      golf_uneekor_report_parse (data, length, "40001", &session, &shots, NULL, &error);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_assert_cmpuint (shots->len, ==, N_SHOTS);
    }

  g_print ("parse (golf_uneekor_report_parse, to GolfShots): %7.1f ms  %9.0f shots/s\n",
           golf_bench_median (ms, N_RUNS), N_SHOTS / golf_bench_median (ms, N_RUNS) * 1000);
}

static void
bench_json_glib (const char *data,
                 gsize       length)
{
  double ms[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      json_parser_load_from_data (parser, data, length, &error);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
    }

  g_print ("parse (json-glib JsonParser, tree only):       %7.1f ms  %9.0f shots/s\n",
           golf_bench_median (ms, N_RUNS), N_SHOTS / golf_bench_median (ms, N_RUNS) * 1000);
}

/* Runs @argv to its end, with stdout to @out_path when given. The peak RSS
 * is the child's own VmHWM, read when it is about to exit (it stops there
 * for us, being traced): wait4's ru_maxrss would also count the pages the
 * child shared with this process between fork and exec. */
static gboolean
spawn_and_measure (char       **argv,
                   char       **envp,
                   const char  *out_path,
                   double      *ms,
                   double      *peak_mb)
{
  gint64 start = g_get_monotonic_time ();
  gboolean traced = FALSE;
  struct rusage usage;
  int status;
  pid_t pid;

  *peak_mb = NAN;

  pid = fork ();
  g_assert (pid >= 0);
  if (pid == 0)
    {
      if (out_path != NULL)
        {
          int fd = open (out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

          dup2 (fd, STDOUT_FILENO);
        }
      ptrace (PTRACE_TRACEME, 0, NULL, NULL);
      execve (argv[0], argv, envp);
      _exit (127);
    }

  for (;;)
    {
      int signal_number = 0;

      if (wait4 (pid, &status, 0, &usage) != pid)
        g_error ("wait4: %s", g_strerror (errno));
      if (WIFEXITED (status) || WIFSIGNALED (status))
        break;

      if (!traced)
        {
          /* Stopped at the exec: ask to stop again at the exit. */
          ptrace (PTRACE_SETOPTIONS, pid, NULL, (void *) (long) PTRACE_O_TRACEEXIT);
          traced = TRUE;
        }
      else if (status >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8)))
        {
          g_autofree char *proc = g_strdup_printf ("/proc/%d/status", (int) pid);
          g_autofree char *text = NULL;
          const char *hwm;

          if (g_file_get_contents (proc, &text, NULL, NULL) && (hwm = strstr (text, "VmHWM:")) != NULL)
            *peak_mb = g_ascii_strtod (hwm + 6, NULL) / 1024.0;
        }
      else
        signal_number = WSTOPSIG (status);

      ptrace (PTRACE_CONT, pid, NULL, (void *) (long) signal_number);
    }

  *ms = (g_get_monotonic_time () - start) / 1000.0;
  if (isnan (*peak_mb))
    *peak_mb = usage.ru_maxrss / 1024.0;

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* Peak memory of a fresh process that reads the report into memory, as
 * the importer does, and parses it one way (this program run again with
 * --child WAY FILE). */
static double
child_peak_mb (const char *path,
               const char *way)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  char *argv[] = { self, (char *) "--child", (char *) way, (char *) path, NULL };
  double ms, peak_mb;

  g_assert_nonnull (self);
  if (!spawn_and_measure (argv, environ, NULL, &ms, &peak_mb))
    g_error ("parsing with %s in a child process failed", way);

  return peak_mb;
}

static int
child_main (const char *way,
            const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return 1;

  if (g_str_equal (way, "golf"))
    {
      g_autoptr(GolfSession) session = NULL;
      g_autoptr(GPtrArray) shots = NULL;

      return golf_uneekor_report_parse (data, length, "40001", &session, &shots, NULL, NULL) ? 0 : 1;
    }
  else if (g_str_equal (way, "json-glib"))
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      return json_parser_load_from_data (parser, data, length, NULL) ? 0 : 1;
    }

  return 0;
}

static void
bench_memory (const char *path)
{
  double base = child_peak_mb (path, "none");
  double golf = child_peak_mb (path, "golf");
  double json = child_peak_mb (path, "json-glib");

  g_print ("peak RSS of a process that reads the file: %.1f MB; parsing it: %.1f MB (golf parser), "
           "%.1f MB (json-glib tree)\n", base, golf, json);
}

static void
bench_store (const char *dir,
             const char *path)
{
  double ms[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autofree char *run_dir = g_strdup_printf ("%s/in-process-%u", dir, i);
      g_autofree char *db = g_build_filename (run_dir, "shots.db", NULL);
      g_autoptr(GolfStore) store = NULL;
      g_autoptr(GError) error = NULL;
      guint n_imported = 0;
      gint64 start;

      g_mkdir (run_dir, 0700);
      start = g_get_monotonic_time ();
      store = golf_store_new (db, &error);
      g_assert_no_error (error);
      golf_uneekor_report_import_file (store, path, NULL, &n_imported, NULL, &error);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_assert_cmpuint (n_imported, ==, N_SHOTS);

      g_clear_object (&store);
      golf_bench_remove_tree (run_dir);
    }

  g_print ("open store + import file (in process):         %7.1f ms  %9.0f shots/s\n",
           golf_bench_median (ms, N_RUNS), N_SHOTS / golf_bench_median (ms, N_RUNS) * 1000);
}

static gboolean
run_cli (const char *cli,
         const char *dir,
         const char *path,
         guint       run,
         double     *ms,
         double     *peak_mb)
{
  g_autofree char *run_dir = g_strdup_printf ("%s/cli-%u", dir, run);
  g_autofree char *db = g_build_filename (run_dir, "shots.db", NULL);
  g_autofree char *out_path = g_build_filename (run_dir, "stdout", NULL);
  g_autofree char *output = NULL;
  char *argv[] = { (char *) cli, (char *) "--db", db, (char *) "import", (char *) path, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", run_dir, TRUE);
  gboolean ok;

  g_mkdir (run_dir, 0700);
  ok = spawn_and_measure (argv, envp, out_path, ms, peak_mb);

  g_file_get_contents (out_path, &output, NULL, NULL);
  golf_bench_remove_tree (run_dir);

  if (!ok)
    {
      g_printerr ("golf-lab-cli import failed: %s\n", output ? output : "");
      return FALSE;
    }
  if (output == NULL || strstr (output, "Imported 5000 shots") == NULL)
    {
      g_printerr ("golf-lab-cli import printed: %s\n", output ? output : "(nothing)");
      return FALSE;
    }

  return TRUE;
}

static gboolean
bench_cli (const char *dir,
           const char *path)
{
  const char *cli = g_getenv ("GOLF_LAB_CLI");
  double ms[N_RUNS], peak[N_RUNS];
  double rate, peak_mb;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_print ("golf-lab-cli import: skipped (set GOLF_LAB_CLI to the built golf-lab-cli)\n");
      return TRUE;
    }

  for (guint i = 0; i < N_RUNS; i++)
    if (!run_cli (cli, dir, path, i, &ms[i], &peak[i]))
      return FALSE;

  rate = N_SHOTS / golf_bench_median (ms, N_RUNS) * 1000;
  peak_mb = golf_bench_median (peak, N_RUNS);
  g_print ("golf-lab-cli import (whole process):           %7.1f ms  %9.0f shots/s"
           "  (target >= %.0f: %s)\n",
           golf_bench_median (ms, N_RUNS), rate, TARGET_SHOTS_PER_S,
           rate >= TARGET_SHOTS_PER_S ? "met" : "MISSED");
  g_print ("golf-lab-cli import peak RSS:                  %7.1f MB"
           "                   (target <= %.0f MB: %s)\n",
           peak_mb, TARGET_PEAK_MB, peak_mb <= TARGET_PEAK_MB ? "met" : "MISSED");

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gboolean ok;
  gsize length;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], argv[3]);

  dir = g_dir_make_tmp ("bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = write_report (dir);
  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);

  bench_parse (data, length);
  bench_json_glib (data, length);
  bench_memory (path);
  bench_store (dir, path);
  ok = bench_cli (dir, path);

  golf_bench_remove_tree (dir);

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
