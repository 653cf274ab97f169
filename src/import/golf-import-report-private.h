/* golf-import-report-private.h: how importers fill a report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-import-report.h"

G_BEGIN_DECLS

/**
 * GolfImportOutcome:
 * @GOLF_IMPORT_OUTCOME_NEW: the shot was not in the store
 * @GOLF_IMPORT_OUTCOME_UPDATED: the store held it with other values
 * @GOLF_IMPORT_OUTCOME_UNCHANGED: the store held it just so
 */
typedef enum
{
  GOLF_IMPORT_OUTCOME_NEW,
  GOLF_IMPORT_OUTCOME_UPDATED,
  GOLF_IMPORT_OUTCOME_UNCHANGED,
} GolfImportOutcome;

void   _golf_import_report_set_source    (GolfImportReport  *self,
                                          const char        *source);
void   _golf_import_report_count         (GolfImportReport  *self,
                                          const char        *session_id,
                                          GolfImportOutcome  outcome,
                                          guint              n);
void   _golf_import_report_set_aside     (GolfImportReport  *self,
                                          const char        *where,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (3, 4);
void   _golf_import_report_refuse_value  (GolfImportReport  *self,
                                          const char        *where,
                                          GolfShotField      field,
                                          const char        *reason);
void   _golf_import_report_clear_counts  (GolfImportReport  *self);

G_END_DECLS
