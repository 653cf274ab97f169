/* golf-capture-connection.h: one connector talking to Golf Lab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GOLF_TYPE_CAPTURE_CONNECTION (golf_capture_connection_get_type       ())

G_DECLARE_FINAL_TYPE (GolfCaptureConnection, golf_capture_connection, GOLF, CAPTURE_CONNECTION, GObject)

typedef struct _GolfCaptureListener GolfCaptureListener;

GolfCaptureConnection *golf_capture_connection_new            (GolfCaptureListener   *listener,
                                                               GSocketConnection     *socket_connection,
                                                               guint                  id,
                                                               guint                  partial_timeout_ms,
                                                               GSocketConnectable    *forward);
void                   golf_capture_connection_start          (GolfCaptureConnection *self);
void                   golf_capture_connection_refuse         (GolfCaptureConnection *self,
                                                               guint                  code,
                                                               const char            *reason);
void                   golf_capture_connection_close          (GolfCaptureConnection *self,
                                                               const char            *reason);
void                   golf_capture_connection_abort          (GolfCaptureConnection *self);
void                   golf_capture_connection_send           (GolfCaptureConnection *self,
                                                               GBytes                *bytes);
gboolean               golf_capture_connection_is_relayed     (GolfCaptureConnection *self);
const char            *golf_capture_connection_get_peer       (GolfCaptureConnection *self);
guint                  golf_capture_connection_get_id         (GolfCaptureConnection *self);
gint64                 golf_capture_connection_get_quiet_time (GolfCaptureConnection *self);
gboolean               golf_capture_connection_has_sent_message (GolfCaptureConnection *self);

G_END_DECLS
