/* golf-shot-tags-popover.c
 *
 * Tags and a one-line comment for the shots selected on the Shots page:
 * a toggle for each standard tag ("good", "mishit", "drill"), the coach's
 * own tags with a button to remove each, an entry to add one, and the
 * comment. Every change goes through the store, one shot at a time; when
 * the store refuses one (a read-only database), the shots already changed
 * are changed back and the error shows in a toast, so nothing is left half
 * applied. The shots follow the store through the list model, and the
 * popover follows the shots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shot-tags-popover"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "golf-shot-notes-cell.h"
#include "golf-shot-tags-popover.h"
#include "golf-toast.h"

static const char * const standard_tags[] = { "good", GOLF_TAG_MISHIT, "drill" };

struct _GolfShotTagsPopover
{
  GtkPopover       parent_instance;

  GtkLabel        *title_label;
  GtkToggleButton *good_button;
  GtkToggleButton *mishit_button;
  GtkToggleButton *drill_button;
  GtkFlowBox      *own_tags_box;
  GtkEntry        *tag_entry;
  GtkEntry        *comment_entry;

  GolfStore       *store;
  GPtrArray       *shots;
  gboolean         syncing;
};

G_DEFINE_FINAL_TYPE (GolfShotTagsPopover, golf_shot_tags_popover, GTK_TYPE_POPOVER)

static void
show_error (GolfShotTagsPopover *self,
            const GError        *error)
{
  golf_toast_show_near (GTK_WIDGET (self), golf_toast_new_for_error (error));
}

static GtkToggleButton *
standard_button (GolfShotTagsPopover *self,
                 guint                index)
{
  GtkToggleButton *buttons[] = { self->good_button, self->mishit_button, self->drill_button };

  return buttons[index];
}

static gboolean
is_standard (const char *tag)
{
  return g_strv_contains (standard_tags, tag);
}

static gboolean
all_have_tag (GolfShotTagsPopover *self,
              const char          *tag)
{
  for (guint i = 0; i < self->shots->len; i++)
    if (!golf_shot_has_tag (g_ptr_array_index (self->shots, i), tag))
      return FALSE;

  return self->shots->len > 0;
}

static gboolean
any_has_tag (GolfShotTagsPopover *self,
             const char          *tag)
{
  for (guint i = 0; i < self->shots->len; i++)
    if (golf_shot_has_tag (g_ptr_array_index (self->shots, i), tag))
      return TRUE;

  return FALSE;
}

/* Changes @tag on every shot, or on none: one transaction in the store. */
static gboolean
change_tag (GolfShotTagsPopover  *self,
            const char           *tag,
            gboolean              add,
            GError              **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < self->shots->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (self->shots, i);

      if (golf_shot_has_tag (shot, tag) != add)
        g_ptr_array_add (ids, (gpointer) golf_shot_get_id (shot));
    }
  if (ids->len == 0)
    return TRUE;
  g_ptr_array_add (ids, NULL);

  return add ? golf_store_tag_shots (self->store, (const char * const *) ids->pdata, tag, error)
             : golf_store_untag_shots (self->store, (const char * const *) ids->pdata, tag, error);
}

/* Sets the comment of every shot, or of none. */
static gboolean
change_comment (GolfShotTagsPopover  *self,
                const char           *comment,
                GError              **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < self->shots->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (self->shots, i);

      if (g_strcmp0 (golf_shot_get_comment (shot), comment) != 0)
        g_ptr_array_add (ids, (gpointer) golf_shot_get_id (shot));
    }
  if (ids->len == 0)
    return TRUE;
  g_ptr_array_add (ids, NULL);

  return golf_store_set_shots_comment (self->store, (const char * const *) ids->pdata, comment, error);
}

static void sync_from_shots (GolfShotTagsPopover *self);

static void
apply_tag (GolfShotTagsPopover *self,
           const char          *tag,
           gboolean             add)
{
  g_autoptr(GError) error = NULL;

  if (!change_tag (self, tag, add, &error))
    {
      show_error (self, error);
      sync_from_shots (self);
    }
}

static void
on_remove_own_tag_cb (GtkButton           *button,
                      GolfShotTagsPopover *self)
{
  apply_tag (self, g_object_get_data (G_OBJECT (button), "tag"), FALSE);
}

static GtkWidget *
own_tag_button (GolfShotTagsPopover *self,
                const char          *tag)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *tooltip = NULL;

  gtk_box_append (GTK_BOX (box), gtk_label_new (tag));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
  gtk_button_set_child (GTK_BUTTON (button), box);
  /* Translators: a tooltip; %s is a coach's own tag */
  tooltip = g_strdup_printf (_("Remove the tag “%s”"), tag);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "tag-pill");
  g_object_set_data_full (G_OBJECT (button), "tag", g_strdup (tag), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_own_tag_cb), self, 0);

  return button;
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The coach's own tags any of the shots has, each once, sorted. */
static void
sync_own_tags (GolfShotTagsPopover *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->own_tags_box))) != NULL)
    gtk_flow_box_remove (self->own_tags_box, child);

  for (guint i = 0; i < self->shots->len; i++)
    for (const char * const *t = golf_shot_get_tags (g_ptr_array_index (self->shots, i)); *t != NULL; t++)
      if (!is_standard (*t) && g_hash_table_add (seen, (gpointer)*t))
        g_ptr_array_add (own, (gpointer)*t);

  g_ptr_array_sort (own, compare_tags);
  for (guint i = 0; i < own->len; i++)
    gtk_flow_box_append (self->own_tags_box, own_tag_button (self, own->pdata[i]));

  gtk_widget_set_visible (GTK_WIDGET (self->own_tags_box), own->len > 0);
}

/* The comment the shots share, or "" when they differ. */
static const char *
shared_comment (GolfShotTagsPopover *self)
{
  const char *comment;

  if (self->shots->len == 0)
    return "";

  comment = golf_shot_get_comment (g_ptr_array_index (self->shots, 0));
  for (guint i = 1; i < self->shots->len; i++)
    if (g_strcmp0 (golf_shot_get_comment (g_ptr_array_index (self->shots, i)), comment) != 0)
      return "";

  return comment != NULL ? comment : "";
}

static void
sync_from_shots (GolfShotTagsPopover *self)
{
  g_autofree char *title = NULL;
  guint n = self->shots->len;

  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (standard_tags); i++)
    {
      GtkToggleButton *button = standard_button (self, i);

      gtk_toggle_button_set_active (button, all_have_tag (self, standard_tags[i]));
      /* Some of the shots have it: a click gives it to all. */
      gtk_widget_set_opacity (GTK_WIDGET (button),
                              !gtk_toggle_button_get_active (button) && any_has_tag (self, standard_tags[i]) ? 0.7 : 1.0);
    }
  sync_own_tags (self);
  self->syncing = FALSE;

  title = g_strdup_printf (ngettext ("Tags and Comment of %u Shot", "Tags and Comment of %u Shots", n), n);
  gtk_label_set_text (self->title_label, title);
}

static void
on_standard_toggled_cb (GolfShotTagsPopover *self,
                        GtkToggleButton     *button)
{
  if (self->syncing)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (standard_tags); i++)
    if (standard_button (self, i) == button)
      apply_tag (self, standard_tags[i], gtk_toggle_button_get_active (button));
}

static void
on_add_tag_cb (GolfShotTagsPopover *self)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry))));
  g_autoptr(GError) error = NULL;

  if (tag[0] == '\0')
    return;

  if (!change_tag (self, tag, TRUE, &error))
    {
      show_error (self, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
}

static void
on_save_comment_cb (GolfShotTagsPopover *self)
{
  g_autofree char *comment = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comment_entry))));
  g_autoptr(GError) error = NULL;

  if (!change_comment (self, comment[0] != '\0' ? comment : NULL, &error))
    show_error (self, error);
}

static void
disconnect_shots (GolfShotTagsPopover *self)
{
  for (guint i = 0; i < self->shots->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->shots, i), sync_from_shots, self);
  g_ptr_array_set_size (self->shots, 0);
}

static void
golf_shot_tags_popover_dispose (GObject *object)
{
  GolfShotTagsPopover *self = GOLF_SHOT_TAGS_POPOVER (object);

  if (self->shots != NULL)
    disconnect_shots (self);
  g_clear_pointer (&self->shots, g_ptr_array_unref);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_SHOT_TAGS_POPOVER);

  G_OBJECT_CLASS (golf_shot_tags_popover_parent_class)->dispose (object);
}

static void
golf_shot_tags_popover_class_init (GolfShotTagsPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_shot_tags_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-shot-tags-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfShotTagsPopover, title_label);
  gtk_widget_class_bind_template_child (widget_class, GolfShotTagsPopover, good_button);
  gtk_widget_class_bind_template_child (widget_class, GolfShotTagsPopover, mishit_button);
  gtk_widget_class_bind_template_child (widget_class, GolfShotTagsPopover, drill_button);
  gtk_widget_class_bind_template_child (widget_class, GolfShotTagsPopover, own_tags_box);
  gtk_widget_class_bind_template_child (widget_class, GolfShotTagsPopover, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, GolfShotTagsPopover, comment_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_standard_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_tag_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_comment_cb);
}

static void
golf_shot_tags_popover_init (GolfShotTagsPopover *self)
{
  self->shots = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * golf_shot_tags_popover_new:
 * @store: the database the tags are written to
 *
 * Returns: (transfer floating): a popover; give it the shots to annotate
 */
GtkWidget *
golf_shot_tags_popover_new (GolfStore *store)
{
  GolfShotTagsPopover *self;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);

  self = g_object_new (GOLF_TYPE_SHOT_TAGS_POPOVER, NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

/**
 * golf_shot_tags_popover_set_shots:
 * @self: a #GolfShotTagsPopover
 * @shots: (element-type GolfShot): the shots to tag and comment
 *
 * Shows the shots' tags and comment; the popover follows them as the
 * store changes them.
 */
void
golf_shot_tags_popover_set_shots (GolfShotTagsPopover *self,
                                  GPtrArray           *shots)
{
  g_return_if_fail (GOLF_IS_SHOT_TAGS_POPOVER (self));
  g_return_if_fail (shots != NULL);

  disconnect_shots (self);
  for (guint i = 0; i < shots->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (shots, i);

      g_ptr_array_add (self->shots, g_object_ref (shot));
      g_signal_connect_object (shot, "notify::tags", G_CALLBACK (sync_from_shots), self, G_CONNECT_SWAPPED);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->comment_entry), shared_comment (self));
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
  sync_from_shots (self);
}
