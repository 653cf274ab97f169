/* golf-report-layout.c: pages, text and tables of a PDF report
 *
 * Blocks are placed top to bottom; one that does not fit on what is left
 * of the page starts the next page. Text goes through Pango, so the PDF
 * holds real text in embedded fonts, searchable and selectable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-report"

#include "golf-report-layout-private.h"

/* Sans fonts a GNOME system has, in the order they are wanted. */
#define FONT_FAMILY "Cantarell,DejaVu Sans,Sans"
#define CELL_PADDING 3.0
#define COLUMN_GAP 6.0
#define FOOTER_SIZE 7.5

static const struct
{
  double size;
  gboolean bold;
} text_styles[GOLF_REPORT_N_TEXT_STYLES] = {
  [GOLF_REPORT_TEXT_TITLE] = { 17.0, TRUE },
  [GOLF_REPORT_TEXT_HEADING] = { 12.0, TRUE },
  [GOLF_REPORT_TEXT_BODY] = { 9.5, FALSE },
  [GOLF_REPORT_TEXT_BOLD] = { 9.5, TRUE },
  [GOLF_REPORT_TEXT_SMALL] = { 8.0, FALSE },
};

static PangoLayout *
new_layout (cairo_t *cr,
            double   size,
            gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_font_description_free (font);

  return layout;
}

/*
 * _golf_report_layout_init:
 * @cr: a context on a PDF surface of @width × @height points
 *
 * Nothing is drawn until the first _golf_report_layout_new_page().
 */
void
_golf_report_layout_init (GolfReportLayout *layout,
                          cairo_t          *cr,
                          double            width,
                          double            height)
{
  *layout = (GolfReportLayout) {
    .cr = cairo_reference (cr),
    .width = width,
    .height = height,
    .margin = 42.0,
  };

  for (guint i = 0; i < GOLF_REPORT_N_TEXT_STYLES; i++)
    layout->layouts[i] = new_layout (cr, text_styles[i].size, text_styles[i].bold);
}

void
_golf_report_layout_clear (GolfReportLayout *layout)
{
  for (guint i = 0; i < GOLF_REPORT_N_TEXT_STYLES; i++)
    g_clear_object (&layout->layouts[i]);
  g_clear_pointer (&layout->footer, g_free);
  g_clear_pointer (&layout->cr, cairo_destroy);
}

/* What the pages from now on say at their foot, beside their number. */
void
_golf_report_layout_set_footer (GolfReportLayout *layout,
                                const char       *footer)
{
  g_free (layout->footer);
  layout->footer = g_strdup (footer);
}

double
_golf_report_layout_get_content_width (GolfReportLayout *layout)
{
  return layout->width - 2 * layout->margin;
}

static double
bottom (GolfReportLayout *layout)
{
  return layout->height - layout->margin;
}

static void
draw_footer (GolfReportLayout *layout)
{
  g_autofree char *page = g_strdup_printf ("%u", layout->n_pages);
  double y = layout->height - layout->margin / 2 - FOOTER_SIZE;

  cairo_save (layout->cr);
  cairo_set_source_rgb (layout->cr, 0.4, 0.4, 0.4);
  if (layout->footer != NULL)
    _golf_report_layout_text_at (layout, layout->footer, GOLF_REPORT_TEXT_SMALL, layout->margin, y,
                                 _golf_report_layout_get_content_width (layout) - 40, FALSE);
  _golf_report_layout_text_at (layout, page, GOLF_REPORT_TEXT_SMALL, layout->width - layout->margin - 40, y,
                               40, TRUE);
  cairo_restore (layout->cr);
}

/* Ends the page being drawn, if any, and starts the next one. */
void
_golf_report_layout_new_page (GolfReportLayout *layout)
{
  if (layout->n_pages > 0)
    cairo_show_page (layout->cr);

  layout->n_pages++;
  layout->y = layout->margin;
  cairo_set_source_rgb (layout->cr, 0, 0, 0);
  draw_footer (layout);
}

/* Ends the last page. */
void
_golf_report_layout_finish (GolfReportLayout *layout)
{
  if (layout->n_pages > 0)
    cairo_show_page (layout->cr);
}

/* Makes room for @height points, on a new page when this one is too full.
 * Returns whether a page was started. */
gboolean
_golf_report_layout_need (GolfReportLayout *layout,
                          double            height)
{
  if (layout->n_pages > 0 && layout->y + height <= bottom (layout))
    return FALSE;

  _golf_report_layout_new_page (layout);
  return TRUE;
}

/* Leaves @height points blank, unless the page is just starting. */
void
_golf_report_layout_skip (GolfReportLayout *layout,
                          double            height)
{
  if (layout->y > layout->margin)
    layout->y = MIN (layout->y + height, bottom (layout));
}

static PangoLayout *
set_text (GolfReportLayout    *layout,
          const char          *text,
          GolfReportTextStyle  style,
          double               width)
{
  PangoLayout *pango = layout->layouts[style];

  pango_cairo_update_layout (layout->cr, pango);
  pango_layout_set_width (pango, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_text (pango, text != NULL ? text : "", -1);

  return pango;
}

double
_golf_report_layout_line_height (GolfReportLayout    *layout,
                                 GolfReportTextStyle  style)
{
  int height;

  pango_layout_get_pixel_size (set_text (layout, "Mg", style, -1), NULL, &height);

  return height;
}

/* A paragraph across the content width, line by line, so that a long one
 * carries on over the page. */
void
_golf_report_layout_text (GolfReportLayout    *layout,
                          const char          *text,
                          GolfReportTextStyle  style)
{
  PangoLayout *pango = set_text (layout, text, style, _golf_report_layout_get_content_width (layout));
  PangoLayoutIter *iter = pango_layout_get_iter (pango);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double top, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = logical.y / (double) PANGO_SCALE;
      baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE - top;

      _golf_report_layout_need (layout, logical.height / (double) PANGO_SCALE);
      cairo_move_to (layout->cr, layout->margin + logical.x / (double) PANGO_SCALE, layout->y + baseline);
      pango_cairo_show_layout_line (layout->cr, line);
      layout->y += logical.height / (double) PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  cairo_new_path (layout->cr);
}

/* One block of text in a box @width wide at (@x, @y), wrapped. */
void
_golf_report_layout_text_at (GolfReportLayout    *layout,
                             const char          *text,
                             GolfReportTextStyle  style,
                             double               x,
                             double               y,
                             double               width,
                             gboolean             right)
{
  PangoLayout *pango = set_text (layout, text, style, width);

  pango_layout_set_alignment (pango, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  cairo_move_to (layout->cr, x, y);
  pango_cairo_show_layout (layout->cr, pango);
  cairo_new_path (layout->cr);
  pango_layout_set_alignment (pango, PANGO_ALIGN_LEFT);
}

static double
cell_height (GolfReportLayout       *layout,
             const char             *text,
             GolfReportTextStyle     style,
             double                  width)
{
  int height;

  pango_layout_get_pixel_size (set_text (layout, text, style, width), NULL, &height);

  return height;
}

/* The widths of the columns, their shares of the content width. */
static double *
column_widths (GolfReportLayout       *layout,
               const GolfReportColumn *columns,
               guint                   n_columns)
{
  double *widths = g_new (double, n_columns);
  double total = 0, available;

  for (guint c = 0; c < n_columns; c++)
    total += columns[c].share;

  available = _golf_report_layout_get_content_width (layout) - COLUMN_GAP * (n_columns - 1);
  for (guint c = 0; c < n_columns; c++)
    widths[c] = available * columns[c].share / total;

  return widths;
}

static double
draw_row (GolfReportLayout       *layout,
          const GolfReportColumn *columns,
          guint                   n_columns,
          const double           *widths,
          const char * const     *texts,
          GolfReportTextStyle     style,
          gboolean                shade)
{
  double height = 0, x = layout->margin;

  for (guint c = 0; c < n_columns; c++)
    height = MAX (height, cell_height (layout, texts[c], style, widths[c]));
  height += 2 * CELL_PADDING;

  if (shade)
    {
      cairo_save (layout->cr);
      cairo_set_source_rgb (layout->cr, 0.94, 0.95, 0.96);
      cairo_rectangle (layout->cr, layout->margin, layout->y, _golf_report_layout_get_content_width (layout), height);
      cairo_fill (layout->cr);
      cairo_restore (layout->cr);
    }

  for (guint c = 0; c < n_columns; c++)
    {
      _golf_report_layout_text_at (layout, texts[c], style, x, layout->y + CELL_PADDING, widths[c],
                                   columns[c].right);
      x += widths[c] + COLUMN_GAP;
    }

  layout->y += height;
  return height;
}

static void
draw_header (GolfReportLayout       *layout,
             const GolfReportColumn *columns,
             guint                   n_columns,
             const double           *widths)
{
  g_autofree const char **titles = g_new (const char *, n_columns);

  for (guint c = 0; c < n_columns; c++)
    titles[c] = columns[c].title;

  draw_row (layout, columns, n_columns, widths, titles, GOLF_REPORT_TEXT_BOLD, FALSE);
  cairo_save (layout->cr);
  cairo_set_line_width (layout->cr, 0.75);
  cairo_move_to (layout->cr, layout->margin, layout->y);
  cairo_line_to (layout->cr, layout->width - layout->margin, layout->y);
  cairo_stroke (layout->cr);
  cairo_restore (layout->cr);
}

/*
 * _golf_report_layout_table:
 * @cells: (element-type utf8): the rows, @n_columns texts each (%NULL
 *   for an empty cell)
 *
 * A table with a bold header that comes again on each page it runs to;
 * rows are shaded every other one, and a long text wraps in its cell.
 */
void
_golf_report_layout_table (GolfReportLayout       *layout,
                           const GolfReportColumn *columns,
                           guint                   n_columns,
                           GPtrArray              *cells)
{
  g_autofree double *widths = column_widths (layout, columns, n_columns);
  double row_height = _golf_report_layout_line_height (layout, GOLF_REPORT_TEXT_BODY) + 2 * CELL_PADDING;
  guint n_rows = cells->len / n_columns;

  /* The header and a first row together, never a header alone. */
  _golf_report_layout_need (layout, 2 * row_height);
  draw_header (layout, columns, n_columns, widths);

  for (guint r = 0; r < n_rows; r++)
    {
      const char * const *texts = (const char * const *) cells->pdata + r * n_columns;
      double height = 0;

      for (guint c = 0; c < n_columns; c++)
        height = MAX (height, cell_height (layout, texts[c], GOLF_REPORT_TEXT_BODY, widths[c]));

      if (_golf_report_layout_need (layout, height + 2 * CELL_PADDING))
        draw_header (layout, columns, n_columns, widths);
      draw_row (layout, columns, n_columns, widths, texts, GOLF_REPORT_TEXT_BODY, r % 2 == 1);
    }
}
