/* golf-chart-dots.c: a dot per shot, shared by the scatter charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-chart-frame-private.h"

#define DOT_RADIUS 3.5
#define HIT_RADIUS 8.0
#define HIGHLIGHT_RADIUS 9.0

/* Moves @row to the first row from there on whose shot is on show and has
 * a place on the chart, at (@x, @y); FALSE when none is left. */
gboolean
_golf_chart_next_point (const GolfChartInput *input,
                        GolfChartPointFunc    point,
                        guint                *row,
                        double               *x,
                        double               *y)
{
  for (; *row < golf_shot_table_get_n_rows (input->table); (*row)++)
    if (golf_chart_input_shows_row (input, *row) &&
        point (input, golf_shot_table_get_row (input->table, *row), x, y))
      return TRUE;

  return FALSE;
}

/* Whether any shot on show can be drawn. */
gboolean
_golf_chart_has_points (const GolfChartInput *input,
                        GolfChartPointFunc    point)
{
  guint r = 0;
  double x, y;

  return input != NULL && input->table != NULL && _golf_chart_next_point (input, point, &r, &x, &y);
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
  double x, y;

  *xmin = *ymin = G_MAXDOUBLE;
  *xmax = *ymax = -G_MAXDOUBLE;

  for (guint r = 0; _golf_chart_next_point (input, point, &r, &x, &y); r++)
    {
      *xmin = MIN (*xmin, x);
      *xmax = MAX (*xmax, x);
      *ymin = MIN (*ymin, y);
      *ymax = MAX (*ymax, y);
    }
}

/* Above this many dots they are stamped into a raster layer, which is as
 * fast for ten thousand as a path is for a few hundred; below it they stay
 * vector paths, sharp in a PDF. */
#define MAX_VECTOR_DOTS 500

typedef struct
{
  int      size;      /* the mask is size × size pixels */
  guint8  *filled;    /* coverage of a filled dot, 0–255 */
  guint8  *ring;      /* coverage of a hollow one */
  int     *spans;     /* per row: first and last column any mask covers */
} DotMasks;

static void
dot_masks_init (DotMasks *masks,
                double    scale)
{
  double radius = DOT_RADIUS * scale;
  double half_line = 0.65 * scale;
  double centre;

  masks->size = (int)ceil (2 * (radius + half_line + 1));
  centre = masks->size / 2.0;
  masks->filled = g_new (guint8, masks->size * masks->size);
  masks->ring = g_new (guint8, masks->size * masks->size);
  masks->spans = g_new (int, 2 * masks->size);

  for (int y = 0; y < masks->size; y++)
    {
      masks->spans[2 * y] = masks->size;
      masks->spans[2 * y + 1] = -1;

      for (int x = 0; x < masks->size; x++)
        {
          double d = hypot (x + 0.5 - centre, y + 0.5 - centre);
          guint8 filled = 255 * CLAMP (radius + 0.5 - d, 0.0, 1.0);
          guint8 ring = 255 * CLAMP (half_line + 0.5 - fabs (d - radius), 0.0, 1.0);

          masks->filled[y * masks->size + x] = filled;
          masks->ring[y * masks->size + x] = ring;
          if (filled != 0 || ring != 0)
            {
              masks->spans[2 * y] = MIN (masks->spans[2 * y], x);
              masks->spans[2 * y + 1] = x;
            }
        }
    }
}

static void
dot_masks_clear (DotMasks *masks)
{
  g_free (masks->filled);
  g_free (masks->ring);
  g_free (masks->spans);
}

/* One club's dot of one kind, ready to blend: per mask pixel, the
 * premultiplied colour it lays down and what it keeps of the pixel below
 * (255 − its alpha). */
typedef struct
{
  guint32 *color;
  guint8  *keep;
} Sprite;

static void
premultiply (const GolfChartColor *color,
             double                alpha,
             guint                 out[4])
{
  alpha *= color->alpha;
  out[0] = 255 * color->red * alpha + 0.5;
  out[1] = 255 * color->green * alpha + 0.5;
  out[2] = 255 * color->blue * alpha + 0.5;
  out[3] = 255 * alpha + 0.5;
}

static void
sprite_init (Sprite               *sprite,
             const DotMasks       *masks,
             const guint8         *mask,
             const GolfChartColor *color,
             double                alpha)
{
  int n = masks->size * masks->size;
  guint c[4];

  premultiply (color, alpha, c);
  sprite->color = g_new (guint32, n);
  sprite->keep = g_new (guint8, n);
  for (int i = 0; i < n; i++)
    {
      guint cover = mask[i];

      sprite->color[i] = ((cover * c[3] + 127) / 255) << 24 |
                         ((cover * c[0] + 127) / 255) << 16 |
                         ((cover * c[1] + 127) / 255) << 8 |
                         ((cover * c[2] + 127) / 255);
      sprite->keep[i] = 255 - (cover * c[3] + 127) / 255;
    }
}

static void
sprite_clear (Sprite *sprite)
{
  g_free (sprite->color);
  g_free (sprite->keep);
}

/* Blends one dot into an ARGB32 image, OVER, in integers: ten thousand
 * dots are a million pixels. Two channels at a time, each rounded to the
 * nearest as (x × keep + 127) / 255 would. */
static void
stamp (guint8         *data,
       int             stride,
       int             width,
       int             height,
       const DotMasks *masks,
       const Sprite   *sprite,
       int             left,
       int             top)
{
  int size = masks->size;

  for (int y = MAX (0, -top); y < size && top + y < height; y++)
    {
      guint32 *row = (guint32 *)(gpointer)(data + (top + y) * stride) + left;
      const guint32 *color = sprite->color + y * size;
      const guint8 *keep = sprite->keep + y * size;
      int last = MIN (masks->spans[2 * y + 1], width - 1 - left);

      for (int x = MAX (masks->spans[2 * y], -left); x <= last; x++)
        {
          guint32 pixel = row[x];
          guint32 k = keep[x];
          guint32 rb = (pixel & 0xff00ff) * k + 0x800080;
          guint32 ag = (pixel >> 8 & 0xff00ff) * k + 0x800080;

          rb = (rb + (rb >> 8 & 0xff00ff)) >> 8 & 0xff00ff;
          ag = (ag + (ag >> 8 & 0xff00ff)) & 0xff00ff00;
          row[x] = color[x] + (rb | ag);
        }
    }
}

/* A club's dots as sprites: filled (kept) and hollow. */
typedef struct
{
  gboolean shown;
  Sprite   filled;
  Sprite   hollow;
} ClubSprites;

static void
club_sprites_init (ClubSprites            *sprites,
                   const DotMasks         *masks,
                   const GolfChartInput   *input,
                   const GolfChartPalette *palette,
                   const char             *club)
{
  const GolfChartColor *color = &palette->clubs[golf_chart_input_club_color (input, club)];

  sprites->shown = input->club == NULL || g_strcmp0 (input->club, club) == 0;
  if (!sprites->shown)
    return;
  sprite_init (&sprites->filled, masks, masks->filled, color, 0.85);
  sprite_init (&sprites->hollow, masks, masks->ring, color, 0.6);
}

static void
club_sprites_clear (ClubSprites *sprites)
{
  if (!sprites->shown)
    return;
  sprite_clear (&sprites->filled);
  sprite_clear (&sprites->hollow);
}

static guint
count_dots (const GolfChartInput *input,
            GolfChartPointFunc    point)
{
  guint n = 0;
  double x, y;

  for (guint r = 0; n <= MAX_VECTOR_DOTS && _golf_chart_next_point (input, point, &r, &x, &y); r++)
    n++;

  return n;
}

static void
draw_dots_raster (cairo_t                *cr,
                  const GolfChartInput   *input,
                  const GolfChartPalette *palette,
                  const GolfChartPlot    *plot,
                  GolfChartPointFunc      point)
{
  double scale_x = 1, scale_y = 1, scale;
  cairo_surface_t *layer;
  ClubSprites *sprites;
  DotMasks masks;
  guint8 *data;
  guint n_clubs;
  int width, height, stride;

  cairo_surface_get_device_scale (cairo_get_target (cr), &scale_x, &scale_y);
  scale = MAX (scale_x, scale_y);
  width = (int)ceil (plot->width * scale);
  height = (int)ceil (plot->height * scale);
  layer = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_flush (layer);
  data = cairo_image_surface_get_data (layer);
  stride = cairo_image_surface_get_stride (layer);
  dot_masks_init (&masks, scale);

  /* Per club of the table, once: whether it shows and its dots. */
  n_clubs = golf_shot_table_get_n_clubs (input->table);
  sprites = g_new0 (ClubSprites, MAX (n_clubs, 1));
  for (guint c = 0; c < n_clubs; c++)
    club_sprites_init (&sprites[c], &masks, input, palette, golf_shot_table_get_club (input->table, c));

  /* Hollow dots first, so the shots that count sit on top. */
  for (int kept = 0; kept <= 1; kept++)
    for (guint r = 0; r < golf_shot_table_get_n_rows (input->table); r++)
      {
        const GolfShotTableRow *row = golf_shot_table_get_row (input->table, r);
        const ClubSprites *club = &sprites[row->club_index];
        double x, y;

        if (!club->shown ||
            (input->only_ids != NULL && !golf_chart_input_shows_row (input, r)) ||
            (input->kept != NULL && golf_kept_shots_is_kept (input->kept, r) != kept) ||
            !point (input, row, &x, &y))
          continue;

        stamp (data, stride, width, height, &masks, kept ? &club->filled : &club->hollow,
               (int)floor ((_golf_chart_px (plot, x) - plot->x) * scale - masks.size / 2.0 + 0.5),
               (int)floor ((_golf_chart_py (plot, y) - plot->y) * scale - masks.size / 2.0 + 0.5));
      }
  for (guint c = 0; c < n_clubs; c++)
    club_sprites_clear (&sprites[c]);
  g_free (sprites);

  cairo_surface_mark_dirty (layer);
  cairo_surface_set_device_scale (layer, scale, scale);
  cairo_set_source_surface (cr, layer, plot->x, plot->y);
  cairo_paint (cr);
  cairo_surface_destroy (layer);
  dot_masks_clear (&masks);
}

/* One path per club and kind of dot, filled or stroked once. */
static void
draw_dots_vector (cairo_t                *cr,
                  const GolfChartInput   *input,
                  const GolfChartPalette *palette,
                  const GolfChartPlot    *plot,
                  GolfChartPointFunc      point)
{
  guint n_clubs = golf_shot_table_get_n_clubs (input->table);
  guint n_rows = golf_shot_table_get_n_rows (input->table);

  cairo_set_line_width (cr, 1.3);
  for (guint c = 0; c < n_clubs; c++)
    {
      const char *club = golf_shot_table_get_club (input->table, c);
      const GolfChartColor *color = &palette->clubs[golf_chart_input_club_color (input, club)];

      for (int kept = 0; kept <= 1; kept++)
        {
          gboolean any = FALSE;

          cairo_new_path (cr);
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
}

/* The shot to ring, over the others: the one just hit, while live. */
static void
draw_highlight (cairo_t                *cr,
                const GolfChartInput   *input,
                const GolfChartPalette *palette,
                const GolfChartPlot    *plot,
                GolfChartPointFunc      point)
{
  guint n_rows = golf_shot_table_get_n_rows (input->table);

  if (input->highlight == NULL)
    return;

  for (guint r = n_rows; r-- > 0;)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (input->table, r);
      double x, y;

      if (g_strcmp0 (row->id, input->highlight) != 0)
        continue;
      if (!golf_chart_input_shows_row (input, r) || !point (input, row, &x, &y))
        return;

      x = _golf_chart_px (plot, x);
      y = _golf_chart_py (plot, y);
      _golf_chart_set_color (cr, &palette->clubs[golf_chart_input_club_color (input, row->club)], 1.0);
      cairo_arc (cr, x, y, HIGHLIGHT_RADIUS * 0.55, 0, 2 * G_PI);
      cairo_fill (cr);
      _golf_chart_set_color (cr, &palette->foreground, 1.0);
      cairo_set_line_width (cr, 2.5);
      cairo_arc (cr, x, y, HIGHLIGHT_RADIUS, 0, 2 * G_PI);
      cairo_stroke (cr);
      return;
    }
}

/* A dot per shot on show: filled when it counts, hollow when set aside. */
void
_golf_chart_draw_dots (cairo_t                *cr,
                       const GolfChartInput   *input,
                       const GolfChartPalette *palette,
                       const GolfChartPlot    *plot,
                       GolfChartPointFunc      point)
{
  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height);
  cairo_clip (cr);

  if (count_dots (input, point) > MAX_VECTOR_DOTS)
    draw_dots_raster (cr, input, palette, plot, point);
  else
    draw_dots_vector (cr, input, palette, plot, point);
  draw_highlight (cr, input, palette, plot, point);

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
  double px, py;
  int found = -1;

  for (guint r = 0; _golf_chart_next_point (input, point, &r, &px, &py); r++)
    {
      double dx, dy;

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

/* Starts a scatter chart: the page, then either the message that there is
 * nothing to draw (FALSE: the drawing is over) or the plot placed and the
 * legend drawn (TRUE: draw the rest, then cairo_restore()). */
gboolean
_golf_chart_start (cairo_t                *cr,
                   double                  width,
                   double                  height,
                   const GolfChartInput   *input,
                   const GolfChartPalette *palette,
                   GolfChartPlaceFunc      place,
                   GolfChartPointFunc      point,
                   GolfChartPlot          *plot)
{
  cairo_save (cr);
  _golf_chart_begin (cr, palette, width, height);

  if (!_golf_chart_has_points (input, point))
    {
      _golf_chart_empty (cr, palette, width, height, _("No shots to draw"));
      cairo_restore (cr);
      return FALSE;
    }

  place (cr, width, height, _golf_chart_legend (cr, palette, input, width, FALSE), input, palette, plot);
  _golf_chart_legend (cr, palette, input, width, TRUE);

  return TRUE;
}

/* The row of the shot a scatter chart drew nearest to (@x, @y), or -1. */
int
_golf_chart_find_row (double                  width,
                      double                  height,
                      const GolfChartInput   *input,
                      const GolfChartPalette *palette,
                      GolfChartPlaceFunc      place,
                      GolfChartPointFunc      point,
                      double                  x,
                      double                  y)
{
  cairo_t *cr;
  GolfChartPlot plot;

  if (!_golf_chart_has_points (input, point))
    return -1;

  cr = _golf_chart_measuring_context ();
  place (cr, width, height, _golf_chart_legend (cr, palette, input, width, FALSE), input, palette, &plot);
  cairo_destroy (cr);

  return _golf_chart_nearest_row (input, &plot, point, x, y);
}
