/* test-dashboard.c: the Dashboard page, under Xvfb with real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-dashboard"

#include "config.h"

#include <math.h>
#include <string.h>

#include "golf-chart-view.h"
#include "golf-club-table.h"
#include "golf-dashboard-page.h"
#include "golf-format.h"
#include "golf-gapping.h"
#include "golf-metric-card.h"
#include "golf-player.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

static GolfDashboardPage *
dashboard (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");
}

typedef struct
{
  UiFixture  *fixture;
  const char *card;
  const char *expected;
} CardWait;

static gboolean
card_shows (gpointer data)
{
  CardWait *wait = data;
  g_autofree char *text = ui_card_text (wait->fixture, wait->card);

  return g_strcmp0 (text, wait->expected) == 0;
}

static void
assert_card (UiFixture  *fixture,
             const char *card,
             const char *expected)
{
  CardWait wait = { fixture, card, expected };
  g_autofree char *text = NULL;

  ui_iterate_until (card_shows, &wait);
  text = ui_card_text (fixture, card);
  g_assert_cmpstr (text, ==, expected);
}

static gboolean
model_settled (gpointer data)
{
  GolfDashboardModel *model = golf_dashboard_page_get_model (dashboard (data));

  return golf_dashboard_model_get_data (model) != NULL && !golf_dashboard_model_get_busy (model);
}

static void
pick_club (UiFixture  *fixture,
           const char *club)
{
  GtkDropDown *dropdown = ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "club_dropdown");
  GListModel *clubs = gtk_drop_down_get_model (dropdown);

  g_assert_true (ui_iterate_until (model_settled, fixture));
  for (guint i = 0; i < g_list_model_get_n_items (clubs); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (clubs), i), club) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        ui_iterate_for (30);
        return;
      }

  g_assert_not_reached ();
}

/* Two clubs with carries that make round quartiles. */
static void
seed_clubs (UiFixture *fixture)
{
  static const double iron_carries[] = { 140, 145, 150, 155, 160 };
  static const double driver_carries[] = { 200, 210, 220, 230 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);

  ui_open_store (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (iron_carries); i++)
    {
      g_autofree char *id = g_strdup_printf ("S1_i%u", i);
      GolfShot *shot = ui_make_shot ("S1", id, "7 Iron", iron_carries[i], iron_carries[i] + 8, 50, 37);

      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -4.0 + i);
      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, 2.0);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -1.0);
      g_ptr_array_add (shots, shot);
    }
  for (guint i = 0; i < G_N_ELEMENTS (driver_carries); i++)
    {
      g_autofree char *id = g_strdup_printf ("S1_d%u", i);

      g_ptr_array_add (shots, ui_make_shot ("S1", id, "Driver", driver_carries[i], driver_carries[i] + 20, 66, 45));
    }
  ui_save_session (fixture->store, "S1", "2026-11-20", shots);
  golf_metrics_worker_flush (fixture->worker);
}

/* The card must say what the analytics say: compute them here too. */
static const GolfGappingClub *
gapping_club (GolfGapping *gapping,
              const char  *club)
{
  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    if (g_strcmp0 (golf_gapping_get_club (gapping, i)->club, club) == 0)
      return golf_gapping_get_club (gapping, i);

  g_assert_not_reached ();
}

static void
test_dashboard_club (UiFixture     *fixture,
                     gconstpointer  user_data)
{
  const char *sessions[] = { "S1", NULL };
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfGapping) gapping = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_q1 = NULL;
  const GolfGappingClub *iron;
  GtkStack *stack;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_clubs (fixture);
  table = golf_shot_table_read (fixture->store, sessions, &error);
  g_assert_no_error (error);
  gapping = golf_gapping_compute (table);
  iron = gapping_club (gapping, "7 Iron");

  ui_show_window (fixture, 1280, 900);
  stack = ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "cards_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "all");

  /* All clubs: the session's own numbers; the best carry says which club. */
  assert_card (fixture, "avg_carry_card", "195.6 yd");
  assert_card (fixture, "best_carry_card", "251.5 yd");
  g_assert_cmpstr (ui_card_detail (fixture, "best_carry_card"), ==, "with the Driver");

  /* One club: its true distance, from the analytics, in yards. */
  pick_club (fixture, "7 Iron");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "club");
  expected = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, iron->median_carry, GOLF_UNITS_IMPERIAL);
  g_assert_cmpstr (expected, ==, "164.0 yd");
  assert_card (fixture, "club_carry_card", expected);
  expected_q1 = golf_format_value (GOLF_UNIT_DISTANCE, iron->q1_carry, GOLF_UNITS_IMPERIAL);
  g_assert_nonnull (strstr (ui_card_detail (fixture, "club_carry_card"), expected_q1));
  g_assert_cmpstr (ui_card_detail (fixture, "club_carry_card"), ==, "half within 158.6–169.5 · medium confidence");
  assert_card (fixture, "club_shots_card", "5");
  assert_card (fixture, "club_best_carry_card", "175.0 yd");
  /* Lateral −4 … 0 m: 2.2 yd left on average. */
  assert_card (fixture, "club_lateral_card", "2.2 yd");
  g_assert_nonnull (strstr (ui_card_detail (fixture, "club_lateral_card"), "left of target"));

  /* The sign of the face in words, for a right-handed golfer. */
  assert_card (fixture, "club_face_card", "+2.0°");
  g_assert_nonnull (strstr (ui_card_detail (fixture, "club_face_card"), "open, pointing right"));

  ui_save_png (GTK_WIDGET (fixture->window), "dashboard-club.png");

  /* Back to every club. */
  pick_club (fixture, "All Clubs");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "all");
}

static gboolean
stale_shown (gpointer data)
{
  return gtk_widget_get_visible (ui_template_child (dashboard (data), GOLF_TYPE_DASHBOARD_PAGE, "stale_box"));
}

/* A shot saved elsewhere reaches the card once the worker has run, while
 * the main loop keeps turning. */
static void
test_dashboard_update (UiFixture     *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  GolfDashboardModel *model;
  guint n_computed;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_clubs (fixture);
  ui_show_window (fixture, 1280, 900);
  pick_club (fixture, "7 Iron");
  assert_card (fixture, "club_carry_card", "164.0 yd");
  model = golf_dashboard_page_get_model (dashboard (fixture));
  n_computed = golf_dashboard_model_get_n_computed (model);

  shot = ui_make_shot ("S1", "S1_i9", "7 Iron", 170, 178, 52, 38);
  golf_store_save_shot (fixture->store, shot, &error);
  g_assert_no_error (error);

  /* The page says the numbers are being brought up to date. */
  g_assert_true (ui_iterate_until (stale_shown, fixture));

  /* Median of 140 … 160 and 170: 152.5 m = 166.8 yd. */
  assert_card (fixture, "club_carry_card", "166.8 yd");
  assert_card (fixture, "club_shots_card", "6");
  g_assert_cmpuint (golf_dashboard_model_get_n_computed (model), >, n_computed);
  golf_metrics_worker_flush (fixture->worker);
  ui_iterate_for (100);
  g_assert_false (stale_shown (fixture));

  /* The All Clubs cards follow the metrics worker the same way. */
  pick_club (fixture, "All Clubs");
  assert_card (fixture, "shot_count_card", "10");
}

static void
test_dashboard_units (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *table = NULL;
  GolfClubTable *club_table;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_clubs (fixture);
  ui_show_window (fixture, 1280, 900);
  pick_club (fixture, "7 Iron");
  assert_card (fixture, "club_carry_card", "164.0 yd");
  assert_card (fixture, "club_ball_speed_card", "111.8 mph");

  /* The setting changes every card, and the table, at once. */
  g_settings_set_string (settings, "units", "si");
  assert_card (fixture, "club_carry_card", "150.0 m");
  assert_card (fixture, "club_ball_speed_card", "50.0 m/s");
  g_assert_cmpstr (ui_card_detail (fixture, "club_carry_card"), ==, "half within 145.0–155.0 · medium confidence");
  club_table = ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "club_table");
  table = golf_club_table_dup_text (club_table);
  g_assert_nonnull (strstr (table, "7 Iron|150.0 m|145.0–155.0|5|Medium|0|"));
  pick_club (fixture, "All Clubs");
  assert_card (fixture, "avg_carry_card", "178.9 m");

  g_settings_set_string (settings, "units", "imperial");
  assert_card (fixture, "avg_carry_card", "195.6 yd");

  /* The two unit keys win over it: metres with km/h. */
  g_settings_set_string (settings, "distance-unit", "metres");
  g_settings_set_string (settings, "speed-unit", "kmh");
  assert_card (fixture, "avg_carry_card", "178.9 m");
  pick_club (fixture, "7 Iron");
  assert_card (fixture, "club_ball_speed_card", "180.0 km/h");
  g_settings_reset (settings, "distance-unit");
  g_settings_reset (settings, "speed-unit");
  g_settings_reset (settings, "units");
  assert_card (fixture, "club_ball_speed_card", "111.8 mph");
}

/* Face and path in words turn round for a left-handed golfer. */
static void
test_dashboard_left_handed (UiFixture     *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GolfPlayer *me;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_clubs (fixture);
  ui_show_window (fixture, 1280, 900);
  pick_club (fixture, "7 Iron");
  g_assert_nonnull (strstr (ui_card_detail (fixture, "club_face_card"), "open, pointing right"));

  me = golf_store_find_player_by_id (fixture->store, GOLF_PLAYER_DEFAULT_ID);
  g_assert_true (golf_store_update_player (fixture->store, me, golf_player_get_name (me),
                                           GOLF_HAND_LEFT, NULL, &error));
  g_assert_no_error (error);
  ui_iterate_for (50);

  /* Face 2° right of target: closed for a left-hander; path 1° left: in-to-out. */
  g_assert_nonnull (strstr (ui_card_detail (fixture, "club_face_card"), "closed, pointing right"));
  g_assert_nonnull (strstr (ui_card_detail (fixture, "face_angle_card"), "closed, pointing right"));
  g_assert_nonnull (strstr (ui_card_detail (fixture, "club_path_card"), "in-to-out, swinging left"));
  /* Face to path +3°: curves right, a draw for a left-hander. */
  g_assert_nonnull (strstr (ui_card_detail (fixture, "face_to_path_card"), "draws right"));
}

/* Header, Driver and 7 Iron: three rows. */
static gboolean
table_has_rows (gpointer data)
{
  g_autofree char *text = golf_club_table_dup_text (data);
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';

  return n == 3;
}

static void
test_dashboard_gaps (UiFixture     *fixture,
                     gconstpointer  user_data)
{
  static const double six_iron[] = { 148, 150, 152 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *table = NULL;
  GolfClubTable *club_table;

  UI_SKIP_WITHOUT_DISPLAY ();

  /* A 6 iron that carries no further than the 7 iron: 148 … 152 m. */
  seed_clubs (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (six_iron); i++)
    {
      g_autofree char *id = g_strdup_printf ("S1_s%u", i);

      g_ptr_array_add (shots, ui_make_shot ("S1", id, "6 Iron", six_iron[i], six_iron[i] + 9, 52, 38));
    }
  ui_save_session (fixture->store, "S1", "2026-11-20", shots);
  golf_metrics_worker_flush (fixture->worker);

  ui_show_window (fixture, 1280, 900);
  g_assert_true (ui_iterate_until (model_settled, fixture));
  club_table = ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "club_table");
  table = golf_club_table_dup_text (club_table);

  /* Longest first, as the analytics order them: the 6 iron flies as far
   * as the 7 iron (an overlap), and the gap from the driver is wide. */
  g_assert_cmpstr (table, ==,
                   "Club|Median Carry|Q1–Q3 (yd)|Shots|Confidence|Set Aside|Gap to Next\n"
                   "Driver|235.1 yd|226.9–243.3|4|Low|0|Wide (71.1 yd)\n"
                   "6 Iron|164.0 yd|162.9–165.1|3|Low|0|Overlap (0.0 yd)\n"
                   "7 Iron|164.0 yd|158.6–169.5|5|Medium|0|—\n");
  ui_save_png (GTK_WIDGET (fixture->window), "dashboard-gaps.png");

  /* The club's gap card names the club it is measured to. */
  pick_club (fixture, "Driver");
  assert_card (fixture, "club_gap_card", "71.1 yd");
  g_assert_cmpstr (ui_card_detail (fixture, "club_gap_card"), ==, "down to the 6 Iron");
  pick_club (fixture, "6 Iron");
  assert_card (fixture, "club_gap_card", "0.0 yd");
  g_assert_cmpstr (ui_card_detail (fixture, "club_gap_card"), ==, "overlaps the 7 Iron");
  pick_club (fixture, "7 Iron");
  g_assert_cmpstr (ui_card_detail (fixture, "club_gap_card"), ==, "the shortest club");

  /* The 6 iron's shots go: its row goes, the others follow. */
  for (guint i = 0; i < G_N_ELEMENTS (six_iron); i++)
    {
      g_autofree char *id = g_strdup_printf ("S1_s%u", i);
      g_autoptr(GError) error = NULL;

      golf_store_delete_shot (fixture->store, id, &error);
      g_assert_no_error (error);
    }
  g_assert_true (ui_iterate_until (table_has_rows, club_table));
  g_free (table);
  table = golf_club_table_dup_text (club_table);
  g_assert_cmpstr (table, ==,
                   "Club|Median Carry|Q1–Q3 (yd)|Shots|Confidence|Set Aside|Gap to Next\n"
                   "Driver|235.1 yd|226.9–243.3|4|Low|0|71.1 yd\n"
                   "7 Iron|164.0 yd|158.6–169.5|5|Medium|0|—\n");
}

/* Pixels in a club's colour: saturated, unlike text, grid and page. */
static guint
count_coloured (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc (width * height * 4);
  guint n = 0;

  gdk_texture_download (texture, data, width * 4);
  for (int i = 0; i < width * height; i++)
    {
      int b = data[4 * i], g = data[4 * i + 1], r = data[4 * i + 2];

      if (MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) > 60)
        n++;
    }

  return n;
}

static gboolean
textures_differ (GdkTexture *a,
                 GdkTexture *b)
{
  gsize size = gdk_texture_get_width (a) * gdk_texture_get_height (a) * 4;
  g_autofree guchar *data_a = g_malloc (size);
  g_autofree guchar *data_b = g_malloc (size);

  if (gdk_texture_get_width (a) != gdk_texture_get_width (b) ||
      gdk_texture_get_height (a) != gdk_texture_get_height (b))
    return TRUE;

  gdk_texture_download (a, data_a, gdk_texture_get_width (a) * 4);
  gdk_texture_download (b, data_b, gdk_texture_get_width (b) * 4);

  return memcmp (data_a, data_b, size) != 0;
}

typedef struct
{
  GolfDashboardModel *model;
  guint               n_computed;
} ComputeWait;

static gboolean
recomputed (gpointer data)
{
  ComputeWait *wait = data;

  return golf_dashboard_model_get_n_computed (wait->model) > wait->n_computed &&
         !golf_dashboard_model_get_busy (wait->model);
}

/* The charts draw the analytics in dark and light, name the shot under
 * the pointer, and draw again when the shots change. */
static void
test_dashboard_charts (UiFixture     *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GdkTexture) before = NULL;
  g_autoptr(GdkTexture) after = NULL;
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GolfChartView *chart;
  ComputeWait wait;
  guint n_draws;

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_save_practice (fixture->store);
  golf_metrics_worker_flush (fixture->worker);
  ui_show_window (fixture, 1280, 1000);
  golf_window_select_session (fixture->window, "41002");
  g_assert_true (ui_iterate_until (model_settled, fixture));
  chart = ui_template_child (dashboard (fixture), GOLF_TYPE_DASHBOARD_PAGE, "dispersion_chart");

  for (int dark = 0; dark <= 1; dark++)
    {
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree char *name = g_strdup_printf ("dispersion-%s.png", dark ? "dark" : "light");

      ui_set_dark (dark);
      texture = ui_render (GTK_WIDGET (chart));
      g_assert_cmpuint (count_coloured (texture), >, 300);
      ui_save_png (GTK_WIDGET (chart), name);
    }
  ui_set_dark (FALSE);

  /* Somewhere on the chart a dot names its shot. */
  for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (chart)) && text == NULL; y += 2)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (chart)) && text == NULL; x += 2)
      text = golf_chart_view_dup_shot_text (chart, x, y);
  g_assert_nonnull (text);
  g_test_message ("the chart names a shot: %s", text);
  g_assert_true (g_str_has_prefix (text, "Shot "));
  g_assert_nonnull (strstr (text, "\nCarry "));
  g_assert_nonnull (strstr (text, " yd"));

  /* A new, long driver shot: the worker runs, the chart draws again. */
  before = ui_render (GTK_WIDGET (chart));
  n_draws = golf_chart_view_get_n_draws (chart);
  wait = (ComputeWait) { golf_dashboard_page_get_model (dashboard (fixture)),
                         golf_dashboard_model_get_n_computed (golf_dashboard_page_get_model (dashboard (fixture))) };
  shot = ui_make_shot ("41002", "41002_new", "Driver", 260, 280, 75, 50);
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, -25);
  golf_store_save_shot (fixture->store, shot, &error);
  g_assert_no_error (error);
  g_assert_true (ui_iterate_until (recomputed, &wait));
  after = ui_render (GTK_WIDGET (chart));
  g_assert_cmpuint (golf_chart_view_get_n_draws (chart), >, n_draws);
  g_assert_true (textures_differ (before, after));

  /* One club: the chart shows only its shots. */
  pick_club (fixture, "PW");
  g_clear_object (&before);
  before = ui_render (GTK_WIDGET (chart));
  g_assert_cmpuint (count_coloured (before), <, count_coloured (after));
  g_assert_cmpuint (count_coloured (before), >, 50);
}

/* To the charts and the table at the bottom of the page, or back up. */
static void
scroll_dashboard (UiFixture *fixture,
                  gboolean   to_bottom)
{
  GtkWidget *scrolled = ui_find_widget (GTK_WIDGET (dashboard (fixture)), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_adjustment_set_value (adjustment, to_bottom ? gtk_adjustment_get_upper (adjustment) : 0);
  ui_iterate_for (200);
}

static void
test_dashboard_screenshots (UiFixture     *fixture,
                            gconstpointer  user_data)
{
  const char *extra_copy = g_getenv ("GOLF_LAB_SCREENSHOT");

  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_save_practice (fixture->store);
  golf_metrics_worker_flush (fixture->worker);
  ui_show_window (fixture, 1280, 1000);
  golf_window_select_session (fixture->window, "41002");
  g_assert_true (ui_iterate_until (model_settled, fixture));

  for (int dark = 0; dark <= 1; dark++)
    {
      g_autofree char *all = g_strdup_printf ("dashboard-%s.png", dark ? "dark" : "light");
      g_autofree char *club = g_strdup_printf ("dashboard-club-%s.png", dark ? "dark" : "light");
      g_autofree char *shots = g_strdup_printf ("shots-%s.png", dark ? "dark" : "light");
      g_autofree char *charts = g_strdup_printf ("dashboard-charts-%s.png", dark ? "dark" : "light");

      ui_set_dark (dark);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "dashboard");
      pick_club (fixture, "All Clubs");
      ui_iterate_for (300);
      ui_save_png (GTK_WIDGET (fixture->window), all);
      if (!dark && extra_copy != NULL)
        ui_save_png (GTK_WIDGET (fixture->window), extra_copy);
      scroll_dashboard (fixture, TRUE);
      ui_save_png (GTK_WIDGET (fixture->window), charts);
      scroll_dashboard (fixture, FALSE);

      pick_club (fixture, "7 Iron");
      ui_iterate_for (300);
      ui_save_png (GTK_WIDGET (fixture->window), club);

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "shots");
      ui_iterate_for (300);
      ui_save_png (GTK_WIDGET (fixture->window), shots);
    }
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

  g_test_add ("/ui/dashboard/club", UiFixture, NULL,
              ui_fixture_set_up, test_dashboard_club, ui_fixture_tear_down);
  g_test_add ("/ui/dashboard/update", UiFixture, NULL,
              ui_fixture_set_up, test_dashboard_update, ui_fixture_tear_down);
  g_test_add ("/ui/dashboard/units", UiFixture, NULL,
              ui_fixture_set_up, test_dashboard_units, ui_fixture_tear_down);
  g_test_add ("/ui/dashboard/left-handed", UiFixture, NULL,
              ui_fixture_set_up, test_dashboard_left_handed, ui_fixture_tear_down);
  g_test_add ("/ui/dashboard/gaps", UiFixture, NULL,
              ui_fixture_set_up, test_dashboard_gaps, ui_fixture_tear_down);
  g_test_add ("/ui/dashboard/charts", UiFixture, NULL,
              ui_fixture_set_up, test_dashboard_charts, ui_fixture_tear_down);
  g_test_add ("/ui/dashboard/screenshots", UiFixture, NULL,
              ui_fixture_set_up, test_dashboard_screenshots, ui_fixture_tear_down);

  return g_test_run ();
}
