/* golf-test-capture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "golf-test-capture.h"

struct _GolfTestConnector
{
  GSocket  *socket;
  GString  *in;
  gboolean  closed;
};

void
golf_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (500);
    }
}

/* Runs the main context until @done says so; FALSE on timeout. */
gboolean
golf_test_spin_until (gboolean (*done) (gpointer),
                      gpointer   data,
                      guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (200);
    }

  return TRUE;
}

GolfTestConnector *
golf_test_connector_new (guint port)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, port);
  GolfTestConnector *self = g_new0 (GolfTestConnector, 1);

  self->socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  /* The kernel completes the handshake; Golf Lab accepts on its next turn. */
  g_socket_connect (self->socket, address, NULL, &error);
  g_assert_no_error (error);
  g_socket_set_blocking (self->socket, FALSE);
  self->in = g_string_new (NULL);

  return self;
}

void
golf_test_connector_free (GolfTestConnector *self)
{
  g_socket_close (self->socket, NULL);
  g_object_unref (self->socket);
  g_string_free (self->in, TRUE);
  g_free (self);
}

gboolean
golf_test_connector_poll (GolfTestConnector *self)
{
  gboolean changed = FALSE;
  char buffer[4096];

  while (!self->closed)
    {
      g_autoptr(GError) error = NULL;
      gssize n = g_socket_receive (self->socket, buffer, sizeof buffer, NULL, &error);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        break;

      changed = TRUE;
      if (n <= 0)
        self->closed = TRUE;
      else
        g_string_append_len (self->in, buffer, n);
    }

  return changed;
}

void
golf_test_connector_send (GolfTestConnector *self,
                          const char        *data,
                          gsize              length)
{
  gsize sent = 0;

  while (sent < length)
    {
      g_autoptr(GError) error = NULL;
      gssize n = g_socket_send (self->socket, data + sent, length - sent, NULL, &error);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        {
          /* Let Golf Lab read, or see that it closed on us. */
          golf_test_spin (1);
          golf_test_connector_poll (self);
          if (self->closed)
            return;
          continue;
        }
      if (n < 0)
        return;
      sent += n;
    }

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
golf_test_connector_send_str (GolfTestConnector *self,
                              const char        *text)
{
  golf_test_connector_send (self, text, strlen (text));
}

/* The first whole JSON object in @in, taken out; NULL when none is whole. */
static char *
take_object (GString *in)
{
  gsize start = 0, depth = 0;
  gboolean in_string = FALSE, escaped = FALSE;

  while (start < in->len && g_ascii_isspace (in->str[start]))
    start++;

  for (gsize i = start; i < in->len; i++)
    {
      char c = in->str[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '{')
        depth++;
      else if (c == '}' && --depth == 0)
        {
          char *object = g_strndup (in->str + start, i + 1 - start);

          g_string_erase (in, 0, i + 1);
          return object;
        }
    }

  return NULL;
}

/* The next message Golf Lab sent, or NULL if none came in time. */
char *
golf_test_connector_next (GolfTestConnector *self,
                          guint              timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * 1000;

  for (;;)
    {
      char *object = take_object (self->in);

      if (object != NULL)
        return object;
      if (self->closed || g_get_monotonic_time () > end)
        return NULL;

      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (!golf_test_connector_poll (self))
        g_usleep (200);
    }
}

/* The next message must be @expected, and come within 5 s. */
void
golf_test_connector_expect (GolfTestConnector *self,
                            const char        *expected)
{
  g_autofree char *answer = golf_test_connector_next (self, 5000);

  g_assert_cmpstr (answer, ==, expected);
}

gboolean
golf_test_connector_wait_closed (GolfTestConnector *self,
                                 guint              timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * 1000;

  while (!self->closed && g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (!golf_test_connector_poll (self))
        g_usleep (200);
    }

  return self->closed;
}

void
golf_test_connector_hang_up (GolfTestConnector *self)
{
  g_socket_shutdown (self->socket, FALSE, TRUE, NULL);
  g_socket_close (self->socket, NULL);
  self->closed = TRUE;
}

/* A shot as the GSPro R10 connector writes it, club data flagged. */
char *
golf_test_shot_message (const char *device,
                        gint64      shot_number,
                        const char *units,
                        double      ball_speed,
                        double      carry,
                        double      club_speed)
{
  char speed[G_ASCII_DTOSTR_BUF_SIZE], carry_text[G_ASCII_DTOSTR_BUF_SIZE];
  char club_text[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf ("{\"DeviceID\":\"%s\",\"Units\":\"%s\",\"ShotNumber\":%" G_GINT64_FORMAT ","
                          "\"APIversion\":\"1\",\"BallData\":{\"Speed\":%s,\"SpinAxis\":-3.5,"
                          "\"TotalSpin\":2800,\"BackSpin\":2750,\"SideSpin\":-170,\"HLA\":1.5,"
                          "\"VLA\":12.25,\"CarryDistance\":%s},\"ClubData\":{\"Speed\":%s,"
                          "\"AngleOfAttack\":-2,\"FaceToTarget\":0.5,\"Lie\":0,\"Loft\":14,"
                          "\"Path\":-1.5,\"SpeedAtImpact\":0,\"VerticalFaceImpact\":0,"
                          "\"HorizontalFaceImpact\":0,\"ClosureRate\":0},"
                          "\"ShotDataOptions\":{\"ContainsBallData\":true,\"ContainsClubData\":true,"
                          "\"LaunchMonitorIsReady\":true,\"LaunchMonitorBallDetected\":true,"
                          "\"IsHeartBeat\":false}}",
                          device, units, shot_number,
                          g_ascii_dtostr (speed, sizeof speed, ball_speed),
                          g_ascii_dtostr (carry_text, sizeof carry_text, carry),
                          g_ascii_dtostr (club_text, sizeof club_text, club_speed));
}

/* A shot of 150 mph ball speed and 105 mph club speed, carrying @carry_yards. */
void
golf_test_send_shot (GolfTestConnector *connector,
                     const char        *device,
                     gint64             shot_number,
                     double             carry_yards)
{
  g_autofree char *shot = golf_test_shot_message (device, shot_number, "Yards", 150, carry_yards, 105);

  golf_test_connector_send_str (connector, shot);
}

typedef struct
{
  GolfTestGspro     *gspro;
  GSocketConnection *connection;
  GString           *in;
  char               buffer[4096];
} GsproPeer;

struct _GolfTestGspro
{
  GSocketService *service;
  guint           port;
  char           *club;
  GPtrArray      *peers;      /* GsproPeer */
  GPtrArray      *received;   /* char *, each object as it came */
};

static void
gspro_peer_free (gpointer data)
{
  GsproPeer *peer = data;

  g_io_stream_close (G_IO_STREAM (peer->connection), NULL, NULL);
  g_object_unref (peer->connection);
  g_string_free (peer->in, TRUE);
  g_free (peer);
}

static void
gspro_write (GsproPeer  *peer,
             const char *text)
{
  GOutputStream *output = g_io_stream_get_output_stream (G_IO_STREAM (peer->connection));

  g_output_stream_write_all (output, text, strlen (text), NULL, NULL, NULL);
}

static void gspro_read (GsproPeer *peer);

static void
gspro_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GsproPeer *peer = user_data;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (source), result, NULL);
  char *object;

  if (n <= 0)
    return;

  g_string_append_len (peer->in, peer->buffer, n);
  while ((object = take_object (peer->in)) != NULL)
    {
      if (strstr (object, "\"ContainsBallData\":true") != NULL)
        gspro_write (peer, "{\"Code\":200,\"Message\":\"GSPro received the shot\"}");
      g_ptr_array_add (peer->gspro->received, object);
    }

  gspro_read (peer);
}

static void
gspro_read (GsproPeer *peer)
{
  g_input_stream_read_async (g_io_stream_get_input_stream (G_IO_STREAM (peer->connection)),
                             peer->buffer, sizeof peer->buffer, G_PRIORITY_DEFAULT, NULL,
                             gspro_read_cb, peer);
}

static gboolean
gspro_incoming_cb (GSocketService    *service,
                   GSocketConnection *connection,
                   GObject           *source,
                   gpointer           user_data)
{
  GolfTestGspro *self = user_data;
  GsproPeer *peer = g_new0 (GsproPeer, 1);
  g_autofree char *player = NULL;

  peer->gspro = self;
  peer->connection = g_object_ref (connection);
  peer->in = g_string_new (NULL);
  g_ptr_array_add (self->peers, peer);

  player = g_strdup_printf ("{\"Code\":201,\"Message\":\"GSPro Player Information\","
                            "\"Player\":{\"Handed\":\"RH\",\"Club\":\"%s\"}}", self->club);
  gspro_write (peer, player);
  gspro_read (peer);

  return TRUE;
}

GolfTestGspro *
golf_test_gspro_new (const char *club)
{
  g_autoptr(GError) error = NULL;
  GolfTestGspro *self = g_new0 (GolfTestGspro, 1);

  self->service = g_socket_service_new ();
  self->port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (self->service), NULL, &error);
  g_assert_no_error (error);
  self->club = g_strdup (club);
  self->peers = g_ptr_array_new_with_free_func (gspro_peer_free);
  self->received = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (self->service, "incoming", G_CALLBACK (gspro_incoming_cb), self);
  g_socket_service_start (self->service);

  return self;
}

void
golf_test_gspro_free (GolfTestGspro *self)
{
  g_socket_service_stop (self->service);
  g_socket_listener_close (G_SOCKET_LISTENER (self->service));
  g_object_unref (self->service);
  /* Reads in flight finish on closed streams before the peers go. */
  golf_test_gspro_hang_up (self);
  g_ptr_array_unref (self->peers);
  g_ptr_array_unref (self->received);
  g_free (self->club);
  g_free (self);
}

guint
golf_test_gspro_get_port (GolfTestGspro *self)
{
  return self->port;
}

GPtrArray *
golf_test_gspro_get_received (GolfTestGspro *self)
{
  return self->received;
}

/* GSPro closes every connection (it quit, or crashed). */
void
golf_test_gspro_hang_up (GolfTestGspro *self)
{
  for (guint i = 0; i < self->peers->len; i++)
    {
      GsproPeer *peer = g_ptr_array_index (self->peers, i);

      g_socket_close (g_socket_connection_get_socket (peer->connection), NULL);
    }
  golf_test_spin (20);
}

/* A port nothing listens on: bound, then let go. */
guint
golf_test_free_port (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, &error);

  g_assert_no_error (error);
  g_socket_bind (socket, any_port, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  g_socket_close (socket, NULL);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}
