/* golf-chart-view.h: a chart on screen, drawn by a GTK-free chart function
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-format.h"
#include "golf-chart.h"
#include "golf-dashboard-model.h"

G_BEGIN_DECLS

#define GOLF_TYPE_CHART_VIEW (golf_chart_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (GolfChartView, golf_chart_view, GOLF, CHART_VIEW, GtkWidget)

/**
 * GolfChartViewClass:
 * @draw: draws the chart (one of the golf_chart_*_draw() functions)
 * @find_row: the shot drawn at a point, or -1
 * @describe: the chart in words, for screen readers
 *
 * Each chart widget hands its drawing function to the view, which feeds it
 * the analytics, the units and a palette from the widget's style.
 */
struct _GolfChartViewClass
{
  GtkWidgetClass parent_class;

  void  (*draw)     (cairo_t                *cr,
                     double                  width,
                     double                  height,
                     const GolfChartInput   *input,
                     const GolfChartPalette *palette);
  int   (*find_row) (double                  width,
                     double                  height,
                     const GolfChartInput   *input,
                     const GolfChartPalette *palette,
                     double                  x,
                     double                  y);
  char *(*describe) (const GolfChartInput   *input);
};

void                golf_chart_palette_init_for_widget (GolfChartPalette *palette,
                                                  GtkWidget          *widget);
GolfDashboardModel *golf_chart_view_get_model    (GolfChartView      *self);
void                golf_chart_view_set_model    (GolfChartView      *self,
                                                  GolfDashboardModel *model);
GolfUnits           golf_chart_view_get_units (GolfChartView      *self);
void                golf_chart_view_set_units (GolfChartView      *self,
                                                  GolfUnits            units);
char               *golf_chart_view_dup_shot_text (GolfChartView     *self,
                                                  double              x,
                                                  double              y);
char               *golf_chart_view_dup_description (GolfChartView    *self);
guint               golf_chart_view_get_n_shown  (GolfChartView      *self);
guint               golf_chart_view_get_n_draws  (GolfChartView      *self);

G_END_DECLS
