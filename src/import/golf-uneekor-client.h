/* golf-uneekor-client.h: fetching Uneekor reports from their links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-report.h"
#include "golf-import-types.h"
#include "golf-store.h"
#include "golf-uneekor-link.h"

G_BEGIN_DECLS

/**
 * GOLF_UNEEKOR_DEFAULT_API:
 *
 * Where report links are fetched from unless the environment variable
 * `GOLF_LAB_UNEEKOR_API` or the caller names another base URL.
 */
#define GOLF_UNEEKOR_DEFAULT_API "https://api-v2.golfsvc.com/v2/oldmyuneekor/report"

#define GOLF_TYPE_UNEEKOR_CLIENT (golf_uneekor_client_get_type ())

G_DECLARE_FINAL_TYPE (GolfUneekorClient, golf_uneekor_client, GOLF, UNEEKOR_CLIENT, GObject)

GolfUneekorClient *golf_uneekor_client_new              (const char              *base_url);
const char        *golf_uneekor_client_get_base_url     (GolfUneekorClient       *self);
guint              golf_uneekor_client_get_timeout      (GolfUneekorClient       *self);
void               golf_uneekor_client_set_timeout      (GolfUneekorClient       *self,
                                                         guint                    timeout_ms);
guint64            golf_uneekor_client_get_max_size     (GolfUneekorClient       *self);
void               golf_uneekor_client_set_max_size     (GolfUneekorClient       *self,
                                                         guint64                  max_size);
void               golf_uneekor_client_set_retry_delays (GolfUneekorClient       *self,
                                                         guint                    first_ms,
                                                         guint                    max_retry_after_ms);

void               golf_uneekor_client_fetch_async      (GolfUneekorClient       *self,
                                                         const char              *link,
                                                         GCancellable            *cancellable,
                                                         GolfImportProgressFunc   progress,
                                                         gpointer                 progress_data,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
GBytes            *golf_uneekor_client_fetch_finish     (GolfUneekorClient       *self,
                                                         GAsyncResult            *result,
                                                         char                   **report_id,
                                                         GError                 **error);

void               golf_uneekor_client_import_async     (GolfUneekorClient       *self,
                                                         GolfStore               *store,
                                                         const char              *link,
                                                         const char              *session_id,
                                                         GCancellable            *cancellable,
                                                         GolfImportProgressFunc   progress,
                                                         gpointer                 progress_data,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
GolfImportReport  *golf_uneekor_client_import_finish    (GolfUneekorClient       *self,
                                                         GAsyncResult            *result,
                                                         GError                 **error);

G_END_DECLS
