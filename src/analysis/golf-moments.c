/* golf-moments.c
 *
 * Two passes (the mean first): the sums stay small, so the variance of
 * carries near 200 m keeps its digits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>

#include "golf-moments.h"

/**
 * golf_mean:
 * @values: (array length=n): finite numbers
 * @n: how many
 *
 * Returns: the mean, or NAN when @n is 0
 */
double
golf_mean (const double *values,
           gsize         n)
{
  double sum = 0;

  if (n == 0)
    return NAN;

  for (gsize i = 0; i < n; i++)
    sum += values[i];

  return sum / n;
}

/**
 * golf_sample_covariance:
 * @x: (array length=n): finite numbers
 * @y: (array length=n): finite numbers paired with @x
 * @n: how many pairs
 *
 * Returns: Σ (x − x̄)(y − ȳ) / (n − 1), or NAN when @n is below 2
 */
double
golf_sample_covariance (const double *x,
                        const double *y,
                        gsize         n)
{
  double mean_x, mean_y, sum = 0;

  if (n < 2)
    return NAN;

  mean_x = golf_mean (x, n);
  mean_y = golf_mean (y, n);
  for (gsize i = 0; i < n; i++)
    sum += (x[i] - mean_x) * (y[i] - mean_y);

  return sum / (n - 1);
}

/**
 * golf_sample_variance:
 * @values: (array length=n): finite numbers
 * @n: how many
 *
 * Returns: the sample variance (n − 1), or NAN when @n is below 2
 */
double
golf_sample_variance (const double *values,
                      gsize         n)
{
  return golf_sample_covariance (values, values, n);
}

/**
 * golf_sample_std:
 * @values: (array length=n): finite numbers
 * @n: how many
 *
 * Returns: the sample standard deviation (n − 1), or NAN when @n is below 2
 */
double
golf_sample_std (const double *values,
                 gsize         n)
{
  return sqrt (golf_sample_variance (values, n));
}
