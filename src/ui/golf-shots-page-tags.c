/* golf-shots-page-tags.c: tags on the Shots page
 *
 * The Notes column (each shot's tags and comment), the Tags… popover for
 * the selected shots, and the tag filter: "All Shots", then each tag the
 * session's shots have. The filter is the page's tag-filter property; the
 * window shares it with the dashboard, whose charts follow it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shots-page"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-shot-notes-cell.h"
#include "golf-shot-tags-popover.h"
#include "golf-shots-page-private.h"

/* The Notes column */

static void
setup_notes_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, golf_shot_notes_cell_new ());
}

static void
bind_notes_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  golf_shot_notes_cell_set_shot (GOLF_SHOT_NOTES_CELL (gtk_list_item_get_child (list_item)),
                                 gtk_list_item_get_item (list_item));
}

static void
unbind_notes_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  golf_shot_notes_cell_set_shot (GOLF_SHOT_NOTES_CELL (gtk_list_item_get_child (list_item)), NULL);
}

void
_golf_shots_page_add_notes_column (GolfShotsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_notes_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_notes_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_notes_cb), NULL);
  /* Translators: the shot list's column of tags and comments */
  column = gtk_column_view_column_new (_("Notes"), g_object_ref (factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, 220);
  gtk_column_view_append_column (self->column_view, column);
}

/* The Tags… popover */

static GtkPopover *
create_tags_popover (GolfShotsPage *self)
{
  GtkWidget *popover = gtk_menu_button_get_popover (self->tags_button) != NULL
                       ? GTK_WIDGET (gtk_menu_button_get_popover (self->tags_button))
                       : NULL;

  if (popover == NULL && self->store != NULL)
    {
      popover = golf_shot_tags_popover_new (self->store);
      gtk_menu_button_set_popover (self->tags_button, popover);
    }

  return GTK_POPOVER (popover);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  GolfShotsPage *self = user_data;
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkPopover *popover = create_tags_popover (self);
  GtkBitsetIter iter;
  guint position;

  if (popover == NULL || self->selection == NULL)
    return;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    do
      g_ptr_array_add (shots, g_list_model_get_item (G_LIST_MODEL (self->model), position));
    while (gtk_bitset_iter_next (&iter, &position));

  golf_shot_tags_popover_set_shots (GOLF_SHOT_TAGS_POPOVER (popover), shots);
}

/* The tag filter */

static void
on_tag_selected_cb (GolfShotsPage *self,
                    GParamSpec    *pspec,
                    GtkDropDown   *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating_tags)
    return;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->tags->len)
    golf_shots_page_set_tag_filter (self, NULL);
  else
    golf_shots_page_set_tag_filter (self, g_ptr_array_index (self->tags, selected - 1));
}

/* Reads the session's tags again; the tag filtered by stays listed even
 * when its last shot loses it, so the choice holds. */
void
_golf_shots_page_update_tags (GolfShotsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint selected = 0;

  if (self->store != NULL && self->session != NULL)
    tags = golf_store_dup_session_tags (self->store, golf_session_get_id (self->session), &error);
  if (error != NULL)
    g_warning ("Cannot read the tags of session %s: %s", golf_session_get_id (self->session), error->message);

  g_ptr_array_set_size (self->tags, 0);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_ptr_array_add (self->tags, g_strdup (tags[i]));
  if (self->tag_filter != NULL && !g_ptr_array_find_with_equal_func (self->tags, self->tag_filter, g_str_equal, NULL))
    g_ptr_array_add (self->tags, g_strdup (self->tag_filter));

  for (guint i = 0; i < self->tags->len; i++)
    {
      g_ptr_array_add (labels, (gpointer)golf_shot_tag_get_label (self->tags->pdata[i]));
      if (g_strcmp0 (self->tags->pdata[i], self->tag_filter) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  self->updating_tags = TRUE;
  gtk_string_list_splice (self->tag_labels, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->tag_labels)) - 1,
                          (const char * const *)labels->pdata);
  gtk_drop_down_set_selected (self->tag_dropdown, selected);
  self->updating_tags = FALSE;

  /* Nothing to filter by: the drop-down would only say "All Shots". */
  gtk_widget_set_visible (GTK_WIDGET (self->tag_dropdown), self->tags->len > 0);
}

static void
on_shot_changed_cb (GolfShotsPage  *self,
                    const char     *session_id,
                    const char     *shot_id,
                    GolfChangeKind  kind,
                    GolfStore      *store)
{
  if (self->session != NULL && g_strcmp0 (session_id, golf_session_get_id (self->session)) == 0)
    _golf_shots_page_update_tags (self);
}

void
_golf_shots_page_init_tags (GolfShotsPage *self)
{
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->tag_labels = gtk_string_list_new ((const char * const[]) { _("All Shots"), NULL });
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (self->tag_labels));
  gtk_menu_button_set_create_popup_func (self->tags_button, create_popup_cb, self, NULL);
  _golf_shots_page_update_tags (self);
}

/* Once the page has a store: follow its changes. */
void
_golf_shots_page_watch_tags (GolfShotsPage *self)
{
  g_signal_connect_object (self->store, "shot-changed", G_CALLBACK (on_shot_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_golf_shots_page_dispose_tags (GolfShotsPage *self)
{
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_object (&self->tag_labels);
  g_clear_pointer (&self->tag_filter, g_free);
}

void
_golf_shots_page_class_init_tags (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, tags_button);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_selected_cb);
}
