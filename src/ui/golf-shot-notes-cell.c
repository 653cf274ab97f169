/* golf-shot-notes-cell.c
 *
 * What a coach or player wrote on a shot, in its row: each tag as a small
 * pill, then the one-line comment, dimmed and cut short when the column is
 * narrow. It follows the shot object, which the list refreshes in place
 * when the store says the shot changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shot-notes-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-shot-notes-cell.h"

struct _GolfShotNotesCell
{
  GtkWidget  parent_instance;

  GtkWidget *tags_box;
  GtkWidget *comment_label;
  GolfShot  *shot;
};

G_DEFINE_FINAL_TYPE (GolfShotNotesCell, golf_shot_notes_cell, GTK_TYPE_WIDGET)

/**
 * golf_shot_tag_get_label:
 * @tag: a tag as stored
 *
 * Returns: the tag as the window shows it: the standard tags in the
 *   user's language, a coach's own tag as written
 */
const char *
golf_shot_tag_get_label (const char *tag)
{
  g_return_val_if_fail (tag != NULL, NULL);

  if (g_strcmp0 (tag, "good") == 0)
    return C_("shot tag", "good");
  if (g_strcmp0 (tag, GOLF_TAG_MISHIT) == 0)
    return C_("shot tag", "mishit");
  if (g_strcmp0 (tag, "drill") == 0)
    return C_("shot tag", "drill");

  return tag;
}

static void
update (GolfShotNotesCell *self)
{
  const char * const *tags = self->shot != NULL ? golf_shot_get_tags (self->shot) : NULL;
  const char *comment = self->shot != NULL ? golf_shot_get_comment (self->shot) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->tags_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->tags_box), child);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *pill = gtk_label_new (golf_shot_tag_get_label (tags[i]));

      gtk_widget_add_css_class (pill, "tag-pill");
      if (g_strcmp0 (tags[i], GOLF_TAG_MISHIT) == 0)
        gtk_widget_add_css_class (pill, "mishit");
      gtk_box_append (GTK_BOX (self->tags_box), pill);
    }

  gtk_label_set_text (GTK_LABEL (self->comment_label), comment != NULL ? comment : "");
  gtk_widget_set_tooltip_text (self->comment_label, comment);
  gtk_widget_set_visible (self->tags_box, tags != NULL && tags[0] != NULL);
  gtk_widget_set_visible (self->comment_label, comment != NULL);
}

static void
golf_shot_notes_cell_dispose (GObject *object)
{
  GolfShotNotesCell *self = GOLF_SHOT_NOTES_CELL (object);

  golf_shot_notes_cell_set_shot (self, NULL);
  g_clear_pointer (&self->tags_box, gtk_widget_unparent);
  g_clear_pointer (&self->comment_label, gtk_widget_unparent);

  G_OBJECT_CLASS (golf_shot_notes_cell_parent_class)->dispose (object);
}

static void
golf_shot_notes_cell_class_init (GolfShotNotesCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_shot_notes_cell_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "shot-notes-cell");
}

static void
golf_shot_notes_cell_init (GolfShotNotesCell *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->tags_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  gtk_widget_set_valign (self->tags_box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->tags_box, GTK_WIDGET (self));

  self->comment_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->comment_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (self->comment_label), 0);
  gtk_widget_set_hexpand (self->comment_label, TRUE);
  gtk_widget_add_css_class (self->comment_label, "dim-label");
  gtk_widget_set_parent (self->comment_label, GTK_WIDGET (self));

  update (self);
}

/**
 * golf_shot_notes_cell_new:
 *
 * Returns: (transfer floating): an empty cell; give it a shot
 */
GtkWidget *
golf_shot_notes_cell_new (void)
{
  return g_object_new (GOLF_TYPE_SHOT_NOTES_CELL, NULL);
}

/**
 * golf_shot_notes_cell_set_shot:
 * @self: a #GolfShotNotesCell
 * @shot: (nullable): the shot whose tags and comment to show
 */
void
golf_shot_notes_cell_set_shot (GolfShotNotesCell *self,
                               GolfShot          *shot)
{
  g_return_if_fail (GOLF_IS_SHOT_NOTES_CELL (self));
  g_return_if_fail (shot == NULL || GOLF_IS_SHOT (shot));

  if (self->shot == shot)
    return;

  if (self->shot != NULL)
    g_signal_handlers_disconnect_by_func (self->shot, update, self);
  g_set_object (&self->shot, shot);
  if (shot != NULL)
    {
      g_signal_connect_object (shot, "notify::tags", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (shot, "notify::comment", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }

  update (self);
}
