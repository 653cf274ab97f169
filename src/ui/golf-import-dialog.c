/* golf-import-dialog.c
 *
 * Paste a Uneekor report link or choose files; the import then runs with
 * a progress bar and a Cancel button, and the window stays responsive (see
 * golf-import-job.c). When it is over the dialog closes and says so with
 * #GolfImportDialog::imported, which the window turns into a toast. A
 * failure stays in the dialog, in the import layer's words, so the link
 * can be mended and tried again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-import-dialog.h"
#include "golf-import-job.h"
#include "golf-uneekor-link.h"

struct _GolfImportDialog
{
  AdwWindow          parent_instance;

  GtkWidget         *import_button;
  GtkStack          *stack;
  GtkWidget         *error_group;
  GtkLabel          *error_label;
  AdwEntryRow       *link_row;
  AdwActionRow      *files_row;
  GtkProgressBar    *progress_bar;
  GtkLabel          *progress_label;

  GolfStore         *store;
  GolfUneekorClient *client;
  GolfImportJob     *job;
  GPtrArray         *files;
  gint64             player_id;
  guint              pulse_id;
};

G_DEFINE_FINAL_TYPE (GolfImportDialog, golf_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_actions (GolfImportDialog *self)
{
  const char *link = gtk_editable_get_text (GTK_EDITABLE (self->link_row));
  gboolean ready = self->job == NULL && ((link != NULL && link[0] != '\0') || self->files->len > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import", ready);
}

static void
show_error (GolfImportDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_group, message != NULL);
}

static gboolean
pulse_cb (gpointer user_data)
{
  GolfImportDialog *self = user_data;

  if (golf_import_job_get_fraction (self->job) < 0)
    gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
on_job_progress_cb (GolfImportDialog *self,
                    GParamSpec       *pspec,
                    GolfImportJob    *job)
{
  double fraction = golf_import_job_get_fraction (job);

  gtk_label_set_text (self->progress_label, golf_import_job_get_text (job));
  if (fraction >= 0)
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
stop_job (GolfImportDialog *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->job != NULL)
    g_signal_handlers_disconnect_by_data (self->job, self);
  g_clear_object (&self->job);
  gtk_widget_set_sensitive (self->import_button, TRUE);
  update_actions (self);
}

/* What went wrong, for a golfer: the import layer's messages already say
 * what to do; the store's get a word of context. */
static char *
describe_error (const GError *error)
{
  if (error->domain == GOLF_STORE_ERROR)
    /* Translators: %s says why, in the store's words */
    return g_strdup_printf (_("The shots could not be saved: %s"), error->message);

  return g_strdup (error->message);
}

static void
on_job_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GolfImportDialog) self = user_data;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  reports = golf_import_job_run_finish (GOLF_IMPORT_JOB (object), result, &error);
  stop_job (self);

  if (reports != NULL)
    {
      g_signal_emit (self, signals[IMPORTED], 0, reports);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_signal_emit (self, signals[CANCELLED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else
    {
      g_autofree char *message = describe_error (error);

      gtk_stack_set_visible_child_name (self->stack, "choose");
      show_error (self, message);
    }
}

static void
run_job (GolfImportDialog *self,
         GolfImportJob    *job)
{
  g_assert (self->job == NULL);

  self->job = job;
  golf_import_job_set_player_id (job, self->player_id);
  show_error (self, NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  update_actions (self);

  g_signal_connect_object (job, "notify::text", G_CALLBACK (on_job_progress_cb), self, G_CONNECT_SWAPPED);
  on_job_progress_cb (self, NULL, job);
  self->pulse_id = g_timeout_add (100, pulse_cb, self);
  golf_import_job_run_async (job, on_job_done_cb, g_object_ref (self));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GolfImportDialog *self = GOLF_IMPORT_DIALOG (widget);
  g_autofree char *link = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->link_row))));

  if (link[0] != '\0')
    golf_import_dialog_import_link (self, link);
  else if (self->files->len > 0)
    golf_import_dialog_import_files (self, (GFile **)self->files->pdata, self->files->len);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GolfImportDialog *self = GOLF_IMPORT_DIALOG (widget);

  /* A running import is stopped; the dialog closes once it has stopped. */
  if (self->job != NULL)
    golf_import_job_cancel (self->job);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
golf_import_dialog_close_request (GtkWindow *window)
{
  GolfImportDialog *self = GOLF_IMPORT_DIALOG (window);

  if (self->job != NULL)
    {
      golf_import_job_cancel (self->job);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (golf_import_dialog_parent_class)->close_request (window);
}

static void
on_link_changed_cb (GolfImportDialog *self)
{
  show_error (self, NULL);
  update_actions (self);
}

static void
on_link_activated_cb (GolfImportDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.import", NULL);
}

static void
on_files_chosen_cb (GtkNativeDialog  *chooser,
                    int               response,
                    GolfImportDialog *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_ptr_array_set_size (self->files, 0);
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          g_autofree char *name = g_file_get_basename (file);

          g_string_append_printf (names, "%s%s", i ? ", " : "", name);
          g_ptr_array_add (self->files, g_steal_pointer (&file));
        }

      adw_action_row_set_subtitle (self->files_row, names->str);
      update_actions (self);
    }

  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *suffixes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
on_choose_files_cb (GolfImportDialog *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose Files to Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Launch Monitor Sessions"),
              (const char * const[]) { "application/json", "text/csv", "application/x-golflab-session", NULL },
              (const char * const[]) { "json", "csv", "golfsession", NULL });
  add_filter (GTK_FILE_CHOOSER (chooser), _("All Files"),
              (const char * const[]) { NULL },
              (const char * const[]) { "*", NULL });
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_files_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
golf_import_dialog_dispose (GObject *object)
{
  GolfImportDialog *self = (GolfImportDialog *)object;

  if (self->job != NULL)
    golf_import_job_cancel (self->job);
  stop_job (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_pointer (&self->files, g_ptr_array_unref);

  G_OBJECT_CLASS (golf_import_dialog_parent_class)->dispose (object);
}

static void
golf_import_dialog_class_init (GolfImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = golf_import_dialog_dispose;
  window_class->close_request = golf_import_dialog_close_request;

  /**
   * GolfImportDialog::imported:
   * @self: the dialog
   * @reports: (element-type GolfImportReport): a report per source
   *
   * The import is over and every source was imported; the dialog closes.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  /**
   * GolfImportDialog::cancelled:
   * @self: the dialog
   *
   * The import was cancelled before it wrote anything more; the dialog closes.
   */
  signals[CANCELLED] =
    g_signal_new ("cancelled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, link_row);
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, files_row);
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GolfImportDialog, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, on_link_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_files_cb);

  gtk_widget_class_install_action (widget_class, "dialog.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
golf_import_dialog_init (GolfImportDialog *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * golf_import_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database to import into
 * @client: the Uneekor client that fetches report links
 *
 * Returns: (transfer full): the dialog, not yet shown
 */
GolfImportDialog *
golf_import_dialog_new (GtkWindow         *parent,
                        GolfStore         *store,
                        GolfUneekorClient *client)
{
  GolfImportDialog *self;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (GOLF_IS_UNEEKOR_CLIENT (client), NULL);

  self = g_object_new (GOLF_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->client = g_object_ref (client);

  return self;
}

/**
 * golf_import_dialog_import_link:
 * @self: a #GolfImportDialog
 * @link: a Uneekor report link
 *
 * Checks the link and, if it can be used, fetches and imports the report;
 * a link that cannot be used says why in the dialog.
 */
void
golf_import_dialog_import_link (GolfImportDialog *self,
                                const char       *link)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report_id = NULL;
  g_autofree char *key = NULL;

  g_return_if_fail (GOLF_IS_IMPORT_DIALOG (self));
  g_return_if_fail (link != NULL);

  if (self->job != NULL)
    return;

  /* A link that cannot be used says why before anything is fetched. */
  if (!golf_uneekor_link_parse (link, &report_id, &key, &error))
    {
      show_error (self, error->message);
      return;
    }

  run_job (self, golf_import_job_new_for_link (self->store, self->client, link));
}

/**
 * golf_import_dialog_import_files:
 * @self: a #GolfImportDialog
 * @files: (array length=n_files): the files
 * @n_files: how many
 *
 * Imports the files one after the other.
 */
void
golf_import_dialog_import_files (GolfImportDialog  *self,
                                 GFile            **files,
                                 guint              n_files)
{
  g_return_if_fail (GOLF_IS_IMPORT_DIALOG (self));
  g_return_if_fail (files != NULL && n_files > 0);

  if (self->job != NULL)
    return;

  run_job (self, golf_import_job_new_for_files (self->store, files, n_files));
}

/**
 * golf_import_dialog_get_running:
 * @self: a #GolfImportDialog
 *
 * Returns: whether an import is under way
 */
gboolean
golf_import_dialog_get_running (GolfImportDialog *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_DIALOG (self), FALSE);

  return self->job != NULL;
}

/**
 * golf_import_dialog_set_player_id:
 * @self: a #GolfImportDialog
 * @player_id: the student imports go to, or 0 for each source's own player
 *
 * Chooses the player the sessions imported from this dialog belong to.
 */
void
golf_import_dialog_set_player_id (GolfImportDialog *self,
                                  gint64            player_id)
{
  g_return_if_fail (GOLF_IS_IMPORT_DIALOG (self));
  g_return_if_fail (player_id >= 0);

  self->player_id = player_id;
}
