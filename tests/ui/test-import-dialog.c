/* test-import-dialog.c: importing from the window, under Xvfb
 *
 * Report links are fetched from a SoupServer on 127.0.0.1 (the import
 * layer reads its address from GOLF_LAB_UNEEKOR_API), through the same
 * dialog a golfer uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-import-dialog"

#include "config.h"

#include <string.h>
#include <libsoup/soup.h>

#include "golf-import-dialog.h"
#include "golf-player-switcher.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

typedef struct
{
  UiFixture   ui;
  char       *report;       /* the sample report's JSON */
  gsize       report_length;
  guint       n_requests;
  gboolean    hang;         /* keep requests waiting, for cancel */
} Fixture;

/* One server for the program: the environment is set before any thread. */
static SoupServer *server;
static Fixture *current;

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fixture *fixture = current;

  fixture->n_requests++;
  if (fixture->hang)
    {
      soup_server_message_pause (message);
      return;
    }

  if (g_strcmp0 (path, "/440001/abc") != 0)
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY,
                                    fixture->report, fixture->report_length);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *sample = NULL;

  ui_fixture_set_up (&fixture->ui, user_data);
  if (!ui_have_display)
    return;

  sample = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", "report-440001.json", NULL);
  g_assert_true (g_file_get_contents (sample, &fixture->report, &fixture->report_length, NULL));
  current = fixture;

  ui_open_store (&fixture->ui);
  ui_show_window (&fixture->ui, 1100, 760);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs first, then the window. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (GOLF_IS_IMPORT_DIALOG (window) || ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }

  ui_fixture_tear_down (&fixture->ui, user_data);
  g_free (fixture->report);
  current = NULL;
}

/* The server report links are fetched from: GOLF_LAB_UNEEKOR_API. */
static void
start_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  GSList *uris;

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, server_cb, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
  g_setenv ("GOLF_LAB_UNEEKOR_API", base, TRUE);
}

/* Ctrl+O, then the link pasted and Import pressed, as a golfer does. */
static GolfImportDialog *
import_link (Fixture    *fixture,
             const char *link)
{
  GolfImportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->ui.window), "win.import", NULL));
  dialog = ui_find_toplevel (GOLF_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (ui_template_child (dialog, GOLF_TYPE_IMPORT_DIALOG, "link_row")), link);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL));

  return dialog;
}

static gboolean
dialog_gone (gpointer data)
{
  return ui_find_toplevel (GOLF_TYPE_IMPORT_DIALOG) == NULL;
}

static gboolean
dialog_idle (gpointer data)
{
  GolfImportDialog *dialog = ui_find_toplevel (GOLF_TYPE_IMPORT_DIALOG);

  return dialog == NULL || !golf_import_dialog_get_running (dialog);
}

static void
test_import_link (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWidget *overlay;
  AdwMessageDialog *details;
  GtkWidget *view;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  UI_SKIP_WITHOUT_DISPLAY ();

  import_link (fixture, "https://my.uneekor.com/report?id=440001&key=abc");
  g_assert_true (ui_iterate_until (dialog_gone, NULL));

  /* The report came from the loopback server, into the store and the window. */
  g_assert_cmpuint (fixture->n_requests, ==, 1);
  g_assert_cmpuint (golf_test_count_shots (fixture->ui.store, "440001"), ==, 60);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->ui.window)), ==, "440001");
  overlay = ui_template_child (fixture->ui.window, GOLF_TYPE_WINDOW, "toast_overlay");
  g_assert_nonnull (ui_find_label (overlay, "60 shots imported"));
  ui_save_png (GTK_WIDGET (fixture->ui.window), "window-imported.png");

  /* "Details" shows the import report. */
  g_signal_emit_by_name (ui_find_button (overlay, "Details"), "clicked");
  ui_iterate_for (100);
  details = ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (details);
  view = ui_find_widget (GTK_WIDGET (details), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (view);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end);
  text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "440001"));
  ui_save_png (GTK_WIDGET (details), "import-details.png");

  /* The same report again brings nothing new, and says so. */
  gtk_window_destroy (GTK_WINDOW (details));
  import_link (fixture, "https://my.uneekor.com/report?id=440001&key=abc");
  g_assert_true (ui_iterate_until (dialog_gone, NULL));
  g_assert_cmpuint (golf_test_count_shots (fixture->ui.store, "440001"), ==, 60);
  g_assert_nonnull (ui_find_label (overlay, "Nothing new: the 60 shots were already here"));
}

/* A link that cannot be used, and a report the server does not have: the
 * dialog stays open and says why. */
static void
test_import_errors (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GolfImportDialog *dialog;
  GtkLabel *error_label;

  UI_SKIP_WITHOUT_DISPLAY ();

  dialog = import_link (fixture, "https://my.uneekor.com/report?id=440001");
  error_label = ui_template_child (dialog, GOLF_TYPE_IMPORT_DIALOG, "error_label");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "key"));
  g_assert_cmpuint (fixture->n_requests, ==, 0);
  ui_save_png (GTK_WIDGET (dialog), "import-dialog-error.png");

  gtk_editable_set_text (GTK_EDITABLE (ui_template_child (dialog, GOLF_TYPE_IMPORT_DIALOG, "link_row")),
                         "https://my.uneekor.com/report?id=999&key=zzz");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL));
  g_assert_true (ui_iterate_until (dialog_idle, NULL));
  g_assert_true (ui_find_toplevel (GOLF_TYPE_IMPORT_DIALOG) == dialog);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (error_label)));
  g_test_message ("a missing report reads: %s", gtk_label_get_text (error_label));
  g_assert_cmpuint (fixture->n_requests, >=, 1);
  g_assert_null (golf_store_find_session (fixture->ui.store, "999"));
}

/* Cancel while the server keeps the report waiting: nothing is stored. */
static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GolfImportDialog *dialog;
  GtkStack *stack;
  GtkWidget *overlay;

  UI_SKIP_WITHOUT_DISPLAY ();

  fixture->hang = TRUE;
  dialog = import_link (fixture, "https://my.uneekor.com/report?id=440001&key=abc");
  stack = ui_template_child (dialog, GOLF_TYPE_IMPORT_DIALOG, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "progress");
  ui_iterate_for (300);
  ui_save_png (GTK_WIDGET (dialog), "import-dialog-progress.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.cancel", NULL));
  g_assert_true (ui_iterate_until (dialog_gone, NULL));
  g_assert_null (golf_store_find_session (fixture->ui.store, "440001"));
  overlay = ui_template_child (fixture->ui.window, GOLF_TYPE_WINDOW, "toast_overlay");
  g_assert_nonnull (ui_find_label (overlay, "Import cancelled: nothing more was saved"));
}

/* A link imported while a student is chosen is the student's; the
 * window's store is left importing for no one. */
static void
test_import_link_for_student (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  GolfPlayerSwitcher *switcher;
  GolfPlayer *alex;

  UI_SKIP_WITHOUT_DISPLAY ();

  alex = golf_store_add_player (fixture->ui.store, "Alex", GOLF_HAND_LEFT, NULL, &error);
  g_assert_no_error (error);
  switcher = ui_template_child (fixture->ui.window, GOLF_TYPE_WINDOW, "player_switcher");
  golf_player_switcher_set_player_id (switcher, golf_player_get_id (alex));

  import_link (fixture, "https://my.uneekor.com/report?id=440001&key=abc");
  g_assert_true (ui_iterate_until (dialog_gone, NULL));
  g_assert_cmpuint (golf_test_count_shots (fixture->ui.store, "440001"), ==, 60);
  g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (fixture->ui.store, "440001")), ==,
                   golf_player_get_id (alex));
  g_assert_cmpint (golf_store_get_import_player_id (fixture->ui.store), ==, 0);
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->ui.window)), ==, "440001");
  g_settings_reset (settings, "selected-player");
}

/* A Garmin export of 100,000 shots: the main loop keeps turning. */
static char *
write_big_csv (const char *dir,
               guint       n_shots)
{
  g_autoptr(GString) csv = g_string_new ("Date,Player,Club Name,Club Type,Club Speed,Attack Angle,Club Path,"
                                         "Club Face,Face to Path,Ball Speed,Smash Factor,Launch Angle,"
                                         "Launch Direction,Backspin,Sidespin,Spin Rate,Spin Rate Type,Spin Axis,"
                                         "Apex Height,Carry Distance,Carry Deviation Angle,"
                                         "Carry Deviation Distance,Total Distance,Total Deviation Angle,"
                                         "Total Deviation Distance,Note,Tag\n"
                                         ",,,,[mph],[deg],[deg],[deg],[deg],[mph],,[deg],[deg],[rpm],[rpm],"
                                         "[rpm],,[deg],[ft],[yd],[deg],[yd],[yd],[deg],[yd],,\n");
  static const char *clubs[] = { "Driver", "5 Iron", "7 Iron", "Pitching Wedge" };
  g_autofree char *path = g_build_filename (dir, "season.csv", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_shots; i++)
    g_string_append_printf (csv, "2024-05-02 %02u:%02u:%02u,Ann,,%s,%.1f,-1.0,0.5,1.0,0.5,%.1f,1.40,14.0,1.0,"
                            "4000,100,4001,Measured,1.4,80.0,%.1f,1.0,2.0,%.1f,1.0,2.5,,\n",
                            i / 3600 % 24, i / 60 % 60, i % 60, clubs[i % 4],
                            90.0 - 5 * (i % 4), 130.0 - 8 * (i % 4),
                            220.0 - 30 * (i % 4) + i % 7, 240.0 - 30 * (i % 4) + i % 7);

  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

typedef struct
{
  gint64 last;
  gint64 longest;
} Ticks;

static gboolean
tick_cb (gpointer user_data)
{
  Ticks *ticks = user_data;
  gint64 now = g_get_monotonic_time ();

  if (ticks->last != 0)
    ticks->longest = MAX (ticks->longest, now - ticks->last);
  ticks->last = now;

  return G_SOURCE_CONTINUE;
}

static void
test_import_responsive (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  Ticks ticks = { 0 };
  gint64 start;
  guint tick_id;

  UI_SKIP_WITHOUT_DISPLAY ();

  path = write_big_csv (fixture->ui.dir, 100000);
  file = g_file_new_for_path (path);

  tick_id = g_timeout_add (10, tick_cb, &ticks);
  start = ticks.last = g_get_monotonic_time ();
  golf_window_import_files (fixture->ui.window, &file, 1);
  g_assert_true (ui_iterate_until_timeout (dialog_gone, NULL, 60000));
  g_source_remove (tick_id);

  g_test_message ("100,000 shots imported in %.1f s; the main loop never waited more than %.0f ms",
                  (g_get_monotonic_time () - start) / 1e6, ticks.longest / 1000.0);
  g_assert_nonnull (golf_window_get_session (fixture->ui.window));
  g_assert_cmpuint (golf_test_count_shots (fixture->ui.store,
                                           golf_session_get_id (golf_window_get_session (fixture->ui.window))),
                    ==, 100000);
  /* The window kept turning: writing 100,000 shots on the main thread
   * would stall it for seconds; on this shared machine a busy moment can
   * still cost a few hundred milliseconds. */
  g_assert_cmpint (ticks.longest, <, 750 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GTK starts threads: setenv() is not thread-safe. */
  start_server ();
  ui_init (&argc, &argv);

  g_test_add ("/ui/import/link", Fixture, NULL, fixture_set_up, test_import_link, fixture_tear_down);
  g_test_add ("/ui/import/errors", Fixture, NULL, fixture_set_up, test_import_errors, fixture_tear_down);
  g_test_add ("/ui/import/link-for-student", Fixture, NULL, fixture_set_up, test_import_link_for_student,
              fixture_tear_down);
  g_test_add ("/ui/import/cancel", Fixture, NULL, fixture_set_up, test_import_cancel, fixture_tear_down);
  g_test_add ("/ui/import/responsive", Fixture, NULL, fixture_set_up, test_import_responsive, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&server);

  return status;
}
