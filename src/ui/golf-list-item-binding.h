/* golf-list-item-binding.h: a list row that follows a property of its item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void golf_list_item_bind   (GtkListItem *list_item,
                            const char  *item_property,
                            const char  *child_property);
void golf_list_item_unbind (GtkListItem *list_item);

G_END_DECLS
