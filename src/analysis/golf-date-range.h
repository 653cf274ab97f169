/* golf-date-range.h: session dates and inclusive ranges of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GolfDateRange:
 * @from: (nullable): the first day, "YYYY-MM-DD"; %NULL for no start
 * @to: (nullable): the last day, included; %NULL for no end
 */
typedef struct
{
  const char *from;
  const char *to;
} GolfDateRange;

gboolean golf_date_parse          (const char          *text,
                                   guint32             *julian_day);
gboolean golf_date_range_contains (const GolfDateRange *range,
                                   const char          *date);

G_END_DECLS
