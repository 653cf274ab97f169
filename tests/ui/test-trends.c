/* test-trends.c: the Trends page, under Xvfb with real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-trends"

#include "config.h"

#include <string.h>

#include "golf-trend-chart.h"
#include "golf-trends-page.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

static GolfTrendsPage *
trends (UiFixture *fixture)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "trends_page");
}

static const char *
label_text (UiFixture  *fixture,
            const char *name)
{
  return gtk_label_get_text (ui_template_child (trends (fixture), GOLF_TYPE_TRENDS_PAGE, name));
}

/* A session whose 7 Iron carries are median − 1, median and median + 1 m,
 * and whose PW carries 100 m; face angles spread by @face_spread. */
static void
save_session (UiFixture  *fixture,
              const char *id,
              const char *date,
              double      median,
              double      face_spread)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *wedge_id = g_strdup_printf ("%s_pw", id);
  const double offsets[] = { 1, 0, -1 };

  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      g_autofree char *shot_id = g_strdup_printf ("%s_%u", id, i);
      GolfShot *shot = ui_make_shot (id, shot_id, "7 Iron", median + offsets[i], median + 8, 50, 37);

      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, offsets[i] * face_spread);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, 0.0);
      g_ptr_array_add (shots, shot);
    }
  g_ptr_array_add (shots, ui_make_shot (id, wedge_id, "PW", 100, 104, 40, 33));
  ui_save_session (fixture->store, id, date, shots);
}

/* 150, 153, 156 and 159 m at 30-day steps: 3 m per month. */
static void
seed_rising (UiFixture *fixture)
{
  ui_open_store (fixture);
  save_session (fixture, "a", "2026-01-01", 150, 1);
  save_session (fixture, "b", "2026-01-31", 153, 1);
  save_session (fixture, "c", "2026-03-02", 156, 2);
  save_session (fixture, "d", "2026-04-01", 159, 3);
  golf_metrics_worker_flush (fixture->worker);
}

static gboolean
index_ready (gpointer data)
{
  GolfTrendIndex *index = golf_trends_page_get_index (trends (data));
  GolfTrend *trend = golf_trends_page_get_trend (trends (data));

  return !golf_trend_index_get_busy (index) && trend != NULL && golf_trend_get_n (trend) > 0;
}

static void
show_trends (UiFixture *fixture)
{
  ui_show_window (fixture, 1280, 900);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "trends"));
  g_assert_true (ui_iterate_until (index_ready, fixture));
}

static void
test_known_slope (UiFixture     *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GolfTrendChart *chart;
  g_autofree char *description = NULL;
  g_autofree char *point = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_rising (fixture);
  g_settings_set_string (settings, "distance-unit", "metres");
  show_trends (fixture);

  golf_trends_page_set_club (trends (fixture), "7 Iron");
  g_assert_cmpuint (golf_trend_get_n (golf_trends_page_get_trend (trends (fixture))), ==, 4);
  g_assert_cmpstr (label_text (fixture, "slope_label"), ==, "+3.0 m per month");
  g_assert_cmpstr (label_text (fixture, "effect_label"), ==, "Large increase · 4 sessions");

  chart = ui_template_child (trends (fixture), GOLF_TYPE_TRENDS_PAGE, "trend_chart");
  description = golf_trend_chart_dup_description (chart);
  g_assert_cmpstr (description, ==, "Carry over 4 sessions, from Thu 1 Jan 2026 to Wed 1 Apr 2026; +3.0 m per month");

  /* Yards: the same slope in the golfer's units. */
  g_settings_set_string (settings, "distance-unit", "yards");
  ui_iterate_for (30);
  g_assert_cmpstr (label_text (fixture, "slope_label"), ==, "+3.3 yd per month");

  /* The point under the pointer, named. */
  ui_iterate_for (200);
  for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (chart)) && point == NULL; x++)
    for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (chart)) && point == NULL; y += 2)
      point = golf_trend_chart_dup_point_text (chart, x, y);
  g_assert_cmpstr (point, ==, "Thu 1 Jan 2026 · 164.0 yd · 3 shots");

  g_settings_reset (settings, "distance-unit");
}

/* Another number, every club, a date range: the page follows each choice. */
static void
test_choices (UiFixture     *fixture,
              gconstpointer  user_data)
{
  GolfTrend *trend;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_rising (fixture);
  show_trends (fixture);

  /* Every shot 50 m/s (PW 40): the same median every session. */
  golf_trends_page_set_club (trends (fixture), "7 Iron");
  golf_trends_page_set_metric (trends (fixture), GOLF_SHOT_METRIC_BALL_SPEED);
  trend = golf_trends_page_get_trend (trends (fixture));
  g_assert_cmpint (golf_trend_get_metric (trend), ==, GOLF_SHOT_METRIC_BALL_SPEED);
  g_assert_cmpstr (label_text (fixture, "slope_label"), ==, "No clear change");
  g_assert_cmpstr (label_text (fixture, "effect_label"), ==, "0.0 mph per month · 4 sessions");

  /* Every club: medians of {m − 1, m, m + 1, 100} also rise 3 m a month. */
  golf_trends_page_set_metric (trends (fixture), GOLF_SHOT_METRIC_CARRY);
  golf_trends_page_set_club (trends (fixture), NULL);
  trend = golf_trends_page_get_trend (trends (fixture));
  g_assert_null (golf_trend_get_club (trend));
  g_assert_cmpfloat_with_epsilon (golf_trend_get_slope_per_30_days (trend), 3.0, 1e-9);

  /* The last two sessions only: the slope, with too few to tell. */
  golf_trends_page_set_range (trends (fixture), "2026-02-15", NULL);
  g_assert_cmpuint (golf_trend_get_n (golf_trends_page_get_trend (trends (fixture))), ==, 2);
  g_assert_cmpstr (label_text (fixture, "slope_label"), ==, "+3.3 yd per month");
  g_assert_cmpstr (label_text (fixture, "effect_label"), ==, "Too few sessions to tell · 2 sessions");

  golf_trends_page_set_range (trends (fixture), "2027-01-01", NULL);
  g_assert_cmpstr (label_text (fixture, "slope_label"), ==, "No sessions in these dates");
  golf_trends_page_set_range (trends (fixture), NULL, NULL);
  g_assert_cmpuint (golf_trend_get_n (golf_trends_page_get_trend (trends (fixture))), ==, 4);
}

static gboolean
slope_is (gpointer data)
{
  GolfTrend *trend = golf_trends_page_get_trend (trends (data));

  return trend != NULL && golf_trend_get_n (trend) == 5;
}

static gboolean
first_point_moved (gpointer data)
{
  GolfTrend *trend = golf_trends_page_get_trend (trends (data));

  return golf_trend_get_point (trend, 0)->value == 170;
}

/* A new session shows up in the trend, and only it is read; a session
 * whose shots change is read again. */
static void
test_follows_changes (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  GolfTrendIndex *index;
  guint computed;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_rising (fixture);
  show_trends (fixture);
  index = golf_trends_page_get_index (trends (fixture));
  computed = golf_trend_index_get_n_computed (index);
  g_assert_cmpuint (computed, ==, 4);

  /* Choices are look-ups: nothing is read again. */
  golf_trends_page_set_metric (trends (fixture), GOLF_SHOT_METRIC_TOTAL);
  golf_trends_page_set_club (trends (fixture), "PW");
  golf_trends_page_set_metric (trends (fixture), GOLF_SHOT_METRIC_CARRY);
  golf_trends_page_set_club (trends (fixture), "7 Iron");
  g_assert_cmpuint (golf_trend_index_get_n_computed (index), ==, computed);

  save_session (fixture, "e", "2026-05-01", 162, 1);
  g_assert_true (ui_iterate_until (slope_is, fixture));
  g_assert_cmpuint (golf_trend_index_get_n_computed (index), ==, computed + 1);
  g_assert_cmpfloat_with_epsilon (golf_trend_get_slope_per_30_days (golf_trends_page_get_trend (trends (fixture))),
                                  3.0, 1e-9);

  /* The first session's shots rewritten: its point moves. */
  save_session (fixture, "a", "2026-01-01", 170, 1);
  g_assert_true (ui_iterate_until (first_point_moved, fixture));
  g_assert_cmpuint (golf_trend_index_get_n_computed (index), ==, computed + 2);
}

static gboolean
compared (gpointer data)
{
  return !golf_trends_page_get_comparing (trends (data));
}

/* The row of the grid whose first cell reads @name, as "A|B|change|word". */
static char *
compare_row (UiFixture  *fixture,
             const char *name,
             GtkWidget **verdict)
{
  GtkGrid *grid = ui_template_child (trends (fixture), GOLF_TYPE_TRENDS_PAGE, "compare_grid");

  for (int row = 0; gtk_grid_get_child_at (grid, 0, row) != NULL; row++)
    {
      GtkWidget *first = gtk_grid_get_child_at (grid, 0, row);
      GString *text;

      if (!GTK_IS_LABEL (first) || g_strcmp0 (gtk_label_get_text (GTK_LABEL (first)), name) != 0)
        continue;

      text = g_string_new (NULL);
      for (int column = 1; column <= 4; column++)
        {
          GtkWidget *cell = gtk_grid_get_child_at (grid, column, row);

          g_string_append_printf (text, "%s%s", column > 1 ? "|" : "",
                                  GTK_IS_LABEL (cell) ? gtk_label_get_text (GTK_LABEL (cell)) : "");
          if (column == 4)
            *verdict = cell;
        }
      return g_string_free (text, FALSE);
    }

  return NULL;
}

/* The first and the last session side by side: farther is better (in the
 * success colour), a wider face spread worse (in the error colour). */
static void
test_compare (UiFixture     *fixture,
              gconstpointer  user_data)
{
  g_autofree char *carry = NULL;
  g_autofree char *spread = NULL;
  g_autofree char *iron = NULL;
  g_autofree char *path = NULL;
  GtkWidget *verdict = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_rising (fixture);
  show_trends (fixture);

  /* The session on show (the newest) and the one before it. */
  g_assert_true (ui_iterate_until (compared, fixture));
  g_assert_nonnull (compare_row (fixture, "Average carry", &verdict));

  g_assert_true (golf_trends_page_compare (trends (fixture), "a", "d"));
  g_assert_true (ui_iterate_until (compared, fixture));

  carry = compare_row (fixture, "Average carry", &verdict);
  g_assert_cmpstr (carry, ==, "150.4 yd|157.8 yd|+7.4 yd|better");
  g_assert_true (gtk_widget_has_css_class (verdict, "success"));

  spread = compare_row (fixture, "Face angle spread", &verdict);
  g_assert_cmpstr (spread, ==, "1.0°|3.0°|+2.0°|worse");
  g_assert_true (gtk_widget_has_css_class (verdict, "error"));

  /* Club path has no better side. */
  path = compare_row (fixture, "Average club path", &verdict);
  g_assert_cmpstr (path, ==, "0.0°|0.0°|0.0°|");

  iron = compare_row (fixture, "7 Iron", &verdict);
  g_assert_cmpstr (iron, ==, "164.0 yd|173.9 yd|+9.8 yd|better");

  g_assert_false (golf_trends_page_compare (trends (fixture), "a", "nowhere"));
}

static gboolean
has_clubs (GtkDropDown *dropdown,
           const char  *expected)
{
  GListModel *clubs = gtk_drop_down_get_model (dropdown);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 1; i < g_list_model_get_n_items (clubs); i++)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, gtk_string_list_get_string (GTK_STRING_LIST (clubs), i));
    }

  return g_strcmp0 (text->str, expected) == 0;
}

/* A student's session opened while another page is on show: the Trends
 * page, opened then, follows that student's sessions and clubs. */
static void
test_another_student (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkDropDown *clubs;
  GolfPlayer *ann;

  UI_SKIP_WITHOUT_DISPLAY ();

  seed_rising (fixture);
  g_ptr_array_add (shots, ui_make_shot ("ann1", "ann1_1", "Driver", 200, 220, 65, 45));
  g_ptr_array_add (shots, ui_make_shot ("ann1", "ann1_2", "Driver", 204, 224, 66, 45));
  ui_save_session (fixture->store, "ann1", "2026-02-10", shots);
  ann = golf_store_add_player (fixture->store, "Ann", GOLF_HAND_RIGHT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (golf_store_move_session (fixture->store, "ann1", golf_player_get_id (ann), &error));
  golf_metrics_worker_flush (fixture->worker);

  show_trends (fixture);
  clubs = ui_template_child (trends (fixture), GOLF_TYPE_TRENDS_PAGE, "club_dropdown");
  g_assert_true (has_clubs (clubs, "7 Iron, PW"));
  g_assert_cmpuint (golf_trend_get_n (golf_trends_page_get_trend (trends (fixture))), ==, 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "dashboard"));
  ui_iterate_for (30);
  g_assert_true (golf_window_select_session (fixture->window, "ann1"));
  ui_iterate_for (30);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "trends"));
  g_assert_true (ui_iterate_until (index_ready, fixture));
  g_assert_true (has_clubs (clubs, "Driver"));
  g_assert_cmpuint (golf_trend_get_n (golf_trends_page_get_trend (trends (fixture))), ==, 1);
}

static void
test_screenshot (UiFixture     *fixture,
                 gconstpointer  user_data)
{
  UI_SKIP_WITHOUT_DISPLAY ();

  ui_open_store (fixture);
  ui_save_season (fixture->store);
  golf_metrics_worker_flush (fixture->worker);
  show_trends (fixture);
  golf_trends_page_set_club (trends (fixture), "7 Iron");
  golf_trends_page_compare (trends (fixture), "40100", "40115");
  g_assert_true (ui_iterate_until (compared, fixture));
  ui_save_png (GTK_WIDGET (fixture->window), "trends.png");
}

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

  g_test_add ("/ui/trends/known-slope", UiFixture, NULL,
              ui_fixture_set_up, test_known_slope, ui_fixture_tear_down);
  g_test_add ("/ui/trends/choices", UiFixture, NULL,
              ui_fixture_set_up, test_choices, ui_fixture_tear_down);
  g_test_add ("/ui/trends/follows-changes", UiFixture, NULL,
              ui_fixture_set_up, test_follows_changes, ui_fixture_tear_down);
  g_test_add ("/ui/trends/compare", UiFixture, NULL,
              ui_fixture_set_up, test_compare, ui_fixture_tear_down);
  g_test_add ("/ui/trends/another-student", UiFixture, NULL,
              ui_fixture_set_up, test_another_student, ui_fixture_tear_down);
  g_test_add ("/ui/trends/screenshot", UiFixture, NULL,
              ui_fixture_set_up, test_screenshot, ui_fixture_tear_down);

  return g_test_run ();
}
