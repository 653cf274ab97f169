/* golf-chart-dots.c: a dot per shot, shared by the scatter charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <math.h>

#include "golf-chart-frame-private.h"

#define DOT_RADIUS 3.5
#define HIT_RADIUS 8.0

/* Whether any shot on show can be drawn. */
gboolean
_golf_chart_has_points (const GolfChartInput *input,
                        GolfChartPointFunc    point)
{
  if (input == NULL || input->table == NULL)
    return FALSE;

  for (guint r = 0; r < golf_shot_table_get_n_rows (input->table); r++)
    {
      double x, y;

      if (golf_chart_input_shows_row (input, r) &&
          point (input, golf_shot_table_get_row (input->table, r), &x, &y))
        return TRUE;
    }

  return FALSE;
}

/* The extent of the shots on show, in the chart's units. */
void
_golf_chart_points_range (const GolfChartInput *input,
                          GolfChartPointFunc    point,
                          double               *xmin,
                          double               *xmax,
                          double               *ymin,
                          double               *ymax)
{
  *xmin = *ymin = G_MAXDOUBLE;
  *xmax = *ymax = -G_MAXDOUBLE;

  for (guint r = 0; r < golf_shot_table_get_n_rows (input->table); r++)
    {
      double x, y;

      if (!golf_chart_input_shows_row (input, r) ||
          !point (input, golf_shot_table_get_row (input->table, r), &x, &y))
        continue;

      *xmin = MIN (*xmin, x);
      *xmax = MAX (*xmax, x);
      *ymin = MIN (*ymin, y);
      *ymax = MAX (*ymax, y);
    }
}

/* One path per club and kind of dot, filled or stroked once: ten thousand
 * dots stay a handful of cairo calls. Shots that count are filled, shots
 * set aside hollow. */
void
_golf_chart_draw_dots (cairo_t                *cr,
                       const GolfChartInput   *input,
                       const GolfChartPalette *palette,
                       const GolfChartPlot    *plot,
                       GolfChartPointFunc      point)
{
  guint n_clubs = golf_shot_table_get_n_clubs (input->table);
  guint n_rows = golf_shot_table_get_n_rows (input->table);

  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height);
  cairo_clip (cr);
  cairo_set_line_width (cr, 1.3);

  for (guint c = 0; c < n_clubs; c++)
    {
      const char *club = golf_shot_table_get_club (input->table, c);
      const GolfChartColor *color = &palette->clubs[golf_chart_input_club_color (input, club)];

      for (int kept = 0; kept <= 1; kept++)
        {
          gboolean any = FALSE;

          for (guint r = 0; r < n_rows; r++)
            {
              const GolfShotTableRow *row = golf_shot_table_get_row (input->table, r);
              double x, y;

              if (row->club_index != c || !golf_chart_input_shows_row (input, r) ||
                  (input->kept != NULL && golf_kept_shots_is_kept (input->kept, r) != kept) ||
                  !point (input, row, &x, &y))
                continue;

              cairo_new_sub_path (cr);
              cairo_arc (cr, _golf_chart_px (plot, x), _golf_chart_py (plot, y), DOT_RADIUS, 0, 2 * G_PI);
              any = TRUE;
            }

          if (!any)
            continue;

          _golf_chart_set_color (cr, color, kept ? 0.85 : 0.6);
          if (kept)
            cairo_fill (cr);
          else
            cairo_stroke (cr);
        }
    }

  cairo_restore (cr);
}

/* The row drawn nearest to (@x, @y) within a few pixels, or -1. */
int
_golf_chart_nearest_row (const GolfChartInput *input,
                         const GolfChartPlot  *plot,
                         GolfChartPointFunc    point,
                         double                x,
                         double                y)
{
  double best = HIT_RADIUS * HIT_RADIUS;
  int found = -1;

  for (guint r = 0; r < golf_shot_table_get_n_rows (input->table); r++)
    {
      double px, py, dx, dy;

      if (!golf_chart_input_shows_row (input, r) ||
          !point (input, golf_shot_table_get_row (input->table, r), &px, &py))
        continue;

      dx = _golf_chart_px (plot, px) - x;
      dy = _golf_chart_py (plot, py) - y;
      if (dx * dx + dy * dy <= best)
        {
          best = dx * dx + dy * dy;
          found = r;
        }
    }

  return found;
}
