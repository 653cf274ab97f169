/* golf-cli-capture.c: listen for launch-monitor connectors and record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <signal.h>
#include <stdio.h>

#include <gio/gunixinputstream.h>
#include <glib-unix.h>
#include <glib/gi18n.h>

#include "golf-capture-listener.h"
#include "golf-capture-message.h"
#include "golf-cli-capture.h"
#include "golf-cli-util.h"

typedef struct
{
  GolfCli             *cli;
  GolfCaptureListener *listener;
  GMainLoop           *loop;
  GHashTable          *sessions;   /* session ids whose metrics we follow */
  GDataInputStream    *input;      /* clubs typed while listening */
  GCancellable        *cancellable;
  guint                n_shots;
} Listen;

static char *
format_value (Listen        *listen,
              GolfShotField  field,
              GolfShot      *shot,
              int            decimals)
{
  GolfUnit unit = golf_shot_field_get_unit (field);

  return golf_cli_format_number (golf_cli_display (listen->cli, unit, golf_shot_get (shot, field)),
                                 decimals, golf_cli_unit_suffix (listen->cli, unit));
}

static void
session_metrics_changed_cb (GolfSession *session,
                            GParamSpec  *pspec,
                            Listen      *listen)
{
  GolfCli *cli = listen->cli;
  g_autofree char *title = golf_session_dup_title (session);
  g_autofree char *carry = NULL, *ball = NULL, *club = NULL, *smash = NULL;
  guint n;

  if (golf_session_get_metrics_stale (session))
    return;

  carry = golf_cli_format_number (golf_cli_display (cli, GOLF_UNIT_DISTANCE,
                                                    golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY)),
                                  1, golf_cli_unit_suffix (cli, GOLF_UNIT_DISTANCE));
  ball = golf_cli_format_number (golf_cli_display (cli, GOLF_UNIT_SPEED,
                                                   golf_session_get_metric (session, GOLF_METRIC_AVG_BALL_SPEED)),
                                 1, golf_cli_unit_suffix (cli, GOLF_UNIT_SPEED));
  club = golf_cli_format_number (golf_cli_display (cli, GOLF_UNIT_SPEED,
                                                   golf_session_get_metric (session, GOLF_METRIC_AVG_CLUB_SPEED)),
                                 1, golf_cli_unit_suffix (cli, GOLF_UNIT_SPEED));
  smash = golf_cli_format_number (golf_session_get_metric (session, GOLF_METRIC_AVG_SMASH), 2, NULL);

  n = golf_session_get_shot_count (session);
  g_print ("  ");
  g_print (ngettext ("%s: %u shot, average carry %s, ball speed %s, club speed %s, smash %s\n",
                     "%s: %u shots, average carry %s, ball speed %s, club speed %s, smash %s\n", n),
           title, n, carry, ball, club, smash);
}

/* Each session's running averages, printed whenever its metrics settle. */
static void
follow_session (Listen     *listen,
                const char *session_id)
{
  GolfSession *session = golf_store_find_session (listen->cli->store, session_id);

  if (session == NULL || g_hash_table_contains (listen->sessions, session_id))
    return;

  g_hash_table_add (listen->sessions, g_strdup (session_id));
  g_signal_connect (session, "notify::metrics-stale", G_CALLBACK (session_metrics_changed_cb), listen);
}

static void
shot_received_cb (GolfCaptureListener *listener,
                  GolfShot            *shot,
                  Listen              *listen)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = g_date_time_format (now, "%H:%M:%S");
  g_autofree char *ball = format_value (listen, GOLF_SHOT_FIELD_BALL_SPEED, shot, 1);
  g_autofree char *club_speed = format_value (listen, GOLF_SHOT_FIELD_CLUB_SPEED, shot, 1);
  g_autofree char *launch = format_value (listen, GOLF_SHOT_FIELD_LAUNCH_ANGLE, shot, 1);
  g_autofree char *spin = format_value (listen, GOLF_SHOT_FIELD_BACK_SPIN, shot, 0);
  g_autofree char *carry = format_value (listen, GOLF_SHOT_FIELD_CARRY_DISTANCE, shot, 1);
  const char *club = golf_shot_get_club (shot);

  listen->n_shots++;
  /* Translators: time, shot id and club come first; keep the two spaces between the values. */
  g_print (_("%s  %s  %s  ball %s  club %s  launch %s  back spin %s rpm  carry %s\n"),
           time, golf_shot_get_id (shot), club != NULL ? club : "—",
           ball, club_speed, launch, spin, carry);
  follow_session (listen, golf_shot_get_session_id (shot));
}

static void
connection_count_changed_cb (GolfCaptureListener *listener,
                             GParamSpec          *pspec,
                             Listen              *listen)
{
  guint n = golf_capture_listener_get_connection_count (listener);

  g_print (ngettext ("%u connector connected\n", "%u connectors connected\n", n), n);
}

static void
club_changed_cb (GolfCaptureListener *listener,
                 GParamSpec          *pspec,
                 Listen              *listen)
{
  const char *club = golf_capture_listener_get_club (listener);

  g_print (_("Club: %s\n"), club != NULL ? club : C_("club", "none"));
}

static void read_club (Listen *listen);

static void
club_typed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *club = NULL;
  Listen *listen;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL, &error);
  /* Cancelled: the command is over and @user_data gone. End of input: no more clubs. */
  if (line == NULL)
    return;

  listen = user_data;
  club = golf_capture_club_from_code (g_strstrip (line));
  if (club != NULL)
    golf_capture_listener_set_club (listen->listener, club);

  read_club (listen);
}

/* A club typed on a line ("7i", "DR", "PW") is the club in hand from now on. */
static void
read_club (Listen *listen)
{
  g_data_input_stream_read_line_async (listen->input, G_PRIORITY_DEFAULT, listen->cancellable,
                                       club_typed_cb, listen);
}

static gboolean
stop_cb (gpointer user_data)
{
  Listen *listen = user_data;

  g_main_loop_quit (listen->loop);

  return G_SOURCE_CONTINUE;
}

static void
disconnect_sessions (Listen *listen)
{
  GHashTableIter iter;
  const char *session_id;

  g_hash_table_iter_init (&iter, listen->sessions);
  while (g_hash_table_iter_next (&iter, (gpointer *) &session_id, NULL))
    {
      GolfSession *session = golf_store_find_session (listen->cli->store, session_id);

      if (session != NULL)
        g_signal_handlers_disconnect_by_data (session, listen);
    }
}

static int
listen_until_stopped (GolfCli             *cli,
                      GolfCaptureListener *listener)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GHashTable) sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GInputStream) stdin_stream = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  g_autoptr(GDataInputStream) input = g_data_input_stream_new (stdin_stream);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Listen listen = { cli, listener, loop, sessions, input, cancellable, 0 };
  guint sigint_id, sigterm_id;

  if (!golf_capture_listener_start (listener, &error))
    return golf_cli_fail (error);

  g_print (_("Listening for launch-monitor connectors on %s port %u; Ctrl-C stops\n"),
           golf_capture_listener_get_address (listener), golf_capture_listener_get_port (listener));
  if (golf_capture_listener_get_forward (listener) != NULL)
    g_print (_("Passing every message on to GSPro at %s\n"), golf_capture_listener_get_forward (listener));
  g_print ("%s\n", _("Type a club and Enter (7i, DR, PW, ...) to change clubs"));

  g_signal_connect (listener, "shot-received", G_CALLBACK (shot_received_cb), &listen);
  g_signal_connect (listener, "notify::connection-count", G_CALLBACK (connection_count_changed_cb), &listen);
  g_signal_connect (listener, "notify::club", G_CALLBACK (club_changed_cb), &listen);
  read_club (&listen);
  sigint_id = g_unix_signal_add (SIGINT, stop_cb, &listen);
  sigterm_id = g_unix_signal_add (SIGTERM, stop_cb, &listen);

  g_main_loop_run (loop);

  g_cancellable_cancel (cancellable);
  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);
  g_signal_handlers_disconnect_by_data (listener, &listen);
  golf_capture_listener_stop (listener);
  golf_metrics_worker_flush (cli->worker);
  disconnect_sessions (&listen);

  g_print (ngettext ("Stopped; recorded %u shot\n", "Stopped; recorded %u shots\n", listen.n_shots),
           listen.n_shots);

  return EXIT_SUCCESS;
}

/* listen [--port N] [--address A] [--forward HOST:PORT] [--player NAME] [--club CLUB] [--units U] */
static int
cmd_listen (GolfCli  *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GolfCaptureListener) listener = NULL;
  g_autofree char *address = NULL;
  g_autofree char *forward = NULL;
  g_autofree char *player = NULL;
  g_autofree char *club = NULL;
  int port = GOLF_CAPTURE_DEFAULT_PORT;
  GolfPlayer *chosen = NULL;
  GOptionEntry entries[] = {
    { "port", 0, 0, G_OPTION_ARG_INT, &port, N_("The TCP port connectors send to (default 921)"), "N" },
    { "address", 0, 0, G_OPTION_ARG_STRING, &address,
      N_("The address to listen on (default 127.0.0.1, this computer only)"), "A" },
    { "forward", 0, 0, G_OPTION_ARG_STRING, &forward,
      N_("Pass every message on to a GSPro at HOST:PORT and relay its answers"), "HOST:PORT" },
    { "player", 0, 0, G_OPTION_ARG_STRING, &player, N_("Record as this player (default: Me)"), "NAME" },
    { "club", 0, 0, G_OPTION_ARG_STRING, &club, N_("The club in hand at first (7i, DR, PW, ...)"), "CLUB" },
    { NULL }
  };
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("listen takes no arguments"));
  if (port < 0 || port > G_MAXUINT16)
    return golf_cli_usage_error (cli, "%s", _("--port must be between 0 and 65535"));
  if (player != NULL && (chosen = golf_cli_find_player (cli, player, &status)) == NULL)
    return status;

  /* Each shot on its line as it lands, also into a pipe. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  listener = golf_capture_listener_new (cli->store);
  golf_capture_listener_set_port (listener, port);
  golf_capture_listener_set_address (listener, address);
  golf_capture_listener_set_forward (listener, forward);
  golf_capture_listener_set_player_id (listener, chosen != NULL ? golf_player_get_id (chosen) : 0);
  if (club != NULL)
    {
      g_autofree char *name = golf_capture_club_from_code (club);

      golf_capture_listener_set_club (listener, name);
    }

  return listen_until_stopped (cli, listener);
}

const GolfCliCommand golf_cli_capture_commands[] = {
  { "listen", "[--port N] [--address A] [--forward HOST:PORT] [--player NAME] [--club CLUB] [--units U]",
    N_("Record shots live from launch-monitor connectors (GSPro Open Connect)"),
    GOLF_CLI_STORE | GOLF_CLI_UNITS, cmd_listen },
  { NULL }
};
