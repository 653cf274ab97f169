/* golf-gapping.c: true distances (gapping)
 *
 * Per club, from the kept shots pooled across the table's sessions: n, the
 * shots set aside, median carry with its quartiles, median total
 * (totals above 0), a confidence word from n ("low" below 5, "medium" 5–9,
 * "high" from 10), and the gap to the next club when clubs are sorted by
 * median carry, longest first. A gap of 0 or less is an overlap; a gap more
 * than 1.5 times the median of all gaps is a wide gap. Clubs without a
 * kept carry come last, in bag order, without a gap. Shots without a club
 * are left out: they belong to no club.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "golf-analysis-private.h"
#include "golf-bag-order.h"
#include "golf-gapping.h"
#include "golf-kept-shots.h"
#include "golf-quantile.h"

struct _GolfGapping
{
  GolfShotTable   *table;       /* owns the club names */
  GArray          *clubs;       /* GolfGappingClub */
  guint            n;
  double           median_gap;
};

static void
gapping_clear (GolfGapping *self)
{
  g_array_unref (self->clubs);
  golf_shot_table_unref (self->table);
}

GOLF_DEFINE_RESULT_TYPE (GolfGapping, golf_gapping, gapping_clear)

/**
 * golf_confidence_for_n:
 * @n: how many kept shots a figure comes from
 *
 * Returns: low under 5 shots, medium under 10, high from 10 on
 */
GolfConfidence
golf_confidence_for_n (guint n)
{
  if (n < 5)
    return GOLF_CONFIDENCE_LOW;
  if (n < 10)
    return GOLF_CONFIDENCE_MEDIUM;

  return GOLF_CONFIDENCE_HIGH;
}

/**
 * golf_confidence_get_name:
 * @confidence: a #GolfConfidence
 *
 * Returns: "low", "medium" or "high"
 */
const char *
golf_confidence_get_name (GolfConfidence confidence)
{
  static const char * const names[] = { "low", "medium", "high" };

  g_return_val_if_fail (confidence <= GOLF_CONFIDENCE_HIGH, NULL);

  return names[confidence];
}

/**
 * golf_confidence_get_label:
 * @confidence: a #GolfConfidence
 *
 * Returns: the word a golfer reads, in their language ("low", "medium",
 *   "high"); golf_confidence_get_name() is the one for files and scripts
 */
const char *
golf_confidence_get_label (GolfConfidence confidence)
{
  switch (confidence)
    {
    case GOLF_CONFIDENCE_LOW:
      return C_("confidence", "low");
    case GOLF_CONFIDENCE_MEDIUM:
      return C_("confidence", "medium");
    case GOLF_CONFIDENCE_HIGH:
    default:
      return C_("confidence", "high");
    }
}

static void
measure_club (GolfGappingClub     *club,
              const GolfKeptShots *kept,
              const guint         *rows,
              guint                n_rows,
              double              *carries,
              double              *totals)
{
  const GolfShotTableRow *table_rows = _golf_shot_table_get_rows (golf_kept_shots_get_table (kept));
  const guint8 *verdicts = _golf_kept_shots_get_verdicts (kept);
  static const double quartiles[] = { 0.25, 0.5, 0.75 };
  double q[3];
  gsize n_totals = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = &table_rows[rows[i]];
      GolfShotVerdict verdict = verdicts[rows[i]];

      club->set_aside += golf_shot_verdict_is_set_aside (verdict);
      if (verdict != GOLF_SHOT_VERDICT_KEPT)
        continue;

      carries[club->n++] = row->carry;
      if (row->total > 0)
        totals[n_totals++] = row->total;
    }

  golf_quantiles (carries, club->n, quartiles, 3, q);
  club->q1_carry = q[0];
  club->median_carry = q[1];
  club->q3_carry = q[2];
  club->median_total = golf_quantile (totals, n_totals, 0.5);
  club->confidence = golf_confidence_for_n (club->n);
  club->gap_to_next = NAN;
}

/* Longest median carry first; clubs without one last, in bag order. */
static int
compare_by_carry (gconstpointer a,
                  gconstpointer b)
{
  const GolfGappingClub *x = a;
  const GolfGappingClub *y = b;
  gboolean x_known = !isnan (x->median_carry);
  gboolean y_known = !isnan (y->median_carry);

  if (x_known != y_known)
    return x_known ? -1 : 1;
  if (x_known && x->median_carry != y->median_carry)
    return x->median_carry > y->median_carry ? -1 : 1;

  return golf_bag_order_compare (x->club, y->club);
}

static void
flag_gaps (GolfGapping *self)
{
  g_autofree double *gaps = g_new (double, MAX (self->clubs->len, 1));
  gsize n_gaps = 0;

  for (guint i = 0; i + 1 < self->clubs->len; i++)
    {
      GolfGappingClub *club = &g_array_index (self->clubs, GolfGappingClub, i);
      const GolfGappingClub *next = &g_array_index (self->clubs, GolfGappingClub, i + 1);

      if (isnan (club->median_carry) || isnan (next->median_carry))
        continue;

      club->gap_to_next = _golf_no_negative_zero (club->median_carry - next->median_carry);
      gaps[n_gaps++] = club->gap_to_next;
    }

  self->median_gap = golf_quantile (gaps, n_gaps, 0.5);

  for (guint i = 0; i < self->clubs->len; i++)
    {
      GolfGappingClub *club = &g_array_index (self->clubs, GolfGappingClub, i);

      club->overlap = club->gap_to_next <= 0;
      club->wide_gap = club->gap_to_next > GOLF_WIDE_GAP_FACTOR * self->median_gap;
    }
}

/**
 * golf_gapping_compute:
 * @table: the shots of the chosen sessions
 *
 * True distances per club; the definitions are at the top of
 * golf-gapping.c and in the README.
 *
 * Returns: (transfer full): the clubs, longest median carry first
 */
GolfGapping *
golf_gapping_compute (GolfShotTable *table)
{
  g_autoptr(GolfKeptShots) kept = NULL;
  g_auto(GolfRowGroups) groups = { 0 };
  g_autofree double *carries = NULL;
  g_autofree double *totals = NULL;
  GolfGapping *self;
  guint n_rows;

  g_return_val_if_fail (table != NULL, NULL);

  n_rows = golf_shot_table_get_n_rows (table);
  kept = golf_kept_shots_new (table);
  carries = g_new (double, MAX (n_rows, 1));
  totals = g_new (double, MAX (n_rows, 1));

  self = g_atomic_rc_box_new0 (GolfGapping);
  self->table = golf_shot_table_ref (table);
  self->clubs = g_array_new (FALSE, TRUE, sizeof (GolfGappingClub));

  _golf_row_groups_init_by_club (&groups, table);
  for (guint c = 0; c < groups.n_groups; c++)
    {
      GolfGappingClub club = { .club = golf_shot_table_get_club (table, c) };

      if (*club.club == '\0' || groups.starts[c + 1] == groups.starts[c])
        continue;

      measure_club (&club, kept, groups.order + groups.starts[c],
                    groups.starts[c + 1] - groups.starts[c], carries, totals);
      self->n += club.n;
      g_array_append_val (self->clubs, club);
    }

  g_array_sort (self->clubs, compare_by_carry);
  flag_gaps (self);

  return self;
}

/**
 * golf_gapping_get_n:
 * @self: a #GolfGapping
 *
 * Returns: the kept shots of all clubs together
 */
guint
golf_gapping_get_n (const GolfGapping *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n;
}

/**
 * golf_gapping_get_n_clubs:
 * @self: a #GolfGapping
 *
 * Returns: how many clubs it lists
 */
guint
golf_gapping_get_n_clubs (const GolfGapping *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clubs->len;
}

/**
 * golf_gapping_get_club:
 * @self: a #GolfGapping
 * @index: below golf_gapping_get_n_clubs(); 0 is the longest club
 *
 * Returns: (transfer none): the club's numbers
 */
const GolfGappingClub *
golf_gapping_get_club (const GolfGapping *self,
                       guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clubs->len, NULL);

  return &g_array_index (self->clubs, GolfGappingClub, index);
}

/**
 * golf_gapping_get_median_gap:
 * @self: a #GolfGapping
 *
 * Returns: the median of all gaps (m), the yardstick of @wide_gap; NAN
 *   with fewer than two clubs with a carry
 */
double
golf_gapping_get_median_gap (const GolfGapping *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->median_gap;
}
