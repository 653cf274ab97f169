/* golf-session-medians.h: each session's trend point for every club and metric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-metric.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

typedef struct _GolfSessionMedians GolfSessionMedians;

#define GOLF_TYPE_SESSION_MEDIANS (golf_session_medians_get_type ())

GType               golf_session_medians_get_type       (void) G_GNUC_CONST;
GolfSessionMedians *golf_session_medians_compute        (GolfShotTable            *table);
GolfSessionMedians *golf_session_medians_ref            (GolfSessionMedians       *self);
void                golf_session_medians_unref          (GolfSessionMedians       *self);
guint               golf_session_medians_get_n_sessions (const GolfSessionMedians *self);
const char         *golf_session_medians_get_session    (const GolfSessionMedians *self,
                                                         guint                     index);
guint               golf_session_medians_get_n_clubs    (const GolfSessionMedians *self);
const char         *golf_session_medians_get_club       (const GolfSessionMedians *self,
                                                         guint                     index);
gboolean            golf_session_medians_lookup         (const GolfSessionMedians *self,
                                                         const char               *session_id,
                                                         const char               *club,
                                                         GolfShotMetric            metric,
                                                         guint                    *n,
                                                         double                   *median);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfSessionMedians, golf_session_medians_unref)

G_END_DECLS
