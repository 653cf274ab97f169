/* golf-chart-dplane.h: face-to-path against club path, the D-plane's quadrants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart.h"

G_BEGIN_DECLS

void        golf_chart_dplane_draw          (cairo_t                *cr,
                                             double                  width,
                                             double                  height,
                                             const GolfChartInput   *input,
                                             const GolfChartPalette *palette);
int         golf_chart_dplane_find_row      (double                  width,
                                             double                  height,
                                             const GolfChartInput   *input,
                                             const GolfChartPalette *palette,
                                             double                  x,
                                             double                  y);
char       *golf_chart_dplane_describe      (const GolfChartInput   *input);
const char *golf_chart_dplane_quadrant_name (double                  club_path,
                                             double                  face_to_path,
                                             GolfHand                hand);

G_END_DECLS
