/* golf-csv-import-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-csv-import.h"
#include "golf-import-writer-private.h"
#include "golf-text-reader-private.h"

G_BEGIN_DECLS

GolfImportParsed *_golf_csv_parse_text  (GolfTextReader    *text,
                                         const char        *session_id,
                                         const char        *what,
                                         const char        *file_what,
                                         GolfImportReport  *report,
                                         GError           **error);

G_END_DECLS
