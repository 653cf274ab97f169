/* golf-session-report.h: a printable PDF report of a session, or of a
 * player's sessions over a date range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-format.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_REPORT_ERROR (golf_report_error_quark ())

/**
 * GolfReportError:
 * @GOLF_REPORT_ERROR_NO_SESSION: no such session, or none in the range
 * @GOLF_REPORT_ERROR_WRITE: the PDF could not be written
 */
typedef enum
{
  GOLF_REPORT_ERROR_NO_SESSION,
  GOLF_REPORT_ERROR_WRITE,
} GolfReportError;

/**
 * GolfReportPaper:
 * @GOLF_REPORT_PAPER_A4: ISO A4, 210 × 297 mm
 * @GOLF_REPORT_PAPER_LETTER: US Letter, 8.5 × 11 in
 */
typedef enum
{
  GOLF_REPORT_PAPER_A4,
  GOLF_REPORT_PAPER_LETTER,
} GolfReportPaper;

#define GOLF_TYPE_SESSION_REPORT (golf_session_report_get_type ())

G_DECLARE_FINAL_TYPE (GolfSessionReport, golf_session_report, GOLF, SESSION_REPORT, GObject)

GQuark             golf_report_error_quark              (void);
gboolean           golf_report_paper_from_string        (const char         *name,
                                                         GolfReportPaper    *paper);
GolfReportPaper    golf_report_paper_for_locale         (const char         *locale);
void               golf_report_paper_get_size           (GolfReportPaper     paper,
                                                         double             *width,
                                                         double             *height);

GolfSessionReport *golf_session_report_new_for_session  (GolfStore          *store,
                                                         const char         *session_id,
                                                         GError            **error);
GolfSessionReport *golf_session_report_new_for_player   (GolfStore          *store,
                                                         GolfPlayer         *player,
                                                         const char         *from,
                                                         const char         *to,
                                                         GError            **error);
GolfReportPaper    golf_session_report_get_paper        (GolfSessionReport  *self);
void               golf_session_report_set_paper        (GolfSessionReport  *self,
                                                         GolfReportPaper     paper);
GolfUnits          golf_session_report_get_units        (GolfSessionReport  *self);
void               golf_session_report_set_units        (GolfSessionReport  *self,
                                                         GolfUnits           units);
guint              golf_session_report_get_n_sessions   (GolfSessionReport  *self);
gboolean           golf_session_report_write            (GolfSessionReport  *self,
                                                         const char         *path,
                                                         guint              *n_pages,
                                                         GError            **error);
gboolean           golf_session_report_write_to_stream  (GolfSessionReport  *self,
                                                         GOutputStream      *stream,
                                                         guint              *n_pages,
                                                         GCancellable       *cancellable,
                                                         GError            **error);

G_END_DECLS
