/* golf-trend-chart.h: the trend line chart on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-format.h"
#include "golf-trend.h"

G_BEGIN_DECLS

#define GOLF_TYPE_TREND_CHART (golf_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (GolfTrendChart, golf_trend_chart, GOLF, TREND_CHART, GtkWidget)

GolfTrend  *golf_trend_chart_get_trend      (GolfTrendChart *self);
void        golf_trend_chart_set_trend      (GolfTrendChart *self,
                                             GolfTrend      *trend);
GolfUnits   golf_trend_chart_get_units      (GolfTrendChart *self);
void        golf_trend_chart_set_units      (GolfTrendChart *self,
                                             GolfUnits       units);
const char *golf_trend_chart_get_highlight  (GolfTrendChart *self);
void        golf_trend_chart_set_highlight  (GolfTrendChart *self,
                                             const char     *session_id);
char       *golf_trend_chart_dup_point_text (GolfTrendChart *self,
                                             double          x,
                                             double          y);
char       *golf_trend_chart_dup_description (GolfTrendChart *self);

G_END_DECLS
