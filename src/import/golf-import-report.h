/* golf-import-report.h: what an import did, for the person who asked for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "golf-shot.h"

G_BEGIN_DECLS

#define GOLF_TYPE_IMPORT_REPORT (golf_import_report_get_type ())

G_DECLARE_FINAL_TYPE (GolfImportReport, golf_import_report, GOLF, IMPORT_REPORT, GObject)

GolfImportReport *golf_import_report_new                   (const char        *source);
const char       *golf_import_report_get_source            (GolfImportReport  *self);
guint             golf_import_report_get_n_new             (GolfImportReport  *self);
guint             golf_import_report_get_n_updated         (GolfImportReport  *self);
guint             golf_import_report_get_n_unchanged       (GolfImportReport  *self);
guint             golf_import_report_get_n_set_aside       (GolfImportReport  *self);
guint             golf_import_report_get_n_refused_values  (GolfImportReport  *self);
guint             golf_import_report_get_n_sessions        (GolfImportReport  *self);
const char       *golf_import_report_get_session_id        (GolfImportReport  *self,
                                                            guint              index);
void              golf_import_report_get_session_counts    (GolfImportReport  *self,
                                                            guint              index,
                                                            guint             *n_new,
                                                            guint             *n_updated,
                                                            guint             *n_unchanged);
const char       *golf_import_report_get_set_aside_where   (GolfImportReport  *self,
                                                            guint              index);
const char       *golf_import_report_get_set_aside_reason  (GolfImportReport  *self,
                                                            guint              index);
const char       *golf_import_report_get_refused_where     (GolfImportReport  *self,
                                                            guint              index);
GolfShotField     golf_import_report_get_refused_field     (GolfImportReport  *self,
                                                            guint              index);
const char       *golf_import_report_get_refused_reason    (GolfImportReport  *self,
                                                            guint              index);
char             *golf_import_report_to_text               (GolfImportReport  *self);
void              golf_import_report_build_json            (GolfImportReport  *self,
                                                            JsonBuilder       *builder);

G_END_DECLS
