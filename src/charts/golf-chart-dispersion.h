/* golf-chart-dispersion.h: where the ball lands, seen from above
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart.h"

G_BEGIN_DECLS

void  golf_chart_dispersion_draw     (cairo_t                *cr,
                                      double                  width,
                                      double                  height,
                                      const GolfChartInput   *input,
                                      const GolfChartPalette *palette);
int   golf_chart_dispersion_find_row (double                  width,
                                      double                  height,
                                      const GolfChartInput   *input,
                                      const GolfChartPalette *palette,
                                      double                  x,
                                      double                  y);
char *golf_chart_dispersion_describe (const GolfChartInput   *input);

G_END_DECLS
