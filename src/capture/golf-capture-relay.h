/* golf-capture-relay.h: a connector's messages passed on to a real GSPro
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * GolfCaptureRelayState:
 * @GOLF_CAPTURE_RELAY_CONNECTING: connecting to GSPro; messages wait
 * @GOLF_CAPTURE_RELAY_UP: messages go to GSPro, and its answers come back
 * @GOLF_CAPTURE_RELAY_DOWN: GSPro cannot be reached; Golf Lab answers
 */
typedef enum
{
  GOLF_CAPTURE_RELAY_CONNECTING,
  GOLF_CAPTURE_RELAY_UP,
  GOLF_CAPTURE_RELAY_DOWN,
} GolfCaptureRelayState;

#define GOLF_TYPE_CAPTURE_RELAY (golf_capture_relay_get_type ())

G_DECLARE_FINAL_TYPE (GolfCaptureRelay, golf_capture_relay, GOLF, CAPTURE_RELAY, GObject)

GolfCaptureRelay      *golf_capture_relay_new       (GSocketConnectable *gspro,
                                                     const char         *peer,
                                                     guint               connection_id);
void                   golf_capture_relay_connect   (GolfCaptureRelay   *self);
gboolean               golf_capture_relay_send      (GolfCaptureRelay   *self,
                                                     GBytes             *message,
                                                     GBytes             *fallback);
GolfCaptureRelayState  golf_capture_relay_get_state (GolfCaptureRelay   *self);
void                   golf_capture_relay_close     (GolfCaptureRelay   *self);

G_END_DECLS
