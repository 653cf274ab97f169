/* golf-format.h: every number the window shows, in the chosen units
 *
 * No GTK here: the PDF report formats with it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "golf-session-metrics.h"
#include "golf-shot.h"
#include "golf-shot-metric.h"
#include "golf-shot-shapes.h"
#include "golf-trend.h"
#include "golf-types.h"
#include "golf-units-preference.h"

G_BEGIN_DECLS

/**
 * GolfUnits:
 *
 * The units a window shows: a #GolfDistanceUnit and a #GolfSpeedUnit in
 * one number, so that one property and one template closure carry both.
 * Make it with GOLF_UNITS(); an automatic unit reads as yards (or, for
 * speeds, as the speed that goes with the distance unit).
 */
typedef guint GolfUnits;

#define GOLF_UNITS(distance, speed) ((GolfUnits)(distance) | (GolfUnits)(speed) << 4)
#define GOLF_UNITS_IMPERIAL GOLF_UNITS (GOLF_DISTANCE_UNIT_YARDS, GOLF_SPEED_UNIT_MPH)
#define GOLF_UNITS_METRIC GOLF_UNITS (GOLF_DISTANCE_UNIT_METRES, GOLF_SPEED_UNIT_MPS)

/* What a value that was not measured shows. */
#define GOLF_FORMAT_MISSING "—"

GolfDistanceUnit golf_units_get_distance  (GolfUnits      units);
GolfSpeedUnit golf_units_get_speed        (GolfUnits      units);
double      golf_units_to_display          (GolfUnits      units,
                                            GolfUnit       unit,
                                            double         value);
char       *golf_format_number             (double         value,
                                            int            digits);
char       *golf_format_signed             (double         value,
                                            int            digits);
const char *golf_format_unit_symbol        (GolfUnit       unit,
                                            GolfUnits      units);
char       *golf_format_value              (GolfUnit       unit,
                                            double         value,
                                            GolfUnits      units);
char       *golf_format_value_with_unit    (GolfUnit       unit,
                                            double         value,
                                            GolfUnits      units);
char       *golf_format_spread             (GolfUnit       unit,
                                            double         std,
                                            GolfUnits      units);
char       *golf_format_angle              (double         degrees);
const char *golf_format_shot_field_unit    (GolfShotField  field,
                                            GolfUnits      units);
char       *golf_format_shot_field         (GolfShotField  field,
                                            double         value,
                                            GolfUnits      units);
char       *golf_format_date               (const char    *date);
char       *golf_format_shot_count         (guint          count);
char       *golf_format_clubs_in_bag_order (const char    *clubs_used);
const char *golf_format_face_angle_words   (double         degrees,
                                            GolfHand       hand);
const char *golf_format_club_path_words    (double         degrees,
                                            GolfHand       hand);
const char *golf_format_face_to_path_words (double         degrees,
                                            GolfHand       hand);
const char *golf_format_shot_shape         (GolfStartLine  start,
                                            GolfCurve      curve);
const char *golf_format_metric_name        (GolfShotMetric metric);
const char *golf_format_metric_unit        (GolfShotMetric metric,
                                            GolfUnits      units);
char       *golf_format_metric_value       (GolfShotMetric metric,
                                            double         value,
                                            GolfUnits      units,
                                            gboolean       plus);
char       *golf_format_metric_value_with_unit (GolfShotMetric metric,
                                            double         value,
                                            GolfUnits      units);
char       *golf_format_trend_slope        (const GolfTrend *trend,
                                            GolfUnits      units);
const char *golf_format_effect             (GolfEffect     effect);

G_END_DECLS
