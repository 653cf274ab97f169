/* test-preferences-window.c: each preference, switched in the Preferences
 * window, changes what the main window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-preferences-window"

#include "config.h"

#include <string.h>

#include "golf-chart-view.h"
#include "golf-dashboard-page.h"
#include "golf-metric-card.h"
#include "golf-player.h"
#include "golf-preferences-window.h"
#include "golf-shape-list.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

static GolfDashboardPage *
dashboard (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");
}

static char *
shape_text (UiFixture *fixture)
{
  return golf_shape_list_dup_text (ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "shape_list"));
}

static gboolean
model_settled (gpointer data)
{
  GolfDashboardModel *model = golf_dashboard_page_get_model (dashboard (data));

  return golf_dashboard_model_get_data (model) != NULL && !golf_dashboard_model_get_busy (model);
}

static void
settle (UiFixture *fixture)
{
  ui_iterate_for (30);
  g_assert_true (ui_iterate_until (model_settled, fixture));
}

static GolfPreferencesWindow *
open_preferences (UiFixture *fixture)
{
  return GOLF_PREFERENCES_WINDOW (ui_open_preferences (fixture));
}

static gpointer
row (GolfPreferencesWindow *preferences,
     const char            *name)
{
  return ui_template_child (preferences, GOLF_TYPE_PREFERENCES_WINDOW, name);
}

/* A 7 Iron session: four shots face 2.5° right, path 1° left (push fades
 * for a right-hander with the usual angles), two face 0.5° right, path 2°
 * left (straight fades). */
static void
seed_sevens (UiFixture *fixture)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);

  ui_open_store (fixture);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("P_%u", i);
      GolfShot *shot = ui_make_shot ("P", id, "7 Iron", 140 + 2 * i, 150 + 2 * i, 50, 37);

      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, i < 4 ? 2.5 : 0.5);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, i < 4 ? -1.0 : -2.0);
      g_ptr_array_add (shots, shot);
    }
  ui_save_session (fixture->store, "P", "2026-11-20", shots);
  golf_metrics_worker_flush (fixture->worker);
}

static void
test_units (UiFixture     *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GolfPreferencesWindow *preferences;
  g_autofree char *carry = NULL;
  g_autofree char *speed = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_sevens (fixture);
  ui_show_window (fixture, 1280, 900);
  settle (fixture);
  carry = ui_card_text (fixture, "avg_carry_card");
  g_assert_cmpstr (carry, ==, "158.6 yd");

  preferences = open_preferences (fixture);
  /* Automatic names what the locale makes of it: C is yards. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row (preferences, "distance_row"))), 0),
                   ==, "Automatic (yards)");

  adw_combo_row_set_selected (row (preferences, "distance_row"), 2);
  g_assert_cmpstr (g_settings_get_string (settings, "distance-unit"), ==, "metres");
  ui_iterate_for (50);
  g_free (carry);
  carry = ui_card_text (fixture, "avg_carry_card");
  g_assert_cmpstr (carry, ==, "145.0 m");
  speed = ui_card_text (fixture, "ball_speed_card");
  g_assert_cmpstr (speed, ==, "50.0 m/s");

  adw_combo_row_set_selected (row (preferences, "speed_row"), 2);
  g_assert_cmpstr (g_settings_get_string (settings, "speed-unit"), ==, "kmh");
  ui_iterate_for (50);
  g_free (speed);
  speed = ui_card_text (fixture, "ball_speed_card");
  g_assert_cmpstr (speed, ==, "180.0 km/h");

  adw_combo_row_set_selected (row (preferences, "speed_row"), 1);
  ui_iterate_for (50);
  g_free (speed);
  speed = ui_card_text (fixture, "ball_speed_card");
  g_assert_cmpstr (speed, ==, "111.8 mph");

  /* A setting changed elsewhere shows in the open window too. */
  g_settings_set_string (settings, "distance-unit", "yards");
  ui_iterate_for (50);
  g_assert_cmpuint (adw_combo_row_get_selected (row (preferences, "distance_row")), ==, 1);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "distance-unit");
  g_settings_reset (settings, "speed-unit");
}

static guint
count_in (const char *text,
          const char *quadrant)
{
  const char *found = strstr (text, quadrant);

  g_assert_nonnull (found);
  return strtoul (found + strlen (quadrant) + 2, NULL, 10);
}

/* The hand names the shapes, face and path, and the D-plane's quadrants
 * of the golfer's own sessions, and it is the hand of "Me" in the
 * database. */
static void
test_hand (UiFixture     *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GolfPreferencesWindow *preferences;
  GtkWidget *dplane;
  g_autofree char *right_shapes = NULL;
  g_autofree char *left_shapes = NULL;
  g_autofree char *right_dplane = NULL;
  g_autofree char *left_dplane = NULL;
  GolfPlayer *me;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_sevens (fixture);
  ui_show_window (fixture, 1280, 900);
  settle (fixture);
  dplane = ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "dplane_chart");

  right_shapes = shape_text (fixture);
  g_assert_nonnull (strstr (right_shapes, "Push fade|67 %|4 shots|\nStraight fade|33 %|2 shots|\n"));
  g_assert_nonnull (strstr (ui_card_detail (fixture, "face_angle_card"), "open, pointing right"));
  right_dplane = golf_chart_view_dup_description (GOLF_CHART_VIEW (dplane));
  g_assert_cmpuint (count_in (right_dplane, "Out-to-in, fades"), ==, 6);

  preferences = open_preferences (fixture);
  adw_combo_row_set_selected (row (preferences, "hand_row"), 1);
  g_assert_cmpint (g_settings_get_enum (settings, "handedness"), ==, GOLF_HAND_LEFT);
  settle (fixture);

  /* The same swing, left-handed: the ball goes the other way of the
   * golfer. */
  left_shapes = shape_text (fixture);
  g_assert_nonnull (strstr (left_shapes, "Pull draw|67 %|4 shots|\nStraight draw|33 %|2 shots|\n"));
  g_assert_nonnull (strstr (ui_card_detail (fixture, "face_angle_card"), "closed, pointing right"));
  left_dplane = golf_chart_view_dup_description (GOLF_CHART_VIEW (dplane));
  g_assert_cmpuint (count_in (left_dplane, "In-to-out, draws"), ==, 6);
  g_assert_cmpuint (count_in (left_dplane, "Out-to-in, fades"), ==, 0);

  me = golf_store_find_player_by_id (fixture->store, GOLF_PLAYER_DEFAULT_ID);
  g_assert_cmpint (golf_player_get_hand (me), ==, GOLF_HAND_LEFT);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "handedness");
  settle (fixture);
  g_assert_cmpint (golf_player_get_hand (me), ==, GOLF_HAND_RIGHT);
}

/* A pupil's session keeps the pupil's hand whatever the preference says. */
static void
test_other_player (UiFixture     *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autofree char *shapes = NULL;
  GolfPlayer *pupil;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_sevens (fixture);
  pupil = golf_store_add_player (fixture->store, "Alex", GOLF_HAND_LEFT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (golf_store_move_session (fixture->store, "P", golf_player_get_id (pupil), &error));
  g_assert_no_error (error);
  ui_show_window (fixture, 1280, 900);
  /* "Me" is chosen above the sessions, and has none: show Alex's. */
  g_assert_true (golf_window_select_session (fixture->window, "P"));
  settle (fixture);

  g_assert_cmpint (golf_window_get_hand (fixture->window), ==, GOLF_HAND_LEFT);
  shapes = shape_text (fixture);
  g_assert_nonnull (strstr (shapes, "Pull draw|"));

  g_settings_set_string (settings, "handedness", "left");
  g_settings_set_string (settings, "handedness", "right");
  ui_iterate_for (50);
  g_assert_cmpint (golf_window_get_hand (fixture->window), ==, GOLF_HAND_LEFT);
  g_assert_cmpint (golf_player_get_hand (pupil), ==, GOLF_HAND_LEFT);
  g_settings_reset (settings, "handedness");
}

static void
set_spin (GolfPreferencesWindow *preferences,
          const char            *name,
          double                 value)
{
  gtk_spin_button_set_value (row (preferences, name), value);
}

/* Wider angles: fewer pushes and fades, and the angles say so. */
static void
test_thresholds (UiFixture     *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GolfPreferencesWindow *preferences;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *reset = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_sevens (fixture);
  ui_show_window (fixture, 1280, 900);
  settle (fixture);
  before = shape_text (fixture);
  g_assert_nonnull (strstr (before, "Starts left or right beyond ±2.0°, curves beyond ±2.0° (wedges ±3.0°), "
                                    "hooks or slices beyond ±6.0° (wedges ±8.0°)"));

  preferences = open_preferences (fixture);
  set_spin (preferences, "start_spin", 3.0);
  set_spin (preferences, "curve_spin", 3.0);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-start-threshold"), ==, 3.0);
  settle (fixture);

  /* Face 2.5° is straight now; face to path 3.5° still fades, 1.5° not. */
  after = shape_text (fixture);
  g_assert_nonnull (strstr (after, "Straight fade|67 %|4 shots|\nStraight|33 %|2 shots|\n"));
  g_assert_nonnull (strstr (after, "beyond ±3.0°, curves beyond ±3.0° (wedges ±3.0°)"));

  /* A hook and slice angle cannot go below the curve one. */
  set_spin (preferences, "curve_spin", 7.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (row (preferences, "severe_spin")), >=, 7.0);
  set_spin (preferences, "wedge_curve_spin", 4.0);
  set_spin (preferences, "wedge_severe_spin", 9.0);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-wedge-severe-threshold"), ==, 9.0);

  g_signal_emit_by_name (ui_template_child (preferences, GOLF_TYPE_PREFERENCES_WINDOW, "reset_shapes_button"), "clicked");
  settle (fixture);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-curve-threshold"), ==, 2.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (row (preferences, "wedge_severe_spin")), ==, 8.0);
  reset = shape_text (fixture);
  g_assert_cmpstr (reset, ==, before);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The advanced page writes the live capture's address and port and the
 * report service. */
static void
test_advanced (UiFixture     *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GolfPreferencesWindow *preferences;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_sevens (fixture);
  ui_show_window (fixture, 1280, 900);
  preferences = open_preferences (fixture);

  g_assert_cmpstr (gtk_editable_get_text (row (preferences, "capture_address_row")), ==, "127.0.0.1");
  g_assert_cmpfloat (gtk_spin_button_get_value (row (preferences, "capture_port_spin")), ==, 921);

  gtk_editable_set_text (row (preferences, "capture_address_row"), "0.0.0.0");
  gtk_spin_button_set_value (row (preferences, "capture_port_spin"), 9210);
  gtk_editable_set_text (row (preferences, "uneekor_api_row"), "http://127.0.0.1:8080/report");
  g_assert_cmpstr (g_settings_get_string (settings, "capture-address"), ==, "0.0.0.0");
  g_assert_cmpint (g_settings_get_int (settings, "capture-port"), ==, 9210);
  g_assert_cmpstr (g_settings_get_string (settings, "uneekor-api"), ==, "http://127.0.0.1:8080/report");

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "capture-address");
  g_settings_reset (settings, "capture-port");
  g_settings_reset (settings, "uneekor-api");
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

  g_test_add ("/ui/preferences/units", UiFixture, NULL,
              ui_fixture_set_up, test_units, ui_fixture_tear_down);
  g_test_add ("/ui/preferences/hand", UiFixture, NULL,
              ui_fixture_set_up, test_hand, ui_fixture_tear_down);
  g_test_add ("/ui/preferences/other-player", UiFixture, NULL,
              ui_fixture_set_up, test_other_player, ui_fixture_tear_down);
  g_test_add ("/ui/preferences/thresholds", UiFixture, NULL,
              ui_fixture_set_up, test_thresholds, ui_fixture_tear_down);
  g_test_add ("/ui/preferences/advanced", UiFixture, NULL,
              ui_fixture_set_up, test_advanced, ui_fixture_tear_down);

  return g_test_run ();
}
