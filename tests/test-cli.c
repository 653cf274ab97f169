/* test-cli.c: golf-lab-cli as scripts and coaches use it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <sys/resource.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "golf-test-util.h"

/* Where the CLI fetches report links from, when a test serves them. */
static const char *cli_api;

/* Two clubs, one sentinel, one numeric string: carries 200, 210 and 150 m. */
static const char report_json[] =
  "[{\"id\": 11, \"name\": \"warmup\", \"club_name\": \"DRIVER\", \"club\": 1,"
  "  \"client_created_date\": \"2026-04-02\", \"shots\": ["
  "  {\"id\": 1, \"ball_speed\": 60, \"club_speed\": 40, \"carry_distance\": 200,"
  "   \"total_distance\": 220, \"club_face_angle\": 1.5, \"club_path\": -0.5,"
  "   \"impact_x\": 3, \"impact_y\": 4, \"side_distance\": -5},"
  "  {\"id\": 2, \"ball_speed\": 66, \"club_speed\": 44, \"carry_distance\": \"210\","
  "   \"total_distance\": 99999, \"club_face_angle\": -0.5, \"club_path\": 0.5,"
  "   \"impact_x\": 6, \"impact_y\": 8, \"side_distance\": 5}]},"
  " {\"id\": 12, \"name\": \"\", \"club_name\": \"IRON7\", \"club\": 7,"
  "  \"client_created_date\": \"2026-04-02\", \"shots\": ["
  "  {\"id\": 3, \"ball_speed\": 50, \"club_speed\": 37, \"carry_distance\": 150,"
  "   \"total_distance\": 160}]}]";

typedef struct
{
  GolfTestDir dir;
  char       *report;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&f->dir);
  f->report = g_build_filename (f->dir.dir, "report-9001.json", NULL);
  g_file_set_contents (f->report, report_json, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->report);
  golf_test_dir_clear (&f->dir);
}

/* Runs the CLI with --db and the given arguments; returns its exit status.
 * What @out and @err held before is freed. */
static int
run_cli_env (const char  *db_path,
             const char  *data_home,
             char       **out,
             char       **err,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  const char *arg;
  va_list args;
  int status;

  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);

  g_ptr_array_add (argv, (gpointer)g_getenv ("GOLF_LAB_CLI"));
  if (db_path != NULL)
    {
      g_ptr_array_add (argv, (gpointer)"--db");
      g_ptr_array_add (argv, (gpointer)db_path);
    }
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    {
      g_ptr_array_add (argv, (gpointer)arg);
      json |= strcmp (arg, "--json") == 0;
    }
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (data_home != NULL)
    g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  if (cli_api != NULL)
    g_subprocess_launcher_setenv (launcher, "GOLF_LAB_UNEEKOR_API", cli_api, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "GOLF_LAB_UNEEKOR_API");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  status = g_subprocess_get_exit_status (process);

  /* Every JSON the CLI prints is read by scripts: it must be strict JSON. */
  if (json && status == 0)
    golf_test_assert_strict_json (*out);

  return status;
}

#define run_cli(f, out, err, ...) run_cli_env ((f)->dir.db_path, NULL, out, err, __VA_ARGS__, NULL)

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static void
import_report (Fixture *f)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "import", f->report), ==, 0);
  g_assert_nonnull (strstr (out, "Imported 3 shots into 1 session: "));
  g_assert_nonnull (strstr (out, "  session 9001: "));
}

static JsonObject *
metrics_json (Fixture    *f,
              const char *units,
              JsonNode  **node)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "metrics", "9001", "--json", "--units", units), ==, 0);
  *node = parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*node));

  return json_node_get_object (*node);
}

static void
test_cli_import_and_metrics (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(JsonNode) si_node = NULL;
  g_autoptr(JsonNode) imperial_node = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *si, *imperial;

  import_report (f);

  si = metrics_json (f, "si", &si_node);
  members = json_object_get_members (si);
  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (golf_test_session_stats_columns));
  for (guint i = 0; i < G_N_ELEMENTS (golf_test_session_stats_columns); i++)
    g_assert_true (json_object_has_member (si, golf_test_session_stats_columns[i]));

  g_assert_cmpstr (json_object_get_string_member (si, "session_id"), ==, "9001");
  g_assert_cmpstr (json_object_get_string_member (si, "session_date"), ==, "2026-04-02");
  g_assert_cmpint (json_object_get_int_member (si, "shot_count"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (si, "clubs_used"), ==, "7 Iron, Driver");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (si, "avg_carry"), 560.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (si, "best_carry"), 210.0, 1e-9);
  /* The 99999 total is "not captured", not a 99999 m drive. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (si, "avg_total"), 190.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (si, "avg_strike_distance"), 7.5, 1e-9);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (si, "std_club_path")) == FALSE);
  g_assert_nonnull (json_object_get_string_member (si, "updated_at"));

  /* Imperial: yards and mph; smash, angles and mm as they are. */
  imperial = metrics_json (f, "imperial", &imperial_node);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (imperial, "avg_carry"),
                                  560.0 / 3 * 1.09361, 1e-3);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (imperial, "avg_ball_speed"),
                                  json_object_get_double_member (si, "avg_ball_speed") * 2.23694, 1e-3);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (imperial, "avg_smash"),
                                  json_object_get_double_member (si, "avg_smash"), 1e-12);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (imperial, "avg_strike_distance"), 7.5, 1e-9);
}

static void
test_cli_reimport_does_not_duplicate (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "import", f->report), ==, 0);
  g_assert_nonnull (strstr (out, "Imported 3 shots into 1 session: 3 new, 0 updated, 0 unchanged, 0 set aside\n"));
  g_assert_cmpint (run_cli (f, &out, &err, "import", f->report), ==, 0);
  g_assert_nonnull (strstr (out, "Imported 3 shots into 1 session: 0 new, 0 updated, 3 unchanged, 0 set aside\n"));
  g_assert_nonnull (strstr (out, "  session 9001: 0 new, 0 updated, 3 unchanged\n"));

  g_assert_cmpint (run_cli (f, &out, &err, "shots", "9001", "--json"), ==, 0);
  node = parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 3);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots"), ==, 3);
}

static void
test_cli_sessions_and_club_stats (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *clubs_out = NULL;
  g_autofree char *text_out = NULL;
  g_autoptr(JsonNode) sessions = NULL;
  g_autoptr(JsonNode) clubs = NULL;
  JsonObject *first;

  import_report (f);

  g_assert_cmpint (run_cli (f, &out, &err, "sessions", "--json"), ==, 0);
  sessions = parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (sessions)), ==, 1);
  first = json_array_get_object_element (json_node_get_array (sessions), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "9001");
  g_assert_cmpint (json_object_get_int_member (first, "shot_count"), ==, 3);

  g_assert_cmpint (run_cli (f, &clubs_out, &err, "club-stats", "9001", "--json", "--units", "si"), ==, 0);
  clubs = parse_json (clubs_out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (clubs)), ==, 2);
  first = json_array_get_object_element (json_node_get_array (clubs), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "club"), ==, "Driver");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (first, "median_carry"), 205.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (first, "avg_lateral"), 0.0, 1e-9);

  g_assert_cmpint (run_cli (f, &text_out, &err, "metrics", "9001"), ==, 0);
  g_assert_nonnull (strstr (text_out, "Average carry"));
  g_assert_nonnull (strstr (text_out, "yd"));
}

static void
test_cli_delete_restore_and_backfill (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *out3 = NULL, *out4 = NULL;
  g_autoptr(JsonNode) after_delete = NULL;
  g_autoptr(JsonNode) after_restore = NULL;

  import_report (f);

  g_assert_cmpint (run_cli (f, &out, &err, "delete-shot", "9001_11_2"), ==, 0);
  g_assert_nonnull (strstr (out, "restore-shot 9001_11_2"));
  g_assert_cmpint (run_cli (f, &out2, &err, "metrics", "9001", "--json", "--units", "si"), ==, 0);
  after_delete = parse_json (out2);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (after_delete), "shot_count"), ==, 2);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_node_get_object (after_delete), "best_carry"), 200.0, 1e-9);

  g_assert_cmpint (run_cli (f, &out3, &err, "restore-shot", "9001_11_2"), ==, 0);
  g_assert_cmpint (run_cli (f, &out4, &err, "metrics", "9001", "--json"), ==, 0);
  after_restore = parse_json (out4);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (after_restore), "shot_count"), ==, 3);

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "backfill"), ==, 0);
  g_assert_cmpstr (out, ==, "Recomputed the metrics of 1 session\n");
}

static void
test_cli_errors_are_clear (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *bad = g_build_filename (f->dir.dir, "broken.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  import_report (f);
  g_file_set_contents (bad, "[{\"id\": 1, \"shots\": [", -1, NULL);

  /* A broken file changes nothing and says where it broke. */
  g_assert_cmpint (run_cli (f, &out, &err, "import", bad), !=, 0);
  g_assert_nonnull (strstr (err, "line"));
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots"), ==, 3);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "metrics", "no-such-session"), ==, 1);
  g_assert_nonnull (strstr (err, "no session"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "delete-shot", "nope"), ==, 1);
  g_assert_nonnull (strstr (err, "no shot"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "metrics", "9001", "--units", "furlongs"), ==, 2);
  g_assert_nonnull (strstr (err, "imperial or si"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "fly"), ==, 2);
  g_assert_nonnull (strstr (err, "no command “fly”"));

  /* A database that would be thrown away, or is not a file, is refused
   * before anything is imported into it. */
  {
    g_autofree char *folder = g_build_filename (f->dir.dir, "folder.db", NULL);

    g_assert_cmpint (run_cli_env ("", NULL, &out, &err, "import", f->report, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "--db needs a FILE"));
    g_assert_cmpint (run_cli_env (":memory:", NULL, &out, &err, "import", f->report, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "would be lost"));
    g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
    g_assert_cmpint (run_cli_env (folder, NULL, &out, &err, "sessions", NULL), ==, 1);
    g_assert_nonnull (strstr (err, "is a folder, not a database file"));
    g_assert_nonnull (strstr (err, "folder.db"));
  }

  /* A file that is not a database is refused and left as it was. */
  g_file_set_contents (f->dir.db_path, "not a database at all", -1, NULL);
  {
    g_autofree char *wal = g_strconcat (f->dir.db_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (f->dir.db_path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }
  before = golf_test_read_file (f->dir.db_path, NULL);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "sessions"), ==, 1);
  g_assert_nonnull (strstr (err, "not a readable Golf Lab database"));
  after = golf_test_read_file (f->dir.db_path, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_cli_metrics_null_without_shots (Fixture       *f,
                                     gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL;

  import_report (f);
  g_assert_cmpint (run_cli (f, &out, &err, "delete-shot", "9001_11_1"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "delete-shot", "9001_11_2"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "delete-shot", "9001_12_3"), ==, 0);

  g_assert_cmpint (run_cli (f, &out2, &err, "metrics", "9001", "--json"), ==, 0);
  g_assert_cmpstr (out2, ==, "null\n");
}

static void
test_cli_default_database_location (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_build_filename (f->dir.dir, "golf-lab", "shots.db", NULL);

  g_assert_cmpint (run_cli_env (NULL, f->dir.dir, &out, &err, "import", f->report, NULL), ==, 0);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (golf_test_query_int (expected, "SELECT count(*) FROM shots"), ==, 3);
}

static void
test_cli_session_override (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "import", f->report, "--session", "monday"), ==, 0);
  g_assert_nonnull (strstr (out, "  session monday: 3 new, 0 updated, 0 unchanged\n"));
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots WHERE session_id = 'monday' AND id = 'monday_12_3'"), ==, 1);
}

static void
test_cli_help (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  /* -h and --help list the commands; a command's --help shows its usage. */
  g_assert_cmpint (run_cli_env (NULL, f->dir.dir, &out, &err, "-h", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "club-stats"));
  g_assert_nonnull (strstr (out, "predict"));
  g_assert_cmpint (run_cli (f, &out, &err, "metrics", "--help"), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Usage: golf-lab-cli [--db FILE] metrics SESSION"));
  g_assert_nonnull (strstr (out, "--units"));
  g_assert_cmpint (run_cli (f, &out, &err, "import", "-h"), ==, 0);
  g_assert_nonnull (strstr (out, "--session"));
  g_assert_cmpint (run_cli (f, &out, &err, "help", "club-stats"), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Usage: golf-lab-cli [--db FILE] club-stats SESSION"));

  /* --help never needs the database. */
  g_assert_false (g_file_test (f->dir.db_path, G_FILE_TEST_EXISTS));
}

static void
test_cli_suggests (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "metrcs", "9001"), ==, 2);
  g_assert_nonnull (strstr (err, "did you mean “metrics”?"));
  g_assert_cmpint (run_cli (f, &out, &err, "club", "9001"), ==, 2);
  g_assert_nonnull (strstr (err, "did you mean “club-stats”?"));
  g_assert_cmpint (run_cli (f, &out, &err, "metrics", "9001", "--jsno"), ==, 2);
  g_assert_nonnull (strstr (err, "did you mean “--json”?"));
  g_assert_nonnull (strstr (err, "Usage: golf-lab-cli metrics SESSION"));
  g_assert_cmpint (run_cli (f, &out, &err, "import", f->report, "--sesion", "x"), ==, 2);
  g_assert_nonnull (strstr (err, "did you mean “--session”?"));
  g_assert_cmpint (run_cli (f, &out, &err, "zzzzzz"), ==, 2);
  g_assert_null (strstr (err, "did you mean"));
  g_assert_nonnull (strstr (err, "golf-lab-cli --help"));

  /* Every error is one line starting with the program's name. */
  g_assert_true (g_str_has_prefix (err, "golf-lab-cli: "));
}

/* A shot with a missing total and a face-to-path that rounds to -0.0. */
static const char awkward_json[] =
  "[{\"id\": 21, \"club_name\": \"WEDGE_56\", \"client_created_date\": \"2026-04-03\", \"shots\": ["
  "  {\"id\": 1, \"ball_speed\": 30, \"club_speed\": 35, \"carry_distance\": 80,"
  "   \"total_distance\": 99999, \"club_face_angle\": 0.52, \"club_path\": 0.54},"
  "  {\"id\": 2, \"ball_speed\": 31, \"club_speed\": 35, \"carry_distance\": 1e308,"
  "   \"total_distance\": 85}]}]";

static gboolean
lines_have_one_width (const char *text,
                      guint       n_lines)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  glong width = g_utf8_strlen (lines[0], -1);

  for (guint i = 1; i < n_lines; i++)
    if (lines[i] == NULL || g_utf8_strlen (lines[i], -1) != width)
      return FALSE;
  return TRUE;
}

static void
test_cli_text_tables (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (f->dir.dir, "report-9002.json", NULL);

  g_file_set_contents (path, awkward_json, -1, NULL);
  g_assert_cmpint (run_cli (f, &out, &err, "import", path), ==, 0);

  /* Header and both shots line up, counted in characters, missing or not. */
  g_assert_cmpint (run_cli (f, &out, &err, "shots", "9002"), ==, 0);
  g_assert_nonnull (strstr (out, "—"));
  g_assert_null (strstr (out, "-0.0"));
  g_assert_nonnull (strstr (out, "56° Wedge"));
  g_assert_true (lines_have_one_width (out, 3));

  g_assert_cmpint (run_cli (f, &out, &err, "club-stats", "9002"), ==, 0);
  g_assert_true (lines_have_one_width (out, 2));
}

static void
test_cli_json_is_strict (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (f->dir.dir, "report-9002.json", NULL);
  const char *commands[] = { "sessions", "shots", "metrics", "club-stats" };

  g_file_set_contents (path, awkward_json, -1, NULL);
  g_assert_cmpint (run_cli (f, &out, &err, "import", path), ==, 0);

  /* run_cli checks each with a strict reader; nothing says inf or nan. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (i == 0)
        g_assert_cmpint (run_cli (f, &out, &err, commands[i], "--json"), ==, 0);
      else
        g_assert_cmpint (run_cli (f, &out, &err, commands[i], "9002", "--json"), ==, 0);
      g_assert_null (strstr (out, "inf"));
      g_assert_null (strstr (out, "nan"));
    }
}

static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit = { 24 * 1024, 24 * 1024 };

  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Under `ulimit -f`, a write past the limit is a full disk with a message,
 * not a process killed by SIGXFSZ halfway through. */
static void
test_cli_file_size_limit (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *report = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples",
                                              "report-440004.json", NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_set_child_setup (launcher, limit_file_size, NULL, NULL);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("GOLF_LAB_CLI"),
                                         "--db", f->dir.db_path, "import", report, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "full"));
  g_assert_true (g_str_has_prefix (err, "golf-lab-cli: "));
}


static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* A CSV in, the import report out; then every export format. */
static void
test_cli_import_csv_and_export (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *csv = data_path ("garmin-r10-en.csv");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *csv_out = g_build_filename (f->dir.dir, "range.csv", NULL);
  g_autofree char *bundle = g_build_filename (f->dir.dir, "range.golfsession", NULL);
  g_autofree char *other_db = g_build_filename (f->dir.dir, "coach.db", NULL);
  g_autofree char *written = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *report;

  g_assert_cmpint (run_cli (f, &out, &err, "import", csv), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Garmin R10/R50 CSV “garmin-r10-en.csv”\n"
                                        "Imported 6 shots into 2 sessions: 6 new, 0 updated, 0 unchanged, 2 set aside\n"
                                        "  session garmin-20240309-140512: 4 new, 0 updated, 0 unchanged\n"));
  g_assert_nonnull (strstr (out, "Set aside 2 rows:\n  line 8: it holds no measurement\n"));
  g_assert_nonnull (strstr (out, "Stored as missing: 1 value:\n  line 7: ball speed"));
  g_assert_cmpstr (err, ==, "");   /* no progress line off a terminal */

  /* Again, as JSON for scripts: nothing new. */
  g_assert_cmpint (run_cli (f, &out, &err, "import", csv, "--json"), ==, 0);
  node = parse_json (out);
  report = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (report, "new"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (report, "unchanged"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (report, "set_aside"), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (report, "set_aside_rows")), ==, 2);

  /* The metrics are current when import returns. */
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT shot_count FROM session_stats"
                                        " WHERE session_id = 'garmin-20240309-140512'"), ==, 4);

  g_assert_cmpint (run_cli (f, &out, &err, "export", "garmin-20240309-140512", "--format", "csv",
                            "-o", csv_out), ==, 0);
  g_assert_nonnull (strstr (out, "Wrote session garmin-20240309-140512 (4 shots, yards and mph) to"));
  g_assert_true (g_file_get_contents (csv_out, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "session_id,id,date,club,shot_type,ball_speed (mph),"));

  g_assert_cmpint (run_cli (f, &out, &err, "export", "garmin-20240309-140512", "--format", "csv",
                            "--units", "si", "-o", "-"), ==, 0);
  g_assert_true (g_str_has_prefix (out, "session_id,id,date,club,shot_type,ball_speed (m/s),"));

  g_assert_cmpint (run_cli (f, &out, &err, "export", "garmin-20240309-140512", "--format", "json",
                            "-o", "-"), ==, 0);
  golf_test_assert_strict_json (out);

  /* A bundle carries the session to a coach's database. */
  g_assert_cmpint (run_cli (f, &out, &err, "export", "garmin-20240309-140512", "--format", "golfsession",
                            "-o", bundle), ==, 0);
  g_assert_cmpint (run_cli_env (other_db, NULL, &out, &err, "import", bundle, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Golf Lab session bundle “range.golfsession”\nImported 4 shots"));
  g_assert_cmpint (golf_test_query_int (other_db, "SELECT count(*) FROM shots"), ==, 4);
}

static void
test_cli_import_export_errors (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *unknown = g_build_filename (f->dir.dir, "notes.csv", NULL);
  g_autofree char *odd_name = g_build_filename (f->dir.dir, "r\xe9sum\xe9\xff.json", NULL);

  g_file_set_contents (unknown, "name,age\nann,33\n", -1, NULL);
  g_assert_cmpint (run_cli (f, &out, &err, "import", unknown), ==, 1);
  g_assert_nonnull (strstr (err, "golf-lab-cli: “notes.csv” is not an export Golf Lab knows"));

  g_assert_cmpint (run_cli (f, &out, &err, "import", "/no/such/file.csv"), ==, 1);
  g_assert_nonnull (strstr (err, "Could not read “file.csv”"));

  g_assert_cmpint (run_cli (f, &out, &err, "import", f->report, "--session", "a\tb"), ==, 1);
  g_assert_nonnull (strstr (err, "control character"));

  g_assert_cmpint (run_cli (f, &out, &err, "import"), ==, 2);
  g_assert_cmpint (run_cli (f, &out, &err, "import", "https://my.uneekor.com/report?key=abc"), ==, 1);
  g_assert_nonnull (strstr (err, "The report link has no id= number; copy the whole link from the Uneekor portal"));

  /* A file name that is not UTF-8: the session is named from the content. */
  g_assert_true (g_file_set_contents (odd_name, report_json, -1, NULL));
  g_assert_cmpint (run_cli (f, &out, &err, "import", odd_name), ==, 0);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_nonnull (strstr (out, "session uneekor-11: 3 new"));
  g_assert_cmpint (run_cli (f, &out, &err, "sessions", "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "\"uneekor-11\""));

  g_assert_cmpint (run_cli (f, &out, &err, "export", "uneekor-11", "-o", "x.csv"), ==, 2);
  g_assert_nonnull (strstr (err, "--format csv, json or golfsession"));
  g_assert_cmpint (run_cli (f, &out, &err, "export", "uneekor-11", "--format", "xlsx", "-o", "x"), ==, 2);
  g_assert_cmpint (run_cli (f, &out, &err, "export", "uneekor-11", "--format", "csv"), ==, 2);
  g_assert_nonnull (strstr (err, "-o FILE"));
  g_assert_cmpint (run_cli (f, &out, &err, "export", "nope", "--format", "csv", "-o", "-"), ==, 1);
  g_assert_nonnull (strstr (err, "There is no session “nope”"));
}

typedef struct
{
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *base;
  char         *report;
  gsize         length;
  GMutex        lock;
  GCond         ready;
  guint         status;
} ReportServer;

static void
serve_report (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  ReportServer *rs = user_data;

  soup_server_message_set_status (msg, rs->status, NULL);
  if (rs->status == SOUP_STATUS_OK)
    soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, rs->report, rs->length);
}

/* The report API, on a thread of its own while the CLI runs. */
static gpointer
report_server_thread (gpointer data)
{
  ReportServer *rs = data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (rs->context);
  rs->server = soup_server_new (NULL, NULL);
  soup_server_listen_local (rs->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  soup_server_add_handler (rs->server, "/api", serve_report, rs, NULL);
  uris = soup_server_get_uris (rs->server);

  g_mutex_lock (&rs->lock);
  rs->base = g_strdup_printf ("http://127.0.0.1:%d/api", g_uri_get_port (uris->data));
  g_cond_signal (&rs->ready);
  g_mutex_unlock (&rs->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (rs->loop);
  g_clear_object (&rs->server);
  g_main_context_pop_thread_default (rs->context);

  return NULL;
}

/* import LINK: fetched, stored under the report's id, said so. */
static void
test_cli_import_link (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = data_path ("report-44478.json");
  g_autofree char *out = NULL, *err = NULL;
  ReportServer rs = { 0, };
  GThread *thread;

  rs.report = golf_test_read_file (path, &rs.length);
  rs.status = SOUP_STATUS_OK;
  rs.context = g_main_context_new ();
  rs.loop = g_main_loop_new (rs.context, FALSE);
  g_mutex_init (&rs.lock);
  g_cond_init (&rs.ready);
  thread = g_thread_new ("report-server", report_server_thread, &rs);
  g_mutex_lock (&rs.lock);
  while (rs.base == NULL)
    g_cond_wait (&rs.ready, &rs.lock);
  g_mutex_unlock (&rs.lock);
  cli_api = rs.base;

  g_assert_cmpint (run_cli (f, &out, &err, "import", "https://my.uneekor.com/report?id=44478&key=k3y"), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Uneekor report 44478 (from its link)\n"
                                        "Imported 12 shots into 1 session: 12 new"));
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots WHERE session_id = '44478'"), ==, 12);

  rs.status = SOUP_STATUS_NOT_FOUND;
  g_assert_cmpint (run_cli (f, &out, &err, "import", "my.uneekor.com/report?id=5&key=wrong"), ==, 1);
  g_assert_nonnull (strstr (err, "the report does not exist or the key is wrong"));

  cli_api = NULL;
  g_main_loop_quit (rs.loop);
  g_thread_join (thread);
  g_main_loop_unref (rs.loop);
  g_main_context_unref (rs.context);
  g_mutex_clear (&rs.lock);
  g_cond_clear (&rs.ready);
  g_free (rs.base);
  g_free (rs.report);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("GOLF_LAB_CLI") == NULL)
    {
      g_printerr ("GOLF_LAB_CLI must name the built golf-lab-cli\n");
      return 1;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/import-and-metrics", test_cli_import_and_metrics);
  ADD ("/cli/reimport-does-not-duplicate", test_cli_reimport_does_not_duplicate);
  ADD ("/cli/sessions-and-club-stats", test_cli_sessions_and_club_stats);
  ADD ("/cli/delete-restore-and-backfill", test_cli_delete_restore_and_backfill);
  ADD ("/cli/errors-are-clear", test_cli_errors_are_clear);
  ADD ("/cli/metrics-null-without-shots", test_cli_metrics_null_without_shots);
  ADD ("/cli/default-database-location", test_cli_default_database_location);
  ADD ("/cli/session-override", test_cli_session_override);
  ADD ("/cli/help", test_cli_help);
  ADD ("/cli/suggests", test_cli_suggests);
  ADD ("/cli/text-tables", test_cli_text_tables);
  ADD ("/cli/json-is-strict", test_cli_json_is_strict);
  ADD ("/cli/file-size-limit", test_cli_file_size_limit);
  ADD ("/cli/import-csv-and-export", test_cli_import_csv_and_export);
  ADD ("/cli/import-export-errors", test_cli_import_export_errors);
  ADD ("/cli/import-link", test_cli_import_link);

#undef ADD

  return g_test_run ();
}
