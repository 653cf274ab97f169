/* test-model-cli.c: golf-lab-cli train / model-info / models / use-model / predict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-model-cli"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "golf-distance-model.h"
#include "golf-model-info.h"
#include "golf-shot.h"
#include "golf-store.h"
#include "golf-test-util.h"

typedef struct
{
  char *root;
  char *models;
  char *db;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static GPtrArray *
make_shots (const char *session,
            guint       n,
            guint32     seed)
{
  return golf_test_launch_shots (session, n, seed);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->root = g_dir_make_tmp ("golf-model-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->models = g_build_filename (fixture->root, "models", NULL);
  fixture->db = g_build_filename (fixture->root, "shots.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  golf_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->models);
  g_free (fixture->db);
}

static void
fill_database (Fixture *fixture,
               guint    n_sessions)
{
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = golf_store_new (fixture->db, &error);
  g_assert_no_error (error);
  for (guint s = 0; s < n_sessions; s++)
    {
      g_autofree char *session = g_strdup_printf ("session-%u", s);
      g_autoptr(GPtrArray) shots = make_shots (session, 60, s + 1);

      g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
      g_assert_no_error (error);
    }
}

/* Runs golf-lab-cli with --db and --models-dir of the fixture. */
static void
run_cli (Fixture    *fixture,
         Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("GOLF_LAB_CLI");
  gboolean json = FALSE;
  va_list ap;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (gpointer)cli);
  g_ptr_array_add (args, (gpointer)"--db");
  g_ptr_array_add (args, fixture->db);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    {
      g_ptr_array_add (args, (gpointer)arg);
      json |= strcmp (arg, "--json") == 0;
    }
  va_end (ap);
  g_ptr_array_add (args, (gpointer)"--models-dir");
  g_ptr_array_add (args, fixture->models);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char * const *)args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);

  /* Scripts read this output: it must be strict JSON. */
  if (json && run->status == 0)
    golf_test_assert_strict_json (run->out);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

/* Trains in-process into the fixture's models folder. */
static char *
publish_model (Fixture *fixture,
               guint32  seed)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GError) error = NULL;
  GolfTrainParams params;
  char *version;

  for (guint s = 0; s < 6; s++)
    {
      g_autofree char *session = g_strdup_printf ("s%u-%u", seed, s);
      g_autoptr(GPtrArray) part = make_shots (session, 50, seed * 10 + s);

      g_ptr_array_extend_and_steal (shots, g_steal_pointer (&part));
    }
  golf_train_params_init (&params);
  params.n_trees = 40;
  model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  version = golf_distance_model_publish (model, fixture->models, &error);
  g_assert_no_error (error);
  return version;
}

static void
test_train (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *info;
  double mae;

  fill_database (fixture, 8);
  run_cli (fixture, &first, "train", "--json", NULL);
  g_assert_cmpint (first.status, ==, 0);
  info = parse_object (parser, first.out);
  g_assert_cmpstr (json_object_get_string_member (info, "version"), ==, "1.0.0");
  g_assert_cmpstr (json_object_get_string_member (info, "target"), ==, "carry");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (info, "features")), ==, 6);
  mae = json_object_get_double_member (json_object_get_object_member (info, "metrics"), "mae");
  g_assert_cmpfloat (mae, >, 1.0);
  g_assert_cmpfloat (mae, <, 6.0);
  /* It says which backend trained, and why. */
  g_assert_nonnull (strstr (first.err, golf_distance_model_get_backend_name ()));
  g_assert_nonnull (strstr (first.err, golf_distance_model_get_backend_reason ()));

  /* Without --json, a short summary a person reads. */
  run_cli (fixture, &second, "train", NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_nonnull (strstr (second.out, "Trained carry model 1.1.0 on "));
  g_assert_nonnull (strstr (second.out, " yd"));
  g_assert_null (strstr (second.out, "{"));
}

static void
test_train_not_enough (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = make_shots ("small", 30, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *active = NULL;

  store = golf_store_new (fixture->db, &error);
  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  g_assert_no_error (error);

  run_cli (fixture, &run, "train", "--target", "carry", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Only 30 of 30 shots"));
  active = golf_distance_model_build_active_path (fixture->models, GOLF_MODEL_TARGET_CARRY);
  g_assert_false (g_file_test (active, G_FILE_TEST_EXISTS));
}

static void
test_model_info (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *version = publish_model (fixture, 5);
  g_autofree char *active = golf_distance_model_build_active_path (fixture->models, GOLF_MODEL_TARGET_CARRY);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) none = { 0 };
  JsonObject *info;

  run_cli (fixture, &text, "model-info", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Version:   1.0.0 (active)"));
  g_assert_nonnull (strstr (text.out, "MAE"));
  g_assert_nonnull (strstr (text.out, "ball_speed"));

  /* The model file itself is not needed. */
  g_assert_cmpint (g_unlink (active), ==, 0);
  run_cli (fixture, &json, "model-info", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  info = parse_object (parser, json.out);
  g_assert_cmpstr (json_object_get_string_member (info, "version"), ==, version);
  g_assert_true (json_object_has_member (info, "prediction_interval"));
  g_assert_true (json_object_has_member (info, "data_fingerprint"));

  run_cli (fixture, &none, "model-info", "--target", "total", NULL);
  g_assert_cmpint (none.status, ==, 1);
  g_assert_nonnull (strstr (none.err, "train"));
}

static void
test_models_and_use_model (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *v1 = publish_model (fixture, 7);
  g_autofree char *v2 = publish_model (fixture, 8);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) list = { 0 };
  g_auto(Run) use = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) bad = { 0 };
  JsonObject *root;

  g_assert_cmpstr (v2, ==, "1.1.0");
  run_cli (fixture, &list, "models", "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);
  root = parse_object (parser, list.out);
  g_assert_cmpstr (json_object_get_string_member (root, "active"), ==, "1.1.0");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (root, "versions")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (root, "backend"), ==, golf_distance_model_get_backend_name ());

  run_cli (fixture, &use, "use-model", "1.0.0", NULL);
  g_assert_cmpint (use.status, ==, 0);
  run_cli (fixture, &again, "models", NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "* 1.0.0"));
  g_assert_nonnull (strstr (again.out, "  1.1.0"));

  run_cli (fixture, &bad, "use-model", "4.2.0", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "4.2.0"));
}

static void
test_predict (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *version = publish_model (fixture, 9);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) full = { 0 };
  g_auto(Run) partial = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) missing = { 0 };
  JsonObject *a, *b;
  double value, expected;

  /* 134 mph = 59.9 m/s; the law gives 3.1 * 59.9 * ... m, in yards. */
  expected = 3.1 * 134 * 0.44704 * (1 + 0.01 * -3 - 0.0006 * 9) * (1 - 0.00004 * 500) / 0.9144;
  run_cli (fixture, &full, "predict", "--ball-speed", "134", "--launch-angle", "12", "--back-spin", "3000",
           "--club-speed", "95.7", "--attack-angle", "-1", "--dynamic-loft", "15", "--json", NULL);
  g_assert_cmpint (full.status, ==, 0);
  a = parse_object (parser, full.out);
  value = json_object_get_double_member (a, "value");
  g_assert_cmpstr (json_object_get_string_member (a, "units"), ==, "yd");
  g_assert_cmpfloat (fabs (value - expected), <, 12.0);
  g_assert_cmpfloat (json_object_get_double_member (a, "confidence"), ==, 1.0);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (a, "interval_80")), ==, 2);
  g_assert_cmpfloat (json_array_get_double_element (json_object_get_array_member (a, "interval_80"), 0), <, value);
  g_assert_true (json_object_has_member (json_object_get_object_member (a, "importance"), "ball_speed"));
  g_assert_cmpstr (json_object_get_string_member (a, "model_version"), ==, version);

  g_clear_object (&parser);
  parser = json_parser_new ();
  run_cli (fixture, &partial, "predict", "--ball-speed", "134", "--launch-angle", "12",
           "--back-spin", "3000", "--json", NULL);
  g_assert_cmpint (partial.status, ==, 0);
  b = parse_object (parser, partial.out);
  g_assert_cmpfloat (json_object_get_double_member (b, "confidence"), <, 1.0);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (b, "estimated")), ==, 3);

  run_cli (fixture, &text, "predict", "--ball-speed", "134", "--units", "imperial", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Carry:"));
  g_assert_nonnull (strstr (text.out, "yd"));
  g_assert_nonnull (strstr (text.out, "Confidence:"));

  run_cli (fixture, &missing, "predict", "--launch-angle", "12", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "--ball-speed"));
}

static void
test_predict_without_model (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_auto(Run) run = { 0 };

  run_cli (fixture, &run, "predict", "--ball-speed", "150", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "golf-lab-cli train"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model-cli/train", Fixture, NULL, fixture_set_up, test_train, fixture_tear_down);
  g_test_add ("/model-cli/train-not-enough", Fixture, NULL,
              fixture_set_up, test_train_not_enough, fixture_tear_down);
  g_test_add ("/model-cli/model-info", Fixture, NULL,
              fixture_set_up, test_model_info, fixture_tear_down);
  g_test_add ("/model-cli/models-use-model", Fixture, NULL,
              fixture_set_up, test_models_and_use_model, fixture_tear_down);
  g_test_add ("/model-cli/predict", Fixture, NULL, fixture_set_up, test_predict, fixture_tear_down);
  g_test_add ("/model-cli/predict-without-model", Fixture, NULL,
              fixture_set_up, test_predict_without_model, fixture_tear_down);

  return g_test_run ();
}
