/* test-analysis-dispersion.c: covariance, the 95% ellipse and its angle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-dispersion.h"
#include "golf-test-analysis.h"

static void
add_landings (GPtrArray    *shots,
              const char   *club,
              const double *carries,
              const double *laterals,
              guint         n)
{
  guint first = shots->len;

  golf_test_carry_shots (shots, "s1", club, carries, n);
  for (guint i = 0; i < n; i++)
    golf_shot_set (g_ptr_array_index (shots, first + i), GOLF_SHOT_FIELD_SIDE_DISTANCE, laterals[i]);
}

static GolfDispersion *
disperse (GPtrArray *shots)
{
  g_autoptr(GolfShotTable) table = golf_test_table (shots);

  return golf_dispersion_compute (table);
}

/* Offsets (−10, 0) (0, −5) (10, 0) (0, 5) around (150, 0): the carries sit
 * exactly on their Tukey fences (140 and 160) and stay. */
static void
test_axis_aligned (void)
{
  const double carries[] = { 140, 150, 160, 150 };
  const double laterals[] = { 0, -5, 0, 5 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfDispersion) dispersion = NULL;
  const GolfDispersionClub *club;

  add_landings (shots, "7 Iron", carries, laterals, 4);
  /* A mishit (smash 80 / 40 = 2.0) lands far right: set aside, not counted. */
  golf_shot_set (golf_test_carry_shot (shots, "s1", "7 Iron", 150), GOLF_SHOT_FIELD_BALL_SPEED, 80);
  golf_shot_set (g_ptr_array_index (shots, 4), GOLF_SHOT_FIELD_SIDE_DISTANCE, 30);
  dispersion = disperse (shots);
  club = golf_dispersion_get_club (dispersion, 0);

  g_assert_cmpuint (club->n, ==, 4);
  g_assert_cmpfloat_with_epsilon (club->mean_carry, 150, 1e-12);
  g_assert_cmpfloat_with_epsilon (club->mean_lateral, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (club->cov_cc, 200.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->cov_ll, 50.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->cov_cl, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (club->lambda1, 200.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->lambda2, 50.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->ellipse_major, sqrt (5.991 * 200 / 3), 1e-9);
  g_assert_cmpfloat_with_epsilon (club->ellipse_minor, sqrt (5.991 * 50 / 3), 1e-9);
  g_assert_cmpfloat (club->ellipse_angle, ==, 0);
  g_assert_false (signbit (club->ellipse_angle));
  /* Distances from the mean 10, 5, 10, 5: median 7.5, 0.9 quantile 10. */
  g_assert_cmpfloat_with_epsilon (club->p50_radius, 7.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (club->p90_radius, 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (club->carry_spread, sqrt (200.0 / 3), 1e-9);
  g_assert_cmpfloat_with_epsilon (club->lateral_spread, sqrt (50.0 / 3), 1e-9);
  g_assert_false (club->stable);
}

/* Offsets (−10, −4) (0, 1) (10, 4) (0, −1): longer shots land right.
 * cov_cc = 200/3, cov_ll = 34/3, cov_cl = 80/3; λ = 39 ± √(83² + 80²) / 3;
 * angle = ½·atan2(160/3, 166/3). */
static void
test_tilted (void)
{
  const double carries[] = { 140, 150, 160, 150 };
  const double right[] = { -4, 1, 4, -1 };
  const double left[] = { 4, -1, -4, 1 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfDispersion) dispersion = NULL;
  double radius = sqrt (83.0 * 83 + 80.0 * 80) / 3;
  double angle = 0.5 * atan2 (160.0, 166.0) * 180 / G_PI;
  const GolfDispersionClub *club;

  add_landings (shots, "7 Iron", carries, right, 4);
  add_landings (shots, "8 Iron", carries, left, 4);
  dispersion = disperse (shots);

  club = golf_dispersion_get_club (dispersion, 0);
  g_assert_cmpstr (club->club, ==, "7 Iron");
  g_assert_cmpfloat_with_epsilon (club->cov_cl, 80.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->cov_ll, 34.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->lambda1, 39 + radius, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->lambda2, 39 - radius, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->ellipse_major, sqrt (5.991 * (39 + radius)), 1e-9);
  g_assert_cmpfloat_with_epsilon (club->ellipse_angle, angle, 1e-9);
  g_assert_cmpfloat (club->ellipse_angle, >, 21.9);
  g_assert_cmpfloat (club->ellipse_angle, <, 22.0);

  /* The mirror image leans left: the same angle, negative. */
  club = golf_dispersion_get_club (dispersion, 1);
  g_assert_cmpstr (club->club, ==, "8 Iron");
  g_assert_cmpfloat_with_epsilon (club->cov_cl, -80.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->ellipse_angle, -angle, 1e-9);
}

/* Wider than long: the major axis is across the line, +90 and never −90. */
static void
test_across (void)
{
  const double carries[] = { 150, 150, 151, 149 };
  const double laterals[] = { -10, 10, 0, 0 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfDispersion) dispersion = NULL;
  const GolfDispersionClub *club;

  add_landings (shots, "Driver", carries, laterals, 4);
  dispersion = disperse (shots);
  club = golf_dispersion_get_club (dispersion, 0);

  g_assert_cmpfloat (club->ellipse_angle, ==, 90);
  g_assert_cmpfloat_with_epsilon (club->lambda1, 200.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (club->lambda2, 2.0 / 3, 1e-9);
}

/* Two shots: listed with n and nothing else; ten: stable; no lateral: not counted. */
static void
test_small_and_stable (void)
{
  const double two[] = { 150, 152 };
  const double ten[] = { 100, 101, 102, 103, 104, 105, 106, 107, 108, 109 };
  const double lateral[] = { 1, -1, 2, -2, 0, 1, -1, 3, -3, 0 };
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfDispersion) dispersion = NULL;
  const GolfDispersionClub *club;

  add_landings (shots, "7 Iron", two, lateral, 2);
  golf_test_carry_shot (shots, "s1", "7 Iron", 151);
  add_landings (shots, "PW", ten, lateral, 10);
  golf_test_carry_shot (shots, "s1", "Putter", NAN);
  dispersion = disperse (shots);

  g_assert_cmpuint (golf_dispersion_get_n_clubs (dispersion), ==, 3);
  g_assert_cmpuint (golf_dispersion_get_n (dispersion), ==, 12);

  club = golf_dispersion_get_club (dispersion, 0);
  g_assert_cmpstr (club->club, ==, "7 Iron");
  g_assert_cmpuint (club->n, ==, 2);
  golf_test_assert_nan (club->mean_carry);
  golf_test_assert_nan (club->cov_cc);
  golf_test_assert_nan (club->ellipse_major);
  golf_test_assert_nan (club->ellipse_angle);
  golf_test_assert_nan (club->p90_radius);
  g_assert_false (club->stable);

  club = golf_dispersion_get_club (dispersion, 1);
  g_assert_cmpstr (club->club, ==, "PW");
  g_assert_cmpuint (club->n, ==, 10);
  g_assert_true (club->stable);
  g_assert_cmpfloat_with_epsilon (club->mean_carry, 104.5, 1e-12);

  club = golf_dispersion_get_club (dispersion, 2);
  g_assert_cmpstr (club->club, ==, "Putter");
  g_assert_cmpuint (club->n, ==, 0);
  golf_test_assert_nan (club->mean_lateral);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/dispersion/axis-aligned", test_axis_aligned);
  g_test_add_func ("/analysis/dispersion/tilted", test_tilted);
  g_test_add_func ("/analysis/dispersion/across", test_across);
  g_test_add_func ("/analysis/dispersion/small-and-stable", test_small_and_stable);

  return g_test_run ();
}
