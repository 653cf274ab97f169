/* golf-metrics-worker-private.h: a seam for tests of the worker's races
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-metrics-worker.h"

G_BEGIN_DECLS

/* Called in the recompute's thread after it read its snapshot and computed
 * the metrics, before it writes them: a test can change the session there. */
typedef void (*GolfMetricsWorkerTestHook) (const char *session_id,
                                           gpointer    user_data);

void _golf_metrics_worker_set_test_hook (GolfMetricsWorker         *self,
                                         GolfMetricsWorkerTestHook  hook,
                                         gpointer                   user_data);

G_END_DECLS
