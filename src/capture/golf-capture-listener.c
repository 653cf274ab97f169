/* golf-capture-listener.c
 *
 * Golf Lab as a GSPro Open Connect v1 server: launch-monitor connectors
 * connect over TCP and send shots, which go through GolfStore one
 * transaction each, so the metrics worker and everything bound to the
 * session follow live. The socket service runs on the main context, where
 * the store lives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include <stdlib.h>

#include "golf-capture-connection.h"
#include "golf-capture-listener-private.h"
#include "golf-capture-message.h"
#include "golf-capture-private.h"
#include "golf-capture-recorder.h"

#define DEFAULT_MAX_CONNECTIONS 16
#define DEFAULT_PARTIAL_TIMEOUT_MS 10000
#define LISTEN_BACKLOG 128
#define CODE_TOO_MANY 503

G_DEFINE_FINAL_TYPE (GolfCaptureListener, golf_capture_listener, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LISTENING,
  PROP_ADDRESS,
  PROP_PORT,
  PROP_FORWARD,
  PROP_CLUB,
  PROP_HAND,
  PROP_PLAYER_ID,
  PROP_MAX_CONNECTIONS,
  PROP_PARTIAL_TIMEOUT,
  PROP_CONNECTION_COUNT,
  PROP_LIVE_SESSION_ID,
  PROP_LAST_SHOT_ID,
  N_PROPS
};

enum {
  SHOT_RECEIVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* g_set_str() arrived after GLib 2.74. */
static gboolean
set_str (char       **slot,
         const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

static void
golf_capture_listener_dispose (GObject *object)
{
  GolfCaptureListener *self = (GolfCaptureListener *)object;

  golf_capture_listener_stop (self);
  /* Goodbyes still under way end now: the connections outlive us otherwise. */
  for (guint i = 0; i < self->closing->len; i++)
    golf_capture_connection_abort (g_ptr_array_index (self->closing, i));
  g_ptr_array_set_size (self->closing, 0);
  g_clear_object (&self->recorder);

  G_OBJECT_CLASS (golf_capture_listener_parent_class)->dispose (object);
}

static void
golf_capture_listener_finalize (GObject *object)
{
  GolfCaptureListener *self = (GolfCaptureListener *)object;

  g_ptr_array_unref (self->connections);
  g_ptr_array_unref (self->closing);
  g_free (self->address);
  g_free (self->forward);
  g_free (self->club);
  g_free (self->live_session_id);
  g_free (self->last_shot_id);
  g_clear_pointer (&self->clock, g_date_time_unref);

  G_OBJECT_CLASS (golf_capture_listener_parent_class)->finalize (object);
}

static void
golf_capture_listener_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  GolfCaptureListener *self = GOLF_CAPTURE_LISTENER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, golf_capture_listener_get_store (self));
      break;
    case PROP_LISTENING:
      g_value_set_boolean (value, golf_capture_listener_get_listening (self));
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, golf_capture_listener_get_address (self));
      break;
    case PROP_PORT:
      g_value_set_uint (value, golf_capture_listener_get_port (self));
      break;
    case PROP_FORWARD:
      g_value_set_string (value, golf_capture_listener_get_forward (self));
      break;
    case PROP_CLUB:
      g_value_set_string (value, golf_capture_listener_get_club (self));
      break;
    case PROP_HAND:
      g_value_set_enum (value, golf_capture_listener_get_hand (self));
      break;
    case PROP_PLAYER_ID:
      g_value_set_int64 (value, golf_capture_listener_get_player_id (self));
      break;
    case PROP_MAX_CONNECTIONS:
      g_value_set_uint (value, golf_capture_listener_get_max_connections (self));
      break;
    case PROP_PARTIAL_TIMEOUT:
      g_value_set_uint (value, golf_capture_listener_get_partial_timeout (self));
      break;
    case PROP_CONNECTION_COUNT:
      g_value_set_uint (value, golf_capture_listener_get_connection_count (self));
      break;
    case PROP_LIVE_SESSION_ID:
      g_value_set_string (value, golf_capture_listener_get_live_session_id (self));
      break;
    case PROP_LAST_SHOT_ID:
      g_value_set_string (value, golf_capture_listener_get_last_shot_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_capture_listener_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  GolfCaptureListener *self = GOLF_CAPTURE_LISTENER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->recorder = golf_capture_recorder_new (g_value_get_object (value));
      break;
    case PROP_ADDRESS:
      golf_capture_listener_set_address (self, g_value_get_string (value));
      break;
    case PROP_PORT:
      golf_capture_listener_set_port (self, g_value_get_uint (value));
      break;
    case PROP_FORWARD:
      golf_capture_listener_set_forward (self, g_value_get_string (value));
      break;
    case PROP_CLUB:
      golf_capture_listener_set_club (self, g_value_get_string (value));
      break;
    case PROP_HAND:
      golf_capture_listener_set_hand (self, g_value_get_enum (value));
      break;
    case PROP_PLAYER_ID:
      golf_capture_listener_set_player_id (self, g_value_get_int64 (value));
      break;
    case PROP_MAX_CONNECTIONS:
      golf_capture_listener_set_max_connections (self, g_value_get_uint (value));
      break;
    case PROP_PARTIAL_TIMEOUT:
      golf_capture_listener_set_partial_timeout (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_capture_listener_class_init (GolfCaptureListenerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = golf_capture_listener_dispose;
  object_class->finalize = golf_capture_listener_finalize;
  object_class->get_property = golf_capture_listener_get_property;
  object_class->set_property = golf_capture_listener_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GOLF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LISTENING] =
    g_param_spec_boolean ("listening", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, GOLF_CAPTURE_DEFAULT_ADDRESS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PORT] =
    g_param_spec_uint ("port", NULL, NULL, 0, G_MAXUINT16, GOLF_CAPTURE_DEFAULT_PORT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORWARD] =
    g_param_spec_string ("forward", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLUB] =
    g_param_spec_string ("club", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAND] =
    g_param_spec_enum ("hand", NULL, NULL, GOLF_TYPE_HAND, GOLF_HAND_RIGHT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYER_ID] =
    g_param_spec_int64 ("player-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_CONNECTIONS] =
    g_param_spec_uint ("max-connections", NULL, NULL, 1, G_MAXUINT, DEFAULT_MAX_CONNECTIONS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTIAL_TIMEOUT] =
    g_param_spec_uint ("partial-timeout", NULL, NULL, 1, G_MAXUINT, DEFAULT_PARTIAL_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONNECTION_COUNT] =
    g_param_spec_uint ("connection-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIVE_SESSION_ID] =
    g_param_spec_string ("live-session-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_SHOT_ID] =
    g_param_spec_string ("last-shot-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GolfCaptureListener::shot-received:
   * @listener: the listener
   * @shot: the shot as stored
   *
   * Fires on the main thread after a connector's shot was stored (not for
   * a shot sent again). The session's metrics follow through the store's
   * #GolfStore::shot-changed as usual.
   */
  signals[SHOT_RECEIVED] =
    g_signal_new ("shot-received", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GOLF_TYPE_SHOT);
}

static void
golf_capture_listener_init (GolfCaptureListener *self)
{
  self->connections = g_ptr_array_new_with_free_func (g_object_unref);
  self->closing = g_ptr_array_new_with_free_func (g_object_unref);
  self->address = g_strdup (GOLF_CAPTURE_DEFAULT_ADDRESS);
  self->port = GOLF_CAPTURE_DEFAULT_PORT;
  self->hand = GOLF_HAND_RIGHT;
  self->max_connections = DEFAULT_MAX_CONNECTIONS;
  self->partial_timeout_ms = DEFAULT_PARTIAL_TIMEOUT_MS;
}

/**
 * golf_capture_listener_new:
 * @store: where live shots go
 *
 * Returns: (transfer full): a listener on 127.0.0.1 port 921, not started
 */
GolfCaptureListener *
golf_capture_listener_new (GolfStore *store)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);

  return g_object_new (GOLF_TYPE_CAPTURE_LISTENER, "store", store, NULL);
}

/**
 * golf_capture_listener_get_store:
 * @self: a #GolfCaptureListener
 *
 * Returns: (transfer none): the store live shots go to
 */
GolfStore *
golf_capture_listener_get_store (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), NULL);

  return golf_capture_recorder_get_store (self->recorder);
}

static int
unprivileged_port_start (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/sys/net/ipv4/ip_unprivileged_port_start", &text, NULL, NULL))
    return 1024;

  return atoi (text);
}

static gboolean
set_listen_error (GolfCaptureListener  *self,
                  GError               *cause,
                  GError              **error)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_ADDRESS_IN_USE))
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_ADDRESS_IN_USE,
                   "Port %u on %s is already in use by another program (GSPro or another "
                   "Golf Lab may be listening there); close it, or listen on another port "
                   "and set the connector to send to that one",
                   self->port, self->address);
      return FALSE;
    }

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) && self->port < 1024)
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_PERMISSION_DENIED,
                   "The system does not let Golf Lab listen on port %u: Linux keeps ports "
                   "below %d for privileged programs (the sysctl net.ipv4.ip_unprivileged_port_start). "
                   "Listen on a port of 1024 or above instead, such as %u, and set the "
                   "connector's host and port to it; connectors let you set both",
                   self->port, unprivileged_port_start (), 9000 + GOLF_CAPTURE_DEFAULT_PORT);
      return FALSE;
    }

  g_set_error (error, GOLF_CAPTURE_ERROR,
               g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED)
                 ? GOLF_CAPTURE_ERROR_PERMISSION_DENIED : GOLF_CAPTURE_ERROR_FAILED,
               "Cannot listen on %s port %u: %s", self->address, self->port, cause->message);
  return FALSE;
}

static gboolean
parse_forward (GolfCaptureListener  *self,
               GError              **error)
{
  g_autoptr(GError) cause = NULL;

  g_clear_object (&self->forward_target);
  if (self->forward == NULL)
    return TRUE;

  self->forward_target = g_network_address_parse (self->forward, GOLF_CAPTURE_DEFAULT_PORT, &cause);
  if (self->forward_target == NULL)
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_INVALID_ADDRESS,
                   "“%s” is not where a GSPro can listen: give HOST:PORT, such as 127.0.0.1:921 (%s)",
                   self->forward, cause->message);
      return FALSE;
    }

  return TRUE;
}

/* A full house must not lock connectors out for good: connections that
 * hold a place without sending anything (a peer that only trickles
 * whitespace, a connector left running on another machine) give their
 * place up to a newcomer: those that never sent a whole message first,
 * the quietest first. A connector in use sends shots or heartbeats, and
 * is never closed for a newcomer. */
static gboolean
make_room (GolfCaptureListener *self)
{
  GolfCaptureConnection *quietest = NULL;
  gint64 longest = (gint64) self->partial_timeout_ms * 1000;
  g_autofree char *reason = NULL;

  /* Peers that never sent a whole message go first; then connectors
   * that have gone quiet. */
  for (guint pass = 0; pass < 2 && quietest == NULL; pass++)
    for (guint i = 0; i < self->connections->len; i++)
      {
        GolfCaptureConnection *connection = g_ptr_array_index (self->connections, i);
        gint64 quiet = golf_capture_connection_get_quiet_time (connection);

        if (pass == 0 && golf_capture_connection_has_sent_message (connection))
          continue;
        if (quiet >= longest)
          {
            quietest = connection;
            longest = quiet;
          }
      }

  if (quietest == NULL)
    return FALSE;

  reason = g_strdup_printf ("it sent no message for %" G_GINT64_FORMAT " s and another connector "
                            "needed its place (Golf Lab takes at most %u at once)",
                            longest / G_USEC_PER_SEC, self->max_connections);
  golf_capture_connection_refuse (quietest, CODE_TOO_MANY, reason);

  return TRUE;
}

static void
add_connection (GolfCaptureListener *self,
                GSocketConnection   *socket_connection)
{
  g_autoptr(GolfCaptureConnection) connection = NULL;
  guint id = ++self->next_id;

  connection = golf_capture_connection_new (self, socket_connection, id,
                                            self->partial_timeout_ms, self->forward_target);

  if (self->connections->len >= self->max_connections && !make_room (self))
    {
      g_autofree char *reason =
        g_strdup_printf ("Golf Lab already has %u connectors connected, the most it takes; "
                         "close one that is not in use", self->max_connections);

      g_ptr_array_add (self->closing, g_object_ref (connection));
      golf_capture_connection_refuse (connection, CODE_TOO_MANY, reason);
      return;
    }

  g_ptr_array_add (self->connections, g_object_ref (connection));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTION_COUNT]);
  golf_capture_connection_start (connection);
}

static gboolean
incoming_cb (GSocketService    *service,
             GSocketConnection *socket_connection,
             GObject           *source,
             gpointer           user_data)
{
  add_connection (user_data, socket_connection);

  return TRUE;
}

static void
set_listening (GolfCaptureListener *self,
               GSocketService      *service)
{
  gboolean was = self->service != NULL;

  if (self->service != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->service, self);
      g_socket_service_stop (self->service);
      g_socket_listener_close (G_SOCKET_LISTENER (self->service));
      g_clear_object (&self->service);
    }

  if (service != NULL)
    {
      self->service = g_object_ref (service);
      g_signal_connect (service, "incoming", G_CALLBACK (incoming_cb), self);
      g_socket_service_start (service);
    }

  if (was != (service != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LISTENING]);
}

/**
 * golf_capture_listener_start:
 * @self: a #GolfCaptureListener
 * @error: return location for a #GError
 *
 * Listens on #GolfCaptureListener:address and #GolfCaptureListener:port
 * (port 0 picks a free one, then readable from the property). A port in
 * use fails with %GOLF_CAPTURE_ERROR_ADDRESS_IN_USE; a port the system
 * reserves for privileged programs with
 * %GOLF_CAPTURE_ERROR_PERMISSION_DENIED, saying how to pick another.
 * Connections are served on the thread-default main context, which must
 * be the one the store was opened on.
 *
 * Returns: %TRUE when listening
 */
gboolean
golf_capture_listener_start (GolfCaptureListener  *self,
                             GError              **error)
{
  g_autoptr(GSocketService) service = NULL;
  g_autoptr(GInetAddress) inet_address = NULL;
  g_autoptr(GSocketAddress) socket_address = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) cause = NULL;

  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->service != NULL)
    return TRUE;

  if ((inet_address = g_inet_address_new_from_string (self->address)) == NULL)
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_INVALID_ADDRESS,
                   "“%s” is not an IP address; use 127.0.0.1 to record from this computer "
                   "only, or the address of one of its network interfaces", self->address);
      return FALSE;
    }

  if (!parse_forward (self, error))
    return FALSE;

  service = g_socket_service_new ();
  g_socket_listener_set_backlog (G_SOCKET_LISTENER (service), LISTEN_BACKLOG);
  socket_address = g_inet_socket_address_new (inet_address, self->port);
  if (!g_socket_listener_add_address (G_SOCKET_LISTENER (service), socket_address,
                                      G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                      NULL, &bound, &cause))
    return set_listen_error (self, cause, error);

  set_listening (self, service);
  _golf_capture_log (G_LOG_LEVEL_INFO, NULL, 0, "Listening for connectors on %s port %u",
                     self->address, g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  /* Port 0 asked for any free port: say which. */
  golf_capture_listener_set_port (self, g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  return TRUE;
}

/**
 * golf_capture_listener_stop:
 * @self: a #GolfCaptureListener
 *
 * Stops listening and closes every connection.
 */
void
golf_capture_listener_stop (GolfCaptureListener *self)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));

  set_listening (self, NULL);

  while (self->connections->len > 0)
    golf_capture_connection_close (g_ptr_array_index (self->connections, self->connections->len - 1),
                                   "Golf Lab stopped listening");
}

/**
 * golf_capture_listener_get_listening:
 * @self: a #GolfCaptureListener
 *
 * Returns: %TRUE between a successful golf_capture_listener_start() and
 *   golf_capture_listener_stop()
 */
gboolean
golf_capture_listener_get_listening (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), FALSE);

  return self->service != NULL;
}

/**
 * golf_capture_listener_get_address:
 * @self: a #GolfCaptureListener
 *
 * Returns: the IP address listened on, or to listen on at the next start
 */
const char *
golf_capture_listener_get_address (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), NULL);

  return self->address;
}

/**
 * golf_capture_listener_set_address:
 * @self: a #GolfCaptureListener
 * @address: (nullable): the IP address to listen on; %NULL for 127.0.0.1.
 *   Listening on other interfaces (say 0.0.0.0) is an explicit choice.
 *
 * Takes effect at the next golf_capture_listener_start().
 */
void
golf_capture_listener_set_address (GolfCaptureListener *self,
                                   const char          *address)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));

  if (address == NULL)
    address = GOLF_CAPTURE_DEFAULT_ADDRESS;

  if (set_str (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

/**
 * golf_capture_listener_get_port:
 * @self: a #GolfCaptureListener
 *
 * Returns: the TCP port; after a start on port 0, the one picked
 */
guint
golf_capture_listener_get_port (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), 0);

  return self->port;
}

/**
 * golf_capture_listener_set_port:
 * @self: a #GolfCaptureListener
 * @port: the TCP port, 0 for any free one
 *
 * Takes effect at the next golf_capture_listener_start().
 */
void
golf_capture_listener_set_port (GolfCaptureListener *self,
                                guint                port)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));
  g_return_if_fail (port <= G_MAXUINT16);

  if (self->port == port)
    return;

  self->port = port;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PORT]);
}

/**
 * golf_capture_listener_get_forward:
 * @self: a #GolfCaptureListener
 *
 * Returns: (nullable): the GSPro messages are passed on to, as HOST:PORT
 */
const char *
golf_capture_listener_get_forward (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), NULL);

  return self->forward;
}

/**
 * golf_capture_listener_set_forward:
 * @self: a #GolfCaptureListener
 * @host_and_port: (nullable): a real GSPro as HOST:PORT to pass every
 *   message on to, or %NULL to answer connectors alone
 *
 * Takes effect at the next golf_capture_listener_start().
 */
void
golf_capture_listener_set_forward (GolfCaptureListener *self,
                                   const char          *host_and_port)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));

  if (host_and_port != NULL && *host_and_port == '\0')
    host_and_port = NULL;

  if (set_str (&self->forward, host_and_port))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORWARD]);
}

/**
 * golf_capture_listener_get_club:
 * @self: a #GolfCaptureListener
 *
 * Returns: (nullable): the club in hand, as Golf Lab names it: the one
 *   set here, or the last one a connector or GSPro named
 */
const char *
golf_capture_listener_get_club (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), NULL);

  return self->club;
}

/* Tells connectors Golf Lab answers itself; GSPro tells the others. */
static void
send_player (GolfCaptureListener *self)
{
  g_autoptr(GBytes) answer = _golf_capture_listener_dup_player_answer (self);

  for (guint i = 0; i < self->connections->len; i++)
    {
      GolfCaptureConnection *connection = g_ptr_array_index (self->connections, i);

      if (!golf_capture_connection_is_relayed (connection))
        golf_capture_connection_send (connection, answer);
    }
}

gboolean
_golf_capture_listener_take_club (GolfCaptureListener *self,
                                  const char          *club)
{
  if (!set_str (&self->club, club))
    return FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUB]);
  return TRUE;
}

/**
 * golf_capture_listener_set_club:
 * @self: a #GolfCaptureListener
 * @club: (nullable): the club in the golfer's hand, as Golf Lab names it
 *   ("7 Iron"), or %NULL when unknown
 *
 * Shots that name no club of their own get this one. Connected connectors
 * are told with a 201 player message.
 */
void
golf_capture_listener_set_club (GolfCaptureListener *self,
                                const char          *club)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));

  if (club != NULL && *club == '\0')
    club = NULL;

  if (_golf_capture_listener_take_club (self, club))
    send_player (self);
}

/**
 * golf_capture_listener_get_hand:
 * @self: a #GolfCaptureListener
 *
 * Returns: the golfer's hand, as connectors are told
 */
GolfHand
golf_capture_listener_get_hand (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), GOLF_HAND_RIGHT);

  return self->hand;
}

/**
 * golf_capture_listener_set_hand:
 * @self: a #GolfCaptureListener
 * @hand: the golfer's hand
 *
 * Connected connectors are told with a 201 player message.
 */
void
golf_capture_listener_set_hand (GolfCaptureListener *self,
                                GolfHand             hand)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));

  if (self->hand == hand)
    return;

  self->hand = hand;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAND]);
  send_player (self);
}

/**
 * golf_capture_listener_get_player_id:
 * @self: a #GolfCaptureListener
 *
 * Returns: the player whose live sessions shots go to, 0 for the default
 */
gint64
golf_capture_listener_get_player_id (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), 0);

  return self->player_id;
}

/**
 * golf_capture_listener_set_player_id:
 * @self: a #GolfCaptureListener
 * @player_id: the player whose shots arrive (a #GolfPlayer id), 0 for the
 *   default player
 *
 * Shots from now on go to that player's live sessions, and the hand
 * becomes the player's (connectors are told).
 */
void
golf_capture_listener_set_player_id (GolfCaptureListener *self,
                                     gint64               player_id)
{
  GolfPlayer *player;

  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));
  g_return_if_fail (player_id >= 0);

  if (self->player_id == player_id)
    return;

  self->player_id = player_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYER_ID]);

  player = golf_store_find_player_by_id (golf_capture_listener_get_store (self),
                                         player_id > 0 ? player_id : GOLF_PLAYER_DEFAULT_ID);
  if (player != NULL)
    golf_capture_listener_set_hand (self, golf_player_get_hand (player));
}

/**
 * golf_capture_listener_get_max_connections:
 * @self: a #GolfCaptureListener
 *
 * Returns: how many connectors may be connected at once
 */
guint
golf_capture_listener_get_max_connections (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), 0);

  return self->max_connections;
}

/**
 * golf_capture_listener_set_max_connections:
 * @self: a #GolfCaptureListener
 * @max_connections: how many connectors may be connected at once; more
 *   are answered 503 and closed, with a warning in the log
 */
void
golf_capture_listener_set_max_connections (GolfCaptureListener *self,
                                           guint                max_connections)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));
  g_return_if_fail (max_connections > 0);

  if (self->max_connections == max_connections)
    return;

  self->max_connections = max_connections;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_CONNECTIONS]);
}

/**
 * golf_capture_listener_get_partial_timeout:
 * @self: a #GolfCaptureListener
 *
 * Returns: how long, in milliseconds, a message may take to arrive whole
 */
guint
golf_capture_listener_get_partial_timeout (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), 0);

  return self->partial_timeout_ms;
}

/**
 * golf_capture_listener_set_partial_timeout:
 * @self: a #GolfCaptureListener
 * @timeout_ms: how long, in milliseconds, a message may take to arrive
 *   whole once it began; a connection that stalls longer is closed
 *
 * Applies to connections accepted from now on.
 */
void
golf_capture_listener_set_partial_timeout (GolfCaptureListener *self,
                                           guint                timeout_ms)
{
  g_return_if_fail (GOLF_IS_CAPTURE_LISTENER (self));
  g_return_if_fail (timeout_ms > 0);

  if (self->partial_timeout_ms == timeout_ms)
    return;

  self->partial_timeout_ms = timeout_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTIAL_TIMEOUT]);
}

/**
 * golf_capture_listener_get_connection_count:
 * @self: a #GolfCaptureListener
 *
 * Returns: how many connectors are connected
 */
guint
golf_capture_listener_get_connection_count (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), 0);

  return self->connections->len;
}

/**
 * golf_capture_listener_get_live_session_id:
 * @self: a #GolfCaptureListener
 *
 * Returns: (nullable): the session the newest shot went to, for a
 *   dashboard to follow (golf_store_find_session())
 */
const char *
golf_capture_listener_get_live_session_id (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), NULL);

  return self->live_session_id;
}

/**
 * golf_capture_listener_get_last_shot_id:
 * @self: a #GolfCaptureListener
 *
 * Returns: (nullable): the newest stored shot, for charts to highlight
 */
const char *
golf_capture_listener_get_last_shot_id (GolfCaptureListener *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_LISTENER (self), NULL);

  return self->last_shot_id;
}

/* A shot stored: the properties a dashboard follows, then the signal. */
void
_golf_capture_listener_shot_stored (GolfCaptureListener *self,
                                    GolfShot            *shot)
{
  if (set_str (&self->live_session_id, golf_shot_get_session_id (shot)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIVE_SESSION_ID]);
  set_str (&self->last_shot_id, golf_shot_get_id (shot));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_SHOT_ID]);
  g_signal_emit (self, signals[SHOT_RECEIVED], 0, shot);
}

/* A connection saying goodbye no longer counts. */
void
_golf_capture_listener_closing (GolfCaptureListener   *self,
                                GolfCaptureConnection *connection)
{
  guint index;

  if (!g_ptr_array_find (self->connections, connection, &index))
    return;

  g_ptr_array_add (self->closing, g_ptr_array_steal_index (self->connections, index));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTION_COUNT]);
}

void
_golf_capture_listener_remove (GolfCaptureListener   *self,
                               GolfCaptureConnection *connection)
{
  _golf_capture_listener_closing (self, connection);
  g_ptr_array_remove (self->closing, connection);
}

/* What a real GSPro told its connector: the club picked there counts. */
void
_golf_capture_listener_take_player (GolfCaptureListener *self,
                                    GolfHand             hand,
                                    const char          *club)
{
  if (club != NULL)
    _golf_capture_listener_take_club (self, club);

  if (self->hand != hand)
    {
      self->hand = hand;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAND]);
    }
}

GBytes *
_golf_capture_listener_dup_player_answer (GolfCaptureListener *self)
{
  return golf_capture_player_answer_new (self->hand, self->club);
}
