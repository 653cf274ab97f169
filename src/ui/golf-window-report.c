/* golf-window-report.c: Export Report…, the session as a PDF
 *
 * The report is read from the store on the main thread (the store lives
 * there) and written in a worker thread: a long session's charts take a
 * moment to draw. The file appears only once it is whole; a toast says
 * where it went, with a button to open it, or why it could not be saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "golf-window-private.h"

/* The session's name, else its date: "Tempo work.pdf", "2024-05-12.pdf". */
static char *
dup_suggested_name (GolfSession *session)
{
  const char *name = golf_session_get_name (session);
  const char *date = golf_session_get_date (session);
  g_autofree char *base = NULL;

  if (name != NULL && name[0] != '\0')
    base = g_strdup (name);
  else if (date != NULL && strlen (date) >= 10)
    base = g_strndup (date, 10);
  else
    base = g_strdup (golf_session_get_id (session));

  g_strdelimit (base, "/\\:", '-');

  return g_strconcat (base, ".pdf", NULL);
}

static void
on_launched_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Cannot open the report: %s", error->message);
}

static void
on_open_report_cb (AdwToast   *toast,
                   const char *uri)
{
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, on_launched_cb, NULL);
}

/* A message a person can act on: a folder they cannot write into says
 * so and what to do; anything else says what the report writer said. */
static char *
dup_write_error (GFile        *file,
                 const GError *error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *folder_name = NULL;

  if (folder != NULL)
    info = g_file_query_info (folder, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL || g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE))
    return g_strdup (error->message);

  folder_name = g_file_get_parse_name (folder);
  /* Translators: a toast; %s is a folder */
  return g_strdup_printf (_("The report cannot be saved in “%s”: that folder is read-only. "
                            "Export it again and choose another folder, such as Documents."),
                          folder_name);
}

static void
write_report_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GolfSessionReport *report = g_object_get_data (G_OBJECT (task), "report");
  g_autofree char *path = g_file_get_path (task_data);
  GError *error = NULL;

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Reports can only be saved in a folder on this computer"));
  if (error != NULL || !golf_session_report_write (report, path, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_report_written_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GolfWindow *self = GOLF_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  GApplication *application = user_data;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gboolean written = g_task_propagate_boolean (G_TASK (result), &error);

  if (application != NULL)
    {
      g_application_release (application);
      g_object_unref (application);
    }

  if (!written)
    {
      g_autofree char *message = dup_write_error (file, error);
      g_autoptr(GError) shown = g_error_new_literal (error->domain, error->code, message);

      golf_window_show_error (self, shown);
      return;
    }

  toast = adw_toast_new (_("Report saved"));
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_report_cb),
                         g_file_get_uri (file), (GClosureNotify)(void (*) (void))g_free, 0);
  _golf_window_show_toast (self, toast);
}

/* The report of @session_id, written in a worker thread. The application
 * stays while it is written, even when its last window closes. */
static gboolean
export_session (GolfWindow      *self,
                const char      *session_id,
                GFile           *file,
                GolfReportPaper  paper)
{
  g_autoptr(GolfSessionReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  GApplication *application = g_application_get_default ();

  report = golf_session_report_new_for_session (self->store, session_id, &error);
  if (report == NULL)
    {
      golf_window_show_error (self, error);
      return FALSE;
    }

  golf_session_report_set_paper (report, paper);
  golf_session_report_set_units (report, self->units);

  if (application != NULL)
    g_application_hold (g_object_ref (application));
  task = g_task_new (self, NULL, on_report_written_cb, application);
  g_task_set_source_tag (task, export_session);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "report", g_steal_pointer (&report), g_object_unref);
  g_task_run_in_thread (task, write_report_thread);

  return TRUE;
}

/**
 * golf_window_export_report_to_file:
 * @self: a #GolfWindow
 * @file: the PDF file to write, on this computer
 * @paper: the paper size
 *
 * Writes the report of the session on show to @file, in a worker thread,
 * in the window's units. A toast says when it is saved, or why not.
 *
 * Returns: %TRUE if the report is being written; %FALSE (with an error
 *   toast) when there is no session or it cannot be read
 */
gboolean
golf_window_export_report_to_file (GolfWindow      *self,
                                   GFile           *file,
                                   GolfReportPaper  paper)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->store == NULL || self->session == NULL)
    return FALSE;

  return export_session (self, golf_session_get_id (self->session), file, paper);
}

/* The report is of the session the chooser was opened for, whatever the
 * window shows by now. */
static void
on_report_file_chosen_cb (GtkNativeDialog *dialog,
                          int              response,
                          GolfWindow      *self)
{
  const char *session_id = g_object_get_data (G_OBJECT (dialog), "golf-session-id");

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      export_session (self, session_id, file, golf_report_paper_for_locale (NULL));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->session == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  name = dup_suggested_name (self->session);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "golf-session-id",
                          g_strdup (golf_session_get_id (self->session)), g_free);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_report_file_chosen_cb),
                         g_object_ref (self), (GClosureNotify)(void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_golf_window_class_add_report_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.export-report", NULL);
}
