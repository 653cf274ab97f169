/* golf-capture-outbox.h: writes queued on one socket, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _GolfCaptureOutbox GolfCaptureOutbox;

/**
 * GolfCaptureOutboxFunc:
 * @error: (nullable): why writing stopped, or %NULL when everything
 *   queued was written
 * @user_data: closure data
 *
 * Called on the main context when the outbox has drained or failed.
 */
typedef void (*GolfCaptureOutboxFunc) (const GError *error,
                                       gpointer      user_data);

GolfCaptureOutbox *golf_capture_outbox_new      (GOutputStream         *stream,
                                                 gsize                  max_queued,
                                                 GolfCaptureOutboxFunc  func,
                                                 gpointer               user_data);
void               golf_capture_outbox_free     (GolfCaptureOutbox     *self);
gboolean           golf_capture_outbox_send     (GolfCaptureOutbox     *self,
                                                 GBytes                *bytes);
gboolean           golf_capture_outbox_is_empty (GolfCaptureOutbox     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfCaptureOutbox, golf_capture_outbox_free)

G_END_DECLS
