/* test-csv.c: Garmin, Rapsodo and FlightScope CSV exports into shots
 *
 * The fixtures in tests/data/ follow each brand's real header layout, with
 * the rows that make such files awkward. The expected values below were
 * converted by hand: 1 mph = 0.44704 m/s, 1 km/h = 1/3.6 m/s,
 * 1 yd = 0.9144 m, 1 ft = 0.3048 m.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-csv"

#include <math.h>
#include <string.h>

#include "golf-club-name.h"
#include "golf-csv-brands-private.h"
#include "golf-csv-import.h"
#include "golf-csv-tokenizer-private.h"
#include "golf-test-util.h"

typedef struct
{
  GPtrArray        *sessions;
  GPtrArray        *shots;
  GolfImportReport *report;
} Parsed;

static void
parsed_clear (Parsed *parsed)
{
  g_clear_pointer (&parsed->sessions, g_ptr_array_unref);
  g_clear_pointer (&parsed->shots, g_ptr_array_unref);
  g_clear_object (&parsed->report);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

static gboolean
parse_data (const char  *data,
            gsize        length,
            const char  *session_id,
            Parsed      *parsed,
            GError     **error)
{
  memset (parsed, 0, sizeof *parsed);
  parsed->report = golf_import_report_new (NULL);

  return golf_csv_parse (data, length, session_id, &parsed->sessions, &parsed->shots,
                         parsed->report, error);
}

static void
parse_fixture (const char *name,
               Parsed     *parsed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  data = golf_test_read_fixture (name, &length);
  parse_data (data, length, NULL, parsed, &error);
  g_assert_no_error (error);
}

static GolfShot *
shot_at (Parsed *parsed,
         guint   index)
{
  g_assert_cmpuint (index, <, parsed->shots->len);
  return parsed->shots->pdata[index];
}

static void
assert_value (GolfShot      *shot,
              GolfShotField  field,
              double         expected)
{
  double value = golf_shot_get (shot, field);

  if (isnan (expected))
    {
      if (!isnan (value))
        g_error ("%s of %s is %.17g, expected missing", golf_shot_field_get_name (field),
                 golf_shot_get_id (shot), value);
      return;
    }
  if (isnan (value) || fabs (value - expected) > 1e-9 * MAX (1, fabs (expected)))
    g_error ("%s of %s is %.17g, expected %.17g", golf_shot_field_get_name (field),
             golf_shot_get_id (shot), value, expected);
}

static void
assert_estimated (GolfShot            *shot,
                  const GolfShotField *fields,
                  guint                n_fields)
{
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    {
      gboolean expected = FALSE;

      for (guint i = 0; i < n_fields; i++)
        expected = expected || fields[i] == f;
      if (golf_shot_is_estimated (shot, f) != expected)
        g_error ("%s of %s is %s", golf_shot_field_get_name (f), golf_shot_get_id (shot),
                 expected ? "not estimated" : "estimated");
    }
}

static const GolfShotField spin_fields[] = {
  GOLF_SHOT_FIELD_BACK_SPIN, GOLF_SHOT_FIELD_SIDE_SPIN, GOLF_SHOT_FIELD_TOTAL_SPIN,
  GOLF_SHOT_FIELD_SPIN_AXIS,
};

static void
test_garmin_english (void)
{
  g_auto(Parsed) parsed = { 0, };
  GolfSession *session;
  GolfShot *shot;

  parse_fixture ("garmin-r10-en.csv", &parsed);
  g_assert_cmpstr (golf_import_report_get_source (parsed.report), ==, "Garmin R10/R50 CSV");

  /* Two days, two sessions, named after each day's first shot. */
  g_assert_cmpuint (parsed.sessions->len, ==, 2);
  session = parsed.sessions->pdata[0];
  g_assert_cmpstr (golf_session_get_id (session), ==, "garmin-20240309-140512");
  g_assert_cmpstr (golf_session_get_date (session), ==, "2024-03-09");
  g_assert_cmpstr (golf_session_get_session_type (session), ==, "practice");
  session = parsed.sessions->pdata[1];
  g_assert_cmpstr (golf_session_get_id (session), ==, "garmin-20240310-091503");
  g_assert_cmpuint (parsed.shots->len, ==, 6);

  /* A full driver shot in mph, yards and feet. */
  shot = shot_at (&parsed, 0);
  g_assert_cmpstr (golf_shot_get_session_id (shot), ==, "garmin-20240309-140512");
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "Driver");
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 44.704);
  assert_value (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, 2.5);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_PATH, 1.2);
  assert_value (shot, GOLF_SHOT_FIELD_FACE_ANGLE, -0.8);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 66.16192);
  assert_value (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, 12.5);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_ANGLE, -1.5);
  assert_value (shot, GOLF_SHOT_FIELD_BACK_SPIN, 2500);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_SPIN, -300);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, 2518);
  assert_value (shot, GOLF_SHOT_FIELD_SPIN_AXIS, -6.8);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, 27.432);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 219.456);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -8.04672);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 242.316);
  assert_value (shot, GOLF_SHOT_FIELD_IMPACT_X, NAN);
  assert_estimated (shot, NULL, 0);

  /* No club data: Garmin's 0.0 face, path and face to path are missing. */
  shot = shot_at (&parsed, 1);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "7 Iron");
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_FACE_ANGLE, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_PATH, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 53.6448);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, 22.86);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 150.876);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, 3.2004);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 157.2768);
  assert_estimated (shot, spin_fields, G_N_ELEMENTS (spin_fields));

  /* The row with a note over two lines; its "-" apex is missing. */
  shot = shot_at (&parsed, 2);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 36.8808);
  assert_value (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 0.5);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1.5);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 137.16);

  /* 400 mph is no ball speed: missing, the rest kept. */
  shot = shot_at (&parsed, 3);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 146.304);
  g_assert_cmpuint (golf_import_report_get_n_refused_values (parsed.report), ==, 1);
  g_assert_cmpstr (golf_import_report_get_refused_where (parsed.report, 0), ==, "line 7");
  g_assert_cmpstr (golf_import_report_get_refused_reason (parsed.report, 0), ==,
                   "ball speed 178.816 m/s is above the possible 150 m/s; stored as missing");

  /* The next morning: "Pitching Wedge" is the PW. */
  shot = shot_at (&parsed, 4);
  g_assert_cmpstr (golf_shot_get_session_id (shot), ==, "garmin-20240310-091503");
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "PW");
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 105.156);
  assert_estimated (shot, spin_fields, G_N_ELEMENTS (spin_fields));
  assert_estimated (shot_at (&parsed, 5), NULL, 0);

  /* Set aside, each with its reason. */
  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 2);
  g_assert_cmpstr (golf_import_report_get_set_aside_where (parsed.report, 0), ==, "line 8");
  g_assert_cmpstr (golf_import_report_get_set_aside_reason (parsed.report, 0), ==, "it holds no measurement");
  g_assert_cmpstr (golf_import_report_get_set_aside_where (parsed.report, 1), ==, "line 9");
  g_assert_cmpstr (golf_import_report_get_set_aside_reason (parsed.report, 1), ==,
                   "“13/45/24 1:00:00 PM” is not a date Golf Lab can read");
}

/* German headers, Windows-1252, LF, metric units, day-first dates. */
static void
test_garmin_german (void)
{
  g_auto(Parsed) parsed = { 0, };
  GolfShot *shot;

  parse_fixture ("garmin-r50-de.csv", &parsed);
  g_assert_cmpuint (parsed.sessions->len, ==, 1);
  g_assert_cmpstr (golf_session_get_id (parsed.sessions->pdata[0]), ==, "garmin-20240421-183005");
  g_assert_cmpstr (golf_session_get_date (parsed.sessions->pdata[0]), ==, "2024-04-21");

  /* The "Durchschnitt" row is a summary, not a shot, and not set aside. */
  g_assert_cmpuint (parsed.shots->len, ==, 2);
  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 0);

  shot = shot_at (&parsed, 0);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "3 Wood");
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 45);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 60);
  assert_value (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 1.5);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, 25);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 190);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, 4);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 205);
  assert_estimated (shot, NULL, 0);

  shot = shot_at (&parsed, 1);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 44);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 59);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 186.5);
  assert_estimated (shot, spin_fields, G_N_ELEMENTS (spin_fields));
}

static void
test_garmin_spanish (void)
{
  g_auto(Parsed) parsed = { 0, };
  GolfShot *shot;

  parse_fixture ("garmin-es.csv", &parsed);
  g_assert_cmpuint (parsed.sessions->len, ==, 1);
  g_assert_cmpstr (golf_session_get_id (parsed.sessions->pdata[0]), ==, "garmin-20240502-080000");
  g_assert_cmpuint (parsed.shots->len, ==, 2);

  shot = shot_at (&parsed, 0);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "4 Hybrid");
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 40.2336);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 58.1152);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, 27.432);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 182.88);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, 2.7432);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 192.024);
  assert_estimated (shot, spin_fields, G_N_ELEMENTS (spin_fields));
  assert_estimated (shot_at (&parsed, 1), NULL, 0);
}

/* Dutch headers, saved by a Dutch spreadsheet: semicolons, decimal commas. */
static void
test_garmin_dutch (void)
{
  g_auto(Parsed) parsed = { 0, };
  GolfShot *shot;

  parse_fixture ("garmin-nl.csv", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, 1);
  g_assert_cmpstr (golf_session_get_id (parsed.sessions->pdata[0]), ==, "garmin-20240602-194510");

  shot = shot_at (&parsed, 0);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "9 Iron");
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 33);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 43);
  assert_value (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, -4.5);
  assert_value (shot, GOLF_SHOT_FIELD_SPIN_AXIS, -1.7);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, 27.5);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 117);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -2);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 120.5);
}

static const GolfShotField club_fields[] = {
  GOLF_SHOT_FIELD_CLUB_SPEED, GOLF_SHOT_FIELD_ATTACK_ANGLE, GOLF_SHOT_FIELD_CLUB_PATH,
};

/* A title line, a blank line, units in the header, quotes, footers. */
static void
test_rapsodo (void)
{
  g_auto(Parsed) parsed = { 0, };
  GolfShot *shot;

  parse_fixture ("rapsodo-mlm2pro.csv", &parsed);
  g_assert_cmpstr (golf_import_report_get_source (parsed.report), ==, "Rapsodo MLM2PRO CSV");
  g_assert_cmpuint (parsed.sessions->len, ==, 1);
  g_assert_cmpstr (golf_session_get_id (parsed.sessions->pdata[0]), ==, "rapsodo-20240316-101500");
  g_assert_cmpstr (golf_session_get_date (parsed.sessions->pdata[0]), ==, "2024-03-16");
  g_assert_cmpuint (parsed.shots->len, ==, 4);
  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 0);

  shot = shot_at (&parsed, 0);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "7 Iron");
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 146.304);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 155.9052);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 51.4096);
  assert_value (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, 17.2);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_ANGLE, 1.5);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, 24.9936);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, 4.1148);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 37.9984);
  assert_value (shot, GOLF_SHOT_FIELD_DESCENT_ANGLE, 47);
  assert_value (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, -4.2);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_PATH, 2.1);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, 6400);
  assert_value (shot, GOLF_SHOT_FIELD_SPIN_AXIS, 3.5);
  assert_estimated (shot, NULL, 0);

  /* Left is negative; club data the monitor estimated is marked so. */
  shot = shot_at (&parsed, 1);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_ANGLE, -2.1);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -5.4864);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 37.55136);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1);
  assert_estimated (shot, club_fields, G_N_ELEMENTS (club_fields));

  shot = shot_at (&parsed, 2);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "Driver");
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 210.312);
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 67.056);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_SPIN_AXIS, NAN);

  g_assert_cmpstr (golf_shot_get_club (shot_at (&parsed, 3)), ==, "56° Wedge");
}

/* Directions as "L"/"R" text; per-club Avg and Dev rows. */
static void
test_mevo (void)
{
  g_auto(Parsed) parsed = { 0, };
  GolfShot *shot;
  const char *session_id;

  parse_fixture ("mevo-plus.csv", &parsed);
  g_assert_cmpstr (golf_import_report_get_source (parsed.report), ==, "FlightScope Mevo+ CSV");
  g_assert_cmpuint (parsed.sessions->len, ==, 1);
  g_assert_cmpuint (parsed.shots->len, ==, 3);
  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 0);

  /* No dates in the file: an undated session named by its first shot. */
  session_id = golf_session_get_id (parsed.sessions->pdata[0]);
  g_assert_true (g_str_has_prefix (session_id, "mevo-"));
  g_assert_cmpuint (strlen (session_id), ==, strlen ("mevo-") + 13);
  g_assert_null (golf_session_get_date (parsed.sessions->pdata[0]));

  shot = shot_at (&parsed, 0);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "Driver");
  assert_value (shot, GOLF_SHOT_FIELD_BALL_SPEED, 67.056);
  assert_value (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 45.59808);
  assert_value (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, 219.456);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, 239.5728);
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, 2600);
  assert_value (shot, GOLF_SHOT_FIELD_APEX, 28.956);
  assert_value (shot, GOLF_SHOT_FIELD_FLIGHT_TIME, 6.5);
  assert_value (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, 1.5);
  assert_value (shot, GOLF_SHOT_FIELD_SPIN_AXIS, 4.5);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, 10.9728);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_ANGLE, 2);
  assert_value (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, 11.5);
  g_assert_cmpstr (golf_shot_get_shot_type (shot), ==, "Fade");

  shot = shot_at (&parsed, 1);
  assert_value (shot, GOLF_SHOT_FIELD_SPIN_AXIS, -3);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -7.7724);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_ANGLE, -1);

  shot = shot_at (&parsed, 2);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "7 Iron");
  assert_value (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_SPIN_AXIS, NAN);
  assert_value (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, -4.2);
  assert_value (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -2.7432);
}

/* Shots of one file as text, to compare two readings of it. */
static char *
describe (Parsed *parsed)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < parsed->sessions->len; i++)
    g_string_append_printf (text, "session %s %s\n", golf_session_get_id (parsed->sessions->pdata[i]),
                            golf_session_get_date (parsed->sessions->pdata[i]));
  for (guint i = 0; i < parsed->shots->len; i++)
    {
      GolfShot *shot = parsed->shots->pdata[i];

      g_string_append_printf (text, "%s %s %s %x", golf_shot_get_id (shot), golf_shot_get_club (shot),
                              golf_shot_get_shot_type (shot), golf_shot_get_estimated_mask (shot));
      for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
        g_string_append_printf (text, " %.17g", golf_shot_get (shot, f));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static char *
describe_text (const char *text,
               gssize      length)
{
  g_auto(Parsed) parsed = { 0, };
  g_autoptr(GError) error = NULL;

  parse_data (text, length < 0 ? strlen (text) : (gsize) length, NULL, &parsed, &error);
  g_assert_no_error (error);

  return describe (&parsed);
}

static char *
replace_all (const char *text,
             const char *find,
             const char *replace)
{
  g_auto(GStrv) parts = g_strsplit (text, find, -1);

  return g_strjoinv (replace, parts);
}

/* The same export read from UTF-8 with or without a byte order mark, from
 * Windows-1252, with CRLF, LF or CR: the same shots. */
static void
test_encodings_and_line_ends (void)
{
  g_autofree char *latin = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *with_bom = NULL;
  g_autofree char *crlf = NULL;
  g_autofree char *cr = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  latin = golf_test_read_fixture ("garmin-r50-de.csv", &length);
  g_assert_null (memchr (latin, 0xC3, length));   /* truly not UTF-8 */
  expected = describe_text (latin, length);

  utf8 = g_convert (latin, length, "UTF-8", "WINDOWS-1252", NULL, NULL, &error);
  g_assert_no_error (error);
  with_bom = g_strconcat ("\xEF\xBB\xBF", utf8, NULL);
  crlf = replace_all (utf8, "\n", "\r\n");
  cr = replace_all (utf8, "\n", "\r");

  {
    const char *texts[] = { utf8, with_bom, crlf, cr };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autofree char *read = describe_text (texts[i], -1);

        g_assert_cmpstr (read, ==, expected);
      }
  }
}

/* Ids come from content: the same rows in another order are the same
 * shots (an undated file's session is named after its first shot). */
static void
test_stable_ids (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *swapped = NULL;
  g_auto(Parsed) first = { 0, };
  g_auto(Parsed) second = { 0, };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  char *keep;

  text = golf_test_read_fixture ("mevo-plus.csv", NULL);
  lines = g_strsplit (text, "\n", -1);
  /* The second driver shot and the 7-iron shot change places. */
  keep = lines[2];
  lines[2] = lines[5];
  lines[5] = keep;
  swapped = g_strjoinv ("\n", lines);

  parse_data (text, strlen (text), NULL, &first, &error);
  g_assert_no_error (error);
  parse_data (swapped, strlen (swapped), NULL, &second, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (first.shots->len, ==, second.shots->len);
  for (guint i = 0; i < first.shots->len; i++)
    g_hash_table_add (ids, (gpointer) golf_shot_get_id (first.shots->pdata[i]));
  for (guint i = 0; i < second.shots->len; i++)
    g_assert_true (g_hash_table_contains (ids, golf_shot_get_id (second.shots->pdata[i])));
  g_assert_cmpstr (golf_shot_get_id (first.shots->pdata[1]), ==, golf_shot_get_id (second.shots->pdata[2]));
}

/* Two shots measured alike are two shots, with two ids. */
static void
test_identical_rows (void)
{
  static const char text[] =
    "club,Shot,Ball (mph),Carry (yds)\n"
    "7i,1,112.0,158.0\n"
    "7i,1,112.0,158.0\n"
    "7i,1,112.0,158.0\n";
  g_auto(Parsed) parsed = { 0, };
  g_autoptr(GError) error = NULL;

  parse_data (text, strlen (text), NULL, &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.shots->len, ==, 3);
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), !=, golf_shot_get_id (parsed.shots->pdata[1]));
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[1]), !=, golf_shot_get_id (parsed.shots->pdata[2]));
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), !=, golf_shot_get_id (parsed.shots->pdata[2]));
}

/* --session puts every day of a file into one session. */
static void
test_session_override (void)
{
  g_autofree char *text = NULL;
  g_auto(Parsed) parsed = { 0, };
  g_autoptr(GError) error = NULL;
  gsize length;

  text = golf_test_read_fixture ("garmin-r10-en.csv", &length);
  parse_data (text, length, "range-week", &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.sessions->len, ==, 1);
  g_assert_cmpstr (golf_session_get_id (parsed.sessions->pdata[0]), ==, "range-week");
  g_assert_cmpstr (golf_session_get_date (parsed.sessions->pdata[0]), ==, "2024-03-09");
  for (guint i = 0; i < parsed.shots->len; i++)
    {
      g_assert_cmpstr (golf_shot_get_session_id (parsed.shots->pdata[i]), ==, "range-week");
      g_assert_true (g_str_has_prefix (golf_shot_get_id (parsed.shots->pdata[i]), "range-week_"));
    }
}

/* Clubs as each brand writes them, and as the Uneekor reader names them. */
static void
test_club_names (void)
{
  static const struct { const char *written; const char *canonical; } clubs[] = {
    { "Driver", "Driver" }, { "Dr", "Driver" }, { "1W", "Driver" }, { "DRIVER", "Driver" },
    { "3 Wood", "3 Wood" }, { "3W", "3 Wood" }, { "WOOD3", "3 Wood" }, { "5w", "5 Wood" },
    { "4 Hybrid", "4 Hybrid" }, { "4H", "4 Hybrid" }, { "4 Hy", "4 Hybrid" }, { "HYBRID4", "4 Hybrid" },
    { "7 Iron", "7 Iron" }, { "7i", "7 Iron" }, { "7 I", "7 Iron" }, { "IRON7", "7 Iron" },
    { "Pitching Wedge", "PW" }, { "pw", "PW" }, { "WEDGE_PITCHING", "PW" }, { "Gap Wedge", "GW" },
    { "Sand Wedge", "SW" }, { "Lob Wedge", "LW" }, { "Approach Wedge", "AW" },
    { "56°", "56° Wedge" }, { "56 Wedge", "56° Wedge" }, { "56° Wedge", "56° Wedge" },
    { "56", "56° Wedge" }, { "WEDGE_56", "56° Wedge" }, { "60deg", "60° Wedge" },
    { "Putter", "Putter" }, { "  7i  ", "7 Iron" },
    { "My Old Blade", "My Old Blade" }, { "5", "5" }, { "13 Iron", "13 Iron" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (clubs); i++)
    {
      g_autofree char *name = golf_club_canonical_name (clubs[i].written);

      if (g_strcmp0 (name, clubs[i].canonical) != 0)
        g_error ("“%s” became “%s”, not “%s”", clubs[i].written, name, clubs[i].canonical);
    }
}

static GError *
assert_refused (const char *text,
                gssize      length,
                int         code)
{
  g_auto(Parsed) parsed = { 0, };
  GError *error = NULL;

  if (parse_data (text, length < 0 ? strlen (text) : (gsize) length, NULL, &parsed, &error))
    g_error ("“%s” was accepted", text);
  g_assert_error (error, GOLF_IMPORT_ERROR, code);
  g_assert_null (parsed.shots);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return error;
}

static void
test_refused_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_line = NULL;
  g_autofree char *open_quote = NULL;

  error = assert_refused ("", 0, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "is not an export Golf Lab knows"));
  g_clear_error (&error);

  error = assert_refused ("name,age\nann,33\n", -1, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "Garmin R10/R50, Rapsodo MLM2PRO or FlightScope Mevo+"));
  g_clear_error (&error);

  error = assert_refused ("club,Shot,Ball (mph)\0,Carry\n", 30, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "nul bytes"));
  g_clear_error (&error);

  error = assert_refused ("\xff\xfe" "c\0l\0u\0b\0", 10, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
  g_clear_error (&error);

  /* A header and nothing under it. */
  error = assert_refused ("club,Shot,Ball (mph),Carry (yds)\n", -1, GOLF_IMPORT_ERROR_NO_SHOTS);
  g_assert_nonnull (strstr (error->message, "holds no shot"));
  g_clear_error (&error);
  error = assert_refused ("club,Shot,Ball (mph),Carry (yds)\n7i,1,-,N/A\n7i,Avg,-,-\n", -1,
                          GOLF_IMPORT_ERROR_NO_SHOTS);
  g_assert_nonnull (strstr (error->message, "1 line set aside"));
  g_clear_error (&error);

  /* A quote that never closes, and one that swallows over a megabyte. */
  error = assert_refused ("club,Shot,Ball (mph),Carry (yds)\n7i,1,\"112.0,158.0\n7i,2,110,150\n", -1,
                          GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "starts on line 2 is never closed"));
  g_clear_error (&error);

  long_line = g_strnfill (1100000, 'x');
  open_quote = g_strdup_printf ("club,Shot,Ball (mph),Carry (yds)\n7i,1,\"%s", long_line);
  error = assert_refused (open_quote, -1, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "more than 1 MB"));
  g_clear_error (&error);
}

/* Rows that cannot be used are set aside, each with its reason; the rest
 * of the file is imported. */
static void
test_set_aside_rows (void)
{
  static const char text[] =
    "club,Shot,Ball (mph),Carry (yds),Spin (rpm)\n"
    "7i,1,112.0,158.0,6500\n"
    "7i,2,111.0,157.0,6400,extra\n"
    "7i,3,abc,150.0,6000\n"
    "7i,4,-,-,-\n"
    "7i,5,110.0,155.0\n";
  g_auto(Parsed) parsed = { 0, };
  g_autoptr(GError) error = NULL;

  parse_data (text, strlen (text), NULL, &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.shots->len, ==, 3);

  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 2);
  g_assert_cmpstr (golf_import_report_get_set_aside_where (parsed.report, 0), ==, "line 3");
  g_assert_cmpstr (golf_import_report_get_set_aside_reason (parsed.report, 0), ==,
                   "it has 6 values where the header names 5 columns");
  g_assert_cmpstr (golf_import_report_get_set_aside_where (parsed.report, 1), ==, "line 5");

  /* Text where a number belongs: that value missing, with its reason. */
  g_assert_cmpuint (golf_import_report_get_n_refused_values (parsed.report), ==, 2);
  g_assert_cmpstr (golf_import_report_get_refused_reason (parsed.report, 0), ==,
                   "“abc” in column “Ball (mph)” is not a number; stored as missing");
  assert_value (shot_at (&parsed, 1), GOLF_SHOT_FIELD_BALL_SPEED, NAN);
  assert_value (shot_at (&parsed, 1), GOLF_SHOT_FIELD_CARRY_DISTANCE, 137.16);

  /* A short row is kept: its missing cells are missing values, and the
   * report says so. */
  assert_value (shot_at (&parsed, 2), GOLF_SHOT_FIELD_TOTAL_SPIN, NAN);
  assert_value (shot_at (&parsed, 2), GOLF_SHOT_FIELD_CARRY_DISTANCE, 155 * 0.9144);
  g_assert_cmpstr (golf_import_report_get_refused_where (parsed.report, 1), ==, "line 6");
  g_assert_cmpstr (golf_import_report_get_refused_reason (parsed.report, 1), ==,
                   "it has only 4 of the 5 values the header names; the last 1 stored as missing");
}

/* A file cut off in the middle of its last row: that row is not a shot. */
static void
test_cut_off_last_row (void)
{
  static const char text[] =
    "club,Shot,Ball (mph),Carry (yds),Spin (rpm)\r\n"
    "7i,1,112.0,158.0,6500\r\n"
    "7i,2,111.0,15";
  static const char whole[] =
    "club,Shot,Ball (mph),Carry (yds),Spin (rpm)\r\n"
    "7i,1,112.0,158.0,6500\r\n"
    "7i,2,111.0,157.0,6400";
  g_auto(Parsed) parsed = { 0, };
  g_autoptr(GError) error = NULL;

  parse_data (text, strlen (text), NULL, &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.shots->len, ==, 1);
  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 1);
  g_assert_cmpstr (golf_import_report_get_set_aside_where (parsed.report, 0), ==, "line 3");
  g_assert_cmpstr (golf_import_report_get_set_aside_reason (parsed.report, 0), ==,
                   "the file ends after 4 of the 5 values the header names (it may be cut off)");

  /* A whole last row needs no line break after it. */
  parsed_clear (&parsed);
  parse_data (whole, strlen (whole), NULL, &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.shots->len, ==, 2);
  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 0);
  assert_value (shot_at (&parsed, 1), GOLF_SHOT_FIELD_TOTAL_SPIN, 6400);
}

/* A unit Golf Lab does not know leaves its column out, and says so. */
static void
test_unknown_units (void)
{
  static const char text[] =
    "Date,Club Type,Club Speed,Ball Speed,Carry Distance,Total Distance\n"
    ",,[mph],[furlongs/fortnight],[yd],[mph]\n"
    "2024-03-09 10:00:00,7 Iron,80,112,150,160\n";
  g_auto(Parsed) parsed = { 0, };
  g_autoptr(GError) error = NULL;

  parse_data (text, strlen (text), NULL, &parsed, &error);
  g_assert_no_error (error);
  assert_value (shot_at (&parsed, 0), GOLF_SHOT_FIELD_CLUB_SPEED, 35.7632);
  assert_value (shot_at (&parsed, 0), GOLF_SHOT_FIELD_BALL_SPEED, NAN);
  assert_value (shot_at (&parsed, 0), GOLF_SHOT_FIELD_CARRY_DISTANCE, 137.16);
  assert_value (shot_at (&parsed, 0), GOLF_SHOT_FIELD_TOTAL_DISTANCE, NAN);
  g_assert_cmpuint (golf_import_report_get_n_set_aside (parsed.report), ==, 2);
  g_assert_cmpstr (golf_import_report_get_set_aside_where (parsed.report, 0), ==, "column “Ball Speed”");
  g_assert_cmpstr (golf_import_report_get_set_aside_where (parsed.report, 1), ==, "column “Total Distance”");
}

typedef struct
{
  const char *text;
  const char *records;   /* fields joined by "|", records by "/" */
} TokenCase;

static char *
tokenize (const char  *text,
          gsize        length,
          char         delimiter,
          GError     **error)
{
  g_autoptr(GolfTextReader) reader = _golf_text_reader_new_for_data (text, length);
  g_autoptr(GolfCsvTokenizer) tokenizer = _golf_csv_tokenizer_new (reader);
  GString *out = g_string_new (NULL);
  gboolean has_record;
  guint n_records = 0;

  _golf_csv_tokenizer_set_delimiter (tokenizer, delimiter);
  for (;;)
    {
      if (!_golf_csv_tokenizer_next (tokenizer, &has_record, error))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (!has_record)
        break;
      if (n_records++ > 0)
        g_string_append_c (out, '/');
      for (guint i = 0; i < _golf_csv_tokenizer_get_n_fields (tokenizer); i++)
        {
          gsize field_length;
          const char *field = _golf_csv_tokenizer_get_field (tokenizer, i, &field_length);

          g_assert_cmpuint (strlen (field), ==, field_length);
          g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", field);
        }
    }

  return g_string_free (out, FALSE);
}

/* RFC 4180, and the liberties real files take with it. */
static void
test_tokenizer (void)
{
  static const TokenCase cases[] = {
    { "a,b,c", "a|b|c" },
    { "a,b,c\n", "a|b|c" },
    { "a,b\r\nc,d\r\n", "a|b/c|d" },
    { "a,b\rc,d\r", "a|b/c|d" },
    { "a,,c,\n", "a||c|" },
    { ",\n", "|" },
    { "\n\na\n", "/" "/a" },
    { "\"a,b\",c", "a,b|c" },
    { "\"say \"\"hi\"\"\",x", "say \"hi\"|x" },
    { "\"two\nlines\",x\ny", "two\nlines|x/y" },
    { "\"crlf\r\ninside\",x\r\n", "crlf\r\ninside|x" },
    { "\"\",x", "|x" },
    { "\"\"\"\"", "\"" },
    { "a\"b,c", "a\"b|c" },
    { "\"a\"b,c", "ab|c" },
    { " \"a\" ,b", " \"a\" |b" },
    { "\xEF\xBB\xBF" "a,b", "a|b" },
    { "é,ü\n", "é|ü" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *records = tokenize (cases[i].text, strlen (cases[i].text), ',', &error);

      g_assert_no_error (error);
      if (g_strcmp0 (records, cases[i].records) != 0)
        g_error ("case %u: “%s” gave “%s”, not “%s”", i, cases[i].text, records, cases[i].records);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *records = tokenize ("a;\"b;c\";d\n", 10, ';', &error);

    g_assert_cmpstr (records, ==, "a|b;c|d");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *records = tokenize ("a,\"b\nc", 6, ',', &error);

    g_assert_null (records);
    g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
    g_assert_nonnull (strstr (error->message, "line 1 is never closed"));
  }
}

/* Dates as exports write them; "03/09/2024" is read as the brand writes it
 * unless the text says otherwise. */
static void
test_dates (void)
{
  static const struct { const char *text; gboolean day_first; const char *date; const char *time; } dates[] = {
    { "2024-03-09 14:05:12", TRUE, "2024-03-09", "140512" },
    { "2024-03-09T14:05:12.250Z", FALSE, "2024-03-09", "140512" },
    { "2024-03-09", FALSE, "2024-03-09", "" },
    { "09/03/2024 14:05:12", TRUE, "2024-03-09", "140512" },
    { "09/03/2024 14:05:12", FALSE, "2024-09-03", "140512" },
    { "03/09/24 2:05:12 PM", TRUE, "2024-03-09", "140512" },
    { "03/09/24 12:05:12 AM", TRUE, "2024-03-09", "000512" },
    { "16/03/2024 10:15", FALSE, "2024-03-16", "101500" },
    { "03/16/2024 10:15 AM", TRUE, "2024-03-16", "101500" },
    { "09.03.2024 14:05", FALSE, "2024-03-09", "140500" },
    { "02-06-2024 19:45:10", TRUE, "2024-06-02", "194510" },
    { " 2024-02-29 ", TRUE, "2024-02-29", "" },
  };
  static const char *not_dates[] = {
    "13/45/24 1:00:00 PM", "2023-02-29", "31/31/2024", "yesterday", "", "2024", "12/2024", "0000-01-01",
    "99/99/99",
  };
  char date[11], time[7];

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      if (!_golf_csv_parse_date (dates[i].text, dates[i].day_first, date, time))
        g_error ("“%s” was not read as a date", dates[i].text);
      if (strcmp (date, dates[i].date) != 0 || strcmp (time, dates[i].time) != 0)
        g_error ("“%s” was read as %s %s, not %s %s", dates[i].text, date, time, dates[i].date, dates[i].time);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    if (_golf_csv_parse_date (not_dates[i], TRUE, date, time))
      g_error ("“%s” was read as the date %s", not_dates[i], date);
}

/* Windows-1252's own letters (0x80-0x9F) and Latin-1's become UTF-8. */
static void
test_windows_1252 (void)
{
  static const char text[] = "club,Shot,Ball (mph),Carry (yds),Shot Type\n"
                             "7i,1,112,158,\x93" "Draw\x94 \x80 caf\xe9 \x81\n";
  g_auto(Parsed) parsed = { 0, };
  g_autoptr(GError) error = NULL;

  parse_data (text, strlen (text), NULL, &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_shot_get_shot_type (shot_at (&parsed, 0)), ==, "“Draw” € café \xef\xbf\xbd");
}

static void
count_changes (GolfStore      *store,
               const char     *session_id,
               const char     *shot_id,
               GolfChangeKind  kind,
               gpointer        user_data)
{
  (*(guint *) user_data)++;
}

/* Stored as read: a file long enough for the bulk writes (many shots a
 * statement) comes back from the store value for value, in its order. */
static void
test_stored_as_parsed (void)
{
  g_auto(GolfTestDir) dir = { 0, };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto(Parsed) parsed = { 0, };
  GString *text = g_string_new ("club,Shot,Ball (mph),Club (mph),Carry (yds),Spin (rpm),Lateral (yds),Shot Type\n");

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (text, "%s,%u,%.1f,%.1f,%.2f,%u,%.1f %c,%s\n", i % 3 ? "7i" : "Driver", i + 1,
                            100 + i * 0.5, 80 + i * 0.25, 140 + i * 0.75, 3000 + i * 37, i * 0.3,
                            i % 2 ? 'L' : 'R', i % 5 ? "Draw" : "");
  parse_data (text->str, text->len, NULL, &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.shots->len, ==, 100);

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  path = g_build_filename (dir.dir, "mevo.csv", NULL);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  report = golf_csv_import_file (store, path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, 100);

  stored = golf_store_list_shots (store, golf_session_get_id (parsed.sessions->pdata[0]), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 100);
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GolfShot) shot = g_list_model_get_item (stored, i);
      GolfShot *read = shot_at (&parsed, i);

      g_assert_cmpstr (golf_shot_get_id (shot), ==, golf_shot_get_id (read));
      g_assert_cmpstr (golf_shot_get_club (shot), ==, golf_shot_get_club (read));
      g_assert_cmpstr (golf_shot_get_shot_type (shot), ==, golf_shot_get_shot_type (read));
      for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
        assert_value (shot, f, golf_shot_get (read, f));
    }
  g_string_free (text, TRUE);
}

/* A file that breaks off after thousands of good rows (batches already
 * written in the transaction) leaves the store as it was. */
static void
test_broken_late (void)
{
  g_auto(GolfTestDir) dir = { 0, };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GString *text = g_string_new ("club,Shot,Ball (mph),Carry (yds)\n");
  guint n_changes = 0;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "7i,%u,%.2f,%.2f\n", i + 1, 100 + i * 0.001, 150 + i * 0.001);
  g_string_append (text, "7i,5001,\"110.0,150\n");

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  g_signal_connect (store, "shot-changed", G_CALLBACK (count_changes), &n_changes);
  path = g_build_filename (dir.dir, "long.csv", NULL);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  g_assert_null (golf_csv_import_file (store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "starts on line 5002 is never closed"));
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 0);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM sessions"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (store)), ==, 0);
  g_assert_cmpuint (n_changes, ==, 0);
  g_string_free (text, TRUE);
}

/* Into the store, streamed: one session per day, nothing twice, and a
 * failed file writes nothing. */
static void
test_import_file (void)
{
  g_auto(GolfTestDir) dir = { 0, };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfImportReport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "garmin-r10-en.csv", NULL);
  g_autofree char *broken = NULL;
  g_autofree char *text = NULL;
  g_autofree char *mevo = NULL;
  guint n_new, n_updated, n_unchanged;

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);

  report = golf_csv_import_file (store, path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_import_report_get_source (report), ==, "Garmin R10/R50 CSV “garmin-r10-en.csv”");
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, 6);
  g_assert_cmpuint (golf_import_report_get_n_sessions (report), ==, 2);
  golf_import_report_get_session_counts (report, 0, &n_new, &n_updated, &n_unchanged);
  g_assert_cmpuint (n_new, ==, 4);
  golf_import_report_get_session_counts (report, 1, &n_new, &n_updated, &n_unchanged);
  g_assert_cmpuint (n_new, ==, 2);
  g_assert_cmpuint (golf_test_count_shots (store, "garmin-20240309-140512"), ==, 4);
  g_assert_cmpuint (golf_test_count_shots (store, "garmin-20240310-091503"), ==, 2);
  g_assert_cmpstr (golf_session_get_date (golf_store_find_session (store, "garmin-20240310-091503")),
                   ==, "2024-03-10");

  text = golf_import_report_to_text (report);
  g_assert_nonnull (strstr (text, "Imported 6 shots into 2 sessions: 6 new, 0 updated, 0 unchanged, 2 set aside\n"));
  g_assert_nonnull (strstr (text, "  line 8: it holds no measurement\n"));
  g_assert_nonnull (strstr (text, "  line 7: ball speed 178.816 m/s is above the possible 150 m/s"));

  again = golf_csv_import_file (store, path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (again), ==, 0);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (again), ==, 6);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 6);

  /* Exported again with the first shot's spin now called estimated: that
   * shot is updated, and stored so. */
  {
    g_autofree char *original = golf_test_read_fixture ("garmin-r10-en.csv", NULL);
    g_autofree char *estimated = g_build_filename (dir.dir, "garmin-estimated.csv", NULL);
    g_auto(GStrv) parts = g_strsplit (original, ",2518,Measured,", 2);
    g_autofree char *edited = g_strjoinv (",2518,Estimated,", parts);
    g_autoptr(GolfImportReport) edited_report = NULL;
    g_autoptr(GListModel) shots = NULL;
    g_autoptr(GolfShot) first = NULL;

    g_assert_nonnull (parts[1]);
    g_file_set_contents (estimated, edited, -1, &error);
    g_assert_no_error (error);
    edited_report = golf_csv_import_file (store, estimated, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (golf_import_report_get_n_updated (edited_report), ==, 1);
    g_assert_cmpuint (golf_import_report_get_n_unchanged (edited_report), ==, 5);
    shots = golf_store_list_shots (store, "garmin-20240309-140512", &error);
    first = g_list_model_get_item (shots, 0);
    g_assert_true (golf_shot_is_estimated (first, GOLF_SHOT_FIELD_BACK_SPIN));
  }

  /* A file broken at its end leaves the store as it was. */
  g_free (text);
  text = golf_test_read_fixture ("mevo-plus.csv", NULL);
  broken = g_build_filename (dir.dir, "broken.csv", NULL);
  mevo = g_strconcat (text, "7i,9,\"110.0,150\n", NULL);
  g_file_set_contents (broken, mevo, -1, &error);
  g_assert_no_error (error);
  g_assert_null (golf_csv_import_file (store, broken, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "“broken.csv”"));
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM shots"), ==, 6);
  g_assert_cmpint (golf_test_query_int (dir.db_path, "SELECT count(*) FROM sessions"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/garmin-english", test_garmin_english);
  g_test_add_func ("/csv/garmin-german", test_garmin_german);
  g_test_add_func ("/csv/garmin-spanish", test_garmin_spanish);
  g_test_add_func ("/csv/garmin-dutch", test_garmin_dutch);
  g_test_add_func ("/csv/rapsodo", test_rapsodo);
  g_test_add_func ("/csv/mevo", test_mevo);
  g_test_add_func ("/csv/encodings-and-line-ends", test_encodings_and_line_ends);
  g_test_add_func ("/csv/stable-ids", test_stable_ids);
  g_test_add_func ("/csv/identical-rows", test_identical_rows);
  g_test_add_func ("/csv/session-override", test_session_override);
  g_test_add_func ("/csv/club-names", test_club_names);
  g_test_add_func ("/csv/refused-files", test_refused_files);
  g_test_add_func ("/csv/set-aside-rows", test_set_aside_rows);
  g_test_add_func ("/csv/cut-off-last-row", test_cut_off_last_row);
  g_test_add_func ("/csv/unknown-units", test_unknown_units);
  g_test_add_func ("/csv/tokenizer", test_tokenizer);
  g_test_add_func ("/csv/import-file", test_import_file);
  g_test_add_func ("/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/dates", test_dates);
  g_test_add_func ("/csv/broken-late", test_broken_late);
  g_test_add_func ("/csv/stored-as-parsed", test_stored_as_parsed);

  return g_test_run ();
}
