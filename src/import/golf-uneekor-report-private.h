/* golf-uneekor-report-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-import-writer-private.h"
#include "golf-uneekor-report.h"

G_BEGIN_DECLS

gboolean  _golf_uneekor_report_parse  (const char        *data,
                                       gsize              length,
                                       const char        *session_id,
                                       const char        *name_id,
                                       const char        *what,
                                       GolfSession      **session,
                                       GPtrArray        **shots,
                                       GolfImportReport  *report,
                                       GError           **error);

GolfImportParsed *_golf_uneekor_report_parse_whole (const char        *data,
                                                    gsize              length,
                                                    const char        *session_id,
                                                    const char        *name_id,
                                                    const char        *what,
                                                    GolfImportReport  *report,
                                                    GError           **error);

G_END_DECLS
