/* golf-dispersion-chart.h: the chart of where the ball lands, per club
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart-view.h"

G_BEGIN_DECLS

#define GOLF_TYPE_DISPERSION_CHART (golf_dispersion_chart_get_type ())

G_DECLARE_FINAL_TYPE (GolfDispersionChart, golf_dispersion_chart, GOLF, DISPERSION_CHART, GolfChartView)

GtkWidget *golf_dispersion_chart_new (void);

G_END_DECLS
