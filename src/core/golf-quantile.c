/* golf-quantile.c: quantiles and sorting for the metrics, the analytics and the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-quantile"

#include <math.h>

#include "golf-quantile.h"

static inline void
swap (double *v,
      gsize   i,
      gsize   j)
{
  double tmp = v[i];

  v[i] = v[j];
  v[j] = tmp;
}

static void
insertion_sort (double *v,
                gsize   n)
{
  for (gsize i = 1; i < n; i++)
    {
      double x = v[i];
      gsize j = i;

      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
}

/* Hoare partition around the median of three; returns the split point:
 * v[0..p] ≤ pivot ≤ v[p+1..n-1]. */
static gsize
partition (double *v,
           gsize   n)
{
  gsize mid = n / 2;
  double pivot;
  gsize i = 0, j = n - 1;

  if (v[mid] < v[0])
    swap (v, mid, 0);
  if (v[n - 1] < v[0])
    swap (v, n - 1, 0);
  if (v[n - 1] < v[mid])
    swap (v, n - 1, mid);
  pivot = v[mid];

  for (;;)
    {
      while (v[i] < pivot)
        i++;
      while (v[j] > pivot)
        j--;
      if (i >= j)
        return j;
      swap (v, i++, j--);
    }
}

/* Quicksort with the comparison inlined (qsort's callback costs as much as
 * the work), recursing into the smaller side so the stack stays shallow. */
static void
quicksort (double *v,
           gsize   n)
{
  while (n > 16)
    {
      gsize p = partition (v, n) + 1;

      if (p < n - p)
        {
          quicksort (v, p);
          v += p;
          n -= p;
        }
      else
        {
          quicksort (v + p, n - p);
          n = p;
        }
    }

  insertion_sort (v, n);
}

/* Quickselect: moves the k-th smallest of v[0..n) to v[k], nothing larger
 * before it and nothing smaller after it, in linear time on average. */
static void
select_rank (double *v,
             gsize   n,
             gsize   k)
{
  while (n > 16)
    {
      gsize p = partition (v, n) + 1;

      if (k < p)
        n = p;
      else
        {
          v += p;
          n -= p;
          k -= p;
        }
    }

  insertion_sort (v, n);
}

static double
minimum (const double *v,
         gsize         n)
{
  double least = v[0];

  for (gsize i = 1; i < n; i++)
    least = MIN (least, v[i]);

  return least;
}

/**
 * golf_sort_doubles:
 * @values: (array length=n): finite numbers (no NAN), sorted in place
 * @n: how many
 */
void
golf_sort_doubles (double *values,
                   gsize   n)
{
  g_return_if_fail (values != NULL || n == 0);

  if (n > 1)
    quicksort (values, n);
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
 * golf_quantiles:
 * @values: (array length=n): finite numbers; they are reordered
 * @n: how many
 * @ps: (array length=n_ps): probabilities, 0 to 1, in ascending order
 * @n_ps: how many
 * @quantiles: (out caller-allocates) (array length=n_ps): the R-7 quantile
 *   for each of @ps, NAN when @n is 0
 *
 * Several quantiles without sorting: each is a selection in the part of
 * @values the previous one left above it.
 */
void
golf_quantiles (double       *values,
                gsize         n,
                const double *ps,
                guint         n_ps,
                double       *quantiles)
{
  gsize lo = 0;

  g_return_if_fail (values != NULL || n == 0);
  g_return_if_fail (ps != NULL && quantiles != NULL);

  for (guint i = 0; i < n_ps; i++)
    {
      double h, lower;
      gsize k;

      g_return_if_fail (ps[i] >= 0 && ps[i] <= 1 && (i == 0 || ps[i] >= ps[i - 1]));

      if (n == 0)
        {
          quantiles[i] = NAN;
          continue;
        }

      h = (n - 1) * ps[i];
      k = (gsize) floor (h);
      select_rank (values + lo, n - lo, k - lo);
      lower = values[k];
      quantiles[i] = k + 1 < n && h > k ? lower + (h - k) * (minimum (values + k + 1, n - k - 1) - lower)
                                        : lower;
      lo = k;
    }
}

/**
 * golf_quantile:
 * @values: (array length=n): finite numbers; they are reordered
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
  double quantile;

  golf_quantiles (values, n, &p, 1, &quantile);

  return quantile;
}
