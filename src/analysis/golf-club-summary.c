/* golf-club-summary.c
 *
 * The numbers the dashboard shows for one club of a session, or for all
 * its clubs together: how many shots count and how many were set aside,
 * the quartiles of the kept carries, the best carry, the gap to the next
 * club, and the mean and spread of every shot metric over the kept shots.
 * Pure: a shot table and the analyses of it in, plain numbers out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include "config.h"

#include <math.h>
#include <string.h>

#include "golf-club-summary.h"
#include "golf-moments.h"
#include "golf-quantile.h"

static void
summary_init (GolfClubSummary *summary,
              const char      *club)
{
  summary->club = g_strdup (club);
  summary->median_carry = summary->q1_carry = summary->q3_carry = NAN;
  summary->best_carry = summary->gap_to_next = NAN;
  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    summary->mean[m] = summary->std[m] = NAN;
}

/**
 * golf_club_summary_clear:
 * @summary: a summary golf_club_summary_compute() filled
 *
 * Frees what the summary owns (its club's name).
 */
void
golf_club_summary_clear (GolfClubSummary *summary)
{
  g_return_if_fail (summary != NULL);

  g_clear_pointer (&summary->club, g_free);
}

/* Means and spreads of the kept shots of @club (every club when %NULL). */
static void
measure_kept (GolfClubSummary *summary,
              GolfShotTable   *table,
              GolfKeptShots   *kept,
              const char      *club,
              double          *values)
{
  guint n_rows = golf_shot_table_get_n_rows (table);

  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    {
      gsize n = 0;

      for (guint r = 0; r < n_rows; r++)
        {
          const GolfShotTableRow *row = golf_shot_table_get_row (table, r);
          double value;

          if ((club != NULL && strcmp (row->club, club) != 0) || !golf_kept_shots_is_kept (kept, r))
            continue;

          value = golf_shot_metric_read (m, row);
          if (isfinite (value))
            values[n++] = value;
        }

      summary->mean[m] = n > 0 ? golf_mean (values, n) : NAN;
      summary->std[m] = n > 1 ? golf_sample_std (values, n) : NAN;
    }
}

/* Counts, and the longest carry: of the kept shots for one club; for all
 * clubs of every shot, as the session's own best carry counts it. */
static void
count_shots (GolfClubSummary *summary,
             GolfShotTable   *table,
             GolfKeptShots   *kept,
             const char      *club)
{
  guint n_rows = golf_shot_table_get_n_rows (table);

  for (guint r = 0; r < n_rows; r++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (table, r);
      gboolean is_kept = golf_kept_shots_is_kept (kept, r);

      if (club != NULL && strcmp (row->club, club) != 0)
        continue;

      summary->n++;
      summary->n_kept += is_kept ? 1 : 0;
      if (golf_shot_verdict_is_set_aside (golf_kept_shots_get_verdict (kept, r)))
        summary->n_set_aside++;

      if ((is_kept || club == NULL) && row->carry > 0 &&
          (isnan (summary->best_carry) || row->carry > summary->best_carry))
        {
          summary->best_carry = row->carry;
          summary->best_carry_club = row->club[0] != '\0' ? row->club : NULL;
        }
    }
}

static void
copy_gapping (GolfClubSummary *summary,
              GolfGapping     *gapping)
{
  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    {
      const GolfGappingClub *club = golf_gapping_get_club (gapping, i);

      if (g_strcmp0 (club->club, summary->club) != 0)
        continue;

      summary->median_carry = club->median_carry;
      summary->q1_carry = club->q1_carry;
      summary->q3_carry = club->q3_carry;
      summary->confidence = club->confidence;
      summary->gap_to_next = club->gap_to_next;
      summary->overlap = club->overlap;
      if (!isnan (club->gap_to_next) && i + 1 < golf_gapping_get_n_clubs (gapping))
        summary->next_club = golf_gapping_get_club (gapping, i + 1)->club;
      return;
    }
}

/* All clubs together: quartiles of every kept carry. */
static void
measure_all_carries (GolfClubSummary *summary,
                     GolfShotTable   *table,
                     GolfKeptShots   *kept,
                     double          *values)
{
  static const double ps[] = { 0.25, 0.5, 0.75 };
  double quartiles[G_N_ELEMENTS (ps)];
  gsize n = 0;

  for (guint r = 0; r < golf_shot_table_get_n_rows (table); r++)
    if (golf_kept_shots_is_kept (kept, r))
      values[n++] = golf_shot_table_get_row (table, r)->carry;

  summary->confidence = golf_confidence_for_n (n);
  if (n == 0)
    return;

  golf_quantiles (values, n, ps, G_N_ELEMENTS (ps), quartiles);
  summary->q1_carry = quartiles[0];
  summary->median_carry = quartiles[1];
  summary->q3_carry = quartiles[2];
}

/**
 * golf_club_summary_compute:
 * @summary: (out caller-allocates): the summary to fill; clear it with
 *   golf_club_summary_clear()
 * @table: a session's shots
 * @kept: which of them count
 * @gapping: the session's gapping, for a club's quartiles and gap
 * @club: (nullable): a club of @table, or %NULL for all clubs together
 *
 * Fills @summary with the club's numbers (NAN where unknown). For all
 * clubs, the quartiles are those of every kept carry and the best carry
 * that of every shot, as the session's own best carry counts it.
 */
void
golf_club_summary_compute (GolfClubSummary *summary,
                           GolfShotTable   *table,
                           GolfKeptShots   *kept,
                           GolfGapping     *gapping,
                           const char      *club)
{
  g_autofree double *values = NULL;

  g_return_if_fail (summary != NULL && table != NULL && kept != NULL && gapping != NULL);

  memset (summary, 0, sizeof *summary);
  values = g_new (double, MAX (golf_shot_table_get_n_rows (table), 1));

  summary_init (summary, club);
  count_shots (summary, table, kept, club);
  measure_kept (summary, table, kept, club, values);
  if (club == NULL)
    measure_all_carries (summary, table, kept, values);
  else
    copy_gapping (summary, gapping);
}
