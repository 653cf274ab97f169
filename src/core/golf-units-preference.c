/* golf-units-preference.c: the distance and speed units a golfer reads
 *
 * One rule for the app and golf-lab-cli. The `distance-unit` setting wins;
 * while it is "auto", a value set in the older `units` key decides (the
 * window of version 0.1 writes only that one); else the locale does:
 * metres where it measures in metres, yards where it measures in US
 * customary units (LC_MEASUREMENT of the United States) and where it names
 * no country (C, POSIX, C.UTF-8), as golf-lab-cli always did. Speeds
 * follow `speed-unit`, else the distance unit found so: mph with yards,
 * m/s with metres.
 *
 * The locale is the process's: call setlocale (LC_ALL, "") first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-units-preference"

#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "golf-session-metrics.h"
#include "golf-settings.h"
#include "golf-units-preference.h"

static gboolean
locale_names_no_country (const char *name)
{
  return name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 ||
         g_str_has_prefix (name, "C.");
}

/**
 * golf_units_preference_from_locale:
 *
 * Returns: %GOLF_DISTANCE_UNIT_METRES where the locale's LC_MEASUREMENT
 *   measures in metres, else %GOLF_DISTANCE_UNIT_YARDS
 */
GolfDistanceUnit
golf_units_preference_from_locale (void)
{
  const char *name = setlocale (LC_MEASUREMENT, NULL);

  if (locale_names_no_country (name))
    return GOLF_DISTANCE_UNIT_YARDS;

#ifdef __GLIBC__
  /* 1 is metric, 2 is the United States' customary units. */
  return nl_langinfo (_NL_MEASUREMENT_MEASUREMENT)[0] == 2 ? GOLF_DISTANCE_UNIT_YARDS
                                                          : GOLF_DISTANCE_UNIT_METRES;
#else
  {
    const char *country = strchr (name, '_');

    if (country != NULL &&
        (g_str_has_prefix (country, "_US") || g_str_has_prefix (country, "_LR") ||
         g_str_has_prefix (country, "_MM")))
      return GOLF_DISTANCE_UNIT_YARDS;
    return GOLF_DISTANCE_UNIT_METRES;
  }
#endif
}

/* The older `units` key, when the user set it: "imperial" or "si". */
static char *
dup_units_set_by_user (GSettings *settings)
{
  g_autoptr(GVariant) value = NULL;

  if (!golf_settings_has_key (settings, "units"))
    return NULL;

  value = g_settings_get_user_value (settings, "units");
  return value != NULL ? g_variant_dup_string (value, NULL) : NULL;
}

/* A key's value, or "auto" when an older schema does not have it. */
static int
get_enum_or_auto (GSettings  *settings,
                  const char *key)
{
  return golf_settings_has_key (settings, key) ? g_settings_get_enum (settings, key) : 0;
}

/**
 * golf_units_preference_get_distance:
 * @settings: (nullable): the app's settings (golf_settings_new_if_installed()),
 *   or %NULL for the locale's rule
 *
 * Returns: the unit distances are shown in: yards or metres, never
 *   %GOLF_DISTANCE_UNIT_AUTO
 */
GolfDistanceUnit
golf_units_preference_get_distance (GSettings *settings)
{
  g_autofree char *units = NULL;
  GolfDistanceUnit unit;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), GOLF_DISTANCE_UNIT_YARDS);

  if (settings == NULL)
    return golf_units_preference_from_locale ();

  unit = get_enum_or_auto (settings, "distance-unit");
  if (unit != GOLF_DISTANCE_UNIT_AUTO)
    return unit;

  units = dup_units_set_by_user (settings);
  if (g_strcmp0 (units, "si") == 0)
    return GOLF_DISTANCE_UNIT_METRES;
  if (g_strcmp0 (units, "imperial") == 0)
    return GOLF_DISTANCE_UNIT_YARDS;

  return golf_units_preference_from_locale ();
}

/**
 * golf_units_preference_get_speed:
 * @settings: (nullable): the app's settings (golf_settings_new_if_installed()),
 *   or %NULL for the locale's rule
 *
 * Returns: the unit speeds are shown in, never %GOLF_SPEED_UNIT_AUTO
 */
GolfSpeedUnit
golf_units_preference_get_speed (GSettings *settings)
{
  GolfSpeedUnit unit = GOLF_SPEED_UNIT_AUTO;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), GOLF_SPEED_UNIT_MPH);

  if (settings != NULL)
    unit = get_enum_or_auto (settings, "speed-unit");
  if (unit != GOLF_SPEED_UNIT_AUTO)
    return unit;

  return golf_units_preference_get_distance (settings) == GOLF_DISTANCE_UNIT_YARDS
           ? GOLF_SPEED_UNIT_MPH : GOLF_SPEED_UNIT_MPS;
}

/**
 * golf_distance_unit_from_metres:
 * @unit: yards or metres
 * @metres: a distance in metres (NAN when unknown)
 *
 * Returns: the distance in @unit; NAN stays NAN
 */
double
golf_distance_unit_from_metres (GolfDistanceUnit unit,
                                double           metres)
{
  g_return_val_if_fail (unit != GOLF_DISTANCE_UNIT_AUTO, NAN);

  return golf_unit_to_display (GOLF_UNIT_DISTANCE, metres, unit == GOLF_DISTANCE_UNIT_YARDS);
}

/**
 * golf_speed_unit_from_mps:
 * @unit: mph, km/h or m/s
 * @metres_per_second: a speed in metres per second (NAN when unknown)
 *
 * Returns: the speed in @unit; NAN stays NAN
 */
double
golf_speed_unit_from_mps (GolfSpeedUnit unit,
                          double        metres_per_second)
{
  g_return_val_if_fail (unit != GOLF_SPEED_UNIT_AUTO, NAN);

  if (unit == GOLF_SPEED_UNIT_KMH)
    return metres_per_second * 3.6;

  return golf_unit_to_display (GOLF_UNIT_SPEED, metres_per_second, unit == GOLF_SPEED_UNIT_MPH);
}
