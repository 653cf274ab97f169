/* golf-capture-relay.c
 *
 * Pass-through: every message a connector sends goes on to a real GSPro,
 * and whatever GSPro answers goes back unchanged, so a golfer plays and
 * records at once. Each message is answered once: by GSPro when it takes
 * the message, by Golf Lab (the "fallback" answer) when GSPro cannot be
 * reached. Messages that arrive while connecting wait for the outcome.
 * A 201 from GSPro names the club picked there; the relay reports it so
 * shots carry that club.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include <netinet/in.h>
#include <netinet/tcp.h>

#include "golf-capture-message.h"
#include "golf-capture-outbox.h"
#include "golf-capture-private.h"
#include "golf-capture-relay.h"
#include "golf-capture-splitter.h"

#define CONNECT_TIMEOUT_S 3
#define RETRY_INTERVAL_US (5 * G_USEC_PER_SEC)
#define MAX_WAITING 256
#define MAX_QUEUED_BYTES (1024 * 1024)
#define READ_SIZE 4096

struct _GolfCaptureRelay
{
  GObject                parent_instance;
  GSocketConnectable    *gspro;
  char                  *gspro_name;
  char                  *peer;
  guint                  connection_id;
  GolfCaptureRelayState  state;
  GSocketConnection     *connection;
  GolfCaptureOutbox     *outbox;
  GolfCaptureSplitter   *answers;     /* NULL once GSPro's stream made no sense */
  GCancellable          *cancellable;
  GQueue                 waiting;     /* Waiting, while connecting */
  gint64                 last_attempt;
  guint8                 buffer[READ_SIZE];
};

G_DEFINE_FINAL_TYPE (GolfCaptureRelay, golf_capture_relay, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

enum {
  ANSWER,
  PLAYER,
  FALLBACK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  GBytes *message;
  GBytes *fallback;
} Waiting;

static void
waiting_free (gpointer data)
{
  Waiting *waiting = data;

  g_bytes_unref (waiting->message);
  g_clear_pointer (&waiting->fallback, g_bytes_unref);
  g_free (waiting);
}

static void
drop_connection (GolfCaptureRelay *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->outbox, golf_capture_outbox_free);
  g_clear_pointer (&self->answers, golf_capture_splitter_free);
  if (self->connection != NULL)
    g_socket_close (g_socket_connection_get_socket (self->connection), NULL);
  g_clear_object (&self->connection);
}

static void
golf_capture_relay_dispose (GObject *object)
{
  GolfCaptureRelay *self = (GolfCaptureRelay *)object;

  drop_connection (self);
  g_queue_clear_full (&self->waiting, waiting_free);
  g_clear_object (&self->gspro);

  G_OBJECT_CLASS (golf_capture_relay_parent_class)->dispose (object);
}

static void
golf_capture_relay_finalize (GObject *object)
{
  GolfCaptureRelay *self = (GolfCaptureRelay *)object;

  g_free (self->gspro_name);
  g_free (self->peer);

  G_OBJECT_CLASS (golf_capture_relay_parent_class)->finalize (object);
}

static void
golf_capture_relay_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GolfCaptureRelay *self = GOLF_CAPTURE_RELAY (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_uint (value, golf_capture_relay_get_state (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_capture_relay_class_init (GolfCaptureRelayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = golf_capture_relay_dispose;
  object_class->finalize = golf_capture_relay_finalize;
  object_class->get_property = golf_capture_relay_get_property;

  properties[PROP_STATE] =
    g_param_spec_uint ("state", NULL, NULL,
                       GOLF_CAPTURE_RELAY_CONNECTING, GOLF_CAPTURE_RELAY_DOWN,
                       GOLF_CAPTURE_RELAY_DOWN,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GolfCaptureRelay::answer:
   * @bytes: bytes GSPro sent, to pass on to the connector unchanged
   *
   * Fires as GSPro's bytes arrive.
   */
  signals[ANSWER] =
    g_signal_new ("answer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BYTES);

  /**
   * GolfCaptureRelay::player:
   * @hand: the #GolfHand GSPro named
   * @club: (nullable): the club GSPro named, as Golf Lab names it
   *
   * Fires when GSPro sends the connector a 201 player message.
   */
  signals[PLAYER] =
    g_signal_new ("player", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_STRING);

  /**
   * GolfCaptureRelay::fallback:
   * @bytes: Golf Lab's own answer to a message GSPro never got
   *
   * Fires for each waiting message when connecting to GSPro fails.
   */
  signals[FALLBACK] =
    g_signal_new ("fallback", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BYTES);
}

static void
golf_capture_relay_init (GolfCaptureRelay *self)
{
  self->state = GOLF_CAPTURE_RELAY_DOWN;
  g_queue_init (&self->waiting);
}

/**
 * golf_capture_relay_new:
 * @gspro: where GSPro listens
 * @peer: the connector's address, for logs
 * @connection_id: the connector's connection number, for logs
 *
 * Returns: (transfer full): a relay, not connected yet
 */
GolfCaptureRelay *
golf_capture_relay_new (GSocketConnectable *gspro,
                        const char         *peer,
                        guint               connection_id)
{
  GolfCaptureRelay *self;

  g_return_val_if_fail (G_IS_SOCKET_CONNECTABLE (gspro), NULL);

  self = g_object_new (GOLF_TYPE_CAPTURE_RELAY, NULL);
  self->gspro = g_object_ref (gspro);
  self->gspro_name = g_socket_connectable_to_string (gspro);
  self->peer = g_strdup (peer);
  self->connection_id = connection_id;

  return self;
}

static void
set_state (GolfCaptureRelay      *self,
           GolfCaptureRelayState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* GSPro is gone: Golf Lab answers from now on, and those waiting too. */
static void
go_down (GolfCaptureRelay *self,
         const char       *why)
{
  Waiting *waiting;

  if (self->state == GOLF_CAPTURE_RELAY_DOWN)
    return;

  _golf_capture_log (G_LOG_LEVEL_MESSAGE, self->peer, self->connection_id,
                     "GSPro at %s %s; recording goes on and Golf Lab answers the connector",
                     self->gspro_name, why);

  drop_connection (self);
  set_state (self, GOLF_CAPTURE_RELAY_DOWN);

  while ((waiting = g_queue_pop_head (&self->waiting)) != NULL)
    {
      if (waiting->fallback != NULL)
        g_signal_emit (self, signals[FALLBACK], 0, waiting->fallback);
      waiting_free (waiting);
    }
}

static void
outbox_done_cb (const GError *error,
                gpointer      user_data)
{
  GolfCaptureRelay *self = user_data;
  g_autofree char *why = NULL;

  if (error == NULL)
    return;

  why = g_strdup_printf ("stopped taking messages (%s)", error->message);
  go_down (self, why);
}

static void
read_answers (GolfCaptureRelay *self,
              const guint8     *data,
              gsize             length)
{
  const char *object;
  gsize object_length;

  if (self->answers == NULL)
    return;

  golf_capture_splitter_push (self->answers, (const char *) data, length);
  while (golf_capture_splitter_next (self->answers, &object, &object_length, NULL))
    {
      g_autofree char *club = NULL;
      GolfHand hand = GOLF_HAND_RIGHT;

      if (object == NULL)
        return;
      if (golf_capture_player_answer_parse (object, object_length, &hand, &club))
        g_signal_emit (self, signals[PLAYER], 0, (int) hand, club);
    }

  /* Not Open Connect after all: pass the bytes on, read no more of them. */
  g_clear_pointer (&self->answers, golf_capture_splitter_free);
}

static void start_reading (GolfCaptureRelay *self);

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GolfCaptureRelay) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gssize n;

  n = g_input_stream_read_finish (G_INPUT_STREAM (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->connection == NULL)
    return;

  if (n <= 0)
    {
      g_autofree char *why = error != NULL
        ? g_strdup_printf ("could not be read (%s)", error->message)
        : g_strdup ("closed the connection");

      go_down (self, why);
      return;
    }

  bytes = g_bytes_new (self->buffer, n);
  g_signal_emit (self, signals[ANSWER], 0, bytes);
  read_answers (self, self->buffer, n);

  start_reading (self);
}

static void
start_reading (GolfCaptureRelay *self)
{
  GInputStream *input;

  if (self->connection == NULL)
    return;

  input = g_io_stream_get_input_stream (G_IO_STREAM (self->connection));
  g_input_stream_read_async (input, self->buffer, sizeof self->buffer, G_PRIORITY_DEFAULT,
                             self->cancellable, read_done_cb, g_object_ref (self));
}

static void
connected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GolfCaptureRelay) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketConnection) connection = NULL;
  GSocket *socket;
  Waiting *waiting;

  connection = g_socket_client_connect_finish (G_SOCKET_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      self->state != GOLF_CAPTURE_RELAY_CONNECTING)
    return;

  if (connection == NULL)
    {
      g_autofree char *why = g_strdup_printf ("is not reachable (%s)", error->message);

      go_down (self, why);
      return;
    }

  /* The client's timeout was for connecting; GSPro may rightly be quiet. */
  socket = g_socket_connection_get_socket (connection);
  g_socket_set_timeout (socket, 0);
  g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, 1, NULL);

  self->connection = g_steal_pointer (&connection);
  self->outbox = golf_capture_outbox_new (g_io_stream_get_output_stream (G_IO_STREAM (self->connection)),
                                          MAX_QUEUED_BYTES, outbox_done_cb, self);
  self->answers = golf_capture_splitter_new (GOLF_CAPTURE_MAX_OBJECT_SIZE, GOLF_CAPTURE_MAX_DEPTH);

  _golf_capture_log (G_LOG_LEVEL_INFO, self->peer, self->connection_id,
                     "Passing the connector's messages on to GSPro at %s", self->gspro_name);
  set_state (self, GOLF_CAPTURE_RELAY_UP);

  while (self->outbox != NULL && (waiting = g_queue_pop_head (&self->waiting)) != NULL)
    {
      golf_capture_outbox_send (self->outbox, waiting->message);
      waiting_free (waiting);
    }

  start_reading (self);
}

/**
 * golf_capture_relay_connect:
 * @self: a #GolfCaptureRelay
 *
 * Starts connecting to GSPro; messages sent meanwhile wait.
 */
void
golf_capture_relay_connect (GolfCaptureRelay *self)
{
  g_autoptr(GSocketClient) client = NULL;

  g_return_if_fail (GOLF_IS_CAPTURE_RELAY (self));

  if (self->state != GOLF_CAPTURE_RELAY_DOWN)
    return;

  drop_connection (self);
  self->cancellable = g_cancellable_new ();
  self->last_attempt = g_get_monotonic_time ();
  set_state (self, GOLF_CAPTURE_RELAY_CONNECTING);

  client = g_socket_client_new ();
  g_socket_client_set_timeout (client, CONNECT_TIMEOUT_S);
  g_socket_client_connect_async (client, self->gspro, self->cancellable,
                                 connected_cb, g_object_ref (self));
}

/**
 * golf_capture_relay_send:
 * @self: a #GolfCaptureRelay
 * @message: one message from the connector, as it came
 * @fallback: (nullable): Golf Lab's answer, for when GSPro cannot be reached
 *
 * Passes @message on. When GSPro was down a while, tries it again first.
 *
 * Returns: %TRUE when the relay sees the message answered (by GSPro, or
 *   through #GolfCaptureRelay::fallback); %FALSE when GSPro is down and the
 *   caller answers now
 */
gboolean
golf_capture_relay_send (GolfCaptureRelay *self,
                         GBytes           *message,
                         GBytes           *fallback)
{
  Waiting *waiting;

  g_return_val_if_fail (GOLF_IS_CAPTURE_RELAY (self), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  if (self->state == GOLF_CAPTURE_RELAY_DOWN &&
      g_get_monotonic_time () - self->last_attempt >= RETRY_INTERVAL_US)
    golf_capture_relay_connect (self);

  switch (self->state)
    {
    case GOLF_CAPTURE_RELAY_UP:
      if (golf_capture_outbox_send (self->outbox, message))
        return TRUE;
      go_down (self, "does not read its messages");
      return FALSE;

    case GOLF_CAPTURE_RELAY_CONNECTING:
      if (g_queue_get_length (&self->waiting) >= MAX_WAITING)
        return FALSE;
      waiting = g_new0 (Waiting, 1);
      waiting->message = g_bytes_ref (message);
      waiting->fallback = fallback != NULL ? g_bytes_ref (fallback) : NULL;
      g_queue_push_tail (&self->waiting, waiting);
      return TRUE;

    case GOLF_CAPTURE_RELAY_DOWN:
    default:
      return FALSE;
    }
}

/**
 * golf_capture_relay_get_state:
 * @self: a #GolfCaptureRelay
 *
 * Returns: whether GSPro is being reached, reached, or down
 */
GolfCaptureRelayState
golf_capture_relay_get_state (GolfCaptureRelay *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_RELAY (self), GOLF_CAPTURE_RELAY_DOWN);

  return self->state;
}

/**
 * golf_capture_relay_close:
 * @self: a #GolfCaptureRelay
 *
 * Closes the connection to GSPro; waiting messages are dropped unanswered.
 */
void
golf_capture_relay_close (GolfCaptureRelay *self)
{
  g_return_if_fail (GOLF_IS_CAPTURE_RELAY (self));

  g_queue_clear_full (&self->waiting, waiting_free);
  drop_connection (self);
  set_state (self, GOLF_CAPTURE_RELAY_DOWN);
}
