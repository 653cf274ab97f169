/* golf-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "golf-application.h"
#include "golf-metrics-worker.h"
#include "golf-window.h"

struct _GolfApplication
{
  AdwApplication     parent_instance;

  GolfStore         *store;
  GolfMetricsWorker *worker;
  GError            *store_error;
};

G_DEFINE_FINAL_TYPE (GolfApplication, golf_application, ADW_TYPE_APPLICATION)

static void
set_store (GolfApplication *self,
           GolfStore       *store,
           GError          *error)
{
  g_clear_object (&self->worker);
  g_set_object (&self->store, store);
  g_clear_error (&self->store_error);
  self->store_error = error;

  if (store == NULL)
    return;

  self->worker = golf_metrics_worker_new (store);

  /* Show what golf-lab-cli imports while the window is open. */
  golf_store_watch (store, 1000);
}

static void
open_store (GolfApplication *self,
            const char      *requested_path)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *chosen_path = g_settings_get_string (settings, "database");
  g_autofree char *default_path = NULL;
  g_autoptr(GolfStore) store = NULL;
  GError *error = NULL;
  const char *path = requested_path;

  if (path == NULL && chosen_path[0] != '\0')
    path = chosen_path;

  if (path == NULL)
    {
      /* The default lives in the user data folder, which may not exist yet. */
      g_autofree char *folder = NULL;

      default_path = golf_store_default_path ();
      folder = g_path_get_dirname (default_path);
      g_mkdir_with_parents (folder, 0700);
      path = default_path;
    }

  store = golf_store_new (path, &error);
  if (store == NULL)
    g_warning ("Cannot open the database %s: %s", path, error->message);

  set_store (self, store, error);
}

/**
 * golf_application_open_database:
 * @self: a #GolfApplication
 * @path: a database file; a new one is created when it does not exist
 * @error: return location for a #GError
 *
 * Opens another database (the way out of a damaged one) and shows it in a
 * new main window, remembering it for the next start. When it cannot be
 * opened, the database open before stays open.
 *
 * Returns: %TRUE if @path is open now
 */
gboolean
golf_application_open_database (GolfApplication  *self,
                                const char       *path,
                                GError          **error)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GolfStore) store = NULL;
  GtkWindow *old_window;
  GolfWindow *window;

  g_return_val_if_fail (GOLF_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((store = golf_store_new (path, error)) == NULL)
    return FALSE;

  old_window = gtk_application_get_active_window (GTK_APPLICATION (self));
  set_store (self, store, NULL);
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "database", path);

  window = golf_window_new (GTK_APPLICATION (self), self->store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  if (old_window != NULL)
    gtk_window_destroy (old_window);

  return TRUE;
}

static void
open_database_activated_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GolfApplication *self = GOLF_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;

  if (!golf_application_open_database (self, g_variant_get_string (parameter, NULL), &error) &&
      GOLF_IS_WINDOW (window))
    golf_window_show_error (GOLF_WINDOW (window), error);
}

static GtkWindow *
present_window (GolfApplication *self)
{
  GtkWindow *window;

  if (self->store == NULL && self->store_error == NULL)
    open_store (self, NULL);

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (golf_window_new (GTK_APPLICATION (self), self->store, self->store_error));

  gtk_window_present (window);

  return window;
}

static void
golf_application_activate (GApplication *application)
{
  present_window (GOLF_APPLICATION (application));
}

/* Files from the command line or a file manager are imported into the
 * open database like any import, and their session is shown. */
static void
golf_application_open (GApplication  *application,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  GtkWindow *window = present_window (GOLF_APPLICATION (application));

  if (GOLF_IS_WINDOW (window) && golf_window_get_store (GOLF_WINDOW (window)) != NULL)
    golf_window_import_files (GOLF_WINDOW (window), files, n_files);
}

static int
golf_application_command_line (GApplication            *application,
                               GApplicationCommandLine *command_line)
{
  GolfApplication *self = GOLF_APPLICATION (application);
  GVariantDict *options;
  g_autofree char *db = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) remaining = NULL;

  options = g_application_command_line_get_options_dict (command_line);
  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, db);

      path = g_file_get_path (file);
    }

  if (self->store == NULL && self->store_error == NULL)
    open_store (self, path);
  else if (path != NULL &&
           (self->store == NULL || g_strcmp0 (path, golf_store_get_path (self->store)) != 0))
    g_application_command_line_printerr (command_line,
                                         _("Golf Lab is already running with another database; "
                                           "quit it first to open %s\n"),
                                         path);

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &remaining) && remaining[0] != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; remaining[i] != NULL; i++)
        g_ptr_array_add (files, g_application_command_line_create_file_for_arg (command_line, remaining[i]));
      g_application_open (application, (GFile **)files->pdata, files->len, "");
    }
  else
    {
      g_application_activate (application);
    }

  return EXIT_SUCCESS;
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Golf Lab developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Golf Lab"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Golf Lab developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/golflab/golf-lab",
                         "issue-url", "https://github.com/golflab/golf-lab/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Golf Lab developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
  { "open-database", open_database_activated_cb, "s" },
};

static void
golf_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (golf_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static void
golf_application_dispose (GObject *object)
{
  GolfApplication *self = (GolfApplication *)object;

  g_clear_object (&self->worker);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_application_parent_class)->dispose (object);
}

static void
golf_application_finalize (GObject *object)
{
  GolfApplication *self = (GolfApplication *)object;

  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (golf_application_parent_class)->finalize (object);
}

static void
golf_application_class_init (GolfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = golf_application_dispose;
  object_class->finalize = golf_application_finalize;

  application_class->activate = golf_application_activate;
  application_class->open = golf_application_open;
  application_class->command_line = golf_application_command_line;
  application_class->startup = golf_application_startup;
}

static void
golf_application_init (GolfApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self),
                                 "db", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME,
                                 _("Use the shot database FILE instead of the default one"),
                                 _("FILE"));
  g_application_add_main_option (G_APPLICATION (self),
                                 G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY,
                                 _("Reports, CSV exports or Golf Lab sessions to import"),
                                 _("[FILE…]"));
}

/**
 * golf_application_new:
 *
 * Returns: (transfer full): the application; run it with g_application_run()
 */
GolfApplication *
golf_application_new (void)
{
  return g_object_new (GOLF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * golf_application_get_store:
 * @self: a #GolfApplication
 *
 * Returns: (transfer none) (nullable): the open database, %NULL before the
 *   command line was handled or when it could not be opened
 */
GolfStore *
golf_application_get_store (GolfApplication *self)
{
  g_return_val_if_fail (GOLF_IS_APPLICATION (self), NULL);

  return self->store;
}
