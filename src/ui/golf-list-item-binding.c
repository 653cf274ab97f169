/* golf-list-item-binding.c
 *
 * A list item factory's bind and unbind for a row that shows one
 * property of its item: the row follows the property while it is bound,
 * so a change of the item (a student renamed, a slot given another
 * session) shows without the list hearing of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-list-item-binding"

#include "config.h"

#include "golf-list-item-binding.h"

#define BINDING_KEY "golf-list-item-binding"

/**
 * golf_list_item_bind:
 * @list_item: a list item with an item and a child
 * @item_property: the item's property to follow
 * @child_property: the child's property that shows it
 *
 * Binds @child_property of the list item's child to @item_property of its
 * item until golf_list_item_unbind().
 */
void
golf_list_item_bind (GtkListItem *list_item,
                     const char  *item_property,
                     const char  *child_property)
{
  GBinding *binding;

  g_return_if_fail (GTK_IS_LIST_ITEM (list_item));

  binding = g_object_bind_property (gtk_list_item_get_item (list_item), item_property,
                                    gtk_list_item_get_child (list_item), child_property,
                                    G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (list_item), BINDING_KEY, binding);
}

/**
 * golf_list_item_unbind:
 * @list_item: a list item bound with golf_list_item_bind()
 *
 * Ends the binding; the child keeps what it showed last.
 */
void
golf_list_item_unbind (GtkListItem *list_item)
{
  GBinding *binding;

  g_return_if_fail (GTK_IS_LIST_ITEM (list_item));

  if ((binding = g_object_steal_data (G_OBJECT (list_item), BINDING_KEY)) != NULL)
    g_binding_unbind (binding);
}
