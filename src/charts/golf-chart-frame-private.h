/* golf-chart-frame-private.h: axes, text, legends: what the charts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart.h"

G_BEGIN_DECLS

/* Where the data goes on the surface, and which values its edges are. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
  double xmin;
  double xmax;
  double ymin;
  double ymax;
} GolfChartPlot;

typedef enum
{
  GOLF_CHART_TEXT_NORMAL,
  GOLF_CHART_TEXT_BOLD,
  GOLF_CHART_TEXT_SMALL,
} GolfChartTextStyle;

double   _golf_chart_px               (const GolfChartPlot    *plot,
                                       double                  x);
double   _golf_chart_py               (const GolfChartPlot    *plot,
                                       double                  y);
void     _golf_chart_nice_range       (double                 *min,
                                       double                 *max,
                                       gboolean                symmetric);
void     _golf_chart_set_color        (cairo_t                *cr,
                                       const GolfChartColor   *color,
                                       double                  alpha);
void     _golf_chart_text_size        (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       const char             *text,
                                       GolfChartTextStyle      style,
                                       double                 *width,
                                       double                 *height);
void     _golf_chart_text             (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       const char             *text,
                                       GolfChartTextStyle      style,
                                       double                  x,
                                       double                  y,
                                       double                  xalign,
                                       double                  yalign);
void     _golf_chart_begin            (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       double                  width,
                                       double                  height);
void     _golf_chart_place_plot       (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       double                  width,
                                       double                  height,
                                       double                  top,
                                       GolfChartPlot          *plot);
void     _golf_chart_y_axis           (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       const GolfChartPlot    *plot,
                                       const char             *y_title);
void     _golf_chart_x_tick           (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       const GolfChartPlot    *plot,
                                       double                  x,
                                       const char             *label);
void     _golf_chart_x_title          (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       const GolfChartPlot    *plot,
                                       const char             *x_title);
void     _golf_chart_axes             (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       const GolfChartPlot    *plot,
                                       const char             *x_title,
                                       const char             *y_title);
double   _golf_chart_legend           (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       const GolfChartInput   *input,
                                       double                  width,
                                       gboolean                draw);
void     _golf_chart_empty            (cairo_t                *cr,
                                       const GolfChartPalette *palette,
                                       double                  width,
                                       double                  height,
                                       const char             *message);
/* Where a shot goes on a chart, in the chart's units; FALSE to leave it out. */
typedef gboolean (*GolfChartPointFunc) (const GolfChartInput   *input,
                                        const GolfShotTableRow *row,
                                        double                 *x,
                                        double                 *y);

/* Where a chart puts its plot, below @top (the legend), from the data it
 * shows. */
typedef void (*GolfChartPlaceFunc) (cairo_t                *cr,
                                    double                  width,
                                    double                  height,
                                    double                  top,
                                    const GolfChartInput   *input,
                                    const GolfChartPalette *palette,
                                    GolfChartPlot          *plot);

gboolean _golf_chart_next_point       (const GolfChartInput   *input,
                                       GolfChartPointFunc      point,
                                       guint                  *row,
                                       double                 *x,
                                       double                 *y);
gboolean _golf_chart_has_points       (const GolfChartInput   *input,
                                       GolfChartPointFunc      point);
gboolean _golf_chart_start            (cairo_t                *cr,
                                       double                  width,
                                       double                  height,
                                       const GolfChartInput   *input,
                                       const GolfChartPalette *palette,
                                       GolfChartPlaceFunc      place,
                                       GolfChartPointFunc      point,
                                       GolfChartPlot          *plot);
int      _golf_chart_find_row         (double                  width,
                                       double                  height,
                                       const GolfChartInput   *input,
                                       const GolfChartPalette *palette,
                                       GolfChartPlaceFunc      place,
                                       GolfChartPointFunc      point,
                                       double                  x,
                                       double                  y);
void     _golf_chart_points_range     (const GolfChartInput   *input,
                                       GolfChartPointFunc      point,
                                       double                 *xmin,
                                       double                 *xmax,
                                       double                 *ymin,
                                       double                 *ymax);
void     _golf_chart_draw_dots        (cairo_t                *cr,
                                       const GolfChartInput   *input,
                                       const GolfChartPalette *palette,
                                       const GolfChartPlot    *plot,
                                       GolfChartPointFunc      point);
int      _golf_chart_nearest_row      (const GolfChartInput   *input,
                                       const GolfChartPlot    *plot,
                                       GolfChartPointFunc      point,
                                       double                  x,
                                       double                  y);
cairo_t *_golf_chart_measuring_context (void);

G_END_DECLS
