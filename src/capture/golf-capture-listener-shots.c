/* golf-capture-listener-shots.c: what the listener does with a message
 *
 * Shots go to the recorder, which stores them; the listener answers 200,
 * or 500 with the reason when the store refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include "golf-capture-listener-private.h"
#include "golf-capture-private.h"
#include "golf-capture-recorder.h"

#define CODE_SHOT_RECEIVED 200
#define CODE_NOT_STORED 500

static GDateTime *
dup_now (GolfCaptureListener *self)
{
  if (self->clock != NULL)
    return g_date_time_ref (self->clock);

  return g_date_time_new_now_local ();
}

static void
log_refused_values (GolfCaptureConnection    *connection,
                    const GolfCaptureMessage *message,
                    GolfShot                 *shot)
{
  g_autoptr(GString) names = g_string_new (NULL);

  if (message->refused->len == 0)
    return;

  for (guint i = 0; i < message->refused->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (message->refused, i));

  _golf_capture_log (G_LOG_LEVEL_MESSAGE, golf_capture_connection_get_peer (connection),
                     golf_capture_connection_get_id (connection),
                     "Shot %s was stored without values no golf shot can have: %s",
                     golf_shot_get_id (shot), names->str);
}

static GBytes *
record_shot (GolfCaptureListener      *self,
             GolfCaptureConnection    *connection,
             const GolfCaptureMessage *message)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;

  if (!golf_capture_recorder_record (self->recorder, message, self->club, self->player_id,
                                     now, &shot, &error))
    {
      g_autofree char *text = g_strdup_printf ("Golf Lab could not store shot %" G_GINT64_FORMAT
                                               ": %s", message->shot_number, error->message);

      _golf_capture_log (G_LOG_LEVEL_WARNING, golf_capture_connection_get_peer (connection),
                         golf_capture_connection_get_id (connection), "%s", text);
      return golf_capture_answer_new (CODE_NOT_STORED, text);
    }

  if (shot != NULL)
    {
      log_refused_values (connection, message, shot);
      _golf_capture_listener_shot_stored (self, shot);
    }

  return golf_capture_answer_new (CODE_SHOT_RECEIVED, "Shot received successfully");
}

/*
 * _golf_capture_listener_receive:
 * @self: a #GolfCaptureListener
 * @connection: the connection the message came on
 * @message: a message a connector sent
 *
 * Stores shots; takes the club a connector names.
 *
 * Returns: (transfer full) (nullable): Golf Lab's answer (200 for a shot,
 *   500 when it could not be stored), %NULL when a message needs none
 */
GBytes *
_golf_capture_listener_receive (GolfCaptureListener      *self,
                                GolfCaptureConnection    *connection,
                                const GolfCaptureMessage *message)
{
  if (message->club != NULL)
    _golf_capture_listener_take_club (self, message->club);

  if (message->kind != GOLF_CAPTURE_MESSAGE_SHOT)
    return NULL;

  return record_shot (self, connection, message);
}

void
_golf_capture_listener_set_clock (GolfCaptureListener *self,
                                  GDateTime           *now)
{
  g_clear_pointer (&self->clock, g_date_time_unref);
  if (now != NULL)
    self->clock = g_date_time_ref (now);
}
