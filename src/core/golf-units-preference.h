/* golf-units-preference.h: the distance and speed units a golfer reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * GolfDistanceUnit:
 * @GOLF_DISTANCE_UNIT_AUTO: as the locale measures (a setting only)
 * @GOLF_DISTANCE_UNIT_YARDS: yards
 * @GOLF_DISTANCE_UNIT_METRES: metres
 *
 * The values of the `distance-unit` setting, in its order.
 */
typedef enum
{
  GOLF_DISTANCE_UNIT_AUTO,
  GOLF_DISTANCE_UNIT_YARDS,
  GOLF_DISTANCE_UNIT_METRES,
} GolfDistanceUnit;

/**
 * GolfSpeedUnit:
 * @GOLF_SPEED_UNIT_AUTO: as the distance unit goes (a setting only)
 * @GOLF_SPEED_UNIT_MPH: miles per hour
 * @GOLF_SPEED_UNIT_KMH: kilometres per hour
 * @GOLF_SPEED_UNIT_MPS: metres per second
 *
 * The values of the `speed-unit` setting, in its order.
 */
typedef enum
{
  GOLF_SPEED_UNIT_AUTO,
  GOLF_SPEED_UNIT_MPH,
  GOLF_SPEED_UNIT_KMH,
  GOLF_SPEED_UNIT_MPS,
} GolfSpeedUnit;

GolfDistanceUnit golf_units_preference_from_locale   (void);
GolfDistanceUnit golf_units_preference_get_distance  (GSettings        *settings);
GolfSpeedUnit    golf_units_preference_get_speed     (GSettings        *settings);

double           golf_distance_unit_from_metres      (GolfDistanceUnit  unit,
                                                      double            metres);
double           golf_speed_unit_from_mps            (GolfSpeedUnit     unit,
                                                      double            metres_per_second);

G_END_DECLS
