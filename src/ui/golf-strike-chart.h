/* golf-strike-chart.h: the chart of where the ball met the club face
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart-view.h"

G_BEGIN_DECLS

#define GOLF_TYPE_STRIKE_CHART (golf_strike_chart_get_type ())

G_DECLARE_FINAL_TYPE (GolfStrikeChart, golf_strike_chart, GOLF, STRIKE_CHART, GolfChartView)

GtkWidget *golf_strike_chart_new (void);

G_END_DECLS
