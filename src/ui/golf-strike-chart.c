/* golf-strike-chart.c: the chart of where the ball met the club face, on screen
 *
 * The drawing is golf_chart_strike_draw(), which the PDF report calls too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-strike-chart"

#include "config.h"

#include "golf-chart-strike.h"
#include "golf-strike-chart.h"

struct _GolfStrikeChart
{
  GolfChartView parent_instance;
};

G_DEFINE_FINAL_TYPE (GolfStrikeChart, golf_strike_chart, GOLF_TYPE_CHART_VIEW)

static void
golf_strike_chart_class_init (GolfStrikeChartClass *klass)
{
  GolfChartViewClass *chart_class = GOLF_CHART_VIEW_CLASS (klass);

  chart_class->draw = golf_chart_strike_draw;
  chart_class->find_row = golf_chart_strike_find_row;
  chart_class->describe = golf_chart_strike_describe;
}

static void
golf_strike_chart_init (GolfStrikeChart *self)
{
}

/**
 * golf_strike_chart_new:
 *
 * Returns: (transfer floating): a chart; give it a dashboard model
 */
GtkWidget *
golf_strike_chart_new (void)
{
  return g_object_new (GOLF_TYPE_STRIKE_CHART, NULL);
}
