/* golf-chart-strike.c: impact location on an outline of the club face
 *
 * Millimetres from the face centre, one scale on both axes so the face
 * keeps its shape: a driver's face is wider than an iron's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "golf-bag-order.h"
#include "golf-chart-frame-private.h"
#include "golf-chart-strike.h"

static gboolean
strike_point (const GolfChartInput   *input,
              const GolfShotTableRow *row,
              double                 *x,
              double                 *y)
{
  if (!isfinite (row->impact_x) || !isfinite (row->impact_y))
    return FALSE;

  *x = row->impact_x;
  *y = row->impact_y;
  return TRUE;
}

/* The face's size in mm, roughly, for the club on show. */
static void
face_size (const char *club,
           double     *width,
           double     *height)
{
  if (club != NULL && strcmp (club, "Driver") == 0)
    *width = 110, *height = 56;
  else if (club != NULL && (g_str_has_suffix (club, "Wood") || g_str_has_suffix (club, "Hybrid")))
    *width = 92, *height = 44;
  else if (club != NULL && (g_str_has_suffix (club, "Iron") || golf_club_is_wedge (club)))
    *width = 76, *height = 48;
  else
    *width = 100, *height = 52;
}

static void
place (cairo_t                *cr,
       double                  width,
       double                  height,
       double                  top,
       const GolfChartInput   *input,
       const GolfChartPalette *palette,
       GolfChartPlot          *plot)
{
  double face_width, face_height, x_extent, y_extent, mm_per_px;
  double xmin, xmax, ymin, ymax;

  face_size (input->club, &face_width, &face_height);
  _golf_chart_points_range (input, strike_point, &xmin, &xmax, &ymin, &ymax);
  x_extent = MAX (face_width * 0.6, 1.05 * MAX (fabs (xmin), fabs (xmax)));
  y_extent = MAX (face_height * 0.6, 1.05 * MAX (fabs (ymin), fabs (ymax)));

  _golf_chart_place_plot (cr, palette, width, height, top, plot);

  /* Widen whichever range is short, so a millimetre is as long both ways. */
  mm_per_px = MAX (2 * x_extent / plot->width, 2 * y_extent / plot->height);
  plot->xmax = mm_per_px * plot->width / 2;
  plot->xmin = -plot->xmax;
  plot->ymax = mm_per_px * plot->height / 2;
  plot->ymin = -plot->ymax;
}

/* A face: a rectangle with rounded corners. */
static void
draw_face (cairo_t                *cr,
           const GolfChartInput   *input,
           const GolfChartPalette *palette,
           const GolfChartPlot    *plot)
{
  double face_width, face_height;
  double left, right, top, bottom, radius;

  face_size (input->club, &face_width, &face_height);
  left = _golf_chart_px (plot, -face_width / 2);
  right = _golf_chart_px (plot, face_width / 2);
  top = _golf_chart_py (plot, face_height / 2);
  bottom = _golf_chart_py (plot, -face_height / 2);
  radius = (bottom - top) / 3;

  cairo_new_path (cr);
  cairo_arc (cr, right - radius, top + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, right - radius, bottom - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, left + radius, bottom - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, left + radius, top + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);

  _golf_chart_set_color (cr, &palette->grid, 1.2);
  cairo_fill_preserve (cr);
  _golf_chart_set_color (cr, &palette->foreground, 0.55);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);

  /* The centre of the face: where a strike loses nothing. */
  _golf_chart_set_color (cr, &palette->target, 1.0);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, _golf_chart_px (plot, 0) - 8, _golf_chart_py (plot, 0));
  cairo_line_to (cr, _golf_chart_px (plot, 0) + 8, _golf_chart_py (plot, 0));
  cairo_move_to (cr, _golf_chart_px (plot, 0), _golf_chart_py (plot, 0) - 8);
  cairo_line_to (cr, _golf_chart_px (plot, 0), _golf_chart_py (plot, 0) + 8);
  cairo_stroke (cr);
}

/**
 * golf_chart_strike_draw:
 * @cr: where to draw
 * @width: the width to fill
 * @height: the height to fill
 * @input: the shots and which count
 * @palette: the colours
 *
 * Draws where each shot met the face, on an outline of the face, in
 * millimetres from its centre.
 */
void
golf_chart_strike_draw (cairo_t                *cr,
                        double                  width,
                        double                  height,
                        const GolfChartInput   *input,
                        const GolfChartPalette *palette)
{
  GolfChartPlot plot;

  g_return_if_fail (cr != NULL && palette != NULL);

  if (!_golf_chart_start (cr, width, height, input, palette, place, strike_point, &plot))
    return;

  _golf_chart_axes (cr, palette, &plot, _("Across the face (mm)"), _("Up the face (mm)"));
  draw_face (cr, input, palette, &plot);
  _golf_chart_draw_dots (cr, input, palette, &plot, strike_point);

  cairo_restore (cr);
}

/**
 * golf_chart_strike_find_row:
 * @width: the chart's width
 * @height: its height
 * @input: what it shows
 * @palette: its colours (its font places the plot)
 * @x: a point on the chart
 * @y: a point on the chart
 *
 * Returns: the table row of the strike drawn nearest to (@x, @y), or -1
 */
int
golf_chart_strike_find_row (double                  width,
                            double                  height,
                            const GolfChartInput   *input,
                            const GolfChartPalette *palette,
                            double                  x,
                            double                  y)
{
  return _golf_chart_find_row (width, height, input, palette, place, strike_point, x, y);
}

/**
 * golf_chart_strike_describe:
 * @input: what the chart shows
 *
 * Returns: (transfer full): the chart in words: how far from the centre
 *   the ball met the face
 */
char *
golf_chart_strike_describe (const GolfChartInput *input)
{
  double total = 0, x, y;
  guint n = 0;

  if (_golf_chart_has_points (input, strike_point))
    for (guint r = 0; _golf_chart_next_point (input, strike_point, &r, &x, &y); r++)
      {
        total += hypot (x, y);
        n++;
      }

  if (n == 0)
    return g_strdup (_("Strike location on the club face: no strikes measured."));

  /* Translators: the strike chart's description */
  return g_strdup_printf (ngettext ("Strike location on the club face: %u strike, on average %.0f mm from the centre.",
                                    "Strike location on the club face: %u strikes, on average %.0f mm from the centre.",
                                    n),
                          n, total / n);
}
