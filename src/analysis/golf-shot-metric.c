/* golf-shot-metric.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>
#include <string.h>

#include "golf-analysis-private.h"
#include "golf-shot-metric.h"

static const struct
{
  const char *name;
  GolfUnit    unit;
} metric_info[GOLF_N_SHOT_METRICS] = {
  [GOLF_SHOT_METRIC_CARRY]           = { "carry", GOLF_UNIT_DISTANCE },
  [GOLF_SHOT_METRIC_TOTAL]           = { "total", GOLF_UNIT_DISTANCE },
  [GOLF_SHOT_METRIC_BALL_SPEED]      = { "ball_speed", GOLF_UNIT_SPEED },
  [GOLF_SHOT_METRIC_CLUB_SPEED]      = { "club_speed", GOLF_UNIT_SPEED },
  [GOLF_SHOT_METRIC_SMASH]           = { "smash", GOLF_UNIT_NONE },
  [GOLF_SHOT_METRIC_LAUNCH_ANGLE]    = { "launch_angle", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_METRIC_BACK_SPIN]       = { "back_spin", GOLF_UNIT_NONE },
  [GOLF_SHOT_METRIC_FACE_ANGLE]      = { "face_angle", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_METRIC_CLUB_PATH]       = { "club_path", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_METRIC_FACE_TO_PATH]    = { "face_to_path", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_METRIC_STRIKE_DISTANCE] = { "strike_distance", GOLF_UNIT_MILLIMETRE },
  [GOLF_SHOT_METRIC_LATERAL]         = { "lateral", GOLF_UNIT_DISTANCE },
};

/**
 * golf_shot_metric_get_name:
 * @metric: a #GolfShotMetric
 *
 * Returns: its name on the command line and in JSON, e.g. "ball_speed"
 */
const char *
golf_shot_metric_get_name (GolfShotMetric metric)
{
  g_return_val_if_fail (metric < GOLF_N_SHOT_METRICS, NULL);

  return metric_info[metric].name;
}

/**
 * golf_shot_metric_get_unit:
 * @metric: a #GolfShotMetric
 *
 * Returns: the unit the metric is stored in
 */
GolfUnit
golf_shot_metric_get_unit (GolfShotMetric metric)
{
  g_return_val_if_fail (metric < GOLF_N_SHOT_METRICS, GOLF_UNIT_NONE);

  return metric_info[metric].unit;
}

/**
 * golf_shot_metric_from_name:
 * @name: a metric's name, e.g. "carry"
 * @metric: (out) (optional): the metric
 *
 * Returns: whether @name is one
 */
gboolean
golf_shot_metric_from_name (const char     *name,
                            GolfShotMetric *metric)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < GOLF_N_SHOT_METRICS; i++)
    if (strcmp (metric_info[i].name, name) == 0)
      {
        if (metric != NULL)
          *metric = i;
        return TRUE;
      }

  return FALSE;
}

static inline double
positive_or_nan (double value)
{
  return value > 0 ? value : NAN;
}

/**
 * golf_shot_metric_read:
 * @metric: a #GolfShotMetric
 * @row: a shot
 *
 * Distances and speeds count above 0 only, as absent otherwise.
 *
 * Returns: the shot's value in SI units, or NAN when it has none
 */
double
golf_shot_metric_read (GolfShotMetric          metric,
                       const GolfShotTableRow *row)
{
  g_return_val_if_fail (row != NULL, NAN);

  switch (metric)
    {
    case GOLF_SHOT_METRIC_CARRY:
      return positive_or_nan (row->carry);
    case GOLF_SHOT_METRIC_TOTAL:
      return positive_or_nan (row->total);
    case GOLF_SHOT_METRIC_BALL_SPEED:
      return positive_or_nan (row->ball_speed);
    case GOLF_SHOT_METRIC_CLUB_SPEED:
      return positive_or_nan (row->club_speed);
    case GOLF_SHOT_METRIC_SMASH:
      return _golf_smash (row);
    case GOLF_SHOT_METRIC_LAUNCH_ANGLE:
      return row->launch_angle;
    case GOLF_SHOT_METRIC_BACK_SPIN:
      return row->back_spin;
    case GOLF_SHOT_METRIC_FACE_ANGLE:
      return row->face_angle;
    case GOLF_SHOT_METRIC_CLUB_PATH:
      return row->club_path;
    case GOLF_SHOT_METRIC_FACE_TO_PATH:
      return row->face_angle - row->club_path;
    case GOLF_SHOT_METRIC_STRIKE_DISTANCE:
      return hypot (row->impact_x, row->impact_y);
    case GOLF_SHOT_METRIC_LATERAL:
      return row->side_distance;
    case GOLF_N_SHOT_METRICS:
    default:
      g_return_val_if_reached (NAN);
    }
}
