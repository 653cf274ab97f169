/* golf-format.c
 *
 * Every number the window shows goes through here: one place that knows
 * the units the golfer chose, how many digits each measurement deserves,
 * that a value that was not measured reads "—", and that a value which
 * rounds to zero never reads "-0.0".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-format"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "golf-bag-order.h"
#include "golf-format.h"

/* U+2212 MINUS SIGN: a hyphen is too short beside digits. */
#define MINUS "−"

/* How a shot field is shown: digits after the point, whether the sign
 * matters (left/right), and a unit for the fields GolfUnit has none for. */
static const struct
{
  int         digits;
  gboolean    is_signed;
  const char *unit;
} shot_fields[GOLF_SHOT_N_FIELDS] = {
  [GOLF_SHOT_FIELD_BALL_SPEED]     = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_CLUB_SPEED]     = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_CARRY_DISTANCE] = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_TOTAL_DISTANCE] = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_CLUB_PATH]      = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_FACE_ANGLE]     = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_LAUNCH_ANGLE]   = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_SIDE_ANGLE]     = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_DYNAMIC_LOFT]   = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_ATTACK_ANGLE]   = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_SIDE_SPIN]      = { 0, TRUE, N_("rpm") },
  [GOLF_SHOT_FIELD_BACK_SPIN]      = { 0, FALSE, N_("rpm") },
  [GOLF_SHOT_FIELD_IMPACT_X]       = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_IMPACT_Y]       = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_SIDE_DISTANCE]  = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_DESCENT_ANGLE]  = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_APEX]           = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_FLIGHT_TIME]    = { 2, FALSE, N_("s") },
  [GOLF_SHOT_FIELD_OPTIX_X]        = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_OPTIX_Y]        = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_CLUB_LIE]       = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_LIE_ANGLE]      = { 1, FALSE, NULL },
  [GOLF_SHOT_FIELD_SPIN_AXIS]      = { 1, TRUE, NULL },
  [GOLF_SHOT_FIELD_TOTAL_SPIN]     = { 0, FALSE, N_("rpm") },
};

/**
 * golf_units_get_distance:
 * @units: units made with GOLF_UNITS()
 *
 * Returns: the distance unit, yards or metres
 */
GolfDistanceUnit
golf_units_get_distance (GolfUnits units)
{
  GolfDistanceUnit distance = units & 0xf;

  return distance == GOLF_DISTANCE_UNIT_METRES ? GOLF_DISTANCE_UNIT_METRES : GOLF_DISTANCE_UNIT_YARDS;
}

/**
 * golf_units_get_speed:
 * @units: units made with GOLF_UNITS()
 *
 * Returns: the speed unit: mph, km/h or m/s
 */
GolfSpeedUnit
golf_units_get_speed (GolfUnits units)
{
  GolfSpeedUnit speed = units >> 4 & 0xf;

  if (speed == GOLF_SPEED_UNIT_MPH || speed == GOLF_SPEED_UNIT_KMH || speed == GOLF_SPEED_UNIT_MPS)
    return speed;

  return golf_units_get_distance (units) == GOLF_DISTANCE_UNIT_YARDS ? GOLF_SPEED_UNIT_MPH : GOLF_SPEED_UNIT_MPS;
}

/**
 * golf_units_to_display:
 * @units: the units to show
 * @unit: what @value measures
 * @value: a value in SI units, NAN when unknown
 *
 * Returns: @value in @units; angles and millimetres stay as they are
 */
double
golf_units_to_display (GolfUnits units,
                       GolfUnit  unit,
                       double    value)
{
  switch (unit)
    {
    case GOLF_UNIT_DISTANCE:
      return golf_distance_unit_from_metres (golf_units_get_distance (units), value);
    case GOLF_UNIT_SPEED:
      return golf_speed_unit_from_mps (golf_units_get_speed (units), value);
    case GOLF_UNIT_NONE:
    case GOLF_UNIT_ANGLE:
    case GOLF_UNIT_MILLIMETRE:
    default:
      return value;
    }
}

static int
unit_digits (GolfUnit unit)
{
  return unit == GOLF_UNIT_NONE ? 2 : 1;
}

/* @value rounded to @digits, with a rounded zero made positive. */
static double
round_to (double value,
          int    digits)
{
  double scale = pow (10.0, digits);
  double rounded = round (value * scale) / scale;

  return rounded == 0.0 ? 0.0 : rounded;
}

static char *
print_rounded (double   value,
               int      digits,
               gboolean plus)
{
  double rounded;

  if (!isfinite (value))
    return g_strdup (GOLF_FORMAT_MISSING);

  rounded = round_to (value, digits);
  if (rounded < 0)
    return g_strdup_printf (MINUS "%.*f", digits, -rounded);
  if (plus && rounded > 0)
    return g_strdup_printf ("+%.*f", digits, rounded);

  return g_strdup_printf ("%.*f", digits, rounded);
}

/**
 * golf_format_number:
 * @value: a number, NAN when not measured
 * @digits: digits after the decimal point
 *
 * Returns: (transfer full): "12.3", "−0.4", "0.0" (never "-0.0") or "—"
 */
char *
golf_format_number (double value,
                    int    digits)
{
  return print_rounded (value, digits, FALSE);
}

/**
 * golf_format_signed:
 * @value: a number, NAN when not measured
 * @digits: digits after the decimal point
 *
 * For values whose sign says left or right: "+1.2", "−0.8", "0.0" or "—".
 *
 * Returns: (transfer full): the text
 */
char *
golf_format_signed (double value,
                    int    digits)
{
  return print_rounded (value, digits, TRUE);
}

/**
 * golf_format_unit_symbol:
 * @unit: what a value measures
 * @units: the units to show
 *
 * Returns: (transfer none): "yd", "m", "mph", "m/s", "°", "mm" or ""
 */
const char *
golf_format_unit_symbol (GolfUnit unit,
                         GolfUnits units)
{
  switch (unit)
    {
    case GOLF_UNIT_DISTANCE:
      /* Translators: abbreviations of yards and metres */
      return golf_units_get_distance (units) == GOLF_DISTANCE_UNIT_YARDS ? _("yd") : _("m");
    case GOLF_UNIT_SPEED:
      switch (golf_units_get_speed (units))
        {
        case GOLF_SPEED_UNIT_MPH:
          /* Translators: abbreviation of miles per hour */
          return _("mph");
        case GOLF_SPEED_UNIT_KMH:
          /* Translators: abbreviation of kilometres per hour */
          return _("km/h");
        case GOLF_SPEED_UNIT_MPS:
        case GOLF_SPEED_UNIT_AUTO:
        default:
          /* Translators: abbreviation of metres per second */
          return _("m/s");
        }
    case GOLF_UNIT_ANGLE:
      return "°";
    case GOLF_UNIT_MILLIMETRE:
      /* Translators: abbreviation of millimetres */
      return _("mm");
    case GOLF_UNIT_NONE:
    default:
      return "";
    }
}

/**
 * golf_format_value:
 * @unit: what @value measures
 * @value: the value in SI units, NAN when not measured
 * @units: the units to show
 *
 * Returns: (transfer full): the number in the chosen units, without the unit
 */
char *
golf_format_value (GolfUnit unit,
                   double   value,
                   GolfUnits units)
{
  return golf_format_number (golf_units_to_display (units, unit, value), unit_digits (unit));
}

static char *
join_unit (char       *number,
           const char *symbol)
{
  char *text;

  if (g_strcmp0 (number, GOLF_FORMAT_MISSING) == 0 || symbol == NULL || symbol[0] == '\0')
    return number;

  /* No space before a degree sign. */
  if (g_strcmp0 (symbol, "°") == 0)
    text = g_strconcat (number, symbol, NULL);
  else
    text = g_strdup_printf ("%s %s", number, symbol);
  g_free (number);

  return text;
}

/**
 * golf_format_value_with_unit:
 * @unit: what @value measures
 * @value: the value in SI units, NAN when not measured
 * @units: the units to show
 *
 * Returns: (transfer full): "158.6 yd", "1.2°", "1.36" or "—"
 */
char *
golf_format_value_with_unit (GolfUnit unit,
                             double   value,
                             GolfUnits units)
{
  return join_unit (golf_format_value (unit, value, units),
                    golf_format_unit_symbol (unit, units));
}

/**
 * golf_format_spread:
 * @unit: what the spread measures
 * @std: a standard deviation in SI units, NAN when unknown
 * @units: the units to show
 *
 * Returns: (transfer full): "± 2.1°", "± 4.5 yd", or "" when unknown
 */
char *
golf_format_spread (GolfUnit unit,
                    double   std,
                    GolfUnits units)
{
  g_autofree char *value = NULL;

  if (!isfinite (std))
    return g_strdup ("");

  value = golf_format_value_with_unit (unit, std, units);

  /* Translators: a spread (standard deviation), like "± 2.1°" */
  return g_strdup_printf (_("± %s"), value);
}

/**
 * golf_format_angle:
 * @degrees: an angle whose sign says left (−) or right (+), NAN when not measured
 *
 * Returns: (transfer full): "+1.2°", "−0.8°", "0.0°" or "—"
 */
char *
golf_format_angle (double degrees)
{
  return join_unit (golf_format_signed (degrees, 1), "°");
}

/**
 * golf_format_shot_field_unit:
 * @field: a measured field
 * @units: the units to show
 *
 * Returns: (transfer none): the unit a shot list shows @field in, or ""
 */
const char *
golf_format_shot_field_unit (GolfShotField field,
                             GolfUnits     units)
{
  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, "");

  if (shot_fields[field].unit != NULL)
    return _(shot_fields[field].unit);

  return golf_format_unit_symbol (golf_shot_field_get_unit (field), units);
}

/**
 * golf_format_shot_field:
 * @field: a measured field
 * @value: its value in SI units, NAN when not measured
 * @units: the units to show
 *
 * Returns: (transfer full): the number as a shot list shows it, without
 *   the unit: "158.6", "+2.1", "6120" or "—"
 */
char *
golf_format_shot_field (GolfShotField field,
                        double        value,
                        GolfUnits     units)
{
  double shown;

  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, NULL);

  shown = golf_units_to_display (units, golf_shot_field_get_unit (field), value);

  return print_rounded (shown, shot_fields[field].digits, shot_fields[field].is_signed);
}

/**
 * golf_format_date:
 * @date: (nullable): a session date, "YYYY-MM-DD" (a time may follow)
 *
 * Returns: (transfer full): "Tue 24 Nov 2026"; the year is always there
 */
char *
golf_format_date (const char *date)
{
  g_autoptr(GDateTime) datetime = NULL;
  int year, month, day;

  if (date == NULL || date[0] == '\0')
    return g_strdup (_("Undated"));

  if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3)
    datetime = g_date_time_new_utc (year, month, day, 0, 0, 0);

  if (datetime == NULL)
    return g_strdup (date);

  /* Translators: the date of a session, see the GLib docs of
   * g_date_time_format() for the codes: "Tue 24 Nov 2026". Keep the year. */
  /* xgettext:no-c-format */
  return g_date_time_format (datetime, _("%a %-d %b %Y"));
}

/**
 * golf_format_shot_count:
 * @count: a number of shots
 *
 * Returns: (transfer full): "1 shot", "24 shots"
 */
char *
golf_format_shot_count (guint count)
{
  return g_strdup_printf (ngettext ("%u shot", "%u shots", count), count);
}

/* An angle's sign in words for the golfer's hand: what it is when it
 * rounds to 0, and when it points right or left for a right-handed golfer
 * (@right_hand) or the other way round (@other_hand). */
typedef struct
{
  const char *square;
  const char *right_hand[2];  /* pointing right, pointing left */
  const char *other_hand[2];
} SignWords;

static const char *
sign_words (double           degrees,
            GolfHand         hand,
            const SignWords *words)
{
  double rounded = round_to (degrees, 1);

  if (!isfinite (degrees))
    return "";
  if (rounded == 0.0)
    return _(words->square);
  if ((rounded > 0) == (hand == GOLF_HAND_RIGHT))
    return _(words->right_hand[rounded > 0 ? 0 : 1]);

  return _(words->other_hand[rounded > 0 ? 0 : 1]);
}

/**
 * golf_format_face_angle_words:
 * @degrees: the face angle to the target line, + pointing right
 * @hand: the golfer's hand
 *
 * A face pointing right of the target is open for a right-handed golfer
 * and closed for a left-handed one.
 *
 * Returns: (transfer none): the sign in words, or "" when not measured
 */
const char *
golf_format_face_angle_words (double   degrees,
                              GolfHand hand)
{
  static const SignWords words = {
    N_("square to the target"),
    { N_("open, pointing right"), N_("open, pointing left") },
    { N_("closed, pointing right"), N_("closed, pointing left") },
  };

  return sign_words (degrees, hand, &words);
}

/**
 * golf_format_club_path_words:
 * @degrees: the club path to the target line, + swinging right
 * @hand: the golfer's hand
 *
 * A path to the right is in-to-out for a right-handed golfer and
 * out-to-in for a left-handed one.
 *
 * Returns: (transfer none): the sign in words, or "" when not measured
 */
const char *
golf_format_club_path_words (double   degrees,
                             GolfHand hand)
{
  static const SignWords words = {
    N_("straight down the line"),
    { N_("in-to-out, swinging right"), N_("in-to-out, swinging left") },
    { N_("out-to-in, swinging right"), N_("out-to-in, swinging left") },
  };

  return sign_words (degrees, hand, &words);
}

/**
 * golf_format_face_to_path_words:
 * @degrees: face angle minus club path, + curving the ball right
 * @hand: the golfer's hand
 *
 * A ball curving right is a fade for a right-handed golfer and a draw for
 * a left-handed one.
 *
 * Returns: (transfer none): the curve in words, or "" when not measured
 */
const char *
golf_format_face_to_path_words (double   degrees,
                                GolfHand hand)
{
  static const SignWords words = {
    N_("square to the path: no curve"),
    { N_("open to the path: fades right"), N_("open to the path: fades left") },
    { N_("closed to the path: draws right"), N_("closed to the path: draws left") },
  };

  return sign_words (degrees, hand, &words);
}

/**
 * golf_format_shot_shape:
 * @start: a start line
 * @curve: a curve
 *
 * Returns: (transfer none): the shape as a golfer says it, translated:
 *   "Push fade", "Straight", "Pull hook"
 */
const char *
golf_format_shot_shape (GolfStartLine start,
                        GolfCurve     curve)
{
  static const char * const names[GOLF_N_STARTS][GOLF_N_CURVES] = {
    { NC_("shot shape", "Pull hook"), NC_("shot shape", "Pull draw"), NC_("shot shape", "Pull"),
      NC_("shot shape", "Pull fade"), NC_("shot shape", "Pull slice") },
    { NC_("shot shape", "Straight hook"), NC_("shot shape", "Straight draw"), NC_("shot shape", "Straight"),
      NC_("shot shape", "Straight fade"), NC_("shot shape", "Straight slice") },
    { NC_("shot shape", "Push hook"), NC_("shot shape", "Push draw"), NC_("shot shape", "Push"),
      NC_("shot shape", "Push fade"), NC_("shot shape", "Push slice") },
  };

  g_return_val_if_fail (start < GOLF_N_STARTS && curve < GOLF_N_CURVES, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "shot shape", names[start][curve]);
}

/**
 * golf_format_metric_name:
 * @metric: a metric a trend can follow
 *
 * Returns: (transfer none): its name for people: "Carry", "Ball speed"
 */
const char *
golf_format_metric_name (GolfShotMetric metric)
{
  static const char * const names[GOLF_N_SHOT_METRICS] = {
    [GOLF_SHOT_METRIC_CARRY] = N_("Carry"),
    [GOLF_SHOT_METRIC_TOTAL] = N_("Total"),
    [GOLF_SHOT_METRIC_BALL_SPEED] = N_("Ball speed"),
    [GOLF_SHOT_METRIC_CLUB_SPEED] = N_("Club speed"),
    [GOLF_SHOT_METRIC_SMASH] = N_("Smash factor"),
    [GOLF_SHOT_METRIC_LAUNCH_ANGLE] = N_("Launch angle"),
    [GOLF_SHOT_METRIC_BACK_SPIN] = N_("Back spin"),
    [GOLF_SHOT_METRIC_FACE_ANGLE] = N_("Face angle"),
    [GOLF_SHOT_METRIC_CLUB_PATH] = N_("Club path"),
    [GOLF_SHOT_METRIC_FACE_TO_PATH] = N_("Face to path"),
    [GOLF_SHOT_METRIC_STRIKE_DISTANCE] = N_("Strike distance"),
    [GOLF_SHOT_METRIC_LATERAL] = N_("Lateral"),
  };

  g_return_val_if_fail (metric < GOLF_N_SHOT_METRICS, "");

  return _(names[metric]);
}

/**
 * golf_format_metric_unit:
 * @metric: a metric a trend can follow
 * @units: the units to show
 *
 * Returns: (transfer none): its unit: "yd", "mph", "°", "rpm", or "" for
 *   smash factor
 */
const char *
golf_format_metric_unit (GolfShotMetric metric,
                         GolfUnits      units)
{
  if (metric == GOLF_SHOT_METRIC_BACK_SPIN)
    return _(shot_fields[GOLF_SHOT_FIELD_BACK_SPIN].unit);

  return golf_format_unit_symbol (golf_shot_metric_get_unit (metric), units);
}

/**
 * golf_format_metric_value:
 * @metric: a metric a trend can follow
 * @value: its value in SI units, NAN when unknown
 * @units: the units to show
 * @plus: whether a positive value gets a "+"
 *
 * Returns: (transfer full): the value in @units without its unit, with as
 *   many digits as the metric deserves: "164.0", "1.45", "6520"
 */
char *
golf_format_metric_value (GolfShotMetric metric,
                          double         value,
                          GolfUnits      units,
                          gboolean       plus)
{
  GolfUnit unit = golf_shot_metric_get_unit (metric);
  int digits = metric == GOLF_SHOT_METRIC_BACK_SPIN ? 0 : unit_digits (unit);
  double shown = golf_units_to_display (units, unit, value);

  return plus ? golf_format_signed (shown, digits) : golf_format_number (shown, digits);
}

/**
 * golf_format_metric_value_with_unit:
 * @metric: a metric a trend can follow
 * @value: its value in SI units, NAN when unknown
 * @units: the units to show
 *
 * Returns: (transfer full): "164.0 yd", "1.45", "6520 rpm", "—"
 */
char *
golf_format_metric_value_with_unit (GolfShotMetric metric,
                                    double         value,
                                    GolfUnits      units)
{
  return join_unit (golf_format_metric_value (metric, value, units, FALSE),
                    golf_format_metric_unit (metric, units));
}

/**
 * golf_format_trend_slope:
 * @trend: a trend
 * @units: the units to show
 *
 * The slope per 30 days, which a golfer calls a month.
 *
 * Returns: (transfer full): "+4.2 yd per month", "−0.03 per month", or ""
 *   with fewer than two dates
 */
char *
golf_format_trend_slope (const GolfTrend *trend,
                         GolfUnits        units)
{
  GolfShotMetric metric = golf_trend_get_metric (trend);
  double slope = golf_trend_get_slope_per_30_days (trend);
  g_autofree char *value = NULL;

  if (!isfinite (slope))
    return g_strdup ("");

  value = join_unit (golf_format_metric_value (metric, slope, units, TRUE),
                     golf_format_metric_unit (metric, units));

  /* Translators: how fast a number changes: "+4.2 yd per month" */
  return g_strdup_printf (_("%s per month"), value);
}

/**
 * golf_format_effect:
 * @effect: how large a change is
 *
 * Returns: (transfer none): "No clear change", "Moderate increase", …;
 *   "Too few sessions to tell" when unknown
 */
const char *
golf_format_effect (GolfEffect effect)
{
  switch (effect)
    {
    case GOLF_EFFECT_NONE:
      return _("No clear change");
    case GOLF_EFFECT_MODERATE_INCREASE:
      return _("Moderate increase");
    case GOLF_EFFECT_LARGE_INCREASE:
      return _("Large increase");
    case GOLF_EFFECT_MODERATE_DECREASE:
      return _("Moderate decrease");
    case GOLF_EFFECT_LARGE_DECREASE:
      return _("Large decrease");
    case GOLF_EFFECT_UNKNOWN:
    default:
      return _("Too few sessions to tell");
    }
}

/**
 * golf_format_clubs_in_bag_order:
 * @clubs_used: (nullable): club names joined with ", ", in any order
 *
 * Returns: (transfer full): the same clubs as a bag lists them: "Driver,
 *   5 Iron, 7 Iron, PW"; "" for none
 */
char *
golf_format_clubs_in_bag_order (const char *clubs_used)
{
  g_auto(GStrv) clubs = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  if (clubs_used == NULL || clubs_used[0] == '\0')
    return g_strdup ("");

  clubs = g_strsplit (clubs_used, ", ", -1);
  for (guint i = 0; clubs[i] != NULL; i++)
    g_ptr_array_add (sorted, clubs[i]);
  golf_bag_order_sort (sorted);
  g_ptr_array_add (sorted, NULL);

  return g_strjoinv (", ", (char **)sorted->pdata);
}
