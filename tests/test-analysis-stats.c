/* test-analysis-stats.c: quantiles, moments, bag order and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-bag-order.h"
#include "golf-date-range.h"
#include "golf-moments.h"
#include "golf-quantile.h"
#include "golf-test-analysis.h"

static void
test_quantile_odd (void)
{
  double values[] = { 7, 1, 3, 9, 5 };
  const double ps[] = { 0, 0.1, 0.25, 0.5, 0.9, 1 };
  double q[G_N_ELEMENTS (ps)];

  /* Sorted 1 3 5 7 9; h = 4p. */
  g_assert_cmpfloat (golf_quantile (values, 5, 0.5), ==, 5);
  golf_quantiles (values, 5, ps, G_N_ELEMENTS (ps), q);
  g_assert_cmpfloat (q[0], ==, 1);
  g_assert_cmpfloat_with_epsilon (q[1], 1.8, 1e-12);
  g_assert_cmpfloat (q[2], ==, 3);
  g_assert_cmpfloat (q[3], ==, 5);
  g_assert_cmpfloat_with_epsilon (q[4], 8.2, 1e-12);
  g_assert_cmpfloat (q[5], ==, 9);

  golf_sort_doubles (values, 5);
  g_assert_cmpfloat (golf_quantile_sorted (values, 5, 0.25), ==, 3);
  g_assert_cmpfloat (golf_quantile_sorted (values, 5, 0.75), ==, 7);
  g_assert_cmpfloat_with_epsilon (golf_quantile_sorted (values, 5, 0.1), 1.8, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_quantile_sorted (values, 5, 0.9), 8.2, 1e-12);
  g_assert_cmpfloat (golf_quantile_sorted (values, 5, 0), ==, 1);
  g_assert_cmpfloat (golf_quantile_sorted (values, 5, 1), ==, 9);
}

static void
test_quantile_even (void)
{
  double values[] = { 4, 1, 3, 2 };

  /* numpy.percentile([1, 2, 3, 4], [25, 50, 75]) = 1.75, 2.5, 3.25 */
  g_assert_cmpfloat_with_epsilon (golf_quantile (values, 4, 0.5), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_quantile (values, 4, 0.25), 1.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_quantile (values, 4, 0.75), 3.25, 1e-12);
  golf_sort_doubles (values, 4);
  g_assert_cmpfloat_with_epsilon (golf_quantile_sorted (values, 4, 0.75), 3.25, 1e-12);
}

static void
test_quantile_small (void)
{
  double one[] = { 42 };

  golf_test_assert_nan (golf_quantile (NULL, 0, 0.5));
  g_assert_cmpfloat (golf_quantile (one, 1, 0.25), ==, 42);
  g_assert_cmpfloat (golf_quantile (one, 1, 0.9), ==, 42);
}

/* Selection against a full sort, on many sizes, with ties. */
static void
test_quantile_selection (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  const double ps[] = { 0.1, 0.25, 0.5, 0.75, 0.9 };

  for (guint n = 1; n < 300; n += 7)
    {
      g_autofree double *values = g_new (double, n);
      g_autofree double *sorted = g_new (double, n);
      double q[G_N_ELEMENTS (ps)];

      for (guint i = 0; i < n; i++)
        values[i] = sorted[i] = g_rand_int_range (rand, 0, 40) / 4.0;
      golf_sort_doubles (sorted, n);
      for (guint i = 1; i < n; i++)
        g_assert_cmpfloat (sorted[i - 1], <=, sorted[i]);

      golf_quantiles (values, n, ps, G_N_ELEMENTS (ps), q);
      for (guint i = 0; i < G_N_ELEMENTS (ps); i++)
        g_assert_cmpfloat_with_epsilon (q[i], golf_quantile_sorted (sorted, n, ps[i]), 1e-12);
    }
}

static void
test_moments (void)
{
  double values[] = { 2, 4, 4, 4, 5, 5, 7, 9 };
  double x[] = { 1, 2, 3 };
  double y[] = { 2, 4, 7 };

  g_assert_cmpfloat (golf_mean (values, 8), ==, 5);
  /* Σ(x − 5)² = 32 over n − 1 = 7 */
  g_assert_cmpfloat_with_epsilon (golf_sample_variance (values, 8), 32.0 / 7, 1e-12);
  g_assert_cmpfloat_with_epsilon (golf_sample_std (values, 8), sqrt (32.0 / 7), 1e-12);
  /* (−1)(−7/3) + 0 + (1)(8/3) = 5, over 2 */
  g_assert_cmpfloat_with_epsilon (golf_sample_covariance (x, y, 3), 2.5, 1e-12);

  golf_test_assert_nan (golf_mean (NULL, 0));
  golf_test_assert_nan (golf_sample_std (values, 1));
}

static void
test_bag_order (void)
{
  const char *shuffled[] = {
    "Putter", "", "7 Iron", "SW", "Chipper", "3 Hybrid", "56° Wedge", "Driver",
    "PW", "5 Wood", "IRON4", "LW", "GW", "50° Wedge", "3 Wood", "9 Iron", "4 Hybrid",
  };
  const char *expected[] = {
    "Driver", "3 Wood", "5 Wood", "3 Hybrid", "4 Hybrid", "IRON4", "7 Iron", "9 Iron",
    "PW", "GW", "SW", "LW", "50° Wedge", "56° Wedge", "Putter", "Chipper", "",
  };
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (shuffled); i++)
    g_ptr_array_add (clubs, (gpointer)shuffled[i]);

  golf_bag_order_sort (clubs);

  g_assert_cmpuint (clubs->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < clubs->len; i++)
    g_assert_cmpstr (g_ptr_array_index (clubs, i), ==, expected[i]);

  g_assert_cmpint (golf_bag_order_compare ("AW", "SW"), <, 0);
  g_assert_cmpint (golf_bag_order_compare ("10 Iron", "9 Iron"), >, 0);
  g_assert_cmpint (golf_bag_order_compare (NULL, "Putter"), >, 0);
}

static void
test_wedges (void)
{
  const char *wedges[] = { "PW", "GW", "AW", "SW", "LW", "56° Wedge", "WEDGE_SAND", "60 wedge" };
  const char *others[] = { "Driver", "9 Iron", "3 Wood", "Putter", "Chipper", "", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (wedges); i++)
    g_assert_true (golf_club_is_wedge (wedges[i]));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_false (golf_club_is_wedge (others[i]));
}

static void
test_dates (void)
{
  GolfDateRange april = { "2026-04-01", "2026-04-30" };
  GolfDateRange open_end = { "2026-04-15", NULL };
  guint32 a, b;

  g_assert_true (golf_date_parse ("2024-02-29", &a));
  g_assert_true (golf_date_parse ("2024-03-30", &b));
  g_assert_cmpuint (b - a, ==, 30);

  g_assert_false (golf_date_parse ("2026-02-29", NULL));
  g_assert_false (golf_date_parse ("2026-4-01", NULL));
  g_assert_false (golf_date_parse ("2026-04-01T10:00", NULL));
  g_assert_false (golf_date_parse ("april", NULL));
  g_assert_false (golf_date_parse (NULL, NULL));

  /* Both ends count. */
  g_assert_true (golf_date_range_contains (&april, "2026-04-01"));
  g_assert_true (golf_date_range_contains (&april, "2026-04-30"));
  g_assert_false (golf_date_range_contains (&april, "2026-05-01"));
  g_assert_false (golf_date_range_contains (&april, "2026-03-31"));
  g_assert_false (golf_date_range_contains (&april, NULL));
  g_assert_true (golf_date_range_contains (&open_end, "2030-01-01"));
  g_assert_true (golf_date_range_contains (NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/quantile/odd", test_quantile_odd);
  g_test_add_func ("/analysis/quantile/even", test_quantile_even);
  g_test_add_func ("/analysis/quantile/small", test_quantile_small);
  g_test_add_func ("/analysis/quantile/selection", test_quantile_selection);
  g_test_add_func ("/analysis/moments", test_moments);
  g_test_add_func ("/analysis/bag-order", test_bag_order);
  g_test_add_func ("/analysis/wedges", test_wedges);
  g_test_add_func ("/analysis/dates", test_dates);

  return g_test_run ();
}
