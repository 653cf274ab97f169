/* test-window.c: the main window's sessions, under Xvfb with real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>

#include "golf-application.h"
#include "golf-session-dialog.h"
#include "golf-session-row.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

/* The session rows as the sidebar shows them: "date|title|summary" each. */
static char *
sidebar_text (UiFixture *fixture)
{
  GtkWidget *list = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  g_autoptr(GPtrArray) labels = ui_collect_labels (list);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, i % 3 ? '|' : '\n');
      g_string_append (text, gtk_label_get_text (labels->pdata[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
n_sidebar_rows (UiFixture *fixture)
{
  GtkListView *list = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

/* Selects a session the way a click on its row does. */
static void
click_session_row (UiFixture  *fixture,
                   const char *row_text)
{
  GtkWidget *list = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  GtkWidget *label = ui_find_label (list, row_text);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_activate_action (label, "listitem.select", "(bb)", FALSE, FALSE));
  ui_iterate_for (50);
}

static const char *
visible_page (UiFixture *fixture)
{
  GtkStack *stack = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "main_stack");

  return gtk_stack_get_visible_child_name (stack);
}

static void
seed_two_sessions (UiFixture *fixture)
{
  g_autoptr(GPtrArray) irons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) drivers = g_ptr_array_new_with_free_func (g_object_unref);

  ui_open_store (fixture);
  g_ptr_array_add (irons, ui_make_shot ("S1", "S1_1", "7 Iron", 140.0, 148.0, 50.0, 37.0));
  g_ptr_array_add (irons, ui_make_shot ("S1", "S1_2", "7 Iron", 150.0, 158.0, 52.0, 38.0));
  ui_save_session (fixture->store, "S1", "2026-11-20", irons);
  g_ptr_array_add (drivers, ui_make_shot ("S2", "S2_1", "Driver", 200.0, 220.0, 65.0, 44.0));
  g_ptr_array_add (drivers, ui_make_shot ("S2", "S2_2", "Driver", 220.0, 240.0, 68.0, 45.5));
  g_ptr_array_add (drivers, ui_make_shot ("S2", "S2_3", "PW", 100.0, 104.0, 41.0, 33.0));
  ui_save_session (fixture->store, "S2", "2026-11-24", drivers);
  golf_metrics_worker_flush (fixture->worker);
}

static void
test_window_sessions (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *rows = NULL;
  AdwViewSwitcherTitle *title;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_two_sessions (fixture);
  ui_show_window (fixture, 1100, 760);
  g_assert_cmpstr (visible_page (fixture), ==, "sessions");

  /* Newest first: the date with its year, the id (no name yet), what was hit. */
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 2);
  rows = sidebar_text (fixture);
  g_assert_cmpstr (rows, ==,
                   "Tue 24 Nov 2026|S2|3 shots · Driver, PW\n"
                   "Fri 20 Nov 2026|S1|2 shots · 7 Iron");

  /* The newest session is open first; the title says which. */
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S2");
  title = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "switcher_title");
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "Tue 24 Nov 2026");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "S2");

  click_session_row (fixture, "Fri 20 Nov 2026");
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S1");
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "Fri 20 Nov 2026");

  ui_save_png (GTK_WIDGET (fixture->window), "window-sessions.png");
}

static void
type_search (UiFixture  *fixture,
             const char *text)
{
  GtkEditable *entry = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "search_entry");

  gtk_editable_set_text (entry, text);
  /* The entry waits a moment after typing before it searches. */
  ui_iterate_for (300);
}

static void
test_window_search (UiFixture     *fixture,
                    gconstpointer  user_data)
{
  GtkStack *sidebar_stack;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_two_sessions (fixture);
  ui_show_window (fixture, 1100, 760);
  sidebar_stack = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "sidebar_stack");

  /* Ctrl+F goes to the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "search_entry"))) ||
                 gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (fixture->window))));

  /* A club, a date as shown, words in any case. */
  type_search (fixture, "driver");
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 1);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (fixture->window), "3 shots · Driver, PW"));
  type_search (fixture, "fri 20 nov");
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 1);
  g_assert_nonnull (ui_find_label (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list"),
                                   "Fri 20 Nov 2026"));

  /* Nothing found says so, and the open session stays open. */
  type_search (fixture, "3 wood");
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack), ==, "no-results");
  g_assert_nonnull (golf_window_get_session (fixture->window));

  type_search (fixture, "");
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack), ==, "list");
}

static GolfSessionDialog *
find_session_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GOLF_IS_SESSION_DIALOG (window))
        return GOLF_SESSION_DIALOG (window);
    }

  return NULL;
}

static void
test_window_rename (UiFixture     *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GolfStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  GolfSessionDialog *dialog;
  AdwEntryRow *name_row;
  GtkTextView *notes_view;
  AdwViewSwitcherTitle *title;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_two_sessions (fixture);
  ui_show_window (fixture, 1100, 760);

  /* F2 opens the details of the open session. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.session-details", NULL));
  dialog = find_session_dialog ();
  g_assert_nonnull (dialog);
  name_row = ui_template_child (dialog, GOLF_TYPE_SESSION_DIALOG, "name_row");
  notes_view = ui_template_child (dialog, GOLF_TYPE_SESSION_DIALOG, "notes_view");

  /* Two sessions of one day are told apart by their names. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Evening range ");
  g_signal_emit_by_name (name_row, "apply");
  ui_iterate_for (50);
  rows = sidebar_text (fixture);
  g_assert_nonnull (strstr (rows, "Tue 24 Nov 2026|Evening range|3 shots"));
  title = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "switcher_title");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "Evening range");

  /* Notes are saved when the dialog closes. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes_view), "Worked on tempo.", -1);
  ui_save_png (GTK_WIDGET (dialog), "session-dialog.png");
  gtk_window_close (GTK_WINDOW (dialog));
  ui_iterate_for (50);
  g_assert_null (find_session_dialog ());
  g_assert_cmpstr (golf_session_get_notes (golf_window_get_session (fixture->window)), ==, "Worked on tempo.");

  /* Both are in the file, not just on screen. */
  reopened = golf_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_session_get_name (golf_store_find_session (reopened, "S2")), ==, "Evening range");
  g_assert_cmpstr (golf_session_get_notes (golf_store_find_session (reopened, "S2")), ==, "Worked on tempo.");

  /* And the notes can be searched. */
  type_search (fixture, "tempo");
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 1);
}

/* Presses a visible button by its label, as a click would. */
static void
click_button (GtkWidget  *widget,
              const char *label)
{
  g_signal_emit_by_name (ui_find_button (widget, label), "clicked");
}

static void
test_window_delete_session (UiFixture     *fixture,
                            gconstpointer  user_data)
{
  GtkWidget *overlay;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_two_sessions (fixture);
  ui_show_window (fixture, 1100, 760);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S2");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-session", NULL));
  ui_iterate_for (100);

  /* Gone from the sidebar and the store; the other session is shown. */
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 1);
  g_assert_null (golf_store_find_session (fixture->store, "S2"));
  g_assert_cmpuint (golf_test_count_shots (fixture->store, "S2"), ==, 0);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S1");

  /* The toast says which, and Undo brings every shot back. */
  overlay = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay");
  g_assert_nonnull (ui_find_label (overlay, "Session “S2” deleted"));
  ui_save_png (GTK_WIDGET (fixture->window), "window-session-deleted.png");
  click_button (overlay, "Undo");
  ui_iterate_for (100);
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 2);
  g_assert_cmpuint (golf_test_count_shots (fixture->store, "S2"), ==, 3);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S2");
}

static gboolean
shows_sessions (gpointer data)
{
  return g_strcmp0 (visible_page (data), "sessions") == 0;
}

static gboolean
shows_session_440004 (gpointer data)
{
  GolfSession *session = golf_window_get_session (data);

  return session != NULL && g_strcmp0 (golf_session_get_id (session), "440004") == 0;
}

static void
test_window_empty (UiFixture     *fixture,
                   gconstpointer  user_data)
{
  AdwStatusPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_show_window (fixture, 1100, 760);

  /* An empty database offers the two ways to fill it. */
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  page = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "empty_page");
  g_assert_nonnull (ui_find_label (GTK_WIDGET (page), "Import…"));
  ui_save_png (GTK_WIDGET (fixture->window), "window-empty.png");

  /* The sample reports come in, and the last one is opened. */
  click_button (GTK_WIDGET (page), "Open Sample Data");
  g_assert_true (ui_iterate_until (shows_sessions, fixture));
  g_assert_true (ui_iterate_until (shows_session_440004, fixture->window));
  g_assert_cmpuint (n_sidebar_rows (fixture), ==, 4);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "440004");
  g_assert_nonnull (ui_find_label (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay"),
                                   "360 shots imported"));
}

static void
test_window_unopenable (UiFixture     *fixture,
                        gconstpointer  user_data)
{
  static const char garbage[] = "These are not the shots you are looking for.\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(GolfStore) store = NULL;
  AdwStatusPage *page;
  GtkWidget *open_button;
  GtkWidget *new_button;

  UI_SKIP_WITHOUT_DISPLAY ();

  g_file_set_contents (fixture->path, garbage, -1, &error);
  g_assert_no_error (error);
  store = golf_store_new (fixture->path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);

  fixture->window = golf_window_new (NULL, NULL, error);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_iterate_for (200);

  /* The window explains instead of crashing, and says what went wrong. */
  g_assert_cmpstr (visible_page (fixture), ==, "error");
  page = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "error_page");
  escaped = g_markup_escape_text (error->message, -1);
  g_assert_cmpstr (adw_status_page_get_description (page), ==, escaped);

  /* The way out is in the window: another database, or a new one. */
  open_button = ui_find_button (GTK_WIDGET (page), "Open Another Database…");
  new_button = ui_find_button (GTK_WIDGET (page), "Start a New Database…");
  g_assert_true (gtk_widget_get_mapped (open_button));
  g_assert_true (gtk_widget_get_mapped (new_button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open_button)), ==, "win.open-database");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (new_button)), ==, "win.new-database");
  g_assert_true (gtk_widget_is_sensitive (open_button));
  g_assert_true (gtk_widget_is_sensitive (new_button));

  /* And the file is left as it was. */
  g_file_get_contents (fixture->path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, garbage);

  ui_save_png (GTK_WIDGET (fixture->window), "window-error.png");
}

/* What the error page's buttons end in: the application opens (or
 * creates) the chosen database in a new window and remembers it. */
static void
test_application_open_database (UiFixture     *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(GolfApplication) application = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *remembered = NULL;
  GtkWindow *window;

  UI_SKIP_WITHOUT_DISPLAY ();

  application = golf_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  /* A new file becomes a new, empty database. */
  new_path = g_build_filename (fixture->dir, "fresh.db", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (application), "open-database",
                                  g_variant_new_string (new_path));
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_assert_true (GOLF_IS_WINDOW (window));
  g_assert_cmpstr (golf_store_get_path (golf_window_get_store (GOLF_WINDOW (window))), ==, new_path);
  g_assert_true (g_file_test (new_path, G_FILE_TEST_EXISTS));
  ui_iterate_for (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (ui_template_child (window, GOLF_TYPE_WINDOW, "main_stack")),
                   ==, "empty");

  settings = g_settings_new (APP_ID);
  remembered = g_settings_get_string (settings, "database");
  g_assert_cmpstr (remembered, ==, new_path);

  /* A file that is no database keeps the open one, and says why. */
  g_file_set_contents (fixture->path, "not a database", -1, &error);
  g_assert_no_error (error);
  g_assert_false (golf_application_open_database (application, fixture->path, &error));
  g_assert_nonnull (error);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (application)) == window);

  gtk_window_destroy (window);
  g_settings_reset (settings, "database");
  ui_iterate_for (50);
}

static gboolean
shows_session_440003 (gpointer data)
{
  GolfSession *session = golf_window_get_session (data);

  return session != NULL && g_strcmp0 (golf_session_get_id (session), "440003") == 0;
}

/* A file from the command line or the file manager: imported into the
 * open database, its session shown. */
static void
test_application_open (UiFixture     *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GolfApplication) application = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *sample = NULL;
  GolfWindow *window;

  UI_SKIP_WITHOUT_DISPLAY ();

  g_settings_set_string (settings, "database", fixture->path);
  application = golf_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  sample = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", "report-440003.json", NULL);
  file = g_file_new_for_path (sample);
  g_application_open (G_APPLICATION (application), &file, 1, "");

  /* The import runs with a progress dialog; the window shows the session after. */
  window = GOLF_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  g_assert_nonnull (window);
  g_assert_true (ui_iterate_until (shows_session_440003, window));
  g_assert_cmpstr (golf_store_get_path (golf_window_get_store (window)), ==, fixture->path);
  g_assert_cmpuint (golf_test_count_shots (golf_window_get_store (window), "440003"), ==, 100);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (window)), ==, "440003");
  g_assert_nonnull (ui_find_label (ui_template_child (window, GOLF_TYPE_WINDOW, "toast_overlay"),
                                   "100 shots imported"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "database");
  ui_iterate_for (50);
}

static gboolean
shows_session_440002 (gpointer data)
{
  GolfSession *session = golf_window_get_session (data);

  return session != NULL && g_strcmp0 (golf_session_get_id (session), "440002") == 0;
}

/* Report files dropped on the window are imported and shown. */
static void
test_window_drop (UiFixture     *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *sample = NULL;
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_show_window (fixture, 1100, 760);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_assert_true (gtk_drop_target_get_actions (target) & GDK_ACTION_COPY);

  sample = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", "report-440002.json", NULL);
  file = g_file_new_for_path (sample);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);

  g_assert_true (ui_iterate_until (shows_session_440002, fixture->window));
  g_assert_cmpuint (golf_test_count_shots (fixture->store, "440002"), ==, 80);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "440002");
}

static gboolean
shows_content (gpointer data)
{
  UiFixture *fixture = data;
  AdwLeaflet *leaflet = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "leaflet");

  return adw_leaflet_get_visible_child (leaflet) == ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "content");
}

static void
test_window_narrow (UiFixture     *fixture,
                    gconstpointer  user_data)
{
  AdwLeaflet *leaflet;
  GtkListView *list;
  GtkMenuButton *menu_button;
  AdwViewSwitcherTitle *title;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_two_sessions (fixture);

  /* A phone-sized window starts on the list, and a tap opens the session. */
  ui_show_window (fixture, 360, 640);
  leaflet = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "leaflet");
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "sidebar"));
  ui_save_png (GTK_WIDGET (fixture->window), "window-narrow-sidebar.png");

  list = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  g_assert_true (gtk_list_view_get_single_click_activate (list));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 1));
  g_assert_true (ui_iterate_until (shows_content, fixture));
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S1");
  ui_iterate_for (300);

  /* The title keeps its year when folded. */
  title = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "switcher_title");
  g_assert_true (adw_view_switcher_title_get_title_visible (title));
  g_assert_nonnull (ui_find_label (GTK_WIDGET (title), "Fri 20 Nov 2026"));

  /* The main menu is still there, and F10 opens it. */
  menu_button = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "content_menu_button");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (menu_button)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-primary-menu", NULL));
  ui_iterate_for (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));
  gtk_menu_button_popdown (menu_button);
  ui_save_png (GTK_WIDGET (fixture->window), "window-narrow.png");

  /* Back to the list with Alt+Left. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-sessions", NULL));
  ui_iterate_for (300);
  g_assert_false (shows_content (fixture));
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

  g_test_add ("/ui/window/sessions", UiFixture, NULL,
              ui_fixture_set_up, test_window_sessions, ui_fixture_tear_down);
  g_test_add ("/ui/window/search", UiFixture, NULL,
              ui_fixture_set_up, test_window_search, ui_fixture_tear_down);
  g_test_add ("/ui/window/rename", UiFixture, NULL,
              ui_fixture_set_up, test_window_rename, ui_fixture_tear_down);
  g_test_add ("/ui/window/delete-session", UiFixture, NULL,
              ui_fixture_set_up, test_window_delete_session, ui_fixture_tear_down);
  g_test_add ("/ui/window/empty", UiFixture, NULL,
              ui_fixture_set_up, test_window_empty, ui_fixture_tear_down);
  g_test_add ("/ui/window/unopenable", UiFixture, NULL,
              ui_fixture_set_up, test_window_unopenable, ui_fixture_tear_down);
  g_test_add ("/ui/application/open-database", UiFixture, NULL,
              ui_fixture_set_up, test_application_open_database, ui_fixture_tear_down);
  g_test_add ("/ui/window/drop", UiFixture, NULL,
              ui_fixture_set_up, test_window_drop, ui_fixture_tear_down);
  g_test_add ("/ui/application/open", UiFixture, NULL,
              ui_fixture_set_up, test_application_open, ui_fixture_tear_down);
  g_test_add ("/ui/window/narrow", UiFixture, NULL,
              ui_fixture_set_up, test_window_narrow, ui_fixture_tear_down);

  return g_test_run ();
}
