/* golf-chart-trend.h: a number over sessions, with its trend line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart.h"
#include "golf-trend.h"

G_BEGIN_DECLS

/**
 * GolfChartTrendInput:
 * @trend: the points (one per session, by date) and their slope
 * @units: the units values show in
 * @highlight: (nullable): a session whose point stands out (the one on
 *   show in the window)
 *
 * What the trend chart draws; nothing is read from a store.
 */
typedef struct
{
  const GolfTrend *trend;
  GolfUnits        units;
  const char      *highlight;
} GolfChartTrendInput;

void  golf_chart_trend_draw       (cairo_t                   *cr,
                                   double                     width,
                                   double                     height,
                                   const GolfChartTrendInput *input,
                                   const GolfChartPalette    *palette);
int   golf_chart_trend_find_point (double                     width,
                                   double                     height,
                                   const GolfChartTrendInput *input,
                                   const GolfChartPalette    *palette,
                                   double                     x,
                                   double                     y);
char *golf_chart_trend_describe   (const GolfChartTrendInput *input);

G_END_DECLS
