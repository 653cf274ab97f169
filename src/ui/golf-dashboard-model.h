/* golf-dashboard-model.h: the selected club's numbers, kept current off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-dashboard-data.h"
#include "golf-session.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_DASHBOARD_MODEL (golf_dashboard_model_get_type ())

G_DECLARE_FINAL_TYPE (GolfDashboardModel, golf_dashboard_model, GOLF, DASHBOARD_MODEL, GObject)

GolfDashboardModel *golf_dashboard_model_new          (GolfStore          *store);
GolfStore          *golf_dashboard_model_get_store    (GolfDashboardModel *self);
GolfSession        *golf_dashboard_model_get_session  (GolfDashboardModel *self);
void                golf_dashboard_model_set_session  (GolfDashboardModel *self,
                                                       GolfSession        *session);
const char         *golf_dashboard_model_get_club     (GolfDashboardModel *self);
void                golf_dashboard_model_set_club     (GolfDashboardModel *self,
                                                       const char         *club);
GolfHand            golf_dashboard_model_get_hand     (GolfDashboardModel *self);
void                golf_dashboard_model_set_hand     (GolfDashboardModel *self,
                                                       GolfHand            hand);
void                golf_dashboard_model_set_shape_thresholds (GolfDashboardModel        *self,
                                                       const GolfShapeThresholds *clubs,
                                                       const GolfShapeThresholds *wedges);
const char         *golf_dashboard_model_get_highlight_shot (GolfDashboardModel *self);
void                golf_dashboard_model_set_highlight_shot (GolfDashboardModel *self,
                                                       const char         *shot_id);
const char         *golf_dashboard_model_get_tag      (GolfDashboardModel *self);
void                golf_dashboard_model_set_tag      (GolfDashboardModel *self,
                                                       const char         *tag);
GHashTable         *golf_dashboard_model_get_tagged_shots (GolfDashboardModel *self);
GolfDashboardData  *golf_dashboard_model_get_data     (GolfDashboardModel *self);
const GolfClubSummary *golf_dashboard_model_get_summary (GolfDashboardModel *self);
GListModel         *golf_dashboard_model_get_clubs    (GolfDashboardModel *self);
gboolean            golf_dashboard_model_get_busy     (GolfDashboardModel *self);
guint               golf_dashboard_model_get_n_computed (GolfDashboardModel *self);
char               *golf_dashboard_model_dup_shot_name (GolfDashboardModel *self,
                                                       guint               row);

G_END_DECLS
