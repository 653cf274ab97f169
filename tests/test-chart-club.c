/* test-chart-club.c: a chart of one club shows that club's shots alone
 *
 * The dashboard and the PDF report draw a chart per club by naming it in
 * the chart's input. What the chart says, and which dot a pointer finds,
 * must then leave the other clubs out. GTK-free: runs in every build.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-chart-club"

#include <string.h>

#include "golf-chart-dispersion.h"
#include "golf-chart-dplane.h"
#include "golf-chart-strike.h"
#include "golf-kept-shots.h"
#include "golf-test-analysis.h"

#define WIDTH 600
#define HEIGHT 420

static const char * const clubs[] = { "Driver", "7 Iron", NULL };

typedef struct
{
  GolfShotTable  *table;
  GolfKeptShots  *kept;
  GolfDispersion *dispersion;
  GolfChartInput  input;
} Fixture;

/* Ten drivers struck near the centre, going right; six 7 irons struck
 * 30 mm out on the toe, going left. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 16; i++)
    {
      gboolean driver = i < 10;
      double spread = (double)(i % 5) - 2;
      GolfShot *shot = golf_test_carry_shot (shots, "S", driver ? "Driver" : "7 Iron",
                                             (driver ? 210 : 140) + spread);

      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, (driver ? 8 : -8) + spread);
      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, driver ? 3 : -3);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, driver ? 1 + spread / 4 : -1 + spread / 4);
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, driver ? 2 : 30);
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, 0);
    }

  f->table = golf_test_table (shots);
  f->kept = golf_kept_shots_new (f->table);
  f->dispersion = golf_dispersion_compute (f->table);
  f->input = (GolfChartInput) {
    .table = f->table,
    .kept = f->kept,
    .dispersion = f->dispersion,
    .clubs = clubs,
    .club = "Driver",
    .units = GOLF_UNITS_METRIC,
    .hand = GOLF_HAND_RIGHT,
  };
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->dispersion, golf_dispersion_unref);
  g_clear_pointer (&f->kept, golf_kept_shots_unref);
  g_clear_pointer (&f->table, golf_shot_table_unref);
}

static void
test_describe (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *strike = golf_chart_strike_describe (&f->input);
  g_autofree char *dplane = golf_chart_dplane_describe (&f->input);
  g_autofree char *dispersion = golf_chart_dispersion_describe (&f->input);

  g_assert_cmpstr (strike, ==, "Strike location on the club face: 10 strikes, on average 2 mm from the centre.");
  g_assert_nonnull (strstr (dplane, "10 shots:"));
  g_assert_nonnull (strstr (dispersion, "Driver: 10 shots"));
  g_assert_null (strstr (dispersion, "7 Iron"));
}

typedef int (*FindFunc) (double, double, const GolfChartInput *, const GolfChartPalette *, double, double);

/* Every dot a pointer finds on the chart is a driver's, and there are some. */
static void
assert_finds_only_drivers (Fixture  *f,
                           FindFunc  find)
{
  GolfChartPalette palette;
  guint found = 0;

  golf_chart_palette_init (&palette, FALSE);
  for (int y = 0; y < HEIGHT; y += 5)
    for (int x = 0; x < WIDTH; x += 5)
      {
        int row = find (WIDTH, HEIGHT, &f->input, &palette, x, y);

        if (row < 0)
          continue;
        g_assert_cmpstr (golf_shot_table_get_row (f->table, row)->club, ==, "Driver");
        found++;
      }

  g_assert_cmpuint (found, >, 0);
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  assert_finds_only_drivers (f, golf_chart_dispersion_find_row);
  assert_finds_only_drivers (f, golf_chart_dplane_find_row);
  assert_finds_only_drivers (f, golf_chart_strike_find_row);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/chart-club/describe", Fixture, NULL, fixture_set_up, test_describe, fixture_tear_down);
  g_test_add ("/chart-club/find", Fixture, NULL, fixture_set_up, test_find, fixture_tear_down);

  return g_test_run ();
}
