/* golf-bench-util.h: what every benchmark needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double   golf_bench_median      (double     *values,
                                 guint       n);
double   golf_bench_percentile  (double     *values,
                                 guint       n,
                                 double      p);
void     golf_bench_remove_tree (const char *path);
void     golf_bench_report      (const char *name,
                                 double      value,
                                 const char *unit,
                                 const char *target,
                                 gboolean    met);
double   golf_bench_cpu_ms      (void);
GPtrArray *golf_bench_make_session (const char *session_id,
                                    guint       n,
                                    guint       seed);
gboolean golf_bench_spawn       (char      **argv,
                                 char      **envp,
                                 const char *out_path,
                                 double     *ms,
                                 double     *peak_mb);

G_END_DECLS
