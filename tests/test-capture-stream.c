/* test-capture-stream.c: cutting a connector's byte stream into messages,
 * and reading them as GSPro Open Connect v1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "golf-capture-error.h"
#include "golf-capture-message.h"
#include "golf-capture-splitter.h"

#define SHOT_A "{\"DeviceID\":\"R10\",\"ShotNumber\":1,\"BallData\":{\"Speed\":100}}"
#define SHOT_B "{\"DeviceID\":\"R10\",\"ShotNumber\":2,\"Note\":\"a } and a \\\" and {\"}"

/* Pushes @data in pieces of @piece bytes and collects every object. */
static GPtrArray *
split (const char *data,
       gsize       length,
       gsize       piece,
       GError    **error)
{
  g_autoptr(GolfCaptureSplitter) splitter =
    golf_capture_splitter_new (GOLF_CAPTURE_MAX_OBJECT_SIZE, GOLF_CAPTURE_MAX_DEPTH);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_free);

  for (gsize at = 0; at < length; at += piece)
    {
      const char *object;
      gsize object_length;

      golf_capture_splitter_push (splitter, data + at, MIN (piece, length - at));
      while (golf_capture_splitter_next (splitter, &object, &object_length, error))
        {
          if (object == NULL)
            break;
          g_ptr_array_add (objects, g_strndup (object, object_length));
        }
      if (error != NULL && *error != NULL)
        return NULL;
    }

  return g_steal_pointer (&objects);
}

static void
test_splitter_back_to_back (void)
{
  static const char stream[] = SHOT_A SHOT_B "\r\n " SHOT_A;

  /* Whole, byte by byte, and in odd pieces: always the same three objects. */
  for (gsize piece = 1; piece <= sizeof stream; piece += 7)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) objects = split (stream, strlen (stream), piece, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (objects->len, ==, 3);
      g_assert_cmpstr (g_ptr_array_index (objects, 0), ==, SHOT_A);
      g_assert_cmpstr (g_ptr_array_index (objects, 1), ==, SHOT_B);
      g_assert_cmpstr (g_ptr_array_index (objects, 2), ==, SHOT_A);
    }
}

static void
test_splitter_pending (void)
{
  g_autoptr(GolfCaptureSplitter) splitter = golf_capture_splitter_new (1024, 8);
  g_autoptr(GError) error = NULL;
  const char *object;
  gsize length;

  golf_capture_splitter_push (splitter, "  {\"a\":", 7);
  g_assert_true (golf_capture_splitter_next (splitter, &object, &length, &error));
  g_assert_null (object);
  g_assert_cmpuint (golf_capture_splitter_get_pending (splitter), ==, 5);

  golf_capture_splitter_push (splitter, "1}", 2);
  g_assert_true (golf_capture_splitter_next (splitter, &object, &length, &error));
  g_assert_cmpmem (object, length, "{\"a\":1}", 7);
  g_assert_true (golf_capture_splitter_next (splitter, &object, &length, &error));
  g_assert_null (object);
  g_assert_cmpuint (golf_capture_splitter_get_pending (splitter), ==, 0);
}

static void
test_splitter_refuses_stray_bytes (void)
{
  static const char stream[] = SHOT_A "GET / HTTP/1.1\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objects = split (stream, strlen (stream), 80, &error);

  g_assert_null (objects);
  g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "“G”"));
}

static void
test_splitter_refuses_oversized (void)
{
  g_autoptr(GString) big = g_string_new ("{\"Pad\":\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  while (big->len < 70 * 1024)
    g_string_append (big, "xxxxxxxxxxxxxxxx");
  g_string_append (big, "\"}");

  objects = split (big->str, big->len, 4096, &error);
  g_assert_null (objects);
  g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64 KB"));
}

static void
test_splitter_largest_allowed (void)
{
  g_autoptr(GString) big = g_string_new ("{\"Pad\":\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  /* Exactly 64 KB passes; one byte more would not. */
  while (big->len < GOLF_CAPTURE_MAX_OBJECT_SIZE - 2)
    g_string_append_c (big, 'x');
  g_string_append (big, "\"}");
  g_assert_cmpuint (big->len, ==, GOLF_CAPTURE_MAX_OBJECT_SIZE);

  objects = split (big->str, big->len, 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (objects->len, ==, 1);
}

static void
test_splitter_refuses_deep_nesting (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  for (guint i = 0; i < 33; i++)
    g_string_append (deep, i == 0 ? "{\"a\":" : "[");

  objects = split (deep->str, deep->len, deep->len, &error);
  g_assert_null (objects);
  g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_TOO_DEEP);
}

static void
test_splitter_refuses_mismatched_brackets (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objects = split ("{\"a\":[1,2}]}", 12, 5, &error);

  g_assert_null (objects);
  g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "closes with “}” what it opened with “[”"));
}

static GolfCaptureMessage *
parse (const char  *text,
       GError     **error)
{
  return golf_capture_message_parse (text, strlen (text), error);
}

#define SHOT_YARDS \
  "{\"DeviceID\":\"GSPro LM 1.1\",\"Units\":\"Yards\",\"ShotNumber\":13,\"APIversion\":\"1\"," \
  "\"BallData\":{\"Speed\":147.5,\"SpinAxis\":-13.2,\"TotalSpin\":3250.0,\"BackSpin\":2500.0," \
  "\"SideSpin\":-800.0,\"HLA\":2.3,\"VLA\":14.3,\"CarryDistance\":256.5}," \
  "\"ClubData\":{\"Speed\":100.0,\"AngleOfAttack\":-1.5,\"FaceToTarget\":1.2,\"Lie\":0.0," \
  "\"Loft\":12.5,\"Path\":-2.0,\"SpeedAtImpact\":0.0,\"VerticalFaceImpact\":3.0," \
  "\"HorizontalFaceImpact\":-4.0,\"ClosureRate\":0.0}," \
  "\"ShotDataOptions\":{\"ContainsBallData\":true,\"ContainsClubData\":true," \
  "\"LaunchMonitorIsReady\":true,\"LaunchMonitorBallDetected\":true,\"IsHeartBeat\":false}}"

static void
test_message_yards_to_si (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfCaptureMessage) message = parse (SHOT_YARDS, &error);

  g_assert_no_error (error);
  g_assert_cmpint (message->kind, ==, GOLF_CAPTURE_MESSAGE_SHOT);
  g_assert_cmpstr (message->device_id, ==, "GSPro LM 1.1");
  g_assert_cmpint (message->shot_number, ==, 13);
  g_assert_false (message->metric);
  g_assert_cmpint (message->ready, ==, 1);

  /* 1 mph = 0.44704 m/s and 1 yd = 0.9144 m exactly. */
  g_assert_cmpfloat_with_epsilon (message->values[GOLF_SHOT_FIELD_BALL_SPEED], 65.9384, 1e-9);
  g_assert_cmpfloat_with_epsilon (message->values[GOLF_SHOT_FIELD_CLUB_SPEED], 44.704, 1e-9);
  g_assert_cmpfloat_with_epsilon (message->values[GOLF_SHOT_FIELD_CARRY_DISTANCE], 234.5436, 1e-9);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_BACK_SPIN], ==, 2500);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_SIDE_SPIN], ==, -800);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_SIDE_ANGLE], ==, 2.3);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_LAUNCH_ANGLE], ==, 14.3);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_ATTACK_ANGLE], ==, -1.5);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_FACE_ANGLE], ==, 1.2);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_CLUB_PATH], ==, -2.0);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_DYNAMIC_LOFT], ==, 12.5);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_IMPACT_X], ==, -4.0);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_IMPACT_Y], ==, 3.0);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_SPIN_AXIS], ==, -13.2);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_TOTAL_SPIN], ==, 3250);
  g_assert_cmpuint (message->estimated, ==, 0);
  g_assert_true (isnan (message->values[GOLF_SHOT_FIELD_TOTAL_DISTANCE]));
}

/* One spin pair is sent; the other is worked out and marked estimated. */
static void
test_message_spin_pairs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfCaptureMessage) axis_sent =
    parse ("{\"BallData\":{\"Speed\":150,\"TotalSpin\":3000,\"SpinAxis\":30,\"BackSpin\":0,"
           "\"SideSpin\":0},\"ShotDataOptions\":{\"ContainsBallData\":true}}", &error);
  g_autoptr(GolfCaptureMessage) spins_sent =
    parse ("{\"BallData\":{\"Speed\":150,\"BackSpin\":3000,\"SideSpin\":-3000},"
           "\"ShotDataOptions\":{\"ContainsBallData\":true}}", &error);
  g_autoptr(GolfShot) shot = NULL;

  g_assert_no_error (error);
  /* 3000 rpm about an axis tilted 30° right: cos 30° back, sin 30° side. */
  g_assert_cmpfloat_with_epsilon (axis_sent->values[GOLF_SHOT_FIELD_BACK_SPIN], 2598.0762, 1e-4);
  g_assert_cmpfloat_with_epsilon (axis_sent->values[GOLF_SHOT_FIELD_SIDE_SPIN], 1500, 1e-9);
  shot = golf_capture_message_to_shot (axis_sent, "s-1", "s");
  g_assert_true (golf_shot_is_estimated (shot, GOLF_SHOT_FIELD_BACK_SPIN));
  g_assert_true (golf_shot_is_estimated (shot, GOLF_SHOT_FIELD_SIDE_SPIN));
  g_assert_false (golf_shot_is_estimated (shot, GOLF_SHOT_FIELD_TOTAL_SPIN));

  g_assert_cmpfloat_with_epsilon (spins_sent->values[GOLF_SHOT_FIELD_TOTAL_SPIN], 4242.6407, 1e-4);
  g_assert_cmpfloat_with_epsilon (spins_sent->values[GOLF_SHOT_FIELD_SPIN_AXIS], -45, 1e-9);
  g_assert_cmpuint (spins_sent->estimated, ==,
                    (1u << GOLF_SHOT_FIELD_TOTAL_SPIN) | (1u << GOLF_SHOT_FIELD_SPIN_AXIS));
}

static void
test_message_metres (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfCaptureMessage) message =
    parse ("{\"Units\":\"Metres\",\"ShotNumber\":\"4\",\"BallData\":{\"Speed\":\"65.5\","
           "\"CarryDistance\":201.25},\"ClubData\":{\"Speed\":44.1},"
           "\"ShotDataOptions\":{\"ContainsBallData\":true,\"ContainsClubData\":true}}", &error);

  g_assert_no_error (error);
  g_assert_true (message->metric);
  g_assert_cmpint (message->shot_number, ==, 4);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_BALL_SPEED], ==, 65.5);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_CARRY_DISTANCE], ==, 201.25);
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_CLUB_SPEED], ==, 44.1);
}

static void
test_message_kinds (void)
{
  static const struct { const char *text; GolfCaptureMessageKind kind; } cases[] = {
    { "{\"ShotDataOptions\":{\"IsHeartBeat\":true,\"LaunchMonitorIsReady\":true}}",
      GOLF_CAPTURE_MESSAGE_HEARTBEAT },
    { "{\"BallData\":{\"Speed\":140},\"ShotDataOptions\":{\"ContainsBallData\":false,"
      "\"LaunchMonitorIsReady\":false}}", GOLF_CAPTURE_MESSAGE_STATUS },
    { "{\"DeviceID\":\"x\"}", GOLF_CAPTURE_MESSAGE_STATUS },
    { "{\"ClubData\":{\"Speed\":90},\"ShotDataOptions\":{\"ContainsClubData\":true}}",
      GOLF_CAPTURE_MESSAGE_CLUB_ONLY },
    /* Connectors differ in case and in how they write a flag. */
    { "{\"ballData\":{\"speed\":140},\"shotdataoptions\":{\"containsballdata\":\"true\"}}",
      GOLF_CAPTURE_MESSAGE_SHOT },
    { "{\"BallData\":{\"Speed\":140},\"ShotDataOptions\":{\"ContainsBallData\":1}}",
      GOLF_CAPTURE_MESSAGE_SHOT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GolfCaptureMessage) message = parse (cases[i].text, &error);

      g_assert_no_error (error);
      g_assert_cmpint (message->kind, ==, cases[i].kind);
    }
}

static void
test_message_missing_values (void)
{
  g_autoptr(GError) error = NULL;
  /* Club data present but not flagged; zeros that mean "not measured";
   * a speed no ball reaches; carry as text that is no number. */
  g_autoptr(GolfCaptureMessage) message =
    parse ("{\"BallData\":{\"Speed\":150,\"BackSpin\":0,\"SideSpin\":0,\"TotalSpin\":0,"
           "\"HLA\":0,\"VLA\":120,\"CarryDistance\":\"N/A\"},"
           "\"ClubData\":{\"Speed\":100,\"Path\":3},"
           "\"ShotDataOptions\":{\"ContainsBallData\":true,\"ContainsClubData\":false}}", &error);

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (message->values[GOLF_SHOT_FIELD_BALL_SPEED], 67.056, 1e-9);
  g_assert_true (isnan (message->values[GOLF_SHOT_FIELD_BACK_SPIN]));
  g_assert_true (isnan (message->values[GOLF_SHOT_FIELD_SIDE_SPIN]));
  g_assert_cmpfloat (message->values[GOLF_SHOT_FIELD_SIDE_ANGLE], ==, 0);
  g_assert_true (isnan (message->values[GOLF_SHOT_FIELD_LAUNCH_ANGLE]));
  g_assert_true (isnan (message->values[GOLF_SHOT_FIELD_CARRY_DISTANCE]));
  g_assert_true (isnan (message->values[GOLF_SHOT_FIELD_CLUB_SPEED]));
  g_assert_true (isnan (message->values[GOLF_SHOT_FIELD_CLUB_PATH]));
  g_assert_cmpuint (message->refused->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (message->refused, 0), ==, "launch_angle");
}

static void
test_message_refusals (void)
{
  static const struct { const char *text; int code; const char *says; } cases[] = {
    { "{\"a\":1,}", GOLF_CAPTURE_ERROR_MALFORMED, "not valid JSON" },
    { "{\"a\":\"\xff\"}", GOLF_CAPTURE_ERROR_MALFORMED, "UTF-8" },
    { "{\"Units\":\"Furlongs\",\"BallData\":{\"Speed\":140},"
      "\"ShotDataOptions\":{\"ContainsBallData\":true}}", GOLF_CAPTURE_ERROR_UNSUPPORTED, "Furlongs" },
    { "{\"ShotNumber\":7,\"BallData\":{\"Speed\":0},"
      "\"ShotDataOptions\":{\"ContainsBallData\":true}}", GOLF_CAPTURE_ERROR_UNSUPPORTED, "no usable" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GolfCaptureMessage) message = parse (cases[i].text, &error);

      g_assert_null (message);
      g_assert_error (error, GOLF_CAPTURE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

static void
test_clubs (void)
{
  static const struct { const char *code; const char *name; const char *back; } cases[] = {
    { "DR", "Driver", "DR" },
    { "W3", "3 Wood", "W3" },
    { "3W", "3 Wood", "W3" },
    { "H4", "4 Hybrid", "H4" },
    { "i7", "7 Iron", "I7" },
    { "PW", "PW", "PW" },
    { "SW", "SW", "SW" },
    { "PT", "Putter", "PT" },
    { "IRON6", "6 Iron", "I6" },
    { "WEDGE_56", "56° Wedge", "SW" },
    { "Fairway finder", "Fairway finder", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = golf_capture_club_from_code (cases[i].code);
      g_autofree char *back = golf_capture_club_to_code (name);

      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (back, ==, cases[i].back);
    }
}

static void
test_answers (void)
{
  static const char expected_ok[] = "{\"Code\":200,\"Message\":\"Shot received successfully\"}";
  static const char expected_player[] =
    "{\"Code\":201,\"Message\":\"GSPro Player Information\","
    "\"Player\":{\"Handed\":\"LH\",\"Club\":\"I7\"}}";
  g_autoptr(GBytes) ok = golf_capture_answer_new (200, "Shot received successfully");
  g_autoptr(GBytes) player = golf_capture_player_answer_new (GOLF_HAND_LEFT, "7 Iron");
  g_autofree char *club = NULL;
  GolfHand hand = GOLF_HAND_RIGHT;
  gsize length;
  const char *data;

  data = g_bytes_get_data (ok, &length);
  g_assert_cmpmem (data, length, expected_ok, strlen (expected_ok));

  data = g_bytes_get_data (player, &length);
  g_assert_cmpmem (data, length, expected_player, strlen (expected_player));
  g_assert_true (golf_capture_player_answer_parse (data, length, &hand, &club));
  g_assert_cmpint (hand, ==, GOLF_HAND_LEFT);
  g_assert_cmpstr (club, ==, "7 Iron");

  g_clear_pointer (&club, g_free);
  data = g_bytes_get_data (ok, &length);
  g_assert_false (golf_capture_player_answer_parse (data, length, &hand, &club));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capture/splitter/back-to-back", test_splitter_back_to_back);
  g_test_add_func ("/capture/splitter/pending", test_splitter_pending);
  g_test_add_func ("/capture/splitter/refuses-stray-bytes", test_splitter_refuses_stray_bytes);
  g_test_add_func ("/capture/splitter/refuses-oversized", test_splitter_refuses_oversized);
  g_test_add_func ("/capture/splitter/largest-allowed", test_splitter_largest_allowed);
  g_test_add_func ("/capture/splitter/refuses-deep-nesting", test_splitter_refuses_deep_nesting);
  g_test_add_func ("/capture/splitter/refuses-mismatched-brackets", test_splitter_refuses_mismatched_brackets);
  g_test_add_func ("/capture/message/yards-to-si", test_message_yards_to_si);
  g_test_add_func ("/capture/message/metres", test_message_metres);
  g_test_add_func ("/capture/message/spin-pairs", test_message_spin_pairs);
  g_test_add_func ("/capture/message/kinds", test_message_kinds);
  g_test_add_func ("/capture/message/missing-values", test_message_missing_values);
  g_test_add_func ("/capture/message/refusals", test_message_refusals);
  g_test_add_func ("/capture/message/clubs", test_clubs);
  g_test_add_func ("/capture/message/answers", test_answers);

  return g_test_run ();
}
