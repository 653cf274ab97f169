/* golf-session.h: a practice session and its live metrics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-types.h"
#include "golf-session-metrics.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SESSION (golf_session_get_type ())

G_DECLARE_FINAL_TYPE (GolfSession, golf_session, GOLF, SESSION, GObject)

GolfSession         *golf_session_new                (const char  *id);
const char          *golf_session_get_id             (GolfSession *self);
const char          *golf_session_get_date           (GolfSession *self);
void                 golf_session_set_date           (GolfSession *self,
                                                      const char  *date);
const char          *golf_session_get_session_type   (GolfSession *self);
void                 golf_session_set_session_type   (GolfSession *self,
                                                      const char  *session_type);
const char          *golf_session_get_notes          (GolfSession *self);
void                 golf_session_set_notes          (GolfSession *self,
                                                      const char  *notes);
const char          *golf_session_get_notes_updated_at (GolfSession *self);
void                 golf_session_set_notes_updated_at (GolfSession *self,
                                                      const char  *updated_at);
const char          *golf_session_get_name           (GolfSession *self);
void                 golf_session_set_name           (GolfSession *self,
                                                      const char  *name);
char                *golf_session_dup_title          (GolfSession *self);
gint64               golf_session_get_player_id      (GolfSession *self);
void                 golf_session_set_player_id      (GolfSession *self,
                                                      gint64       player_id);
GolfSessionMetrics  *golf_session_get_metrics        (GolfSession *self);
gboolean             golf_session_get_metrics_stale  (GolfSession *self);
const char          *golf_session_get_metrics_error  (GolfSession *self);
guint                golf_session_get_shot_count     (GolfSession *self);
const char          *golf_session_get_clubs_used     (GolfSession *self);
double               golf_session_get_metric         (GolfSession *self,
                                                      GolfMetric   metric);

G_END_DECLS
