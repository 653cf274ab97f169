/* test-live.c: the Live toggle, with a loopback connector, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-live"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "golf-capture-message.h"
#include "golf-dashboard-page.h"
#include "golf-metric-card.h"
#include "golf-test-capture.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

static GolfDashboardPage *
dashboard (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");
}

static const char *
shot_count (UiFixture *fixture)
{
  GtkWidget *card = ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "shot_count_card");

  return gtk_label_get_text (ui_template_child (card, GOLF_TYPE_METRIC_CARD, "value_label"));
}

typedef struct
{
  UiFixture  *fixture;
  const char *count;
} CountWait;

static gboolean
shows_count (gpointer data)
{
  CountWait *wait = data;
  GolfSession *session = golf_window_get_session (wait->fixture->window);
  GolfCaptureListener *listener = golf_window_get_listener (wait->fixture->window);

  return session != NULL && listener != NULL &&
         g_strcmp0 (golf_session_get_id (session), golf_capture_listener_get_live_session_id (listener)) == 0 &&
         g_strcmp0 (shot_count (wait->fixture), wait->count) == 0;
}

/* A connector that reads what Golf Lab answers while the window's main
 * loop turns as it does for a golfer. */
typedef struct
{
  GSocketConnection *connection;
  GString           *received;
  gboolean           closed;
  char               buffer[4096];
} Connector;

static void
on_read_cb (GObject      *stream,
            GAsyncResult *result,
            gpointer      user_data)
{
  Connector *connector = user_data;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (stream), result, NULL);

  if (n <= 0)
    {
      connector->closed = TRUE;
      return;
    }

  g_string_append_len (connector->received, connector->buffer, n);
  g_input_stream_read_async (G_INPUT_STREAM (stream), connector->buffer, sizeof connector->buffer,
                             G_PRIORITY_DEFAULT, NULL, on_read_cb, connector);
}

static Connector *
connector_new (guint port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GError) error = NULL;
  Connector *connector = g_new0 (Connector, 1);

  connector->connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, &error);
  g_assert_no_error (error);
  connector->received = g_string_new (NULL);
  g_input_stream_read_async (g_io_stream_get_input_stream (G_IO_STREAM (connector->connection)),
                             connector->buffer, sizeof connector->buffer, G_PRIORITY_DEFAULT, NULL,
                             on_read_cb, connector);

  return connector;
}

static void
connector_free (Connector *connector)
{
  g_io_stream_close (G_IO_STREAM (connector->connection), NULL, NULL);
  ui_iterate_for (50);
  g_object_unref (connector->connection);
  g_string_free (connector->received, TRUE);
  g_free (connector);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Connector, connector_free)

static void
send_shot (Connector *connector,
           gint64     number,
           double     carry_yards)
{
  g_autofree char *message = golf_test_shot_message ("R10", number, "Yards", 150, carry_yards, 105);
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connector->connection)),
                             message, strlen (message), NULL, NULL, &error);
  g_assert_no_error (error);
}

typedef struct
{
  Connector  *connector;
  const char *text;
} TextWait;

static gboolean
received (gpointer data)
{
  TextWait *wait = data;

  return strstr (wait->connector->received->str, wait->text) != NULL;
}

/* Waits until Golf Lab has sent @text. */
static void
expect_text (Connector  *connector,
             const char *text)
{
  TextWait wait = { connector, text };

  g_assert_true (ui_iterate_until (received, &wait));
}

static gboolean
closed (gpointer data)
{
  return ((Connector *) data)->closed;
}

static gboolean
highlighted (gpointer data)
{
  UiFixture *fixture = data;
  GolfDashboardModel *model = golf_dashboard_page_get_model (dashboard (fixture));
  GolfCaptureListener *listener = golf_window_get_listener (fixture->window);

  return g_strcmp0 (golf_dashboard_model_get_highlight_shot (model),
                    golf_capture_listener_get_last_shot_id (listener)) == 0;
}

/* The live bar slides in: its widgets are mapped once it has. */
static gboolean
is_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (user_data));
}

/* The toggle listens; a connector's shot lands in a live session the
 * window shows, its dashboard counts it and the charts ring it; the club
 * picked in the window is told to the connector. */
static void
test_live_shot (UiFixture     *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(Connector) connector = NULL;
  g_autofree char *code = NULL;
  g_autofree char *club_member = NULL;
  GtkDropDown *clubs;
  GtkToggleButton *toggle;
  GolfCaptureListener *listener;
  CountWait wait = { fixture, "1" };
  guint port = golf_test_free_port ();

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_save_practice (fixture->store);
  golf_metrics_worker_flush (fixture->worker);
  g_settings_set_int (settings, "capture-port", port);
  ui_show_window (fixture, 1280, 900);
  toggle = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "live_button");
  g_assert_false (gtk_toggle_button_get_active (toggle));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.live", NULL));
  g_assert_true (golf_window_get_live (fixture->window));
  g_assert_true (gtk_toggle_button_get_active (toggle));
  listener = golf_window_get_listener (fixture->window);
  g_assert_true (golf_capture_listener_get_listening (listener));
  g_assert_cmpuint (golf_capture_listener_get_port (listener), ==, port);

  connector = connector_new (port);
  send_shot (connector, 1, 150.0);
  expect_text (connector, "\"Code\":200");
  g_assert_true (ui_iterate_until (shows_count, &wait));
  g_assert_true (g_str_has_prefix (golf_session_get_id (golf_window_get_session (fixture->window)), "live-"));
  g_assert_true (ui_iterate_until (highlighted, fixture));

  /* The club picked beside the toggle goes to the connector. */
  clubs = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "live_club_dropdown");
  g_assert_true (ui_iterate_until (is_mapped, clubs));
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (clubs)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (clubs)), i), "7 Iron") == 0)
      gtk_drop_down_set_selected (clubs, i);
  g_assert_cmpstr (golf_capture_listener_get_club (listener), ==, "7 Iron");
  code = golf_capture_club_to_code ("7 Iron");
  club_member = g_strdup_printf ("\"Club\":\"%s\"", code);
  expect_text (connector, club_member);

  /* A change of hand in the preferences is told to the connector too. */
  g_settings_set_string (settings, "handedness", "left");
  expect_text (connector, "\"Handed\":\"LH\"");
  g_settings_reset (settings, "handedness");

  /* The second shot: counted, ringed, with the club in hand. */
  wait.count = "2";
  send_shot (connector, 2, 160.0);
  g_assert_true (ui_iterate_until (shows_count, &wait));
  g_assert_true (ui_iterate_until (highlighted, fixture));
  g_assert_nonnull (strstr (golf_session_get_clubs_used (golf_window_get_session (fixture->window)), "7 Iron"));
  ui_save_png (GTK_WIDGET (fixture->window), "live.png");

  /* Off: the connector is let go, nothing is ringed any more. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.live", NULL));
  g_assert_false (golf_window_get_live (fixture->window));
  g_assert_false (gtk_toggle_button_get_active (toggle));
  g_assert_false (golf_capture_listener_get_listening (listener));
  g_assert_true (ui_iterate_until (closed, connector));
  g_assert_null (golf_dashboard_model_get_highlight_shot (golf_dashboard_page_get_model (dashboard (fixture))));
  g_settings_reset (settings, "capture-port");
}

/* A port another program listens on: a toast says so, Live stays off. */
static void
test_port_in_use (UiFixture     *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSocketListener) other = g_socket_listener_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *toasts;
  guint port;

  UI_SKIP_WITHOUT_DISPLAY ();

  port = g_socket_listener_add_any_inet_port (other, NULL, &error);
  g_assert_no_error (error);
  g_settings_set_int (settings, "capture-port", port);
  g_settings_set_string (settings, "capture-address", "0.0.0.0");
  ui_open_store (fixture);
  ui_save_practice (fixture->store);
  ui_show_window (fixture, 1280, 900);

  g_test_expect_message ("golf-window", G_LOG_LEVEL_WARNING, "Cannot listen for connectors*");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.live", NULL));
  g_test_assert_expected_messages ();
  g_assert_false (golf_window_get_live (fixture->window));
  g_assert_false (gtk_toggle_button_get_active (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "live_button")));
  ui_iterate_for (100);
  toasts = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay");
  expected = g_strdup_printf ("Port %u is in use by another program, GSPro perhaps. Choose another port "
                              "in Preferences and set the connector to the same one.", port);
  g_assert_nonnull (ui_find_label (toasts, expected));

  g_settings_reset (settings, "capture-port");
  g_settings_reset (settings, "capture-address");
}

static int
unprivileged_port_start (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/sys/net/ipv4/ip_unprivileged_port_start", &text, NULL, NULL))
    return 1024;

  return atoi (text);
}

/* GSPro's port 921, as a user who may not listen below 1024: the toast
 * names the way out. */
static void
test_privileged_port (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  UI_SKIP_WITHOUT_DISPLAY ();

  if (unprivileged_port_start () <= 921)
    {
      g_test_skip ("this system lets every program listen on port 921");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = NULL;
      GtkWidget *toasts;

      golf_test_drop_root ();
      /* The fixture's folder was made before: start one of our own. */
      ui_fixture_tear_down (fixture, NULL);
      ui_fixture_set_up (fixture, NULL);
      settings = g_settings_new (APP_ID);
      g_assert_cmpint (g_settings_get_int (settings, "capture-port"), ==, 921);
      ui_open_store (fixture);
      ui_save_practice (fixture->store);
      ui_show_window (fixture, 1280, 900);

      g_test_expect_message ("golf-window", G_LOG_LEVEL_WARNING, "Cannot listen for connectors*");
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.live", NULL);
      g_test_assert_expected_messages ();
      g_assert_false (golf_window_get_live (fixture->window));
      ui_iterate_for (100);
      toasts = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay");
      g_assert_nonnull (ui_find_label (toasts, "Linux keeps port 921 for privileged programs. Choose a port of "
                                               "1024 or above in Preferences, such as 9210, and set the "
                                               "connector to the same one."));
      g_print ("privileged port refused in words\n");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*privileged port refused in words*");
}

int
main (int   argc,
      char *argv[])
{
  /* Shots arrive while the window shows "Updating…" spinners; with GL on
   * llvmpipe each frame takes longer than a frame, the window repaints
   * without a pause, and the metrics worker's idle dispatch (at
   * G_PRIORITY_DEFAULT_IDLE, below GTK's redraw) never gets its turn.
   * Cairo draws a frame in time, as a GPU does. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  ui_init (&argc, &argv);

  g_test_add ("/ui/live/shot", UiFixture, NULL,
              ui_fixture_set_up, test_live_shot, ui_fixture_tear_down);
  g_test_add ("/ui/live/port-in-use", UiFixture, NULL,
              ui_fixture_set_up, test_port_in_use, ui_fixture_tear_down);
  g_test_add ("/ui/live/privileged-port", UiFixture, NULL,
              ui_fixture_set_up, test_privileged_port, ui_fixture_tear_down);

  return g_test_run ();
}
