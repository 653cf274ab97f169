/* golf-row-groups.c: rows grouped by club, or by session and club
 *
 * A counting sort over the table's session and club numbers: linear in the
 * number of rows, which is what keeps gapping over 100,000 shots fast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>

#include "golf-analysis-private.h"
#include "golf-bag-order.h"

static void
group_by_keys (GolfRowGroups *groups,
               const guint   *keys,
               guint          n_rows,
               guint          n_groups)
{
  groups->n_groups = n_groups;
  groups->starts = g_new0 (guint, n_groups + 1);
  groups->order = g_new (guint, MAX (n_rows, 1));

  for (guint i = 0; i < n_rows; i++)
    groups->starts[keys[i] + 1]++;
  for (guint g = 0; g < n_groups; g++)
    groups->starts[g + 1] += groups->starts[g];

  {
    g_autofree guint *next = g_memdup2 (groups->starts, sizeof (guint) * n_groups);

    for (guint i = 0; i < n_rows; i++)
      groups->order[next[keys[i]]++] = i;
  }
}

void
_golf_row_groups_init_by_club (GolfRowGroups       *groups,
                               const GolfShotTable *table)
{
  const GolfShotTableRow *rows = _golf_shot_table_get_rows (table);
  guint n_rows = golf_shot_table_get_n_rows (table);
  g_autofree guint *keys = g_new (guint, MAX (n_rows, 1));

  for (guint i = 0; i < n_rows; i++)
    keys[i] = rows[i].club_index;

  group_by_keys (groups, keys, n_rows, golf_shot_table_get_n_clubs (table));
}

/* Groups that never occur stay empty; a table with more session and club
 * pairs than fit in memory is not a thing a launch monitor produces. */
void
_golf_row_groups_init_by_session_club (GolfRowGroups       *groups,
                                       const GolfShotTable *table)
{
  const GolfShotTableRow *rows = _golf_shot_table_get_rows (table);
  guint n_rows = golf_shot_table_get_n_rows (table);
  guint n_clubs = golf_shot_table_get_n_clubs (table);
  guint64 n_groups = (guint64) golf_shot_table_get_n_sessions (table) * n_clubs;
  g_autofree guint *keys = g_new (guint, MAX (n_rows, 1));

  g_assert (n_groups < G_MAXUINT);

  for (guint i = 0; i < n_rows; i++)
    keys[i] = rows[i].session_index * n_clubs + rows[i].club_index;

  group_by_keys (groups, keys, n_rows, (guint) n_groups);
}

void
_golf_row_groups_clear (GolfRowGroups *groups)
{
  g_clear_pointer (&groups->starts, g_free);
  g_clear_pointer (&groups->order, g_free);
  groups->n_groups = 0;
}

/* The table's club indices, named clubs only, in bag order. */
static int
compare_clubs (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const GolfShotTable *table = user_data;

  return golf_bag_order_compare (golf_shot_table_get_club (table, GPOINTER_TO_UINT (*(gconstpointer *)a)),
                                 golf_shot_table_get_club (table, GPOINTER_TO_UINT (*(gconstpointer *)b)));
}

GPtrArray *
_golf_clubs_in_bag_order (const GolfShotTable *table)
{
  GPtrArray *clubs = g_ptr_array_new ();

  for (guint c = 0; c < golf_shot_table_get_n_clubs (table); c++)
    if (*golf_shot_table_get_club (table, c) != '\0')
      g_ptr_array_add (clubs, GUINT_TO_POINTER (c));

  g_ptr_array_sort_with_data (clubs, compare_clubs, (gpointer)table);

  return clubs;
}

/* -0.0 becomes 0.0, so no result ever reads "-0". */
double
_golf_no_negative_zero (double value)
{
  return value == 0 ? 0.0 : value;
}
