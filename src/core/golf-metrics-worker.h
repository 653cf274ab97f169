/* golf-metrics-worker.h: keeps every session's metrics current
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-types.h"

G_BEGIN_DECLS

/**
 * GolfProgressFunc:
 * @done: how many items are finished
 * @total: how many there are
 * @user_data: closure data
 */
typedef void (*GolfProgressFunc) (guint    done,
                                  guint    total,
                                  gpointer user_data);

#define GOLF_TYPE_METRICS_WORKER (golf_metrics_worker_get_type ())

G_DECLARE_FINAL_TYPE (GolfMetricsWorker, golf_metrics_worker, GOLF, METRICS_WORKER, GObject)

GolfMetricsWorker *golf_metrics_worker_new             (GolfStore          *store);
GolfStore         *golf_metrics_worker_get_store       (GolfMetricsWorker  *self);
guint              golf_metrics_worker_get_n_recomputes (GolfMetricsWorker *self);
gboolean           golf_metrics_worker_is_busy         (GolfMetricsWorker  *self);
void               golf_metrics_worker_flush           (GolfMetricsWorker  *self);
gint               golf_metrics_worker_backfill        (GolfMetricsWorker  *self,
                                                        GolfProgressFunc    progress,
                                                        gpointer            user_data,
                                                        GError            **error);

G_END_DECLS
