/* golf-report-layout-private.h: pages, text and tables of a PDF report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "golf-session-report.h"

G_BEGIN_DECLS

typedef enum
{
  GOLF_REPORT_TEXT_TITLE,
  GOLF_REPORT_TEXT_HEADING,
  GOLF_REPORT_TEXT_BODY,
  GOLF_REPORT_TEXT_BOLD,
  GOLF_REPORT_TEXT_SMALL,
  GOLF_REPORT_N_TEXT_STYLES
} GolfReportTextStyle;

/* A column of a table: its title, its share of the width, and whether its
 * cells line up on the right (numbers). */
typedef struct
{
  const char *title;
  double      share;
  gboolean    right;
} GolfReportColumn;

/* Where the next block goes on which page; the pages flow one after the
 * other, a block that does not fit starts the next. */
typedef struct
{
  cairo_t     *cr;
  double       width;
  double       height;
  double       margin;
  double       y;
  guint        n_pages;
  char        *footer;
  PangoLayout *layouts[GOLF_REPORT_N_TEXT_STYLES];
} GolfReportLayout;

void     _golf_report_layout_init        (GolfReportLayout        *layout,
                                          cairo_t                 *cr,
                                          double                   width,
                                          double                   height);
void     _golf_report_layout_clear       (GolfReportLayout        *layout);
void     _golf_report_layout_set_footer  (GolfReportLayout        *layout,
                                          const char              *footer);
void     _golf_report_layout_new_page    (GolfReportLayout        *layout);
void     _golf_report_layout_finish      (GolfReportLayout        *layout);
double   _golf_report_layout_get_content_width (GolfReportLayout  *layout);
gboolean _golf_report_layout_need        (GolfReportLayout        *layout,
                                          double                   height);
void     _golf_report_layout_skip        (GolfReportLayout        *layout,
                                          double                   height);
void     _golf_report_layout_text        (GolfReportLayout        *layout,
                                          const char              *text,
                                          GolfReportTextStyle      style);
double   _golf_report_layout_line_height (GolfReportLayout        *layout,
                                          GolfReportTextStyle      style);
void     _golf_report_layout_text_at     (GolfReportLayout        *layout,
                                          const char              *text,
                                          GolfReportTextStyle      style,
                                          double                   x,
                                          double                   y,
                                          double                   width,
                                          gboolean                 right);
void     _golf_report_layout_table       (GolfReportLayout        *layout,
                                          const GolfReportColumn  *columns,
                                          guint                    n_columns,
                                          GPtrArray               *cells);

G_END_DECLS
