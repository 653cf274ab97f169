/* golf-chart-frame.c: axes, ticks, text and legends for every chart
 *
 * Text goes through Pango on the cairo context, so a chart reads the same
 * on screen and in a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "golf-chart-frame-private.h"

#define MARGIN 10.0
#define TICK_GAP 6.0
#define N_TICKS 6

double
_golf_chart_px (const GolfChartPlot *plot,
                double               x)
{
  return plot->x + (x - plot->xmin) / (plot->xmax - plot->xmin) * plot->width;
}

double
_golf_chart_py (const GolfChartPlot *plot,
                double               y)
{
  return plot->y + plot->height - (y - plot->ymin) / (plot->ymax - plot->ymin) * plot->height;
}

/* 1, 2 or 5 times a power of ten, giving about N_TICKS ticks. */
static double
nice_step (double range)
{
  double rough = range / (N_TICKS - 1);
  double power = pow (10.0, floor (log10 (rough)));
  double fraction = rough / power;

  if (fraction <= 1.0)
    return power;
  if (fraction <= 2.0)
    return 2.0 * power;
  if (fraction <= 5.0)
    return 5.0 * power;

  return 10.0 * power;
}

/* Widens [min, max] to whole ticks; symmetric ranges centre on 0. */
void
_golf_chart_nice_range (double   *min,
                        double   *max,
                        gboolean  symmetric)
{
  double step;

  if (!isfinite (*min) || !isfinite (*max))
    {
      *min = symmetric ? -1.0 : 0.0;
      *max = 1.0;
    }

  if (symmetric)
    {
      double extent = MAX (fabs (*min), fabs (*max));

      *min = -extent;
      *max = extent;
    }

  if (*max - *min < 1e-9)
    {
      *min -= 1.0;
      *max += 1.0;
    }

  step = nice_step (*max - *min);
  *min = floor (*min / step) * step;
  *max = ceil (*max / step) * step;
}

void
_golf_chart_set_color (cairo_t              *cr,
                       const GolfChartColor *color,
                       double                alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* One layout per text style, kept on the cairo context for the length of
 * a drawing: a chart writes some fifty labels. */
typedef struct
{
  PangoLayout *layouts[GOLF_CHART_TEXT_SMALL + 1];
} TextCache;

static const cairo_user_data_key_t text_cache_key;

static void
text_cache_free (gpointer data)
{
  TextCache *cache = data;

  for (guint i = 0; i < G_N_ELEMENTS (cache->layouts); i++)
    g_clear_object (&cache->layouts[i]);
  g_free (cache);
}

static PangoLayout *
get_layout (cairo_t                *cr,
            const GolfChartPalette *palette,
            const char             *text,
            GolfChartTextStyle      style)
{
  TextCache *cache = cairo_get_user_data (cr, &text_cache_key);
  PangoLayout *layout;

  if (cache == NULL)
    {
      cache = g_new0 (TextCache, 1);
      cairo_set_user_data (cr, &text_cache_key, cache, text_cache_free);
    }

  if ((layout = cache->layouts[style]) == NULL)
    {
      PangoFontDescription *font = pango_font_description_new ();
      double size = palette->font_size * (style == GOLF_CHART_TEXT_SMALL ? 0.85 : 1.0);

      layout = cache->layouts[style] = pango_cairo_create_layout (cr);
      pango_font_description_set_family (font, palette->font_family != NULL ? palette->font_family : "Sans");
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      if (style == GOLF_CHART_TEXT_BOLD)
        pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
    }
  else
    {
      /* The context may have been moved or turned since. */
      pango_cairo_update_layout (cr, layout);
    }

  pango_layout_set_text (layout, text, -1);

  return layout;
}

void
_golf_chart_text_size (cairo_t                *cr,
                       const GolfChartPalette *palette,
                       const char             *text,
                       GolfChartTextStyle      style,
                       double                 *width,
                       double                 *height)
{
  PangoLayout *layout = get_layout (cr, palette, text, style);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/* Draws @text with its box at (@x, @y) moved by (@xalign, @yalign) of its
 * size: 0.5, 0.5 centres it there. */
void
_golf_chart_text (cairo_t                *cr,
                  const GolfChartPalette *palette,
                  const char             *text,
                  GolfChartTextStyle      style,
                  double                  x,
                  double                  y,
                  double                  xalign,
                  double                  yalign)
{
  PangoLayout *layout = get_layout (cr, palette, text, style);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - xalign * w, y - yalign * h);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

void
_golf_chart_begin (cairo_t                *cr,
                   const GolfChartPalette *palette,
                   double                  width,
                   double                  height)
{
  if (palette->background.alpha > 0)
    {
      _golf_chart_set_color (cr, &palette->background, 1.0);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
}

/* The plot area under @top, with room for tick labels and axis titles. */
void
_golf_chart_place_plot (cairo_t                *cr,
                        const GolfChartPalette *palette,
                        double                  width,
                        double                  height,
                        double                  top,
                        GolfChartPlot          *plot)
{
  double label_width, label_height;

  _golf_chart_text_size (cr, palette, "−888", GOLF_CHART_TEXT_SMALL, &label_width, &label_height);

  plot->x = MARGIN + label_height + TICK_GAP + label_width + TICK_GAP;
  plot->y = top + MARGIN;
  plot->width = MAX (1.0, width - plot->x - MARGIN - label_width / 2);
  plot->height = MAX (1.0, height - plot->y - MARGIN - 2 * label_height - 2 * TICK_GAP);
}

/* As many decimals as the step between ticks needs. */
static char *
tick_label (double value,
            double step)
{
  return golf_format_number (value, step >= 1.0 ? 0 : (int)ceil (-log10 (step)));
}

/* Horizontal grid lines, the frame, the value of each and the title
 * along the left side. */
void
_golf_chart_y_axis (cairo_t                *cr,
                    const GolfChartPalette *palette,
                    const GolfChartPlot    *plot,
                    const char             *y_title)
{
  double y_step = nice_step (plot->ymax - plot->ymin);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  _golf_chart_set_color (cr, &palette->grid, 1.0);
  for (double y = ceil (plot->ymin / y_step) * y_step; y <= plot->ymax + y_step / 1000; y += y_step)
    {
      double py = round (_golf_chart_py (plot, y)) + 0.5;

      cairo_move_to (cr, plot->x, py);
      cairo_line_to (cr, plot->x + plot->width, py);
    }
  cairo_stroke (cr);

  _golf_chart_set_color (cr, &palette->foreground, 0.45);
  cairo_rectangle (cr, round (plot->x) + 0.5, round (plot->y) + 0.5, round (plot->width), round (plot->height));
  cairo_stroke (cr);
  cairo_restore (cr);

  _golf_chart_set_color (cr, &palette->foreground, 0.75);
  for (double y = ceil (plot->ymin / y_step) * y_step; y <= plot->ymax + y_step / 1000; y += y_step)
    {
      g_autofree char *label = tick_label (y, y_step);

      _golf_chart_text (cr, palette, label, GOLF_CHART_TEXT_SMALL,
                        plot->x - TICK_GAP, _golf_chart_py (plot, y), 1.0, 0.5);
    }

  _golf_chart_set_color (cr, &palette->foreground, 1.0);
  cairo_save (cr);
  cairo_translate (cr, MARGIN, plot->y + plot->height / 2);
  cairo_rotate (cr, -G_PI / 2);
  _golf_chart_text (cr, palette, y_title, GOLF_CHART_TEXT_SMALL, 0, 0, 0.5, 0.0);
  cairo_restore (cr);
}

/* A vertical grid line at @x, its label under the plot. */
void
_golf_chart_x_tick (cairo_t                *cr,
                    const GolfChartPalette *palette,
                    const GolfChartPlot    *plot,
                    double                  x,
                    const char             *label)
{
  double px = round (_golf_chart_px (plot, x)) + 0.5;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  _golf_chart_set_color (cr, &palette->grid, 1.0);
  cairo_move_to (cr, px, plot->y);
  cairo_line_to (cr, px, plot->y + plot->height);
  cairo_stroke (cr);
  cairo_restore (cr);

  _golf_chart_set_color (cr, &palette->foreground, 0.75);
  _golf_chart_text (cr, palette, label, GOLF_CHART_TEXT_SMALL,
                    _golf_chart_px (plot, x), plot->y + plot->height + TICK_GAP, 0.5, 0.0);
}

/* The title under the x tick labels. */
void
_golf_chart_x_title (cairo_t                *cr,
                     const GolfChartPalette *palette,
                     const GolfChartPlot    *plot,
                     const char             *x_title)
{
  double label_height;

  _golf_chart_text_size (cr, palette, "8", GOLF_CHART_TEXT_SMALL, NULL, &label_height);
  _golf_chart_set_color (cr, &palette->foreground, 1.0);
  _golf_chart_text (cr, palette, x_title, GOLF_CHART_TEXT_SMALL,
                    plot->x + plot->width / 2, plot->y + plot->height + TICK_GAP + label_height + TICK_GAP / 2,
                    0.5, 0.0);
}

void
_golf_chart_axes (cairo_t                *cr,
                  const GolfChartPalette *palette,
                  const GolfChartPlot    *plot,
                  const char             *x_title,
                  const char             *y_title)
{
  double x_step = nice_step (plot->xmax - plot->xmin);

  for (double x = ceil (plot->xmin / x_step) * x_step; x <= plot->xmax + x_step / 1000; x += x_step)
    {
      g_autofree char *label = tick_label (x, x_step);

      _golf_chart_x_tick (cr, palette, plot, x, label);
    }
  _golf_chart_y_axis (cr, palette, plot, y_title);
  _golf_chart_x_title (cr, palette, plot, x_title);
}

/* A swatch and a name for each club on show; returns the height used.
 * With @draw %FALSE it only measures. */
double
_golf_chart_legend (cairo_t                *cr,
                    const GolfChartPalette *palette,
                    const GolfChartInput   *input,
                    double                  width,
                    gboolean                draw)
{
  double x = MARGIN, y = MARGIN, row_height = 0;

  if (input->clubs == NULL)
    return 0;

  for (guint i = 0; input->clubs[i] != NULL; i++)
    {
      const char *club = input->clubs[i];
      double text_width, text_height, item_width;

      if (input->club != NULL && strcmp (input->club, club) != 0)
        continue;

      _golf_chart_text_size (cr, palette, club, GOLF_CHART_TEXT_SMALL, &text_width, &text_height);
      item_width = text_height + 4 + text_width + 14;
      row_height = text_height;
      if (x + item_width > width - MARGIN && x > MARGIN)
        {
          x = MARGIN;
          y += text_height + 4;
        }

      if (!draw)
        {
          x += item_width;
          continue;
        }

      _golf_chart_set_color (cr, &palette->clubs[golf_chart_input_club_color (input, club)], 1.0);
      cairo_arc (cr, x + text_height / 2, y + text_height / 2, text_height / 3, 0, 2 * G_PI);
      cairo_fill (cr);
      _golf_chart_set_color (cr, &palette->foreground, 0.85);
      _golf_chart_text (cr, palette, club, GOLF_CHART_TEXT_SMALL, x + text_height + 4, y, 0.0, 0.0);
      x += item_width;
    }

  return row_height > 0 ? y + row_height : 0;
}

void
_golf_chart_empty (cairo_t                *cr,
                   const GolfChartPalette *palette,
                   double                  width,
                   double                  height,
                   const char             *message)
{
  _golf_chart_set_color (cr, &palette->foreground, 0.55);
  _golf_chart_text (cr, palette, message, GOLF_CHART_TEXT_NORMAL, width / 2, height / 2, 0.5, 0.5);
}

/* A context to measure text on, for hit tests done outside a drawing. */
cairo_t *
_golf_chart_measuring_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);

  return cr;
}
