/* bench-report.c: how fast a session's PDF report is made
 *
 * One 5,000-shot session in a database file in a temporary folder (14
 * clubs, 50 shots tagged and commented, notes): reading what the report
 * shows from the store with its analytics, then drawing and writing the
 * A4 PDF. Target: both together ≤ 300 ms. Figures are medians of the
 * wall-clock time, with the process's CPU time beside them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "golf-bench-util.h"
#include "golf-session-report.h"
#include "golf-store.h"

#define N_SHOTS 5000
#define N_TAGGED 50
#define RUNS 9
#define TARGET_MS 300.0

/* The session of bench-analysis, with notes and some shots tagged. */
static void
fill_store (GolfStore *store)
{
  g_autoptr(GPtrArray) shots = golf_bench_make_session ("bench", N_SHOTS, 7);
  g_autoptr(GolfSession) session = golf_session_new ("bench");
  g_autoptr(GError) error = NULL;

  golf_session_set_date (session, "2026-10-03");
  if (!golf_store_save_shots (store, session, shots, &error) ||
      !golf_store_set_session_notes (store, "bench", "Tempo and ball position; the wedges short.", &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < N_TAGGED; i++)
    {
      g_autofree char *id = g_strdup_printf ("bench_%u", i * (N_SHOTS / N_TAGGED));

      if (!golf_store_tag_shot (store, id, i % 5 == 0 ? GOLF_TAG_MISHIT : "drill", "A comment of a few words", &error))
        g_error ("%s", error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("golf-lab-bench-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GolfStore) store = NULL;
  double read_ms[RUNS], write_ms[RUNS], total_ms[RUNS], total_cpu[RUNS];
  GStatBuf info;
  guint n_pages = 0;
  double total;

  g_assert_no_error (error);
  db = g_build_filename (dir, "bench-report.db", NULL);
  pdf = g_build_filename (dir, "bench-report.pdf", NULL);
  store = golf_store_new (db, &error);
  g_assert_no_error (error);
  fill_store (store);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GolfSessionReport) report = NULL;
      double cpu_start = golf_bench_cpu_ms ();
      gint64 start = g_get_monotonic_time (), read_end;

      report = golf_session_report_new_for_session (store, "bench", &error);
      read_end = g_get_monotonic_time ();
      if (report == NULL || !golf_session_report_write (report, pdf, &n_pages, &error))
        g_error ("%s", error->message);

      read_ms[run] = (read_end - start) / 1e3;
      write_ms[run] = (g_get_monotonic_time () - read_end) / 1e3;
      total_ms[run] = (g_get_monotonic_time () - start) / 1e3;
      total_cpu[run] = golf_bench_cpu_ms () - cpu_start;
    }

  g_stat (pdf, &info);
  g_print ("A %d-shot session, %d shots tagged: %u pages, %.0f KB of PDF; medians of %d runs\n",
           N_SHOTS, N_TAGGED, n_pages, info.st_size / 1024.0, RUNS);
  g_print ("  reading the session and its analytics   %8.1f ms\n", golf_bench_median (read_ms, RUNS));
  g_print ("  drawing and writing the PDF             %8.1f ms\n", golf_bench_median (write_ms, RUNS));
  g_print ("  CPU time of the whole                   %8.1f ms\n", golf_bench_median (total_cpu, RUNS));
  total = golf_bench_median (total_ms, RUNS);
  golf_bench_report ("one-session PDF report, 5,000 shots (read + draw + write)", total, "ms", "<= 300 ms",
                     total <= TARGET_MS);

  g_clear_object (&store);
  golf_bench_remove_tree (dir);

  return 0;
}
