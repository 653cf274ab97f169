/* golf-chart-dispersion.c: carry against lateral, a colour per club
 *
 * Seen from above the range: the target line runs up the middle, carry
 * grows upwards, left of target is left. Shots that count are filled
 * dots, shots set aside hollow ones; each club with three shots or more
 * gets the 95% ellipse of the analytics (dashed below ten shots, when its
 * axes are not yet stable).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "golf-chart-dispersion.h"
#include "golf-chart-frame-private.h"

#define ELLIPSE_STEPS 64

static double
to_display (const GolfChartInput *input,
            double                metres)
{
  return golf_units_to_display (input->units, GOLF_UNIT_DISTANCE, metres);
}

static gboolean
shows_club (const GolfChartInput     *input,
            const GolfDispersionClub *club)
{
  return club->n >= GOLF_DISPERSION_MIN_SHOTS && isfinite (club->ellipse_major) &&
         (input->club == NULL || strcmp (input->club, club->club) == 0);
}

/* The point @t of a club's ellipse, in (lateral, carry) metres: the major
 * axis leans @ellipse_angle degrees from the target line to the right. */
static void
ellipse_point (const GolfDispersionClub *club,
               double                    t,
               double                   *lateral,
               double                   *carry)
{
  double angle = club->ellipse_angle * G_PI / 180.0;
  double a = club->ellipse_major * cos (t);
  double b = club->ellipse_minor * sin (t);

  *lateral = club->mean_lateral + a * sin (angle) + b * cos (angle);
  *carry = club->mean_carry + a * cos (angle) - b * sin (angle);
}

static gboolean
landing_point (const GolfChartInput   *input,
               const GolfShotTableRow *row,
               double                 *x,
               double                 *y)
{
  if (!isfinite (row->carry) || !isfinite (row->side_distance))
    return FALSE;

  *x = to_display (input, row->side_distance);
  *y = to_display (input, row->carry);
  return TRUE;
}

/* The data's extent in display units: lateral symmetric about the target,
 * carry from 0 for every club, around the club's shots for one. */
static void
data_range (const GolfChartInput *input,
            GolfChartPlot        *plot)
{
  double min_lateral, max_lateral, min_carry, max_carry;

  _golf_chart_points_range (input, landing_point, &min_lateral, &max_lateral, &min_carry, &max_carry);

  if (input->dispersion != NULL)
    for (guint c = 0; c < golf_dispersion_get_n_clubs (input->dispersion); c++)
      {
        const GolfDispersionClub *club = golf_dispersion_get_club (input->dispersion, c);

        for (guint i = 0; shows_club (input, club) && i < ELLIPSE_STEPS; i++)
          {
            double x, y;

            ellipse_point (club, 2 * G_PI * i / ELLIPSE_STEPS, &x, &y);
            min_lateral = MIN (min_lateral, to_display (input, x));
            max_lateral = MAX (max_lateral, to_display (input, x));
            min_carry = MIN (min_carry, to_display (input, y));
            max_carry = MAX (max_carry, to_display (input, y));
          }
      }

  plot->xmin = 1.05 * min_lateral;
  plot->xmax = 1.05 * max_lateral;
  plot->ymin = input->club == NULL ? 0 : min_carry - 0.05 * (max_carry - min_carry);
  plot->ymax = max_carry + 0.05 * (max_carry - min_carry);

  _golf_chart_nice_range (&plot->xmin, &plot->xmax, TRUE);
  _golf_chart_nice_range (&plot->ymin, &plot->ymax, FALSE);
  plot->ymin = MAX (plot->ymin, 0);
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

  data_range (input, plot);
  _golf_chart_place_plot (cr, palette, width, height, top, plot);
}

static void
draw_target_line (cairo_t                *cr,
                  const GolfChartPalette *palette,
                  const GolfChartPlot    *plot)
{
  static const double dashes[] = { 6.0, 4.0 };
  double x = round (_golf_chart_px (plot, 0)) + 0.5;

  cairo_save (cr);
  _golf_chart_set_color (cr, &palette->target, 1.0);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, x, plot->y);
  cairo_line_to (cr, x, plot->y + plot->height);
  cairo_stroke (cr);
  cairo_restore (cr);

  _golf_chart_set_color (cr, &palette->target, 1.0);
  _golf_chart_text (cr, palette, _("Target"), GOLF_CHART_TEXT_SMALL, x + 4, plot->y + 2, 0.0, 0.0);
}

static void
draw_ellipses (cairo_t                *cr,
               const GolfChartInput   *input,
               const GolfChartPalette *palette,
               const GolfChartPlot    *plot)
{
  static const double dashes[] = { 5.0, 4.0 };

  if (input->dispersion == NULL)
    return;

  for (guint c = 0; c < golf_dispersion_get_n_clubs (input->dispersion); c++)
    {
      const GolfDispersionClub *club = golf_dispersion_get_club (input->dispersion, c);
      const GolfChartColor *color = &palette->clubs[golf_chart_input_club_color (input, club->club)];

      if (!shows_club (input, club))
        continue;

      cairo_new_path (cr);
      for (guint i = 0; i <= ELLIPSE_STEPS; i++)
        {
          double lateral, carry;

          ellipse_point (club, 2 * G_PI * i / ELLIPSE_STEPS, &lateral, &carry);
          cairo_line_to (cr,
                         _golf_chart_px (plot, to_display (input, lateral)),
                         _golf_chart_py (plot, to_display (input, carry)));
        }
      cairo_close_path (cr);

      _golf_chart_set_color (cr, color, 0.12);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_set_line_width (cr, 2.0);
      if (!club->stable)
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      _golf_chart_set_color (cr, color, 0.9);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

/**
 * golf_chart_dispersion_draw:
 * @cr: where to draw
 * @width: the width to fill, in the units of @cr
 * @height: the height to fill
 * @input: the shots, which count, and the clubs' ellipses
 * @palette: the colours
 *
 * Draws the dispersion chart: a legend of the clubs, carry against
 * lateral with axes in the chosen units, the target line, every shot and
 * each club's 95% ellipse.
 */
void
golf_chart_dispersion_draw (cairo_t                *cr,
                            double                  width,
                            double                  height,
                            const GolfChartInput   *input,
                            const GolfChartPalette *palette)
{
  GolfChartPlot plot;
  g_autofree char *x_title = NULL;
  g_autofree char *y_title = NULL;
  const char *unit;

  g_return_if_fail (cr != NULL && palette != NULL);

  if (!_golf_chart_start (cr, width, height, input, palette, place, landing_point, &plot))
    return;

  unit = golf_format_unit_symbol (GOLF_UNIT_DISTANCE, input->units);
  /* Translators: the dispersion chart's axes; %s is a unit */
  x_title = g_strdup_printf (_("← Left   Lateral (%s)   Right →"), unit);
  y_title = g_strdup_printf (_("Carry (%s)"), unit);

  _golf_chart_axes (cr, palette, &plot, x_title, y_title);
  draw_target_line (cr, palette, &plot);
  draw_ellipses (cr, input, palette, &plot);
  _golf_chart_draw_dots (cr, input, palette, &plot, landing_point);

  cairo_restore (cr);
}

/**
 * golf_chart_dispersion_find_row:
 * @width: the chart's width
 * @height: its height
 * @input: what it shows
 * @palette: its colours (its font places the plot)
 * @x: a point on the chart
 * @y: a point on the chart
 *
 * Returns: the table row of the shot drawn nearest to (@x, @y) within a
 *   few pixels, or -1
 */
int
golf_chart_dispersion_find_row (double                  width,
                                double                  height,
                                const GolfChartInput   *input,
                                const GolfChartPalette *palette,
                                double                  x,
                                double                  y)
{
  return _golf_chart_find_row (width, height, input, palette, place, landing_point, x, y);
}

/**
 * golf_chart_dispersion_describe:
 * @input: what the chart shows
 *
 * Returns: (transfer full): the chart in words, for a screen reader
 */
char *
golf_chart_dispersion_describe (const GolfChartInput *input)
{
  g_autoptr(GString) text = g_string_new (_("Dispersion chart: carry against lateral landing position."));
  const char *unit = golf_format_unit_symbol (GOLF_UNIT_DISTANCE, input != NULL ? input->units : GOLF_UNITS_IMPERIAL);

  if (input == NULL || input->dispersion == NULL || !_golf_chart_has_points (input, landing_point))
    return g_strdup (_("Dispersion chart: no shots to draw."));

  for (guint c = 0; c < golf_dispersion_get_n_clubs (input->dispersion); c++)
    {
      const GolfDispersionClub *club = golf_dispersion_get_club (input->dispersion, c);

      if (!shows_club (input, club))
        continue;

      g_string_append_c (text, ' ');
      /* Translators: one club in the dispersion chart's description:
       * "7 Iron: 24 shots, mean carry 150 yd, 95% within 12 yd left or right of their average line." */
      g_string_append_printf (text, ngettext ("%s: %u shot, mean carry %.0f %s, 95%% within %.0f %s left or right of the average line.",
                                              "%s: %u shots, mean carry %.0f %s, 95%% within %.0f %s left or right of their average line.",
                                              club->n),
                              club->club, club->n,
                              to_display (input, club->mean_carry), unit,
                              to_display (input, 1.96 * club->lateral_spread), unit);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
