/* golf-dashboard-page.h: the numbers of a session, in cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-format.h"
#include "golf-dashboard-model.h"
#include "golf-session.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_DASHBOARD_PAGE (golf_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (GolfDashboardPage, golf_dashboard_page, GOLF, DASHBOARD_PAGE, GtkWidget)

void         golf_dashboard_page_set_store    (GolfDashboardPage *self,
                                               GolfStore         *store);
GolfDashboardModel *golf_dashboard_page_get_model (GolfDashboardPage *self);
GolfSession *golf_dashboard_page_get_session  (GolfDashboardPage *self);
void         golf_dashboard_page_set_session  (GolfDashboardPage *self,
                                               GolfSession       *session);
GolfUnits    golf_dashboard_page_get_units (GolfDashboardPage *self);
void         golf_dashboard_page_set_units (GolfDashboardPage *self,
                                               GolfUnits           units);
GolfHand     golf_dashboard_page_get_hand     (GolfDashboardPage *self);
void         golf_dashboard_page_set_hand     (GolfDashboardPage *self,
                                               GolfHand           hand);

G_END_DECLS
