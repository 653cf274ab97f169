/* golf-import-job.h: one import from the window, with progress and cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-report.h"
#include "golf-store.h"
#include "golf-uneekor-client.h"

G_BEGIN_DECLS

#define GOLF_TYPE_IMPORT_JOB (golf_import_job_get_type ())

G_DECLARE_FINAL_TYPE (GolfImportJob, golf_import_job, GOLF, IMPORT_JOB, GObject)

GolfImportJob *golf_import_job_new_for_files (GolfStore           *store,
                                              GFile              **files,
                                              guint                n_files);
GolfImportJob *golf_import_job_new_for_link  (GolfStore           *store,
                                              GolfUneekorClient   *client,
                                              const char          *link);
void           golf_import_job_set_player_id (GolfImportJob       *self,
                                              gint64               player_id);
void           golf_import_job_run_async     (GolfImportJob       *self,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GPtrArray     *golf_import_job_run_finish    (GolfImportJob       *self,
                                              GAsyncResult        *result,
                                              GError             **error);
void           golf_import_job_cancel        (GolfImportJob       *self);
double         golf_import_job_get_fraction  (GolfImportJob       *self);
const char    *golf_import_job_get_text      (GolfImportJob       *self);

G_END_DECLS
