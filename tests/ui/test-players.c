/* test-players.c: a coach's students in the window, under Xvfb
 *
 * The switcher above the sessions, the list it filters, moving a session,
 * imports into the chosen student, Add and Edit Student, and the student
 * remembered for the next window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-players"

#include "config.h"

#include <string.h>

#include "golf-bundle.h"
#include "golf-dashboard-page.h"
#include "golf-dashboard-model.h"
#include "golf-import-dialog.h"
#include "golf-player-dialog.h"
#include "golf-player-switcher.h"
#include "golf-session-row.h"
#include "golf-session-slots.h"
#include "golf-shape-list.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

static GolfPlayerSwitcher *
switcher (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "player_switcher");
}

static GtkDropDown *
switcher_dropdown (UiFixture *fixture)
{
  GtkWidget *dropdown = gtk_widget_get_first_child (GTK_WIDGET (switcher (fixture)));

  g_assert_true (GTK_IS_DROP_DOWN (dropdown));
  return GTK_DROP_DOWN (dropdown);
}

/* Whether the switcher is on screen, as a coach sees it. */
static gboolean
switcher_shown (UiFixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (switcher_dropdown (fixture)));
}

/* Picks a student in the drop-down, by name, as a click does. */
static void
choose_player (UiFixture  *fixture,
               const char *name)
{
  GtkDropDown *dropdown = switcher_dropdown (fixture);
  GListModel *players = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (players); i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (players, i);

      if (g_strcmp0 (golf_player_get_name (player), name) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          g_assert_cmpint (golf_player_switcher_get_player_id (switcher (fixture)), ==, golf_player_get_id (player));
          return;
        }
    }

  g_assert_not_reached ();
}

/* The titles of the sessions listed, top to bottom: "S2|S1". */
static char *
listed_sessions (UiFixture *fixture)
{
  GtkListView *list = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GolfSessionSlot) slot = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (text, '|');
      g_string_append (text, golf_session_get_id (golf_session_slot_get_session (slot)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What the sidebar shows: its rows' titles, as labels on screen. */
static gboolean
row_on_screen (UiFixture  *fixture,
               const char *title)
{
  GtkWidget *list = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");

  return ui_find_label (list, title) != NULL;
}

/* The sessions whose rows are drawn selected, top to bottom. */
static char *
highlighted_rows (UiFixture *fixture)
{
  GtkWidget *list = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *item = gtk_widget_get_first_child (list);
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (!GOLF_IS_SESSION_ROW (row) || !gtk_widget_get_mapped (item) ||
          !(gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_SELECTED))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '|');
      g_string_append (text, golf_session_get_id (golf_session_row_get_session (GOLF_SESSION_ROW (row))));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_highlighted (UiFixture  *fixture,
                    const char *expected)
{
  g_autofree char *highlighted = NULL;

  ui_iterate_for (30);
  highlighted = highlighted_rows (fixture);
  g_assert_cmpstr (highlighted, ==, expected);
}

static const char *
shown_session (UiFixture *fixture)
{
  GolfSession *session = golf_window_get_session (fixture->window);

  return session != NULL ? golf_session_get_id (session) : NULL;
}

static const char *
sidebar_page (UiFixture *fixture)
{
  return gtk_stack_get_visible_child_name (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "sidebar_stack"));
}

static GolfPlayer *
add_player (GolfStore  *store,
            const char *name,
            GolfHand    hand)
{
  g_autoptr(GError) error = NULL;
  GolfPlayer *player = golf_store_add_player (store, name, hand, NULL, &error);

  g_assert_no_error (error);
  return player;
}

static void
move_session (GolfStore  *store,
              const char *session_id,
              GolfPlayer *player)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_store_move_session (store, session_id, golf_player_get_id (player), &error));
  g_assert_no_error (error);
}

static void
save_session (UiFixture  *fixture,
              const char *session_id,
              const char *date,
              const char *club)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *first = g_strdup_printf ("%s_1", session_id);
  g_autofree char *second = g_strdup_printf ("%s_2", session_id);

  g_ptr_array_add (shots, ui_make_shot (session_id, first, club, 140.0, 148.0, 50.0, 37.0));
  g_ptr_array_add (shots, ui_make_shot (session_id, second, club, 150.0, 158.0, 52.0, 38.0));
  ui_save_session (fixture->store, session_id, date, shots);
}

/* Me: S1 (7 Iron), S2 (Driver); Alex: A1 (Driver), A2 (PW); Bo: none. */
static void
seed_students (UiFixture *fixture)
{
  GolfPlayer *alex;

  ui_open_store (fixture);
  save_session (fixture, "S1", "2026-11-20", "7 Iron");
  save_session (fixture, "S2", "2026-11-24", "Driver");
  save_session (fixture, "A1", "2026-11-21", "Driver");
  save_session (fixture, "A2", "2026-11-23", "PW");
  alex = add_player (fixture->store, "Alex", GOLF_HAND_RIGHT);
  add_player (fixture->store, "Bo", GOLF_HAND_RIGHT);
  move_session (fixture->store, "A1", alex);
  move_session (fixture->store, "A2", alex);
  golf_metrics_worker_flush (fixture->worker);
}

static gboolean
switcher_is_shown (gpointer data)
{
  return switcher_shown (data);
}

/* A golfer on their own never sees it; a second player, from the app or
 * from golf-lab-cli, brings it. */
static void
test_switcher_appears (UiFixture     *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GolfStore) cli = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *listed = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  save_session (fixture, "S1", "2026-11-20", "7 Iron");
  save_session (fixture, "S2", "2026-11-24", "Driver");
  ui_show_window (fixture, 1100, 760);
  g_assert_false (switcher_shown (fixture));

  /* golf-lab-cli player-add, seen when the store looks again. */
  cli = golf_store_new (fixture->path, &error);
  g_assert_no_error (error);
  add_player (cli, "Sam", GOLF_HAND_LEFT);
  ui_iterate_for (50);
  g_assert_false (switcher_shown (fixture));
  g_assert_true (golf_store_refresh (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (ui_iterate_until (switcher_is_shown, fixture));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (switcher_dropdown (fixture))), ==, 2);

  /* "Me" is chosen: the golfer's own sessions stay listed and open. */
  g_assert_cmpint (golf_player_switcher_get_player_id (switcher (fixture)), ==, GOLF_PLAYER_DEFAULT_ID);
  listed = listed_sessions (fixture);
  g_assert_cmpstr (listed, ==, "S2|S1");
  g_assert_cmpstr (shown_session (fixture), ==, "S2");

  /* One added in the app shows in the drop-down at once, before Sam:
   * Sam stays the one chosen. */
  choose_player (fixture, "Sam");
  add_player (fixture->store, "Alex", GOLF_HAND_RIGHT);
  ui_iterate_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (switcher_dropdown (fixture))), ==, 3);
  g_assert_cmpint (golf_player_switcher_get_player_id (switcher (fixture)), ==,
                   golf_player_get_id (golf_store_find_player (fixture->store, "Sam")));
  g_assert_cmpstr (golf_player_get_name (gtk_drop_down_get_selected_item (switcher_dropdown (fixture))), ==, "Sam");
  ui_save_png (GTK_WIDGET (fixture->window), "window-students.png");
}

static void
type_search (UiFixture  *fixture,
             const char *text)
{
  gtk_editable_set_text (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "search_entry"), text);
  /* The entry waits a moment after typing before it searches. */
  ui_iterate_for (300);
}

static void
test_choose_filters (UiFixture     *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *mine = NULL;
  g_autofree char *alex = NULL;
  g_autofree char *searched = NULL;
  AdwStatusPage *empty;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_students (fixture);
  ui_show_window (fixture, 1100, 760);
  g_assert_true (switcher_shown (fixture));
  mine = listed_sessions (fixture);
  g_assert_cmpstr (mine, ==, "S2|S1");
  g_assert_true (row_on_screen (fixture, "S2"));
  g_assert_false (row_on_screen (fixture, "A2"));

  /* Alex's sessions, the newest open. */
  choose_player (fixture, "Alex");
  alex = listed_sessions (fixture);
  g_assert_cmpstr (alex, ==, "A2|A1");
  g_assert_true (row_on_screen (fixture, "A1"));
  g_assert_false (row_on_screen (fixture, "S2"));
  g_assert_cmpstr (shown_session (fixture), ==, "A2");
  assert_highlighted (fixture, "A2");

  /* The rows on screen follow the list: the one selected is the session
   * open, whichever position it was at before. */
  g_assert_true (golf_window_select_session (fixture->window, "A1"));
  assert_highlighted (fixture, "A1");
  choose_player (fixture, "Me");
  assert_highlighted (fixture, "S2");
  choose_player (fixture, "Alex");
  assert_highlighted (fixture, "A2");
  g_assert_true (golf_window_select_session (fixture->window, "A1"));

  /* The search works within the student's sessions. */
  type_search (fixture, "driver");
  searched = listed_sessions (fixture);
  g_assert_cmpstr (searched, ==, "A1");
  g_assert_true (row_on_screen (fixture, "A1"));
  g_assert_false (row_on_screen (fixture, "A2"));
  assert_highlighted (fixture, "A1");
  type_search (fixture, "7 iron");
  g_assert_cmpstr (sidebar_page (fixture), ==, "no-results");
  type_search (fixture, "");

  /* Bo has none: the sidebar says so and offers an import. */
  choose_player (fixture, "Bo");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list")))), ==, 0);
  g_assert_null (shown_session (fixture));
  g_assert_cmpstr (sidebar_page (fixture), ==, "no-student-sessions");
  empty = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "student_empty_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "Bo has no sessions yet"));
  g_assert_nonnull (ui_find_label (GTK_WIDGET (empty), "Import…"));
  ui_save_png (GTK_WIDGET (fixture->window), "window-student-without-sessions.png");

  choose_player (fixture, "Me");
  g_assert_cmpstr (shown_session (fixture), ==, "S2");
  g_assert_cmpstr (sidebar_page (fixture), ==, "list");
}

static gboolean
menu_has_label (GMenuModel *menu,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_strcmp0 (text, label) == 0)
        return TRUE;
      if ((section != NULL && menu_has_label (section, label)) ||
          (submenu != NULL && menu_has_label (submenu, label)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
menu_is_built (gpointer data)
{
  return g_menu_model_get_n_items (data) > 0;
}

static void
test_move_session (UiFixture     *fixture,
                   gconstpointer  user_data)
{
  GolfPlayer *alex;
  GMenuModel *move_menu;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *alex_sessions = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_students (fixture);
  ui_show_window (fixture, 1100, 760);
  alex = golf_store_find_player (fixture->store, "Alex");
  before = listed_sessions (fixture);
  g_assert_cmpstr (before, ==, "S2|S1");

  /* The session menu offers the other students, not the session's own. */
  move_menu = G_MENU_MODEL (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "move_section"));
  g_assert_true (ui_iterate_until (menu_is_built, move_menu));
  g_assert_true (menu_has_label (move_menu, "_Move to Student"));
  g_assert_true (menu_has_label (move_menu, "Alex"));
  g_assert_false (menu_has_label (move_menu, "Me"));

  g_assert_cmpstr (shown_session (fixture), ==, "S2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.move-session", "x",
                                             golf_player_get_id (alex)));
  ui_iterate_for (50);

  /* Gone from Me's list, with a toast that says where to. */
  after = listed_sessions (fixture);
  g_assert_cmpstr (after, ==, "S1");
  g_assert_false (row_on_screen (fixture, "S2"));
  g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (fixture->store, "S2")), ==,
                   golf_player_get_id (alex));
  g_assert_nonnull (ui_find_label (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay"),
                                   "Session “S2” moved to Alex"));
  g_assert_cmpstr (shown_session (fixture), ==, "S1");

  choose_player (fixture, "Alex");
  alex_sessions = listed_sessions (fixture);
  g_assert_cmpstr (alex_sessions, ==, "S2|A2|A1");
  g_assert_true (row_on_screen (fixture, "S2"));

  /* Another program moves one back: the lists follow on refresh. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GolfStore) cli = golf_store_new (fixture->path, &error);
    g_autofree char *refreshed = NULL;

    g_assert_no_error (error);
    g_assert_true (golf_store_move_session (cli, "A1", GOLF_PLAYER_DEFAULT_ID, &error));
    g_assert_true (golf_store_refresh (fixture->store, &error));
    g_assert_no_error (error);
    ui_iterate_for (50);
    refreshed = listed_sessions (fixture);
    g_assert_cmpstr (refreshed, ==, "S2|A2");
  }
}

static gboolean
imports_idle (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GOLF_IS_IMPORT_DIALOG (window) && golf_import_dialog_get_running (GOLF_IMPORT_DIALOG (window)))
        return FALSE;
    }

  return TRUE;
}

static GFile *
sample_file (const char *name)
{
  return g_file_new_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", name, NULL);
}

static gint64
player_of (UiFixture  *fixture,
           const char *session_id)
{
  GolfSession *session = golf_store_find_session (fixture->store, session_id);

  g_assert_nonnull (session);
  return golf_session_get_player_id (session);
}

/* Files go to the student chosen when the import started, even when two
 * imports overlap and the student changes in between. */
static void
test_import_into_student (UiFixture     *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GFile) first = sample_file ("report-440001.json");
  g_autoptr(GFile) second = sample_file ("report-440002.json");
  g_autoptr(GBytes) bundle = NULL;
  g_autoptr(GFile) bundle_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *alex_sessions = NULL;
  GolfImportDialog *dialog;
  GtkLabel *error_label;
  GolfPlayer *alex;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_students (fixture);
  ui_show_window (fixture, 1100, 760);
  alex = golf_store_find_player (fixture->store, "Alex");

  /* No main loop turn in between: both run at once. */
  choose_player (fixture, "Alex");
  golf_window_import_files (fixture->window, &first, 1);
  choose_player (fixture, "Me");
  golf_window_import_files (fixture->window, &second, 1);
  g_assert_false (imports_idle (NULL));
  g_assert_true (ui_iterate_until_timeout (imports_idle, NULL, 60000));
  ui_iterate_for (50);

  g_assert_cmpint (player_of (fixture, "440001"), ==, golf_player_get_id (alex));
  g_assert_cmpint (player_of (fixture, "440002"), ==, GOLF_PLAYER_DEFAULT_ID);
  g_assert_cmpint (golf_store_get_import_player_id (fixture->store), ==, 0);
  g_assert_cmpuint (golf_test_count_shots (fixture->store, "440001"), ==, 60);

  /* Alex's import is listed under Alex. */
  choose_player (fixture, "Alex");
  alex_sessions = listed_sessions (fixture);
  g_assert_nonnull (strstr (alex_sessions, "440001"));
  g_assert_null (strstr (alex_sessions, "440002"));

  /* A bundle of Me's session, imported for Alex: refused, and the dialog
   * names whose session it is and what to do. */
  bundle = golf_bundle_write (fixture->store, "440002", &error);
  g_assert_no_error (error);
  bundle_file = g_file_new_build_filename (fixture->dir, "440002.golfsession", NULL);
  g_assert_true (g_file_replace_contents (bundle_file, g_bytes_get_data (bundle, NULL), g_bytes_get_size (bundle),
                                          NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);
  golf_window_import_files (fixture->window, &bundle_file, 1);
  g_assert_true (ui_iterate_until_timeout (imports_idle, NULL, 60000));
  dialog = ui_find_toplevel (GOLF_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  error_label = ui_template_child (dialog, GOLF_TYPE_IMPORT_DIALOG, "error_label");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "belongs to Me, not Alex"));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "move the session to Alex"));
  g_assert_cmpint (player_of (fixture, "440002"), ==, GOLF_PLAYER_DEFAULT_ID);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GolfPlayerDialog *
open_player_dialog (UiFixture  *fixture,
                    const char *action)
{
  GolfPlayerDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  dialog = ui_find_toplevel (GOLF_TYPE_PLAYER_DIALOG);
  g_assert_nonnull (dialog);
  ui_iterate_for (50);

  return dialog;
}

static void
set_name (GolfPlayerDialog *dialog,
          const char       *name)
{
  gtk_editable_set_text (ui_template_child (dialog, GOLF_TYPE_PLAYER_DIALOG, "name_row"), name);
}

static const char *
dialog_error (GolfPlayerDialog *dialog)
{
  GtkLabel *label = ui_template_child (dialog, GOLF_TYPE_PLAYER_DIALOG, "error_label");

  return gtk_widget_is_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

/* Save, as the button does. */
static void
press_save (GolfPlayerDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  ui_iterate_for (50);
}

static void
test_add_student (UiFixture     *fixture,
                  gconstpointer  user_data)
{
  GListModel *players;
  GolfPlayerDialog *dialog;
  GolfPlayer *casey;
  g_autoptr(GolfStore) reopened = NULL;
  g_autoptr(GError) error = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_students (fixture);
  ui_show_window (fixture, 1100, 760);
  players = golf_store_get_players (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (players), ==, 3);

  /* A name taken (in any case), then none: the reason, nothing saved. */
  dialog = open_player_dialog (fixture, "win.add-player");
  set_name (dialog, "alex");
  press_save (dialog);
  g_assert_true (ui_find_toplevel (GOLF_TYPE_PLAYER_DIALOG) == dialog);
  g_assert_nonnull (dialog_error (dialog));
  g_assert_nonnull (strstr (dialog_error (dialog), "already a player called “Alex”"));
  g_assert_cmpuint (g_list_model_get_n_items (players), ==, 3);
  ui_save_png (GTK_WIDGET (dialog), "add-student-taken.png");

  set_name (dialog, "  ");
  g_assert_null (dialog_error (dialog));
  press_save (dialog);
  g_assert_nonnull (dialog_error (dialog));
  g_assert_nonnull (strstr (dialog_error (dialog), "needs a name"));
  g_assert_cmpuint (g_list_model_get_n_items (players), ==, 3);

  /* A new left-handed student, chosen at once. */
  set_name (dialog, "Casey");
  adw_combo_row_set_selected (ui_template_child (dialog, GOLF_TYPE_PLAYER_DIALOG, "hand_row"), 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (ui_template_child (dialog, GOLF_TYPE_PLAYER_DIALOG, "notes_view")),
                            "Plays off 14", -1);
  press_save (dialog);
  g_assert_null (ui_find_toplevel (GOLF_TYPE_PLAYER_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (players), ==, 4);
  casey = golf_store_find_player (fixture->store, "Casey");
  g_assert_nonnull (casey);
  g_assert_cmpint (golf_player_switcher_get_player_id (switcher (fixture)), ==, golf_player_get_id (casey));
  g_assert_cmpstr (sidebar_page (fixture), ==, "no-student-sessions");

  reopened = golf_store_new (fixture->path, &error);
  g_assert_no_error (error);
  casey = golf_store_find_player (reopened, "Casey");
  g_assert_cmpint (golf_player_get_hand (casey), ==, GOLF_HAND_LEFT);
  g_assert_cmpstr (golf_player_get_notes (casey), ==, "Plays off 14");
}

static char *
shape_text (UiFixture *fixture)
{
  GtkWidget *dashboard = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");

  return golf_shape_list_dup_text (ui_template_child (dashboard, GOLF_TYPE_DASHBOARD_PAGE, "shape_list"));
}

static gboolean
model_settled (gpointer data)
{
  UiFixture *fixture = data;
  GolfDashboardPage *dashboard = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");
  GolfDashboardModel *model = golf_dashboard_page_get_model (dashboard);

  return golf_dashboard_model_get_data (model) != NULL && !golf_dashboard_model_get_busy (model);
}

/* A student's hand, changed in Edit Student, names their shapes. */
static void
test_edit_student_hand (UiFixture     *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  GolfPlayerDialog *dialog;
  g_autofree char *right = NULL;
  g_autofree char *left = NULL;
  GolfPlayer *alex;

  UI_SKIP_WITHOUT_DISPLAY ();

  /* Face 2.5° right, path 1° left: a push fade for a right-hander, a
   * pull draw for a left-hander. */
  seed_students (fixture);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("P_%u", i);
      GolfShot *shot = ui_make_shot ("P", id, "7 Iron", 140 + 2 * i, 150 + 2 * i, 50, 37);

      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 2.5);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1.0);
      g_ptr_array_add (shots, shot);
    }
  ui_save_session (fixture->store, "P", "2026-11-28", shots);
  alex = golf_store_find_player (fixture->store, "Alex");
  move_session (fixture->store, "P", alex);
  golf_metrics_worker_flush (fixture->worker);

  ui_show_window (fixture, 1280, 900);
  choose_player (fixture, "Alex");
  g_assert_cmpstr (shown_session (fixture), ==, "P");
  g_assert_true (ui_iterate_until (model_settled, fixture));
  right = shape_text (fixture);
  g_assert_nonnull (strstr (right, "Push fade|"));

  dialog = open_player_dialog (fixture, "win.edit-player");
  g_assert_cmpstr (gtk_editable_get_text (ui_template_child (dialog, GOLF_TYPE_PLAYER_DIALOG, "name_row")), ==, "Alex");
  adw_combo_row_set_selected (ui_template_child (dialog, GOLF_TYPE_PLAYER_DIALOG, "hand_row"), 1);
  press_save (dialog);
  g_assert_null (ui_find_toplevel (GOLF_TYPE_PLAYER_DIALOG));
  g_assert_cmpint (golf_player_get_hand (alex), ==, GOLF_HAND_LEFT);
  g_assert_cmpint (golf_window_get_hand (fixture->window), ==, GOLF_HAND_LEFT);

  ui_iterate_for (30);
  g_assert_true (ui_iterate_until (model_settled, fixture));
  left = shape_text (fixture);
  g_assert_nonnull (strstr (left, "Pull draw|"));
  g_assert_null (strstr (left, "Push fade"));
}

static gboolean
menu_names_bob (gpointer menu)
{
  return menu_has_label (menu, "Bob");
}

/* A student renamed in Edit Student is called by the new name wherever
 * the window names students: the switcher, the empty page, the menu. */
static void
test_rename_student (UiFixture     *fixture,
                     gconstpointer  user_data)
{
  GolfPlayerDialog *dialog;
  AdwStatusPage *empty;
  GMenuModel *move_menu;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_students (fixture);
  ui_show_window (fixture, 1100, 760);
  choose_player (fixture, "Bo");
  empty = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "student_empty_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "Bo has no sessions yet"));

  dialog = open_player_dialog (fixture, "win.edit-player");
  gtk_editable_set_text (ui_template_child (dialog, GOLF_TYPE_PLAYER_DIALOG, "name_row"), "Bob");
  press_save (dialog);
  g_assert_null (ui_find_toplevel (GOLF_TYPE_PLAYER_DIALOG));

  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "Bob has no sessions yet"));
  g_assert_nonnull (ui_find_label (GTK_WIDGET (switcher (fixture)), "Bob"));
  g_assert_null (ui_find_label (GTK_WIDGET (switcher (fixture)), "Bo"));

  choose_player (fixture, "Me");
  move_menu = G_MENU_MODEL (ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "move_section"));
  g_assert_true (ui_iterate_until (menu_names_bob, move_menu));
  g_assert_false (menu_has_label (move_menu, "Bo"));
}

/* The student chosen last is chosen in the next window. */
static void
test_remembered (UiFixture     *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *listed = NULL;
  GolfPlayer *alex;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_students (fixture);
  ui_show_window (fixture, 1100, 760);
  alex = golf_store_find_player (fixture->store, "Alex");
  choose_player (fixture, "Alex");
  gtk_window_close (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  ui_iterate_for (50);

  ui_show_window (fixture, 1100, 760);
  g_assert_cmpint (golf_player_switcher_get_player_id (switcher (fixture)), ==, golf_player_get_id (alex));
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher_dropdown (fixture)), ==, 1);
  listed = listed_sessions (fixture);
  g_assert_cmpstr (listed, ==, "A2|A1");
  g_assert_cmpstr (shown_session (fixture), ==, "A2");

  g_settings_reset (settings, "selected-session");
}

/* Each test starts with the default player chosen. */
static void
players_set_up (UiFixture     *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "selected-player");
  ui_fixture_set_up (fixture, user_data);
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, UiFixture, NULL, players_set_up, func, ui_fixture_tear_down)

  ADD ("/ui/players/switcher-appears", test_switcher_appears);
  ADD ("/ui/players/choose-filters", test_choose_filters);
  ADD ("/ui/players/move-session", test_move_session);
  ADD ("/ui/players/import-into-student", test_import_into_student);
  ADD ("/ui/players/add-student", test_add_student);
  ADD ("/ui/players/edit-student-hand", test_edit_student_hand);
  ADD ("/ui/players/rename-student", test_rename_student);
  ADD ("/ui/players/remembered", test_remembered);

#undef ADD

  return g_test_run ();
}
