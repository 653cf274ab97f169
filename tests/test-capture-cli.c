/* test-capture-cli.c: golf-lab-cli listen, as a golfer runs it
 *
 * The command runs as a program of its own; a test connector talks to it
 * over loopback TCP, and its output is read line by line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <string.h>

#include "golf-test-capture.h"
#include "golf-test-util.h"

#define OK_ANSWER "{\"Code\":200,\"Message\":\"Shot received successfully\"}"
#define WAIT_MS 5000

static char *
read_line (GDataInputStream *out)
{
  g_autoptr(GError) error = NULL;
  char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (line);

  return line;
}

/* golf-lab-cli listen, with clubs typed on its standard input. */
static GSubprocess *
spawn_listen (const char  *db_path,
              guint        port,
              const char  *units,
              const char  *player)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *port_text = g_strdup_printf ("%u", port);
  GSubprocess *process;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              g_getenv ("GOLF_LAB_CLI"), "--db", db_path, "listen",
                              "--port", port_text, "--units", units, "--club", "DR",
                              player ? "--player" : NULL, player, NULL);
  g_assert_no_error (error);

  return process;
}

/* golf-lab-cli listen: a line per shot, the running averages, Ctrl-C ends. */
static void
test_cli_listen (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfTestConnector) connector = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (today, "%Y%m%d");
  g_autofree char *hello = NULL, *line = NULL, *rest = NULL;
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = NULL;
  guint port = golf_test_free_port ();

  golf_test_dir_init (&dir);
  process = spawn_listen (dir.db_path, port, "imperial", NULL);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));

  line = read_line (out);
  g_assert_nonnull (strstr (line, "Listening for launch-monitor connectors on 127.0.0.1 port"));
  g_free (line);
  line = read_line (out);
  g_assert_nonnull (strstr (line, "Type a club"));
  connector = golf_test_connector_new (port);
  hello = golf_test_connector_next (connector, WAIT_MS);
  g_assert_nonnull (strstr (hello, "\"Player\":{\"Handed\":\"RH\",\"Club\":\"DR\"}"));
  g_free (line);
  line = read_line (out);
  g_assert_cmpstr (line, ==, "1 connector connected");

  /* A club typed while listening: the connector is told, the shots carry it. */
  g_output_stream_write_all (g_subprocess_get_stdin_pipe (process), "7i\n", 3, NULL, NULL, &error);
  g_assert_no_error (error);
  g_free (line);
  line = read_line (out);
  g_assert_cmpstr (line, ==, "Club: 7 Iron");
  g_free (hello);
  hello = golf_test_connector_next (connector, WAIT_MS);
  g_assert_nonnull (strstr (hello, "\"Club\":\"I7\""));

  session_id = g_strdup_printf ("live-gspro-r10-%s", day);
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *shot_line = NULL;
      g_autofree char *averages = NULL;
      g_autofree char *shot_id = g_strdup_printf ("%s-%u", session_id, i);

      golf_test_send_shot (connector, "GSPro R10", i, i == 1 ? 250 : 240);
      golf_test_connector_expect (connector, OK_ANSWER);
      shot_line = read_line (out);
      g_assert_nonnull (strstr (shot_line, shot_id));
      g_assert_nonnull (strstr (shot_line, "  7 Iron  "));
      g_assert_nonnull (strstr (shot_line, "ball 150.0 mph  club 105.0 mph  launch 12.2°"));
      g_assert_nonnull (strstr (shot_line, i == 1 ? "carry 250.0 yd" : "carry 240.0 yd"));
      averages = read_line (out);
      g_assert_cmpstr (averages, ==, i == 1
        ? "  GSPro R10 live: 1 shot, average carry 250.0 yd, ball speed 150.0 mph, club speed 105.0 mph, smash 1.43"
        : "  GSPro R10 live: 2 shots, average carry 245.0 yd, ball speed 150.0 mph, club speed 105.0 mph, smash 1.43");
    }

  g_subprocess_send_signal (process, SIGINT);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &rest, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_nonnull (strstr (rest, "Stopped; recorded 2 shots"));

  store = golf_test_store_new (dir.db_path);
  g_assert_cmpuint (golf_test_count_shots (store, session_id), ==, 2);
}

/* In metres for --units si, as a player of the store; refusals say why. */
static void
test_cli_listen_player_and_refusals (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autoptr(GolfTestConnector) connector = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSubprocess) refused = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hello = NULL, *line = NULL, *err = NULL;
  guint port = golf_test_free_port ();

  golf_test_dir_init (&dir);
  {
    g_autoptr(GolfStore) store = golf_test_store_new (dir.db_path);

    g_assert_nonnull (golf_store_add_player (store, "Alex", GOLF_HAND_LEFT, NULL, &error));
    g_assert_no_error (error);
  }

  refused = spawn_listen (dir.db_path, port, "si", "Sam");
  g_subprocess_communicate_utf8 (refused, NULL, NULL, NULL, &err, &error);
  g_assert_cmpint (g_subprocess_get_exit_status (refused), ==, 1);
  g_assert_nonnull (strstr (err, "No player is named “Sam”; the players are “Me”, “Alex”"));
  g_clear_object (&refused);
  g_clear_pointer (&err, g_free);

  process = spawn_listen (dir.db_path, port, "si", "Alex");
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = read_line (out);
  connector = golf_test_connector_new (port);
  hello = golf_test_connector_next (connector, WAIT_MS);
  g_assert_nonnull (strstr (hello, "\"Handed\":\"LH\""));

  /* A second listener on the same port is told it is taken. */
  refused = spawn_listen (dir.db_path, port, "si", NULL);
  g_subprocess_communicate_utf8 (refused, NULL, NULL, NULL, &err, &error);
  g_assert_cmpint (g_subprocess_get_exit_status (refused), ==, 1);
  g_assert_nonnull (strstr (err, "already in use"));

  g_clear_pointer (&line, g_free);
  line = read_line (out);
  g_assert_nonnull (strstr (line, "Type a club"));
  g_clear_pointer (&line, g_free);
  line = read_line (out);
  g_assert_cmpstr (line, ==, "1 connector connected");
  golf_test_send_shot (connector, "GSPro R10", 1, 250);
  golf_test_connector_expect (connector, OK_ANSWER);
  g_clear_pointer (&line, g_free);
  line = read_line (out);
  g_assert_nonnull (strstr (line, "-p2-"));
  g_assert_nonnull (strstr (line, "  Driver  "));
  g_assert_nonnull (strstr (line, "ball 67.1 m/s"));
  g_assert_nonnull (strstr (line, "carry 228.6 m"));

  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, &error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capture/cli/listen", test_cli_listen);
  g_test_add_func ("/capture/cli/listen-player-and-refusals", test_cli_listen_player_and_refusals);

  return g_test_run ();
}
