/* test-window.c: the main window with real widgets, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "golf-distance-model.h"
#include "golf-metric-card.h"
#include "golf-metrics-worker.h"
#include "golf-model-info.h"
#include "golf-model-window.h"
#include "golf-store.h"
#include "golf-uneekor-report.h"
#include "golf-window.h"
#include "golf-test-util.h"

static gboolean have_display;

typedef struct
{
  char              *dir;
  char              *path;
  GolfStore         *store;
  GolfMetricsWorker *worker;
  GolfWindow        *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("golf-lab-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "shots.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_clear_object (&fixture->worker);
  g_clear_object (&fixture->store);
  golf_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = golf_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
  fixture->worker = golf_metrics_worker_new (fixture->store);
}

static GolfShot *
make_shot (const char *session_id,
           const char *shot_id,
           const char *club,
           double      carry,
           double      total,
           double      ball_speed,
           double      club_speed)
{
  GolfShot *shot = golf_shot_new (shot_id, session_id);

  golf_shot_set_club (shot, club);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, carry);
  golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, total);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, ball_speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, club_speed);

  return shot;
}

static void
save_session (GolfStore  *store,
              const char *session_id,
              const char *date,
              GPtrArray  *shots)
{
  g_autoptr(GolfSession) session = golf_session_new (session_id);
  g_autoptr(GError) error = NULL;

  golf_session_set_date (session, date);
  golf_store_save_shots (store, session, shots, &error);
  g_assert_no_error (error);
}

static gboolean
timeout_reached_cb (gpointer user_data)
{
  gboolean *reached = user_data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so or a few seconds pass. */
static gboolean
iterate_until (gboolean (*done) (gpointer data),
               gpointer   data)
{
  gboolean reached = FALSE;
  guint id = g_timeout_add (5000, timeout_reached_cb, &reached);

  while (!done (data) && !reached)
    g_main_context_iteration (NULL, TRUE);

  if (!reached)
    g_source_remove (id);

  return done (data);
}

static void
iterate_for (guint milliseconds)
{
  gboolean reached = FALSE;

  g_timeout_add (milliseconds, timeout_reached_cb, &reached);
  while (!reached)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
is_drawn (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
show_window (Fixture *fixture)
{
  fixture->window = golf_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (iterate_until (is_drawn, fixture->window));
  iterate_for (200);
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static const char *
visible_page (Fixture *fixture)
{
  GtkStack *stack = template_child (fixture->window, GOLF_TYPE_WINDOW, "main_stack");

  return gtk_stack_get_visible_child_name (stack);
}

/* What the user reads on a metric card: "158.6 yd". */
static char *
card_text (Fixture    *fixture,
           const char *card_name)
{
  GtkWidget *card = template_child (fixture->window, GOLF_TYPE_WINDOW, card_name);
  GtkLabel *value = template_child (card, GOLF_TYPE_METRIC_CARD, "value_label");
  GtkLabel *unit = template_child (card, GOLF_TYPE_METRIC_CARD, "unit_label");

  if (gtk_label_get_text (unit)[0] == '\0')
    return g_strdup (gtk_label_get_text (value));

  return g_strdup_printf ("%s %s", gtk_label_get_text (value), gtk_label_get_text (unit));
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* The session rows as the sidebar shows them, one "title|subtitle" each. */
static char *
sidebar_text (Fixture *fixture)
{
  GtkWidget *list = template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  collect_labels (list, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, i % 2 ? '|' : '\n');
      g_string_append (text, gtk_label_get_text (labels->pdata[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (widget, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];

  return NULL;
}

/* Selects a session the way a click on its row does. */
static void
click_session_row (Fixture    *fixture,
                   const char *row_title)
{
  GtkWidget *list = template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  GtkWidget *label = find_label (list, row_title);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_activate_action (label, "listitem.select", "(bb)", FALSE, FALSE));
  iterate_for (50);
}

typedef struct
{
  Fixture    *fixture;
  const char *card;
  const char *expected;
} CardWait;

static gboolean
card_shows (gpointer data)
{
  CardWait *wait = data;
  g_autofree char *text = card_text (wait->fixture, wait->card);

  return g_strcmp0 (text, wait->expected) == 0;
}

static void
assert_card (Fixture    *fixture,
             const char *card,
             const char *expected)
{
  CardWait wait = { fixture, card, expected };
  g_autofree char *text = NULL;

  iterate_until (card_shows, &wait);
  text = card_text (fixture, card);
  g_assert_cmpstr (text, ==, expected);
}

static void
save_window_png (GtkWidget  *widget,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* The paintable takes its picture when the widget next draws. */
  gtk_widget_queue_draw (widget);
  iterate_for (100);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)),
                                         node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("window rendered to %s", path);
}

static void
test_window_sessions (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GPtrArray) irons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) drivers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShot) extra = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  GolfSession *session;
  GtkWidget *updating;
  GtkListView *list;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_store (fixture);
  g_ptr_array_add (irons, make_shot ("S1", "S1_1", "7 Iron", 140.0, 148.0, 50.0, 37.0));
  g_ptr_array_add (irons, make_shot ("S1", "S1_2", "7 Iron", 150.0, 158.0, 52.0, 38.0));
  save_session (fixture->store, "S1", "2026-11-20", irons);
  g_ptr_array_add (drivers, make_shot ("S2", "S2_1", "Driver", 200.0, 220.0, 65.0, 44.0));
  g_ptr_array_add (drivers, make_shot ("S2", "S2_2", "Driver", 220.0, 240.0, 68.0, 45.5));
  save_session (fixture->store, "S2", "2026-11-24", drivers);
  golf_metrics_worker_flush (fixture->worker);

  show_window (fixture);
  g_assert_cmpstr (visible_page (fixture), ==, "sessions");

  /* Two rows, newest first, each with its date and what was hit. */
  list = template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==, 2);
  rows = sidebar_text (fixture);
  g_assert_cmpstr (rows, ==,
                   "Tue 24 November 2026|2 shots · Driver\n"
                   "Fri 20 November 2026|2 shots · 7 Iron");

  /* The newest session is open first: (200 + 220) / 2 m = 229.7 yd. */
  assert_card (fixture, "avg_carry_card", "229.7 yd");

  click_session_row (fixture, "Fri 20 November 2026");
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S1");
  assert_card (fixture, "shot_count_card", "2");
  assert_card (fixture, "clubs_card", "7 Iron");
  /* (140 + 150) / 2 = 145 m = 158.57 yd */
  assert_card (fixture, "avg_carry_card", "158.6 yd");
  assert_card (fixture, "best_carry_card", "164.0 yd");
  assert_card (fixture, "smash_card", "1.36");

  /* The units setting changes every card at once. */
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "units", "si");
  assert_card (fixture, "avg_carry_card", "145.0 m");
  assert_card (fixture, "ball_speed_card", "51.0 m/s");
  g_settings_set_string (settings, "units", "imperial");
  assert_card (fixture, "avg_carry_card", "158.6 yd");
  /* 51 m/s = 114.08 mph */
  assert_card (fixture, "ball_speed_card", "114.1 mph");

  /* A new shot reaches the open dashboard once the worker is done:
   * (140 + 150 + 160) / 3 = 150 m = 164.04 yd. */
  extra = make_shot ("S1", "S1_3", "7 Iron", 160.0, 168.0, 54.0, 39.0);
  golf_store_save_shot (fixture->store, extra, &error);
  g_assert_no_error (error);
  /* While the worker recomputes, the header says so. */
  session = golf_window_get_session (fixture->window);
  updating = template_child (fixture->window, GOLF_TYPE_WINDOW, "updating_box");
  g_assert_true (golf_session_get_metrics_stale (session));
  g_assert_true (gtk_widget_get_visible (updating));
  golf_metrics_worker_flush (fixture->worker);
  assert_card (fixture, "avg_carry_card", "164.0 yd");
  assert_card (fixture, "shot_count_card", "3");
  assert_card (fixture, "best_carry_card", "175.0 yd");
  g_assert_false (golf_session_get_metrics_stale (session));
  g_assert_false (gtk_widget_get_visible (updating));
  g_clear_pointer (&rows, g_free);
  rows = sidebar_text (fixture);
  g_assert_nonnull (strstr (rows, "Fri 20 November 2026|3 shots · 7 Iron"));

  save_window_png (GTK_WIDGET (fixture->window),
                   g_test_get_filename (G_TEST_BUILT, "window-sessions.png", NULL));
}

static void
test_window_missing_values (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  /* No club speed, no face or path: those cards say "—", never 0. */
  open_store (fixture);
  g_ptr_array_add (shots, make_shot ("S1", "S1_1", "PW", 100.0, 104.0, 40.0, NAN));
  save_session (fixture->store, "S1", "2026-11-20", shots);
  golf_metrics_worker_flush (fixture->worker);

  show_window (fixture);
  assert_card (fixture, "avg_carry_card", "109.4 yd");
  assert_card (fixture, "club_speed_card", "— mph");
  assert_card (fixture, "smash_card", "—");
  assert_card (fixture, "face_angle_card", "—");
  assert_card (fixture, "strike_card", "— mm");
}

static gboolean
shows_content (gpointer data)
{
  Fixture *fixture = data;
  AdwLeaflet *leaflet = template_child (fixture->window, GOLF_TYPE_WINDOW, "leaflet");

  return adw_leaflet_get_visible_child (leaflet) == template_child (fixture->window, GOLF_TYPE_WINDOW, "content");
}

static void
test_window_narrow (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  AdwLeaflet *leaflet;
  GtkListView *list;
  GtkWidget *sidebar;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_store (fixture);
  g_ptr_array_add (shots, make_shot ("S1", "S1_1", "PW", 100.0, 104.0, 40.0, 32.0));
  save_session (fixture->store, "S1", "2026-11-20", shots);
  golf_metrics_worker_flush (fixture->worker);

  /* A phone-sized window starts on the list, and a tap opens the dashboard. */
  fixture->window = golf_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (iterate_until (is_drawn, fixture->window));
  iterate_for (200);

  leaflet = template_child (fixture->window, GOLF_TYPE_WINDOW, "leaflet");
  sidebar = template_child (fixture->window, GOLF_TYPE_WINDOW, "sidebar");
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);

  /* On a folded window the list activates rows on a single click. */
  list = template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  g_assert_true (gtk_list_view_get_single_click_activate (list));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 0));
  g_assert_true (iterate_until (shows_content, fixture));
  g_assert_cmpstr (golf_session_get_id (golf_window_get_session (fixture->window)), ==, "S1");
  assert_card (fixture, "avg_carry_card", "109.4 yd");
  iterate_for (300);
  save_window_png (GTK_WIDGET (fixture->window),
                   g_test_get_filename (G_TEST_BUILT, "window-narrow.png", NULL));
}

static gboolean
shows_sessions (gpointer data)
{
  return g_strcmp0 (visible_page (data), "sessions") == 0;
}

static void
test_window_empty (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  AdwStatusPage *page;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_store (fixture);
  show_window (fixture);

  /* An empty database says how to fill it. */
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  page = template_child (fixture->window, GOLF_TYPE_WINDOW, "empty_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "golf-lab-cli import FILE"));
  save_window_png (GTK_WIDGET (fixture->window),
                   g_test_get_filename (G_TEST_BUILT, "window-empty.png", NULL));

  /* A session saved while the window is open shows up without a restart. */
  g_ptr_array_add (shots, make_shot ("S9", "S9_1", "Driver", 210.0, 230.0, 66.0, 45.0));
  save_session (fixture->store, "S9", "2026-11-26", shots);
  golf_metrics_worker_flush (fixture->worker);
  g_assert_true (iterate_until (shows_sessions, fixture));
  assert_card (fixture, "avg_carry_card", "229.7 yd");
}

static void
test_window_unopenable (Fixture       *fixture,
                        gconstpointer  user_data)
{
  static const char garbage[] = "These are not the shots you are looking for.\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(GolfStore) store = NULL;
  AdwStatusPage *page;
  const char *description;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_file_set_contents (fixture->path, garbage, -1, &error);
  g_assert_no_error (error);

  store = golf_store_new (fixture->path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);

  fixture->window = golf_window_new (NULL, NULL, error);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (iterate_until (is_drawn, fixture->window));

  /* The window explains instead of crashing, and says what went wrong. */
  g_assert_cmpstr (visible_page (fixture), ==, "error");
  page = template_child (fixture->window, GOLF_TYPE_WINDOW, "error_page");
  description = adw_status_page_get_description (page);
  g_assert_nonnull (description);
  escaped = g_markup_escape_text (error->message, -1);
  g_assert_cmpstr (description, ==, escaped);

  /* And the file is left as it was. */
  g_file_get_contents (fixture->path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, garbage);

  iterate_for (100);
  save_window_png (GTK_WIDGET (fixture->window),
                   g_test_get_filename (G_TEST_BUILT, "window-error.png", NULL));
}

/* A few practice sessions that look like real ones, for the screenshot. */
static void
save_practice (GolfStore *store)
{
  static const struct {
    const char *club;
    double carry, roll, ball_speed, club_speed, face, path;
  } clubs[] = {
    { "Driver", 205.0, 18.0, 65.0, 44.0, 1.2, -1.5 },
    { "7 Iron", 135.0, 7.0, 50.0, 37.0, 0.4, -0.8 },
    { "PW", 100.0, 4.0, 41.0, 33.0, -0.3, -0.2 },
  };
  static const char *dates[] = { "2026-11-18", "2026-11-21", "2026-11-25" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint s = 0; s < G_N_ELEMENTS (dates); s++)
    {
      g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *session_id = g_strdup_printf ("%u", 41000 + s);

      for (guint i = 0; i < 18 + 6 * s; i++)
        {
          guint c = i % G_N_ELEMENTS (clubs);
          g_autofree char *shot_id = g_strdup_printf ("%s_%u", session_id, i);
          double quality = g_rand_double_range (rand, 0.9, 1.03);
          GolfShot *shot;

          shot = make_shot (session_id, shot_id, clubs[c].club,
                            clubs[c].carry * quality,
                            clubs[c].carry * quality + clubs[c].roll,
                            clubs[c].ball_speed * quality,
                            clubs[c].club_speed * g_rand_double_range (rand, 0.97, 1.02));
          golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE,
                         clubs[c].face + g_rand_double_range (rand, -2.5, 2.5));
          golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH,
                         clubs[c].path + g_rand_double_range (rand, -3.0, 3.0));
          golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, g_rand_double_range (rand, -12.0, 15.0));
          golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, g_rand_double_range (rand, -9.0, 8.0));
          g_ptr_array_add (shots, shot);
        }

      save_session (store, session_id, dates[s], shots);
    }
}

/* The richest session makes the best picture. */
static void
select_biggest_session (Fixture *fixture)
{
  GtkListView *list = template_child (fixture->window, GOLF_TYPE_WINDOW, "session_list");
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  guint biggest = 0;
  guint most_shots = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (golf_session_get_shot_count (session) > most_shots)
        {
          most_shots = golf_session_get_shot_count (session);
          biggest = i;
        }
    }

  gtk_selection_model_select_item (model, biggest, TRUE);
}

static void
test_window_screenshot (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *sample = NULL;
  const char *source_dir = g_getenv ("GOLF_LAB_SOURCE_DIR");
  const char *extra_copy = g_getenv ("GOLF_LAB_SCREENSHOT");

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_store (fixture);
  save_practice (fixture->store);
  if (source_dir != NULL)
    sample = g_build_filename (source_dir, "data", "samples", "report-440004.json", NULL);
  if (sample != NULL && g_file_test (sample, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GolfImportReport) report = NULL;

      report = golf_uneekor_report_import_file (fixture->store, sample, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (golf_import_report_get_n_new (report), >, 0);
    }
  golf_metrics_worker_flush (fixture->worker);

  show_window (fixture);
  select_biggest_session (fixture);
  iterate_for (300);
  save_window_png (GTK_WIDGET (fixture->window),
                   g_test_get_filename (G_TEST_BUILT, "window-screenshot.png", NULL));
  if (extra_copy != NULL)
    save_window_png (GTK_WIDGET (fixture->window), extra_copy);
}

static GolfModelInfo *
make_model_info (void)
{
  GolfModelInfo *info = golf_model_info_new ();
  g_autoptr(GVariantBuilder) metrics = g_variant_builder_new (G_VARIANT_TYPE ("a{sd}"));
  const double importances[] = { 0.7, 0.2, 0.04, 0.03, 0.02, 0.01 };

  g_variant_builder_add (metrics, "{sd}", "mae", 3.0);
  golf_model_info_set_model_type (info, "xgboost");
  golf_model_info_set_version (info, "1.3.0");
  golf_model_info_set_training_samples (info, 480);
  golf_model_info_set_target (info, "carry");
  golf_model_info_set_features (info, golf_distance_model_get_default_features ());
  golf_model_info_set_importances (info, importances);
  golf_model_info_set_metrics (info, g_variant_builder_end (metrics));
  golf_model_info_set_interval (info, 80, -4.0, 4.5);

  return info;
}

/* The model window reads the active model's sidecar and says which engine
 * trains models and why. */
static void
test_model_window (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *empty_dir = g_build_filename (fixture->dir, "empty", NULL);
  g_autofree char *models_dir = g_build_filename (fixture->dir, "models", NULL);
  g_autofree char *active = golf_distance_model_build_active_path (models_dir, GOLF_MODEL_TARGET_CARRY);
  g_autoptr(GolfModelInfo) info = make_model_info ();
  g_autoptr(GError) error = NULL;
  GolfModelWindow *window;
  GtkWidget *group;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = golf_model_window_new (NULL, empty_dir, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (find_label (GTK_WIDGET (window), golf_distance_model_get_backend_name ()));
  g_assert_nonnull (find_label (GTK_WIDGET (window), golf_distance_model_get_backend_reason ()));
  group = template_child (window, GOLF_TYPE_MODEL_WINDOW, "model_group");
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                            "golf-lab-cli train"));
  gtk_window_destroy (GTK_WINDOW (window));

  g_mkdir_with_parents (models_dir, 0755);
  g_assert_true (golf_model_info_save_for_model (info, active, &error));
  g_assert_no_error (error);

  window = golf_model_window_new (NULL, models_dir, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "1.3.0"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "480 shots"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "3.3 yd"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "-4.4 yd to 4.9 yd"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Ball speed"));
  iterate_for (200);
  {
    g_autofree char *png = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "model-window.png", NULL);

    save_window_png (GTK_WIDGET (window), png);
  }
  gtk_window_destroy (GTK_WINDOW (window));

  window = golf_model_window_new (NULL, models_dir, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "3.0 m"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What GolfApplication gets from AdwApplication: its style sheet and icons. */
static void
load_application_resources (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GdkDisplay *display = gdk_display_get_default ();

  gtk_css_provider_load_from_resource (provider, "/io/github/golflab/GolfLab/style.css");
  gtk_style_context_add_provider_for_display (display,
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    "/io/github/golflab/GolfLab/icons");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    {
      adw_init ();
      load_application_resources ();
    }

  g_test_add ("/ui/window/sessions", Fixture, NULL,
              fixture_set_up, test_window_sessions, fixture_tear_down);
  g_test_add ("/ui/window/missing-values", Fixture, NULL,
              fixture_set_up, test_window_missing_values, fixture_tear_down);
  g_test_add ("/ui/window/narrow", Fixture, NULL,
              fixture_set_up, test_window_narrow, fixture_tear_down);
  g_test_add ("/ui/window/empty", Fixture, NULL,
              fixture_set_up, test_window_empty, fixture_tear_down);
  g_test_add ("/ui/window/unopenable", Fixture, NULL,
              fixture_set_up, test_window_unopenable, fixture_tear_down);
  g_test_add ("/ui/model-window", Fixture, NULL,
              fixture_set_up, test_model_window, fixture_tear_down);
  g_test_add ("/ui/window/screenshot", Fixture, NULL,
              fixture_set_up, test_window_screenshot, fixture_tear_down);

  return g_test_run ();
}
