/* golf-chart-trend.c: a number over sessions, with its trend line
 *
 * One point per session at its date (the median the analytics give it),
 * joined by a thin line, and the least-squares line through them, whose
 * slope is the trend's. Dates run along the bottom, a tick a month, a
 * quarter or a year apart depending on the span; the values in the
 * golfer's units up the side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-chart-frame-private.h"
#include "golf-chart-trend.h"

#define DOT_RADIUS 4.0
#define MAX_DATE_TICKS 7

static double
point_day (const GolfTrendPoint *point)
{
  guint32 day = 0;

  golf_date_parse (point->date, &day);
  return day;
}

static double
point_value (const GolfChartTrendInput *input,
             const GolfTrendPoint      *point)
{
  GolfUnit unit = golf_shot_metric_get_unit (golf_trend_get_metric (input->trend));

  return golf_units_to_display (input->units, unit, point->value);
}

static gboolean
has_points (const GolfChartTrendInput *input)
{
  return input != NULL && input->trend != NULL && golf_trend_get_n (input->trend) > 0;
}

/* Where the points go: the dates across, the values up, with a little
 * room around them. */
static void
place (cairo_t                   *cr,
       double                     width,
       double                     height,
       const GolfChartTrendInput *input,
       const GolfChartPalette    *palette,
       GolfChartPlot             *plot)
{
  guint n = golf_trend_get_n (input->trend);
  double first = point_day (golf_trend_get_point (input->trend, 0));
  double last = point_day (golf_trend_get_point (input->trend, n - 1));
  double pad = MAX ((last - first) * 0.04, 3.0);

  plot->xmin = first - pad;
  plot->xmax = last + pad;
  plot->ymin = INFINITY;
  plot->ymax = -INFINITY;
  for (guint i = 0; i < n; i++)
    {
      double value = point_value (input, golf_trend_get_point (input->trend, i));

      plot->ymin = MIN (plot->ymin, value);
      plot->ymax = MAX (plot->ymax, value);
    }
  _golf_chart_nice_range (&plot->ymin, &plot->ymax, FALSE);
  _golf_chart_place_plot (cr, palette, width, height, 0, plot);
}

/* Months between ticks: 1, 2, 3, 6, then whole years; 0 when the dates
 * span too little for a tick a month. */
static guint
month_step (double days)
{
  static const guint steps[] = { 1, 2, 3, 6, 12, 24, 60, 120 };

  if (days < 3 * 30.44)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (days / (30.44 * steps[i]) <= MAX_DATE_TICKS)
      return steps[i];

  return 240;
}

static void
draw_tick (cairo_t                *cr,
           const GolfChartPalette *palette,
           const GolfChartPlot    *plot,
           const GDate            *date,
           const char             *format)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                   g_date_get_day (date), 0, 0, 0);
  g_autofree char *label = g_date_time_format (when, format);

  _golf_chart_x_tick (cr, palette, plot, g_date_get_julian (date), label);
}

/* A few weeks: a tick every day, two days or a week. */
static void
draw_day_ticks (cairo_t                *cr,
                const GolfChartPalette *palette,
                const GolfChartPlot    *plot)
{
  double span = plot->xmax - plot->xmin;
  guint step = span <= MAX_DATE_TICKS ? 1 : span <= 2 * MAX_DATE_TICKS ? 2 : span <= 7 * MAX_DATE_TICKS ? 7 : 14;

  for (double day = ceil (plot->xmin); day <= plot->xmax; day += step)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, (guint32) MAX (1.0, day));
      /* Translators: a day on the trend chart's axis, see the GLib docs of
       * g_date_time_format(): "24 Nov" */
      /* xgettext:no-c-format */
      draw_tick (cr, palette, plot, &date, _("%-d %b"));
    }
}

static void
draw_date_ticks (cairo_t                *cr,
                 const GolfChartPalette *palette,
                 const GolfChartPlot    *plot)
{
  guint step = month_step (plot->xmax - plot->xmin);
  GDate date;
  guint month_index;

  if (step == 0)
    {
      draw_day_ticks (cr, palette, plot);
      return;
    }

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) MAX (1.0, ceil (plot->xmin)));
  /* The first whole month on the axis, then the first one on a step
   * (January for years). */
  month_index = g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
  if (g_date_get_day (&date) != 1)
    month_index++;
  month_index = (month_index + step - 1) / step * step;

  for (;; month_index += step)
    {
      GDate tick;

      g_date_clear (&tick, 1);
      g_date_set_dmy (&tick, 1, month_index % 12 + 1, month_index / 12);
      if (g_date_get_julian (&tick) > plot->xmax)
        break;

      /* Translators: a date on the trend chart's axis, see the GLib
       * docs of g_date_time_format(): "Mar 2026"; a year alone when
       * the ticks are a year apart */
      /* xgettext:no-c-format */
      draw_tick (cr, palette, plot, &tick, step >= 12 ? _("%Y") : _("%b %Y"));
    }
}

/* The least-squares line, through the mean of the points. */
static void
draw_trend_line (cairo_t                   *cr,
                 const GolfChartTrendInput *input,
                 const GolfChartPalette    *palette,
                 const GolfChartPlot       *plot)
{
  GolfUnit unit = golf_shot_metric_get_unit (golf_trend_get_metric (input->trend));
  double slope = golf_trend_get_slope_per_30_days (input->trend);
  guint n = golf_trend_get_n (input->trend);
  double mean_day = 0, mean_value = 0, per_day, first, last;

  if (!isfinite (slope))
    return;

  for (guint i = 0; i < n; i++)
    {
      mean_day += point_day (golf_trend_get_point (input->trend, i)) / n;
      mean_value += point_value (input, golf_trend_get_point (input->trend, i)) / n;
    }
  /* The slope is in SI units per 30 days; the conversions are linear. */
  per_day = golf_units_to_display (input->units, unit, slope) / 30.0;
  first = point_day (golf_trend_get_point (input->trend, 0));
  last = point_day (golf_trend_get_point (input->trend, n - 1));

  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height);
  cairo_clip (cr);
  _golf_chart_set_color (cr, &palette->clubs[2], 0.9);
  cairo_set_line_width (cr, 2.0);
  cairo_set_dash (cr, (const double[]) { 7.0, 5.0 }, 2, 0);
  cairo_move_to (cr, _golf_chart_px (plot, first), _golf_chart_py (plot, mean_value + per_day * (first - mean_day)));
  cairo_line_to (cr, _golf_chart_px (plot, last), _golf_chart_py (plot, mean_value + per_day * (last - mean_day)));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_points (cairo_t                   *cr,
             const GolfChartTrendInput *input,
             const GolfChartPalette    *palette,
             const GolfChartPlot       *plot)
{
  guint n = golf_trend_get_n (input->trend);

  _golf_chart_set_color (cr, &palette->clubs[0], 0.55);
  cairo_set_line_width (cr, 1.5);
  for (guint i = 0; i < n; i++)
    {
      const GolfTrendPoint *point = golf_trend_get_point (input->trend, i);
      double x = _golf_chart_px (plot, point_day (point)), y = _golf_chart_py (plot, point_value (input, point));

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      const GolfTrendPoint *point = golf_trend_get_point (input->trend, i);
      double x = _golf_chart_px (plot, point_day (point)), y = _golf_chart_py (plot, point_value (input, point));
      gboolean highlighted = g_strcmp0 (point->session_id, input->highlight) == 0;

      _golf_chart_set_color (cr, &palette->clubs[0], 1.0);
      cairo_arc (cr, x, y, highlighted ? DOT_RADIUS * 1.6 : DOT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
      if (highlighted)
        {
          _golf_chart_set_color (cr, &palette->foreground, 1.0);
          cairo_set_line_width (cr, 2.0);
          cairo_arc (cr, x, y, DOT_RADIUS * 2.4, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }
}

static char *
axis_title (const GolfChartTrendInput *input)
{
  GolfShotMetric metric = golf_trend_get_metric (input->trend);
  const char *unit = golf_format_metric_unit (metric, input->units);

  if (unit[0] == '\0')
    return g_strdup (golf_format_metric_name (metric));

  /* Translators: an axis title, a number and its unit: "Carry (yd)" */
  return g_strdup_printf (_("%s (%s)"), golf_format_metric_name (metric), unit);
}

/**
 * golf_chart_trend_draw:
 * @cr: where to draw
 * @width: the width to fill
 * @height: the height to fill
 * @input: (nullable): the trend, the units and the session to highlight
 * @palette: the colours
 *
 * Draws the trend's points by date, joined, with the least-squares line.
 */
void
golf_chart_trend_draw (cairo_t                   *cr,
                       double                     width,
                       double                     height,
                       const GolfChartTrendInput *input,
                       const GolfChartPalette    *palette)
{
  g_autofree char *title = NULL;
  GolfChartPlot plot;

  g_return_if_fail (cr != NULL && palette != NULL);

  cairo_save (cr);
  _golf_chart_begin (cr, palette, width, height);
  if (!has_points (input))
    {
      _golf_chart_empty (cr, palette, width, height, _("No sessions with this number in the dates chosen"));
      cairo_restore (cr);
      return;
    }

  place (cr, width, height, input, palette, &plot);
  draw_date_ticks (cr, palette, &plot);
  title = axis_title (input);
  _golf_chart_y_axis (cr, palette, &plot, title);
  _golf_chart_x_title (cr, palette, &plot, _("Session date"));
  draw_trend_line (cr, input, palette, &plot);
  draw_points (cr, input, palette, &plot);
  cairo_restore (cr);
}

/**
 * golf_chart_trend_find_point:
 * @width: the chart's width
 * @height: its height
 * @input: what it shows
 * @palette: its colours (its font places the plot)
 * @x: a point on the chart
 * @y: a point on the chart
 *
 * Returns: the index of the trend point drawn nearest to (@x, @y) within a
 *   few pixels, or -1
 */
int
golf_chart_trend_find_point (double                     width,
                             double                     height,
                             const GolfChartTrendInput *input,
                             const GolfChartPalette    *palette,
                             double                     x,
                             double                     y)
{
  double best = (3 * DOT_RADIUS) * (3 * DOT_RADIUS);
  cairo_t *cr;
  GolfChartPlot plot;
  int found = -1;

  if (!has_points (input))
    return -1;

  cr = _golf_chart_measuring_context ();
  place (cr, width, height, input, palette, &plot);
  cairo_destroy (cr);

  for (guint i = 0; i < golf_trend_get_n (input->trend); i++)
    {
      const GolfTrendPoint *point = golf_trend_get_point (input->trend, i);
      double dx = _golf_chart_px (&plot, point_day (point)) - x;
      double dy = _golf_chart_py (&plot, point_value (input, point)) - y;

      if (dx * dx + dy * dy <= best)
        {
          best = dx * dx + dy * dy;
          found = i;
        }
    }

  return found;
}

/**
 * golf_chart_trend_describe:
 * @input: (nullable): what the chart shows
 *
 * Returns: (transfer full): the chart in words, for screen readers:
 *   "Carry over 14 sessions, from Thu 1 Jan 2026 to …; +4.2 yd per month"
 */
char *
golf_chart_trend_describe (const GolfChartTrendInput *input)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *slope = NULL;
  guint n;

  if (!has_points (input))
    return g_strdup (_("No sessions with this number in the dates chosen."));

  n = golf_trend_get_n (input->trend);
  from = golf_format_date (golf_trend_get_point (input->trend, 0)->date);
  to = golf_format_date (golf_trend_get_point (input->trend, n - 1)->date);
  slope = golf_format_trend_slope (input->trend, input->units);

  /* Translators: the trend chart in words: "Carry over 14 sessions, from
   * Thu 1 Jan 2026 to Fri 20 Mar 2026; +4.2 yd per month" */
  return g_strdup_printf (ngettext ("%s over %u session, from %s to %s; %s",
                                    "%s over %u sessions, from %s to %s; %s", n),
                          golf_format_metric_name (golf_trend_get_metric (input->trend)), n, from, to,
                          slope[0] != '\0' ? slope : golf_format_effect (GOLF_EFFECT_UNKNOWN));
}
