/* test-report.c: PDF reports read back as a reader would: pages, paper,
 * text (pdftotext, pdfinfo and pdffonts from poppler-utils)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-report"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "golf-chart-dplane.h"
#include "golf-gapping.h"
#include "golf-session-report.h"
#include "golf-test-analysis.h"
#include "golf-uneekor-report.h"

#define SESSION "440001"
#define PLAYER "Ann Lindqvist"

typedef struct
{
  GolfTestDir  dir;
  GolfStore   *store;
  GolfPlayer  *ann;
  char        *pdf;
} Fixture;

static void
import_sample (Fixture    *f,
               const char *id,
               GolfPlayer *player)
{
  g_autofree char *name = g_strdup_printf ("report-%s.json", id);
  g_autofree char *path = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", name, NULL);
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = golf_uneekor_report_import_file (f->store, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (golf_store_move_session (f->store, id, golf_player_get_id (player), &error));
  g_assert_no_error (error);
}

/* Session 440001 (2026-10-03, 60 shots, 7 clubs) is Ann's, a left-handed
 * student, with notes and two shots commented. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&f->dir);
  f->store = golf_test_store_new (f->dir.db_path);
  f->pdf = g_build_filename (f->dir.dir, "report.pdf", NULL);
  f->ann = golf_store_add_player (f->store, PLAYER, GOLF_HAND_LEFT, NULL, &error);
  g_assert_no_error (error);

  import_sample (f, SESSION, f->ann);
  g_assert_true (golf_store_set_session_notes (f->store, SESSION, "Tempo drill: three to one.\nKeep the finish.",
                                               &error));
  g_assert_true (golf_store_tag_shot (f->store, SESSION "_4400111_44000101", GOLF_TAG_MISHIT, "Heel, felt thin",
                                      &error));
  g_assert_true (golf_store_tag_shot (f->store, SESSION "_4400111_44000105", "good", "Best swing today", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->pdf);
  golf_test_dir_clear (&f->dir);
}

/* What a poppler tool prints, or NULL (the test skipped) when it is not
 * installed. */
static char *
run_tool (const char *tool,
          ...) G_GNUC_NULL_TERMINATED;

static char *
run_tool (const char *tool,
          ...)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status;
  va_list args;

  if (program == NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is not installed (poppler-utils; build-aux/install-deps "
                                              "installs it): the PDF cannot be read back", tool);

      g_test_skip (why);
      return NULL;
    }

  g_ptr_array_add (argv, program);
  va_start (args, tool);
  for (const char *arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);

  return out;
}

static char *
pdf_text (const char *pdf)
{
  return run_tool ("pdftotext", pdf, "-", NULL);
}

static void
write_report (GolfSessionReport *report,
              const char        *path,
              guint              expected_pages)
{
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  g_assert_true (golf_session_report_write (report, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, expected_pages);
}

static GolfSessionReport *
session_report (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GolfSessionReport *report = golf_session_report_new_for_session (f->store, SESSION, &error);

  g_assert_no_error (error);
  return report;
}

/* The value of a "Name:   value" line of pdfinfo. */
static char *
info_value (const char *info,
            const char *name)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], name) && lines[i][strlen (name)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (name) + 1));

  g_error ("pdfinfo says no %s:\n%s", name, info);
}

/* The pages and the paper, as pdfinfo reads them. */
static void
assert_pages (const char *pdf,
              guint       pages,
              const char *paper)
{
  g_autofree char *info = run_tool ("pdfinfo", pdf, NULL);
  g_autofree char *n_pages = NULL;
  g_autofree char *size = NULL;
  g_autofree char *expected_pages = g_strdup_printf ("%u", pages);
  g_autofree char *expected_paper = g_strdup_printf ("pts (%s)", paper);

  if (info == NULL)
    return;

  n_pages = info_value (info, "Pages");
  size = info_value (info, "Page size");
  g_assert_cmpstr (n_pages, ==, expected_pages);
  g_assert_true (g_str_has_suffix (size, expected_paper));
}

static void
assert_has (const char *text,
            const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not in the report's text:\n%s", expected, text);
}

/* Every font the PDF uses is embedded: the "emb" column of pdffonts. */
static void
assert_fonts_embedded (const char *pdf)
{
  g_autofree char *fonts = run_tool ("pdffonts", pdf, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  if (fonts == NULL)
    return;

  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) columns = g_ptr_array_new ();

      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0')
          g_ptr_array_add (columns, words[w]);
      g_assert_cmpuint (columns->len, >=, 6);
      if (g_strcmp0 (columns->pdata[columns->len - 5], "yes") != 0)
        g_error ("a font is not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

/* The median carry of each club, as gapping has it, written as the app
 * writes it. */
static void
assert_has_medians (Fixture    *f,
                    const char *text,
                    GolfUnits   units)
{
  const char *ids[] = { SESSION, NULL };
  g_autoptr(GolfShotTable) table = golf_shot_table_read (f->store, ids, NULL);
  g_autoptr(GolfGapping) gapping = golf_gapping_compute (table);

  g_assert_cmpuint (golf_gapping_get_n_clubs (gapping), ==, 7);
  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    {
      const GolfGappingClub *club = golf_gapping_get_club (gapping, i);
      g_autofree char *median = golf_format_value (GOLF_UNIT_DISTANCE, club->median_carry, units);
      g_autofree char *row = g_strdup_printf ("%s\n", median);

      assert_has (text, club->club);
      assert_has (text, row);
    }
}

static void
test_session_report (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GolfSessionReport) report = session_report (f);
  g_autofree char *text = NULL;
  g_autofree char *date = golf_format_date ("2026-10-03");

  g_assert_cmpuint (golf_session_report_get_n_sessions (report), ==, 1);
  write_report (report, f->pdf, 2);
  assert_pages (f->pdf, 2, "A4");
  assert_fonts_embedded (f->pdf);

  if ((text = pdf_text (f->pdf)) == NULL)
    return;
  assert_has (text, "Player: " PLAYER " (left-handed)");
  assert_has (text, date);
  assert_has (text, "Sat 3 Oct 2026");
  assert_has_medians (f, text, GOLF_UNITS_IMPERIAL);
  assert_has (text, "carry (yd)");
  assert_has (text, "Tempo drill: three to one.\nKeep the finish.");
  assert_has (text, "Heel, felt thin");
  assert_has (text, "Best swing today");
  /* The D-plane is drawn for a left-hander: its upper left quadrant
   * (path to the left, face right of it) above its lower left one. */
  {
    const char *upper = strstr (text, golf_chart_dplane_quadrant_name (-1, 1, GOLF_HAND_LEFT));
    const char *lower = strstr (text, golf_chart_dplane_quadrant_name (-1, -1, GOLF_HAND_LEFT));

    g_assert_nonnull (upper);
    g_assert_nonnull (lower);
    g_assert_true (upper < lower);
  }
}

static void
test_letter_and_metres (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GolfSessionReport) report = session_report (f);
  g_autofree char *text = NULL;

  golf_session_report_set_paper (report, GOLF_REPORT_PAPER_LETTER);
  golf_session_report_set_units (report, GOLF_UNITS_METRIC);
  write_report (report, f->pdf, 2);
  assert_pages (f->pdf, 2, "letter");

  if ((text = pdf_text (f->pdf)) == NULL)
    return;
  assert_has (text, "carry (m)");
  assert_has_medians (f, text, GOLF_UNITS_METRIC);
}

/* Sixty commented shots run over a page, the table's header with them. */
static void
test_long_table_flows_on (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GListModel) shots = golf_store_list_shots (f->store, SESSION, NULL);
  g_autoptr(GolfSessionReport) report = NULL;
  g_autofree char *last_page = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (shots); i++)
    {
      g_autoptr(GolfShot) shot = g_list_model_get_item (shots, i);
      g_autofree char *comment = g_strdup_printf ("Comment on shot %u", i + 1);

      g_assert_true (golf_store_tag_shot (f->store, golf_shot_get_id (shot), "drill", comment, &error));
      g_assert_no_error (error);
    }

  report = session_report (f);
  write_report (report, f->pdf, 3);
  assert_pages (f->pdf, 3, "A4");

  if ((last_page = run_tool ("pdftotext", "-f", "3", "-l", "3", f->pdf, "-", NULL)) == NULL)
    return;
  assert_has (last_page, "Comment on shot 60");
}

/* A player's sessions over a date range: their numbers together, the list
 * of sessions, then each session; nobody else's. */
static void
test_player_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GolfSessionReport) report = NULL;
  g_autoptr(GolfSessionReport) october = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  import_sample (f, "440002", golf_store_find_player (f->store, NULL));
  import_sample (f, "440003", f->ann);

  report = golf_session_report_new_for_player (f->store, f->ann, "2026-10-01", "2026-11-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_session_report_get_n_sessions (report), ==, 2);
  /* The two together on a page, then two pages a session. */
  write_report (report, f->pdf, 5);
  assert_pages (f->pdf, 5, "A4");

  if ((text = pdf_text (f->pdf)) == NULL)
    return;
  assert_has (text, PLAYER ": 2 sessions");
  assert_has (text, "Sat 3 Oct 2026 to Sat 7 Nov 2026");
  assert_has (text, "Session 440001");
  assert_has (text, "Session 440003");
  g_assert_null (strstr (text, "440002"));

  october = golf_session_report_new_for_player (f->store, f->ann, NULL, "2026-10-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_session_report_get_n_sessions (october), ==, 1);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GolfSessionReport) report = session_report (f);
  g_autofree char *missing = g_build_filename (f->dir.dir, "no-such-folder", "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GolfPlayer *bo;

  g_assert_null (golf_session_report_new_for_session (f->store, "nope", &error));
  g_assert_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_NO_SESSION);
  g_clear_error (&error);

  bo = golf_store_add_player (f->store, "Bo", GOLF_HAND_RIGHT, NULL, &error);
  g_assert_null (golf_session_report_new_for_player (f->store, bo, NULL, NULL, &error));
  g_assert_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_NO_SESSION);
  g_assert_nonnull (strstr (error->message, "Bo has no session at all"));
  g_clear_error (&error);
  g_assert_null (golf_session_report_new_for_player (f->store, f->ann, "2027-01-01", NULL, &error));
  g_assert_nonnull (strstr (error->message, "no session on or after 2027-01-01"));
  g_clear_error (&error);

  g_assert_false (golf_session_report_write (report, missing, NULL, &error));
  g_assert_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "Could not write the report to"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* A write that fails halfway (the file size limit here, a full disk for a
 * user) leaves no new file and the earlier report whole: nothing half
 * written, nothing hidden left behind. Run in a subprocess, which alone
 * gets the limit. */
static void
test_failed_write_leaves_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GolfSessionReport) report = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *earlier = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  struct rlimit limit;
  gsize earlier_length, after_length;
  const char *entry;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  report = session_report (f);
  fresh = g_build_filename (f->dir.dir, "fresh.pdf", NULL);
  write_report (report, f->pdf, 2);
  g_assert_true (g_file_get_contents (f->pdf, &earlier, &earlier_length, NULL));
  g_assert_cmpuint (earlier_length, >, 32 * 1024);

  signal (SIGXFSZ, SIG_IGN);
  limit.rlim_cur = limit.rlim_max = 16 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (golf_session_report_write (report, fresh, NULL, &error));
  g_assert_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "Could not write the report to"));
  g_assert_nonnull (strstr (error->message, "fresh.pdf”: Error writing to file: File too large"));
  g_clear_error (&error);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  g_assert_false (golf_session_report_write (report, f->pdf, NULL, &error));
  g_assert_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_WRITE);
  g_assert_true (g_file_get_contents (f->pdf, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, earlier, earlier_length);

  dir = g_dir_open (f->dir.dir, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (entry, ".fresh.pdf") || g_str_has_prefix (entry, ".report.pdf"));
}

/* golf-lab-cli report: the file, its pages and paper; what it refuses. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  g_clear_object (&f->store);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "report", SESSION, "-o", f->pdf, "--paper", "letter",
                                      NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Wrote the report of 1 session (2 pages, Letter) to"));
  assert_pages (f->pdf, 2, "letter");

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "report", "--player", "ann lindqvist", "-o", f->pdf,
                                      NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Wrote the report of 1 session (3 pages, A4)"));

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "report", SESSION, "-o", f->pdf, "--paper", "a5",
                                      NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--paper takes a4 or letter, not “a5”"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "report", SESSION, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "report needs -o FILE.pdf"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "report", "--player", "Cy", "-o", f->pdf, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No player is named “Cy”"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "report", "--player", "Me", "--from", "2026-13-01",
                                      "-o", f->pdf, NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/report/session", test_session_report);
  ADD ("/report/letter-and-metres", test_letter_and_metres);
  ADD ("/report/long-table-flows-on", test_long_table_flows_on);
  ADD ("/report/player", test_player_report);
  ADD ("/report/errors", test_errors);
  ADD ("/report/failed-write-leaves-nothing", test_failed_write_leaves_nothing);
  ADD ("/report/cli", test_cli);

#undef ADD

  return g_test_run ();
}
