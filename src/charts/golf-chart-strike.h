/* golf-chart-strike.h: where the ball met the club face
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart.h"

G_BEGIN_DECLS

void  golf_chart_strike_draw     (cairo_t                *cr,
                                  double                  width,
                                  double                  height,
                                  const GolfChartInput   *input,
                                  const GolfChartPalette *palette);
int   golf_chart_strike_find_row (double                  width,
                                  double                  height,
                                  const GolfChartInput   *input,
                                  const GolfChartPalette *palette,
                                  double                  x,
                                  double                  y);
char *golf_chart_strike_describe (const GolfChartInput   *input);

G_END_DECLS
