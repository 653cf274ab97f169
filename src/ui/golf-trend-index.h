/* golf-trend-index.h: every session's trend points, kept current in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-date-range.h"
#include "golf-store.h"
#include "golf-trend.h"

G_BEGIN_DECLS

#define GOLF_TYPE_TREND_INDEX (golf_trend_index_get_type ())

G_DECLARE_FINAL_TYPE (GolfTrendIndex, golf_trend_index, GOLF, TREND_INDEX, GObject)

GolfTrendIndex *golf_trend_index_new            (GolfStore           *store);
void            golf_trend_index_update         (GolfTrendIndex      *self);
gboolean        golf_trend_index_get_busy       (GolfTrendIndex      *self);
guint           golf_trend_index_get_generation (GolfTrendIndex      *self);
guint           golf_trend_index_get_n_computed (GolfTrendIndex      *self);
GolfTrend      *golf_trend_index_dup_trend      (GolfTrendIndex      *self,
                                                 GolfShotMetric       metric,
                                                 const char          *club,
                                                 const GolfDateRange *range,
                                                 gint64               player_id);
GStrv           golf_trend_index_dup_clubs      (GolfTrendIndex      *self,
                                                 gint64               player_id);

G_END_DECLS
