/* golf-window-import.c: importing from the window
 *
 * The Import dialog, files given to `open` or dropped on the window, and
 * the sample reports all end here: a toast with what came in (and a
 * "Details" view of the import report), and the imported session shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-import-dialog.h"
#include "golf-import-report.h"
#include "golf-window-private.h"

static GolfUneekorClient *
ensure_client (GolfWindow *self)
{
  if (self->client == NULL)
    {
      g_autofree char *base_url = g_settings_get_string (self->settings, "uneekor-api");

      /* GOLF_LAB_UNEEKOR_API, when set, wins over the setting. */
      self->client = golf_uneekor_client_new (base_url);
    }

  return self->client;
}

static char *
dup_reports_text (GPtrArray *reports)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < reports->len; i++)
    {
      g_autofree char *part = golf_import_report_to_text (g_ptr_array_index (reports, i));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, part);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_details_clicked_cb (AdwToast  *toast,
                       GPtrArray *reports)
{
  GtkWindow *parent = GTK_WINDOW (g_object_get_data (G_OBJECT (toast), "window"));
  g_autofree char *text = dup_reports_text (reports);
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *view;

  dialog = adw_message_dialog_new (parent, _("Import Report"), NULL);
  view = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import report"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "120 shots imported", "12 new shots, 3 updated", or nothing new. */
static char *
dup_summary (GPtrArray *reports)
{
  guint n_new = 0, n_updated = 0, n_unchanged = 0;

  for (guint i = 0; i < reports->len; i++)
    {
      GolfImportReport *report = g_ptr_array_index (reports, i);

      n_new += golf_import_report_get_n_new (report);
      n_updated += golf_import_report_get_n_updated (report);
      n_unchanged += golf_import_report_get_n_unchanged (report);
    }

  if (n_updated > 0)
    /* Translators: a toast after an import: "12 new shots, 3 updated" */
    return g_strdup_printf (ngettext ("%u new shot, %u updated", "%u new shots, %u updated", n_new),
                            n_new, n_updated);
  if (n_new > 0)
    return g_strdup_printf (ngettext ("%u shot imported", "%u shots imported", n_new), n_new);

  /* Translators: a toast after importing shots Golf Lab already had */
  return g_strdup_printf (ngettext ("Nothing new: the shot was already here",
                                    "Nothing new: the %u shots were already here", n_unchanged),
                          n_unchanged);
}

static void
on_imported_cb (GolfImportDialog *dialog,
                GPtrArray        *reports,
                GolfWindow       *self)
{
  g_autofree char *summary = dup_summary (reports);
  AdwToast *toast = adw_toast_new (summary);
  const char *session_id = NULL;

  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "window", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_details_clicked_cb),
                         g_ptr_array_ref (reports), (GClosureNotify)(void (*) (void))g_ptr_array_unref, 0);
  _golf_window_show_toast (self, toast);

  /* Show what came in: the last source's first session. */
  for (guint i = reports->len; i > 0 && session_id == NULL; i--)
    if (golf_import_report_get_n_sessions (g_ptr_array_index (reports, i - 1)) > 0)
      session_id = golf_import_report_get_session_id (g_ptr_array_index (reports, i - 1), 0);
  if (session_id != NULL)
    golf_window_select_session (self, session_id);
}

static void
on_import_cancelled_cb (GolfImportDialog *dialog,
                        GolfWindow       *self)
{
  AdwToast *toast = adw_toast_new (_("Import cancelled: nothing more was saved"));

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  _golf_window_show_toast (self, toast);
}

static GolfImportDialog *
open_import_dialog (GolfWindow *self)
{
  GolfImportDialog *dialog = golf_import_dialog_new (GTK_WINDOW (self), self->store, ensure_client (self));

  golf_import_dialog_set_player_id (dialog, _golf_window_get_import_player_id (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
  g_signal_connect_object (dialog, "cancelled", G_CALLBACK (on_import_cancelled_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/**
 * golf_window_import_files:
 * @self: a #GolfWindow
 * @files: (array length=n_files): files to import
 * @n_files: how many
 *
 * Imports files into the window's database like any import (a progress
 * dialog, then a toast) and shows the last one's session.
 */
void
golf_window_import_files (GolfWindow  *self,
                          GFile      **files,
                          guint        n_files)
{
  g_return_if_fail (GOLF_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL);
  g_return_if_fail (files != NULL && n_files > 0);

  golf_import_dialog_import_files (open_import_dialog (self), files, n_files);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_import_dialog (GOLF_WINDOW (widget));
}

static char *
find_samples_dir (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "samples", NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);

  /* Run from the build folder. */
  return g_strdup (GOLF_UNINSTALLED_SAMPLES_DIR);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *path_a = g_file_get_path (*(GFile * const *)a);
  g_autofree char *path_b = g_file_get_path (*(GFile * const *)b);

  return g_strcmp0 (path_a, path_b);
}

static void
open_samples_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  g_autofree char *samples_dir = find_samples_dir ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (samples_dir, 0, &error);
  const char *name;

  if (dir == NULL)
    {
      golf_window_show_error (self, error);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_file_new_build_filename (samples_dir, name, NULL));

  if (files->len == 0)
    return;

  g_ptr_array_sort (files, compare_files);
  golf_window_import_files (self, (GFile **)files->pdata, files->len);
}

void
_golf_window_class_add_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_install_action (widget_class, "win.open-samples", NULL, open_samples_action);
}
