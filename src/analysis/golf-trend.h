/* golf-trend.h: how a number moves over sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-date-range.h"
#include "golf-shot-metric.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfTrendPoint:
 * @session_id: the session
 * @date: its date, "YYYY-MM-DD"
 * @n: its kept shots with a value of the metric
 * @value: the median of those values (SI units)
 */
typedef struct
{
  const char *session_id;
  const char *date;
  guint       n;
  double      value;
} GolfTrendPoint;

/**
 * GolfTrendGroup:
 * @n: points in the group
 * @mean: mean of their values
 * @std: sample standard deviation of their values
 *
 * One side of the effect size: the first or the second half of the points,
 * or the points in a chosen date range.
 */
typedef struct
{
  guint  n;
  double mean;
  double std;
} GolfTrendGroup;

/**
 * GolfEffect:
 * @GOLF_EFFECT_NONE: |d| below 0.5: "no clear change"
 * @GOLF_EFFECT_MODERATE_INCREASE: d from 0.5 to below 0.8
 * @GOLF_EFFECT_LARGE_INCREASE: d 0.8 or more
 * @GOLF_EFFECT_MODERATE_DECREASE: d from −0.8 (excluded) to −0.5
 * @GOLF_EFFECT_LARGE_DECREASE: d −0.8 or less
 * @GOLF_EFFECT_UNKNOWN: too few points to tell
 */
typedef enum
{
  GOLF_EFFECT_NONE,
  GOLF_EFFECT_MODERATE_INCREASE,
  GOLF_EFFECT_LARGE_INCREASE,
  GOLF_EFFECT_MODERATE_DECREASE,
  GOLF_EFFECT_LARGE_DECREASE,
  GOLF_EFFECT_UNKNOWN,
} GolfEffect;

#define GOLF_EFFECT_CLEAR 0.5
#define GOLF_EFFECT_LARGE 0.8

typedef struct _GolfTrend GolfTrend;

#define GOLF_TYPE_TREND (golf_trend_get_type ())

GType                 golf_trend_get_type              (void) G_GNUC_CONST;
GolfTrend            *golf_trend_compute               (GolfShotTable       *table,
                                                        GListModel          *sessions,
                                                        GolfShotMetric       metric,
                                                        const char          *club,
                                                        const GolfDateRange *first,
                                                        const GolfDateRange *second);
GolfTrend            *golf_trend_new_from_points       (GolfShotMetric        metric,
                                                        const char           *club,
                                                        const GolfTrendPoint *points,
                                                        guint                 n_points,
                                                        const GolfDateRange  *first,
                                                        const GolfDateRange  *second);
GolfTrend            *golf_trend_ref                   (GolfTrend           *self);
void                  golf_trend_unref                 (GolfTrend           *self);
GolfShotMetric        golf_trend_get_metric            (const GolfTrend     *self);
const char           *golf_trend_get_club              (const GolfTrend     *self);
guint                 golf_trend_get_n                 (const GolfTrend     *self);
const GolfTrendPoint *golf_trend_get_point             (const GolfTrend     *self,
                                                        guint                index);
double                golf_trend_get_slope_per_30_days (const GolfTrend     *self);
double                golf_trend_get_effect_size       (const GolfTrend     *self);
GolfEffect            golf_trend_get_effect            (const GolfTrend     *self);
const GolfTrendGroup *golf_trend_get_group             (const GolfTrend     *self,
                                                        guint                which);
gboolean              golf_trend_get_uses_ranges       (const GolfTrend     *self);
const char           *golf_effect_get_name             (GolfEffect           effect);
GolfEffect            golf_effect_for_size             (double               d);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfTrend, golf_trend_unref)

G_END_DECLS
