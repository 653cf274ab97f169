/* test-model-info.c: the metadata sidecar, read without the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-model-info"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "golf-model-info.h"

typedef struct
{
  char *dir;
  char *model;
  char *sidecar;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("golf-model-info-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->model = g_build_filename (fixture->dir, "carry-model.json", NULL);
  fixture->sidecar = g_build_filename (fixture->dir, "carry-model.metadata.json", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->model);
  g_free (fixture->sidecar);
}

static GolfModelInfo *
make_info (void)
{
  static const char * const features[] = {
    "ball_speed", "launch_angle", "back_spin", "club_speed", "attack_angle", "dynamic_loft", NULL
  };
  static const double importances[] = { 0.7, 0.12, 0.1, 0.05, 0.02, 0.01 };
  g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 3, 14, 9, 26, 53.5);
  GolfModelInfo *info = golf_model_info_new ();
  GVariantBuilder metrics, hyper;

  g_variant_builder_init (&metrics, G_VARIANT_TYPE ("a{sd}"));
  g_variant_builder_add (&metrics, "{sd}", "mae", 3.25);
  g_variant_builder_add (&metrics, "{sd}", "rmse", 4.1);
  g_variant_builder_add (&metrics, "{sd}", "r2", 0.987);
  g_variant_builder_add (&metrics, "{sd}", "cv_mae", 3.4);
  g_variant_builder_init (&hyper, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&hyper, "{sv}", "n_estimators", g_variant_new_int64 (100));
  g_variant_builder_add (&hyper, "{sv}", "learning_rate", g_variant_new_double (0.1));
  g_variant_builder_add (&hyper, "{sv}", "tree_method", g_variant_new_string ("hist"));

  golf_model_info_set_model_type (info, "xgboost");
  golf_model_info_set_version (info, "1.2.0");
  golf_model_info_set_trained_at (info, when);
  golf_model_info_set_training_samples (info, 4012);
  golf_model_info_set_features (info, features);
  golf_model_info_set_target (info, "carry");
  golf_model_info_set_metrics (info, g_variant_builder_end (&metrics));
  golf_model_info_set_hyperparameters (info, g_variant_builder_end (&hyper));
  golf_model_info_set_seed (info, 42);
  golf_model_info_set_data_fingerprint (info, "sha256:abc");
  golf_model_info_set_app_version (info, "0.1.0");
  golf_model_info_set_backend_version (info, "XGBoost 1.7.4");
  golf_model_info_set_model_checksum (info, "sha256:def");
  golf_model_info_set_interval (info, 80, -4.5, 4.0);
  golf_model_info_set_interval (info, 95, -7.25, 6.5);
  golf_model_info_set_importances (info, importances);
  golf_model_info_set_feature_range (info, 0, 30.0, 52.5, 80.0);
  return info;
}

/* Saving writes the sidecar next to the model, named after it. */
static void
test_save_creates_sidecar (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GolfModelInfo) info = make_info ();
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_model_info_save_for_model (info, fixture->model, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fixture->sidecar, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (fixture->model, G_FILE_TEST_EXISTS));
}

/* Reading the sidecar needs no model file at all, and gives back every field. */
static void
test_info_without_model (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GolfModelInfo) info = make_info ();
  g_autoptr(GolfModelInfo) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  const char *method = NULL;
  double value, lo, hi, min, mean, max;
  gint64 trees;

  g_assert_true (golf_model_info_save_for_model (info, fixture->model, &error));
  read = golf_model_info_load_for_model (fixture->model, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);

  g_assert_cmpstr (golf_model_info_get_model_type (read), ==, "xgboost");
  g_assert_cmpstr (golf_model_info_get_version (read), ==, "1.2.0");
  when = g_date_time_format_iso8601 (golf_model_info_get_trained_at (read));
  g_assert_cmpstr (when, ==, "2025-03-14T09:26:53.500000Z");
  g_assert_cmpuint (golf_model_info_get_training_samples (read), ==, 4012);
  g_assert_cmpuint (golf_model_info_get_n_features (read), ==, 6);
  g_assert_true (g_strv_equal (golf_model_info_get_features (read), golf_model_info_get_features (info)));
  g_assert_cmpstr (golf_model_info_get_target (read), ==, "carry");
  g_assert_true (golf_model_info_lookup_metric (read, "mae", &value));
  g_assert_cmpfloat (value, ==, 3.25);
  g_assert_true (golf_model_info_lookup_metric (read, "r2", &value));
  g_assert_cmpfloat (value, ==, 0.987);
  g_assert_false (golf_model_info_lookup_metric (read, "nonsense", &value));
  g_assert_true (g_variant_lookup (golf_model_info_get_hyperparameters (read), "n_estimators", "x", &trees));
  g_assert_cmpint (trees, ==, 100);
  g_assert_true (g_variant_lookup (golf_model_info_get_hyperparameters (read), "tree_method", "&s", &method));
  g_assert_cmpstr (method, ==, "hist");
  g_assert_cmpuint (golf_model_info_get_seed (read), ==, 42);
  g_assert_cmpstr (golf_model_info_get_data_fingerprint (read), ==, "sha256:abc");
  g_assert_cmpstr (golf_model_info_get_app_version (read), ==, "0.1.0");
  g_assert_cmpstr (golf_model_info_get_backend_version (read), ==, "XGBoost 1.7.4");
  g_assert_cmpstr (golf_model_info_get_model_checksum (read), ==, "sha256:def");
  g_assert_true (golf_model_info_get_interval (read, 80, &lo, &hi));
  g_assert_cmpfloat (lo, ==, -4.5);
  g_assert_cmpfloat (hi, ==, 4.0);
  g_assert_true (golf_model_info_get_interval (read, 95, &lo, &hi));
  g_assert_cmpfloat (lo, ==, -7.25);
  g_assert_cmpfloat (golf_model_info_get_importance (read, "ball_speed"), ==, 0.7);
  g_assert_cmpfloat (golf_model_info_get_importance (read, "dynamic_loft"), ==, 0.01);
  g_assert_cmpfloat (golf_model_info_get_importance (read, "nonsense"), ==, 0.0);
  g_assert_true (golf_model_info_get_feature_range (read, 0, &min, &mean, &max));
  g_assert_cmpfloat (mean, ==, 52.5);
  g_assert_false (golf_model_info_get_feature_range (read, 1, &min, &mean, &max));
}

/* An old model saved before metadata existed: NULL, and no error. */
static void
test_info_no_sidecar (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (fixture->model, "{\"learner\": {}}", -1, NULL));
  info = golf_model_info_load_for_model (fixture->model, &error);
  g_assert_no_error (error);
  g_assert_null (info);
}

static void
test_info_malformed (Fixture       *fixture,
                     gconstpointer  user_data)
{
  static const char * const bad[] = {
    "",
    "{\"version\": \"1.0.0\", \"features\": [\"ball_speed\"",
    "[\"ball_speed\"]",
    "{\"version\": \"1.0.0\"}",
    "{\"version\": \"1.0.0\", \"features\": [\"ball_speed\", 3]}",
    "{\"features\": [\"ball_speed\"]}",
    "{\"version\": 1, \"features\": []}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GolfModelInfo) info = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (fixture->sidecar, bad[i], -1, NULL));
      g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Model metadata * is malformed*");
      info = golf_model_info_load_for_model (fixture->model, &error);
      g_test_assert_expected_messages ();
      g_assert_null (info);
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
    }
}

/* A newer Golf Lab may add members: they are skipped, the rest is read. */
static void
test_info_forward_compatible (Fixture       *fixture,
                              gconstpointer  user_data)
{
  const char *json =
    "{\"metadata_version\": 7, \"version\": \"3.1.0\", \"features\": [\"ball_speed\"],"
    " \"shiny_new_thing\": {\"a\": [1, 2]}, \"metrics\": {\"mae\": 2, \"note\": \"x\"},"
    " \"training_samples\": 12}";
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  double mae;

  info = golf_model_info_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_model_info_get_version (info), ==, "3.1.0");
  g_assert_cmpuint (golf_model_info_get_training_samples (info), ==, 12);
  g_assert_true (golf_model_info_lookup_metric (info, "mae", &mae));
  g_assert_cmpfloat (mae, ==, 2.0);
  g_assert_false (golf_model_info_lookup_metric (info, "note", NULL));
  g_assert_null (golf_model_info_get_trained_at (info));
  g_assert_false (golf_model_info_get_interval (info, 80, NULL, NULL));
}

/* Rewriting a sidecar replaces it whole and leaves no temporary files. */
static void
test_info_rewrite_atomic (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GolfModelInfo) info = make_info ();
  g_autoptr(GolfModelInfo) read = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_true (golf_model_info_save_for_model (info, fixture->model, &error));
  read = golf_model_info_load_for_model (fixture->model, &error);
  g_assert_cmpstr (golf_model_info_get_version (read), ==, "1.2.0");
  /* What a caller does to its copy does not leak into the next read. */
  golf_model_info_set_version (read, "scribbled");
  g_clear_object (&read);
  read = golf_model_info_load_for_model (fixture->model, &error);
  g_assert_cmpstr (golf_model_info_get_version (read), ==, "1.2.0");
  g_clear_object (&read);

  golf_model_info_set_version (info, "1.3.0");
  g_assert_true (golf_model_info_save_for_model (info, fixture->model, &error));
  g_assert_no_error (error);

  /* The rewrite is seen at once, never the earlier read. */
  read = golf_model_info_load_for_model (fixture->model, &error);
  g_assert_cmpstr (golf_model_info_get_version (read), ==, "1.3.0");
  dir = g_dir_open (fixture->dir, 0, &error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, "carry-model.metadata.json");
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 1);
}

static void
test_info_missing_file (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = golf_model_info_load_from_file (fixture->sidecar, &error);
  g_assert_null (info);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND);
}

static void
test_sidecar_path (void)
{
  static const struct { const char *model, *sidecar; } cases[] = {
    { "/m/carry-model.json", "/m/carry-model.metadata.json" },
    { "/m/history/carry-model-1.2.0.json", "/m/history/carry-model-1.2.0.metadata.json" },
    { "/m.d/model", "/m.d/model.metadata.json" },
    { "/m/.hidden", "/m/.hidden.metadata.json" },
    { "model.ubj", "model.metadata.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sidecar = golf_model_info_sidecar_path (cases[i].model);

      g_assert_cmpstr (sidecar, ==, cases[i].sidecar);
    }
}

static void
test_version_compare (void)
{
  g_assert_cmpint (golf_model_version_compare ("1.10.0", "1.9.0"), >, 0);
  g_assert_cmpint (golf_model_version_compare ("1.9.0", "1.10.0"), <, 0);
  g_assert_cmpint (golf_model_version_compare ("2.0.0", "1.99.99"), >, 0);
  g_assert_cmpint (golf_model_version_compare ("1.1.0", "1.1.0"), ==, 0);
  g_assert_cmpint (golf_model_version_compare ("1.1", "1.1.0"), ==, 0);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* Setters notify once per real change, so bound widgets update. */
static void
test_info_notify (void)
{
  g_autoptr(GolfModelInfo) info = golf_model_info_new ();
  guint count = 0;

  g_signal_connect (info, "notify::version", G_CALLBACK (on_notify_cb), &count);
  golf_model_info_set_version (info, "1.0.0");
  golf_model_info_set_version (info, "1.0.0");
  g_object_set (info, "version", "1.1.0", NULL);
  g_assert_cmpuint (count, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model-info/save-creates-sidecar", Fixture, NULL,
              fixture_set_up, test_save_creates_sidecar, fixture_tear_down);
  g_test_add ("/model-info/without-model", Fixture, NULL,
              fixture_set_up, test_info_without_model, fixture_tear_down);
  g_test_add ("/model-info/no-sidecar", Fixture, NULL,
              fixture_set_up, test_info_no_sidecar, fixture_tear_down);
  g_test_add ("/model-info/malformed", Fixture, NULL,
              fixture_set_up, test_info_malformed, fixture_tear_down);
  g_test_add ("/model-info/forward-compatible", Fixture, NULL,
              fixture_set_up, test_info_forward_compatible, fixture_tear_down);
  g_test_add ("/model-info/rewrite-atomic", Fixture, NULL,
              fixture_set_up, test_info_rewrite_atomic, fixture_tear_down);
  g_test_add ("/model-info/missing-file", Fixture, NULL,
              fixture_set_up, test_info_missing_file, fixture_tear_down);
  g_test_add_func ("/model-info/sidecar-path", test_sidecar_path);
  g_test_add_func ("/model-info/version-compare", test_version_compare);
  g_test_add_func ("/model-info/notify", test_info_notify);

  return g_test_run ();
}
