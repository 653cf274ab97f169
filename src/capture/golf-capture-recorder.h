/* golf-capture-recorder.h: live shots into live sessions of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-capture-message.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_CAPTURE_RECORDER (golf_capture_recorder_get_type ())

G_DECLARE_FINAL_TYPE (GolfCaptureRecorder, golf_capture_recorder, GOLF, CAPTURE_RECORDER, GObject)

GolfCaptureRecorder *golf_capture_recorder_new        (GolfStore                 *store);
GolfStore           *golf_capture_recorder_get_store  (GolfCaptureRecorder       *self);
gboolean             golf_capture_recorder_record     (GolfCaptureRecorder       *self,
                                                       const GolfCaptureMessage  *message,
                                                       const char                *club,
                                                       gint64                     player_id,
                                                       GDateTime                 *when,
                                                       GolfShot                 **shot,
                                                       GError                   **error);
char                *golf_capture_session_id          (const char                *device,
                                                       gint64                     player_id,
                                                       GDateTime                 *when);
char                *golf_capture_device_name         (const char                *device_id);

G_END_DECLS
