/* golf-dashboard-data.h: everything the dashboard shows of one session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-club-summary.h"
#include "golf-dispersion.h"
#include "golf-shot-shapes.h"

G_BEGIN_DECLS


typedef struct _GolfDashboardData GolfDashboardData;

#define GOLF_TYPE_DASHBOARD_DATA (golf_dashboard_data_get_type ())

GType                   golf_dashboard_data_get_type       (void) G_GNUC_CONST;
GolfDashboardData      *golf_dashboard_data_compute        (GolfShotTable           *table,
                                                            GolfHand                 hand,
                                                            const GolfShapeThresholds *clubs,
                                                            const GolfShapeThresholds *wedges);
GolfDashboardData      *golf_dashboard_data_ref            (GolfDashboardData       *self);
void                    golf_dashboard_data_unref          (GolfDashboardData       *self);
GolfShotTable          *golf_dashboard_data_get_table      (const GolfDashboardData *self);
GolfKeptShots          *golf_dashboard_data_get_kept       (const GolfDashboardData *self);
GolfGapping            *golf_dashboard_data_get_gapping    (const GolfDashboardData *self);
GolfDispersion         *golf_dashboard_data_get_dispersion (const GolfDashboardData *self);
GolfShotShapes         *golf_dashboard_data_get_shapes     (const GolfDashboardData *self);
guint                   golf_dashboard_data_get_n_clubs    (const GolfDashboardData *self);
const GolfClubSummary  *golf_dashboard_data_get_club       (const GolfDashboardData *self,
                                                            guint                    index);
const GolfClubSummary  *golf_dashboard_data_find_club      (const GolfDashboardData *self,
                                                            const char              *club);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfDashboardData, golf_dashboard_data_unref)

G_END_DECLS
