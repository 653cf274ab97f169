/* golf-date-range.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <string.h>

#include "golf-date-range.h"

/**
 * golf_date_parse:
 * @text: (nullable): a date as "YYYY-MM-DD"
 * @julian_day: (out) (optional): its day number (1 is 1 January of year 1)
 *
 * Returns: whether @text is a real calendar date in that exact form
 */
gboolean
golf_date_parse (const char *text,
                 guint32    *julian_day)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (julian_day != NULL)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, month, year);
      *julian_day = g_date_get_julian (&date);
    }

  return TRUE;
}

/**
 * golf_date_range_contains:
 * @range: (nullable): a range; %NULL contains every date
 * @date: (nullable): a "YYYY-MM-DD" date
 *
 * Both ends are included. A missing or malformed @date is in no range
 * that has an end.
 *
 * Returns: whether @date is in @range
 */
gboolean
golf_date_range_contains (const GolfDateRange *range,
                          const char          *date)
{
  if (range == NULL || (range->from == NULL && range->to == NULL))
    return TRUE;

  if (!golf_date_parse (date, NULL))
    return FALSE;

  /* Valid dates in this form order as strings do. */
  return (range->from == NULL || strcmp (date, range->from) >= 0) &&
         (range->to == NULL || strcmp (date, range->to) <= 0);
}
