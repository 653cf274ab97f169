/* test-tags.c: tags, comments, the tag filter, session notes and the PDF
 * report, through the window's widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-tags"

#include "config.h"

#include <math.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "golf-chart-view.h"
#include "golf-dashboard-page.h"
#include "golf-session-dialog.h"
#include "golf-shot-tags-popover.h"
#include "golf-shots-page.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

#define PLAYER "Ann Lindqvist"

/* Four 7 Irons and two Drivers, every one with a landing spot. */
static void
seed_session (UiFixture *fixture)
{
  static const double carries[] = { 140, 145, 150, 155, 210, 220 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);

  ui_open_store (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (carries); i++)
    {
      g_autofree char *id = g_strdup_printf ("S1_%u", i + 1);
      GolfShot *shot = ui_make_shot ("S1", id, i < 4 ? "7 Iron" : "Driver", carries[i], carries[i] + 8, 50, 37);

      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -3.0 + i);
      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 1.0);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1.0);
      g_ptr_array_add (shots, shot);
    }
  ui_save_session (fixture->store, "S1", "2026-11-20", shots);
  golf_metrics_worker_flush (fixture->worker);
}

static GolfShotsPage *
shots_page (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "shots_page");
}

static GolfShotsPage *
show_shots_page (UiFixture *fixture)
{
  ui_show_window (fixture, 1280, 760);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "shots"));
  ui_iterate_for (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shots_page (fixture))));

  return shots_page (fixture);
}

static GolfShot *
stored_shot (UiFixture  *fixture,
             const char *shot_id)
{
  g_autoptr(GError) error = NULL;
  const char *ids[] = { shot_id };
  g_autoptr(GPtrArray) shots = golf_store_dup_shots (fixture->store, ids, 1, &error);

  g_assert_no_error (error);
  return g_object_ref (g_ptr_array_index (shots, 0));
}

/* The Tags… popover of the selected shots, as a click opens it. */
static GolfShotTagsPopover *
open_tags_popover (GolfShotsPage *page)
{
  GtkMenuButton *button = ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "tags_button");

  gtk_menu_button_popup (button);
  ui_iterate_for (50);
  g_assert_true (GOLF_IS_SHOT_TAGS_POPOVER (gtk_menu_button_get_popover (button)));

  return GOLF_SHOT_TAGS_POPOVER (gtk_menu_button_get_popover (button));
}

static gpointer
popover_child (GolfShotTagsPopover *popover,
               const char          *name)
{
  return ui_template_child (popover, GOLF_TYPE_SHOT_TAGS_POPOVER, name);
}

static void
type_and_enter (GolfShotTagsPopover *popover,
                const char          *entry_name,
                const char          *text)
{
  GtkEntry *entry = popover_child (popover, entry_name);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
click (GtkWidget *widget)
{
  while (!GTK_IS_BUTTON (widget))
    widget = gtk_widget_get_parent (widget);
  g_signal_emit_by_name (widget, "clicked");
}

typedef struct
{
  GtkWidget  *widget;
  const char *text;
  gboolean    present;
} LabelWait;

static gboolean
label_is (gpointer data)
{
  LabelWait *wait = data;

  return (ui_find_label (wait->widget, wait->text) != NULL) == wait->present;
}

static void
assert_label (GtkWidget  *widget,
              const char *text,
              gboolean    present)
{
  LabelWait wait = { widget, text, present };

  g_assert_true (ui_iterate_until (label_is, &wait));
}

static GtkWidget *
shot_list (GolfShotsPage *page)
{
  return ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "column_view");
}

static GtkWidget *
toasts (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "toast_overlay");
}

/* Toggles, an own tag and a comment: each in the store, each in the row. */
static void
test_tag_and_comment (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GolfShot) shot = NULL;
  GolfShotTagsPopover *popover;
  GolfShotsPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  gtk_selection_model_select_item (golf_shots_page_get_selection (page), 1, TRUE);
  popover = open_tags_popover (page);
  assert_label (GTK_WIDGET (popover), "Tags and Comment of 1 Shot", TRUE);

  /* Each change shows in the row as soon as the list hears of it. */
  gtk_toggle_button_set_active (popover_child (popover, "drill_button"), TRUE);
  assert_label (shot_list (page), "drill", TRUE);
  type_and_enter (popover, "tag_entry", "  tempo ");
  type_and_enter (popover, "comment_entry", "Ball above the feet");

  shot = stored_shot (fixture, "S1_2");
  g_assert_cmpstrv (golf_shot_get_tags (shot), ((const char *[]) { "drill", "tempo", NULL }));
  g_assert_cmpstr (golf_shot_get_comment (shot), ==, "Ball above the feet");

  /* The row shows them; the popover offers to remove the own tag. */
  assert_label (shot_list (page), "drill", TRUE);
  assert_label (shot_list (page), "tempo", TRUE);
  assert_label (shot_list (page), "Ball above the feet", TRUE);
  assert_label (popover_child (popover, "own_tags_box"), "tempo", TRUE);

  click (ui_find_label (popover_child (popover, "own_tags_box"), "tempo"));
  gtk_toggle_button_set_active (popover_child (popover, "drill_button"), FALSE);
  type_and_enter (popover, "comment_entry", "");
  g_clear_object (&shot);
  shot = stored_shot (fixture, "S1_2");
  g_assert_cmpstrv (golf_shot_get_tags (shot), ((const char *[]) { NULL }));
  g_assert_null (golf_shot_get_comment (shot));
  assert_label (shot_list (page), "tempo", FALSE);
  assert_label (shot_list (page), "Ball above the feet", FALSE);
}

static GtkWidget *
dashboard (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");
}

static gboolean
model_settled (gpointer data)
{
  GolfDashboardModel *model = golf_dashboard_page_get_model (GOLF_DASHBOARD_PAGE (dashboard (data)));

  return golf_dashboard_model_get_data (model) != NULL && !golf_dashboard_model_get_busy (model);
}

typedef struct
{
  UiFixture  *fixture;
  const char *card;
  const char *expected;
} DetailWait;

static gboolean
detail_is (gpointer data)
{
  DetailWait *wait = data;

  return model_settled (wait->fixture) &&
         g_strcmp0 (ui_card_detail (wait->fixture, wait->card), wait->expected) == 0;
}

/* Tagging a shot "mishit" in the popover sets it aside: the 7 Iron's card
 * on the dashboard counts it, through the store, the worker and the
 * bindings; removing the tag counts it again. */
static void
test_mishit_sets_aside (UiFixture     *fixture,
                        gconstpointer  user_data)
{
  GolfDashboardModel *model;
  GolfShotTagsPopover *popover;
  GolfShotsPage *page;
  DetailWait wait;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  model = golf_dashboard_page_get_model (GOLF_DASHBOARD_PAGE (dashboard (fixture)));
  g_assert_true (ui_iterate_until (model_settled, fixture));
  golf_dashboard_model_set_club (model, "7 Iron");
  wait = (DetailWait) { fixture, "club_shots_card", "0 set aside" };
  g_assert_true (ui_iterate_until (detail_is, &wait));

  gtk_selection_model_select_item (golf_shots_page_get_selection (page), 0, TRUE);
  gtk_selection_model_select_item (golf_shots_page_get_selection (page), 2, FALSE);
  popover = open_tags_popover (page);
  gtk_toggle_button_set_active (popover_child (popover, "mishit_button"), TRUE);

  wait.expected = "2 set aside";
  g_assert_true (ui_iterate_until (detail_is, &wait));
  g_assert_cmpuint (golf_dashboard_model_get_summary (model)->n_kept, ==, 2);

  gtk_toggle_button_set_active (popover_child (popover, "mishit_button"), FALSE);
  wait.expected = "0 set aside";
  g_assert_true (ui_iterate_until (detail_is, &wait));
}

static void
pick_tag (GolfShotsPage *page,
          const char    *label)
{
  GtkDropDown *dropdown = ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "tag_dropdown");
  GListModel *tags = gtk_drop_down_get_model (dropdown);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (tags), i), label) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        ui_iterate_for (30);
        return;
      }

  g_assert_not_reached ();
}

typedef struct
{
  UiFixture *fixture;
  guint      n_rows;
  guint      n_points;
} FilterWait;

static GolfChartView *
dispersion_chart (UiFixture *fixture)
{
  return ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "dispersion_chart");
}

static gboolean
filter_shows (gpointer data)
{
  FilterWait *wait = data;
  GolfShotsPage *page = shots_page (wait->fixture);

  return model_settled (wait->fixture) &&
         g_list_model_get_n_items (G_LIST_MODEL (golf_shots_page_get_model (page))) == wait->n_rows &&
         golf_chart_view_get_n_shown (dispersion_chart (wait->fixture)) == wait->n_points;
}

/* One filter for the window: the list and the dashboard's charts show the
 * shots with the tag, and follow a shot that gains it. */
static void
test_filter (UiFixture     *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GolfShotsPage *page;
  FilterWait wait;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  g_assert_false (gtk_widget_get_visible (ui_template_child (page, GOLF_TYPE_SHOTS_PAGE, "tag_dropdown")));
  wait = (FilterWait) { fixture, 6, 6 };
  g_assert_true (ui_iterate_until (filter_shows, &wait));

  g_assert_true (golf_store_tag_shot (fixture->store, "S1_2", "drill", NULL, &error));
  g_assert_true (golf_store_tag_shot (fixture->store, "S1_5", "drill", NULL, &error));
  g_assert_true (golf_store_tag_shot (fixture->store, "S1_3", "good", NULL, &error));
  g_assert_no_error (error);
  ui_iterate_for (50);

  pick_tag (page, "drill");
  g_assert_cmpstr (golf_window_get_tag_filter (fixture->window), ==, "drill");
  wait = (FilterWait) { fixture, 2, 2 };
  g_assert_true (ui_iterate_until (filter_shows, &wait));
  g_assert_cmpstr (golf_shot_list_model_get_shot_id (golf_shots_page_get_model (page), 0), ==, "S1_2");
  g_assert_cmpstr (golf_shot_list_model_get_shot_id (golf_shots_page_get_model (page), 1), ==, "S1_5");

  /* A shot tagged meanwhile joins both. */
  g_assert_true (golf_store_tag_shot (fixture->store, "S1_6", "drill", NULL, &error));
  wait = (FilterWait) { fixture, 3, 3 };
  g_assert_true (ui_iterate_until (filter_shows, &wait));

  /* The charts keep it on the dashboard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "dashboard"));
  ui_iterate_for (100);
  g_assert_cmpuint (golf_chart_view_get_n_shown (dispersion_chart (fixture)), ==, 3);

  pick_tag (page, "All Shots");
  g_assert_null (golf_window_get_tag_filter (fixture->window));
  wait = (FilterWait) { fixture, 6, 6 };
  g_assert_true (ui_iterate_until (filter_shows, &wait));
}

/* The store refuses the second shot (another program deleted it): the
 * first is changed back, and a toast says why. */
static void
test_refused_change_is_undone (UiFixture     *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(GolfStore) other = NULL;
  g_autoptr(GolfShot) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected = NULL;
  GolfShotTagsPopover *popover;
  GolfShotsPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  page = show_shots_page (fixture);
  gtk_selection_model_select_item (golf_shots_page_get_selection (page), 0, TRUE);
  gtk_selection_model_select_item (golf_shots_page_get_selection (page), 1, FALSE);
  popover = open_tags_popover (page);

  other = golf_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (golf_store_delete_shot (other, "S1_2", &error));
  g_assert_false (golf_store_tag_shot (other, "S1_2", "drill", NULL, &expected));

  gtk_toggle_button_set_active (popover_child (popover, "drill_button"), TRUE);
  first = stored_shot (fixture, "S1_1");
  g_assert_cmpstrv (golf_shot_get_tags (first), ((const char *[]) { NULL }));
  g_assert_false (gtk_toggle_button_get_active (popover_child (popover, "drill_button")));
  assert_label (toasts (fixture), expected->message, TRUE);
}

static GtkWidget *
find_history_row (GolfSessionDialog *dialog,
                  const char        *text)
{
  GtkWidget *history = ui_template_child (dialog, GOLF_TYPE_SESSION_DIALOG, "history_row");

  return ui_find_label (history, text);
}

/* Two edits of the notes: the dialog lists the text they replaced, the
 * dashboard shows the notes now. */
static void
test_notes_history (UiFixture     *fixture,
                    gconstpointer  user_data)
{
  GolfSessionDialog *dialog;
  GtkTextBuffer *buffer;
  g_autoptr(GError) error = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  ui_show_window (fixture, 1280, 760);

  dialog = golf_session_dialog_new (GTK_WINDOW (fixture->window), fixture->store, golf_window_get_session (fixture->window));
  g_assert_false (gtk_widget_get_visible (ui_template_child (dialog, GOLF_TYPE_SESSION_DIALOG, "history_group")));
  buffer = gtk_text_view_get_buffer (ui_template_child (dialog, GOLF_TYPE_SESSION_DIALOG, "notes_view"));
  gtk_text_buffer_set_text (buffer, "Work on tempo", -1);
  g_assert_true (golf_session_dialog_save (dialog, &error));
  gtk_text_buffer_set_text (buffer, "Tempo better; now the takeaway", -1);
  g_assert_true (golf_session_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = golf_session_dialog_new (GTK_WINDOW (fixture->window), fixture->store, golf_window_get_session (fixture->window));
  gtk_window_present (GTK_WINDOW (dialog));
  ui_iterate_for (50);
  g_assert_true (gtk_widget_get_visible (ui_template_child (dialog, GOLF_TYPE_SESSION_DIALOG, "history_group")));
  g_assert_nonnull (find_history_row (dialog, "Work on tempo"));
  g_assert_null (find_history_row (dialog, "Tempo better; now the takeaway"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  assert_label (dashboard (fixture), "Tempo better; now the takeaway", TRUE);
}

/* pdftotext's text of a PDF, or NULL (the test skipped) without it. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program, pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils; build-aux/install-deps installs it)");
      return NULL;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  return out;
}

static void
give_to_player (UiFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GolfPlayer *ann = golf_store_add_player (fixture->store, PLAYER, GOLF_HAND_RIGHT, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (golf_store_move_session (fixture->store, "S1", golf_player_get_id (ann), &error));
}

/* Export Report… writes a PDF whose text names the player and the date. */
static void
test_export_report (UiFixture     *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GFile) file = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  give_to_player (fixture);
  ui_show_window (fixture, 1280, 760);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fixture->window)));
  /* The session is the student's now: the window shows it under its student. */
  g_assert_true (golf_window_select_session (fixture->window, "S1"));

  path = g_build_filename (fixture->dir, "Practice.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (golf_window_export_report_to_file (fixture->window, file, GOLF_REPORT_PAPER_LETTER));
  assert_label (toasts (fixture), "Report saved", TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if ((text = pdf_text (path)) == NULL)
    return;
  date = golf_format_date ("2026-11-20");
  g_assert_nonnull (strstr (text, PLAYER));
  g_assert_nonnull (strstr (text, date));
}

/* Into a folder that cannot be written: a toast says what to do, no file
 * is left. Run as a user permissions bind, not root. */
static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* The window closes while its report is written: the report is still
 * written whole, with nothing left beside it. */
static void
test_export_then_close (UiFixture     *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_session (fixture);
  ui_show_window (fixture, 1280, 760);

  path = g_build_filename (fixture->dir, "Closed.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (golf_window_export_report_to_file (fixture->window, file, GOLF_REPORT_PAPER_A4));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;

  g_assert_true (ui_iterate_until (file_exists, path));
  ui_iterate_for (50);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (entry, ".Closed.pdf"));
  if ((text = pdf_text (path)) == NULL)
    return;
  g_assert_nonnull (strstr (text, "7 Iron"));
}

static void
test_export_read_only_child (void)
{
  UiFixture fixture = { 0 };
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDir) dir = NULL;

  golf_test_drop_root ();
  ui_fixture_set_up (&fixture, NULL);
  seed_session (&fixture);
  ui_show_window (&fixture, 1280, 760);

  /* A name a toast would read as markup: it shows as written. */
  folder = g_build_filename (fixture.dir, "Golf & <Fitness>", NULL);
  g_assert_cmpint (g_mkdir (folder, 0555), ==, 0);
  path = g_build_filename (folder, "Practice.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (golf_window_export_report_to_file (fixture.window, file, GOLF_REPORT_PAPER_A4));

  expected = g_strdup_printf ("The report cannot be saved in “%s”: that folder is read-only. "
                              "Export it again and choose another folder, such as Documents.", folder);
  assert_label (toasts (&fixture), expected, TRUE);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (dir));

  ui_fixture_tear_down (&fixture, NULL);
}

static void
test_export_read_only (void)
{
  if (!ui_have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_test_trap_subprocess ("/ui/tags/subprocess/export-read-only", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The paper of the report follows the country of the locale. */
static void
test_paper_for_locale (void)
{
  g_assert_cmpint (golf_report_paper_for_locale ("en_US.UTF-8"), ==, GOLF_REPORT_PAPER_LETTER);
  g_assert_cmpint (golf_report_paper_for_locale ("en_CA"), ==, GOLF_REPORT_PAPER_LETTER);
  g_assert_cmpint (golf_report_paper_for_locale ("es_MX.UTF-8@euro"), ==, GOLF_REPORT_PAPER_LETTER);
  g_assert_cmpint (golf_report_paper_for_locale ("en_GB.UTF-8"), ==, GOLF_REPORT_PAPER_A4);
  g_assert_cmpint (golf_report_paper_for_locale ("de_DE.UTF-8"), ==, GOLF_REPORT_PAPER_A4);
  g_assert_cmpint (golf_report_paper_for_locale ("C.UTF-8"), ==, GOLF_REPORT_PAPER_A4);
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, UiFixture, NULL, ui_fixture_set_up, func, ui_fixture_tear_down)

  ADD ("/ui/tags/tag-and-comment", test_tag_and_comment);
  ADD ("/ui/tags/mishit-sets-aside", test_mishit_sets_aside);
  ADD ("/ui/tags/filter", test_filter);
  ADD ("/ui/tags/refused-change-is-undone", test_refused_change_is_undone);
  ADD ("/ui/tags/notes-history", test_notes_history);
  ADD ("/ui/tags/export-report", test_export_report);
  ADD ("/ui/tags/export-then-close", test_export_then_close);
  g_test_add_func ("/ui/tags/export-read-only", test_export_read_only);
  g_test_add_func ("/ui/tags/subprocess/export-read-only", test_export_read_only_child);
  g_test_add_func ("/ui/tags/paper-for-locale", test_paper_for_locale);

#undef ADD

  return g_test_run ();
}
