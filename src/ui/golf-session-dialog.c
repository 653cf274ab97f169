/* golf-session-dialog.c
 *
 * The name is saved when it is applied (Enter or the check button), the
 * notes when the dialog closes; both through the store, so the session
 * object (and every label bound to it) follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-session-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-format.h"
#include "golf-session-dialog.h"
#include "golf-toast.h"

struct _GolfSessionDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *name_row;
  AdwActionRow    *date_row;
  AdwActionRow    *id_row;
  GtkTextView     *notes_view;
  GtkWidget       *history_group;
  AdwExpanderRow  *history_row;
  GPtrArray       *history_rows;

  GolfStore       *store;
  GolfSession     *session;
};

G_DEFINE_FINAL_TYPE (GolfSessionDialog, golf_session_dialog, ADW_TYPE_WINDOW)

static void
show_error (GolfSessionDialog *self,
            const GError      *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, golf_toast_new_for_error (error));
}

/* "" removes the name: the session is then called by its id again. */
static gboolean
save_name (GolfSessionDialog  *self,
           GError            **error)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  const char *current = golf_session_get_name (self->session);

  if (g_strcmp0 (name, current != NULL ? current : "") == 0)
    return TRUE;

  return golf_store_rename_session (self->store, golf_session_get_id (self->session),
                                    name[0] != '\0' ? name : NULL, error);
}

static gboolean
save_notes (GolfSessionDialog  *self,
            GError            **error)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *notes = NULL;
  const char *current = golf_session_get_notes (self->session);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (g_strcmp0 (notes, current != NULL ? current : "") == 0)
    return TRUE;

  return golf_store_set_session_notes (self->store, golf_session_get_id (self->session),
                                       notes, error);
}

/* "Tue 24 Nov 2026, 18:05" in local time, from an ISO 8601 stamp. */
static char *
format_stamp (const char *stamp)
{
  g_autoptr(GDateTime) utc = stamp != NULL ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  if (local == NULL)
    return g_strdup (_("an unknown time"));

  day = golf_format_date (stamp);
  time = g_date_time_format (local, "%H:%M");
  /* Translators: a day, then a time: "Tue 24 Nov 2026, 18:05" */
  return g_strdup_printf (_("%s, %s"), day, time);
}

static GtkWidget *
history_entry_row (const GolfNotesEdit *edit)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (edit->notes != NULL ? edit->notes : "", -1);
  g_autofree char *written = format_stamp (edit->edited_at);
  g_autofree char *replaced = format_stamp (edit->replaced_at);
  g_autofree char *subtitle = NULL;

  /* Translators: when an earlier text of the notes was written, and when
   * newer notes took its place */
  subtitle = g_strdup_printf (_("Written %s · replaced %s"), written, replaced);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");

  return row;
}

/* The notes history, read again after each save. */
static void
update_history (GolfSessionDialog *self)
{
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  for (guint i = 0; i < self->history_rows->len; i++)
    adw_expander_row_remove (self->history_row, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  edits = golf_store_dup_notes_history (self->store, golf_session_get_id (self->session), &error);
  if (edits == NULL)
    {
      g_warning ("Cannot read the notes history of session %s: %s",
                 golf_session_get_id (self->session), error->message);
      gtk_widget_set_visible (self->history_group, FALSE);
      return;
    }

  for (guint i = 0; i < edits->len; i++)
    {
      GtkWidget *row = history_entry_row (g_ptr_array_index (edits, i));

      adw_expander_row_add_row (self->history_row, row);
      g_ptr_array_add (self->history_rows, row);
    }

  title = g_strdup_printf (ngettext ("%u Earlier Version", "%u Earlier Versions", edits->len), edits->len);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->history_row), title);
  gtk_widget_set_visible (self->history_group, edits->len > 0);
}

static void
on_name_applied_cb (GolfSessionDialog *self,
                    AdwEntryRow       *row)
{
  g_autoptr(GError) error = NULL;

  if (!save_name (self, &error))
    show_error (self, error);
}

static gboolean
golf_session_dialog_close_request (GtkWindow *window)
{
  GolfSessionDialog *self = GOLF_SESSION_DIALOG (window);
  g_autoptr(GError) error = NULL;

  /* Keep the dialog open when the notes could not be saved. */
  if (golf_store_find_session (self->store, golf_session_get_id (self->session)) != NULL &&
      !golf_session_dialog_save (self, &error))
    {
      show_error (self, error);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (golf_session_dialog_parent_class)->close_request (window);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GolfSessionDialog *self = GOLF_SESSION_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!golf_session_dialog_save (self, &error))
    g_debug ("Notes not saved before deleting the session: %s", error->message);

  /* The window deletes it, so its toast can undo it. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.delete-session", NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
golf_session_dialog_dispose (GObject *object)
{
  GolfSessionDialog *self = (GolfSessionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_SESSION_DIALOG);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (golf_session_dialog_parent_class)->dispose (object);
}

static void
golf_session_dialog_class_init (GolfSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = golf_session_dialog_dispose;
  window_class->close_request = golf_session_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfSessionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionDialog, id_row);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionDialog, history_group);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionDialog, history_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_applied_cb);

  gtk_widget_class_install_action (widget_class, "dialog.delete-session", NULL, delete_session_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
golf_session_dialog_init (GolfSessionDialog *self)
{
  self->history_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * golf_session_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database
 * @session: the session to name and annotate
 *
 * Returns: (transfer full): the dialog, not yet shown
 */
GolfSessionDialog *
golf_session_dialog_new (GtkWindow   *parent,
                         GolfStore   *store,
                         GolfSession *session)
{
  GolfSessionDialog *self;
  g_autofree char *date = NULL;
  const char *notes;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (GOLF_IS_SESSION (session), NULL);

  self = g_object_new (GOLF_TYPE_SESSION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->session = g_object_ref (session);

  date = golf_format_date (golf_session_get_date (session));
  notes = golf_session_get_notes (session);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         golf_session_get_name (session) != NULL ? golf_session_get_name (session) : "");
  adw_action_row_set_subtitle (self->date_row, date);
  adw_action_row_set_subtitle (self->id_row, golf_session_get_id (session));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
  update_history (self);

  return self;
}

/**
 * golf_session_dialog_save:
 * @self: a #GolfSessionDialog
 * @error: return location for a #GError
 *
 * Saves the name and notes as they stand (closing the dialog does it too).
 *
 * Returns: %TRUE if both are saved
 */
gboolean
golf_session_dialog_save (GolfSessionDialog  *self,
                          GError            **error)
{
  g_return_val_if_fail (GOLF_IS_SESSION_DIALOG (self), FALSE);

  if (!save_name (self, error) || !save_notes (self, error))
    return FALSE;

  update_history (self);
  return TRUE;
}
