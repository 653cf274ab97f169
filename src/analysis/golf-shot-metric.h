/* golf-shot-metric.h: the numbers a trend can follow, read from a shot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-session-metrics.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfShotMetric:
 * @GOLF_SHOT_METRIC_CARRY: carry (m), above 0
 * @GOLF_SHOT_METRIC_TOTAL: total (m), above 0
 * @GOLF_SHOT_METRIC_BALL_SPEED: ball speed (m/s), above 0
 * @GOLF_SHOT_METRIC_CLUB_SPEED: club speed (m/s), above 0
 * @GOLF_SHOT_METRIC_SMASH: ball speed / club speed, club speed above 0
 * @GOLF_SHOT_METRIC_LAUNCH_ANGLE: launch angle (degrees)
 * @GOLF_SHOT_METRIC_BACK_SPIN: back spin (rpm)
 * @GOLF_SHOT_METRIC_FACE_ANGLE: face angle (degrees, negative left)
 * @GOLF_SHOT_METRIC_CLUB_PATH: club path (degrees, negative left)
 * @GOLF_SHOT_METRIC_FACE_TO_PATH: face angle − club path (degrees)
 * @GOLF_SHOT_METRIC_STRIKE_DISTANCE: impact distance from the face centre (mm)
 * @GOLF_SHOT_METRIC_LATERAL: lateral landing position (m, negative left)
 */
typedef enum
{
  GOLF_SHOT_METRIC_CARRY,
  GOLF_SHOT_METRIC_TOTAL,
  GOLF_SHOT_METRIC_BALL_SPEED,
  GOLF_SHOT_METRIC_CLUB_SPEED,
  GOLF_SHOT_METRIC_SMASH,
  GOLF_SHOT_METRIC_LAUNCH_ANGLE,
  GOLF_SHOT_METRIC_BACK_SPIN,
  GOLF_SHOT_METRIC_FACE_ANGLE,
  GOLF_SHOT_METRIC_CLUB_PATH,
  GOLF_SHOT_METRIC_FACE_TO_PATH,
  GOLF_SHOT_METRIC_STRIKE_DISTANCE,
  GOLF_SHOT_METRIC_LATERAL,
  GOLF_N_SHOT_METRICS
} GolfShotMetric;

const char *golf_shot_metric_get_name  (GolfShotMetric          metric);
GolfUnit    golf_shot_metric_get_unit  (GolfShotMetric          metric);
gboolean    golf_shot_metric_from_name (const char             *name,
                                        GolfShotMetric         *metric);
double      golf_shot_metric_read      (GolfShotMetric          metric,
                                        const GolfShotTableRow *row);

G_END_DECLS
