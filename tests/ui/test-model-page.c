/* test-model-page.c: the Model page, under Xvfb with real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-model-page"

#include "config.h"

#include <string.h>

#include "golf-distance-model.h"
#include "golf-model-page.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

static GolfModelPage *
model_page (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "model_page");
}

static const char *
label_text (UiFixture  *fixture,
            const char *name)
{
  return gtk_label_get_text (ui_template_child (model_page (fixture), GOLF_TYPE_MODEL_PAGE, name));
}

/* Sessions of launch shots whose carry follows from ball speed, launch
 * and spin, as a carry model needs: @n_sessions × @per_session shots. */
static void
seed_launches (UiFixture *fixture,
               guint      n_sessions,
               guint      per_session)
{
  ui_open_store (fixture);
  for (guint s = 0; s < n_sessions; s++)
    {
      g_autofree char *id = g_strdup_printf ("L%u", s);
      g_autofree char *date = g_strdup_printf ("2026-10-%02u", s + 1);
      g_autoptr(GPtrArray) shots = golf_test_launch_shots (id, per_session, 100 + s);

      ui_save_session (fixture->store, id, date, shots);
    }
  golf_metrics_worker_flush (fixture->worker);
}

static void
show_model_page (UiFixture *fixture)
{
  ui_show_window (fixture, 1100, 900);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "model"));
  ui_iterate_for (50);
}

static gboolean
trained (gpointer data)
{
  return !golf_model_page_get_training (model_page (data));
}

static void
train (UiFixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (model_page (fixture)), "model.train", NULL));
  g_assert_true (golf_model_page_get_training (model_page (fixture)));
  g_assert_true (ui_iterate_until_timeout (trained, fixture, 60000));
}

static const char *
active_version (UiFixture *fixture)
{
  GolfModelInfo *info = golf_model_page_get_info (model_page (fixture));

  return info != NULL ? golf_model_info_get_version (info) : NULL;
}

/* The versions listed, newest first, with "Active" or a button each. */
static char *
versions_text (UiFixture *fixture)
{
  GtkWidget *group = ui_template_child (model_page (fixture), GOLF_TYPE_MODEL_PAGE, "versions_group");
  g_autoptr(GPtrArray) labels = ui_collect_labels (group);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = gtk_label_get_text (labels->pdata[i]);

      if (g_regex_match_simple ("^[0-9]+\\.[0-9]+\\.[0-9]+$|^Active$|^Use This Version$", label, 0, 0))
        g_string_append_printf (text, "%s;", label);
    }

  return g_string_free (text, FALSE);
}

static void
click_use (UiFixture  *fixture,
           const char *version)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (model_page (fixture)), "model.use-version", "s", version));
}

/* A database without a model says so; a training makes version one,
 * shown from its metadata; a second training another version; the first
 * one comes back with "Use This Version". The models live beside the
 * database. */
static void
test_train_and_roll_back (UiFixture     *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *versions = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *models_dir = NULL;
  g_autofree char *samples = NULL;
  AdwPreferencesGroup *group;
  GolfModelInfo *info;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_launches (fixture, 6, 40);
  show_model_page (fixture);

  group = ui_template_child (model_page (fixture), GOLF_TYPE_MODEL_PAGE, "model_group");
  g_assert_null (golf_model_page_get_info (model_page (fixture)));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "No carry model"));
  g_assert_false (gtk_widget_get_visible (ui_template_child (model_page (fixture), GOLF_TYPE_MODEL_PAGE, "versions_group")));

  train (fixture);
  info = golf_model_page_get_info (model_page (fixture));
  g_assert_nonnull (info);
  first = g_strdup (active_version (fixture));
  g_assert_cmpstr (label_text (fixture, "version_label"), ==, first);
  /* The shots it learnt from: the sessions not held out to test it. */
  g_assert_cmpuint (golf_model_info_get_training_samples (info), >, 0);
  g_assert_cmpuint (golf_model_info_get_training_samples (info), <, 240);
  samples = golf_format_shot_count (golf_model_info_get_training_samples (info));
  g_assert_cmpstr (label_text (fixture, "samples_label"), ==, samples);
  g_assert_cmpstr (label_text (fixture, "method_label"), ==,
                   golf_distance_model_has_xgboost () ? "Gradient-boosted trees (XGBoost)" : "Ridge regression (built in)");
  g_assert_nonnull (strstr (label_text (fixture, "error_label"), " yd"));
  g_assert_nonnull (strstr (label_text (fixture, "range_label"), " to "));
  g_assert_nonnull (ui_find_label (GTK_WIDGET (model_page (fixture)), "Ball speed"));
  expected = g_strdup_printf ("Version %s, learnt from %s, is active now.", first, samples);
  g_assert_cmpstr (label_text (fixture, "train_message_label"), ==, expected);

  /* Beside the database, as golf-lab-cli keeps them. */
  models_dir = golf_distance_model_dup_models_dir_for_database (fixture->path);
  g_assert_cmpstr (golf_model_page_get_models_dir (model_page (fixture)), ==, models_dir);
  g_assert_true (g_str_has_prefix (models_dir, fixture->dir));

  train (fixture);
  second = g_strdup (active_version (fixture));
  g_assert_cmpstr (second, !=, first);
  g_assert_cmpint (golf_model_version_compare (second, first), >, 0);
  g_assert_cmpstr (label_text (fixture, "version_label"), ==, second);
  versions = versions_text (fixture);
  g_free (expected);
  expected = g_strdup_printf ("%s;Active;%s;Use This Version;", second, first);
  g_assert_cmpstr (versions, ==, expected);

  click_use (fixture, first);
  g_assert_cmpstr (active_version (fixture), ==, first);
  g_assert_cmpstr (label_text (fixture, "version_label"), ==, first);
  g_free (versions);
  versions = versions_text (fixture);
  g_free (expected);
  expected = g_strdup_printf ("%s;Use This Version;%s;Active;", second, first);
  g_assert_cmpstr (versions, ==, expected);
}

static gboolean
learning (gpointer data)
{
  GtkProgressBar *bar = ui_template_child (model_page (data), GOLF_TYPE_MODEL_PAGE, "progress_bar");

  return g_str_has_prefix (gtk_progress_bar_get_text (bar), "Learning");
}

/* Cancel while reading and while learning: the active model stays. */
static void
test_cancel (UiFixture     *fixture,
             gconstpointer  user_data)
{
  g_autofree char *first = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_launches (fixture, 10, 400);
  show_model_page (fixture);
  train (fixture);
  first = g_strdup (active_version (fixture));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (model_page (fixture)), "model.train", NULL));
  g_assert_true (gtk_widget_get_visible (ui_template_child (model_page (fixture), GOLF_TYPE_MODEL_PAGE, "progress_row")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (model_page (fixture)), "model.cancel", NULL));
  g_assert_true (ui_iterate_until (trained, fixture));
  g_assert_cmpstr (label_text (fixture, "train_message_label"), ==,
                   "Training was cancelled; the active model is unchanged.");
  g_assert_cmpstr (active_version (fixture), ==, first);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (model_page (fixture)), "model.train", NULL));
  g_assert_true (ui_iterate_until_timeout (learning, fixture, 30000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (model_page (fixture)), "model.cancel", NULL));
  g_assert_true (ui_iterate_until (trained, fixture));
  g_assert_cmpstr (label_text (fixture, "train_message_label"), ==,
                   "Training was cancelled; the active model is unchanged.");
  g_assert_cmpstr (active_version (fixture), ==, first);
  g_assert_false (gtk_widget_get_visible (ui_template_child (model_page (fixture), GOLF_TYPE_MODEL_PAGE, "progress_row")));
}

static gboolean
predicted (gpointer data)
{
  return !golf_model_page_get_predicting (model_page (data));
}

static void
predict (UiFixture  *fixture,
         const char *ball_speed,
         const char *launch,
         const char *spin)
{
  GolfModelPage *page = model_page (fixture);

  gtk_editable_set_text (ui_template_child (page, GOLF_TYPE_MODEL_PAGE, "ball_speed_row"), ball_speed);
  gtk_editable_set_text (ui_template_child (page, GOLF_TYPE_MODEL_PAGE, "launch_angle_row"), launch);
  gtk_editable_set_text (ui_template_child (page, GOLF_TYPE_MODEL_PAGE, "back_spin_row"), spin);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "model.predict", NULL));
  g_assert_true (ui_iterate_until (predicted, fixture));
}

/* "Carry 164.3 yd": what @model says of the launch, as the page says it. */
static char *
expected_carry (GolfDistanceModel *model,
                double             ball_speed,
                double             launch,
                double             spin,
                GolfUnits          units)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("expected", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *carry = NULL;
  GolfPrediction prediction;

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, ball_speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, launch);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, spin);
  g_assert_true (golf_distance_model_predict (model, shot, &prediction, &error));
  g_assert_no_error (error);
  carry = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, prediction.value, units);

  return g_strdup_printf ("Carry %s", carry);
}

/* The form takes the golfer's units and shows the carry the active model
 * predicts, with its range. */
static void
test_predict (UiFixture     *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *in_yards = NULL;
  g_autofree char *in_metres = NULL;
  GtkWidget *row;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_launches (fixture, 6, 40);
  show_model_page (fixture);
  predict (fixture, "120", "", "");
  g_assert_cmpstr (label_text (fixture, "prediction_detail_label"), ==, "Train a model first.");

  train (fixture);
  row = ui_template_child (model_page (fixture), GOLF_TYPE_MODEL_PAGE, "ball_speed_row");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ball speed (mph)");

  /* 120 mph, 14°, 3000 rpm: what the model itself says. */
  path = golf_distance_model_build_active_path (golf_model_page_get_models_dir (model_page (fixture)),
                                                GOLF_MODEL_TARGET_CARRY);
  model = golf_distance_model_load (path, golf_model_page_get_models_dir (model_page (fixture)), &error);
  g_assert_no_error (error);
  in_yards = expected_carry (model, 120 / 2.2369362920544, 14, 3000, GOLF_UNITS_IMPERIAL);

  predict (fixture, "120", "14", "3000");
  g_assert_cmpstr (label_text (fixture, "prediction_label"), ==, in_yards);
  g_assert_nonnull (strstr (label_text (fixture, "prediction_detail_label"), "8 of 10 land between "));
  g_assert_nonnull (strstr (label_text (fixture, "prediction_detail_label"), "what you left empty was estimated"));

  /* A decimal comma does as well as a point; metres per second too. */
  g_settings_set_string (settings, "distance-unit", "metres");
  ui_iterate_for (30);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ball speed (m/s)");
  in_metres = expected_carry (model, 53.6, 14, 3000, GOLF_UNITS_METRIC);
  predict (fixture, "53,6", "14", "3000");
  g_assert_cmpstr (label_text (fixture, "prediction_label"), ==, in_metres);
  g_settings_reset (settings, "distance-unit");
  ui_iterate_for (30);

  /* What cannot be a launch. */
  predict (fixture, "fast", "14", "");
  g_assert_cmpstr (label_text (fixture, "prediction_label"), ==, "—");
  g_assert_cmpstr (label_text (fixture, "prediction_detail_label"), ==, "Ball speed: “fast” is not a number");
  predict (fixture, "500", "14", "");
  g_assert_cmpstr (label_text (fixture, "prediction_detail_label"), ==,
                   "Ball speed: 500 mph is beyond what a launch monitor measures");
  predict (fixture, "", "14", "");
  g_assert_nonnull (strstr (label_text (fixture, "prediction_detail_label"), "Type a ball speed"));
}

/* Another database never sees the first one's model. */
static void
test_per_database (UiFixture     *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *other_dir = g_build_filename (fixture->dir, "other", NULL);
  g_autofree char *other_path = g_build_filename (other_dir, "shots.db", NULL);
  g_autoptr(GolfStore) other = NULL;
  GolfWindow *window;
  GolfModelPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_launches (fixture, 6, 40);
  show_model_page (fixture);
  train (fixture);
  g_assert_nonnull (golf_model_page_get_info (model_page (fixture)));

  g_mkdir_with_parents (other_dir, 0700);
  other = golf_test_store_new (other_path);
  window = golf_window_new (NULL, other, NULL);
  gtk_window_present (GTK_WINDOW (window));
  ui_iterate_for (100);
  page = ui_template_child (window, GOLF_TYPE_WINDOW, "model_page");
  g_assert_null (golf_model_page_get_info (page));
  g_assert_cmpstr (golf_model_page_get_models_dir (page), !=, golf_model_page_get_models_dir (model_page (fixture)));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_iterate_for (50);
}

/* The page as the README shows it: a season of practice, a model trained
 * on it, and a carry predicted. */
static void
test_screenshot (UiFixture     *fixture,
                 gconstpointer  user_data)
{
  GolfModelPage *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_save_season (fixture->store);
  golf_metrics_worker_flush (fixture->worker);
  show_model_page (fixture);
  train (fixture);
  train (fixture);
  g_assert_cmpint (golf_model_info_get_training_samples (golf_model_page_get_info (model_page (fixture))), >, 0);
  page = model_page (fixture);
  predict (fixture, "112", "16", "6500");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (ui_template_child (page, GOLF_TYPE_MODEL_PAGE,
                                                                           "prediction_label")), "Carry "));
  ui_save_png (GTK_WIDGET (fixture->window), "model.png");
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

  g_test_add ("/ui/model/train-and-roll-back", UiFixture, NULL,
              ui_fixture_set_up, test_train_and_roll_back, ui_fixture_tear_down);
  g_test_add ("/ui/model/cancel", UiFixture, NULL,
              ui_fixture_set_up, test_cancel, ui_fixture_tear_down);
  g_test_add ("/ui/model/predict", UiFixture, NULL,
              ui_fixture_set_up, test_predict, ui_fixture_tear_down);
  g_test_add ("/ui/model/per-database", UiFixture, NULL,
              ui_fixture_set_up, test_per_database, ui_fixture_tear_down);
  g_test_add ("/ui/model/screenshot", UiFixture, NULL,
              ui_fixture_set_up, test_screenshot, ui_fixture_tear_down);

  return g_test_run ();
}
