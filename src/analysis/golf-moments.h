/* golf-moments.h: means, sample variances and covariances
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double golf_mean              (const double *values,
                               gsize         n);
double golf_sample_variance   (const double *values,
                               gsize         n);
double golf_sample_std        (const double *values,
                               gsize         n);
double golf_sample_covariance (const double *x,
                               const double *y,
                               gsize         n);

G_END_DECLS
