/* golf-trends-page.h: a number over months, and two sessions side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-format.h"
#include "golf-session.h"
#include "golf-store.h"
#include "golf-trend-index.h"

G_BEGIN_DECLS

#define GOLF_TYPE_TRENDS_PAGE (golf_trends_page_get_type ())

G_DECLARE_FINAL_TYPE (GolfTrendsPage, golf_trends_page, GOLF, TRENDS_PAGE, GtkWidget)

void            golf_trends_page_set_store      (GolfTrendsPage *self,
                                                 GolfStore      *store);
GolfTrendIndex *golf_trends_page_get_index      (GolfTrendsPage *self);
GolfSession    *golf_trends_page_get_session    (GolfTrendsPage *self);
void            golf_trends_page_set_session    (GolfTrendsPage *self,
                                                 GolfSession    *session);
GolfUnits       golf_trends_page_get_units      (GolfTrendsPage *self);
void            golf_trends_page_set_units      (GolfTrendsPage *self,
                                                 GolfUnits       units);
GolfTrend      *golf_trends_page_get_trend      (GolfTrendsPage *self);
void            golf_trends_page_set_metric     (GolfTrendsPage *self,
                                                 GolfShotMetric  metric);
void            golf_trends_page_set_club       (GolfTrendsPage *self,
                                                 const char     *club);
void            golf_trends_page_set_range      (GolfTrendsPage *self,
                                                 const char     *from,
                                                 const char     *to);
gboolean        golf_trends_page_compare        (GolfTrendsPage *self,
                                                 const char     *session_a,
                                                 const char     *session_b);
gboolean        golf_trends_page_get_comparing  (GolfTrendsPage *self);

G_END_DECLS
