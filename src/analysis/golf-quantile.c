/* golf-quantile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>
#include <stdlib.h>

#include "golf-quantile.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/**
 * golf_sort_doubles:
 * @values: (array length=n): finite numbers, sorted in place
 * @n: how many
 */
void
golf_sort_doubles (double *values,
                   gsize   n)
{
  if (n > 1)
    qsort (values, n, sizeof (double), compare_doubles);
}

/**
 * golf_quantile_sorted:
 * @sorted: (array length=n): finite numbers in ascending order
 * @n: how many
 * @p: the probability, 0 to 1 (0.5 for the median)
 *
 * The R-7 quantile: with h = (n − 1)·p, the value at rank ⌊h⌋ plus the
 * fraction h − ⌊h⌋ of the step to the next rank.
 *
 * Returns: the quantile, or NAN when @n is 0
 */
double
golf_quantile_sorted (const double *sorted,
                      gsize         n,
                      double        p)
{
  double h, lower;
  gsize k;

  g_return_val_if_fail (sorted != NULL || n == 0, NAN);
  g_return_val_if_fail (p >= 0 && p <= 1, NAN);

  if (n == 0)
    return NAN;

  h = (n - 1) * p;
  k = (gsize) floor (h);
  lower = sorted[k];
  if (k + 1 >= n)
    return lower;

  return lower + (h - k) * (sorted[k + 1] - lower);
}

/**
 * golf_quantile:
 * @values: (array length=n): finite numbers; they are sorted in place
 * @n: how many
 * @p: the probability, 0 to 1
 *
 * Returns: the R-7 quantile of @values, or NAN when @n is 0
 */
double
golf_quantile (double *values,
               gsize   n,
               double  p)
{
  golf_sort_doubles (values, n);

  return golf_quantile_sorted (values, n, p);
}
