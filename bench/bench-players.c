/* bench-players.c: switching students in the window
 *
 * A coach's database: 20 students with 100 sessions each (2,000 sessions,
 * 30 shots each), their metrics computed. Under Xvfb, a student is chosen
 * in the switcher again and again (a different one each time), and the
 * time from the choice to the end of the frame that shows the sessions
 * list with the student's rows laid out is measured: the filter over the
 * 2,000 sessions, the new selection and its dashboard, and that frame's
 * layout and drawing. Target: within one frame (16.7 ms).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "golf-bench-frame.h"
#include "golf-bench-util.h"
#include "golf-player-switcher.h"
#include "golf-ui-test-util.h"

#define N_PLAYERS 20
#define SESSIONS_PER_PLAYER 100
#define SHOTS_PER_SESSION 30
#define SWITCH_RUNS 40
#define FRAME_TARGET_MS 16.7

static void
make_database (UiFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  double start = g_get_monotonic_time ();

  ui_open_store (fixture);
  for (guint p = 0; p < N_PLAYERS; p++)
    {
      g_autofree char *name = g_strdup_printf ("Student %02u", p + 1);
      GolfPlayer *player = p == 0 ? golf_store_find_player (fixture->store, NULL)
                                  : golf_store_add_player (fixture->store, name, p % 5 ? GOLF_HAND_RIGHT : GOLF_HAND_LEFT,
                                                           NULL, &error);

      g_assert_no_error (error);
      for (guint s = 0; s < SESSIONS_PER_PLAYER; s++)
        {
          g_autofree char *id = g_strdup_printf ("p%02u-s%03u", p, s);
          g_autofree char *date = g_strdup_printf ("20%02u-%02u-%02u", 16 + s / 12 % 10, 1 + s % 12, 1 + p);
          g_autoptr(GolfSession) session = golf_session_new (id);
          g_autoptr(GPtrArray) shots = golf_bench_make_session (id, SHOTS_PER_SESSION, p * 1000 + s);

          golf_session_set_date (session, date);
          golf_session_set_player_id (session, golf_player_get_id (player));
          g_assert_true (golf_store_save_shots (fixture->store, session, shots, &error));
          g_assert_no_error (error);
        }
    }
  golf_metrics_worker_flush (fixture->worker);
  g_print ("made %u students × %u sessions of %u shots in %.1f s\n", N_PLAYERS, SESSIONS_PER_PLAYER,
           SHOTS_PER_SESSION, (g_get_monotonic_time () - start) / G_USEC_PER_SEC);
}

typedef struct
{
  GtkDropDown *dropdown;
  guint        position;
} Choice;

/* A click in the drop-down's list does this. */
static void
choose_player (gpointer data)
{
  Choice *choice = data;

  gtk_drop_down_set_selected (choice->dropdown, choice->position);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20);
  UiFixture fixture = { 0 };
  GolfBenchFrameSums sums = { 0 };
  double switches[SWITCH_RUNS];
  GtkListView *list;
  Choice choice = { 0 };
  double median, p95;

  if (!gtk_init_check ())
    {
      g_print ("bench-players: no display; run it under xvfb-run\n");
      return 77;
    }
  adw_init ();
  ui_load_application_resources ();

  g_print ("Switching students (%u cores)\n", g_get_num_processors ());
  ui_fixture_set_up (&fixture, NULL);
  make_database (&fixture);
  ui_show_window (&fixture, 1280, 800);

  choice.dropdown = GTK_DROP_DOWN (gtk_widget_get_first_child (
    ui_template_child (fixture.window, GOLF_TYPE_WINDOW, "player_switcher")));
  list = ui_template_child (fixture.window, GOLF_TYPE_WINDOW, "session_list");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (choice.dropdown)));

  for (guint i = 0; i < SWITCH_RUNS; i++)
    {
      guint current = gtk_drop_down_get_selected (choice.dropdown);

      do
        choice.position = g_rand_int_range (rand, 0, N_PLAYERS);
      while (choice.position == current);

      switches[i] = golf_bench_time_to_frame (GTK_WIDGET (fixture.window), choose_player, &choice, &sums);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==,
                        SESSIONS_PER_PLAYER);
      ui_iterate_for (30);
    }

  median = golf_bench_median (switches, SWITCH_RUNS);
  p95 = golf_bench_percentile (switches, SWITCH_RUNS, 0.95);
  golf_bench_report ("choose another student of 20 (2,000 sessions): list, selection and frame (median)",
                     median, "ms", "≤ 16.7 ms", median <= FRAME_TARGET_MS);
  golf_bench_report ("  95th percentile", p95, "ms", "≤ 16.7 ms", p95 <= FRAME_TARGET_MS);
  g_print ("  on average: %.1f ms the switch, %.1f ms layout, %.1f ms drawing; the frame began %.1f ms after "
           "the switch (the frame clock's pace)\n",
           sums.change / SWITCH_RUNS, sums.layout / SWITCH_RUNS, sums.paint / SWITCH_RUNS, sums.wait / SWITCH_RUNS);

  ui_fixture_tear_down (&fixture, NULL);

  return 0;
}
