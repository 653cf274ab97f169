/* test-import.c: reading Uneekor reports into shots (test-import-store.c: into the store)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-import"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "golf-store.h"
#include "golf-test-util.h"
#include "golf-json-reader-private.h"
#include "golf-uneekor-report.h"

/* report-44478.json: three club groups of four shots. */
#define NORMAL_SESSION "44478"
#define NORMAL_SHOTS 12

typedef struct
{
  GolfSession      *session;
  GPtrArray        *shots;
  GolfImportReport *report;
  guint             n_skipped;
} Parsed;

static void
parsed_clear (Parsed *parsed)
{
  g_clear_object (&parsed->session);
  g_clear_pointer (&parsed->shots, g_ptr_array_unref);
  g_clear_object (&parsed->report);
}

static gboolean
parse_text (const char  *text,
            gssize       length,
            const char  *session_id,
            Parsed      *parsed,
            GError     **error)
{
  gboolean ok;

  memset (parsed, 0, sizeof *parsed);
  parsed->report = golf_import_report_new (NULL);
  ok = golf_uneekor_report_parse (text, length < 0 ? strlen (text) : (gsize) length, session_id,
                                  &parsed->session, &parsed->shots, parsed->report, error);
  parsed->n_skipped = golf_import_report_get_n_set_aside (parsed->report);

  return ok;
}

/* Asserts that @text is refused with @code and nothing is handed out. */
static GError *
assert_refused (const char *text,
                gssize      length,
                int         code)
{
  GError *error = NULL;
  Parsed parsed;

  if (parse_text (text, length, "s", &parsed, &error))
    g_error ("%s was accepted", text);
  g_assert_error (error, GOLF_IMPORT_ERROR, code);
  g_assert_null (parsed.session);
  g_assert_null (parsed.shots);
  parsed_clear (&parsed);

  return error;
}

/* Parses @text, which must be accepted. */
static void
parse_accepted (const char *text,
                gssize      length,
                const char *session_id,
                Parsed     *parsed)
{
  g_autoptr(GError) error = NULL;

  parse_text (text, length, session_id, parsed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parsed->session);
  g_assert_nonnull (parsed->shots);
}

static void
parse_fixture (const char *name,
               const char *session_id,
               Parsed     *parsed)
{
  g_autofree char *text = NULL;
  gsize length;

  text = golf_test_read_fixture (name, &length);
  parse_accepted (text, length, session_id, parsed);
}

static GolfShot *
find_shot (GPtrArray  *shots,
           const char *id)
{
  for (guint i = 0; i < shots->len; i++)
    if (g_strcmp0 (golf_shot_get_id (shots->pdata[i]), id) == 0)
      return shots->pdata[i];

  return NULL;
}

static void
assert_absent (GolfShot      *shot,
               GolfShotField  field)
{
  if (golf_shot_has (shot, field))
    g_error ("%s of shot %s is %g, expected it absent",
             golf_shot_field_get_name (field), golf_shot_get_id (shot),
             golf_shot_get (shot, field));
}

/* The report API's shot keys, by field (the API writes "decent_angle");
 * the fields it has no key for stay absent. */
static const char *api_keys[GOLF_SHOT_N_FIELDS] = {
  [GOLF_SHOT_FIELD_BALL_SPEED] = "ball_speed",
  [GOLF_SHOT_FIELD_CLUB_SPEED] = "club_speed",
  [GOLF_SHOT_FIELD_CARRY_DISTANCE] = "carry_distance",
  [GOLF_SHOT_FIELD_TOTAL_DISTANCE] = "total_distance",
  [GOLF_SHOT_FIELD_CLUB_PATH] = "club_path",
  [GOLF_SHOT_FIELD_FACE_ANGLE] = "club_face_angle",
  [GOLF_SHOT_FIELD_LAUNCH_ANGLE] = "launch_angle",
  [GOLF_SHOT_FIELD_SIDE_ANGLE] = "side_angle",
  [GOLF_SHOT_FIELD_DYNAMIC_LOFT] = "dynamic_loft",
  [GOLF_SHOT_FIELD_ATTACK_ANGLE] = "attack_angle",
  [GOLF_SHOT_FIELD_SIDE_SPIN] = "side_spin",
  [GOLF_SHOT_FIELD_BACK_SPIN] = "back_spin",
  [GOLF_SHOT_FIELD_IMPACT_X] = "impact_x",
  [GOLF_SHOT_FIELD_IMPACT_Y] = "impact_y",
  [GOLF_SHOT_FIELD_SIDE_DISTANCE] = "side_distance",
  [GOLF_SHOT_FIELD_DESCENT_ANGLE] = "decent_angle",
  [GOLF_SHOT_FIELD_APEX] = "apex",
  [GOLF_SHOT_FIELD_FLIGHT_TIME] = "flight_time",
  [GOLF_SHOT_FIELD_OPTIX_X] = "optix_x",
  [GOLF_SHOT_FIELD_OPTIX_Y] = "optix_y",
  [GOLF_SHOT_FIELD_CLUB_LIE] = "club_lie",
  [GOLF_SHOT_FIELD_LIE_ANGLE] = "lie_angle",
};

/* What a shot must hold for one member of the report, read by json-glib. */
static void
assert_field_matches (GolfShot      *shot,
                      GolfShotField  field,
                      JsonObject    *json_shot)
{
  JsonNode *node = api_keys[field] ? json_object_get_member (json_shot, api_keys[field]) : NULL;
  double expected = NAN;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        expected = g_ascii_strtod (json_node_get_string (node), NULL);
      else
        expected = json_node_get_double (node);
    }
  if (expected == 99999)
    expected = NAN;

  if (isnan (expected))
    assert_absent (shot, field);
  else if (golf_shot_get (shot, field) != expected)
    g_error ("%s of shot %s is %.17g, the report says %.17g",
             api_keys[field], golf_shot_get_id (shot), golf_shot_get (shot, field), expected);
}

/* Every number of the report arrives unchanged (SI, no rounding), checked
 * against an independent JSON parser. */
static void
test_parse_values_unchanged (void)
{
  g_autoptr(JsonParser) json = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Parsed parsed;
  JsonArray *groups;
  guint n_checked = 0;
  gsize length;

  parse_fixture ("report-44478.json", NORMAL_SESSION, &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, NORMAL_SHOTS);
  g_assert_cmpuint (parsed.n_skipped, ==, 0);

  text = golf_test_read_fixture ("report-44478.json", &length);
  json_parser_load_from_data (json, text, length, &error);
  g_assert_no_error (error);

  groups = json_node_get_array (json_parser_get_root (json));
  for (guint g = 0; g < json_array_get_length (groups); g++)
    {
      JsonObject *group = json_array_get_object_element (groups, g);
      JsonArray *shots = json_object_get_array_member (group, "shots");

      for (guint s = 0; s < json_array_get_length (shots); s++)
        {
          JsonObject *json_shot = json_array_get_object_element (shots, s);
          g_autofree char *id = g_strdup_printf ("%s_%" G_GINT64_FORMAT "_%" G_GINT64_FORMAT,
                                                 NORMAL_SESSION,
                                                 json_object_get_int_member (group, "id"),
                                                 json_object_get_int_member (json_shot, "id"));
          GolfShot *shot = find_shot (parsed.shots, id);

          if (shot == NULL)
            g_error ("no shot %s", id);
          g_assert_cmpstr (golf_shot_get_session_id (shot), ==, NORMAL_SESSION);
          g_assert_cmpstr (golf_shot_get_shot_type (shot), ==,
                           json_object_get_string_member (json_shot, "type"));
          for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
            assert_field_matches (shot, f, json_shot);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, ==, NORMAL_SHOTS);

  parsed_clear (&parsed);
}

static void
test_parse_normal_report (void)
{
  Parsed parsed;
  GolfShot *shot;

  parse_fixture ("report-44478.json", NORMAL_SESSION, &parsed);

  g_assert_cmpstr (golf_session_get_id (parsed.session), ==, NORMAL_SESSION);
  g_assert_cmpstr (golf_session_get_date (parsed.session), ==, "2024-03-01");
  g_assert_cmpstr (golf_session_get_session_type (parsed.session), ==, "practice");

  /* In the report's order, clubs by their canonical names. */
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), ==, "44478_444881_4447801");
  g_assert_cmpstr (golf_shot_get_club (parsed.shots->pdata[0]), ==, "Driver");
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[4]), ==, "44478_444884_4447813");
  g_assert_cmpstr (golf_shot_get_club (parsed.shots->pdata[4]), ==, "7 Iron");
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[11]), ==, "44478_444886_4447824");
  g_assert_cmpstr (golf_shot_get_club (parsed.shots->pdata[11]), ==, "PW");

  /* The first shot: the cameras missed the club, so 99999 -> absent. */
  shot = parsed.shots->pdata[0];
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), ==, 64.76091766357422);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 215.55523681640625);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_DESCENT_ANGLE), ==, 37.67470169067383);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BACK_SPIN), ==, 2587);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_OPTIX_Y), ==, -2.05);
  assert_absent (shot, GOLF_SHOT_FIELD_CLUB_SPEED);
  assert_absent (shot, GOLF_SHOT_FIELD_CLUB_PATH);
  assert_absent (shot, GOLF_SHOT_FIELD_FACE_ANGLE);
  g_assert_true (isnan (golf_shot_get_smash (shot)));
  g_assert_cmpstr (golf_shot_get_shot_type (shot), ==, "push fade");

  parsed_clear (&parsed);
}

static void
test_parse_odd_values (void)
{
  Parsed parsed;
  GolfShot *shot;

  parse_fixture ("report-odd.json", "S'1; DROP TABLE shots", &parsed);

  /* The empty club group is fine; no shot is lost. */
  g_assert_cmpuint (parsed.shots->len, ==, 3);
  g_assert_cmpuint (parsed.n_skipped, ==, 0);
  g_assert_cmpstr (golf_session_get_date (parsed.session), ==, "2024-05-17");

  shot = find_shot (parsed.shots, "S'1; DROP TABLE shots_900001_1");
  g_assert_nonnull (shot);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "7 Iron");
  g_assert_cmpstr (golf_shot_get_shot_type (shot), ==, "draw");
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), ==, 52.25);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_SPEED), ==, 38.5);       /* "38.5" */
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_FACE_ANGLE), ==, -1.25);      /* "-1.25" */
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BACK_SPIN), ==, 6480);        /* " 6480 " */
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_OPTIX_Y), ==, -3);            /* "-3" */
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_IMPACT_X), ==, 3.5);          /* 3.5e0 */
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_IMPACT_Y), ==, -0.2);         /* -2.0E-1 */
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_SIDE_SPIN), ==, -312);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_FLIGHT_TIME), ==, 5.875);
  g_assert_cmpfloat_with_epsilon (golf_shot_get_smash (shot), 52.25 / 38.5, 1e-12);
  assert_absent (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE);   /* 99999 */
  assert_absent (shot, GOLF_SHOT_FIELD_CLUB_LIE);         /* 99999.0 */
  assert_absent (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE);   /* null */
  assert_absent (shot, GOLF_SHOT_FIELD_CLUB_PATH);        /* "NaN" */
  assert_absent (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE);     /* "n/a" */
  assert_absent (shot, GOLF_SHOT_FIELD_LIE_ANGLE);        /* true */
  assert_absent (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT);     /* absent */
  g_assert_true (isnan (golf_shot_get_face_to_path (shot)));

  /* An id written as a string; a null shape. */
  shot = find_shot (parsed.shots, "S'1; DROP TABLE shots_900001_2");
  g_assert_nonnull (shot);
  g_assert_null (golf_shot_get_shot_type (shot));
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_SPEED), ==, 38.0);

  /* Shots before the group's id and club still get both; an unknown club
   * code is kept as given, metacharacters and all. */
  shot = find_shot (parsed.shots, "S'1; DROP TABLE shots_900002_3");
  g_assert_nonnull (shot);
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "x'); DROP TABLE shots;--");
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 221.25);

  parsed_clear (&parsed);
}

/* Numbers are converted exactly as a correctly rounding strtod would,
 * whether JSON numbers or numbers in strings; those a shot can hold
 * arrive in it unchanged. */
static void
test_parse_number_conversion (void)
{
  static const char *numbers[] = {
    "0", "-0", "7", "0.1", "0.30000000000000004", "43.71853256225586",
    "0.0025884374044835567", "-0.000001", "1E-7", "1e22", "1e23",
    "9007199254740992", "9007199254740993", "18446744073709551617",
    "123456789012345678901234567890", "12345678901234567890.5",
    "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203126",
    "0.000000000000000000000000000001", "7.038531e-26",
    "2.2250738585072014e-308", "4.9406564584124654e-324",
    "1.7976931348623157e308", "99998.99999999999", "149.99999999999997",
  };
  GString *text = g_string_new ("[{\"id\": 1, \"shots\": [");
  Parsed parsed;
  guint n_in_range = 0;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      double expected = g_ascii_strtod (numbers[i], NULL);
      GolfJsonReader reader;
      double value = NAN;

      _golf_json_reader_init (&reader, numbers[i], strlen (numbers[i]));
      g_assert_true (_golf_json_reader_read_number (&reader, &value, NULL, NULL, NULL));
      _golf_json_reader_clear (&reader);
      if (value != expected)
        g_error ("%s was read as %.17g, not %.17g", numbers[i], value, expected);

      value = _golf_number_from_text (numbers[i], strlen (numbers[i]));
      if (value != expected)
        g_error ("\"%s\" was read as %.17g, not %.17g", numbers[i], value, expected);

      if (expected >= 0 && expected <= 150)
        g_string_append_printf (text, "%s{\"id\": %u, \"ball_speed\": %s, \"carry_distance\": \"%s\"}",
                                n_in_range++ > 0 ? ", " : "", i, numbers[i], numbers[i]);
    }
  g_string_append (text, "]}]");

  parse_accepted (text->str, text->len, "n", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, n_in_range);
  g_assert_cmpuint (n_in_range, >=, 10);

  for (guint i = 0; i < parsed.shots->len; i++)
    {
      GolfShot *shot = parsed.shots->pdata[i];
      const char *number = numbers[atoi (strrchr (golf_shot_get_id (shot), '_') + 1)];
      double expected = g_ascii_strtod (number, NULL);

      if (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED) != expected)
        g_error ("%s was stored as %.17g, not %.17g", number,
                 golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), expected);
      if (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE) != expected)
        g_error ("\"%s\" was stored as %.17g, not %.17g", number,
                 golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), expected);
    }

  parsed_clear (&parsed);
  g_string_free (text, TRUE);
}

static void
test_parse_missing_values (void)
{
  static const char *missing[] = {
    "99999", "99999.0", "9.9999e4", "\"99999\"", "null", "true", "false",
    "\"NaN\"", "\"nan\"", "\"inf\"", "\"-Infinity\"", "\"\"", "\"  \"", "\"n/a\"", "\"-\"",
    "\"0x1A\"", "\"1,5\"", "\"12abc\"", "\"1e\"", "1e400", "-1e400", "\"1e400\"",
    "[]", "[1, 2]", "{}", "{\"value\": 3}",
  };
  GString *text = g_string_new ("[{\"id\": 1, \"shots\": [");
  Parsed parsed;

  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    g_string_append_printf (text, "%s{\"id\": %u, \"apex\": %s, \"ball_speed\": 1}",
                            i > 0 ? ", " : "", i, missing[i]);
  g_string_append (text, "]}]");

  parse_accepted (text->str, text->len, "m", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, G_N_ELEMENTS (missing));

  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    {
      GolfShot *shot = parsed.shots->pdata[i];

      if (golf_shot_has (shot, GOLF_SHOT_FIELD_APEX))
        g_error ("%s was read as %g, expected absent", missing[i],
                 golf_shot_get (shot, GOLF_SHOT_FIELD_APEX));
      g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), ==, 1);
    }

  parsed_clear (&parsed);
  g_string_free (text, TRUE);
}

static void
test_parse_skips_shots_without_id (void)
{
  Parsed parsed;

  parse_fixture ("report-no-id.json", "s", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, 2);
  g_assert_cmpuint (parsed.n_skipped, ==, 3);
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), ==, "s_700001_10");
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[1]), ==, "s_700001_13");
  parsed_clear (&parsed);

  /* Elements of "shots" that are no shot at all, and a repeated id. */
  parse_accepted ("[{\"id\": 5, \"shots\": [{\"id\": 1, \"ball_speed\": 60}, 5, null, \"x\","
                  " {\"id\": 1, \"ball_speed\": 61}, {\"id\": 2}]}]",
                  -1, "s", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, 2);
  g_assert_cmpuint (parsed.n_skipped, ==, 4);
  g_assert_cmpfloat (golf_shot_get (parsed.shots->pdata[0], GOLF_SHOT_FIELD_BALL_SPEED), ==, 60);
  parsed_clear (&parsed);

  /* A club group without an id is numbered by its place in the list. */
  parse_accepted ("[{\"id\": 9, \"shots\": []}, {\"club_name\": \"WOOD3\", \"shots\": [{\"id\": 4}]}]",
                  -1, "s", &parsed);
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), ==, "s_2_4");
  g_assert_cmpstr (golf_shot_get_club (parsed.shots->pdata[0]), ==, "3 Wood");
  parsed_clear (&parsed);
}

static void
test_parse_no_shots (void)
{
  static const char *reports[] = {
    "[]",
    "[{\"id\": 1, \"shots\": []}]",
    "[{\"id\": 1, \"shots\": null}, {\"id\": 2, \"shots\": []}]",
    "[{\"id\": 1, \"shots\": [{\"ball_speed\": 60}]}]",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    g_error_free (assert_refused (reports[i], -1, GOLF_IMPORT_ERROR_NO_SHOTS));

  text = golf_test_read_fixture ("report-no-shots.json", &length);
  error = assert_refused (text, length, GOLF_IMPORT_ERROR_NO_SHOTS);
  g_assert_nonnull (strstr (error->message, "1 set aside"));
}

static void
test_parse_syntax_error (void)
{
  static const char *broken[] = {
    "[", "[{", "[{\"id\": 1,", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\": 1,}",
    "{a: 1}", "['x']", "[\"x]", "[\"\t\"]", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12G4\"]",
    "[01]", "[1.]", "[.5]", "[-]", "[+1]", "[1e]", "[0x1A]", "[nul]", "[tru", "[True]",
    "[NaN]", "[Infinity]", "[] []", "[]x", "[\"\xff\"]", "[\"\xc3\"]", "[\"\xed\xa0\x80\"]",
    "[1]\n/* comment */",
  };
  static const char *empty[] = { "", "   \n ", "\xef\xbb\xbf" };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Parsed parsed;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) local_error = assert_refused (broken[i], -1, GOLF_IMPORT_ERROR_SYNTAX);

      g_assert_nonnull (strstr (local_error->message, "not valid JSON"));
      g_assert_nonnull (strstr (local_error->message, "line "));
    }

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(GError) local_error = assert_refused (empty[i], -1, GOLF_IMPORT_ERROR_SYNTAX);

      g_assert_nonnull (strstr (local_error->message, "is empty"));
    }
  {
    Parsed parsed_none;

    g_assert_false (golf_uneekor_report_parse (NULL, 0, "s", &parsed_none.session, &parsed_none.shots,
                                               NULL, &error));
    g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
    g_assert_nonnull (strstr (error->message, "is empty"));
    g_clear_error (&error);
  }

  /* Where: the second dot of "5..2". */
  parse_text ("[\n  {\"id\": 1,\n   \"shots\": [{\"id\": 2, \"ball_speed\": 5..2}]}]",
              -1, "s", &parsed, &error);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 3, column 40"));
  g_clear_error (&error);

  /* Columns count characters, not bytes. */
  parse_text ("[{\"name\": \"été\", \"id\": 1 \"shots\": []}]", -1, "s", &parsed, &error);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 1, column 26"));
  g_clear_error (&error);

  /* A download cut off after 40 lines: the end of the data is on line 41. */
  text = golf_test_read_fixture ("report-truncated.json", &length);
  g_assert_false (parse_text (text, length, "s", &parsed, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 41, column 1"));
  g_assert_nonnull (strstr (error->message, "cut off"));
  g_clear_error (&error);

  /* A wrong shape followed by broken JSON is broken JSON. */
  parse_text ("{\"statusCode\": 500, \"message\": [1,}", -1, "s", &parsed, &error);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
}

static void
test_parse_escapes (void)
{
  Parsed parsed;

  parse_accepted ("[{\"id\": 1, \"club_name\": \"\\u0049RON\\u0037\", \"shots\": ["
                  "{\"id\": \"a\\/b\", \"type\": \"\\ud83c\\udfcc \\\"hook\\\"\\n\"},"
                  "{\"id\": \"c\", \"type\": \"lone \\udc00 \\ud800\"}]}]",
                  -1, "s", &parsed);
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), ==, "s_1_a/b");
  g_assert_cmpstr (golf_shot_get_club (parsed.shots->pdata[0]), ==, "7 Iron");
  g_assert_cmpstr (golf_shot_get_shot_type (parsed.shots->pdata[0]), ==, "🏌 \"hook\"");
  /* Half a surrogate pair cannot be shown: the replacement character. */
  g_assert_cmpstr (golf_shot_get_shot_type (parsed.shots->pdata[1]), ==, "lone \xef\xbf\xbd \xef\xbf\xbd");
  parsed_clear (&parsed);
}

/* A string that breaks off inside a club group's name or date, or inside
 * a shot's id or shape, is a syntax error like any other. (A broken club
 * name once sent an unset pointer on to the club lookup.) */
static void
test_parse_broken_strings (void)
{
  static const char *broken[] = {
    "[{\"id\": 1, \"club_name\": \"IRON7\n\", \"shots\": [{\"id\": 1}]}]",
    "[{\"id\": 1, \"club_name\": \"IRON\\x7\", \"shots\": [{\"id\": 1}]}]",
    "[{\"id\": 1, \"club_name\": \"IRON\xff\", \"shots\": [{\"id\": 1}]}]",
    "[{\"id\": 1, \"shots\": [{\"id\": 1}], \"club_name\": \"IRON7",
    "[{\"client_created_date\": \"2024\t\", \"shots\": [{\"id\": 1}]}]",
    "[{\"shots\": [{\"id\": 1, \"type\": \"fade\x01\"}]}]",
    "[{\"shots\": [{\"id\": \"1\xc3\"}]}]",
    "[{\"shots\": [{\"id\": 1, \"optix_x\": \"\\ud800\\u12\"}]}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    g_error_free (assert_refused (broken[i], -1, GOLF_IMPORT_ERROR_SYNTAX));

  /* A nul byte after the report is more text, not the end. */
  g_error_free (assert_refused ("[{\"shots\": [{\"id\": 1}]}]\0", 25, GOLF_IMPORT_ERROR_SYNTAX));
}

static char *
nest (const char *before,
      const char *open,
      guint       depth,
      const char *close,
      const char *after)
{
  GString *text = g_string_new (before);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, open);
  for (guint i = 0; close != NULL && i < depth; i++)
    g_string_append (text, close);
  g_string_append (text, after);

  return g_string_free (text, FALSE);
}

/* Nesting as deep as any sane file is read; a hostile file nested a
 * million levels deep is refused, not a crash (the reader recurses). */
static void
test_parse_deep_nesting (void)
{
  g_autofree char *deep = nest ("[{\"id\": 1, \"shots\": [{\"id\": 1, \"extra\": ",
                                "[", 200, "]", ", \"apex\": 30}]}]");
  g_autofree char *hostile_value = nest ("[{\"id\": 1, \"shots\": [{\"id\": 1, \"extra\": ",
                                         "[", 1000000, NULL, "");
  g_autofree char *hostile_objects = nest ("[{\"id\": 1, \"shots\": [{\"id\": 1, \"extra\": ",
                                           "{\"a\":", 1000000, NULL, "");
  g_autofree char *hostile_report = nest ("", "[", 1000000, "]", "");
  g_autoptr(GError) error = NULL;
  Parsed parsed;

  parse_accepted (deep, -1, "s", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, 1);
  g_assert_cmpfloat (golf_shot_get (parsed.shots->pdata[0], GOLF_SHOT_FIELD_APEX), ==, 30);
  parsed_clear (&parsed);

  error = assert_refused (hostile_value, -1, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "nested more than"));
  g_clear_error (&error);
  error = assert_refused (hostile_objects, -1, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "nested more than"));
  g_clear_error (&error);
  error = assert_refused (hostile_report, -1, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "nested more than"));
}

/* A number of hundreds of digits is still a number (too large to be a
 * measurement); one of a hundred thousand digits is refused at once. */
static void
test_parse_long_numbers (void)
{
  g_autofree char *digits = g_strnfill (500, '7');
  g_autofree char *zeros = g_strnfill (400, '0');
  g_autofree char *endless = g_strnfill (100000, '9');
  g_autofree char *text = g_strdup_printf ("[{\"id\": 1, \"shots\": [{\"id\": 1, \"apex\": %s, "
                                           "\"carry_distance\": 0.%s25e403, \"ball_speed\": -0}]}]",
                                           digits, zeros);
  g_autofree char *hostile = g_strdup_printf ("[{\"id\": 1, \"shots\": [{\"id\": 1, \"apex\": %s}]}]",
                                              endless);
  g_autoptr(GError) error = NULL;
  Parsed parsed;
  GolfShot *shot;

  parse_accepted (text, -1, "s", &parsed);
  shot = parsed.shots->pdata[0];
  assert_absent (shot, GOLF_SHOT_FIELD_APEX);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 250);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), ==, 0);
  g_assert_true (golf_shot_has (shot, GOLF_SHOT_FIELD_BALL_SPEED));
  parsed_clear (&parsed);

  error = assert_refused (hostile, -1, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "a number of more than 512 characters"));
  g_assert_nonnull (strstr (error->message, "column 40"));
}

/* A shot's id may come as a number or a string: the same id either way,
 * so the shot is not taken twice. */
static void
test_parse_ids (void)
{
  g_autofree char *long_id = g_strnfill (10000, 'k');
  g_autofree char *text = g_strdup_printf ("[{\"id\": 5, \"shots\": [{\"id\": \"%s\"}]}]", long_id);
  g_autofree char *expected = g_strdup_printf ("s_5_%s", long_id);
  Parsed parsed;

  parse_accepted ("[{\"id\": 5, \"shots\": [{\"id\": 1, \"ball_speed\": 60}, {\"id\": \"1\"},"
                  " {\"id\": \" 1 \"}, {\"id\": 2}]},"
                  " {\"id\": \"5\", \"shots\": [{\"id\": 2}, {\"id\": 3}]}]",
                  -1, "s", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, 3);
  g_assert_cmpuint (parsed.n_skipped, ==, 3);
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), ==, "s_5_1");
  g_assert_cmpfloat (golf_shot_get (parsed.shots->pdata[0], GOLF_SHOT_FIELD_BALL_SPEED), ==, 60);
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[2]), ==, "s_5_3");
  parsed_clear (&parsed);

  /* Blank ids, ids with a nul in them and ids of another type are no ids. */
  parse_accepted ("[{\"id\": 5, \"shots\": [{\"id\": \"\"}, {\"id\": \"  \"}, {\"id\": \"a\\u0000b\"},"
                  " {\"id\": null}, {\"id\": true}, {\"id\": {}}, {\"id\": [1]}, {\"id\": 7}]}]",
                  -1, "s", &parsed);
  g_assert_cmpuint (parsed.shots->len, ==, 1);
  g_assert_cmpuint (parsed.n_skipped, ==, 7);
  parsed_clear (&parsed);

  /* A long id is kept whole. */
  parse_accepted (text, -1, "s", &parsed);
  g_assert_cmpstr (golf_shot_get_id (parsed.shots->pdata[0]), ==, expected);
  parsed_clear (&parsed);
}

static void
test_parse_not_a_report (void)
{
  static const char *others[] = {
    "{}", "42", "\"report\"", "null", "[1, 2]", "[{\"a\": 1}]", "[{\"id\": 1, \"shots\": 3}]",
    "[[]]", "[{\"id\": 1, \"shots\": []}, 7]",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_error_free (assert_refused (others[i], -1, GOLF_IMPORT_ERROR_NOT_A_REPORT));

  /* The server's error answer, saved as if it were the report. */
  text = golf_test_read_fixture ("not-a-report.json", &length);
  error = assert_refused (text, length, GOLF_IMPORT_ERROR_NOT_A_REPORT);
  g_assert_nonnull (strstr (error->message, "not a Uneekor report"));
  g_assert_nonnull (strstr (error->message, "\"shots\""));
  g_assert_nonnull (strstr (error->message, "an object"));
  g_assert_nonnull (strstr (error->message, "export the report again"));
}

/* The session id @text is parsed into; valid until the next call. */
static const char *
parsed_session_id (const char *text,
                   const char *session_id)
{
  static char *id;
  Parsed parsed;

  parse_accepted (text, -1, session_id, &parsed);
  g_free (id);
  id = g_strdup (golf_session_get_id (parsed.session));
  for (guint i = 0; i < parsed.shots->len; i++)
    g_assert_cmpstr (golf_shot_get_session_id (parsed.shots->pdata[i]), ==, id);
  parsed_clear (&parsed);

  return id;
}

static gboolean
is_hex (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isxdigit (*text))
      return FALSE;
  return TRUE;
}

/* Without a session id, a report is keyed on its content: the report id
 * its club groups carry, else its lowest club-group id, else a hash; the
 * same content always gives the same session. */
static void
test_parse_session_identity (void)
{
  static const char *bad_ids[] = { "", " range", "range ", "a\tb", "a\nb", "\xff\xfe", "caf\xc3" };
  g_autofree char *long_id = g_strnfill (201, 'x');
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  Parsed parsed;

  g_assert_cmpstr (parsed_session_id ("[{\"id\": 1, \"shots\": [{\"id\": 1}]}]", NULL), ==, "uneekor-1");
  g_assert_cmpstr (parsed_session_id ("[{\"id\": 1, \"shots\": [{\"id\": 1}]}]", "range"), ==, "range");

  /* The lowest group id by value, whatever the order and leading zeros. */
  g_assert_cmpstr (parsed_session_id ("[{\"id\": 90, \"shots\": [{\"id\": 1}]},"
                                      " {\"id\": \"0100\", \"shots\": []}, {\"id\": 9000, \"shots\": []}]",
                                      NULL), ==, "uneekor-90");
  g_assert_cmpstr (parsed_session_id ("[{\"id\": 18446744073709551617, \"shots\": [{\"id\": 1}]},"
                                      " {\"id\": 9999999999999999999, \"shots\": []}]", NULL),
                   ==, "uneekor-9999999999999999999");

  /* A report id the groups carry wins. */
  g_assert_cmpstr (parsed_session_id ("[{\"id\": 7, \"report_id\": 44478, \"shots\": [{\"id\": 1}]}]", NULL),
                   ==, "44478");

  /* Ids that are no numbers, or none at all: a hash, stable, never hex. */
  id = g_strdup (parsed_session_id ("[{\"id\": \"a\", \"shots\": [{\"id\": 1}]}, {\"id\": \"b\", \"shots\": []}]", NULL));
  g_assert_true (g_str_has_prefix (id, "uneekor-"));
  g_assert_cmpuint (strlen (id), ==, strlen ("uneekor-") + 13);
  g_assert_false (is_hex (id + strlen ("uneekor-")));
  g_assert_cmpstr (parsed_session_id ("[{\"id\": \"b\", \"shots\": []}, {\"id\": \"a\", \"shots\": [{\"id\": 1}]}]",
                                      NULL), ==, id);
  g_free (id);
  id = g_strdup (parsed_session_id ("[{\"shots\": [{\"id\": 1}, {\"id\": 2}]}]", NULL));
  g_assert_true (g_str_has_prefix (id, "uneekor-"));
  g_assert_cmpstr (parsed_session_id ("[{\"shots\": [{\"id\": 1}, {\"id\": 2}]}]", NULL), ==, id);
  g_assert_cmpstr (parsed_session_id ("[{\"shots\": [{\"id\": 1}, {\"id\": 3}]}]", NULL), !=, id);

  /* A session id given must be usable text. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_ids); i++)
    {
      g_assert_false (parse_text ("[{\"id\": 1, \"shots\": [{\"id\": 1}]}]", -1, bad_ids[i], &parsed, &error));
      g_assert_true (g_error_matches (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SESSION) ||
                     g_error_matches (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_ARGUMENT));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_clear_error (&error);
      parsed_clear (&parsed);
    }
  g_assert_false (parse_text ("[{\"id\": 1, \"shots\": [{\"id\": 1}]}]", -1, long_id, &parsed, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_ARGUMENT);
  parsed_clear (&parsed);
}

/* The sample a newcomer starts with stays importable and realistic. */
static void
test_parse_shipped_sample (void)
{
  const char *source_dir = g_getenv ("GOLF_LAB_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GHashTable) clubs = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  Parsed parsed;
  double driver_carry = 0, wedge_carry = 0;
  guint n_driver = 0, n_wedge = 0;
  gsize length;

  if (source_dir == NULL)
    {
      g_test_skip ("GOLF_LAB_SOURCE_DIR is not set");
      return;
    }

  path = g_build_filename (source_dir, "data", "samples", "report-440004.json", NULL);
  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  parse_accepted (text, length, "sample", &parsed);

  g_assert_cmpuint (parsed.shots->len, >=, 100);
  g_assert_nonnull (golf_session_get_date (parsed.session));

  for (guint i = 0; i < parsed.shots->len; i++)
    {
      GolfShot *shot = parsed.shots->pdata[i];
      const char *club = golf_shot_get_club (shot);
      double carry = golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE);

      g_hash_table_add (clubs, (gpointer) club);
      if (isnan (carry))
        continue;
      if (g_strcmp0 (club, "Driver") == 0)
        driver_carry += carry, n_driver++;
      else if (g_strcmp0 (club, "56° Wedge") == 0)
        wedge_carry += carry, n_wedge++;
    }

  g_assert_cmpuint (g_hash_table_size (clubs), >=, 7);
  g_assert_true (g_hash_table_contains (clubs, "7 Iron"));
  g_assert_cmpuint (n_driver, >, 5);
  g_assert_cmpuint (n_wedge, >, 5);
  g_assert_cmpfloat (driver_carry / n_driver, >, 190);
  g_assert_cmpfloat (driver_carry / n_driver, <, 260);
  g_assert_cmpfloat (wedge_carry / n_wedge, <, driver_carry / n_driver / 2);

  parsed_clear (&parsed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/parse/normal-report", test_parse_normal_report);
  g_test_add_func ("/import/parse/values-unchanged", test_parse_values_unchanged);
  g_test_add_func ("/import/parse/odd-values", test_parse_odd_values);
  g_test_add_func ("/import/parse/number-conversion", test_parse_number_conversion);
  g_test_add_func ("/import/parse/missing-values", test_parse_missing_values);
  g_test_add_func ("/import/parse/skips-shots-without-id", test_parse_skips_shots_without_id);
  g_test_add_func ("/import/parse/no-shots", test_parse_no_shots);
  g_test_add_func ("/import/parse/syntax-error", test_parse_syntax_error);
  g_test_add_func ("/import/parse/escapes", test_parse_escapes);
  g_test_add_func ("/import/parse/broken-strings", test_parse_broken_strings);
  g_test_add_func ("/import/parse/deep-nesting", test_parse_deep_nesting);
  g_test_add_func ("/import/parse/long-numbers", test_parse_long_numbers);
  g_test_add_func ("/import/parse/ids", test_parse_ids);
  g_test_add_func ("/import/parse/not-a-report", test_parse_not_a_report);
  g_test_add_func ("/import/parse/session-identity", test_parse_session_identity);
  g_test_add_func ("/import/parse/shipped-sample", test_parse_shipped_sample);

  return g_test_run ();
}
