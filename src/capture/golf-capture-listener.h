/* golf-capture-listener.h: records shots from launch-monitor connectors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-capture-error.h"
#include "golf-store.h"

G_BEGIN_DECLS

/* The port GSPro listens on, which connectors send to unless told otherwise. */
#define GOLF_CAPTURE_DEFAULT_PORT 921
#define GOLF_CAPTURE_DEFAULT_ADDRESS "127.0.0.1"

#define GOLF_TYPE_CAPTURE_LISTENER (golf_capture_listener_get_type ())

G_DECLARE_FINAL_TYPE (GolfCaptureListener, golf_capture_listener, GOLF, CAPTURE_LISTENER, GObject)

GolfCaptureListener *golf_capture_listener_new                  (GolfStore           *store);
GolfStore           *golf_capture_listener_get_store            (GolfCaptureListener *self);
gboolean             golf_capture_listener_start                (GolfCaptureListener *self,
                                                                 GError             **error);
void                 golf_capture_listener_stop                 (GolfCaptureListener *self);
gboolean             golf_capture_listener_get_listening        (GolfCaptureListener *self);
const char          *golf_capture_listener_get_address          (GolfCaptureListener *self);
void                 golf_capture_listener_set_address          (GolfCaptureListener *self,
                                                                 const char          *address);
guint                golf_capture_listener_get_port             (GolfCaptureListener *self);
void                 golf_capture_listener_set_port             (GolfCaptureListener *self,
                                                                 guint                port);
const char          *golf_capture_listener_get_forward          (GolfCaptureListener *self);
void                 golf_capture_listener_set_forward          (GolfCaptureListener *self,
                                                                 const char          *host_and_port);
const char          *golf_capture_listener_get_club             (GolfCaptureListener *self);
void                 golf_capture_listener_set_club             (GolfCaptureListener *self,
                                                                 const char          *club);
GolfHand             golf_capture_listener_get_hand             (GolfCaptureListener *self);
void                 golf_capture_listener_set_hand             (GolfCaptureListener *self,
                                                                 GolfHand             hand);
gint64               golf_capture_listener_get_player_id        (GolfCaptureListener *self);
void                 golf_capture_listener_set_player_id        (GolfCaptureListener *self,
                                                                 gint64               player_id);
guint                golf_capture_listener_get_max_connections  (GolfCaptureListener *self);
void                 golf_capture_listener_set_max_connections  (GolfCaptureListener *self,
                                                                 guint                max_connections);
guint                golf_capture_listener_get_partial_timeout  (GolfCaptureListener *self);
void                 golf_capture_listener_set_partial_timeout  (GolfCaptureListener *self,
                                                                 guint                timeout_ms);
guint                golf_capture_listener_get_connection_count (GolfCaptureListener *self);
const char          *golf_capture_listener_get_live_session_id  (GolfCaptureListener *self);
const char          *golf_capture_listener_get_last_shot_id     (GolfCaptureListener *self);

G_END_DECLS
