/* golf-dplane-chart.c: the chart of face to path against club path, on screen
 *
 * The drawing is golf_chart_dplane_draw(), which the PDF report calls too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dplane-chart"

#include "config.h"

#include "golf-chart-dplane.h"
#include "golf-dplane-chart.h"

struct _GolfDplaneChart
{
  GolfChartView parent_instance;
};

G_DEFINE_FINAL_TYPE (GolfDplaneChart, golf_dplane_chart, GOLF_TYPE_CHART_VIEW)

static void
golf_dplane_chart_class_init (GolfDplaneChartClass *klass)
{
  GolfChartViewClass *chart_class = GOLF_CHART_VIEW_CLASS (klass);

  chart_class->draw = golf_chart_dplane_draw;
  chart_class->find_row = golf_chart_dplane_find_row;
  chart_class->describe = golf_chart_dplane_describe;
}

static void
golf_dplane_chart_init (GolfDplaneChart *self)
{
}

/**
 * golf_dplane_chart_new:
 *
 * Returns: (transfer floating): a chart; give it a dashboard model
 */
GtkWidget *
golf_dplane_chart_new (void)
{
  return g_object_new (GOLF_TYPE_DPLANE_CHART, NULL);
}
