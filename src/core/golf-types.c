/* golf-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-types"

#include "golf-types.h"

G_DEFINE_ENUM_TYPE (GolfChangeKind, golf_change_kind,
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_ADDED, "added"),
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_CHANGED, "changed"),
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_REMOVED, "removed"),
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_RESTORED, "restored"))

G_DEFINE_ENUM_TYPE (GolfHand, golf_hand,
  G_DEFINE_ENUM_VALUE (GOLF_HAND_RIGHT, "right"),
  G_DEFINE_ENUM_VALUE (GOLF_HAND_LEFT, "left"))

/**
 * golf_hand_to_string:
 * @hand: a #GolfHand
 *
 * Returns: "right" or "left", as the database and bundles store it
 */
const char *
golf_hand_to_string (GolfHand hand)
{
  return hand == GOLF_HAND_LEFT ? "left" : "right";
}

/**
 * golf_hand_from_string:
 * @text: "right" or "left" (also "RH"/"LH", "R"/"L", any case)
 * @hand: (out): the hand
 *
 * Returns: whether @text names a hand
 */
gboolean
golf_hand_from_string (const char *text,
                       GolfHand   *hand)
{
  static const char * const left[] = { "left", "lh", "l", "left-handed", NULL };
  static const char * const right[] = { "right", "rh", "r", "right-handed", NULL };
  g_autofree char *lower = NULL;

  if (text == NULL)
    return FALSE;

  lower = g_ascii_strdown (text, -1);
  g_strstrip (lower);

  if (g_strv_contains (left, lower))
    *hand = GOLF_HAND_LEFT;
  else if (g_strv_contains (right, lower))
    *hand = GOLF_HAND_RIGHT;
  else
    return FALSE;

  return TRUE;
}

/**
 * golf_stamp_format:
 * @time: a time
 *
 * The form every edit time in the store and in bundles takes, the one
 * SQLite's strftime('%Y-%m-%dT%H:%M:%fZ') writes, so that two stamps
 * compare as text.
 *
 * Returns: (transfer full): @time in UTC to the millisecond, like
 *   "2024-03-09T14:05:12.345Z"
 */
char *
golf_stamp_format (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *seconds = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  utc = g_date_time_to_utc (time);
  seconds = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (utc) / 1000);
}
