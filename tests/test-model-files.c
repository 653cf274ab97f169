/* test-model-files.c: model files and sidecars made to hurt: crafted trees, deep nesting,
 * huge files, changed models, links and FIFOs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-model-files"

#include "config.h"

#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-distance-model.h"
#include "golf-model-backend-xgboost-private.h"
#include "golf-model-info.h"
#include "golf-test-model.h"
#include "golf-test-util.h"

typedef struct
{
  GolfTestModels base;
  char          *model;     /* models/carry-model.json */
  char          *sidecar;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  golf_test_models_set_up (&fixture->base, user_data);
  fixture->model = g_build_filename (fixture->base.models, "carry-model.json", NULL);
  fixture->sidecar = golf_model_info_sidecar_path (fixture->model);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  golf_test_models_tear_down (&fixture->base, user_data);
  g_free (fixture->model);
  g_free (fixture->sidecar);
}

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  char *data = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static GolfDistanceModel *
train_ridge (guint32 seed)
{
  return golf_test_train_model (GOLF_MODEL_BACKEND_RIDGE, seed, 4, 30);
}

/* A message a person reads: one line, no stack trace. */
static void
assert_one_line (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (strstr (error->message, "Stack trace"));
  g_assert_null (strstr (error->message, ".cc:"));
}

/* ------------------------------------------------------------------ */
/* XGBoost model files */

/* XGBoost's own file for a 3-tree model, with one thing changed: each of
 * these crashed, hung or silently mispredicted in XGBoost 1.7 before the
 * structure was checked. */
static const struct
{
  const char *what;
  const char *from;
  const char *to;
  const char *message;
} crafted[] = {
  { "child out of range", "\"left_children\":[1,3,-1", "\"left_children\":[1000000,3,-1",
    "has child 1000000, beyond its 5 nodes" },
  { "split on an input it does not have", "\"split_indices\":[0,0,0,0,0]",
    "\"split_indices\":[99,0,0,0,0]", "splits on input 100 of 6" },
  { "split on the input just past the last", "\"split_indices\":[0,0,0,0,0]",
    "\"split_indices\":[6,0,0,0,0]", "splits on input 7 of 6" },
  { "empty tree_info", "\"tree_info\":[0,0,0]", "\"tree_info\":[]",
    "\"tree_info\" has 0 entries for 3 trees" },
  { "num_trees larger than the trees", "\"num_trees\":\"3\"", "\"num_trees\":\"5\"",
    "claims 5 trees but holds 3" },
  { "num_trees smaller than the trees", "\"num_trees\":\"3\"", "\"num_trees\":\"1\"",
    "claims 1 trees but holds 3" },
  { "a cycle of children", "\"left_children\":[1,3,-1,-1,-1]", "\"left_children\":[1,0,-1,-1,-1]",
    "form a cycle" },
  { "a negative child", "\"left_children\":[1,3,-1", "\"left_children\":[-5,3,-1",
    "has child -5" },
  { "a node with one child", "\"right_children\":[2,4,-1", "\"right_children\":[2,-1,-1",
    "has one child" },
  { "NaN base score", "\"base_score\":\"5E-1\"", "\"base_score\":\"nan\"",
    "\"base_score\" is nan, not a finite number" },
  { "NaN in a split", "\"split_conditions\":[5.3806393E1", "\"split_conditions\":[NaN",
    "\"split_conditions\" holds something not a number" },
  { "a number out of range", "\"base_weights\":[1.649428E2", "\"base_weights\":[1E999",
    "\"base_weights\" holds a number out of range" },
  { "two trees with one id", "\"id\":1,", "\"id\":0,", "ids must be 0 to 2, once each" },
  { "an id beyond the trees", "\"id\":2,", "\"id\":7,", "has the id 7" },
  { "fewer nodes than it says", "\"num_nodes\":\"5\"", "\"num_nodes\":\"9\"",
    "has 9 nodes but 5" },
  { "a parent that is not its parent", "\"parents\":[2147483647,0,0,1,1]",
    "\"parents\":[2147483647,0,0,1,2]", "does not name its parent" },
  { "a categorical split", "\"split_type\":[0,0,0,0,0]", "\"split_type\":[1,0,0,0,0]",
    "\"split_type\" holds 1" },
  { "categories", "\"categories\":[]", "\"categories\":[3]", "categorical splits" },
  { "another objective", "\"reg:squarederror\"", "\"reg:logistic\"", "Golf Lab models are reg:squarederror" },
  { "a tree input count of its own", "\"num_feature\":\"6\",\"num_nodes\":\"5\"",
    "\"num_feature\":\"9\",\"num_nodes\":\"5\"", "takes 9 inputs, the model 6" },
  { "a key twice", "\"tree_info\":[0,0,0]", "\"tree_info\":[0,0,0],\"tree_info\":[]",
    "\"tree_info\" appears twice" },
  { "a missing tree array", "\"sum_hessian\":[3.2E2,1.42E2,1.78E2,6.3E1,7.9E1],", "",
    "tree 0 lacks \"sum_hessian\"" },
  { "a child index written as a fraction", "\"left_children\":[1,3,-1", "\"left_children\":[1.5,3,-1",
    "not a whole number" },
  { "a binary model behind a brace", "{\"learner\":{", "{Lbinary{\"learner\":{", "not valid JSON" },
};

static char *
craft (const char *model,
       const char *from,
       const char *to)
{
  const char *at = strstr (model, from);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (at);
  g_string_append_len (out, model, at - model);
  g_string_append (out, to);
  g_string_append (out, at + strlen (from));
  return g_string_free (out, FALSE);
}

/* The check needs no XGBoost: it runs in every build. */
static void
test_xgboost_check (void)
{
  g_autofree char *model = read_fixture ("xgboost-model.json", NULL);
  g_autoptr(GError) error = NULL;
  guint n_features = 0;

  g_assert_true (_golf_model_xgboost_check (model, strlen (model), &n_features, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_features, ==, 6);

  for (guint i = 0; i < G_N_ELEMENTS (crafted); i++)
    {
      g_autofree char *bad = craft (model, crafted[i].from, crafted[i].to);

      g_test_message ("%s", crafted[i].what);
      g_assert_false (_golf_model_xgboost_check (bad, strlen (bad), &n_features, &error));
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
      if (strstr (error->message, crafted[i].message) == NULL)
        g_error ("%s: “%s” does not say “%s”", crafted[i].what, error->message, crafted[i].message);
      assert_one_line (error);
      g_clear_error (&error);
    }
}

/* Through the loader, with XGBoost behind it: a clear error, never a
 * crash or a prediction from a broken tree. */
static void
test_xgboost_crafted (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *model = read_fixture ("xgboost-model.json", NULL);
  g_autoptr(GolfDistanceModel) good = NULL;
  g_autoptr(GolfShot) shot = golf_shot_new ("q", NULL);
  g_autoptr(GError) error = NULL;
  GolfPrediction prediction;

  if (!golf_distance_model_has_xgboost ())
    {
      g_test_skip ("built without XGBoost");
      return;
    }

  /* The file as XGBoost wrote it loads and predicts. */
  g_assert_true (g_file_set_contents (fixture->model, model, -1, NULL));
  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "No usable metadata*");
  good = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 60);
  g_assert_true (golf_distance_model_predict (good, shot, &prediction, &error));
  g_assert_cmpfloat (fabs (prediction.value - 50.7), <, 0.1);

  for (guint i = 0; i < G_N_ELEMENTS (crafted); i++)
    {
      g_autofree char *bad = craft (model, crafted[i].from, crafted[i].to);
      g_autoptr(GolfDistanceModel) loaded = NULL;

      g_test_message ("%s", crafted[i].what);
      g_assert_true (g_file_set_contents (fixture->model, bad, -1, NULL));
      loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
      g_assert_null (loaded);
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, fixture->model));
      g_assert_nonnull (strstr (error->message, crafted[i].message));
      assert_one_line (error);
      g_clear_error (&error);
    }
}

/* What XGBoost itself refuses reaches people as its first line only. */
static void
test_xgboost_error_first_line (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autofree char *model = read_fixture ("xgboost-model.json", NULL);
  g_autofree char *bad = craft (model, "\"attributes\":{}", "\"attributes\":{\"best_iteration\":1}");
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GError) error = NULL;

  if (!golf_distance_model_has_xgboost ())
    {
      g_test_skip ("built without XGBoost");
      return;
    }

  g_assert_true (g_file_set_contents (fixture->model, bad, -1, NULL));
  loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_assert_null (loaded);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Invalid cast"));
  assert_one_line (error);

  /* A message that quotes the whole model is cut to its reason. */
  g_clear_object (&loaded);
  g_clear_error (&error);
  g_free (bad);
  bad = craft (model, "\"version\":[1,7,4]", "\"version\":\"abc\"");
  g_assert_true (g_file_set_contents (fixture->model, bad, -1, NULL));
  loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_assert_null (loaded);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (strlen (error->message), <, 600);
  assert_one_line (error);
}

/* ------------------------------------------------------------------ */
/* Nesting and size */

static void
test_deep_model (Fixture       *fixture,
                 gconstpointer  user_data)
{
  static const char * const prefixes[] = {
    "{\"golf_lab_model\": \"ridge\", \"n_features\": 6, \"mean\": ",
    "{\"learner\": ",
    "{\"learner\": {\"attributes\": {\"a\": ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *data = golf_test_nested_json (prefixes[i], 100000, i == 2 ? "}}}" : "}");
      g_autoptr(GolfDistanceModel) loaded = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (fixture->model, data, -1, NULL));
      loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
      g_assert_null (loaded);
      g_assert_nonnull (error);
      /* Refused before any parser, and before the backend is chosen. */
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "nested more than 64 levels deep"));
      assert_one_line (error);
    }
}

/* json-glib reads comments and single-quoted strings: brackets hidden in
 * them must not slip deep nesting past the check. */
static void
test_deep_model_in_disguise (Fixture       *fixture,
                             gconstpointer  user_data)
{
  static const char * const prefixes[] = {
    "{\"golf_lab_model\": \"ridge\", \"n_features\": 6, \"x\": /*\"*/ ",
    "{\"golf_lab_model\": \"ridge\", \"n_features\": 6, \"x\": [ '\"', ",
  };
  static const char * const suffixes[] = { " /*\"*/ }", ", '\"' ] }" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *nested = golf_test_nested_json (prefixes[i], 100000, "");
      g_autofree char *data = g_strconcat (nested, suffixes[i], NULL);
      g_autoptr(GolfDistanceModel) loaded = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (fixture->model, data, -1, NULL));
      loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
      g_assert_null (loaded);
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "is damaged"));
      assert_one_line (error);
    }
}

/* 64 levels are allowed, 65 are not. */
static void
test_nesting_limit (Fixture       *fixture,
                    gconstpointer  user_data)
{
  for (guint depth = 62; depth <= 63; depth++)
    {
      /* The object itself is one level. */
      g_autofree char *data = golf_test_nested_json ("{\"golf_lab_model\": \"ridge\", \"x\": ", depth, "}");
      g_autoptr(GolfDistanceModel) loaded = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (fixture->model, data, -1, NULL));
      loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
      g_assert_null (loaded);
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
      g_assert_null (strstr (error->message, "nested"));
    }
  for (guint depth = 64; depth <= 65; depth++)
    {
      g_autofree char *data = golf_test_nested_json ("{\"golf_lab_model\": \"ridge\", \"x\": ", depth, "}");
      g_autoptr(GolfDistanceModel) loaded = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (fixture->model, data, -1, NULL));
      loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "nested more than 64 levels deep"));
    }
}

/* A model whose numbers are all finite can still compute an infinity:
 * it is refused as damaged, never printed. */
static void
test_infinite_prediction (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_ridge (7);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GolfShot) shot = golf_shot_new ("q", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GString) huge = NULL;
  g_autoptr(GError) error = NULL;
  GolfPrediction prediction;
  const char *coefficients;

  g_assert_true (golf_distance_model_save (model, fixture->model, &error));
  g_assert_true (g_file_get_contents (fixture->model, &data, NULL, NULL));
  coefficients = strstr (data, "\"coefficients\"");
  g_assert_nonnull (coefficients);
  /* The intercept becomes 1.7e308, the first slope too: their sum overflows. */
  huge = g_string_new_len (data, strchr (coefficients, '[') - data + 1);
  g_string_append (huge, "1.7e308, 1.7e308, ");
  g_string_append (huge, strchr (strchr (strchr (coefficients, '[') + 1, ',') + 1, ',') + 1);
  g_assert_true (g_file_set_contents (fixture->model, huge->str, -1, NULL));
  g_assert_true (g_file_set_contents (fixture->sidecar, "{\"version\": \"1.0.0\", \"features\": []}", -1, NULL));

  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Feature count mismatch*");
  loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 140);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, 14);
  g_assert_false (golf_distance_model_predict (loaded, shot, &prediction, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "not a finite number"));
  g_clear_error (&error);
  g_clear_object (&loaded);

  /* Finite, but no golf shot: 3e38 m is a damaged model too. */
  g_string_truncate (huge, 0);
  g_string_append_len (huge, data, strchr (coefficients, '[') - data + 1);
  g_string_append (huge, "3e38, ");
  g_string_append (huge, strchr (strchr (coefficients, '[') + 1, ',') + 1);
  g_assert_true (g_file_set_contents (fixture->model, huge->str, -1, NULL));
  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Feature count mismatch*");
  loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_false (golf_distance_model_predict (loaded, shot, &prediction, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "farther than any golf ball flies"));
}

static void
test_deep_sidecar (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *data = golf_test_nested_json ("{\"version\": \"1.0.0\", \"features\": [], \"x\": ", 100000, "}");
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (fixture->sidecar, data, -1, NULL));
  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Model metadata * is malformed*nested*");
  info = golf_model_info_load_for_model (fixture->model, &error);
  g_test_assert_expected_messages ();
  g_assert_null (info);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "nested more than"));
}

static void
test_huge_files (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GString *sidecar = g_string_new ("{\"version\": \"1.0.0\", \"features\": [\"ball_speed\"], \"pad\": \"");
  int fd;

  /* A sidecar of 2 MB: refused before it is parsed. */
  while (sidecar->len < 2 * 1024 * 1024)
    g_string_append (sidecar, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  g_string_append (sidecar, "\"}");
  g_assert_true (g_file_set_contents (fixture->sidecar, sidecar->str, sidecar->len, NULL));
  g_string_free (sidecar, TRUE);
  info = golf_model_info_load_from_file (fixture->sidecar, &error);
  g_assert_null (info);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "more than Golf Lab ever writes (at most 1.0"));
  g_clear_error (&error);

  /* A model file of 65 MB (a hole, no disk needed): refused unread. */
  fd = g_open (fixture->model, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 65 * 1024 * 1024), ==, 0);
  close (fd);
  loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_assert_null (loaded);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "at most 64.0"));
}

/* ------------------------------------------------------------------ */
/* A model file changed after training */

static void
test_modified_model (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_ridge (3);
  g_autoptr(GolfDistanceModel) other = train_ridge (4);
  g_autofree char *other_path = g_build_filename (fixture->base.root, "other.json", NULL);
  g_autofree char *other_data = NULL;
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GolfShot) shot = golf_shot_new ("q", NULL);
  g_autoptr(GError) error = NULL;
  GolfPrediction a, b;
  gsize length;

  g_assert_true (golf_distance_model_save (model, fixture->model, &error));
  g_assert_true (golf_distance_model_save (other, other_path, &error));
  g_assert_no_error (error);

  /* Another model's file under this model's metadata. */
  g_assert_true (g_file_get_contents (other_path, &other_data, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->model, other_data, length, NULL));
  loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_assert_null (loaded);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "does not match the checksum"));
  g_assert_nonnull (strstr (error->message, "Train again or make a saved version active"));
  g_clear_error (&error);

  /* Asked for, it is used, with a warning. */
  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Using model * although it was changed*");
  loaded = golf_distance_model_load_with_flags (fixture->model, fixture->base.models,
                                                GOLF_MODEL_LOAD_ACCEPT_MODIFIED, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 60);
  g_assert_true (golf_distance_model_predict (loaded, shot, &a, &error));
  g_assert_true (golf_distance_model_predict (other, shot, &b, &error));
  g_assert_cmpfloat_with_epsilon (a.value, b.value, 1e-6);
}

/* ------------------------------------------------------------------ */
/* Links and special files */

static void
test_links_and_fifos (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_ridge (5);
  g_autofree char *real = g_build_filename (fixture->base.models, "real.json", NULL);
  g_autofree char *fifo = g_build_filename (fixture->base.models, "fifo.json", NULL);
  g_autofree char *fifo_sidecar = golf_model_info_sidecar_path (fifo);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  /* A link inside the folder, to a model inside the folder: still refused. */
  g_assert_true (golf_distance_model_save (model, real, &error));
  g_assert_cmpint (symlink (real, fixture->model), ==, 0);
  loaded = golf_distance_model_load (fixture->model, fixture->base.models, &error);
  g_assert_null (loaded);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  g_clear_error (&error);

  /* A FIFO is never opened for reading (it would block). */
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_cmpint (mkfifo (fifo_sidecar, 0644), ==, 0);
  loaded = golf_distance_model_load (fifo, fixture->base.models, &error);
  g_assert_null (loaded);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);
  info = golf_model_info_load_from_file (fifo_sidecar, &error);
  g_assert_null (info);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model-files/xgboost/check", test_xgboost_check);
  g_test_add ("/model-files/xgboost/crafted", Fixture, NULL,
              fixture_set_up, test_xgboost_crafted, fixture_tear_down);
  g_test_add ("/model-files/xgboost/error-first-line", Fixture, NULL,
              fixture_set_up, test_xgboost_error_first_line, fixture_tear_down);
  g_test_add ("/model-files/deep/model", Fixture, NULL, fixture_set_up, test_deep_model, fixture_tear_down);
  g_test_add ("/model-files/deep/sidecar", Fixture, NULL, fixture_set_up, test_deep_sidecar, fixture_tear_down);
  g_test_add ("/model-files/deep/limit", Fixture, NULL, fixture_set_up, test_nesting_limit, fixture_tear_down);
  g_test_add ("/model-files/deep/in-disguise", Fixture, NULL, fixture_set_up, test_deep_model_in_disguise,
              fixture_tear_down);
  g_test_add ("/model-files/infinite-prediction", Fixture, NULL,
              fixture_set_up, test_infinite_prediction, fixture_tear_down);
  g_test_add ("/model-files/huge", Fixture, NULL, fixture_set_up, test_huge_files, fixture_tear_down);
  g_test_add ("/model-files/modified", Fixture, NULL, fixture_set_up, test_modified_model, fixture_tear_down);
  g_test_add ("/model-files/links-and-fifos", Fixture, NULL,
              fixture_set_up, test_links_and_fifos, fixture_tear_down);

  return g_test_run ();
}
