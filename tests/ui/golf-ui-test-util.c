/* golf-ui-test-util.c: a seeded database, a window on it, and ways to look
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <math.h>

#include "golf-dashboard-page.h"
#include "golf-metric-card.h"
#include "golf-preferences-window.h"
#include "golf-test-util.h"
#include "golf-ui-test-util.h"

gboolean ui_have_display;

/* What GolfApplication gets from AdwApplication: its style sheet and icons. */
void
ui_load_application_resources (void)
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

void
ui_init (int    *argc,
         char ***argv)
{
  g_test_init (argc, argv, NULL);

  ui_have_display = gtk_init_check ();
  if (ui_have_display)
    {
      adw_init ();
      ui_load_application_resources ();
    }
}

void
ui_fixture_set_up (UiFixture     *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("golf-lab-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "shots.db", NULL);
}

void
ui_fixture_tear_down (UiFixture     *fixture,
                      gconstpointer  user_data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  ui_set_dark (FALSE);
  /* Nothing may still read the files about to be removed. */
  if (fixture->worker != NULL)
    golf_metrics_worker_flush (fixture->worker);
  g_clear_object (&fixture->worker);
  g_clear_object (&fixture->store);
  golf_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

void
ui_open_store (UiFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = golf_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
  fixture->worker = golf_metrics_worker_new (fixture->store);
}

static gboolean
timeout_reached_cb (gpointer user_data)
{
  gboolean *reached = user_data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so or a few seconds pass. */
gboolean
ui_iterate_until (gboolean (*done) (gpointer data),
                  gpointer   data)
{
  return ui_iterate_until_timeout (done, data, 5000);
}

gboolean
ui_iterate_until_timeout (gboolean (*done) (gpointer data),
                          gpointer   data,
                          guint      milliseconds)
{
  gboolean reached = FALSE;
  guint id = g_timeout_add (milliseconds, timeout_reached_cb, &reached);

  while (!done (data) && !reached)
    g_main_context_iteration (NULL, TRUE);

  if (!reached)
    g_source_remove (id);

  return done (data);
}

void
ui_iterate_for (guint milliseconds)
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

void
ui_show_window (UiFixture *fixture,
                int        width,
                int        height)
{
  fixture->window = golf_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (ui_iterate_until (is_drawn, fixture->window));
  ui_iterate_for (200);
}

gpointer
ui_template_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
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

/* The visible labels under @widget, in widget order. */
GPtrArray *
ui_collect_labels (GtkWidget *widget)
{
  GPtrArray *labels = g_ptr_array_new ();

  collect_labels (widget, labels);
  return labels;
}

GtkWidget *
ui_find_label (GtkWidget  *widget,
               const char *text)
{
  g_autoptr(GPtrArray) labels = ui_collect_labels (widget);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];

  return NULL;
}

/* The button whose label reads @text (the label's nearest button ancestor). */
GtkWidget *
ui_find_button (GtkWidget  *widget,
                const char *text)
{
  GtkWidget *found = ui_find_label (widget, text);

  g_assert_nonnull (found);
  while (found != NULL && !GTK_IS_BUTTON (found))
    found = gtk_widget_get_parent (found);
  g_assert_nonnull (found);

  return found;
}

/* The first visible widget of @type under @widget, depth first. */
GtkWidget *
ui_find_widget (GtkWidget *widget,
                GType      type)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* @widget as it is on screen. */
GdkTexture *
ui_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  g_assert_true (ui_iterate_until (is_drawn, widget));
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);

  /* The paintable takes its picture when the widget next draws. */
  for (guint attempt = 0; node == NULL && attempt < 20; attempt++)
    {
      gtk_widget_queue_draw (widget);
      ui_iterate_for (100);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Renders @widget as it is on screen into the build folder. */
void
ui_save_png (GtkWidget  *widget,
             const char *name)
{
  g_autoptr(GdkTexture) texture = ui_render (widget);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("rendered to %s", path);
}

/* What a golfer reads on a dashboard card: "164.0 yd", its value and unit. */
char *
ui_card_text (UiFixture  *fixture,
              const char *card_name)
{
  GtkWidget *page = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");
  GtkWidget *card = ui_template_child (page, GOLF_TYPE_DASHBOARD_PAGE, card_name);
  GtkLabel *value = ui_template_child (card, GOLF_TYPE_METRIC_CARD, "value_label");
  GtkLabel *unit = ui_template_child (card, GOLF_TYPE_METRIC_CARD, "unit_label");

  if (gtk_label_get_text (unit)[0] == '\0')
    return g_strdup (gtk_label_get_text (value));

  return g_strdup_printf ("%s %s", gtk_label_get_text (value), gtk_label_get_text (unit));
}

/* The line under a dashboard card's value. */
const char *
ui_card_detail (UiFixture  *fixture,
                const char *card_name)
{
  GtkWidget *page = ui_template_child (fixture->window, GOLF_TYPE_WINDOW, "dashboard_page");
  GtkWidget *card = ui_template_child (page, GOLF_TYPE_DASHBOARD_PAGE, card_name);

  return gtk_label_get_text (ui_template_child (card, GOLF_TYPE_METRIC_CARD, "detail_label"));
}

/* The preferences as a golfer opens them: from the window's action. */
GtkWindow *
ui_open_preferences (UiFixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL));
  ui_iterate_for (100);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GOLF_IS_PREFERENCES_WINDOW (window))
        return GTK_WINDOW (window);
    }

  g_assert_not_reached ();
}

void
ui_set_dark (gboolean dark)
{
  if (!ui_have_display)
    return;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

GolfShot *
ui_make_shot (const char *session_id,
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

void
ui_save_session (GolfStore  *store,
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

typedef struct
{
  const char *club;
  double      carry, roll, ball_speed, club_speed, face, path, launch, spin;
} ClubProfile;

static const ClubProfile profiles[] = {
  { "Driver", 205.0, 18.0, 65.0, 44.0, 1.2, -1.5, 12.0, 2600 },
  { "5 Iron", 160.0, 10.0, 55.0, 39.0, 0.8, -1.0, 14.0, 4800 },
  { "7 Iron", 135.0, 7.0, 50.0, 37.0, 0.4, -0.8, 17.0, 6600 },
  { "PW", 100.0, 4.0, 41.0, 33.0, -0.3, -0.2, 25.0, 8800 },
};

static GolfShot *
practice_shot (GRand      *rand,
               const char *session_id,
               guint       i,
               guint       n_clubs)
{
  const ClubProfile *c = &profiles[i % n_clubs];
  g_autofree char *shot_id = g_strdup_printf ("%s_%u", session_id, i);
  double quality = g_rand_double_range (rand, 0.9, 1.03);
  double face = c->face + g_rand_double_range (rand, -2.5, 2.5);
  double path = c->path + g_rand_double_range (rand, -3.0, 3.0);
  GolfShot *shot;

  shot = ui_make_shot (session_id, shot_id, c->club,
                       c->carry * quality, c->carry * quality + c->roll,
                       c->ball_speed * quality,
                       c->club_speed * g_rand_double_range (rand, 0.97, 1.02));
  golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, face);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, path);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, c->launch + g_rand_double_range (rand, -2.0, 2.0));
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_ANGLE, 0.8 * face + 0.2 * path);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, c->spin * g_rand_double_range (rand, 0.85, 1.15));
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_SPIN, 180.0 * (face - path));
  golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE,
                 c->carry * quality * sin ((0.8 * face + 0.2 * path + 0.6 * (face - path)) * G_PI / 180.0));
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, g_rand_double_range (rand, -12.0, 15.0));
  golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, g_rand_double_range (rand, -9.0, 8.0));
  golf_shot_set (shot, GOLF_SHOT_FIELD_APEX, c->carry * 0.15 * quality);
  /* Launch monitors estimate spin they cannot see on some shots. */
  if (i % 7 == 3)
    golf_shot_set_estimated (shot, GOLF_SHOT_FIELD_BACK_SPIN, TRUE);

  return shot;
}

/* A few practice sessions that look like real ones. */
void
ui_save_practice (GolfStore *store)
{
  static const char *dates[] = { "2026-11-18", "2026-11-21", "2026-11-25" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint s = 0; s < G_N_ELEMENTS (dates); s++)
    {
      g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *session_id = g_strdup_printf ("%u", 41000 + s);

      for (guint i = 0; i < 24 + 12 * s; i++)
        g_ptr_array_add (shots, practice_shot (rand, session_id, i, s == 0 ? 3 : G_N_ELEMENTS (profiles)));

      ui_save_session (store, session_id, dates[s], shots);
    }
}

/* Half a season of practice, a session every twelve days or so, the
 * golfer getting a little longer as it goes: what a trend is made of. */
void
ui_save_season (GolfStore *store)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 6, 2, 0, 0, 0);

  for (guint s = 0; s < 16; s++)
    {
      g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GDateTime) day = g_date_time_add_days (start, 12 * s + (s * 7) % 4);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
      g_autofree char *session_id = g_strdup_printf ("%u", 40100 + s);
      double gain = 1.0 + 0.003 * s + g_rand_double_range (rand, -0.01, 0.01);

      for (guint i = 0; i < 40; i++)
        {
          GolfShot *shot = practice_shot (rand, session_id, i, G_N_ELEMENTS (profiles));

          golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE,
                         golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE) * gain);
          golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE,
                         golf_shot_get (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE) * gain);
          /* Every launch number, as a carry model learns from them. */
          golf_shot_set (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, g_rand_double_range (rand, -5, 2));
          golf_shot_set (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT,
                         golf_shot_get (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE) + g_rand_double_range (rand, 2, 5));
          g_ptr_array_add (shots, shot);
        }
      ui_save_session (store, session_id, date, shots);
    }
}

/* One long session, as a launch monitor left running all season makes. */
void
ui_save_big_session (GolfStore  *store,
                     const char *session_id,
                     guint       n_shots)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < n_shots; i++)
    g_ptr_array_add (shots, practice_shot (rand, session_id, i, G_N_ELEMENTS (profiles)));

  ui_save_session (store, session_id, "2026-12-01", shots);
}

/* The first window of @type that is open, or NULL. */
gpointer
ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}
