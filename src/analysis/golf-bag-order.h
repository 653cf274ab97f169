/* golf-bag-order.h: clubs in the order a golfer's bag lists them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int      golf_bag_order_compare      (const char *club_a,
                                      const char *club_b);
void     golf_bag_order_sort         (GPtrArray  *clubs);
gboolean golf_club_is_wedge          (const char *club);

G_END_DECLS
