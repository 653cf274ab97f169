/* golf-club-summary.h: one club's numbers in one session, as the dashboard shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-gapping.h"
#include "golf-kept-shots.h"
#include "golf-shot-metric.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfClubSummary:
 * @club: (nullable): the club, %NULL for all clubs together
 * @n: shots of the club (with or without a carry)
 * @n_kept: the shots that count: a usable carry and not set aside
 * @n_set_aside: shots set aside, by the golfer or by the mishit rules
 * @median_carry: median carry of the kept shots (m)
 * @q1_carry: first quartile (m)
 * @q3_carry: third quartile (m)
 * @best_carry: the longest kept carry (m)
 * @best_carry_club: (nullable): the club that hit it
 * @confidence: how far @median_carry can be trusted, from @n_kept
 * @gap_to_next: @median_carry minus the next club's, longest first (m)
 * @next_club: (nullable): the club @gap_to_next is measured to
 * @overlap: @gap_to_next is 0 or less: the two clubs fly as far
 * @mean: per #GolfShotMetric, the mean over the kept shots (SI units)
 * @std: per #GolfShotMetric, the sample standard deviation
 *
 * The numbers of one club (or all clubs) in one session. NAN when unknown.
 */
typedef struct
{
  char           *club;
  guint           n;
  guint           n_kept;
  guint           n_set_aside;
  double          median_carry;
  double          q1_carry;
  double          q3_carry;
  double          best_carry;
  const char     *best_carry_club;
  GolfConfidence  confidence;
  double          gap_to_next;
  const char     *next_club;
  gboolean        overlap;
  double          mean[GOLF_N_SHOT_METRICS];
  double          std[GOLF_N_SHOT_METRICS];
} GolfClubSummary;

void golf_club_summary_compute (GolfClubSummary *summary,
                                GolfShotTable   *table,
                                GolfKeptShots   *kept,
                                GolfGapping     *gapping,
                                const char      *club);
void golf_club_summary_clear   (GolfClubSummary *summary);

G_END_DECLS
