/* test-charts.c: the chart drawings without GTK, on image and PDF surfaces
 *
 * This program links the drawing library alone (no GTK), as the PDF
 * report will.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-charts"

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>

#include "golf-chart-dispersion.h"
#include "golf-chart-dplane.h"
#include "golf-chart-strike.h"
#include "golf-dispersion.h"
#include "golf-kept-shots.h"
#include "golf-shot-table.h"

#define WIDTH 600
#define HEIGHT 420

typedef void (*DrawFunc) (cairo_t *, double, double, const GolfChartInput *, const GolfChartPalette *);

typedef struct
{
  GolfShotTable  *table;
  GolfKeptShots  *kept;
  GolfDispersion *dispersion;
  GolfChartInput  input;
} Charts;

static const char * const clubs[] = { "Driver", "7 Iron", NULL };

/* Two clubs, twelve shots each, left and right of target. */
static void
charts_init (Charts *charts)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *id = g_strdup_printf ("S_%u", i);
      GolfShot *shot = golf_shot_new (id, "S");
      gboolean driver = i % 2 == 0;
      double spread = (double)(i % 6) - 2.5;

      golf_shot_set_club (shot, driver ? "Driver" : "7 Iron");
      golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, (driver ? 210 : 140) + 2 * spread);
      golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, driver ? 66 : 50);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, driver ? 45 : 37);
      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, (driver ? 4 : -2) * spread);
      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, spread);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, -spread / 2);
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, 3 * spread);
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, -spread);
      g_ptr_array_add (shots, shot);
    }

  charts->table = golf_shot_table_new (shots);
  charts->kept = golf_kept_shots_new (charts->table);
  charts->dispersion = golf_dispersion_compute (charts->table);
  charts->input = (GolfChartInput) {
    .table = charts->table,
    .kept = charts->kept,
    .dispersion = charts->dispersion,
    .clubs = clubs,
    .units = GOLF_UNITS_IMPERIAL,
    .hand = GOLF_HAND_RIGHT,
  };
}

static void
charts_clear (Charts *charts)
{
  g_clear_pointer (&charts->dispersion, golf_dispersion_unref);
  g_clear_pointer (&charts->kept, golf_kept_shots_unref);
  g_clear_pointer (&charts->table, golf_shot_table_unref);
}

/* Pixels in a club's colour: saturated, unlike text, grid and page. */
static guint
count_coloured (cairo_surface_t *surface)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(guint32 *)(data + y * stride + 4 * x);
        int r = pixel >> 16 & 0xff, g = pixel >> 8 & 0xff, b = pixel & 0xff;

        if (MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) > 60)
          n++;
      }

  return n;
}

static cairo_surface_t *
draw_on_image (DrawFunc              draw,
               const GolfChartInput *input,
               gboolean              dark)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  GolfChartPalette palette;

  golf_chart_palette_init (&palette, dark);
  palette.background = dark ? (GolfChartColor) { 0.14, 0.14, 0.14, 1 } : (GolfChartColor) { 1, 1, 1, 1 };
  draw (cr, WIDTH, HEIGHT, input, &palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  return surface;
}

static void
test_draw (void)
{
  static const DrawFunc draws[] = { golf_chart_dispersion_draw, golf_chart_dplane_draw, golf_chart_strike_draw };
  Charts charts;

  charts_init (&charts);

  /* Every chart draws its dots (six places, some 40 pixels each; the
   * legend alone is under 150) on a light and on a dark page; the
   * ellipses are left out to count the dots alone. */
  charts.input.dispersion = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (draws); i++)
    for (int dark = 0; dark <= 1; dark++)
      {
        cairo_surface_t *surface = draw_on_image (draws[i], &charts.input, dark);

        g_assert_cmpuint (count_coloured (surface), >, 250);
        cairo_surface_destroy (surface);
      }
  charts.input.dispersion = charts.dispersion;

  /* One club only: fewer coloured pixels than both. */
  {
    cairo_surface_t *both = draw_on_image (golf_chart_dispersion_draw, &charts.input, FALSE);
    cairo_surface_t *one;
    guint n_both = count_coloured (both);

    charts.input.club = "7 Iron";
    one = draw_on_image (golf_chart_dispersion_draw, &charts.input, FALSE);
    g_assert_cmpuint (count_coloured (one), >, 100);
    g_assert_cmpuint (count_coloured (one), <, n_both);
    cairo_surface_destroy (both);
    cairo_surface_destroy (one);
  }

  charts_clear (&charts);
}

/* A thousand shots go the raster way; they are drawn all the same. */
static void
test_many (void)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfKeptShots) kept = NULL;
  GolfChartPalette palette;
  GolfChartInput input;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("M_%u", i);
      GolfShot *shot = golf_shot_new (id, "M");

      golf_shot_set_club (shot, i % 2 ? "Driver" : "7 Iron");
      golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, (i % 2 ? 200 : 140) + (i % 37));
      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, (double)(i % 41) - 20);
      g_ptr_array_add (shots, shot);
    }
  table = golf_shot_table_new (shots);
  kept = golf_kept_shots_new (table);
  input = (GolfChartInput) { .table = table, .kept = kept, .clubs = clubs, .units = GOLF_UNITS_IMPERIAL };
  golf_chart_palette_init (&palette, FALSE);

  for (int dark = 0; dark <= 1; dark++)
    {
      cairo_surface_t *surface = draw_on_image (golf_chart_dispersion_draw, &input, dark);

      g_assert_cmpuint (count_coloured (surface), >, 5000);
      cairo_surface_destroy (surface);
    }

  /* Only the 7 iron: the driver's colour is gone. */
  input.club = "7 Iron";
  {
    cairo_surface_t *surface = draw_on_image (golf_chart_dispersion_draw, &input, FALSE);
    cairo_surface_t *both;
    guint n_one = count_coloured (surface);

    input.club = NULL;
    both = draw_on_image (golf_chart_dispersion_draw, &input, FALSE);
    g_assert_cmpuint (n_one, <, count_coloured (both));
    cairo_surface_destroy (surface);
    cairo_surface_destroy (both);
  }
}

/* Nothing to draw says so, and draws no dot. */
static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GolfShotTable) table = golf_shot_table_new (none);
  GolfChartInput input = { .table = table, .clubs = clubs, .units = GOLF_UNITS_IMPERIAL };
  cairo_surface_t *surface = draw_on_image (golf_chart_dispersion_draw, &input, FALSE);
  g_autofree char *text = golf_chart_dispersion_describe (&input);

  g_assert_cmpuint (count_coloured (surface), ==, 0);
  g_assert_nonnull (strstr (text, "no shots"));
  cairo_surface_destroy (surface);

  /* No input at all (no data yet) draws the same empty chart. */
  surface = draw_on_image (golf_chart_dplane_draw, NULL, TRUE);
  g_assert_cmpuint (count_coloured (surface), ==, 0);
  cairo_surface_destroy (surface);
}

/* The same functions draw a PDF page, as the report will. */
static void
test_pdf (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "charts.pdf", NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, WIDTH, 3 * HEIGHT);
  cairo_t *cr = cairo_create (surface);
  GolfChartPalette palette;
  Charts charts;
  gsize length;

  charts_init (&charts);
  golf_chart_palette_init (&palette, FALSE);
  golf_chart_dispersion_draw (cr, WIDTH, HEIGHT, &charts.input, &palette);
  cairo_translate (cr, 0, HEIGHT);
  golf_chart_dplane_draw (cr, WIDTH, HEIGHT, &charts.input, &palette);
  cairo_translate (cr, 0, HEIGHT);
  golf_chart_strike_draw (cr, WIDTH, HEIGHT, &charts.input, &palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 5000);
  charts_clear (&charts);
}

/* A point under the pointer is found again from where it was drawn. */
static void
test_find (void)
{
  GolfChartPalette palette;
  gboolean found_any = FALSE;
  Charts charts;

  charts_init (&charts);
  golf_chart_palette_init (&palette, FALSE);

  for (int y = 0; y < HEIGHT && !found_any; y += 3)
    for (int x = 0; x < WIDTH && !found_any; x += 3)
      {
        int row = golf_chart_dispersion_find_row (WIDTH, HEIGHT, &charts.input, &palette, x, y);

        if (row >= 0)
          {
            const GolfShotTableRow *shot = golf_shot_table_get_row (charts.table, row);

            found_any = TRUE;
            g_assert_true (g_str_has_prefix (shot->id, "S_"));
          }
      }
  g_assert_true (found_any);

  /* Far from every dot: nothing. */
  g_assert_cmpint (golf_chart_dispersion_find_row (WIDTH, HEIGHT, &charts.input, &palette, 1, 1), ==, -1);
  g_assert_cmpint (golf_chart_dplane_find_row (WIDTH, HEIGHT, &charts.input, &palette, 1, 1), ==, -1);
  charts_clear (&charts);
}

/* The D-plane names its quadrants for the golfer's hand. */
static void
test_quadrants (void)
{
  g_assert_cmpstr (golf_chart_dplane_quadrant_name (2, -1, GOLF_HAND_RIGHT), ==, "In-to-out, draws");
  g_assert_cmpstr (golf_chart_dplane_quadrant_name (2, 1, GOLF_HAND_RIGHT), ==, "In-to-out, fades");
  g_assert_cmpstr (golf_chart_dplane_quadrant_name (-2, 1, GOLF_HAND_RIGHT), ==, "Out-to-in, fades");
  g_assert_cmpstr (golf_chart_dplane_quadrant_name (-2, -1, GOLF_HAND_RIGHT), ==, "Out-to-in, draws");

  /* A path to the right is out-to-in for a left-hander; a face right of
   * the path curves the ball right: a draw for them. */
  g_assert_cmpstr (golf_chart_dplane_quadrant_name (2, 1, GOLF_HAND_LEFT), ==, "Out-to-in, draws");
  g_assert_cmpstr (golf_chart_dplane_quadrant_name (-2, -1, GOLF_HAND_LEFT), ==, "In-to-out, fades");
}

static void
test_describe (void)
{
  g_autofree char *dispersion = NULL;
  g_autofree char *dplane = NULL;
  g_autofree char *strike = NULL;
  Charts charts;

  charts_init (&charts);
  dispersion = golf_chart_dispersion_describe (&charts.input);
  dplane = golf_chart_dplane_describe (&charts.input);
  strike = golf_chart_strike_describe (&charts.input);

  /* Driver: mean carry 209 m = 229 yd. */
  g_assert_nonnull (strstr (dispersion, "Driver: 12 shots, mean carry 229 yd"));
  g_assert_nonnull (strstr (dispersion, "7 Iron: 12 shots"));
  g_assert_nonnull (strstr (dplane, "24 shots"));
  g_assert_nonnull (strstr (dplane, "In-to-out, fades: "));
  g_assert_nonnull (strstr (strike, "24 strikes"));
  charts_clear (&charts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/draw", test_draw);
  g_test_add_func ("/charts/many", test_many);
  g_test_add_func ("/charts/empty", test_empty);
  g_test_add_func ("/charts/pdf", test_pdf);
  g_test_add_func ("/charts/find", test_find);
  g_test_add_func ("/charts/quadrants", test_quadrants);
  g_test_add_func ("/charts/describe", test_describe);

  return g_test_run ();
}
