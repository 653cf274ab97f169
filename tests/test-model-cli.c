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
#include "golf-test-model.h"
#include "golf-test-util.h"

typedef struct
{
  GolfTestModels base;
  char          *db;
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  golf_test_models_set_up (&fixture->base, user_data);
  fixture->db = g_build_filename (fixture->base.root, "shots.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  golf_test_models_tear_down (&fixture->base, user_data);
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
      g_autoptr(GPtrArray) shots = golf_test_launch_shots (session, 60, s + 1);

      g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
      g_assert_no_error (error);
    }
}

/* Starts golf-lab-cli with @args; with --db and --models-dir of the
 * fixture unless @args names them (or says --no-db, --no-models-dir for
 * the defaults). @env, when given, is its whole environment. */
static GSubprocess *
start_cli (Fixture            *fixture,
           const char * const *env,
           const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("GOLF_LAB_CLI");
  gboolean has_db = FALSE, has_models = FALSE;
  GSubprocess *process;

  g_assert_nonnull (cli);
  for (guint i = 0; args[i] != NULL; i++)
    {
      has_db |= strcmp (args[i], "--db") == 0 || strcmp (args[i], "--no-db") == 0;
      has_models |= strcmp (args[i], "--models-dir") == 0 || strcmp (args[i], "--no-models-dir") == 0;
    }
  g_ptr_array_add (argv, (gpointer)cli);
  if (!has_db)
    {
      g_ptr_array_add (argv, (gpointer)"--db");
      g_ptr_array_add (argv, fixture->db);
    }
  for (guint i = 0; args[i] != NULL; i++)
    if (strcmp (args[i], "--no-models-dir") != 0 && strcmp (args[i], "--no-db") != 0)
      g_ptr_array_add (argv, (gpointer)args[i]);
  if (!has_models)
    {
      g_ptr_array_add (argv, (gpointer)"--models-dir");
      g_ptr_array_add (argv, fixture->base.models);
    }
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (env != NULL)
    g_subprocess_launcher_set_environ (launcher, (char **)env);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

static void
finish_cli (GSubprocess        *process,
            const char * const *args,
            Run                *run)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);

  /* Scripts read this output: it must be strict JSON. */
  if (g_strv_contains (args, "--json") && run->status == 0)
    golf_test_assert_strict_json (run->out);
}

static void
run_cli_env (Fixture            *fixture,
             Run                *run,
             const char * const *env,
             const char * const *args)
{
  g_autoptr(GSubprocess) process = start_cli (fixture, env, args);

  finish_cli (process, args, run);
}

/* Runs golf-lab-cli as start_cli() starts it. */
static void
run_cli (Fixture    *fixture,
         Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_cli_env (fixture, run, NULL, (const char * const *)args->pdata);
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
      g_autoptr(GPtrArray) part = golf_test_launch_shots (session, 50, seed * 10 + s);

      g_ptr_array_extend_and_steal (shots, g_steal_pointer (&part));
    }
  golf_train_params_init (&params);
  params.n_trees = 40;
  model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  version = golf_distance_model_publish (model, fixture->base.models, &error);
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
  g_autoptr(GPtrArray) shots = golf_test_launch_shots ("small", 30, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *active = NULL;

  store = golf_store_new (fixture->db, &error);
  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  g_assert_no_error (error);

  run_cli (fixture, &run, "train", "--target", "carry", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Only 30 of 30 shots"));
  active = golf_distance_model_build_active_path (fixture->base.models, GOLF_MODEL_TARGET_CARRY);
  g_assert_false (g_file_test (active, G_FILE_TEST_EXISTS));
}

static void
test_model_info (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *version = publish_model (fixture, 5);
  g_autofree char *active = golf_distance_model_build_active_path (fixture->base.models, GOLF_MODEL_TARGET_CARRY);
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

/* Metadata is outside data: numbers no model could score are left out of
 * the text, never printed as "inf". */
static void
test_model_info_absurd_numbers (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autofree char *version G_GNUC_UNUSED = publish_model (fixture, 5);
  g_autofree char *sidecar = golf_test_history_path (fixture->base.models, "1.0.0", ".metadata.json");
  g_autofree char *data = NULL;
  g_autoptr(GRegex) metric = g_regex_new ("(\"(mae|cv_mae|ball_speed)\" *: *)[-0-9.eE+]+", 0, 0, NULL);
  g_autoptr(GRegex) interval = g_regex_new ("(\"80\" *: *\\[)[^]]*", 0, 0, NULL);
  g_autofree char *absurd_metrics = NULL;
  g_autofree char *absurd = NULL;
  g_auto(Run) text = { 0 };

  g_assert_true (g_file_get_contents (sidecar, &data, NULL, NULL));
  absurd_metrics = g_regex_replace (metric, data, -1, 0, "\\g<1>1.7e308", 0, NULL);
  absurd = g_regex_replace (interval, absurd_metrics, -1, 0, "\\g<1>-1.7e308, 1.7e308", 0, NULL);
  g_assert_cmpstr (absurd_metrics, !=, data);
  g_assert_cmpstr (absurd, !=, absurd_metrics);
  g_assert_true (g_file_set_contents (sidecar, absurd, -1, NULL));

  run_cli (fixture, &text, "model-info", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_test_message ("%s", text.out);
  g_assert_nonnull (strstr (text.out, "Version:   1.0.0"));
  g_assert_null (strstr (text.out, "inf"));
  g_assert_null (strstr (text.out, "1.7e"));
  g_assert_nonnull (strstr (text.out, "ball_speed"));
}

static void
test_models_and_use_model (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *v1 G_GNUC_UNUSED = publish_model (fixture, 7);
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
  g_assert_nonnull (strstr (again.out, "\n*  1.0.0  "));
  g_assert_nonnull (strstr (again.out, "\n   1.1.0  "));

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

/* ------------------------------------------------------------------ */
/* Hardening */

/* A copy of the active model elsewhere is not the active model. */
static void
test_model_info_outside (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *version G_GNUC_UNUSED = publish_model (fixture, 11);
  g_autofree char *active = golf_distance_model_build_active_path (fixture->base.models, GOLF_MODEL_TARGET_CARRY);
  g_autofree char *active_sidecar = golf_model_info_sidecar_path (active);
  g_autofree char *copy = g_build_filename (fixture->base.root, "copy.json", NULL);
  g_autofree char *copy_sidecar = golf_model_info_sidecar_path (copy);
  g_autofree char *data = NULL;
  gsize length;
  g_auto(Run) outside = { 0 };
  g_auto(Run) by_path = { 0 };
  g_auto(Run) plain = { 0 };
  g_auto(Run) missing = { 0 };

  g_assert_true (g_file_get_contents (active, &data, &length, NULL));
  g_assert_true (g_file_set_contents (copy, data, length, NULL));
  g_clear_pointer (&data, g_free);
  g_assert_true (g_file_get_contents (active_sidecar, &data, &length, NULL));
  g_assert_true (g_file_set_contents (copy_sidecar, data, length, NULL));

  run_cli (fixture, &outside, "model-info", copy, NULL);
  g_assert_cmpint (outside.status, ==, 0);
  g_assert_nonnull (strstr (outside.out, "Version:   1.0.0\n"));
  g_assert_null (strstr (outside.out, "(active)"));

  run_cli (fixture, &by_path, "model-info", active, NULL);
  g_assert_nonnull (strstr (by_path.out, "Version:   1.0.0 (active)"));
  run_cli (fixture, &plain, "model-info", NULL);
  g_assert_nonnull (strstr (plain.out, "Version:   1.0.0 (active)"));

  /* A file that is not there is named, not the models folder. */
  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (g_unlink (copy_sidecar), ==, 0);
  run_cli (fixture, &missing, "model-info", copy, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "There is no model file"));
  g_assert_nonnull (strstr (missing.err, "copy.json"));
}

/* Inputs no launch monitor measures are a usage error naming the limit
 * in the user's units; never a prediction that is not a number. */
static void
test_predict_implausible (Fixture       *fixture,
                          gconstpointer  user_data)
{
  static const struct { const char *option, *value, *units, *says; } cases[] = {
    { "--ball-speed", "1e308", "imperial", "--ball-speed 1e+308 mph is outside what a launch monitor measures (0 to 335.5 mph)" },
    { "--ball-speed", "1e308", "si", "(0 to 150 m/s)" },
    { "--ball-speed", "inf", "si", "(0 to 150 m/s)" },
    { "--launch-angle", "95", "si", "--launch-angle 95° is outside what a launch monitor measures (-90 to 90°)" },
    { "--back-spin", "-1e9", "imperial", "(-20000 to 20000 rpm)" },
    { "--club-speed", "400", "imperial", "(0 to 335.5 mph)" },
  };
  g_autofree char *version G_GNUC_UNUSED = publish_model (fixture, 13);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *speed = strcmp (cases[i].option, "--ball-speed") == 0 ? "--club-speed" : "--ball-speed";
      g_auto(Run) run = { 0 };

      run_cli (fixture, &run, "predict", speed, "40", cases[i].option, cases[i].value,
               "--units", cases[i].units, "--json", NULL);
      g_assert_cmpint (run.status, ==, 2);
      if (strstr (run.err, cases[i].says) == NULL)
        g_error ("“%s” does not say “%s”", run.err, cases[i].says);
      g_assert_cmpstr (run.out, ==, "");
    }
}

/* A model file changed after training is refused, and the message says
 * how to use it anyway. */
static void
test_predict_modified (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *v1 G_GNUC_UNUSED = publish_model (fixture, 17);
  g_autofree char *v2 G_GNUC_UNUSED = publish_model (fixture, 19);
  g_autofree char *first = golf_test_history_path (fixture->base.models, "1.0.0", ".json");
  g_autofree char *active = golf_distance_model_build_active_path (fixture->base.models, GOLF_MODEL_TARGET_CARRY);
  g_autofree char *data = NULL;
  gsize length;
  g_auto(Run) refused = { 0 };
  g_auto(Run) accepted = { 0 };
  g_auto(Run) damaged = { 0 };

  g_assert_true (g_file_get_contents (first, &data, &length, NULL));
  g_assert_true (g_file_set_contents (active, data, length, NULL));

  run_cli (fixture, &refused, "predict", "--ball-speed", "134", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "does not match the checksum"));
  g_assert_nonnull (strstr (refused.err, "golf-lab-cli predict --accept-modified-model"));
  /* Refused is refused: nothing says the model was used. */
  g_assert_null (strstr (refused.err, "Using model"));

  run_cli (fixture, &accepted, "predict", "--ball-speed", "134", "--accept-modified-model", "--json", NULL);
  g_assert_cmpint (accepted.status, ==, 0);
  g_assert_nonnull (strstr (accepted.err, "changed after training"));
  /* Said to the person, not in GLib's log format. */
  g_assert_true (g_str_has_prefix (accepted.err, "golf-lab-cli: Using model"));
  g_assert_null (strstr (accepted.err, "WARNING **"));

  /* A damaged file fails its checksum too, but accepting it would not
   * help: no hint, and nothing about using it. */
  g_assert_true (g_file_set_contents (active, data, length / 2, NULL));
  run_cli (fixture, &damaged, "predict", "--ball-speed", "134", NULL);
  g_assert_cmpint (damaged.status, ==, 1);
  g_assert_nonnull (strstr (damaged.err, "damaged"));
  g_assert_null (strstr (damaged.err, "--accept-modified-model"));
  g_assert_null (strstr (damaged.err, "Using model"));
}

/* 100,000 levels of nesting: a clear message from each command, never a
 * crash. */
static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *version G_GNUC_UNUSED = publish_model (fixture, 23);
  g_autofree char *model = golf_test_history_path (fixture->base.models, "1.0.0", ".json");
  g_autofree char *sidecar = golf_test_history_path (fixture->base.models, "1.0.0", ".metadata.json");
  g_autofree char *deep_sidecar = golf_test_nested_json ("{\"version\": \"1.0.0\", \"features\": [], \"x\": ", 100000, "}");
  g_autofree char *deep_model = golf_test_nested_json ("{\"learner\": ", 100000, "}");
  g_auto(Run) info = { 0 };
  g_auto(Run) models = { 0 };
  g_auto(Run) predict = { 0 };

  g_assert_true (g_file_set_contents (sidecar, deep_sidecar, -1, NULL));
  run_cli (fixture, &info, "model-info", NULL);
  g_assert_cmpint (info.status, ==, 1);
  g_assert_nonnull (strstr (info.err, "is malformed: not valid JSON: the data is nested more than 256 levels deep"));

  run_cli (fixture, &models, "models", "--json", NULL);
  g_assert_cmpint (models.status, ==, 0);
  g_assert_nonnull (strstr (models.err, "Skipping model version"));
  g_assert_nonnull (strstr (models.err, "nested more than"));

  g_assert_true (g_file_set_contents (model, deep_model, -1, NULL));
  run_cli (fixture, &predict, "predict", "--ball-speed", "134", NULL);
  g_assert_cmpint (predict.status, ==, 1);
  g_assert_nonnull (strstr (predict.err, "nested more than 64 levels deep"));
}

static char *
sidecar_with_features (guint n)
{
  GString *out = g_string_new ("{\"version\": \"1.0.0\", \"features\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s\"input_%u\"", i > 0 ? ", " : "", i);
  g_string_append (out, "], \"feature_importance\": {");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s\"input_%u\": %g", i > 0 ? ", " : "", i, 1.0 / n);
  g_string_append (out, "}}");
  return g_string_free (out, FALSE);
}

/* A sidecar beyond the cap is refused with a clear message; 10,000
 * features read in linear time. */
static void
test_many_features (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *sidecar = g_build_filename (fixture->base.root, "wide.metadata.json", NULL);
  g_autofree char *model = g_build_filename (fixture->base.root, "wide.json", NULL);
  g_autofree char *huge = sidecar_with_features (100000);
  g_autofree char *wide = sidecar_with_features (10000);
  g_auto(Run) refused = { 0 };
  g_auto(Run) read = { 0 };
  gint64 start;
  double seconds;

  g_assert_true (g_file_set_contents (sidecar, huge, -1, NULL));
  run_cli (fixture, &refused, "model-info", model, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "more than Golf Lab ever writes (at most 1.0"));

  g_assert_true (g_file_set_contents (sidecar, wide, -1, NULL));
  start = g_get_monotonic_time ();
  run_cli (fixture, &read, "model-info", model, NULL);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_cmpint (read.status, ==, 0);
  g_assert_nonnull (strstr (read.out, "input_9999 0%"));
  g_test_message ("model-info with 10,000 features: %.3f s", seconds);
  /* Milliseconds when linear; a busy machine is allowed a lot. */
  g_assert_cmpfloat (seconds, <, 3.0);
}

/* Four trainings into one folder at once, each holding the folder while
 * it publishes: four versions, each model with its own sidecar. */
static void
test_concurrent_train (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "GOLF_LAB_TEST_PUBLISH_DELAY_MS", "150", TRUE);
  GSubprocess *processes[4];
  char seed_text[4][8];
  g_autoptr(GHashTable) versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seeds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GolfDistanceModel) active = NULL;
  g_autofree char *active_version = NULL;
  g_autofree char *active_path = NULL;
  g_autoptr(GError) error = NULL;

  fill_database (fixture, 4);
  for (guint i = 0; i < 4; i++)
    {
      const char *argv[] = { "train", "--seed", NULL, "--json", NULL };

      g_snprintf (seed_text[i], sizeof seed_text[i], "%u", i + 1);
      argv[2] = seed_text[i];
      processes[i] = start_cli (fixture, (const char * const *)env, argv);
    }
  for (guint i = 0; i < 4; i++)
    {
      const char *argv[] = { "train", "--json", NULL };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_auto(Run) run = { 0 };
      JsonObject *info;

      finish_cli (processes[i], argv, &run);
      g_object_unref (processes[i]);
      g_assert_cmpint (run.status, ==, 0);
      info = parse_object (parser, run.out);
      g_assert_true (g_hash_table_add (versions, g_strdup (json_object_get_string_member (info, "version"))));
    }
  g_assert_cmpuint (g_hash_table_size (versions), ==, 4);

  /* History: four versions, each model file the one its sidecar names,
   * each from another training. */
  history = golf_distance_model_list_versions (fixture->base.models, GOLF_MODEL_TARGET_CARRY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  for (guint i = 0; i < history->len; i++)
    {
      GolfModelInfo *info = g_ptr_array_index (history, i);
      const char *version = golf_model_info_get_version (info);
      g_autofree char *path = golf_test_history_path (fixture->base.models, version, ".json");
      g_autofree char *data = NULL;
      g_autofree char *hex = NULL;
      g_autofree char *checksum = NULL;
      gint64 seed = golf_model_info_get_seed (info);
      gsize length;

      g_assert_true (g_hash_table_contains (versions, version));
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      hex = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, length);
      checksum = g_strconcat ("sha256:", hex, NULL);
      g_assert_cmpstr (golf_model_info_get_model_checksum (info), ==, checksum);
      g_assert_true (g_hash_table_add (seeds, g_memdup2 (&seed, sizeof seed)));
    }

  /* The pointer names one of them, which loads. */
  active_version = golf_distance_model_dup_active_version (fixture->base.models, GOLF_MODEL_TARGET_CARRY);
  g_assert_true (g_hash_table_contains (versions, active_version));
  active_path = golf_distance_model_build_active_path (fixture->base.models, GOLF_MODEL_TARGET_CARRY);
  active = golf_distance_model_load (active_path, fixture->base.models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_model_info_get_version (golf_distance_model_get_info (active)), ==, active_version);
}

/* Each database has its own models: a second database sees none of the
 * first one's, through every model command. */
static void
test_two_databases (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *other_db = g_build_filename (fixture->base.root, "other.db", NULL);
  g_autofree char *own_models = g_build_filename (fixture->base.root, "shots.models", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  g_auto(Run) train = { 0 };
  g_auto(Run) mine = { 0 };
  g_auto(Run) theirs = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) predict = { 0 };
  JsonObject *root;

  fill_database (fixture, 4);
  run_cli (fixture, &train, "train", "--no-models-dir", NULL);
  g_assert_cmpint (train.status, ==, 0);
  g_assert_true (g_file_test (own_models, G_FILE_TEST_IS_DIR));

  run_cli (fixture, &mine, "models", "--json", "--no-models-dir", NULL);
  root = parse_object (parser, mine.out);
  g_assert_cmpstr (json_object_get_string_member (root, "active"), ==, "1.0.0");

  run_cli (fixture, &theirs, "--db", other_db, "models", "--json", "--no-models-dir", NULL);
  g_assert_cmpint (theirs.status, ==, 0);
  root = parse_object (parser2, theirs.out);
  g_assert_true (json_object_get_null_member (root, "active"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "versions")), ==, 0);

  run_cli (fixture, &info, "--db", other_db, "model-info", "--no-models-dir", NULL);
  g_assert_cmpint (info.status, ==, 1);
  g_assert_nonnull (strstr (info.err, "There is no carry model"));
  g_assert_nonnull (strstr (info.err, "other.models"));
  run_cli (fixture, &predict, "--db", other_db, "predict", "--ball-speed", "134", "--no-models-dir", NULL);
  g_assert_cmpint (predict.status, ==, 1);
  g_assert_nonnull (strstr (predict.err, "golf-lab-cli train"));
}

/* A new database made where a deleted one was is another database: the
 * old models stay the old one's; a copy of the file is the same database
 * and has its models. */
static void
test_new_database_same_name (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *own_models = g_build_filename (fixture->base.root, "shots.models", NULL);
  g_autofree char *wal = g_strconcat (fixture->db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->db, "-shm", NULL);
  g_autofree char *saved = g_build_filename (fixture->base.root, "saved.db", NULL);
  g_autofree char *old_id = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  g_auto(Run) train = { 0 };
  g_auto(Run) after = { 0 };
  g_auto(Run) predict = { 0 };
  g_auto(Run) back = { 0 };
  gsize length;
  JsonObject *root;

  fill_database (fixture, 4);
  run_cli (fixture, &train, "train", "--no-models-dir", NULL);
  g_assert_cmpint (train.status, ==, 0);
  old_id = golf_store_read_id (fixture->db);
  g_assert_nonnull (old_id);
  g_assert_cmpuint (strlen (old_id), ==, 16);

  /* Put away, and a new database in its place. */
  g_assert_true (g_file_get_contents (fixture->db, &data, &length, NULL));
  g_assert_true (g_file_set_contents (saved, data, length, NULL));
  g_assert_cmpint (g_unlink (fixture->db), ==, 0);
  g_unlink (wal);
  g_unlink (shm);
  fill_database (fixture, 1);
  new_id = golf_store_read_id (fixture->db);
  g_assert_cmpstr (new_id, !=, old_id);

  run_cli (fixture, &after, "models", "--json", "--no-models-dir", NULL);
  g_assert_cmpint (after.status, ==, 0);
  root = parse_object (parser, after.out);
  g_assert_true (json_object_get_null_member (root, "active"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "versions")), ==, 0);
  run_cli (fixture, &predict, "predict", "--ball-speed", "134", "--no-models-dir", NULL);
  g_assert_cmpint (predict.status, ==, 1);
  g_assert_nonnull (strstr (predict.err, "golf-lab-cli train"));
  /* The old models are still there, untouched. */
  g_assert_true (g_file_test (own_models, G_FILE_TEST_IS_DIR));

  /* The saved file put back is the old database again, with its models. */
  g_assert_cmpint (g_unlink (fixture->db), ==, 0);
  g_unlink (wal);
  g_unlink (shm);
  g_assert_cmpint (g_rename (saved, fixture->db), ==, 0);
  run_cli (fixture, &back, "models", "--json", "--no-models-dir", NULL);
  root = parse_object (parser2, back.out);
  g_assert_cmpstr (json_object_get_string_member (root, "active"), ==, "1.0.0");
}

/* The folder all models shared before moves, once, to the default
 * database's folder. */
static void
test_shared_folder_moves (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *data_home = g_build_filename (fixture->base.root, "data", NULL);
  g_autofree char *shared = g_build_filename (data_home, "golf-lab", "models", NULL);
  g_autofree char *moved = g_build_filename (data_home, "golf-lab", "shots.models", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", data_home, TRUE);
  const char * const args[] = { "models", "--json", "--no-db", "--no-models-dir", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };
  g_autofree char *version = NULL;
  JsonObject *root;

  g_free (fixture->base.models);
  fixture->base.models = g_strdup (shared);
  version = publish_model (fixture, 29);

  run_cli_env (fixture, &run, (const char * const *)env, args);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (parser, run.out);
  g_assert_cmpstr (json_object_get_string_member (root, "active"), ==, version);
  g_assert_false (g_file_test (shared, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_DIR));

  /* Once: a new shared folder beside it stays where it is. */
  g_assert_cmpint (g_mkdir_with_parents (shared, 0755), ==, 0);
  run_cli_env (fixture, &again, (const char * const *)env, args);
  g_assert_true (g_file_test (shared, G_FILE_TEST_IS_DIR));
}

/* use-model refuses a version that is a link to any file, and the active
 * model stays what it was. */
static void
test_use_model_link (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *version G_GNUC_UNUSED = publish_model (fixture, 31);
  g_autofree char *model = golf_test_history_path (fixture->base.models, "9.0.0", ".json");
  g_autofree char *sidecar = golf_test_history_path (fixture->base.models, "9.0.0", ".metadata.json");
  g_autofree char *pointer = g_build_filename (fixture->base.models, "carry-model.active", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) use = { 0 };

  g_assert_true (g_file_get_contents (pointer, &before, NULL, NULL));
  g_assert_cmpint (symlink ("/etc/passwd", model), ==, 0);
  g_assert_cmpint (symlink ("/etc/hostname", sidecar), ==, 0);
  run_cli (fixture, &use, "use-model", "9.0.0", NULL);
  g_assert_cmpint (use.status, ==, 1);
  g_assert_nonnull (strstr (use.err, "Version 9.0.0 cannot be used"));
  g_assert_true (g_file_get_contents (pointer, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model-cli/train", Fixture, NULL, fixture_set_up, test_train, fixture_tear_down);
  g_test_add ("/model-cli/train-not-enough", Fixture, NULL,
              fixture_set_up, test_train_not_enough, fixture_tear_down);
  g_test_add ("/model-cli/model-info-absurd-numbers", Fixture, NULL,
              fixture_set_up, test_model_info_absurd_numbers, fixture_tear_down);
  g_test_add ("/model-cli/model-info", Fixture, NULL,
              fixture_set_up, test_model_info, fixture_tear_down);
  g_test_add ("/model-cli/models-use-model", Fixture, NULL,
              fixture_set_up, test_models_and_use_model, fixture_tear_down);
  g_test_add ("/model-cli/predict", Fixture, NULL, fixture_set_up, test_predict, fixture_tear_down);
  g_test_add ("/model-cli/predict-without-model", Fixture, NULL,
              fixture_set_up, test_predict_without_model, fixture_tear_down);
  g_test_add ("/model-cli/model-info-outside", Fixture, NULL,
              fixture_set_up, test_model_info_outside, fixture_tear_down);
  g_test_add ("/model-cli/predict-implausible", Fixture, NULL,
              fixture_set_up, test_predict_implausible, fixture_tear_down);
  g_test_add ("/model-cli/predict-modified", Fixture, NULL,
              fixture_set_up, test_predict_modified, fixture_tear_down);
  g_test_add ("/model-cli/deep-nesting", Fixture, NULL,
              fixture_set_up, test_deep_nesting, fixture_tear_down);
  g_test_add ("/model-cli/many-features", Fixture, NULL,
              fixture_set_up, test_many_features, fixture_tear_down);
  g_test_add ("/model-cli/concurrent-train", Fixture, NULL,
              fixture_set_up, test_concurrent_train, fixture_tear_down);
  g_test_add ("/model-cli/two-databases", Fixture, NULL,
              fixture_set_up, test_two_databases, fixture_tear_down);
  g_test_add ("/model-cli/new-database-same-name", Fixture, NULL,
              fixture_set_up, test_new_database_same_name, fixture_tear_down);
  g_test_add ("/model-cli/shared-folder-moves", Fixture, NULL,
              fixture_set_up, test_shared_folder_moves, fixture_tear_down);
  g_test_add ("/model-cli/use-model-link", Fixture, NULL,
              fixture_set_up, test_use_model_link, fixture_tear_down);

  return g_test_run ();
}
