/* golf-player-dialog.c
 *
 * Add Student… and Edit Student…: a name, the hand the student swings
 * with (which names their shot shapes) and notes. Save writes through the
 * store; a name that is empty or already taken leaves the dialog open with
 * the store's reason under the fields, and nothing saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-player-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-player-dialog.h"

struct _GolfPlayerDialog
{
  AdwWindow    parent_instance;

  AdwEntryRow *name_row;
  AdwComboRow *hand_row;
  GtkTextView *notes_view;
  GtkWidget   *error_group;
  GtkLabel    *error_label;

  GolfStore   *store;
  GolfPlayer  *player;
};

G_DEFINE_FINAL_TYPE (GolfPlayerDialog, golf_player_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (GolfPlayerDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_group, message != NULL);
}

static char *
dup_notes (GolfPlayerDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  char *notes;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (notes[0] == '\0')
    g_clear_pointer (&notes, g_free);

  return notes;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  golf_player_dialog_save (GOLF_PLAYER_DIALOG (widget));
}

static void
on_name_changed_cb (GolfPlayerDialog *self)
{
  show_error (self, NULL);
}

static void
golf_player_dialog_dispose (GObject *object)
{
  GolfPlayerDialog *self = (GolfPlayerDialog *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->player);

  G_OBJECT_CLASS (golf_player_dialog_parent_class)->dispose (object);
}

static void
golf_player_dialog_class_init (GolfPlayerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_player_dialog_dispose;

  /**
   * GolfPlayerDialog::saved:
   * @self: the dialog
   * @player: the player added or changed
   *
   * Fires once the store holds what the dialog says, just before it closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GOLF_TYPE_PLAYER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-player-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfPlayerDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, GolfPlayerDialog, hand_row);
  gtk_widget_class_bind_template_child (widget_class, GolfPlayerDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, GolfPlayerDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, GolfPlayerDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
golf_player_dialog_init (GolfPlayerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * golf_player_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: where the player is written
 * @player: (nullable): the player to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
GolfPlayerDialog *
golf_player_dialog_new (GtkWindow  *parent,
                        GolfStore  *store,
                        GolfPlayer *player)
{
  GolfPlayerDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (player == NULL || GOLF_IS_PLAYER (player), NULL);

  self = g_object_new (GOLF_TYPE_PLAYER_DIALOG,
                       "transient-for", parent,
                       "title", player != NULL ? _("Edit Student") : _("Add Student"),
                       NULL);
  self->store = g_object_ref (store);
  if (player != NULL)
    {
      self->player = g_object_ref (player);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), golf_player_get_name (player));
      adw_combo_row_set_selected (self->hand_row, golf_player_get_hand (player) == GOLF_HAND_LEFT ? 1 : 0);
      if (golf_player_get_notes (player) != NULL)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), golf_player_get_notes (player), -1);
    }
  show_error (self, NULL);

  return self;
}

/**
 * golf_player_dialog_get_player:
 * @self: a #GolfPlayerDialog
 *
 * Returns: (transfer none) (nullable): the player edited, or the one added
 *   once saved
 */
GolfPlayer *
golf_player_dialog_get_player (GolfPlayerDialog *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER_DIALOG (self), NULL);

  return self->player;
}

/**
 * golf_player_dialog_save:
 * @self: a #GolfPlayerDialog
 *
 * Writes the player as the dialog shows it, as its Save button does, and
 * closes the dialog; a name the store refuses keeps it open with the
 * reason shown.
 *
 * Returns: %TRUE if the player was saved
 */
gboolean
golf_player_dialog_save (GolfPlayerDialog *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  GolfHand hand = adw_combo_row_get_selected (self->hand_row) == 1 ? GOLF_HAND_LEFT : GOLF_HAND_RIGHT;
  g_autofree char *notes = dup_notes (self);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GOLF_IS_PLAYER_DIALOG (self), FALSE);

  if (self->player != NULL)
    {
      if (!golf_store_update_player (self->store, self->player, name, hand, notes, &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
    }
  else
    {
      GolfPlayer *added = golf_store_add_player (self->store, name, hand, notes, &error);

      if (added == NULL)
        {
          show_error (self, error->message);
          return FALSE;
        }
      self->player = g_object_ref (added);
    }

  g_signal_emit (self, signals[SAVED], 0, self->player);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}
