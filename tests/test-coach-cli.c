/* test-coach-cli.c: players, notes, tags and bundles through golf-lab-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "golf-test-analysis.h"

typedef struct
{
  GolfTestDir  dir;
  char        *ann_report;
  char        *bo_report;
} Fixture;

/* Ann (left-handed), 2026-04-02: a Driver and five 7 Irons around 150 m,
 * the first with face 3° and path −1°. */
static const GolfTestReportShot ann_shots[] = {
  { "DRIVER", 230, 70, 50, 0, 0, -5 }, { "DRIVER", 240, 70, 50, 0, 0, 0 },
  { "DRIVER", 250, 70, 50, 0, 0, 5 },
  { "IRON7", 150, 50, 37, 3, -1, 0 }, { "IRON7", 152, 50, 37, 0, 0, 1 },
  { "IRON7", 148, 50, 37, 0, 0, -1 }, { "IRON7", 151, 50, 37, 0, 0, 2 },
  { "IRON7", 149, 50, 37, 0, 0, -2 },
};
#define ANN_IRON_152 "9201_4_5"

/* Bo (right-handed), 2026-04-03: three 7 Irons far longer, the same face
 * and path on the first, and a PW. */
static const GolfTestReportShot bo_shots[] = {
  { "IRON7", 170, 55, 39, 3, -1, 0 }, { "IRON7", 172, 55, 39, 0, 0, 0 },
  { "IRON7", 171, 55, 39, 0, 0, 0 },
  { "WEDGE_PITCHING", 110, 40, 33, 0, 0, 0 }, { "WEDGE_PITCHING", 111, 40, 33, 0, 0, 0 },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  golf_test_dir_init (&f->dir);
  f->ann_report = golf_test_write_report (&f->dir, "9201", "2026-04-02", ann_shots, G_N_ELEMENTS (ann_shots));
  f->bo_report = golf_test_write_report (&f->dir, "9202", "2026-04-03", bo_shots, G_N_ELEMENTS (bo_shots));

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "player-add", "Ann", "--left-handed", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Added player “Ann” (left-handed)"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "player-add", "Bo", NULL), ==, 0);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "import", f->ann_report, "--player", "ann", NULL), ==, 0);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "import", f->bo_report, "--player", "Bo", NULL), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->ann_report);
  g_free (f->bo_report);
  golf_test_dir_clear (&f->dir);
}

static JsonArray *
run_json_array (Fixture    *f,
                JsonNode  **root,
                const char *command,
                const char *arg)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { command, "--json", arg, NULL };

  g_assert_cmpint (golf_test_cli_run_argv (&f->dir, &out, &err, args), ==, 0);
  *root = golf_test_parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (*root));

  return json_node_get_array (*root);
}

/* The gapping entry of @club, in metres. */
static JsonObject *
gapping_club (JsonNode   *root,
              const char *club)
{
  JsonArray *clubs = json_object_get_array_member (json_node_get_object (root), "clubs");

  for (guint i = 0; i < json_array_get_length (clubs); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (clubs, i), "club"), club) == 0)
      return json_array_get_object_element (clubs, i);

  return NULL;
}

static void
test_players (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL, *err = NULL;
  JsonArray *players;
  JsonObject *ann;

  players = run_json_array (f, &root, "players", NULL);
  g_assert_cmpuint (json_array_get_length (players), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (players, 0), "name"), ==, "Me");
  ann = json_array_get_object_element (players, 1);
  g_assert_cmpstr (json_object_get_string_member (ann, "name"), ==, "Ann");
  g_assert_cmpstr (json_object_get_string_member (ann, "hand"), ==, "left");
  g_assert_cmpint (json_object_get_int_member (ann, "sessions"), ==, 1);

  /* Names are unique in any case; an unknown one says how to add it. */
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "player-add", "ANN", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already a player called “Ann”"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "import", f->ann_report, "--player", "Cy", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No player is named “Cy”; the players are “Me”, “Ann”, “Bo”. "
                                 "Add one with: golf-lab-cli player-add \"Cy\""));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "sessions", "--player", "Cy", NULL), ==, 1);

  /* A session already Ann's is not taken over by another player's import. */
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "import", f->ann_report, "--player", "Bo", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Session “9201” belongs to Ann, not Bo"));

  /* Sessions show their player, and --player keeps one player's. */
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "sessions", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "PLAYER"));
  g_assert_nonnull (strstr (out, "  Ann  "));
  g_clear_pointer (&root, json_node_unref);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "sessions", "--player", "bo", "--json", NULL), ==, 0);
  root = golf_test_parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (root), 0),
                                                  "player"), ==, "Bo");
}

/* One student's numbers never take in another's shots. */
static void
test_player_isolation (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(JsonNode) ann = golf_test_cli_json (&f->dir, "gapping", "--player", "Ann", "--json", "--units", "si", NULL);
  g_autoptr(JsonNode) bo = golf_test_cli_json (&f->dir, "gapping", "--player", "Bo", "--json", "--units", "si", NULL);
  g_autoptr(JsonNode) trend = NULL;
  g_autofree char *out = NULL, *err = NULL;
  JsonObject *iron;
  JsonArray *points;

  iron = gapping_club (ann, "7 Iron");
  g_assert_cmpint (json_object_get_int_member (iron, "n"), ==, 5);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (iron, "median_carry"), 150, 1e-9);
  g_assert_nonnull (gapping_club (ann, "Driver"));
  g_assert_null (gapping_club (ann, "PW"));

  iron = gapping_club (bo, "7 Iron");
  g_assert_cmpint (json_object_get_int_member (iron, "n"), ==, 3);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (iron, "median_carry"), 171, 1e-9);
  g_assert_null (gapping_club (bo, "Driver"));

  /* Several players and no choice: asked whose, nothing pooled. */
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "gapping", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "several players' sessions (“Me”, “Ann”, “Bo”); say whose with --player NAME"));
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "trend", "carry", NULL), ==, 2);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "gapping", "--player", "Ann", "--session", "9202", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Session 9202 is not Ann's"));

  trend = golf_test_cli_json (&f->dir, "trend", "carry", "--player", "Bo", "--club", "7 Iron", "--json", NULL);
  points = json_object_get_array_member (json_node_get_object (trend), "points");
  g_assert_cmpuint (json_array_get_length (points), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (points, 0), "session"), ==, "9202");
}

static void
assert_iron (Fixture *f,
             gint64   n,
             gint64   set_aside,
             double   median)
{
  g_autoptr(JsonNode) root = golf_test_cli_json (&f->dir, "gapping", "--player", "Ann", "--json", "--units", "si", NULL);
  JsonObject *iron = gapping_club (root, "7 Iron");

  g_assert_cmpint (json_object_get_int_member (iron, "n"), ==, n);
  g_assert_cmpint (json_object_get_int_member (iron, "set_aside"), ==, set_aside);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (iron, "median_carry"), median, 1e-9);
}

/* Tagging a shot "mishit" sets it aside in the analytics; untagging
 * brings it back. */
static void
test_mishit_tag_sets_aside (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL, *err = NULL;
  JsonObject *shot = NULL;
  JsonArray *shots;
  JsonArray *tags;

  assert_iron (f, 5, 0, 150);

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "tag", ANN_IRON_152, "mishit", "--comment", "thin, off the toe", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "set it aside"));
  assert_iron (f, 4, 1, 149.5);

  shots = run_json_array (f, &root, "shots", "9201");
  for (guint i = 0; i < json_array_get_length (shots); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (shots, i), "id"), ANN_IRON_152) == 0)
      shot = json_array_get_object_element (shots, i);
  g_assert_nonnull (shot);
  tags = json_object_get_array_member (shot, "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "mishit");
  g_assert_cmpstr (json_object_get_string_member (shot, "comment"), ==, "thin, off the toe");
  g_assert_cmpstr (json_object_get_string_member (shot, "set_aside"), ==, "yes");
  g_assert_true (json_object_has_member (json_array_get_object_element (shots, 0), "tags"));
  g_assert_true (json_object_get_null_member (json_array_get_object_element (shots, 0), "comment"));

  /* Another tag does not change the analytics; taking "mishit" off does. */
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "tag", ANN_IRON_152, "drill", NULL), ==, 0);
  assert_iron (f, 4, 1, 149.5);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "untag", ANN_IRON_152, "mishit", NULL), ==, 0);
  assert_iron (f, 5, 0, 150);

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "tag", "9201_nope", "good", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "9201_nope"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "tag", ANN_IRON_152, NULL), ==, 2);
}

/* Shapes are named for the session's player's hand. */
static void
test_player_hand_names_shapes (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(JsonNode) ann = golf_test_cli_json (&f->dir, "shapes", "9201", "--json", NULL);
  g_autoptr(JsonNode) bo = golf_test_cli_json (&f->dir, "shapes", "9202", "--json", NULL);
  JsonArray *ann_shots_json = json_object_get_array_member (json_node_get_object (ann), "shots");
  JsonArray *bo_shots_json = json_object_get_array_member (json_node_get_object (bo), "shots");
  g_autofree char *out = NULL, *err = NULL;

  /* Face 3°, path −1°: a push fade for Bo, a pull draw for left-handed Ann. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bo_shots_json, 0), "shape"), ==,
                   "push fade");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ann_shots_json, 3), "shape"), ==,
                   "pull draw");
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "shapes", "9201", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "named for a left-handed"));
}

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "note", "9201", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Session 9201 has no notes"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "note", "9201", "Ball back in the stance", NULL), ==, 0);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "note", "9201", "Grip lighter\nTempo 3:1", NULL), ==, 0);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "note", "9201", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Grip lighter\nTempo 3:1\n(written 20"));
  g_assert_nonnull (strstr (out, "Earlier (written 20"));
  g_assert_nonnull (strstr (out, "Ball back in the stance"));

  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "note", "9201", "", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Removed the notes of session 9201"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "note", "9299", "x", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "There is no session “9299”"));
}

/* A student's bundle to the coach and back, through the command line. */
static void
test_bundles_both_ways (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(GolfTestDir) student = { 0 };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *to_coach = NULL, *to_student = NULL;
  g_autoptr(JsonNode) sessions = NULL;
  g_autoptr(JsonNode) shots = NULL;
  const char *student_args[] = { "import", f->ann_report, NULL };
  const char *export_args[] = { "export", "9201", "--format", "golfsession", "-o", NULL, NULL };
  const char *import_args[] = { "import", NULL, NULL };
  const char *note_args[] = { "note", "9201", "Feels good", NULL };
  JsonObject *shot;

  /* The student has the session on their own ("Me") and sends it. */
  golf_test_dir_init (&student);
  to_coach = g_build_filename (student.dir, "to-coach.golfsession", NULL);
  to_student = g_build_filename (student.dir, "to-student.golfsession", NULL);
  g_assert_cmpint (golf_test_cli_run_argv (&student, &out, &err, student_args), ==, 0);
  g_assert_cmpint (golf_test_cli_run_argv (&student, &out, &err, note_args), ==, 0);
  export_args[5] = to_coach;
  g_assert_cmpint (golf_test_cli_run_argv (&student, &out, &err, export_args), ==, 0);

  /* The coach already has it under Ann: importing it for her updates it. */
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "import", to_coach, "--player", "Ann", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "0 new"));
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "tag", ANN_IRON_152, "mishit", NULL), ==, 0);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "note", "9201", "Coach: check the ball position", NULL), ==, 0);
  g_assert_cmpint (golf_test_cli_run (&f->dir, &out, &err, "export", "9201", "--format", "golfsession", "-o", to_student, NULL), ==, 0);

  /* Back at the student's: the tag and notes, the same shots, still "Me". */
  import_args[1] = to_student;
  g_assert_cmpint (golf_test_cli_run_argv (&student, &out, &err, import_args), ==, 0);
  g_assert_nonnull (strstr (out, "0 new, 1 updated"));
  {
    const char *args[] = { "sessions", "--json", NULL };

    g_assert_cmpint (golf_test_cli_run_argv (&student, &out, &err, args), ==, 0);
    sessions = golf_test_parse_json (out);
  }
  g_assert_cmpuint (json_array_get_length (json_node_get_array (sessions)), ==, 1);
  shot = json_array_get_object_element (json_node_get_array (sessions), 0);
  g_assert_cmpstr (json_object_get_string_member (shot, "player"), ==, "Me");
  g_assert_cmpstr (json_object_get_string_member (shot, "notes"), ==, "Coach: check the ball position");
  g_assert_cmpint (json_object_get_int_member (shot, "shot_count"), ==, G_N_ELEMENTS (ann_shots));
  {
    const char *args[] = { "note", "9201", NULL };

    g_assert_cmpint (golf_test_cli_run_argv (&student, &out, &err, args), ==, 0);
    g_assert_nonnull (strstr (out, "Earlier (written 20"));
    g_assert_nonnull (strstr (out, "Feels good"));
  }
  {
    const char *args[] = { "shots", "9201", "--json", NULL };

    g_assert_cmpint (golf_test_cli_run_argv (&student, &out, &err, args), ==, 0);
    shots = golf_test_parse_json (out);
  }
  shot = json_array_get_object_element (json_node_get_array (shots), 4);
  g_assert_cmpstr (json_object_get_string_member (shot, "id"), ==, ANN_IRON_152);
  g_assert_cmpstr (json_object_get_string_member (shot, "set_aside"), ==, "yes");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/coach-cli/players", test_players);
  ADD ("/coach-cli/player-isolation", test_player_isolation);
  ADD ("/coach-cli/mishit-tag-sets-aside", test_mishit_tag_sets_aside);
  ADD ("/coach-cli/player-hand-names-shapes", test_player_hand_names_shapes);
  ADD ("/coach-cli/notes", test_notes);
  ADD ("/coach-cli/bundles-both-ways", test_bundles_both_ways);

#undef ADD

  return g_test_run ();
}
