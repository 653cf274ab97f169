/* golf-window-actions.c: what the window's menus, buttons and keys do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-preferences-window.h"
#include "golf-session-dialog.h"
#include "golf-toast.h"
#include "golf-window-private.h"

void
_golf_window_show_toast (GolfWindow *self,
                         AdwToast   *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * golf_window_show_error:
 * @self: a #GolfWindow
 * @error: what went wrong, in words a golfer can act on
 *
 * Shows @error in a toast that stays until it is dismissed.
 */
void
golf_window_show_error (GolfWindow   *self,
                        const GError *error)
{
  AdwToast *toast = golf_toast_new_for_error (error);

  adw_toast_set_timeout (toast, 0);
  _golf_window_show_toast (self, toast);
}

void
_golf_window_update_actions (GolfWindow *self)
{
  gboolean have_store = self->store != NULL;
  gboolean have_session = have_store && self->session != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-samples", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.session-details", have_session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-session", have_session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", have_session);
  _golf_window_update_player_actions (self);
}

/* Sessions */

static void
session_details_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  GtkWindow *dialog;

  dialog = GTK_WINDOW (golf_session_dialog_new (GTK_WINDOW (self), self->store, self->session));
  gtk_window_present (dialog);
}

typedef struct
{
  GolfWindow *window;
  char       *session_id;
} UndoDeleteSession;

static void
undo_delete_session_free (gpointer  data,
                          GClosure *closure)
{
  UndoDeleteSession *undo = data;

  g_clear_weak_pointer (&undo->window);
  g_free (undo->session_id);
  g_free (undo);
}

static void
on_undo_delete_session_cb (AdwToast          *toast,
                           UndoDeleteSession *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->window == NULL)
    return;

  if (!golf_store_restore_session (undo->window->store, undo->session_id, &error))
    golf_window_show_error (undo->window, error);
  else
    golf_window_select_session (undo->window, undo->session_id);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  UndoDeleteSession *undo;
  AdwToast *toast;

  if (self->session == NULL)
    return;

  title = golf_session_dup_title (self->session);
  undo = g_new0 (UndoDeleteSession, 1);
  undo->session_id = g_strdup (golf_session_get_id (self->session));

  if (!golf_store_delete_session (self->store, undo->session_id, &error))
    {
      undo_delete_session_free (undo, NULL);
      golf_window_show_error (self, error);
      return;
    }

  escaped = g_markup_escape_text (title, -1);
  /* Translators: a toast; %s is the session's name or id */
  message = g_strdup_printf (_("Session “%s” deleted"), escaped);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&undo->window, self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_session_cb),
                         undo, undo_delete_session_free, 0);
  _golf_window_show_toast (self, toast);
}

/* Databases */

static void
on_database_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       GolfWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      gtk_widget_activate_action (GTK_WIDGET (self), "app.open-database", "s", path);
    }

  g_object_unref (dialog);
}

static void
choose_database (GolfWindow           *self,
                 GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      dialog = gtk_file_chooser_native_new (_("Start a New Database"), GTK_WINDOW (self), action,
                                            _("_Create"), _("_Cancel"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "shots.db");
    }
  else
    {
      dialog = gtk_file_chooser_native_new (_("Open a Shot Database"), GTK_WINDOW (self), action,
                                            _("_Open"), _("_Cancel"));
    }

  gtk_file_filter_set_name (filter, _("Golf Lab Databases"));
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_database_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_database (GOLF_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
new_database_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  choose_database (GOLF_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

/* Moving around */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "sessions") != 0)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_sessions_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* F10 opens whichever main menu button is on screen. */
static void
show_primary_menu_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  GtkMenuButton *buttons[] = {
    self->content_menu_button,
    self->primary_menu_button,
    self->empty_menu_button,
  };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (gtk_widget_get_mapped (GTK_WIDGET (buttons[i])))
      {
        gtk_menu_button_popup (buttons[i]);
        return;
      }
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GolfPreferencesWindow *preferences = golf_preferences_window_new (GTK_WINDOW (widget));

  gtk_window_present (GTK_WINDOW (preferences));
}

void
_golf_window_class_add_actions (GtkWidgetClass *widget_class)
{
  _golf_window_class_add_import_actions (widget_class);
  _golf_window_class_add_player_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.session-details", NULL, session_details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.session-details", NULL);
  gtk_widget_class_install_action (widget_class, "win.delete-session", NULL, delete_session_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_SHIFT_MASK, "win.delete-session", NULL);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-sessions", NULL, show_sessions_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-sessions", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.show-page", "s", "dashboard");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.show-page", "s", "shots");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "win.show-page", "s", "trends");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_CONTROL_MASK, "win.show-page", "s", "model");
  gtk_widget_class_install_action (widget_class, "win.show-primary-menu", NULL, show_primary_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "win.show-primary-menu", NULL);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_property_action (widget_class, "win.live", "live");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.live", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
