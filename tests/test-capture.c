/* test-capture.c: live shots from launch-monitor connectors, end to end
 *
 * A test connector talks to a real listener over loopback TCP while the
 * main context runs; what is stored, what the connector is answered and
 * what the log says are checked as a user would see them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "golf-capture-listener-private.h"
#include "golf-metrics-worker.h"
#include "golf-test-capture.h"
#include "golf-test-util.h"

#define OK_ANSWER "{\"Code\":200,\"Message\":\"Shot received successfully\"}"
#define MPH 0.44704
#define YARD 0.9144
#define WAIT_MS 5000
#define R10_SESSION "live-gspro-r10-20260501"

typedef struct
{
  GolfTestDir          dir;
  GolfStore           *store;
  GolfMetricsWorker   *worker;
  GolfCaptureListener *listener;
  guint                port;
} Fixture;

/* The capture library's warnings, kept for the test to claim. */
static GPtrArray *warnings;

static GLogWriterOutput
capture_log_writer (GLogLevelFlags   log_level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  const char *domain = golf_test_log_field (fields, n_fields, "GLIB_DOMAIN");
  const char *message = golf_test_log_field (fields, n_fields, "MESSAGE");
  const char *peer = golf_test_log_field (fields, n_fields, "GOLF_CAPTURE_PEER");

  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "golf-capture") == 0 && warnings != NULL)
    {
      /* Every warning names the connection it is about. */
      g_ptr_array_add (warnings, g_strdup_printf ("%s [peer %s]", message, peer ? peer : "none"));
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static gboolean
has_warning (gpointer data)
{
  for (guint i = 0; i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), data) != NULL)
      return TRUE;

  return FALSE;
}

/* Waits for a warning containing @text and claims it. */
static char *
expect_warning (const char *text)
{
  g_assert_true (golf_test_spin_until (has_warning, (gpointer) text, WAIT_MS));

  for (guint i = 0; i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), text) != NULL)
      return g_ptr_array_steal_index (warnings, i);

  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 5, 1, 10, 30, 0);

  warnings = g_ptr_array_new_with_free_func (g_free);
  golf_test_dir_init (&f->dir);
  f->store = golf_test_store_new (f->dir.db_path);
  f->worker = golf_metrics_worker_new (f->store);
  f->listener = golf_capture_listener_new (f->store);
  _golf_capture_listener_set_clock (f->listener, day);
  golf_capture_listener_set_port (f->listener, 0);
  if (data != NULL)
    golf_capture_listener_set_forward (f->listener, data);
  g_assert_true (golf_capture_listener_start (f->listener, &error));
  g_assert_no_error (error);
  f->port = golf_capture_listener_get_port (f->listener);
  g_assert_cmpuint (f->port, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  golf_capture_listener_stop (f->listener);
  golf_test_spin (10);
  golf_metrics_worker_flush (f->worker);
  g_clear_object (&f->listener);
  g_clear_object (&f->worker);
  g_clear_object (&f->store);
  golf_test_dir_clear (&f->dir);

  /* A warning no test claimed is a failure. */
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("unexpected warning: %s\n", (char *) g_ptr_array_index (warnings, i));
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);
}

/* Connects and takes the 201 Golf Lab greets every connector with. */
static GolfTestConnector *
connect_connector (Fixture *f)
{
  GolfTestConnector *connector = golf_test_connector_new (f->port);
  g_autofree char *hello = golf_test_connector_next (connector, WAIT_MS);

  g_assert_nonnull (hello);
  g_assert_nonnull (strstr (hello, "\"Code\":201"));

  return connector;
}

static GolfShot *
find_shot (Fixture    *f,
           const char *shot_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = g_strndup (shot_id, strrchr (shot_id, '-') - shot_id);
  g_autoptr(GListModel) shots = golf_store_list_shots (f->store, session_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (shots); i++)
    {
      g_autoptr(GolfShot) shot = g_list_model_get_item (shots, i);

      if (g_str_equal (golf_shot_get_id (shot), shot_id))
        return g_steal_pointer (&shot);
    }

  return NULL;
}

static double
avg_carry (Fixture    *f,
           const char *session_id)
{
  GolfSession *session = golf_store_find_session (f->store, session_id);

  g_assert_nonnull (session);
  golf_metrics_worker_flush (f->worker);

  return golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY);
}

static void
test_shots_split_and_batched (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  g_autofree char *first = golf_test_shot_message ("GSPro R10", 1, "Yards", 150, 250, 105);
  g_autofree char *second = golf_test_shot_message ("GSPro R10", 2, "Metres", 70, 220, 47.5);
  g_autofree char *third = golf_test_shot_message ("GSPro R10", 3, "Yards", 140, 230, 100);
  g_autofree char *both = g_strconcat (second, third, NULL);
  g_autoptr(GolfShot) shot = NULL;
  gsize length = strlen (first);

  /* One shot in three writes, with the server reading between them. */
  golf_test_connector_send (connector, first, 10);
  golf_test_spin (20);
  golf_test_connector_send (connector, first + 10, length / 2 - 10);
  golf_test_spin (20);
  golf_test_connector_send (connector, first + length / 2, length - length / 2);
  golf_test_connector_expect (connector, OK_ANSWER);

  shot = find_shot (f, R10_SESSION "-1");
  g_assert_nonnull (shot);
  g_assert_cmpfloat_with_epsilon (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), 67.056, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_SPEED), 46.9392, 1e-9);
  g_assert_cmpfloat_with_epsilon (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), 228.6, 1e-9);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE), ==, 12.25);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_SIDE_ANGLE), ==, 1.5);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BACK_SPIN), ==, 2750);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_SIDE_SPIN), ==, -170);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT), ==, 14);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_PATH), ==, -1.5);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_SPIN_AXIS), ==, -3.5);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_TOTAL_SPIN), ==, 2800);
  g_assert_false (golf_shot_is_estimated (shot, GOLF_SHOT_FIELD_BACK_SPIN));
  /* Impact sent as 0, 0: not measured, so not a perfect strike. */
  g_assert_false (golf_shot_has (shot, GOLF_SHOT_FIELD_IMPACT_X));
  g_assert_cmpfloat_with_epsilon (avg_carry (f, R10_SESSION), 228.6, 1e-9);
  g_assert_cmpstr (golf_capture_listener_get_live_session_id (f->listener), ==, R10_SESSION);
  g_assert_cmpstr (golf_capture_listener_get_last_shot_id (f->listener), ==, R10_SESSION "-1");

  /* Two shots in one write, one in metres: two answers, both stored. */
  golf_test_connector_send_str (connector, both);
  golf_test_connector_expect (connector, OK_ANSWER);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_clear_object (&shot);
  shot = find_shot (f, R10_SESSION "-2");
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), ==, 70);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 220);
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_SPEED), ==, 47.5);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 3);
  g_assert_cmpfloat_with_epsilon (avg_carry (f, R10_SESSION), (228.6 + 220 + 230 * YARD) / 3, 1e-9);
}

typedef struct
{
  GArray *values;
} NotifyLog;

static void
avg_carry_notified_cb (GolfSession *session,
                       GParamSpec  *pspec,
                       NotifyLog   *log)
{
  double value = golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY);

  g_array_append_val (log->values, value);
}

/* The session's avg-carry follows each shot as it lands, without a flush. */
static void
test_metrics_follow_each_shot (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  static const double carries[] = { 200, 210, 230, 180 };
  NotifyLog log = { g_array_new (FALSE, FALSE, sizeof (double)) };
  double sum = 0;

  golf_test_send_shot (connector, "GSPro R10", 1, carries[0]);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_signal_connect (golf_store_find_session (f->store, R10_SESSION), "notify::avg-carry",
                    G_CALLBACK (avg_carry_notified_cb), &log);
  golf_metrics_worker_flush (f->worker);
  g_array_set_size (log.values, 0);

  for (guint i = 1; i < G_N_ELEMENTS (carries); i++)
    {
      guint before = log.values->len;
      double expected;

      golf_test_send_shot (connector, "GSPro R10", i + 1, carries[i]);
      golf_test_connector_expect (connector, OK_ANSWER);
      while (log.values->len == before)
        golf_test_spin (1);

      sum = 0;
      for (guint j = 0; j <= i; j++)
        sum += carries[j] * YARD;
      expected = sum / (i + 1);
      g_assert_cmpfloat_with_epsilon (g_array_index (log.values, double, log.values->len - 1),
                                      expected, 1e-9);
    }

  g_signal_handlers_disconnect_by_data (golf_store_find_session (f->store, R10_SESSION), &log);
  g_array_unref (log.values);
}

static void
test_non_shots_not_stored (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  g_autofree char *answer = NULL;

  golf_test_connector_send_str (connector,
    "{\"DeviceID\":\"GSPro R10\",\"ShotNumber\":0,\"ShotDataOptions\":{\"ContainsBallData\":false,"
    "\"ContainsClubData\":false,\"LaunchMonitorIsReady\":true,\"IsHeartBeat\":true}}"
    "{\"DeviceID\":\"GSPro R10\",\"ShotDataOptions\":{\"ContainsBallData\":false,"
    "\"ContainsClubData\":false,\"LaunchMonitorIsReady\":false}}"
    "{\"DeviceID\":\"GSPro R10\",\"ShotNumber\":5,\"BallData\":{\"Speed\":150},"
    "\"ClubData\":{\"Speed\":100},\"ShotDataOptions\":{\"ContainsBallData\":false,"
    "\"ContainsClubData\":true}}");

  /* No answers, no session, no shots. */
  answer = golf_test_connector_next (connector, 200);
  g_assert_null (answer);
  g_assert_null (golf_store_find_session (f->store, R10_SESSION));
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->store)), ==, 0);
  g_assert_null (golf_capture_listener_get_last_shot_id (f->listener));

  golf_test_send_shot (connector, "GSPro R10", 6, 200);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 1);
}

static void
test_club_both_ways (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  g_autoptr(GolfShot) first = NULL;
  g_autoptr(GolfShot) second = NULL;
  g_autofree char *player = NULL;

  /* The app picks a club: the connector hears of it, the shot carries it. */
  golf_capture_listener_set_club (f->listener, "7 Iron");
  player = golf_test_connector_next (connector, WAIT_MS);
  g_assert_cmpstr (player, ==, "{\"Code\":201,\"Message\":\"GSPro Player Information\","
                               "\"Player\":{\"Handed\":\"RH\",\"Club\":\"I7\"}}");
  golf_test_send_shot (connector, "GSPro R10", 1, 160);
  golf_test_connector_expect (connector, OK_ANSWER);
  first = find_shot (f, R10_SESSION "-1");
  g_assert_cmpstr (golf_shot_get_club (first), ==, "7 Iron");

  /* A connector that names its club wins for its shots. */
  golf_test_connector_send_str (connector,
    "{\"DeviceID\":\"GSPro R10\",\"Club\":\"PW\",\"ShotNumber\":2,\"BallData\":{\"Speed\":90,"
    "\"CarryDistance\":120},\"ShotDataOptions\":{\"ContainsBallData\":true}}");
  golf_test_connector_expect (connector, OK_ANSWER);
  second = find_shot (f, R10_SESSION "-2");
  g_assert_cmpstr (golf_shot_get_club (second), ==, "PW");
  g_assert_cmpstr (golf_capture_listener_get_club (f->listener), ==, "PW");

  golf_capture_listener_set_hand (f->listener, GOLF_HAND_LEFT);
  g_clear_pointer (&player, g_free);
  player = golf_test_connector_next (connector, WAIT_MS);
  g_assert_nonnull (strstr (player, "\"Handed\":\"LH\",\"Club\":\"PW\""));
}

static void
test_bad_stream_closes_only_that_connection (Fixture       *f,
                                             gconstpointer  data)
{
  static const struct { const char *name; const char *says; } cases[] = {
    { "malformed", "not valid JSON" },
    { "not-json", "Expected a JSON object" },
    { "oversized", "larger than 64 KB" },
    { "too-deep", "more than 32 levels" },
  };
  g_autoptr(GolfTestConnector) good = connect_connector (f);

  golf_test_send_shot (good, "GSPro R10", 1, 200);
  golf_test_connector_expect (good, OK_ANSWER);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GolfTestConnector) bad = connect_connector (f);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *answer = NULL;
      g_autofree char *warning = NULL;

      if (g_str_equal (cases[i].name, "malformed"))
        g_string_append (text, "{\"DeviceID\":\"Bad\",\"BallData\":{\"Speed\":},"
                               "\"ShotDataOptions\":{\"ContainsBallData\":true}}");
      else if (g_str_equal (cases[i].name, "not-json"))
        g_string_append (text, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
      else if (g_str_equal (cases[i].name, "oversized"))
        {
          g_string_append (text, "{\"DeviceID\":\"Bad\",\"Pad\":\"");
          while (text->len < 70 * 1024)
            g_string_append (text, "0123456789abcdef");
          g_string_append (text, "\"}");
        }
      else
        {
          g_string_append (text, "{\"DeviceID\":\"Bad\",\"BallData\":");
          for (guint j = 0; j < 40; j++)
            g_string_append (text, "[");
        }

      golf_test_connector_send (bad, text->str, text->len);
      answer = golf_test_connector_next (bad, WAIT_MS);
      g_assert_nonnull (answer);
      g_assert_nonnull (strstr (answer, "\"Code\":501"));
      g_assert_nonnull (strstr (answer, cases[i].says));
      g_assert_true (golf_test_connector_wait_closed (bad, WAIT_MS));
      warning = expect_warning (cases[i].says);
      g_assert_nonnull (strstr (warning, "[peer 127.0.0.1:"));
    }

  /* The good connector never noticed; nothing of the bad ones is stored. */
  golf_test_send_shot (good, "GSPro R10", 2, 220);
  golf_test_connector_expect (good, OK_ANSWER);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->store)), ==, 1);
  g_assert_cmpfloat_with_epsilon (avg_carry (f, R10_SESSION), 210 * YARD, 1e-9);
  g_assert_cmpuint (golf_capture_listener_get_connection_count (f->listener), ==, 1);
}

static void
test_unsupported_shot_keeps_connection (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  g_autofree char *answer = NULL;
  g_autofree char *warning = NULL;

  golf_test_connector_send_str (connector,
    "{\"DeviceID\":\"GSPro R10\",\"Units\":\"Furlongs\",\"ShotNumber\":1,"
    "\"BallData\":{\"Speed\":150},\"ShotDataOptions\":{\"ContainsBallData\":true}}");
  answer = golf_test_connector_next (connector, WAIT_MS);
  g_assert_nonnull (strstr (answer, "\"Code\":501"));
  g_assert_nonnull (strstr (answer, "neither Yards nor Metres"));
  warning = expect_warning ("Furlongs");

  golf_test_send_shot (connector, "GSPro R10", 2, 200);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 1);
}

static void
test_impossible_values_missing (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  g_autoptr(GolfShot) shot = NULL;

  /* 900 mph is no golf shot; the carry is still worth keeping. */
  golf_test_connector_send_str (connector,
    "{\"DeviceID\":\"GSPro R10\",\"ShotNumber\":1,\"BallData\":{\"Speed\":900,"
    "\"CarryDistance\":200,\"VLA\":12},\"ShotDataOptions\":{\"ContainsBallData\":true}}");
  golf_test_connector_expect (connector, OK_ANSWER);

  shot = find_shot (f, R10_SESSION "-1");
  g_assert_false (golf_shot_has (shot, GOLF_SHOT_FIELD_BALL_SPEED));
  g_assert_cmpfloat_with_epsilon (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), 182.88, 1e-9);
}

static void
test_slow_client_times_out (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GolfTestConnector) good = NULL;
  g_autoptr(GolfTestConnector) slow = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *warning = NULL;
  static const char drip[] = "{\"DeviceID\":\"Slow\",\"BallData\":{\"Speed\":150";
  gint64 start;

  golf_capture_listener_set_partial_timeout (f->listener, 300);
  good = connect_connector (f);
  slow = connect_connector (f);

  /* A byte every 50 ms keeps the connection busy but never finishes. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < sizeof drip - 1 && !golf_test_connector_poll (slow); i++)
    {
      golf_test_connector_send (slow, drip + i, 1);
      golf_test_spin (50);
    }

  answer = golf_test_connector_next (slow, WAIT_MS);
  g_assert_nonnull (strstr (answer, "no whole message arrived within 300 ms"));
  g_assert_true (golf_test_connector_wait_closed (slow, WAIT_MS));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  warning = expect_warning ("no whole message arrived");

  golf_test_send_shot (good, "GSPro R10", 1, 200);
  golf_test_connector_expect (good, OK_ANSWER);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->store)), ==, 1);
}

static void
test_hang_up_mid_message (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GolfTestConnector) good = connect_connector (f);
  g_autoptr(GolfTestConnector) leaving = connect_connector (f);
  g_autofree char *shot = golf_test_shot_message ("Leaving", 1, "Yards", 150, 250, 105);
  g_autofree char *warning = NULL;

  golf_test_send_shot (good, "GSPro R10", 1, 200);
  golf_test_connector_expect (good, OK_ANSWER);

  golf_test_connector_send (leaving, shot, 40);
  golf_test_spin (20);
  golf_test_connector_hang_up (leaving);
  warning = expect_warning ("hung up in the middle of a message (40 bytes");

  golf_test_send_shot (good, "GSPro R10", 2, 210);
  golf_test_connector_expect (good, OK_ANSWER);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->store)), ==, 1);
  g_assert_cmpfloat_with_epsilon (avg_carry (f, R10_SESSION), 205 * YARD, 1e-9);
}

typedef struct
{
  GolfTestConnector **connectors;
  guint               n;
  guint               n_closed;
} Crowd;

static gboolean
crowd_settled (gpointer data)
{
  Crowd *crowd = data;

  crowd->n_closed = 0;
  for (guint i = 0; i < crowd->n; i++)
    {
      golf_test_connector_poll (crowd->connectors[i]);
      if (golf_test_connector_wait_closed (crowd->connectors[i], 0))
        crowd->n_closed++;
    }

  return crowd->n_closed == crowd->n - 16;
}

static void
test_hundred_connections (Fixture       *f,
                          gconstpointer  data)
{
  GolfTestConnector *connectors[100];
  Crowd crowd = { connectors, G_N_ELEMENTS (connectors), 0 };
  guint n_refused = 0, n_served = 0;

  g_assert_cmpuint (golf_capture_listener_get_max_connections (f->listener), ==, 16);
  for (guint i = 0; i < crowd.n; i++)
    connectors[i] = golf_test_connector_new (f->port);

  g_assert_true (golf_test_spin_until (crowd_settled, &crowd, WAIT_MS));
  g_assert_cmpuint (golf_capture_listener_get_connection_count (f->listener), ==, 16);

  for (guint i = 0; i < crowd.n; i++)
    {
      g_autofree char *first = golf_test_connector_next (connectors[i], WAIT_MS);

      if (strstr (first, "\"Code\":503") != NULL)
        {
          g_free (expect_warning ("the most it takes"));
          g_assert_nonnull (strstr (first, "16 connectors"));
          n_refused++;
          continue;
        }

      /* Those let in record as usual. */
      g_assert_nonnull (strstr (first, "\"Code\":201"));
      golf_test_send_shot (connectors[i], "GSPro R10", i + 1, 200);
      golf_test_connector_expect (connectors[i], OK_ANSWER);
      n_served++;
    }

  g_assert_cmpuint (n_refused, ==, 84);
  g_assert_cmpuint (n_served, ==, 16);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 16);

  for (guint i = 0; i < crowd.n; i++)
    golf_test_connector_free (connectors[i]);
  golf_test_spin (50);
  g_assert_cmpuint (golf_capture_listener_get_connection_count (f->listener), ==, 0);
}

/* Connections that hold a place without sending a message (silent, or
 * trickling whitespace) give it up to a newcomer when every place is
 * taken; a connector in use (heartbeats count) keeps its place. */
static void
test_quiet_connections_make_room (Fixture       *f,
                                  gconstpointer  data)
{
  static const char heartbeat[] =
    "{\"DeviceID\":\"Busy\",\"ShotDataOptions\":{\"IsHeartBeat\":true,"
    "\"LaunchMonitorIsReady\":true}}";
  g_autoptr(GolfTestConnector) silent = NULL;
  g_autoptr(GolfTestConnector) trickler = NULL;
  g_autoptr(GolfTestConnector) busy = NULL;
  g_autoptr(GolfTestConnector) first = NULL;
  g_autoptr(GolfTestConnector) second = NULL;
  g_autoptr(GolfTestConnector) third = NULL;
  g_autofree char *refused = NULL;
  gint64 start;

  golf_capture_listener_set_max_connections (f->listener, 3);
  golf_capture_listener_set_partial_timeout (f->listener, 1000);
  silent = connect_connector (f);
  trickler = connect_connector (f);
  busy = connect_connector (f);

  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < 1200 * G_TIME_SPAN_MILLISECOND)
    {
      golf_test_connector_send_str (trickler, " ");
      golf_test_connector_send_str (busy, heartbeat);
      golf_test_spin (100);
    }
  golf_test_connector_send_str (busy, heartbeat);
  golf_test_spin (20);

  /* Two newcomers take the two quiet places... */
  first = connect_connector (f);
  second = connect_connector (f);
  for (guint i = 0; i < 2; i++)
    {
      GolfTestConnector *quiet = i == 0 ? silent : trickler;
      g_autofree char *closing = golf_test_connector_next (quiet, WAIT_MS);

      g_assert_nonnull (strstr (closing, "\"Code\":503"));
      g_assert_nonnull (strstr (closing, "another connector needed its place"));
      g_assert_true (golf_test_connector_wait_closed (quiet, WAIT_MS));
      g_free (expect_warning ("sent no message for 1 s"));
    }
  g_assert_cmpuint (golf_capture_listener_get_connection_count (f->listener), ==, 3);

  /* ...but nobody in use is put out for a third. */
  third = golf_test_connector_new (f->port);
  refused = golf_test_connector_next (third, WAIT_MS);
  g_assert_nonnull (strstr (refused, "\"Code\":503"));
  g_assert_nonnull (strstr (refused, "3 connectors"));
  g_free (expect_warning ("the most it takes"));

  golf_test_send_shot (busy, "GSPro R10", 1, 200);
  golf_test_connector_expect (busy, OK_ANSWER);
  golf_test_send_shot (first, "GSPro R10", 2, 210);
  golf_test_connector_expect (first, OK_ANSWER);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 2);
}

/* Making room, a peer that never sent a message goes before a connector
 * that recorded shots and has gone quiet for longer. */
static void
test_silent_peer_goes_first (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GolfTestConnector) recorded = NULL;
  g_autoptr(GolfTestConnector) silent = NULL;
  g_autoptr(GolfTestConnector) newcomer = NULL;
  g_autofree char *closing = NULL;

  golf_capture_listener_set_max_connections (f->listener, 2);
  golf_capture_listener_set_partial_timeout (f->listener, 500);
  recorded = connect_connector (f);
  golf_test_send_shot (recorded, "GSPro R10", 1, 200);
  golf_test_connector_expect (recorded, OK_ANSWER);
  golf_test_spin (400);
  silent = connect_connector (f);
  golf_test_spin (700);

  newcomer = connect_connector (f);
  closing = golf_test_connector_next (silent, WAIT_MS);
  g_assert_nonnull (strstr (closing, "\"Code\":503"));
  g_assert_true (golf_test_connector_wait_closed (silent, WAIT_MS));
  g_free (expect_warning ("another connector needed its place"));

  golf_test_send_shot (recorded, "GSPro R10", 2, 210);
  golf_test_connector_expect (recorded, OK_ANSWER);
}

static void
shot_received_cb (GolfCaptureListener *listener,
                  GolfShot            *shot,
                  guint               *n_received)
{
  (*n_received)++;
}

static void
test_duplicates_on_reconnect (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  g_autofree char *restarted = golf_test_shot_message ("GSPro R10", 1, "Yards", 120, 150, 90);
  guint n_received = 0;

  g_signal_connect (f->listener, "shot-received", G_CALLBACK (shot_received_cb), &n_received);

  for (guint i = 1; i <= 3; i++)
    {
      golf_test_send_shot (connector, "GSPro R10", i, 200 + i);
      golf_test_connector_expect (connector, OK_ANSWER);
    }
  g_clear_pointer (&connector, golf_test_connector_free);

  /* The connector comes back and sends its last two shots again, then a new one. */
  connector = connect_connector (f);
  for (guint i = 2; i <= 4; i++)
    {
      golf_test_send_shot (connector, "GSPro R10", i, 200 + i);
      golf_test_connector_expect (connector, OK_ANSWER);
    }
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 4);
  g_assert_cmpuint (n_received, ==, 4);
  g_assert_cmpfloat_with_epsilon (avg_carry (f, R10_SESSION), 202.5 * YARD, 1e-9);

  /* Restarted, it counts from 1 again: a new shot, not a resend. */
  golf_test_connector_send_str (connector, restarted);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 5);
  g_assert_cmpstr (golf_capture_listener_get_last_shot_id (f->listener), ==, R10_SESSION "-1-2");
  g_signal_handlers_disconnect_by_data (f->listener, &n_received);
}

static void
test_session_per_device_and_day (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GolfTestConnector) r10 = connect_connector (f);
  g_autoptr(GolfTestConnector) mevo = connect_connector (f);
  g_autoptr(GDateTime) next_day = g_date_time_new_utc (2026, 5, 2, 7, 0, 0);
  GolfSession *session;

  golf_test_send_shot (r10, "GSPro R10", 1, 200);
  golf_test_connector_expect (r10, OK_ANSWER);
  golf_test_send_shot (mevo, "Mevo+ / FS Golf", 1, 180);
  golf_test_connector_expect (mevo, OK_ANSWER);

  session = golf_store_find_session (f->store, R10_SESSION);
  g_assert_nonnull (session);
  g_assert_cmpstr (golf_session_get_date (session), ==, "2026-05-01");
  g_assert_cmpstr (golf_session_get_session_type (session), ==, "live");
  g_assert_cmpstr (golf_session_get_name (session), ==, "GSPro R10 live");
  g_assert_cmpint (golf_session_get_player_id (session), ==, GOLF_PLAYER_DEFAULT_ID);
  g_assert_nonnull (golf_store_find_session (f->store, "live-mevo-fs-golf-20260501"));

  /* Past midnight the same device starts the next day's session. */
  _golf_capture_listener_set_clock (f->listener, next_day);
  golf_test_send_shot (r10, "GSPro R10", 2, 210);
  golf_test_connector_expect (r10, OK_ANSWER);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 1);
  g_assert_cmpuint (golf_test_count_shots (f->store, "live-gspro-r10-20260502"), ==, 1);
  g_assert_cmpstr (golf_capture_listener_get_live_session_id (f->listener), ==, "live-gspro-r10-20260502");
}

static gboolean
has_two (gpointer data)
{
  return ((GPtrArray *) data)->len == 2;
}

/* Another player's shots go to sessions of their own, told with their hand. */
static void
test_player (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GolfTestConnector) connector = connect_connector (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *player_answer = NULL;
  g_autofree char *session_id = NULL;
  GolfPlayer *alex;
  GolfSession *session;

  alex = golf_store_add_player (f->store, "Alex", GOLF_HAND_LEFT, NULL, &error);
  g_assert_no_error (error);
  golf_capture_listener_set_player_id (f->listener, golf_player_get_id (alex));
  g_assert_cmpint (golf_capture_listener_get_hand (f->listener), ==, GOLF_HAND_LEFT);
  player_answer = golf_test_connector_next (connector, WAIT_MS);
  g_assert_nonnull (strstr (player_answer, "\"Handed\":\"LH\""));

  golf_test_send_shot (connector, "GSPro R10", 1, 200);
  golf_test_connector_expect (connector, OK_ANSWER);
  session_id = g_strdup_printf ("live-gspro-r10-p%" G_GINT64_FORMAT "-20260501", golf_player_get_id (alex));
  session = golf_store_find_session (f->store, session_id);
  g_assert_nonnull (session);
  g_assert_cmpint (golf_session_get_player_id (session), ==, golf_player_get_id (alex));
  g_assert_null (golf_store_find_session (f->store, R10_SESSION));
}

static void
test_pass_through (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GolfTestGspro) gspro = golf_test_gspro_new ("I7");
  g_autofree char *forward = g_strdup_printf ("127.0.0.1:%u", golf_test_gspro_get_port (gspro));
  g_autoptr(GolfTestConnector) connector = NULL;
  g_autofree char *player = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *shot_text = golf_test_shot_message ("GSPro R10", 1, "Yards", 150, 250, 105);
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfShot) shot = NULL;
  GPtrArray *received = golf_test_gspro_get_received (gspro);

  golf_capture_listener_stop (f->listener);
  golf_capture_listener_set_forward (f->listener, forward);
  g_assert_true (golf_capture_listener_start (f->listener, &error));

  /* GSPro's own 201 reaches the connector, and names the club in hand. */
  connector = golf_test_connector_new (golf_capture_listener_get_port (f->listener));
  player = golf_test_connector_next (connector, WAIT_MS);
  g_assert_cmpstr (player, ==, "{\"Code\":201,\"Message\":\"GSPro Player Information\","
                               "\"Player\":{\"Handed\":\"RH\",\"Club\":\"I7\"}}");
  g_assert_cmpstr (golf_capture_listener_get_club (f->listener), ==, "7 Iron");

  golf_test_connector_send_str (connector, shot_text);
  golf_test_connector_send_str (connector, "{\"ShotDataOptions\":{\"IsHeartBeat\":true}}");
  answer = golf_test_connector_next (connector, WAIT_MS);
  g_assert_cmpstr (answer, ==, "{\"Code\":200,\"Message\":\"GSPro received the shot\"}");

  /* GSPro got both messages as sent; Golf Lab recorded the shot. */
  g_assert_true (golf_test_spin_until (has_two, received, WAIT_MS));
  g_assert_cmpstr (g_ptr_array_index (received, 0), ==, shot_text);
  shot = find_shot (f, R10_SESSION "-1");
  g_assert_cmpstr (golf_shot_get_club (shot), ==, "7 Iron");

  /* One answer per shot: Golf Lab does not answer too. */
  g_clear_pointer (&answer, g_free);
  answer = golf_test_connector_next (connector, 200);
  g_assert_null (answer);

  /* GSPro quits: Golf Lab tells the connector the club it knows, recording
   * goes on, and Golf Lab answers. */
  golf_test_gspro_hang_up (gspro);
  golf_test_connector_expect (connector, player);
  golf_test_send_shot (connector, "GSPro R10", 2, 240);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 2);
}

static void
test_pass_through_gspro_down (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *forward = g_strdup_printf ("127.0.0.1:%u", golf_test_free_port ());
  g_autoptr(GolfTestConnector) connector = NULL;
  g_autofree char *player = NULL;
  g_autoptr(GError) error = NULL;

  golf_capture_listener_stop (f->listener);
  golf_capture_listener_set_forward (f->listener, forward);
  g_assert_true (golf_capture_listener_start (f->listener, &error));

  connector = golf_test_connector_new (golf_capture_listener_get_port (f->listener));
  /* Sent at once, while Golf Lab still tries GSPro: answered all the same. */
  golf_test_send_shot (connector, "GSPro R10", 1, 200);

  player = golf_test_connector_next (connector, WAIT_MS);
  g_assert_nonnull (player);
  g_assert_nonnull (strstr (player, "\"Code\":"));
  if (strstr (player, "\"Code\":201") != NULL)
    golf_test_connector_expect (connector, OK_ANSWER);
  else
    g_assert_cmpstr (player, ==, OK_ANSWER);

  golf_test_send_shot (connector, "GSPro R10", 2, 220);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_assert_cmpuint (golf_test_count_shots (f->store, R10_SESSION), ==, 2);
}

static void
test_port_in_use (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GolfCaptureListener) second = golf_capture_listener_new (f->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *port = g_strdup_printf ("Port %u", f->port);

  golf_capture_listener_set_port (second, f->port);
  g_assert_false (golf_capture_listener_start (second, &error));
  g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_ADDRESS_IN_USE);
  g_assert_nonnull (strstr (error->message, port));
  g_assert_nonnull (strstr (error->message, "another port"));
  g_assert_false (golf_capture_listener_get_listening (second));
}

static void
test_bad_addresses (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GolfCaptureListener) other = golf_capture_listener_new (f->store);
  g_autoptr(GError) error = NULL;

  golf_capture_listener_set_address (other, "localhost:921");
  g_assert_false (golf_capture_listener_start (other, &error));
  g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_INVALID_ADDRESS);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_clear_error (&error);

  golf_capture_listener_set_address (other, NULL);
  golf_capture_listener_set_port (other, 0);
  golf_capture_listener_set_forward (other, "gspro.local:99999");
  g_assert_false (golf_capture_listener_start (other, &error));
  g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_INVALID_ADDRESS);
  g_assert_nonnull (strstr (error->message, "HOST:PORT"));
}

static int
unprivileged_port_start (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/sys/net/ipv4/ip_unprivileged_port_start", &text, NULL, NULL))
    return -1;

  return atoi (text);
}

/* Port 921 as a plain user: the error names the sysctl and the way out. */
static void
test_privileged_port (void)
{
  if (unprivileged_port_start () <= GOLF_CAPTURE_DEFAULT_PORT)
    {
      g_test_skip ("this system lets every program listen on port 921");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autoptr(GolfStore) store = NULL;
      g_autoptr(GolfCaptureListener) listener = NULL;
      g_autoptr(GError) error = NULL;
      GolfTestDir tmp;

      if (getuid () == 0)
        g_assert_cmpint (setuid (65534), ==, 0);

      golf_test_dir_init (&tmp);
      store = golf_test_store_new (tmp.db_path);
      listener = golf_capture_listener_new (store);
      g_assert_false (golf_capture_listener_start (listener, &error));
      g_assert_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_PERMISSION_DENIED);
      g_print ("%s\n", error->message);
      g_clear_object (&store);
      golf_test_dir_clear (&tmp);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*port 921*net.ipv4.ip_unprivileged_port_start*1024 or above*host and port*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (capture_log_writer, NULL, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/capture/listener/shots-split-and-batched", test_shots_split_and_batched);
  ADD ("/capture/listener/metrics-follow-each-shot", test_metrics_follow_each_shot);
  ADD ("/capture/listener/non-shots-not-stored", test_non_shots_not_stored);
  ADD ("/capture/listener/club-both-ways", test_club_both_ways);
  ADD ("/capture/listener/bad-stream-closes-only-that-connection", test_bad_stream_closes_only_that_connection);
  ADD ("/capture/listener/unsupported-shot-keeps-connection", test_unsupported_shot_keeps_connection);
  ADD ("/capture/listener/impossible-values-missing", test_impossible_values_missing);
  ADD ("/capture/listener/slow-client-times-out", test_slow_client_times_out);
  ADD ("/capture/listener/hang-up-mid-message", test_hang_up_mid_message);
  ADD ("/capture/listener/hundred-connections", test_hundred_connections);
  ADD ("/capture/listener/quiet-connections-make-room", test_quiet_connections_make_room);
  ADD ("/capture/listener/silent-peer-goes-first", test_silent_peer_goes_first);
  ADD ("/capture/listener/duplicates-on-reconnect", test_duplicates_on_reconnect);
  ADD ("/capture/listener/session-per-device-and-day", test_session_per_device_and_day);
  ADD ("/capture/listener/player", test_player);
  ADD ("/capture/listener/port-in-use", test_port_in_use);
  ADD ("/capture/listener/bad-addresses", test_bad_addresses);
  ADD ("/capture/relay/pass-through", test_pass_through);
  ADD ("/capture/relay/gspro-down", test_pass_through_gspro_down);
  g_test_add_func ("/capture/listener/privileged-port", test_privileged_port);

#undef ADD

  return g_test_run ();
}
