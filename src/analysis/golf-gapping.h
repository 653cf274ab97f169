/* golf-gapping.h: true distances per club and the gaps between clubs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfConfidence:
 * @GOLF_CONFIDENCE_LOW: fewer than 5 kept shots
 * @GOLF_CONFIDENCE_MEDIUM: 5 to 9
 * @GOLF_CONFIDENCE_HIGH: 10 or more
 */
typedef enum
{
  GOLF_CONFIDENCE_LOW,
  GOLF_CONFIDENCE_MEDIUM,
  GOLF_CONFIDENCE_HIGH,
} GolfConfidence;

/**
 * GolfGappingClub:
 * @club: the club
 * @n: kept shots, pooled across the sessions
 * @set_aside: shots set aside
 * @median_carry: median carry of the kept shots (m), NAN when @n is 0
 * @q1_carry: first quartile (m)
 * @q3_carry: third quartile (m)
 * @median_total: median total of the kept shots with a total above 0 (m)
 * @confidence: from @n
 * @gap_to_next: @median_carry minus that of the next club, longest first;
 *   NAN for the last club and for clubs without a carry
 * @overlap: @gap_to_next is 0 or less
 * @wide_gap: @gap_to_next is more than 1.5 times the median of all gaps
 *
 * The true distance of one club. Distances in metres.
 */
typedef struct
{
  const char     *club;
  guint           n;
  guint           set_aside;
  double          median_carry;
  double          q1_carry;
  double          q3_carry;
  double          median_total;
  GolfConfidence  confidence;
  double          gap_to_next;
  gboolean        overlap;
  gboolean        wide_gap;
} GolfGappingClub;

#define GOLF_WIDE_GAP_FACTOR 1.5

typedef struct _GolfGapping GolfGapping;

#define GOLF_TYPE_GAPPING (golf_gapping_get_type ())

GType                  golf_gapping_get_type      (void) G_GNUC_CONST;
GolfGapping           *golf_gapping_compute       (GolfShotTable     *table);
GolfGapping           *golf_gapping_ref           (GolfGapping       *self);
void                   golf_gapping_unref         (GolfGapping       *self);
guint                  golf_gapping_get_n         (const GolfGapping *self);
guint                  golf_gapping_get_n_clubs   (const GolfGapping *self);
const GolfGappingClub *golf_gapping_get_club      (const GolfGapping *self,
                                                   guint              index);
double                 golf_gapping_get_median_gap (const GolfGapping *self);
GolfConfidence         golf_confidence_for_n      (guint              n);
const char            *golf_confidence_get_name   (GolfConfidence     confidence);
const char            *golf_confidence_get_label  (GolfConfidence     confidence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfGapping, golf_gapping_unref)

G_END_DECLS
