/* golf-capture-connection.c
 *
 * Reads a connector's byte stream, cuts it into messages, hands each to
 * the listener and answers. Whatever goes wrong with one connector (bytes
 * that are not Open Connect, an endless message, a message that never
 * finishes, a hang-up midway) closes that connection alone, with the
 * reason logged; it never reaches the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include <netinet/in.h>
#include <netinet/tcp.h>

#include "golf-capture-connection.h"
#include "golf-capture-error.h"
#include "golf-capture-listener-private.h"
#include "golf-capture-outbox.h"
#include "golf-capture-private.h"
#include "golf-capture-relay.h"
#include "golf-capture-splitter.h"

#define READ_SIZE 8192
#define MAX_QUEUED_BYTES (256 * 1024)
#define DRAIN_TIMEOUT_MS 1000
#define CODE_BAD_MESSAGE 501

struct _GolfCaptureConnection
{
  GObject              parent_instance;
  GolfCaptureListener *listener;          /* owns us */
  GSocketConnection   *socket_connection;
  char                *peer;
  guint                id;
  guint                partial_timeout_ms;
  GSocketConnectable  *forward;
  GolfCaptureSplitter *splitter;
  GolfCaptureOutbox   *outbox;
  GolfCaptureRelay    *relay;
  GCancellable        *cancellable;
  guint                partial_timeout_id;
  guint                drain_timeout_id;
  gint64               last_message_time; /* monotonic; the connection's start at first */
  gboolean             sent_message;      /* a whole message came, ever */
  gboolean             sent_player;
  gboolean             reading;       /* a read is in flight */
  gboolean             closing;       /* no more messages are read */
  gboolean             peer_done;     /* the connector hung up */
  gboolean             write_shut;    /* our side is shut */
  gboolean             finished;      /* the socket is closed */
  guint8               buffer[READ_SIZE];
};

G_DEFINE_FINAL_TYPE (GolfCaptureConnection, golf_capture_connection, G_TYPE_OBJECT)

static void
drop_relay (GolfCaptureConnection *self)
{
  if (self->relay == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->relay, self);
  golf_capture_relay_close (self->relay);
  g_clear_object (&self->relay);
}

static void
golf_capture_connection_dispose (GObject *object)
{
  GolfCaptureConnection *self = (GolfCaptureConnection *)object;

  g_clear_handle_id (&self->partial_timeout_id, g_source_remove);
  g_clear_handle_id (&self->drain_timeout_id, g_source_remove);
  g_clear_pointer (&self->outbox, golf_capture_outbox_free);
  drop_relay (self);
  g_clear_object (&self->socket_connection);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->forward);

  G_OBJECT_CLASS (golf_capture_connection_parent_class)->dispose (object);
}

static void
golf_capture_connection_finalize (GObject *object)
{
  GolfCaptureConnection *self = (GolfCaptureConnection *)object;

  g_clear_pointer (&self->splitter, golf_capture_splitter_free);
  g_free (self->peer);

  G_OBJECT_CLASS (golf_capture_connection_parent_class)->finalize (object);
}

static void
golf_capture_connection_class_init (GolfCaptureConnectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = golf_capture_connection_dispose;
  object_class->finalize = golf_capture_connection_finalize;
}

static void
golf_capture_connection_init (GolfCaptureConnection *self)
{
  self->cancellable = g_cancellable_new ();
  self->splitter = golf_capture_splitter_new (GOLF_CAPTURE_MAX_OBJECT_SIZE, GOLF_CAPTURE_MAX_DEPTH);
}

static char *
describe_peer (GSocketConnection *connection)
{
  g_autoptr(GSocketAddress) address = g_socket_connection_get_remote_address (connection, NULL);
  g_autofree char *host = NULL;

  if (!G_IS_INET_SOCKET_ADDRESS (address))
    return g_strdup ("an unknown address");

  host = g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address)));

  return g_strdup_printf ("%s:%u", host, g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (address)));
}

static void outbox_done_cb (const GError *error,
                            gpointer      user_data);

/**
 * golf_capture_connection_new:
 * @listener: the listener that accepted the connection; it owns the result
 * @socket_connection: the accepted connection
 * @id: a number for logs, unique in this run
 * @partial_timeout_ms: how long a message may take to arrive whole
 * @forward: (nullable): the GSPro to pass messages on to
 *
 * Returns: (transfer full): a connection that does nothing until started
 */
GolfCaptureConnection *
golf_capture_connection_new (GolfCaptureListener *listener,
                             GSocketConnection   *socket_connection,
                             guint                id,
                             guint                partial_timeout_ms,
                             GSocketConnectable  *forward)
{
  GolfCaptureConnection *self;
  GOutputStream *output;

  g_return_val_if_fail (G_IS_SOCKET_CONNECTION (socket_connection), NULL);

  self = g_object_new (GOLF_TYPE_CAPTURE_CONNECTION, NULL);
  self->listener = listener;
  self->socket_connection = g_object_ref (socket_connection);
  self->peer = describe_peer (socket_connection);
  self->id = id;
  self->partial_timeout_ms = partial_timeout_ms;
  self->forward = forward != NULL ? g_object_ref (forward) : NULL;

  output = g_io_stream_get_output_stream (G_IO_STREAM (socket_connection));
  self->outbox = golf_capture_outbox_new (output, MAX_QUEUED_BYTES, outbox_done_cb, self);

  return self;
}

/* The last step, once: the socket closes and the listener lets go. */
static void
finish (GolfCaptureConnection *self)
{
  if (self->finished)
    return;
  self->finished = TRUE;

  /* The listener may hold the last reference. */
  g_object_ref (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->partial_timeout_id, g_source_remove);
  g_clear_handle_id (&self->drain_timeout_id, g_source_remove);
  g_clear_pointer (&self->outbox, golf_capture_outbox_free);
  drop_relay (self);
  g_socket_close (g_socket_connection_get_socket (self->socket_connection), NULL);

  if (self->listener != NULL)
    _golf_capture_listener_remove (self->listener, self);
  g_object_unref (self);
}

/* Closing gracefully: the last answer goes out, then our side shuts, and
 * the socket closes once the connector hangs up too. Closing with unread
 * input would reset the connection and could lose that answer. */
static void
finish_when_done (GolfCaptureConnection *self)
{
  if (!self->closing || self->finished)
    return;

  if (self->outbox != NULL && !golf_capture_outbox_is_empty (self->outbox))
    return;

  if (!self->write_shut)
    {
      self->write_shut = TRUE;
      g_socket_shutdown (g_socket_connection_get_socket (self->socket_connection), FALSE, TRUE, NULL);
    }

  if (self->peer_done)
    finish (self);
}

static gboolean
drain_timeout_cb (gpointer user_data)
{
  GolfCaptureConnection *self = user_data;

  self->drain_timeout_id = 0;
  finish (self);

  return G_SOURCE_REMOVE;
}

static void start_reading (GolfCaptureConnection *self);

/* Logs why, sends @answer if any, and closes once it is out (or after a
 * second at most). What the connector sends meanwhile is not read. */
static void
close_with_reason (GolfCaptureConnection *self,
                   GLogLevelFlags         level,
                   GBytes                *answer,
                   const char            *reason)
{
  if (self->closing)
    return;
  self->closing = TRUE;

  _golf_capture_log (level, self->peer, self->id,
                     "Closed the connection from %s: %s", self->peer, reason);

  g_clear_handle_id (&self->partial_timeout_id, g_source_remove);
  drop_relay (self);
  if (self->listener != NULL)
    _golf_capture_listener_closing (self->listener, self);

  if (answer != NULL && self->outbox != NULL)
    golf_capture_outbox_send (self->outbox, answer);

  self->drain_timeout_id = g_timeout_add (DRAIN_TIMEOUT_MS, drain_timeout_cb, self);
  if (!self->reading && !self->peer_done)
    start_reading (self);

  finish_when_done (self);
}

static void
close_with_error (GolfCaptureConnection *self,
                  guint                  code,
                  const char            *reason)
{
  g_autoptr(GBytes) answer = golf_capture_answer_new (code, reason);

  close_with_reason (self, G_LOG_LEVEL_WARNING, answer, reason);
}

static void
outbox_done_cb (const GError *error,
                gpointer      user_data)
{
  GolfCaptureConnection *self = user_data;

  if (error == NULL)
    {
      finish_when_done (self);
      return;
    }

  /* The connector is gone: nothing more to send or wait for. */
  if (!self->closing)
    {
      g_autofree char *reason = g_strdup_printf ("writing to it failed (%s)", error->message);

      close_with_reason (self, G_LOG_LEVEL_MESSAGE, NULL, reason);
    }
  finish (self);
}

/**
 * golf_capture_connection_send:
 * @self: a #GolfCaptureConnection
 * @bytes: a message for the connector
 *
 * Queues @bytes; a connector that stopped reading is disconnected.
 */
void
golf_capture_connection_send (GolfCaptureConnection *self,
                              GBytes                *bytes)
{
  g_return_if_fail (GOLF_IS_CAPTURE_CONNECTION (self));

  if (self->closing || self->outbox == NULL)
    return;

  if (!golf_capture_outbox_send (self->outbox, bytes))
    close_with_reason (self, G_LOG_LEVEL_WARNING, NULL,
                       "it does not read Golf Lab's answers, which piled up");
}

static void
send_player (GolfCaptureConnection *self)
{
  g_autoptr(GBytes) answer = _golf_capture_listener_dup_player_answer (self->listener);

  self->sent_player = TRUE;
  golf_capture_connection_send (self, answer);
}

/* Passes the message on when relaying; answers it here otherwise. */
static void
deliver (GolfCaptureConnection *self,
         const char            *data,
         gsize                  length,
         GBytes                *answer)
{
  if (self->relay != NULL)
    {
      g_autoptr(GBytes) message = g_bytes_new (data, length);

      if (golf_capture_relay_send (self->relay, message, answer))
        return;
    }

  if (answer != NULL)
    golf_capture_connection_send (self, answer);
}

static void
handle_object (GolfCaptureConnection *self,
               const char            *data,
               gsize                  length)
{
  g_autoptr(GolfCaptureMessage) message = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;

  message = golf_capture_message_parse (data, length, &error);

  if (g_error_matches (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_UNSUPPORTED))
    {
      /* Well-formed, so the stream is sound: refuse this one, carry on. */
      _golf_capture_log (G_LOG_LEVEL_WARNING, self->peer, self->id,
                         "A message from %s was not stored: %s", self->peer, error->message);
      answer = golf_capture_answer_new (CODE_BAD_MESSAGE, error->message);
      deliver (self, data, length, answer);
      return;
    }

  if (message == NULL)
    {
      close_with_error (self, CODE_BAD_MESSAGE, error->message);
      return;
    }

  answer = _golf_capture_listener_receive (self->listener, self, message);
  deliver (self, data, length, answer);
}

static gboolean
partial_timeout_cb (gpointer user_data)
{
  GolfCaptureConnection *self = user_data;
  g_autofree char *reason = NULL;

  self->partial_timeout_id = 0;
  reason = g_strdup_printf ("no whole message arrived within %u ms (%" G_GSIZE_FORMAT " bytes "
                            "of one were held); a connector sends each message at once",
                            self->partial_timeout_ms,
                            golf_capture_splitter_get_pending (self->splitter));
  close_with_error (self, CODE_BAD_MESSAGE, reason);

  return G_SOURCE_REMOVE;
}

/* Returns how many messages were handled. */
static guint
handle_objects (GolfCaptureConnection *self)
{
  g_autoptr(GError) error = NULL;
  const char *object;
  gsize length;
  guint n = 0;

  while (!self->closing)
    {
      if (!golf_capture_splitter_next (self->splitter, &object, &length, &error))
        {
          close_with_error (self, CODE_BAD_MESSAGE, error->message);
          break;
        }
      if (object == NULL)
        break;

      handle_object (self, object, length);
      n++;
    }

  return n;
}

/* A message must arrive whole in time, counted from where it began. */
static void
watch_partial (GolfCaptureConnection *self,
               gboolean               finished_one)
{
  if (finished_one)
    g_clear_handle_id (&self->partial_timeout_id, g_source_remove);

  if (golf_capture_splitter_get_pending (self->splitter) == 0)
    g_clear_handle_id (&self->partial_timeout_id, g_source_remove);
  else if (self->partial_timeout_id == 0)
    self->partial_timeout_id = g_timeout_add (self->partial_timeout_ms, partial_timeout_cb, self);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GolfCaptureConnection) self = user_data;
  g_autoptr(GError) error = NULL;
  gssize n;
  guint handled;

  self->reading = FALSE;
  n = g_input_stream_read_finish (G_INPUT_STREAM (source), result, &error);
  if (self->finished)
    return;

  if (n <= 0)
    self->peer_done = TRUE;

  if (self->closing)
    {
      /* Read and dropped, until the connector hangs up. */
      if (self->peer_done)
        finish_when_done (self);
      else
        start_reading (self);
      return;
    }

  if (n < 0)
    {
      g_autofree char *reason = g_strdup_printf ("reading from it failed (%s)", error->message);

      close_with_reason (self, G_LOG_LEVEL_MESSAGE, NULL, reason);
      return;
    }

  if (n == 0)
    {
      gsize pending = golf_capture_splitter_get_pending (self->splitter);
      g_autofree char *reason = NULL;

      if (pending == 0)
        {
          close_with_reason (self, G_LOG_LEVEL_INFO, NULL, "the connector hung up");
          return;
        }

      reason = g_strdup_printf ("the connector hung up in the middle of a message "
                                "(%" G_GSIZE_FORMAT " bytes of it were dropped)", pending);
      close_with_reason (self, G_LOG_LEVEL_WARNING, NULL, reason);
      return;
    }

  golf_capture_splitter_push (self->splitter, (const char *) self->buffer, n);
  handled = handle_objects (self);
  if (self->closing)
    return;

  if (handled > 0)
    {
      self->last_message_time = g_get_monotonic_time ();
      self->sent_message = TRUE;
    }
  watch_partial (self, handled > 0);
  start_reading (self);
}

static void
start_reading (GolfCaptureConnection *self)
{
  GInputStream *input = g_io_stream_get_input_stream (G_IO_STREAM (self->socket_connection));

  self->reading = TRUE;
  g_input_stream_read_async (input, self->buffer, sizeof self->buffer, G_PRIORITY_DEFAULT,
                             self->cancellable, read_done_cb, g_object_ref (self));
}

static void
relay_answer_cb (GolfCaptureRelay      *relay,
                 GBytes                *bytes,
                 GolfCaptureConnection *self)
{
  golf_capture_connection_send (self, bytes);
}

static void
relay_player_cb (GolfCaptureRelay      *relay,
                 int                    hand,
                 const char            *club,
                 GolfCaptureConnection *self)
{
  _golf_capture_listener_take_player (self->listener, hand, club);
}

static void
relay_state_cb (GolfCaptureRelay      *relay,
                GParamSpec            *pspec,
                GolfCaptureConnection *self)
{
  /* GSPro tells the connector the player's club; without it, Golf Lab does. */
  if (golf_capture_relay_get_state (relay) == GOLF_CAPTURE_RELAY_DOWN && !self->sent_player)
    send_player (self);
}

static void
start_relay (GolfCaptureConnection *self)
{
  self->relay = golf_capture_relay_new (self->forward, self->peer, self->id);
  g_signal_connect (self->relay, "answer", G_CALLBACK (relay_answer_cb), self);
  g_signal_connect (self->relay, "fallback", G_CALLBACK (relay_answer_cb), self);
  g_signal_connect (self->relay, "player", G_CALLBACK (relay_player_cb), self);
  g_signal_connect (self->relay, "notify::state", G_CALLBACK (relay_state_cb), self);
  golf_capture_relay_connect (self->relay);
}

/**
 * golf_capture_connection_start:
 * @self: a #GolfCaptureConnection
 *
 * Tells the connector the player's hand and club (or connects to GSPro,
 * which does), then reads messages until the connector hangs up.
 */
void
golf_capture_connection_start (GolfCaptureConnection *self)
{
  GSocket *socket;

  g_return_if_fail (GOLF_IS_CAPTURE_CONNECTION (self));

  /* Answers are small and latency matters more than packet count. */
  socket = g_socket_connection_get_socket (self->socket_connection);
  g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, 1, NULL);

  _golf_capture_log (G_LOG_LEVEL_INFO, self->peer, self->id, "A connector connected from %s", self->peer);
  self->last_message_time = g_get_monotonic_time ();

  if (self->forward != NULL)
    start_relay (self);
  else
    send_player (self);

  start_reading (self);
}

/**
 * golf_capture_connection_refuse:
 * @self: a #GolfCaptureConnection, not started
 * @code: the 5xx code to answer
 * @reason: why, for the log and the connector
 *
 * Answers with an error and closes.
 */
void
golf_capture_connection_refuse (GolfCaptureConnection *self,
                                guint                  code,
                                const char            *reason)
{
  g_return_if_fail (GOLF_IS_CAPTURE_CONNECTION (self));

  close_with_error (self, code, reason);
}

/**
 * golf_capture_connection_close:
 * @self: a #GolfCaptureConnection
 * @reason: why, for the log
 *
 * Closes the connection as Golf Lab stops listening.
 */
void
golf_capture_connection_close (GolfCaptureConnection *self,
                               const char            *reason)
{
  g_return_if_fail (GOLF_IS_CAPTURE_CONNECTION (self));

  close_with_reason (self, G_LOG_LEVEL_INFO, NULL, reason);
}

/**
 * golf_capture_connection_abort:
 * @self: a #GolfCaptureConnection
 *
 * Closes the socket at once and forgets the listener, which is going away.
 */
void
golf_capture_connection_abort (GolfCaptureConnection *self)
{
  g_return_if_fail (GOLF_IS_CAPTURE_CONNECTION (self));

  self->listener = NULL;
  self->closing = TRUE;
  finish (self);
}

/**
 * golf_capture_connection_is_relayed:
 * @self: a #GolfCaptureConnection
 *
 * Returns: %TRUE while a real GSPro answers this connector (or is being
 *   reached), so Golf Lab sends it no player messages of its own
 */
gboolean
golf_capture_connection_is_relayed (GolfCaptureConnection *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_CONNECTION (self), FALSE);

  return self->relay != NULL && golf_capture_relay_get_state (self->relay) != GOLF_CAPTURE_RELAY_DOWN;
}

/**
 * golf_capture_connection_get_peer:
 * @self: a #GolfCaptureConnection
 *
 * Returns: the connector's address and port, as "127.0.0.1:40312"
 */
const char *
golf_capture_connection_get_peer (GolfCaptureConnection *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_CONNECTION (self), NULL);

  return self->peer;
}

/**
 * golf_capture_connection_get_id:
 * @self: a #GolfCaptureConnection
 *
 * Returns: the connection's number in this run, as the log names it
 */
guint
golf_capture_connection_get_id (GolfCaptureConnection *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_CONNECTION (self), 0);

  return self->id;
}

/**
 * golf_capture_connection_get_quiet_time:
 * @self: a #GolfCaptureConnection
 *
 * Whitespace and a message still arriving do not count: a connector that
 * is in use sends whole messages (shots, or heartbeats while it waits).
 *
 * Returns: microseconds since the connector last sent a whole message (or,
 *   if it never did, since it connected)
 */
gint64
golf_capture_connection_get_quiet_time (GolfCaptureConnection *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_CONNECTION (self), 0);

  return g_get_monotonic_time () - self->last_message_time;
}

/**
 * golf_capture_connection_has_sent_message:
 * @self: a #GolfCaptureConnection
 *
 * Returns: whether the connector has sent a whole message since it
 *   connected (a connector in use has)
 */
gboolean
golf_capture_connection_has_sent_message (GolfCaptureConnection *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_CONNECTION (self), FALSE);

  return self->sent_message;
}
