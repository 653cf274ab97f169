/* test-import-store.c: Uneekor report files into the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-import-store"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "golf-store.h"
#include "golf-test-util.h"
#include "golf-uneekor-report.h"

/* report-44478.json: three club groups of four shots. */
#define NORMAL_SESSION "44478"
#define NORMAL_SHOTS 12

static void
assert_absent (GolfShot      *shot,
               GolfShotField  field)
{
  if (golf_shot_has (shot, field))
    g_error ("%s of shot %s is %g, expected it absent",
             golf_shot_field_get_name (field), golf_shot_get_id (shot),
             golf_shot_get (shot, field));
}

/* Store-backed cases: a real database in a temporary folder. */

typedef struct
{
  GolfTestDir  tmp;
  GolfStore   *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  golf_test_dir_init (&fixture->tmp);
  fixture->store = golf_test_store_new (fixture->tmp.db_path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  golf_test_dir_clear (&fixture->tmp);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* Copies a fixture into the temporary folder under another name,
 * replacing @find by @replace in its text when given. */
static char *
copy_fixture (Fixture    *fixture,
              const char *name,
              const char *new_name,
              const char *find,
              const char *replace)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->tmp.dir, new_name, NULL);
  gsize length;

  text = golf_test_read_fixture (name, &length);
  if (find != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (text, find, -1);

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      g_free (text);
      text = g_strjoinv (replace, parts);
      length = strlen (text);
    }

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);

  return path;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Everything the store holds, as text, to compare before and after. */
static char *
describe_store (GolfStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shots = golf_store_dup_all_shots (store, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GListModel *sessions = golf_store_get_sessions (store);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < shots->len; i++)
    {
      GolfShot *shot = shots->pdata[i];
      GString *line = g_string_new (NULL);

      g_string_append_printf (line, "%s|%s|%s|%s", golf_shot_get_id (shot),
                              golf_shot_get_session_id (shot), golf_shot_get_club (shot),
                              golf_shot_get_shot_type (shot));
      for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
        g_string_append_printf (line, "|%.17g", golf_shot_get (shot, f));
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  g_ptr_array_sort (lines, compare_lines);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);

      g_string_append_printf (text, "session %s %s\n", golf_session_get_id (session),
                              golf_session_get_date (session));
    }
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) lines->pdata[i]);

  return g_string_free (text, FALSE);
}

/* Imports a report file; the counts come from its import report. */
static gboolean
import_file (GolfStore   *store,
             const char  *path,
             const char  *session_id,
             guint       *n_imported,
             guint       *n_skipped,
             GError     **error)
{
  g_autoptr(GolfImportReport) report = golf_uneekor_report_import_file (store, path, session_id, error);

  if (report == NULL)
    return FALSE;

  if (n_imported != NULL)
    *n_imported = golf_import_report_get_n_new (report) + golf_import_report_get_n_updated (report) +
                  golf_import_report_get_n_unchanged (report);
  if (n_skipped != NULL)
    *n_skipped = golf_import_report_get_n_set_aside (report);

  return TRUE;
}

static void
test_store_import (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("report-44478.json");
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *session;
  guint n_imported = 0, n_skipped = 99;

  g_assert_true (import_file (fixture->store, path, NULL,
                                                  &n_imported, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, NORMAL_SHOTS);
  g_assert_cmpuint (n_skipped, ==, 0);

  /* The session id comes from the file name. */
  g_assert_cmpuint (golf_test_count_shots (fixture->store, NORMAL_SESSION), ==, NORMAL_SHOTS);
  session = golf_store_find_session (fixture->store, NORMAL_SESSION);
  g_assert_nonnull (session);
  g_assert_cmpstr (golf_session_get_date (session), ==, "2024-03-01");

  /* What was stored is what the report said, absent values included. */
  shot = golf_test_dup_shot (fixture->store, NORMAL_SESSION, "44478_444881_4447801");
  g_assert_nonnull (shot);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "Driver");
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), ==, 64.76091766357422);
  assert_absent (shot, GOLF_SHOT_FIELD_CLUB_SPEED);
}

static void
test_store_reimport (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("report-44478.json");
  g_autofree char *changed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  guint n_imported = 0;

  g_assert_true (import_file (fixture->store, path, NULL, &n_imported, NULL, &error));
  g_assert_no_error (error);
  before = describe_store (fixture->store);

  /* The same file again: nothing doubles, nothing changes. */
  g_assert_true (import_file (fixture->store, path, NULL, &n_imported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, NORMAL_SHOTS);
  g_assert_cmpuint (golf_test_count_shots (fixture->store, NORMAL_SESSION), ==, NORMAL_SHOTS);
  after = describe_store (fixture->store);
  g_assert_cmpstr (before, ==, after);

  /* A corrected export of the same report updates the shot in place. */
  changed = copy_fixture (fixture, "report-44478.json", "report-44478.json",
                          "\"ball_speed\": 64.76091766357422", "\"ball_speed\": 64.5");
  g_assert_true (import_file (fixture->store, changed, NULL, &n_imported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (golf_test_count_shots (fixture->store, NORMAL_SESSION), ==, NORMAL_SHOTS);
  shot = golf_test_dup_shot (fixture->store, NORMAL_SESSION, "44478_444881_4447801");
  g_assert_nonnull (shot);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), ==, 64.5);
}

static void
test_store_failed_import_changes_nothing (Fixture       *fixture,
                                          gconstpointer  user_data)
{
  static const struct { const char *name; int code; } bad[] = {
    { "report-truncated.json", GOLF_IMPORT_ERROR_SYNTAX },
    { "not-a-report.json", GOLF_IMPORT_ERROR_NOT_A_REPORT },
    { "report-no-shots.json", GOLF_IMPORT_ERROR_NO_SHOTS },
    { "no-such-file.json", GOLF_IMPORT_ERROR_READ },
  };
  g_autofree char *path = fixture_path ("report-44478.json");
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (import_file (fixture->store, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  before = describe_store (fixture->store);
  g_assert_nonnull (strstr (before, "44478_444886_4447824"));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *bad_path = fixture_path (bad[i].name);
      g_autofree char *after = NULL;
      guint n_imported = 77, n_skipped = 77;

      /* Into the same session, and into one of its own. */
      g_assert_false (import_file (fixture->store, bad_path, NORMAL_SESSION,
                                                       &n_imported, &n_skipped, &error));
      g_assert_error (error, GOLF_IMPORT_ERROR, bad[i].code);
      g_assert_cmpuint (n_imported, ==, 77);
      g_clear_error (&error);

      g_assert_false (import_file (fixture->store, bad_path, NULL,
                                                       NULL, NULL, &error));
      g_assert_error (error, GOLF_IMPORT_ERROR, bad[i].code);
      g_clear_error (&error);

      after = describe_store (fixture->store);
      g_assert_cmpstr (before, ==, after);
    }

  /* A folder is no report. */
  g_assert_false (import_file (fixture->store, fixture->tmp.dir, NULL, NULL, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  /* The message names the file. */
  {
    g_autofree char *bad_path = fixture_path ("report-truncated.json");

    import_file (fixture->store, bad_path, NULL, NULL, NULL, &error);
    g_assert_nonnull (strstr (error->message, "report-truncated.json"));
    g_assert_nonnull (strstr (error->message, "line 41"));
  }
}

/* Only regular files of a sane size are read: a named pipe would wait for
 * a writer, a huge file would fill the memory. Neither touches the store. */
static void
test_store_refuses_odd_files (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *fifo = g_build_filename (fixture->tmp.dir, "report-1.json", NULL);
  g_autofree char *huge = g_build_filename (fixture->tmp.dir, "report-2.json", NULL);
  g_autoptr(GError) error = NULL;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (import_file (fixture->store, fifo, NULL, NULL, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "report-1.json"));
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);

  /* 300 MB without a byte written: the file is sparse. */
  fd = g_open (huge, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 300 * 1000 * 1000), ==, 0);
  g_close (fd, NULL);
  g_assert_false (import_file (fixture->store, huge, NULL, NULL, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "300.0"));
  g_clear_error (&error);

  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (fixture->store)), ==, 0);
}

static void
test_store_session_override (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("report-44478.json");
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  guint n_imported = 0;

  g_assert_true (import_file (fixture->store, path, "range-day",
                                                  &n_imported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, NORMAL_SHOTS);
  g_assert_cmpuint (golf_test_count_shots (fixture->store, "range-day"), ==, NORMAL_SHOTS);
  g_assert_cmpuint (golf_test_count_shots (fixture->store, NORMAL_SESSION), ==, 0);
  g_assert_null (golf_store_find_session (fixture->store, NORMAL_SESSION));

  shot = golf_test_dup_shot (fixture->store, "range-day", "range-day_444881_4447801");
  g_assert_nonnull (shot);
  g_assert_cmpstr (golf_shot_get_session_id (shot), ==, "range-day");

  /* An empty id is refused, not guessed. */
  g_assert_false (import_file (fixture->store, path, "", NULL, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SESSION);
}

/* A download's name gives the report id; any other name is ignored and the
 * report's content names the session, so the same report saved under two
 * names (or with a name that is not even UTF-8) is one session. */
static void
test_store_session_from_content (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  static const struct { const char *file; const char *session; } names[] = {
    { "123456.json", "123456" },
    { "report_77.json", "77" },
    { "Report-4242.JSON", "4242" },
    { "report-4242 (1).json", "4242" },
    { "range day.json", "uneekor-700001" },
    { "report-2024.03.json", "uneekor-700001" },
    { "report-700001-copy.json", "uneekor-700001" },
    { "r\xe9sum\xe9 \xff.json", "uneekor-700001" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = copy_fixture (fixture, "report-no-id.json", names[i].file, NULL, NULL);
      g_autoptr(GError) error = NULL;
      guint n_imported = 0, n_skipped = 0;

      g_assert_true (import_file (fixture->store, path, NULL, &n_imported, &n_skipped, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n_imported, ==, 2);
      g_assert_cmpuint (n_skipped, ==, 3);
      if (golf_store_find_session (fixture->store, names[i].session) == NULL)
        g_error ("%s: no session %s", names[i].file, names[i].session);
      g_assert_cmpuint (golf_test_count_shots (fixture->store, names[i].session), ==, 2);
    }

  /* Four sessions, every id valid UTF-8. */
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (fixture->store)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (golf_store_get_sessions (fixture->store), i);

      g_assert_true (g_utf8_validate (golf_session_get_id (session), -1, NULL));
    }
}

/* Importing again says what happened to each shot. */
static void
test_store_report_counts (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("report-44478.json");
  g_autofree char *changed = NULL;
  g_autoptr(GolfImportReport) first = NULL;
  g_autoptr(GolfImportReport) again = NULL;
  g_autoptr(GolfImportReport) corrected = NULL;
  g_autoptr(GError) error = NULL;
  guint n_new, n_updated, n_unchanged;
  gint64 revision_before;

  first = golf_uneekor_report_import_file (fixture->store, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (first), ==, NORMAL_SHOTS);
  g_assert_cmpuint (golf_import_report_get_n_updated (first), ==, 0);
  g_assert_cmpuint (golf_import_report_get_n_sessions (first), ==, 1);
  g_assert_cmpstr (golf_import_report_get_session_id (first, 0), ==, NORMAL_SESSION);

  /* The same again: nothing new, nothing written (the session's revision stays). */
  revision_before = golf_test_query_int (fixture->tmp.db_path,
                                         "SELECT revision FROM sessions WHERE id = '" NORMAL_SESSION "'");
  again = golf_uneekor_report_import_file (fixture->store, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (again), ==, 0);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (again), ==, NORMAL_SHOTS);
  g_assert_cmpint (golf_test_query_int (fixture->tmp.db_path,
                                        "SELECT revision FROM sessions WHERE id = '" NORMAL_SESSION "'"),
                   ==, revision_before);

  /* One value corrected: one shot updated, the rest unchanged. */
  changed = copy_fixture (fixture, "report-44478.json", "report-44478.json",
                          "\"ball_speed\": 64.76091766357422", "\"ball_speed\": 64.5");
  corrected = golf_uneekor_report_import_file (fixture->store, changed, NULL, &error);
  g_assert_no_error (error);
  golf_import_report_get_session_counts (corrected, 0, &n_new, &n_updated, &n_unchanged);
  g_assert_cmpuint (n_new, ==, 0);
  g_assert_cmpuint (n_updated, ==, 1);
  g_assert_cmpuint (n_unchanged, ==, NORMAL_SHOTS - 1);
}

/* Values no launch monitor can measure are stored as missing, and the
 * report says which and why; the rest of the shot is kept. */
static void
test_store_impossible_values (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->tmp.dir, "report-9.json", NULL);
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_file_set_contents (path, "[{\"id\": 3, \"shots\": [{\"id\": 1, \"ball_speed\": 160.5,"
                       " \"carry_distance\": 1.7e308, \"back_spin\": 25000, \"launch_angle\": 12.5,"
                       " \"club_path\": -95}]}]", -1, &error);
  g_assert_no_error (error);

  report = golf_uneekor_report_import_file (fixture->store, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, 1);
  g_assert_cmpuint (golf_import_report_get_n_refused_values (report), ==, 4);
  g_assert_cmpint (golf_import_report_get_refused_field (report, 0), ==, GOLF_SHOT_FIELD_BALL_SPEED);
  g_assert_cmpstr (golf_import_report_get_refused_where (report, 0), ==, "shot 9_3_1");
  g_assert_cmpstr (golf_import_report_get_refused_reason (report, 0), ==,
                   "ball speed 160.5 m/s is above the possible 150 m/s; stored as missing");

  text = golf_import_report_to_text (report);
  g_assert_nonnull (strstr (text, "carry distance 1.7e+308 m is above the possible 600 m"));
  g_assert_nonnull (strstr (text, "back spin 25000 rpm is above the possible 20000 rpm"));
  g_assert_nonnull (strstr (text, "club path -95° is below the possible -90°"));

  shot = golf_test_dup_shot (fixture->store, "9", "9_3_1");
  g_assert_nonnull (shot);
  assert_absent (shot, GOLF_SHOT_FIELD_BALL_SPEED);
  assert_absent (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE);
  assert_absent (shot, GOLF_SHOT_FIELD_BACK_SPIN);
  assert_absent (shot, GOLF_SHOT_FIELD_CLUB_PATH);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE), ==, 12.5);
}

static void
test_store_odd_names (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = fixture_path ("report-odd.json");
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  const char *session_id = "x'); DROP TABLE shots;--";
  guint n_imported = 0;

  g_assert_true (import_file (fixture->store, path, session_id,
                                                  &n_imported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, 3);
  g_assert_cmpuint (golf_test_count_shots (fixture->store, session_id), ==, 3);

  shot = golf_test_dup_shot (fixture->store, session_id, "x'); DROP TABLE shots;--_900002_3");
  g_assert_nonnull (shot);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "x'); DROP TABLE shots;--");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_STORE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD_STORE_TEST ("/import/store/import", test_store_import);
  ADD_STORE_TEST ("/import/store/reimport", test_store_reimport);
  ADD_STORE_TEST ("/import/store/failed-import-changes-nothing", test_store_failed_import_changes_nothing);
  ADD_STORE_TEST ("/import/store/refuses-odd-files", test_store_refuses_odd_files);
  ADD_STORE_TEST ("/import/store/session-override", test_store_session_override);
  ADD_STORE_TEST ("/import/store/session-from-content", test_store_session_from_content);
  ADD_STORE_TEST ("/import/store/report-counts", test_store_report_counts);
  ADD_STORE_TEST ("/import/store/impossible-values", test_store_impossible_values);
  ADD_STORE_TEST ("/import/store/odd-names", test_store_odd_names);
#undef ADD_STORE_TEST

  return g_test_run ();
}
