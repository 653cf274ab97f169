/* test-export.c: sessions out as CSV, JSON and bundles, and back in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-export"

#include <math.h>
#include <string.h>

#include "golf-bundle.h"
#include "golf-export.h"
#include "golf-importer.h"
#include "golf-test-util.h"
#include "golf-uneekor-report.h"

#define SESSION "44478"
#define N_SHOTS 12

typedef struct
{
  GolfTestDir  dir;
  GolfStore   *store;   /* where sessions come from */
  char        *db2;
  GolfStore   *other;   /* where they go */
} Fixture;

/* A session with everything a bundle must carry: a name, notes, a
 * left-handed player, tags, a comment, a verdict, estimated values, the
 * new spin fields and missing values. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "report-44478.json", NULL);
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  GolfPlayer *player;

  golf_test_dir_init (&f->dir);
  f->store = golf_test_store_new (f->dir.db_path);
  f->db2 = g_build_filename (f->dir.dir, "other.db", NULL);
  f->other = golf_test_store_new (f->db2);

  report = golf_uneekor_report_import_file (f->store, path, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (golf_store_rename_session (f->store, SESSION, "Range, “Friday” \u00e9", &error));
  g_assert_true (golf_store_set_session_notes (f->store, SESSION, "Grip lower.\nSlow back.", &error));
  player = golf_store_add_player (f->store, "Ann Lefty", GOLF_HAND_LEFT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (golf_store_move_session (f->store, SESSION, golf_player_get_id (player), &error));

  g_assert_true (golf_store_tag_shot (f->store, SESSION "_444881_4447801", "range", "felt, \"thin\"", &error));
  g_assert_true (golf_store_tag_shot (f->store, SESSION "_444881_4447801", "wind", NULL, &error));
  g_assert_true (golf_store_set_shot_set_aside (f->store, SESSION "_444884_4447813", GOLF_SET_ASIDE_YES, &error));
  g_assert_true (golf_store_set_shot_set_aside (f->store, SESSION "_444886_4447824", GOLF_SET_ASIDE_NO, &error));
  g_assert_no_error (error);

  shot = golf_test_dup_shot (f->store, SESSION, SESSION "_444884_4447814");
  golf_shot_set (shot, GOLF_SHOT_FIELD_SPIN_AXIS, -3.25);
  golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, 6512.125);
  golf_shot_set_estimated (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, TRUE);
  golf_shot_set_estimated (shot, GOLF_SHOT_FIELD_SPIN_AXIS, TRUE);
  g_assert_true (golf_store_save_shot (f->store, shot, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->other);
  g_clear_object (&f->store);
  g_free (f->db2);
  golf_test_dir_clear (&f->dir);
}

static gboolean
same_double (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

/* Compares two shots field by field; @tolerance 0 means bit for bit. */
static void
assert_same_shot (GolfShot *a,
                  GolfShot *b,
                  double    tolerance)
{
  g_assert_cmpstr (golf_shot_get_id (a), ==, golf_shot_get_id (b));
  g_assert_cmpstr (golf_shot_get_club (a), ==, golf_shot_get_club (b));
  g_assert_cmpstr (golf_shot_get_shot_type (a), ==, golf_shot_get_shot_type (b));
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    {
      double x = golf_shot_get (a, f), y = golf_shot_get (b, f);

      if (tolerance == 0 ? !same_double (x, y)
                         : (isnan (x) != isnan (y) || (!isnan (x) && fabs (x - y) > tolerance * MAX (1, fabs (x)))))
        g_error ("%s of %s: %.17g became %.17g", golf_shot_field_get_name (f), golf_shot_get_id (a), x, y);
    }
  g_assert_cmpuint (golf_shot_get_estimated_mask (a), ==, golf_shot_get_estimated_mask (b));
  g_assert_true (g_strv_equal ((const char **) golf_shot_get_tags (a), (const char **) golf_shot_get_tags (b)));
  g_assert_cmpstr (golf_shot_get_comment (a), ==, golf_shot_get_comment (b));
  g_assert_cmpint (golf_shot_get_set_aside (a), ==, golf_shot_get_set_aside (b));
}

static void
assert_same_shots (GolfStore  *a,
                   GolfStore  *b,
                   const char *session_id,
                   double      tolerance)
{
  g_autoptr(GListModel) shots_a = golf_store_list_shots (a, session_id, NULL);
  g_autoptr(GListModel) shots_b = golf_store_list_shots (b, session_id, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (shots_a), ==, N_SHOTS);
  g_assert_cmpuint (g_list_model_get_n_items (shots_b), ==, N_SHOTS);
  for (guint i = 0; i < N_SHOTS; i++)
    {
      g_autoptr(GolfShot) shot_a = g_list_model_get_item (shots_a, i);
      g_autoptr(GolfShot) shot_b = g_list_model_get_item (shots_b, i);

      assert_same_shot (shot_a, shot_b, tolerance);
    }
}

/* Export, import elsewhere: the same session, to the last bit. */
static void
test_bundle_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GBytes) bundle = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfImportReport) again = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *a, *b;
  GolfPlayer *player;
  gsize length;
  const char *text;

  bundle = golf_export_session (f->store, SESSION, GOLF_EXPORT_BUNDLE, TRUE, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bundle, &length);
  golf_test_assert_strict_json (text);
  g_assert_nonnull (strstr (text, "\"schema_version\" : 1"));

  report = golf_bundle_import (f->other, text, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, N_SHOTS);
  g_assert_cmpstr (golf_import_report_get_source (report), ==, "Golf Lab session bundle");

  a = golf_store_find_session (f->store, SESSION);
  b = golf_store_find_session (f->other, SESSION);
  g_assert_nonnull (b);
  g_assert_cmpstr (golf_session_get_name (b), ==, "Range, “Friday” é");
  g_assert_cmpstr (golf_session_get_name (b), ==, golf_session_get_name (a));
  g_assert_cmpstr (golf_session_get_date (b), ==, golf_session_get_date (a));
  g_assert_cmpstr (golf_session_get_session_type (b), ==, golf_session_get_session_type (a));
  g_assert_cmpstr (golf_session_get_notes (b), ==, "Grip lower.\nSlow back.");
  g_assert_cmpstr (golf_session_get_notes_updated_at (b), ==, golf_session_get_notes_updated_at (a));
  player = golf_store_find_player_by_id (f->other, golf_session_get_player_id (b));
  g_assert_nonnull (player);
  g_assert_cmpstr (golf_player_get_name (player), ==, "Ann Lefty");
  g_assert_cmpint (golf_player_get_hand (player), ==, GOLF_HAND_LEFT);

  assert_same_shots (f->store, f->other, SESSION, 0);

  /* The same bundle again changes nothing. */
  again = golf_bundle_import (f->other, text, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (again), ==, N_SHOTS);
  g_assert_cmpuint (golf_import_report_get_n_new (again) + golf_import_report_get_n_updated (again), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_players (f->other)), ==, 2);

  /* Renamed and annotated afresh, no shot changed: the session's details
   * still follow. */
  {
    g_autoptr(GBytes) renamed = NULL;
    g_autoptr(GolfImportReport) third = NULL;

    g_assert_true (golf_store_rename_session (f->store, SESSION, "Indoor", &error));
    g_assert_true (golf_store_set_session_notes (f->store, SESSION, "Wrist.", &error));
    renamed = golf_export_session (f->store, SESSION, GOLF_EXPORT_BUNDLE, FALSE, &error);
    g_assert_no_error (error);
    third = golf_bundle_import (f->other, g_bytes_get_data (renamed, NULL), g_bytes_get_size (renamed), NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (golf_import_report_get_n_unchanged (third), ==, N_SHOTS);
    g_assert_cmpstr (golf_session_get_name (golf_store_find_session (f->other, SESSION)), ==, "Indoor");
    g_assert_cmpstr (golf_session_get_notes (golf_store_find_session (f->other, SESSION)), ==, "Wrist.");
  }
}

static char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  g_auto(GStrv) parts = g_strsplit (text, find, 2);

  g_assert_nonnull (parts[1]);
  return g_strjoinv (replace, parts);
}

/* A bundle from a newer Golf Lab, or a damaged one, is refused and
 * nothing is written. */
static void
test_bundle_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) bundle = golf_export_session (f->store, SESSION, GOLF_EXPORT_BUNDLE, FALSE, NULL);
  const char *text = g_bytes_get_data (bundle, NULL);
  g_autofree char *newer = replace_once (text, "\"schema_version\" : 1", "\"schema_version\" : 7");
  g_autofree char *zero = replace_once (text, "\"schema_version\" : 1", "\"schema_version\" : 0");
  g_autofree char *no_session = replace_once (text, "\"session\"", "\"sessions\"");
  g_autofree char *other = replace_once (text, "golf-lab-session", "golf-lab-recipe");
  g_autofree char *cut = g_strndup (text, strlen (text) / 2);
  g_autofree char *brackets = g_strnfill (100000, '[');
  g_autofree char *deep = g_strconcat ("{\"format\": \"golf-lab-session\", \"x\": ", brackets, NULL);
  static const struct { int code; const char *says; } expected[] = {
    { GOLF_IMPORT_ERROR_TOO_NEW, "newer Golf Lab (bundle schema 7; this one reads schema 1 and older)" },
    { GOLF_IMPORT_ERROR_NOT_A_REPORT, "damaged session bundle" },
    { GOLF_IMPORT_ERROR_NOT_A_REPORT, "no \"session\"" },
    { GOLF_IMPORT_ERROR_UNKNOWN_FORMAT, "not a Golf Lab session bundle" },
    { GOLF_IMPORT_ERROR_SYNTAX, "cut off" },
    { GOLF_IMPORT_ERROR_SYNTAX, "nested more than" },
  };
  const char *texts[] = { newer, zero, no_session, other, cut, deep };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (golf_bundle_import (f->other, texts[i], strlen (texts[i]), NULL, &error));
      g_assert_error (error, GOLF_IMPORT_ERROR, expected[i].code);
      if (strstr (error->message, expected[i].says) == NULL)
        g_error ("%u: %s", i, error->message);
    }

  g_assert_cmpint (golf_test_query_int (f->db2, "SELECT count(*) FROM sessions"), ==, 0);
  g_assert_cmpint (golf_test_query_int (f->db2, "SELECT count(*) FROM players"), ==, 1);
}

/* Into another session: new ids, and the original stays whole. */
static void
test_bundle_session_override (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GBytes) bundle = golf_export_session (f->store, SESSION, GOLF_EXPORT_BUNDLE, FALSE, NULL);
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfShot) copy = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bundle, &length);

  report = golf_bundle_import (f->store, text, length, "copy", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, N_SHOTS);
  g_assert_cmpuint (golf_test_count_shots (f->store, SESSION), ==, N_SHOTS);
  g_assert_cmpuint (golf_test_count_shots (f->store, "copy"), ==, N_SHOTS);
  copy = golf_test_dup_shot (f->store, "copy", "copy_" SESSION "_444881_4447801");
  g_assert_nonnull (copy);
  g_assert_true (golf_shot_has_tag (copy, "wind"));
}

static char *
export_text (Fixture          *f,
             GolfExportFormat  format,
             gboolean          imperial)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = golf_export_session (f->store, SESSION, format, imperial, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
column_of (char       **header,
           const char  *name)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (strcmp (header[i], name) == 0)
      return i;

  g_error ("no column “%s”", name);
}

/* One row per shot in the units chosen, named in the header; missing empty. */
static void
test_csv_export (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *imperial = export_text (f, GOLF_EXPORT_CSV, TRUE);
  g_autofree char *si = export_text (f, GOLF_EXPORT_CSV, FALSE);
  g_auto(GStrv) lines = g_strsplit (imperial, "\r\n", -1);
  g_auto(GStrv) header = g_strsplit (lines[0], ",", -1);
  g_auto(GStrv) cells = NULL;
  g_autoptr(GolfShot) shot = golf_test_dup_shot (f->store, SESSION, SESSION "_444881_4447801");

  g_assert_cmpuint (g_strv_length (lines), ==, N_SHOTS + 2);   /* header, shots, "" */
  g_assert_cmpstr (header[0], ==, "session_id");
  g_assert_cmpstr (header[1], ==, "id");
  column_of (header, "launch_angle (deg)");
  column_of (header, "back_spin (rpm)");
  column_of (header, "impact_x (mm)");
  column_of (header, "total_spin (rpm)");
  g_assert_nonnull (strstr (si, "ball_speed (m/s),club_speed (m/s),carry_distance (m),"));

  /* The first shot: yards and mph, its missing club speed empty, its
   * comment quoted as RFC 4180 wants. */
  g_assert_true (g_str_has_prefix (lines[1], SESSION "," SESSION "_444881_4447801,2024-03-01,Driver,push fade,"));
  g_assert_nonnull (strstr (lines[1], ",auto,range;wind,\"felt, \"\"thin\"\"\""));
  cells = g_strsplit (lines[1], ",", -1);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cells[column_of (header, "carry_distance (yd)")], NULL),
                                  golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE) / 0.9144, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cells[column_of (header, "ball_speed (mph)")], NULL),
                                  golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED) / 0.44704, 1e-9);
  g_assert_cmpstr (cells[column_of (header, "club_speed (mph)")], ==, "");
}

/* Golf Lab reads its own CSV back: the same shots, in either units. */
static void
test_csv_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  for (guint imperial = 0; imperial <= 1; imperial++)
    {
      g_autofree char *text = export_text (f, GOLF_EXPORT_CSV, imperial);
      g_autofree char *path = g_build_filename (f->dir.dir, imperial ? "yards.csv" : "metres.csv", NULL);
      g_autoptr(GolfImportReport) report = NULL;
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      report = golf_import_file (f->other, path, NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (golf_import_report_get_source (report), ==,
                       imperial ? "Golf Lab CSV “yards.csv”" : "Golf Lab CSV “metres.csv”");
      g_assert_cmpstr (golf_import_report_get_session_id (report, 0), ==, SESSION);
      g_assert_cmpuint (golf_import_report_get_n_set_aside (report), ==, 0);

      /* Metres come back bit for bit; yards within their 12 digits. */
      assert_same_shots (f->store, f->other, SESSION, imperial ? 1e-11 : 0);
      g_assert_cmpstr (golf_session_get_date (golf_store_find_session (f->other, SESSION)), ==, "2024-03-01");
    }
}

/* JSON for other tools: strict, SI units named, null for missing. */
static void
test_json_export (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *text = export_text (f, GOLF_EXPORT_JSON, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GolfShot) shot = golf_test_dup_shot (f->store, SESSION, SESSION "_444881_4447801");
  g_autoptr(GError) error = NULL;
  JsonObject *root, *units, *first;
  JsonArray *shots;

  golf_test_assert_strict_json (text);
  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "golf-lab-shots");
  units = json_object_get_object_member (root, "units");
  g_assert_cmpstr (json_object_get_string_member (units, "ball_speed"), ==, "m/s");
  g_assert_cmpstr (json_object_get_string_member (units, "carry_distance"), ==, "m");
  g_assert_cmpstr (json_object_get_string_member (units, "back_spin"), ==, "rpm");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "session"), "id"),
                   ==, SESSION);

  shots = json_object_get_array_member (root, "shots");
  g_assert_cmpuint (json_array_get_length (shots), ==, N_SHOTS);
  first = json_array_get_object_element (shots, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, SESSION "_444881_4447801");
  g_assert_cmpfloat (json_object_get_double_member (first, "carry_distance"), ==,
                     golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE));
  g_assert_true (json_object_get_null_member (first, "club_speed"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "tags")), ==, 2);

  /* It is not a bundle, and the importer says what to do instead. */
  {
    g_autofree char *path = g_build_filename (f->dir.dir, "shots.json", NULL);

    g_file_set_contents (path, text, -1, &error);
    g_assert_no_error (error);
    g_assert_null (golf_import_file (f->other, path, NULL, NULL, NULL, NULL, &error));
    g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT);
    g_assert_nonnull (strstr (error->message, "--format golfsession"));
  }
}

static void
test_export_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *nowhere = g_build_filename (f->dir.dir, "no-such-folder", "x.csv", NULL);
  g_autofree char *path = g_build_filename (f->dir.dir, "out.golfsession", NULL);
  g_autoptr(GError) error = NULL;
  GolfExportFormat format;

  g_assert_false (golf_export_session_to_file (f->store, "nope", GOLF_EXPORT_CSV, TRUE, path, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SESSION);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_false (golf_export_session_to_file (f->store, SESSION, GOLF_EXPORT_CSV, TRUE, nowhere, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "nothing was written"));
  g_clear_error (&error);

  g_assert_true (golf_export_session_to_file (f->store, SESSION, GOLF_EXPORT_BUNDLE, TRUE, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_true (golf_export_format_from_string ("CSV", &format));
  g_assert_cmpint (format, ==, GOLF_EXPORT_CSV);
  g_assert_true (golf_export_format_from_string ("golfsession", &format));
  g_assert_cmpint (format, ==, GOLF_EXPORT_BUNDLE);
  g_assert_false (golf_export_format_from_string ("xlsx", &format));
}

/* The content decides, not the name. */
static void
test_detect_format (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *bundle = export_text (f, GOLF_EXPORT_BUNDLE, FALSE);
  g_autofree char *csv_path = g_test_build_filename (G_TEST_DIST, "data", "mevo-plus.csv", NULL);
  g_autofree char *csv_text = NULL;
  g_autofree char *misnamed = g_build_filename (f->dir.dir, "report-9.json", NULL);
  g_autofree char *bundle_path = g_build_filename (f->dir.dir, "session.txt", NULL);
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfImportReport) bundle_report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (golf_import_detect_format ("[{\"id\": 1}]", 11), ==, GOLF_IMPORT_FORMAT_UNEEKOR_REPORT);
  g_assert_cmpint (golf_import_detect_format ("\xEF\xBB\xBF \n[", 6), ==, GOLF_IMPORT_FORMAT_UNEEKOR_REPORT);
  g_assert_cmpint (golf_import_detect_format (bundle, strlen (bundle)), ==, GOLF_IMPORT_FORMAT_BUNDLE);
  g_assert_cmpint (golf_import_detect_format ("{\"statusCode\": 404}", 19), ==, GOLF_IMPORT_FORMAT_UNEEKOR_REPORT);
  g_assert_cmpint (golf_import_detect_format ("Date,Club Type\n", 15), ==, GOLF_IMPORT_FORMAT_CSV);
  g_assert_cmpint (golf_import_detect_format ("", 0), ==, GOLF_IMPORT_FORMAT_CSV);

  /* A CSV saved as .json is still a CSV; a bundle as .txt still a bundle. */
  csv_text = golf_test_read_file (csv_path, NULL);
  g_file_set_contents (misnamed, csv_text, -1, &error);
  g_assert_no_error (error);
  report = golf_import_file (f->other, misnamed, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, 3);

  g_file_set_contents (bundle_path, bundle, -1, &error);
  g_assert_no_error (error);
  bundle_report = golf_import_file (f->other, bundle_path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (bundle_report), ==, N_SHOTS);
}

static void
on_imported (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GolfImportReport *
import_async (GolfStore     *store,
              const char    *path,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  golf_import_file_async (store, path, NULL, cancellable, NULL, NULL, on_imported, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return golf_import_file_finish (store, result, error);
}

/* For the app: parsed in a thread, stored on the store's thread. */
static void
test_import_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "data", "garmin-r50-de.csv", NULL);
  g_autofree char *report_path = g_test_build_filename (G_TEST_DIST, "data", "report-44478.json", NULL);
  g_autofree char *bundle_path = g_build_filename (f->dir.dir, "s.golfsession", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfImportReport) uneekor = NULL;
  g_autoptr(GolfImportReport) bundle = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_null (import_async (f->other, csv, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (golf_test_query_int (f->db2, "SELECT count(*) FROM shots"), ==, 0);

  report = import_async (f->other, csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_import_report_get_source (report), ==, "Garmin R10/R50 CSV “garmin-r50-de.csv”");
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, 2);
  g_assert_cmpuint (golf_test_count_shots (f->other, "garmin-20240421-183005"), ==, 2);

  uneekor = import_async (f->other, report_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_import_report_get_session_id (uneekor, 0), ==, SESSION);

  g_assert_true (golf_export_session_to_file (f->store, SESSION, GOLF_EXPORT_BUNDLE, FALSE, bundle_path, &error));
  bundle = import_async (f->other, bundle_path, NULL, &error);
  g_assert_no_error (error);
  /* Four shots carry the player's marks or new values; the rest are as imported. */
  g_assert_cmpuint (golf_import_report_get_n_updated (bundle), ==, 4);
  assert_same_shots (f->store, f->other, SESSION, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/bundle-round-trip", test_bundle_round_trip);
  ADD ("/export/bundle-refused", test_bundle_refused);
  ADD ("/export/bundle-session-override", test_bundle_session_override);
  ADD ("/export/csv", test_csv_export);
  ADD ("/export/csv-round-trip", test_csv_round_trip);
  ADD ("/export/json", test_json_export);
  ADD ("/export/errors", test_export_errors);
  ADD ("/export/detect-format", test_detect_format);
  ADD ("/export/import-async", test_import_async);
#undef ADD

  return g_test_run ();
}
