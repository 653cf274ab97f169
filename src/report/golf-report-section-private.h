/* golf-report-section-private.h: what one part of a report shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-chart.h"
#include "golf-gapping.h"
#include "golf-report-layout-private.h"
#include "golf-session-metrics.h"

G_BEGIN_DECLS

/* A shot a coach or player wrote on: tagged or commented. */
typedef struct
{
  guint   number;    /* its place in its session, from 1 */
  char   *session;   /* its session's title */
  char   *club;
  char   *tags;      /* "drill, good" */
  char   *comment;
  double  carry;     /* metres */
} GolfReportShot;

/* A session, or a player's sessions taken together: everything its pages
 * show, read from the store on the store's thread, drawn on any thread. */
typedef struct
{
  char               *title;
  char               *player;
  GolfHand            hand;
  char               *dates;        /* "Sat 3 Oct 2026", or "… to …" */
  GPtrArray          *session_rows; /* a summary's: date, title, shots, notes per session */
  GolfSessionMetrics *metrics;
  GolfShotTable      *table;
  GolfKeptShots      *kept;
  GolfGapping        *gapping;
  GolfDispersion     *dispersion;
  GStrv               clubs;        /* in bag order */
  char               *notes;        /* a session's, %NULL for a player's summary */
  char               *notes_written;
  GPtrArray          *annotated;    /* GolfReportShot */
  gboolean            summary;      /* several sessions taken together */
} GolfReportSection;

GolfReportSection *_golf_report_section_new   (GolfStore               *store,
                                               GPtrArray               *sessions,
                                               gboolean                 summary,
                                               GError                 **error);
void               _golf_report_section_free  (GolfReportSection       *section);
void               _golf_report_section_draw  (GolfReportSection       *section,
                                               GolfReportLayout        *layout,
                                               GolfUnits                units,
                                               const GolfChartPalette  *palette);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfReportSection, _golf_report_section_free)

G_END_DECLS
