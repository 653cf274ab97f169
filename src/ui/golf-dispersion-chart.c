/* golf-dispersion-chart.c: the chart of where the ball lands, per club, on screen
 *
 * The drawing is golf_chart_dispersion_draw(), which the PDF report calls too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dispersion-chart"

#include "config.h"

#include "golf-chart-dispersion.h"
#include "golf-dispersion-chart.h"

struct _GolfDispersionChart
{
  GolfChartView parent_instance;
};

G_DEFINE_FINAL_TYPE (GolfDispersionChart, golf_dispersion_chart, GOLF_TYPE_CHART_VIEW)

static void
golf_dispersion_chart_class_init (GolfDispersionChartClass *klass)
{
  GolfChartViewClass *chart_class = GOLF_CHART_VIEW_CLASS (klass);

  chart_class->draw = golf_chart_dispersion_draw;
  chart_class->find_row = golf_chart_dispersion_find_row;
  chart_class->describe = golf_chart_dispersion_describe;
}

static void
golf_dispersion_chart_init (GolfDispersionChart *self)
{
}

/**
 * golf_dispersion_chart_new:
 *
 * Returns: (transfer floating): a chart; give it a dashboard model
 */
GtkWidget *
golf_dispersion_chart_new (void)
{
  return g_object_new (GOLF_TYPE_DISPERSION_CHART, NULL);
}
