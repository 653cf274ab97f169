/* golf-csv-reader-private.h: shots from a launch monitor's CSV, a batch at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-csv-brands-private.h"
#include "golf-import-report.h"
#include "golf-session.h"
#include "golf-text-reader-private.h"

G_BEGIN_DECLS

typedef struct _GolfCsvReader GolfCsvReader;

GolfCsvReader      *_golf_csv_reader_new          (GolfTextReader    *text,
                                                   const char        *what,
                                                   const char        *session_id,
                                                   GolfImportReport  *report);
void                _golf_csv_reader_free         (GolfCsvReader     *reader);
gboolean            _golf_csv_reader_start        (GolfCsvReader     *reader,
                                                   GError           **error);
const GolfCsvBrand *_golf_csv_reader_get_brand    (GolfCsvReader     *reader);
gboolean            _golf_csv_reader_next_batch   (gpointer           reader,
                                                   GolfSession      **session,
                                                   GPtrArray        **shots,
                                                   GError           **error);
guint64             _golf_csv_reader_get_offset   (GolfCsvReader     *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfCsvReader, _golf_csv_reader_free)

G_END_DECLS
