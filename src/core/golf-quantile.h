/* golf-quantile.h: quantiles by linear interpolation (R-7, numpy's default)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double golf_quantile_sorted (const double *sorted,
                             gsize         n,
                             double        p);
double golf_quantile        (double       *values,
                             gsize         n,
                             double        p);
void   golf_quantiles       (double       *values,
                             gsize         n,
                             const double *ps,
                             guint         n_ps,
                             double       *quantiles);
void   golf_sort_doubles    (double       *values,
                             gsize         n);

G_END_DECLS
