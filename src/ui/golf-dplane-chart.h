/* golf-dplane-chart.h: the chart of face to path against club path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart-view.h"

G_BEGIN_DECLS

#define GOLF_TYPE_DPLANE_CHART (golf_dplane_chart_get_type ())

G_DECLARE_FINAL_TYPE (GolfDplaneChart, golf_dplane_chart, GOLF, DPLANE_CHART, GolfChartView)

GtkWidget *golf_dplane_chart_new (void);

G_END_DECLS
