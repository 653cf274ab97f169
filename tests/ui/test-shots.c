/* test-shots.c: the Shots page, under Xvfb with real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-shots"

#include "config.h"

#include <math.h>

#include "golf-shot-cell.h"
#include "golf-shots-page.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

/* The page's columns, in order. */
enum
{
  COL_NUMBER,
  COL_CLUB,
  COL_CARRY,
  COL_TOTAL,
  COL_LATERAL,
  COL_BALL_SPEED,
  COL_CLUB_SPEED,
  COL_SMASH,
  COL_LAUNCH,
  COL_BACK_SPIN,
  COL_FACE,
  COL_PATH,
  COL_FACE_TO_PATH,
  COL_APEX,
  N_TEXT_COLUMNS
};

static void
seed_session (UiFixture *fixture)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  GolfShot *shot;

  ui_open_store (fixture);

  shot = ui_make_shot ("S1", "S1_1", "7 Iron", 140.0, 148.0, 50.0, 37.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -3.2);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, 6500.0);
  golf_shot_set_estimated (shot, GOLF_SHOT_FIELD_BACK_SPIN, TRUE);
  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 1.5);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -0.02);
  g_ptr_array_add (shots, shot);

  shot = ui_make_shot ("S1", "S1_2", "Driver", 210.0, 230.0, 66.0, 44.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, 4.0);
  g_ptr_array_add (shots, shot);

  /* A carry the monitor missed. */
  shot = ui_make_shot ("S1", "S1_3", "PW", NAN, 104.0, 41.0, 33.0);
  g_ptr_array_add (shots, shot);

  shot = ui_make_shot ("S1", "S1_4", "7 Iron", 150.0, 158.0, 52.0, 38.0);
  g_ptr_array_add (shots, shot);

  ui_save_session (fixture->store, "S1", "2026-11-20", shots);
  golf_metrics_worker_flush (fixture->worker);
}

static GolfShotsPage *
show_shots_page (UiFixture *fixture)
{
  GolfShotsPage *page;

  ui_show_window (fixture, 1280, 760);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "shots"));
  ui_iterate_for (200);
  page = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "shots_page");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  return page;
}

static void
collect_cells (GtkWidget *widget,
               GPtrArray *cells)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GOLF_IS_SHOT_CELL (widget))
    g_ptr_array_add (cells, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cells (child, cells);
}

/* What row @row (from the top of the list on screen) reads in @column. */
static const char *
cell_text (GolfShotsPage *page,
           guint          row,
           guint          column)
{
  GtkWidget *view = ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "column_view");
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (view, cells);
  g_assert_cmpuint (cells->len, >, row * N_TEXT_COLUMNS + column);

  return golf_shot_cell_get_text (cells->pdata[row * N_TEXT_COLUMNS + column]);
}

static guint
n_rows (GolfShotsPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (golf_shots_page_get_model (page)));
}

static GtkColumnViewColumn *
column (GolfShotsPage *page,
        guint          index)
{
  GtkColumnView *view = ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "column_view");
  GtkColumnViewColumn *found = g_list_model_get_item (gtk_column_view_get_columns (view), index);

  g_object_unref (found);
  return found;
}

static void
test_shots_list (UiFixture     *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GolfShotsPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  g_assert_cmpuint (n_rows (page), ==, 4);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (page), "4 shots"));

  /* In the order they were hit, in yards and mph. */
  g_assert_cmpstr (cell_text (page, 0, COL_NUMBER), ==, "1");
  g_assert_cmpstr (cell_text (page, 0, COL_CLUB), ==, "7 Iron");
  g_assert_cmpstr (cell_text (page, 0, COL_CARRY), ==, "153.1");
  g_assert_cmpstr (cell_text (page, 0, COL_BALL_SPEED), ==, "111.8");
  g_assert_cmpstr (cell_text (page, 0, COL_SMASH), ==, "1.35");
  /* Left of target carries a minus sign, never "-0.0"; estimated values say so. */
  g_assert_cmpstr (cell_text (page, 0, COL_LATERAL), ==, "−3.5");
  g_assert_cmpstr (cell_text (page, 0, COL_PATH), ==, "0.0");
  g_assert_cmpstr (cell_text (page, 0, COL_FACE_TO_PATH), ==, "+1.5");
  g_assert_cmpstr (cell_text (page, 0, COL_BACK_SPIN), ==, "≈6500");
  g_assert_cmpstr (cell_text (page, 1, COL_BACK_SPIN), ==, "—");
  /* A carry that was not measured is a dash, not 0. */
  g_assert_cmpstr (cell_text (page, 2, COL_CARRY), ==, "—");
  g_assert_cmpstr (gtk_column_view_column_get_title (column (page, COL_CARRY)), ==, "Carry\nyd");

  ui_save_png (GTK_WIDGET (fixture->window), "window-shots.png");

  /* The units setting reaches every cell and header. */
  g_settings_set_string (settings, "units", "si");
  ui_iterate_for (50);
  g_assert_cmpstr (cell_text (page, 0, COL_CARRY), ==, "140.0");
  g_assert_cmpstr (cell_text (page, 0, COL_BALL_SPEED), ==, "50.0");
  g_assert_cmpstr (gtk_column_view_column_get_title (column (page, COL_CARRY)), ==, "Carry\nm");
  g_assert_cmpstr (gtk_column_view_column_get_title (column (page, COL_BALL_SPEED)), ==, "Ball Speed\nm/s");
  g_settings_reset (settings, "units");
}

static void
test_shots_sort (UiFixture     *fixture,
                 gconstpointer  user_data)
{
  GtkColumnView *view;
  GolfShotsPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  view = ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "column_view");

  /* What a click on the Carry header does: the longest first, the
   * missing carry last. */
  gtk_column_view_sort_by_column (view, column (page, COL_CARRY), GTK_SORT_DESCENDING);
  ui_iterate_for (50);
  g_assert_cmpstr (golf_shot_list_model_get_sort_key (golf_shots_page_get_model (page)), ==, "carry_distance");
  g_assert_cmpstr (cell_text (page, 0, COL_CLUB), ==, "Driver");
  g_assert_cmpstr (cell_text (page, 0, COL_NUMBER), ==, "2");
  g_assert_cmpstr (cell_text (page, 1, COL_CARRY), ==, "164.0");
  g_assert_cmpstr (cell_text (page, 3, COL_CARRY), ==, "—");

  gtk_column_view_sort_by_column (view, column (page, COL_CARRY), GTK_SORT_ASCENDING);
  ui_iterate_for (50);
  g_assert_cmpstr (cell_text (page, 0, COL_CARRY), ==, "153.1");
  g_assert_cmpstr (cell_text (page, 3, COL_CARRY), ==, "—");

  /* The club column, and back to the order they were hit. */
  gtk_column_view_sort_by_column (view, column (page, COL_CLUB), GTK_SORT_ASCENDING);
  ui_iterate_for (50);
  g_assert_cmpstr (cell_text (page, 0, COL_CLUB), ==, "7 Iron");
  g_assert_cmpstr (cell_text (page, 2, COL_CLUB), ==, "Driver");
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  ui_iterate_for (50);
  g_assert_cmpstr (cell_text (page, 0, COL_NUMBER), ==, "1");
  g_assert_cmpstr (cell_text (page, 3, COL_NUMBER), ==, "4");
}

static void
test_shots_filter (UiFixture     *fixture,
                   gconstpointer  user_data)
{
  GtkDropDown *dropdown;
  GolfShotsPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  dropdown = ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "club_dropdown");

  /* All clubs, then each club the session used. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), 0),
                   ==, "All Clubs");

  for (guint i = 1; i < 4; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), i),
                   "7 Iron") == 0)
      gtk_drop_down_set_selected (dropdown, i);
  ui_iterate_for (50);

  g_assert_cmpuint (n_rows (page), ==, 2);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (page), "2 shots"));
  g_assert_cmpstr (cell_text (page, 0, COL_CLUB), ==, "7 Iron");
  g_assert_cmpstr (cell_text (page, 1, COL_CLUB), ==, "7 Iron");
  /* Shot numbers stay those of the session. */
  g_assert_cmpstr (cell_text (page, 1, COL_NUMBER), ==, "4");

  gtk_drop_down_set_selected (dropdown, 0);
  ui_iterate_for (50);
  g_assert_cmpuint (n_rows (page), ==, 4);
}

typedef struct
{
  GolfShotsPage *page;
  guint          n;
} RowsWait;

static gboolean
has_rows (gpointer data)
{
  RowsWait *wait = data;

  return n_rows (wait->page) == wait->n;
}

static void
click_undo (UiFixture *fixture)
{
  GtkWidget *overlay = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay");
  GtkWidget *button = ui_find_label (overlay, "Undo");

  g_assert_nonnull (button);
  while (!GTK_IS_BUTTON (button))
    button = gtk_widget_get_parent (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
test_shots_delete (UiFixture     *fixture,
                   gconstpointer  user_data)
{
  GtkSelectionModel *selection;
  GolfShotsPage *page;
  RowsWait wait;
  GtkWidget *overlay;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  selection = golf_shots_page_get_selection (page);

  /* Two shots selected: the action bar offers what to do with them. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 2, FALSE);
  ui_iterate_for (50);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (page), "2 shots selected"));
  g_assert_true (gtk_action_bar_get_revealed (ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "action_bar")));

  /* Delete (the key) removes both, from the list and from the session. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "shots.delete", NULL));
  wait = (RowsWait) { page, 2 };
  g_assert_true (ui_iterate_until (has_rows, &wait));
  g_assert_cmpuint (golf_test_count_shots (fixture->store, "S1"), ==, 2);
  g_assert_cmpstr (cell_text (page, 0, COL_CLUB), ==, "Driver");
  g_assert_cmpstr (cell_text (page, 1, COL_NUMBER), ==, "2");
  overlay = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay");
  g_assert_nonnull (ui_find_label (overlay, "2 shots deleted"));

  /* The session's numbers follow once the worker is done. */
  golf_metrics_worker_flush (fixture->worker);
  g_assert_cmpuint (golf_session_get_shot_count (golf_window_get_session (fixture->window)), ==, 2);

  /* Undo puts both back where they were. */
  click_undo (fixture);
  wait = (RowsWait) { page, 4 };
  g_assert_true (ui_iterate_until (has_rows, &wait));
  g_assert_cmpuint (golf_test_count_shots (fixture->store, "S1"), ==, 4);
  g_assert_cmpstr (cell_text (page, 0, COL_CLUB), ==, "7 Iron");
  g_assert_cmpstr (cell_text (page, 2, COL_CLUB), ==, "PW");
  golf_metrics_worker_flush (fixture->worker);
  g_assert_cmpuint (golf_session_get_shot_count (golf_window_get_session (fixture->window)), ==, 4);
}

static GolfSetAside
stored_set_aside (UiFixture  *fixture,
                  const char *shot_id)
{
  g_autoptr(GError) error = NULL;
  const char *ids[] = { shot_id };
  g_autoptr(GPtrArray) shots = golf_store_dup_shots (fixture->store, ids, 1, &error);

  g_assert_no_error (error);
  return golf_shot_get_set_aside (g_ptr_array_index (shots, 0));
}

static gboolean
first_check_active (gpointer data)
{
  GtkWidget *view = ui_template_child (data, GOLF_TYPE_SHOTS_PAGE, "column_view");
  GtkWidget *check = ui_find_widget (view, GTK_TYPE_CHECK_BUTTON);

  return gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
}

static void
test_shots_set_aside (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  GtkSelectionModel *selection;
  GolfShotsPage *page;
  GtkWidget *check;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  g_assert_cmpint (stored_set_aside (fixture, "S1_1"), ==, GOLF_SET_ASIDE_AUTO);

  /* The check box of the first shot sets it aside, in the store. */
  check = ui_find_widget (ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "column_view"), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpint (stored_set_aside (fixture, "S1_1"), ==, GOLF_SET_ASIDE_YES);
  ui_iterate_for (100);
  g_assert_true (first_check_active (page));

  /* "Keep" on a selection overrides it. */
  selection = golf_shots_page_get_selection (page);
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "shots.keep", NULL));
  g_assert_cmpint (stored_set_aside (fixture, "S1_1"), ==, GOLF_SET_ASIDE_NO);
  ui_iterate_for (100);
  g_assert_false (first_check_active (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "shots.set-aside", NULL));
  g_assert_cmpint (stored_set_aside (fixture, "S1_1"), ==, GOLF_SET_ASIDE_YES);
}

/* A season on one monitor: the list shows it without reading it all. */
static void
test_shots_big (UiFixture     *fixture,
                gconstpointer  user_data)
{
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;
  GolfShotListModel *model;
  GolfShotsPage *page;
  gint64 start;

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_save_big_session (fixture->store, "BIG", 50000);
  golf_metrics_worker_flush (fixture->worker);

  page = show_shots_page (fixture);
  model = golf_shots_page_get_model (page);
  g_assert_cmpuint (n_rows (page), ==, 50000);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (page), "50000 shots"));
  g_assert_cmpuint (golf_shot_list_model_get_n_loaded (model), <=, 1024);

  /* To the end and back: still only a few pages in memory. */
  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "column_view"),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  start = g_get_monotonic_time ();
  for (guint step = 1; step <= 20; step++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * step / 20.0);
      ui_iterate_for (20);
    }
  g_test_message ("20 jumps through 50,000 shots: %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (golf_shot_list_model_get_n_loaded (model), <=, 1024);
  g_assert_cmpuint (golf_shot_list_model_get_n_loaded (model), >, 0);

  /* A sort of all 50,000 runs in SQL. */
  gtk_column_view_sort_by_column (ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "column_view"),
                                  column (page, COL_CARRY), GTK_SORT_DESCENDING);
  ui_iterate_for (50);
  g_assert_cmpuint (n_rows (page), ==, 50000);
  g_assert_cmpuint (golf_shot_list_model_get_n_loaded (model), <=, 1024);
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

  g_test_add ("/ui/shots/list", UiFixture, NULL,
              ui_fixture_set_up, test_shots_list, ui_fixture_tear_down);
  g_test_add ("/ui/shots/sort", UiFixture, NULL,
              ui_fixture_set_up, test_shots_sort, ui_fixture_tear_down);
  g_test_add ("/ui/shots/filter", UiFixture, NULL,
              ui_fixture_set_up, test_shots_filter, ui_fixture_tear_down);
  g_test_add ("/ui/shots/delete", UiFixture, NULL,
              ui_fixture_set_up, test_shots_delete, ui_fixture_tear_down);
  g_test_add ("/ui/shots/set-aside", UiFixture, NULL,
              ui_fixture_set_up, test_shots_set_aside, ui_fixture_tear_down);
  g_test_add ("/ui/shots/big", UiFixture, NULL,
              ui_fixture_set_up, test_shots_big, ui_fixture_tear_down);

  return g_test_run ();
}
