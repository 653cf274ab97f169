/* golf-chart-dplane.c: face-to-path against club path
 *
 * The D-plane in a picture: the club path across, the face's angle to
 * that path up. The four quadrants are named for the golfer's hand: for a
 * right-handed golfer a path to the right is in-to-out and a face open to
 * the path (positive) fades the ball; for a left-handed golfer both names
 * turn round.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-chart-dplane.h"
#include "golf-chart-frame-private.h"

/* Smaller ranges would make every shot look wild. */
#define MIN_EXTENT 4.0

static gboolean
dplane_point (const GolfChartInput   *input,
              const GolfShotTableRow *row,
              double                 *x,
              double                 *y)
{
  if (!isfinite (row->club_path) || !isfinite (row->face_angle))
    return FALSE;

  *x = row->club_path;
  *y = row->face_angle - row->club_path;
  return TRUE;
}

/**
 * golf_chart_dplane_quadrant_name:
 * @club_path: degrees, + to the right
 * @face_to_path: degrees, + face right of the path
 * @hand: the golfer's hand
 *
 * Returns: (transfer none): what a shot in that quadrant does, for that
 *   hand: "In-to-out, draws", "Out-to-in, fades", ...
 */
const char *
golf_chart_dplane_quadrant_name (double   club_path,
                                 double   face_to_path,
                                 GolfHand hand)
{
  gboolean right_handed = hand == GOLF_HAND_RIGHT;
  gboolean in_to_out = (club_path > 0) == right_handed;
  gboolean fades = (face_to_path > 0) == right_handed;

  if (in_to_out)
    return fades ? _("In-to-out, fades") : _("In-to-out, draws");

  return fades ? _("Out-to-in, fades") : _("Out-to-in, draws");
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
  double extent;

  _golf_chart_points_range (input, dplane_point, &plot->xmin, &plot->xmax, &plot->ymin, &plot->ymax);
  extent = MAX (MAX (fabs (plot->xmin), fabs (plot->xmax)), MAX (fabs (plot->ymin), fabs (plot->ymax)));
  extent = MAX (extent * 1.05, MIN_EXTENT);

  /* One scale on both axes: a degree is a degree. */
  plot->xmin = plot->ymin = -extent;
  plot->xmax = plot->ymax = extent;
  _golf_chart_nice_range (&plot->xmin, &plot->xmax, TRUE);
  _golf_chart_nice_range (&plot->ymin, &plot->ymax, TRUE);
  _golf_chart_place_plot (cr, palette, width, height, top, plot);
}

static void
draw_quadrants (cairo_t                *cr,
                const GolfChartInput   *input,
                const GolfChartPalette *palette,
                const GolfChartPlot    *plot)
{
  double cx = round (_golf_chart_px (plot, 0)) + 0.5;
  double cy = round (_golf_chart_py (plot, 0)) + 0.5;
  static const int corners[][2] = { { 1, 1 }, { -1, 1 }, { -1, -1 }, { 1, -1 } };

  /* A faint wash on the quadrants where the ball curves right. */
  _golf_chart_set_color (cr, &palette->grid, 0.6);
  cairo_rectangle (cr, plot->x, plot->y, plot->width, cy - plot->y);
  cairo_fill (cr);

  _golf_chart_set_color (cr, &palette->foreground, 0.45);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, cx, plot->y);
  cairo_line_to (cr, cx, plot->y + plot->height);
  cairo_move_to (cr, plot->x, cy);
  cairo_line_to (cr, plot->x + plot->width, cy);
  cairo_stroke (cr);

  _golf_chart_set_color (cr, &palette->foreground, 0.6);
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      int sx = corners[i][0], sy = corners[i][1];

      _golf_chart_text (cr, palette,
                        golf_chart_dplane_quadrant_name (sx, sy, input->hand),
                        GOLF_CHART_TEXT_BOLD,
                        sx > 0 ? plot->x + plot->width - 6 : plot->x + 6,
                        sy > 0 ? plot->y + 4 : plot->y + plot->height - 4,
                        sx > 0 ? 1.0 : 0.0,
                        sy > 0 ? 0.0 : 1.0);
    }
}

/**
 * golf_chart_dplane_draw:
 * @cr: where to draw
 * @width: the width to fill
 * @height: the height to fill
 * @input: the shots, which count, and the golfer's hand
 * @palette: the colours
 *
 * Draws face-to-path against club path, one dot per shot, with the
 * quadrants named for the golfer's hand.
 */
void
golf_chart_dplane_draw (cairo_t                *cr,
                        double                  width,
                        double                  height,
                        const GolfChartInput   *input,
                        const GolfChartPalette *palette)
{
  GolfChartPlot plot;

  g_return_if_fail (cr != NULL && palette != NULL);

  if (!_golf_chart_start (cr, width, height, input, palette, place, dplane_point, &plot))
    return;

  draw_quadrants (cr, input, palette, &plot);
  _golf_chart_axes (cr, palette, &plot,
                    _("← Left   Club path (°)   Right →"),
                    _("Face to path (°)"));
  _golf_chart_draw_dots (cr, input, palette, &plot, dplane_point);

  cairo_restore (cr);
}

/**
 * golf_chart_dplane_find_row:
 * @width: the chart's width
 * @height: its height
 * @input: what it shows
 * @palette: its colours (its font places the plot)
 * @x: a point on the chart
 * @y: a point on the chart
 *
 * Returns: the table row of the shot drawn nearest to (@x, @y), or -1
 */
int
golf_chart_dplane_find_row (double                  width,
                            double                  height,
                            const GolfChartInput   *input,
                            const GolfChartPalette *palette,
                            double                  x,
                            double                  y)
{
  return _golf_chart_find_row (width, height, input, palette, place, dplane_point, x, y);
}

/**
 * golf_chart_dplane_describe:
 * @input: what the chart shows
 *
 * Returns: (transfer full): the chart in words: how many shots fall in
 *   each quadrant
 */
char *
golf_chart_dplane_describe (const GolfChartInput *input)
{
  g_autoptr(GString) text = NULL;
  guint counts[2][2] = { { 0 } };
  guint n = 0;
  double x, y;

  if (!_golf_chart_has_points (input, dplane_point))
    return g_strdup (_("Face to path against club path: no shots to draw."));

  for (guint r = 0; _golf_chart_next_point (input, dplane_point, &r, &x, &y); r++)
    {
      counts[x > 0][y > 0]++;
      n++;
    }

  /* Translators: the start of the D-plane chart's description */
  text = g_string_new (NULL);
  g_string_printf (text, ngettext ("Face to path against club path, %u shot:",
                                   "Face to path against club path, %u shots:", n), n);
  for (int sx = 0; sx <= 1; sx++)
    for (int sy = 0; sy <= 1; sy++)
      /* Translators: a quadrant and how many shots are in it: "In-to-out, draws: 12" */
      g_string_append_printf (text, _(" %s: %u;"),
                              golf_chart_dplane_quadrant_name (sx ? 1 : -1, sy ? 1 : -1, input->hand),
                              counts[sx][sy]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
