/* golf-comparison.h: two sessions side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-session-metrics.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfDirection:
 * @GOLF_DIRECTION_SAME: the difference is too small to matter
 * @GOLF_DIRECTION_BETTER: B is better than A
 * @GOLF_DIRECTION_WORSE: B is worse than A
 * @GOLF_DIRECTION_NONE: neither side is better (face angle, club path), or
 *   a value is missing
 */
typedef enum
{
  GOLF_DIRECTION_SAME,
  GOLF_DIRECTION_BETTER,
  GOLF_DIRECTION_WORSE,
  GOLF_DIRECTION_NONE,
} GolfDirection;

/**
 * GolfComparedValue:
 * @name: the session metric ("avg_carry") or the club ("7 Iron")
 * @unit: the unit of @a, @b and @difference (SI)
 * @n_a: for a club, its kept shots in session A; for a metric, A's shots
 * @n_b: the same for session B
 * @a: the value in session A (NAN when unknown)
 * @b: the value in session B
 * @difference: @b − @a
 * @direction: what the difference means for the golfer
 */
typedef struct
{
  const char    *name;
  GolfUnit       unit;
  guint          n_a;
  guint          n_b;
  double         a;
  double         b;
  double         difference;
  GolfDirection  direction;
} GolfComparedValue;

typedef struct _GolfComparison GolfComparison;

#define GOLF_TYPE_COMPARISON (golf_comparison_get_type ())

GType                    golf_comparison_get_type        (void) G_GNUC_CONST;
GolfComparison          *golf_comparison_compute         (GolfShotTable        *table,
                                                          const char           *session_a,
                                                          const char           *session_b);
GolfComparison          *golf_comparison_ref             (GolfComparison       *self);
void                     golf_comparison_unref           (GolfComparison       *self);
const char              *golf_comparison_get_session     (const GolfComparison *self,
                                                          guint                 which);
guint                    golf_comparison_get_n           (const GolfComparison *self,
                                                          guint                 which);
guint                    golf_comparison_get_n_metrics   (const GolfComparison *self);
const GolfComparedValue *golf_comparison_get_metric      (const GolfComparison *self,
                                                          guint                 index);
guint                    golf_comparison_get_n_clubs     (const GolfComparison *self);
const GolfComparedValue *golf_comparison_get_club        (const GolfComparison *self,
                                                          guint                 index);
const char              *golf_direction_get_name         (GolfDirection         direction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfComparison, golf_comparison_unref)

G_END_DECLS
