/* golf-bench-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <glib/gstdio.h>

#include "golf-bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Sorts @values in place. */
double
golf_bench_median (double *values,
                   guint   n)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Sorts @values in place; @p from 0 (the least) to 1 (the most). */
double
golf_bench_percentile (double *values,
                       guint   n,
                       double  p)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);

  return values[MIN (n - 1, (guint)(p * (n - 1) + 0.5))];
}

void
golf_bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        golf_bench_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* One figure on a line, next to its target. */
void
golf_bench_report (const char *name,
                   double      value,
                   const char *unit,
                   const char *target,
                   gboolean    met)
{
  g_print ("%-58s %12.3f %-8s target %-12s %s\n", name, value, unit, target, met ? "ok" : "MISSED");
}
