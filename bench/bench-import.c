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
 *     peak memory (the targets: >= 40,000 shots/s, <= 40 MB);
 *   - `$GOLF_LAB_CLI --db FILE import LINK` from a loopback server, the
 *     whole process (target: >= 40,000 shots/s).
 * Each figure is the median of 5 runs.
 */
#define G_LOG_DOMAIN "bench-import"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* The same generator that made the shipped samples, at benchmark size. */
static char *
write_report (const char *dir)
{
  g_autofree char *script = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "build-aux",
                                              "gen-uneekor-report.py", NULL);
  g_autofree char *path = g_strdup_printf ("%s/report-%d.json", dir, REPORT_ID);
  g_autofree char *shots = g_strdup_printf ("%d", N_SHOTS);
  g_autofree char *id = g_strdup_printf ("%d", REPORT_ID);
  const char *argv[] = { "python3", script, "--shots", shots, "--seed", "7", "--id", id,
                         "--date", "2024-03-09", "--out", path, NULL };
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_print ("report: %s, %.2f MB, %d shots\n", path, st.st_size / 1e6, N_SHOTS);

  return g_steal_pointer (&path);
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
  if (!golf_bench_spawn (argv, environ, NULL, &ms, &peak_mb))
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
      g_autoptr(GolfImportReport) report = NULL;
      gint64 start;

      g_mkdir (run_dir, 0700);
      start = g_get_monotonic_time ();
      store = golf_store_new (db, &error);
      g_assert_no_error (error);
      report = golf_uneekor_report_import_file (store, path, NULL, &error);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_assert_cmpuint (golf_import_report_get_n_new (report), ==, N_SHOTS);

      g_clear_object (&store);
      golf_bench_remove_tree (run_dir);
    }

  g_print ("open store + import file (in process):         %7.1f ms  %9.0f shots/s\n",
           golf_bench_median (ms, N_RUNS), N_SHOTS / golf_bench_median (ms, N_RUNS) * 1000);
}

static gboolean
run_cli (const char *cli,
         const char *dir,
         const char *source,
         const char *api,
         guint       run,
         double     *ms,
         double     *peak_mb)
{
  g_autofree char *run_dir = g_strdup_printf ("%s/cli-%u", dir, run);
  g_autofree char *db = g_build_filename (run_dir, "shots.db", NULL);
  g_autofree char *out_path = g_build_filename (run_dir, "stdout", NULL);
  g_autofree char *output = NULL;
  char *argv[] = { (char *) cli, (char *) "--db", db, (char *) "import", (char *) source, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", run_dir, TRUE);
  gboolean ok;

  if (api != NULL)
    envp = g_environ_setenv (envp, "GOLF_LAB_UNEEKOR_API", api, TRUE);

  g_mkdir (run_dir, 0700);
  ok = golf_bench_spawn (argv, envp, out_path, ms, peak_mb);

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

/* `golf-lab-cli import SOURCE`, the whole process, @api serving links. */
static gboolean
bench_cli (const char *dir,
           const char *source,
           const char *api,
           const char *label)
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
    if (!run_cli (cli, dir, source, api, i, &ms[i], &peak[i]))
      return FALSE;

  rate = N_SHOTS / golf_bench_median (ms, N_RUNS) * 1000;
  peak_mb = golf_bench_median (peak, N_RUNS);
  g_print ("%-46s %7.1f ms  %9.0f shots/s  (target >= %.0f: %s)\n", label,
           golf_bench_median (ms, N_RUNS), rate, TARGET_SHOTS_PER_S,
           rate >= TARGET_SHOTS_PER_S ? "met" : "MISSED");
  g_print ("%-46s %7.1f MB                   (target <= %.0f MB: %s)\n", "  its peak RSS:",
           peak_mb, TARGET_PEAK_MB, peak_mb <= TARGET_PEAK_MB ? "met" : "MISSED");

  return TRUE;
}

/* The report API on 127.0.0.1, served by a thread while the CLI runs. */
typedef struct
{
  GMainContext *context;
  GMainLoop    *loop;
  GBytes       *report;
  char         *base;
  GMutex        lock;
  GCond         ready;
} Server;

static void
serve_report (SoupServer        *soup_server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  Server *server = user_data;

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                    g_bytes_get_data (server->report, NULL),
                                    g_bytes_get_size (server->report));
}

static gpointer
server_thread (gpointer data)
{
  Server *server = data;
  g_autoptr(SoupServer) soup_server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server->context);
  soup_server = soup_server_new (NULL, NULL);
  soup_server_listen_local (soup_server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  soup_server_add_handler (soup_server, "/api", serve_report, server, NULL);
  uris = soup_server_get_uris (soup_server);

  g_mutex_lock (&server->lock);
  server->base = g_strdup_printf ("http://127.0.0.1:%d/api", g_uri_get_port (uris->data));
  g_cond_signal (&server->ready);
  g_mutex_unlock (&server->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (server->loop);
  g_main_context_pop_thread_default (server->context);

  return NULL;
}

static gboolean
bench_link (const char *dir,
            const char *data,
            gsize       length)
{
  Server server = { 0, };
  GThread *thread;
  gboolean ok;

  server.report = g_bytes_new_static (data, length);
  server.context = g_main_context_new ();
  server.loop = g_main_loop_new (server.context, FALSE);
  g_mutex_init (&server.lock);
  g_cond_init (&server.ready);
  thread = g_thread_new ("report-server", server_thread, &server);
  g_mutex_lock (&server.lock);
  while (server.base == NULL)
    g_cond_wait (&server.ready, &server.lock);
  g_mutex_unlock (&server.lock);

  ok = bench_cli (dir, "https://my.uneekor.com/report?id=40001&key=bench", server.base,
                  "golf-lab-cli import LINK (loopback server):");

  g_main_loop_quit (server.loop);
  g_thread_join (thread);
  g_main_loop_unref (server.loop);
  g_main_context_unref (server.context);
  g_bytes_unref (server.report);
  g_free (server.base);

  return ok;
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
  ok = bench_cli (dir, path, NULL, "golf-lab-cli import FILE (whole process):") &&
       bench_link (dir, data, length);

  golf_bench_remove_tree (dir);

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
