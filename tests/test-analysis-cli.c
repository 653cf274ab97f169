/* test-analysis-cli.c: the analytics commands of golf-lab-cli, end to end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "golf-test-analysis.h"

#define YARDS_PER_METRE 1.09361

typedef struct
{
  GolfTestDir dir;
} Fixture;

/* Session 9101 (2026-04-02): a Driver at 230–250 m and a 7 Iron with one
 * planted mishit (120 m) and one push fade (face 3°, path −1°). */
static const GolfTestReportShot session_a[] = {
  { "DRIVER", 230, 70, 50, 0, 0, -5 }, { "DRIVER", 240, 70, 50, 0, 0, 0 },
  { "DRIVER", 250, 70, 50, 0, 0, 5 },
  { "IRON7", 150, 50, 37, 3, -1, 0 }, { "IRON7", 152, 50, 37, 0, 0, 1 },
  { "IRON7", 148, 50, 37, 0, 0, -1 }, { "IRON7", 120, 50, 37, 0, 0, 9 },
  { "IRON7", 151, 50, 37, 0, 0, 2 }, { "IRON7", 149, 50, 37, 0, 0, -2 },
  { "IRON7", 153, 50, 37, 0, 0, 0 }, { "IRON7", 147, 50, 37, 0, 0, 0 },
};

/* Session 9102 (2026-05-02, 30 days later): the 7 Iron 5 m longer, a PW. */
static const GolfTestReportShot session_b[] = {
  { "IRON7", 154, 51, 37, 0, 0, 0 }, { "IRON7", 155, 51, 37, 0, 0, 1 },
  { "IRON7", 156, 51, 37, 0, 0, -1 },
  { "WEDGE_PITCHING", 110, 40, 33, 0, 0, 0 }, { "WEDGE_PITCHING", 111, 40, 33, 0, 0, 0 },
  { "WEDGE_PITCHING", 109, 40, 33, 0, 0, 0 },
};

static void
import (Fixture    *f,
        const char *path)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "import", path, NULL), ==, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL;

  golf_test_dir_init (&f->dir);
  a = golf_test_write_report (&f->dir, "9101", "2026-04-02", session_a, G_N_ELEMENTS (session_a));
  b = golf_test_write_report (&f->dir, "9102", "2026-05-02", session_b, G_N_ELEMENTS (session_b));
  import (f, a);
  import (f, b);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  golf_test_dir_clear (&f->dir);
}

/* The object has exactly these members. */
static void
assert_keys (JsonObject         *object,
             const char * const *keys)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_test_message ("key %s", keys[i]);
      g_assert_true (json_object_has_member (object, keys[i]));
    }
  g_assert_cmpuint (g_list_length (members), ==, g_strv_length ((char **)keys));
}

static JsonObject *
element (JsonObject *object,
         const char *array,
         guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (object, array), index);
}

static guint
count (JsonObject *object,
       const char *array)
{
  return json_array_get_length (json_object_get_array_member (object, array));
}

static const char * const gapping_keys[] = {
  "club", "n", "set_aside", "median_carry", "q1_carry", "q3_carry", "median_total",
  "confidence", "gap_to_next", "overlap", "wide_gap", NULL
};

/* Pooled 7 Iron: 147 … 156 (10 kept, the 120 set aside): median 151.5. */
static void
test_gapping (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonNode) si = golf_test_cli_json (&f->dir, "gapping", "--json", "--units", "si", NULL);
  g_autoptr(JsonNode) imperial = golf_test_cli_json (&f->dir, "gapping", "--json", NULL);
  JsonObject *root = json_node_get_object (si);
  JsonObject *club;

  assert_keys (root, (const char * const []) { "clubs", NULL });
  g_assert_cmpuint (count (root, "clubs"), ==, 3);

  club = element (root, "clubs", 0);
  assert_keys (club, gapping_keys);
  g_assert_cmpstr (json_object_get_string_member (club, "club"), ==, "Driver");
  g_assert_cmpint (json_object_get_int_member (club, "n"), ==, 3);
  g_assert_cmpfloat (json_object_get_double_member (club, "median_carry"), ==, 240);
  g_assert_cmpfloat (json_object_get_double_member (club, "q1_carry"), ==, 235);
  g_assert_cmpfloat (json_object_get_double_member (club, "median_total"), ==, 250);
  g_assert_cmpfloat (json_object_get_double_member (club, "gap_to_next"), ==, 88.5);
  g_assert_cmpstr (json_object_get_string_member (club, "confidence"), ==, "low");

  club = element (root, "clubs", 1);
  g_assert_cmpstr (json_object_get_string_member (club, "club"), ==, "7 Iron");
  g_assert_cmpint (json_object_get_int_member (club, "n"), ==, 10);
  g_assert_cmpint (json_object_get_int_member (club, "set_aside"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (club, "median_carry"), ==, 151.5);
  g_assert_cmpstr (json_object_get_string_member (club, "confidence"), ==, "high");
  g_assert_false (json_object_get_boolean_member (club, "overlap"));

  club = element (root, "clubs", 2);
  g_assert_cmpstr (json_object_get_string_member (club, "club"), ==, "PW");
  g_assert_true (json_object_get_null_member (club, "gap_to_next"));

  /* Imperial: the same keys, yards. */
  club = element (json_node_get_object (imperial), "clubs", 0);
  assert_keys (club, gapping_keys);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "median_carry"),
                                  240 * YARDS_PER_METRE, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "gap_to_next"),
                                  88.5 * YARDS_PER_METRE, 1e-9);
}

static void
test_gapping_choices (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) one = golf_test_cli_json (&f->dir, "gapping", "--session", "9101", "--session", "9101",
                                      "--json", "--units", "si", NULL);
  g_autoptr(JsonNode) may = golf_test_cli_json (&f->dir, "gapping", "--from", "2026-05-01", "--to", "2026-05-02",
                                      "--json", NULL);
  g_autoptr(JsonNode) none = golf_test_cli_json (&f->dir, "gapping", "--to", "2026-01-01", "--json", NULL);
  g_autofree char *out = NULL, *err = NULL;
  JsonObject *club;

  /* Named twice, counted once: 7 kept, median 150, 7 shots is "medium". */
  club = element (json_node_get_object (one), "clubs", 1);
  g_assert_cmpint (json_object_get_int_member (club, "n"), ==, 7);
  g_assert_cmpfloat (json_object_get_double_member (club, "median_carry"), ==, 150);
  g_assert_cmpstr (json_object_get_string_member (club, "confidence"), ==, "medium");

  g_assert_cmpuint (count (json_node_get_object (may), "clubs"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (element (json_node_get_object (may), "clubs", 0), "club"),
                   ==, "7 Iron");
  g_assert_cmpuint (count (json_node_get_object (none), "clubs"), ==, 0);

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "gapping", "--from", "2026-02-30", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--from takes a day as YYYY-MM-DD"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "gapping", "--from", "2026-05-02", "--to", "2026-05-01", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "is after"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "gapping", "--session", "nope", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "There is no session “nope”"));
}

/* 7 Iron kept: carries 147–153 around 150, laterals −2 … 2 around 0;
 * Σ (Δcarry · Δlateral) = 8, so cov_cl = 8 / 6. */
static void
test_dispersion (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const keys[] = {
    "club", "n", "mean_carry", "mean_lateral", "cov_cc", "cov_cl", "cov_ll", "ellipse_major",
    "ellipse_minor", "ellipse_angle", "p50_radius", "p90_radius", "lateral_spread",
    "carry_spread", "stable", NULL
  };
  g_autoptr(JsonNode) si = golf_test_cli_json (&f->dir, "dispersion", "9101", "--club", "iron7", "--json", "--units", "si", NULL);
  g_autoptr(JsonNode) imperial = golf_test_cli_json (&f->dir, "dispersion", "9101", "--club", "7 Iron", "--json", NULL);
  g_autoptr(JsonNode) all = golf_test_cli_json (&f->dir, "dispersion", "9101", "--json", NULL);
  g_autofree char *out = NULL, *err = NULL;
  JsonObject *club;

  g_assert_cmpuint (count (json_node_get_object (si), "clubs"), ==, 1);
  club = element (json_node_get_object (si), "clubs", 0);
  assert_keys (club, keys);
  g_assert_cmpstr (json_object_get_string_member (club, "club"), ==, "7 Iron");
  g_assert_cmpint (json_object_get_int_member (club, "n"), ==, 7);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "mean_carry"), 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "mean_lateral"), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "cov_cl"), 8.0 / 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "cov_ll"), 10.0 / 6, 1e-9);
  g_assert_false (json_object_get_boolean_member (club, "stable"));

  /* Covariances are areas: yd² = m² · 1.09361². */
  club = element (json_node_get_object (imperial), "clubs", 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "cov_cl"),
                                  8.0 / 6 * YARDS_PER_METRE * YARDS_PER_METRE, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (club, "lateral_spread"),
                                  sqrt (10.0 / 6) * YARDS_PER_METRE, 1e-9);

  /* The Driver has 3 shots: listed, with its numbers. */
  club = element (json_node_get_object (all), "clubs", 0);
  g_assert_cmpstr (json_object_get_string_member (club, "club"), ==, "Driver");
  g_assert_cmpint (json_object_get_int_member (club, "n"), ==, 3);
  g_assert_false (json_object_get_null_member (club, "ellipse_angle"));

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "dispersion", "9101", "--club", "PW", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Session 9101 has no shots with the club “PW”; the clubs: Driver, 7 Iron"));
}

static void
test_shapes (Fixture       *f,
             gconstpointer  data)
{
  static const char * const shot_keys[] = { "id", "club", "start", "curve", "shape", NULL };
  g_autoptr(JsonNode) right = golf_test_cli_json (&f->dir, "shapes", "9101", "--json", NULL);
  g_autoptr(JsonNode) left = golf_test_cli_json (&f->dir, "shapes", "9101", "--left-handed", "--json", NULL);
  JsonObject *root = json_node_get_object (right);
  JsonObject *club, *shares, *shot;

  assert_keys (root, (const char * const []) { "clubs", "shots", NULL });
  g_assert_cmpuint (count (root, "shots"), ==, G_N_ELEMENTS (session_a));

  club = element (root, "clubs", 1);
  assert_keys (club, (const char * const []) { "club", "n", "shares", NULL });
  g_assert_cmpstr (json_object_get_string_member (club, "club"), ==, "7 Iron");
  g_assert_cmpint (json_object_get_int_member (club, "n"), ==, 8);
  shares = json_object_get_object_member (club, "shares");
  assert_keys (shares, (const char * const []) { "push fade", "straight", NULL });
  g_assert_cmpfloat (json_object_get_double_member (shares, "push fade"), ==, 0.125);
  g_assert_cmpfloat (json_object_get_double_member (shares, "straight"), ==, 0.875);

  shot = element (root, "shots", 3);
  assert_keys (shot, shot_keys);
  g_assert_cmpstr (json_object_get_string_member (shot, "id"), ==, "9101_4_4");
  g_assert_cmpstr (json_object_get_string_member (shot, "club"), ==, "7 Iron");
  g_assert_cmpstr (json_object_get_string_member (shot, "start"), ==, "push");
  g_assert_cmpstr (json_object_get_string_member (shot, "curve"), ==, "fade");
  g_assert_cmpstr (json_object_get_string_member (shot, "shape"), ==, "push fade");

  /* Left-handed, the same delivery starts left and curves left. */
  shot = element (json_node_get_object (left), "shots", 3);
  g_assert_cmpstr (json_object_get_string_member (shot, "shape"), ==, "pull draw");
}

/* 7 Iron medians 150 then 155, 30 days apart: 5 m per 30 days. */
static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  static const char * const keys[] = {
    "metric", "club", "n", "slope_per_30_days", "effect_size", "effect", "first", "second",
    "points", NULL
  };
  g_autoptr(JsonNode) si = golf_test_cli_json (&f->dir, "trend", "carry", "--club", "7 Iron", "--json", "--units", "si", NULL);
  g_autoptr(JsonNode) imperial = golf_test_cli_json (&f->dir, "trend", "carry", "--club", "7 Iron", "--json", NULL);
  g_autoptr(JsonNode) ranges = golf_test_cli_json (&f->dir, "trend", "ball_speed", "--first", "..2026-04-30",
                                         "--second", "2026-05-01..", "--json", "--units", "si", NULL);
  g_autofree char *out = NULL, *err = NULL;
  JsonObject *root = json_node_get_object (si);
  JsonObject *point;

  assert_keys (root, keys);
  g_assert_cmpstr (json_object_get_string_member (root, "metric"), ==, "carry");
  g_assert_cmpint (json_object_get_int_member (root, "n"), ==, 2);
  point = element (root, "points", 0);
  assert_keys (point, (const char * const []) { "session", "date", "n", "value", NULL });
  g_assert_cmpstr (json_object_get_string_member (point, "date"), ==, "2026-04-02");
  g_assert_cmpint (json_object_get_int_member (point, "n"), ==, 7);
  g_assert_cmpfloat (json_object_get_double_member (point, "value"), ==, 150);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "slope_per_30_days"), 5, 1e-9);
  /* One point a side: no effect size, and no word made up for it. */
  g_assert_true (json_object_get_null_member (root, "effect_size"));
  g_assert_true (json_object_get_null_member (root, "effect"));

  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_node_get_object (imperial),
                                                                 "slope_per_30_days"),
                                  5 * YARDS_PER_METRE, 1e-9);

  /* Ball speed over every club, two chosen ranges. */
  root = json_node_get_object (ranges);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "first"), "n"), ==, 1);
  g_assert_true (json_object_get_null_member (root, "club"));

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "trend", "spin", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "there is no metric “spin”"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "trend", "carry", "--first", "2026-01-01..", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--first and --second go together"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "trend", "carry", "--club", "3 Wood", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "The sessions have no shots with the club “3 Wood”; the clubs: "));
}

static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonNode) node = golf_test_cli_json (&f->dir, "compare", "9101", "9102", "--json", "--units", "si", NULL);
  JsonObject *root = json_node_get_object (node);
  JsonObject *metric, *club;

  assert_keys (root, (const char * const []) { "session_a", "session_b", "metrics", "clubs", NULL });
  assert_keys (json_object_get_object_member (root, "session_a"),
               (const char * const []) { "id", "date", "n", NULL });
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "session_b"), "n"), ==, 6);
  g_assert_cmpuint (count (root, "metrics"), ==, 14);

  /* Average carry: (720 + 1170) / 11 = 171.8 against (465 + 330) / 6 = 132.5. */
  metric = element (root, "metrics", 0);
  assert_keys (metric, (const char * const []) { "metric", "a", "b", "difference", "direction", NULL });
  g_assert_cmpstr (json_object_get_string_member (metric, "metric"), ==, "avg_carry");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (metric, "a"), 1890.0 / 11, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (metric, "b"), 132.5, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (metric, "direction"), ==, "worse");

  /* Face angle has no better side. */
  metric = element (root, "metrics", 6);
  g_assert_cmpstr (json_object_get_string_member (metric, "metric"), ==, "avg_face_angle");
  g_assert_true (json_object_get_null_member (metric, "direction"));

  g_assert_cmpuint (count (root, "clubs"), ==, 1);
  club = element (root, "clubs", 0);
  assert_keys (club, (const char * const []) {
    "club", "n_a", "n_b", "median_carry_a", "median_carry_b", "difference", "direction", NULL });
  g_assert_cmpstr (json_object_get_string_member (club, "club"), ==, "7 Iron");
  g_assert_cmpfloat (json_object_get_double_member (club, "median_carry_a"), ==, 150);
  g_assert_cmpfloat (json_object_get_double_member (club, "difference"), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (club, "direction"), ==, "better");
}

static void
test_score (Fixture       *f,
            gconstpointer  data)
{
  static const char * const part_keys[] = {
    "name", "value", "weight", "n", "rule", "full_marks", "zero_marks", "inputs", NULL
  };
  g_autoptr(JsonNode) node = golf_test_cli_json (&f->dir, "score", "9101", "--json", NULL);
  JsonObject *root = json_node_get_object (node);
  JsonObject *part;
  double sum = 0, weights = 0;

  assert_keys (root, (const char * const []) { "session", "date", "n", "score", "parts", NULL });
  g_assert_cmpuint (count (root, "parts"), ==, 3);

  for (guint p = 0; p < 3; p++)
    {
      part = element (root, "parts", p);
      assert_keys (part, part_keys);
      g_assert_true (json_object_has_member (json_object_get_object_member (part, "inputs"),
                                             p == 1 ? "median_strike_distance" : "clubs"));
      sum += json_object_get_double_member (part, "weight") * json_object_get_double_member (part, "value");
      weights += json_object_get_double_member (part, "weight");
    }

  /* Strikes all 5 mm from the centre: full marks. */
  part = element (root, "parts", 1);
  g_assert_cmpstr (json_object_get_string_member (part, "name"), ==, "strike_centring");
  g_assert_cmpfloat (json_object_get_double_member (part, "value"), ==, 100);
  /* The score explains itself: it is the weighted mean of its parts. */
  g_assert_cmpfloat_with_epsilon (weights, 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "score"), sum, 1e-9);
}

/* Offset in characters of the end of @word in @line. */
static glong
end_of (const char *line,
        const char *word)
{
  const char *at = strstr (line, word);

  g_assert_nonnull (at);
  return g_utf8_pointer_to_offset (line, at) + g_utf8_strlen (word, -1);
}

/* Text: numbers right-aligned under their headers, an em dash for what is
 * missing, the units named. */
static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "gapping", "--units", "si", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  lines = g_strsplit (out, "\n", -1);

  g_assert_true (g_str_has_prefix (lines[0], "CLUB"));
  g_assert_true (g_str_has_prefix (lines[1], "Driver"));
  g_assert_cmpint (end_of (lines[1], "240.0"), ==, end_of (lines[0], "MEDIAN"));
  g_assert_cmpint (end_of (lines[2], "151.5"), ==, end_of (lines[0], "MEDIAN"));
  g_assert_true (g_str_has_prefix (lines[3], "PW"));
  /* PW is the last club: no gap. */
  g_assert_cmpint (end_of (lines[3], "—"), ==, end_of (lines[0], "GAP"));
  g_assert_nonnull (strstr (out, "metres"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "gapping", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "262.5"));
  g_assert_nonnull (strstr (out, "yards"));
}

/* Every command on the sample sessions, both unit systems, JSON and text. */
static void
test_samples (Fixture       *f,
              gconstpointer  data)
{
  const char *samples[] = { "440001", "440002", "440003", "440004" };
  const char *units[] = { "imperial", "si" };
  const char *commands[][4] = {
    { "gapping", NULL }, { "dispersion", "440004", NULL }, { "shapes", "440003", NULL },
    { "trend", "strike_distance", NULL }, { "compare", "440001", "440004", NULL },
    { "score", "440002", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *name = g_strdup_printf ("report-%s.json", samples[i]);
      g_autofree char *path = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", name, NULL);

      import (f, path);
    }

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        g_autoptr(GPtrArray) args = g_ptr_array_new ();
        g_autoptr(JsonNode) node = NULL;
        g_autofree char *text = NULL, *err = NULL;

        for (guint a = 0; commands[i][a] != NULL; a++)
          g_ptr_array_add (args, (gpointer)commands[i][a]);
        g_ptr_array_add (args, (gpointer)"--units");
        g_ptr_array_add (args, (gpointer)units[u]);
        g_ptr_array_add (args, NULL);
        g_test_message ("%s --units %s", commands[i][0], units[u]);

        g_assert_cmpint (golf_test_cli_run_argv (&f->dir, &text, &err, (const char * const *)args->pdata), ==, 0);
        g_assert_cmpstr (err, ==, "");
        g_assert_cmpuint (strlen (text), >, 0);

        g_ptr_array_insert (args, args->len - 1, (gpointer)"--json");
        node = golf_test_cli_json_argv (&f->dir, (const char * const *)args->pdata);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("GOLF_LAB_CLI") == NULL)
    {
      g_printerr ("GOLF_LAB_CLI must name the built golf-lab-cli\n");
      return 1;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/analysis/cli/gapping", test_gapping);
  ADD ("/analysis/cli/gapping-choices", test_gapping_choices);
  ADD ("/analysis/cli/dispersion", test_dispersion);
  ADD ("/analysis/cli/shapes", test_shapes);
  ADD ("/analysis/cli/trend", test_trend);
  ADD ("/analysis/cli/compare", test_compare);
  ADD ("/analysis/cli/score", test_score);
  ADD ("/analysis/cli/text", test_text);
  ADD ("/analysis/cli/samples", test_samples);

  return g_test_run ();
}
