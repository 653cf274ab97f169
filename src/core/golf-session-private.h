/* golf-session-private.h: what the store and the worker change on a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-session.h"

G_BEGIN_DECLS

void _golf_session_set_metrics       (GolfSession        *self,
                                      GolfSessionMetrics *metrics);
void _golf_session_set_metrics_stale (GolfSession        *self,
                                      gboolean            stale);
void _golf_session_set_metrics_error (GolfSession        *self,
                                      const char         *message);
gint64 _golf_session_get_revision    (GolfSession        *self);
void _golf_session_set_revision      (GolfSession        *self,
                                      gint64              revision);

G_END_DECLS
