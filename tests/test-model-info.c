/* test-model-info.c: the metadata sidecar, read without the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-model-info"

#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-json-reader-private.h"
#include "golf-model-dict-private.h"
#include "golf-model-info.h"
#include "golf-test-util.h"

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
  GVariantBuilder split;
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
  golf_model_info_set_feature_range (info, 2, 1500.0, 4250.25, 9000.0);
  g_variant_builder_init (&split, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&split, "{sv}", "method", g_variant_new_string ("sessions"));
  g_variant_builder_add (&split, "{sv}", "test_sessions", g_variant_new_int64 (4));
  g_variant_builder_add (&split, "{sv}", "shuffled", g_variant_new_boolean (TRUE));
  golf_model_info_set_split (info, g_variant_builder_end (&split));
  return info;
}

static void
assert_variants_equal (GVariant *a,
                       GVariant *b)
{
  g_autofree char *x = a != NULL ? g_variant_print (a, TRUE) : NULL;
  g_autofree char *y = b != NULL ? g_variant_print (b, TRUE) : NULL;

  g_assert_cmpstr (x, ==, y);
}

/* Every field, so that a reader or a cache that drops one is caught. */
static void
assert_same_info (GolfModelInfo *a,
                  GolfModelInfo *b)
{
  guint n = golf_model_info_get_n_features (a);
  const double *ia = golf_model_info_get_importances (a);
  const double *ib = golf_model_info_get_importances (b);

  g_assert_cmpstr (golf_model_info_get_model_type (a), ==, golf_model_info_get_model_type (b));
  g_assert_cmpstr (golf_model_info_get_version (a), ==, golf_model_info_get_version (b));
  g_assert_true ((golf_model_info_get_trained_at (a) == NULL) == (golf_model_info_get_trained_at (b) == NULL));
  if (golf_model_info_get_trained_at (a) != NULL)
    g_assert_true (g_date_time_equal (golf_model_info_get_trained_at (a), golf_model_info_get_trained_at (b)));
  g_assert_cmpuint (golf_model_info_get_training_samples (a), ==, golf_model_info_get_training_samples (b));
  g_assert_cmpuint (n, ==, golf_model_info_get_n_features (b));
  g_assert_true (g_strv_equal (golf_model_info_get_features (a), golf_model_info_get_features (b)));
  g_assert_cmpstr (golf_model_info_get_target (a), ==, golf_model_info_get_target (b));
  assert_variants_equal (golf_model_info_get_metrics (a), golf_model_info_get_metrics (b));
  assert_variants_equal (golf_model_info_get_hyperparameters (a), golf_model_info_get_hyperparameters (b));
  assert_variants_equal (golf_model_info_get_split (a), golf_model_info_get_split (b));
  g_assert_cmpuint (golf_model_info_get_seed (a), ==, golf_model_info_get_seed (b));
  g_assert_cmpstr (golf_model_info_get_data_fingerprint (a), ==, golf_model_info_get_data_fingerprint (b));
  g_assert_cmpstr (golf_model_info_get_app_version (a), ==, golf_model_info_get_app_version (b));
  g_assert_cmpstr (golf_model_info_get_backend_version (a), ==, golf_model_info_get_backend_version (b));
  g_assert_cmpstr (golf_model_info_get_model_checksum (a), ==, golf_model_info_get_model_checksum (b));
  for (guint level = 80; level <= 95; level += 15)
    {
      double la = NAN, ha = NAN, lb = NAN, hb = NAN;

      g_assert_cmpint (golf_model_info_get_interval (a, level, &la, &ha), ==,
                       golf_model_info_get_interval (b, level, &lb, &hb));
      g_assert_true (la == lb || (isnan (la) && isnan (lb)));
      g_assert_true (ha == hb || (isnan (ha) && isnan (hb)));
    }
  g_assert_true ((ia == NULL) == (ib == NULL));
  for (guint i = 0; ia != NULL && i < n; i++)
    g_assert_cmpfloat (ia[i], ==, ib[i]);
  for (guint i = 0; i < n; i++)
    {
      double ra[3] = { NAN, NAN, NAN }, rb[3] = { NAN, NAN, NAN };

      g_assert_cmpint (golf_model_info_get_feature_range (a, i, &ra[0], &ra[1], &ra[2]), ==,
                       golf_model_info_get_feature_range (b, i, &rb[0], &rb[1], &rb[2]));
      for (guint k = 0; k < 3; k++)
        g_assert_true (ra[k] == rb[k] || (isnan (ra[k]) && isnan (rb[k])));
    }
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
  /* What a caller does to its copy does not leak into the next read,
   * whether it was parsed or came from the cache. */
  for (guint i = 0; i < 3; i++)
    {
      read = golf_model_info_load_for_model (fixture->model, &error);
      assert_same_info (read, info);
      golf_model_info_set_version (read, "scribbled");
      golf_model_info_set_importances (read, NULL);
      g_clear_object (&read);
    }

  golf_model_info_set_version (info, "1.3.0");
  g_assert_true (golf_model_info_save_for_model (info, fixture->model, &error));
  g_assert_no_error (error);

  /* The rewrite is seen at once, never the earlier read. */
  read = golf_model_info_load_for_model (fixture->model, &error);
  assert_same_info (read, info);
  dir = g_dir_open (fixture->dir, 0, &error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, "carry-model.metadata.json");
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 1);
}

/* Replaces the sidecar's bytes in place, keeping its inode, size and
 * modification time: what another program, a restored backup or a
 * coarse clock can leave behind. */
static void
overwrite_keeping_stat (const char *path,
                        const char *data)
{
  struct stat before, after;
  struct timespec times[2];
  int fd;

  g_assert_cmpint (stat (path, &before), ==, 0);
  g_assert_cmpuint (strlen (data), ==, (gsize)before.st_size);
  fd = g_open (path, O_WRONLY | O_TRUNC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, data, strlen (data)), ==, (gssize)strlen (data));
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (futimens (fd, times), ==, 0);
  close (fd);
  g_assert_cmpint (stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtim.tv_sec, ==, before.st_mtim.tv_sec);
  g_assert_cmpint (after.st_mtim.tv_nsec, ==, before.st_mtim.tv_nsec);
}

/* The metadata cache serves what the file holds now, whatever its stat
 * says, and serves all of it. */
static void
test_info_cache (Fixture       *fixture,
                 gconstpointer  user_data)
{
  static const double other_importances[] = { 0.3, 0.42, 0.1, 0.05, 0.08, 0.05 };
  g_autoptr(GolfModelInfo) info = make_info ();
  g_autoptr(GolfModelInfo) changed = make_info ();
  g_autoptr(GolfModelInfo) read = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_model_info_save_for_model (info, fixture->model, &error));
  read = golf_model_info_load_for_model (fixture->model, &error);
  g_assert_no_error (error);
  assert_same_info (read, info);
  g_clear_object (&read);

  /* Same length of text, other values. */
  golf_model_info_set_version (changed, "1.2.9");
  golf_model_info_set_training_samples (changed, 4013);
  golf_model_info_set_importances (changed, other_importances);
  golf_model_info_set_feature_range (changed, 0, 31.0, 52.5, 81.0);
  data = golf_model_info_to_data (changed, TRUE);
  overwrite_keeping_stat (fixture->sidecar, data);

  /* Read after read, the later ones from the cache: every field, the
   * importances too. */
  for (guint i = 0; i < 3; i++)
    {
      read = golf_model_info_load_for_model (fixture->model, &error);
      g_assert_no_error (error);
      assert_same_info (read, changed);
      g_assert_cmpfloat (golf_model_info_get_importance (read, "launch_angle"), ==, 0.42);
      g_clear_object (&read);
    }
}

/* Numbers that are not finite are written as null: the sidecar stays
 * JSON that every reader accepts. */
static void
test_info_not_finite (void)
{
  g_autoptr(GolfModelInfo) info = make_info ();
  g_autoptr(GolfModelInfo) read = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  GVariantBuilder metrics, hyper;
  double value;

  g_variant_builder_init (&metrics, G_VARIANT_TYPE ("a{sd}"));
  g_variant_builder_add (&metrics, "{sd}", "mae", 3.5);
  g_variant_builder_add (&metrics, "{sd}", "r2", NAN);
  g_variant_builder_add (&metrics, "{sd}", "rmse", INFINITY);
  g_variant_builder_init (&hyper, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&hyper, "{sv}", "lambda", g_variant_new_double (-INFINITY));
  g_variant_builder_add (&hyper, "{sv}", "big", g_variant_new_double (1.7e308));
  golf_model_info_set_metrics (info, g_variant_builder_end (&metrics));
  golf_model_info_set_hyperparameters (info, g_variant_builder_end (&hyper));
  golf_model_info_set_interval (info, 80, -INFINITY, 4.0);
  golf_model_info_set_feature_range (info, 1, NAN, NAN, NAN);

  data = golf_model_info_to_data (info, TRUE);
  golf_test_assert_strict_json (data);
  g_assert_null (strstr (data, "inf"));
  g_assert_null (strstr (data, "nan"));

  read = golf_model_info_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_true (golf_model_info_lookup_metric (read, "mae", &value));
  g_assert_cmpfloat (value, ==, 3.5);
  g_assert_false (golf_model_info_lookup_metric (read, "r2", NULL));
  g_assert_false (golf_model_info_lookup_metric (read, "rmse", NULL));
  g_assert_false (golf_model_info_get_interval (read, 80, NULL, NULL));
  g_assert_true (g_variant_lookup (golf_model_info_get_hyperparameters (read), "big", "d", &value));
  g_assert_cmpfloat (value, ==, 1.7e308);
}

/* The per-feature members name the features, wherever they stand. */
static void
test_info_member_order (void)
{
  const char *json =
    "{\"feature_importance\": {\"launch_angle\": 0.25, \"ball_speed\": 0.75, \"nonsense\": 1},"
    " \"feature_ranges\": {\"launch_angle\": {\"min\": 5, \"mean\": 14, \"max\": 30}},"
    " \"seed\": 18446744073709551615, \"version\": \"2.0.0\","
    " \"features\": [\"ball_speed\", \"launch_angle\", \"back\\u0020spin\"]}";
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const double *importances;
  double min, mean, max;

  info = golf_model_info_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_model_info_get_n_features (info), ==, 3);
  g_assert_cmpstr (golf_model_info_get_features (info)[2], ==, "back spin");
  importances = golf_model_info_get_importances (info);
  g_assert_nonnull (importances);
  g_assert_cmpfloat (importances[0], ==, 0.75);
  g_assert_cmpfloat (importances[1], ==, 0.25);
  g_assert_cmpfloat (importances[2], ==, 0.0);
  g_assert_false (golf_model_info_get_feature_range (info, 0, NULL, NULL, NULL));
  g_assert_true (golf_model_info_get_feature_range (info, 1, &min, &mean, &max));
  g_assert_cmpfloat (min, ==, 5);
  g_assert_cmpfloat (mean, ==, 14);
  g_assert_cmpfloat (max, ==, 30);
  g_assert_cmpuint (golf_model_info_get_seed (info), ==, G_MAXUINT64);
}

/* Many features read in time linear in their number. */
static void
test_info_many_features (void)
{
  const guint n = 10000;
  g_autoptr(GolfModelInfo) info = golf_model_info_new ();
  g_autoptr(GolfModelInfo) read = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *importances = g_new (double, n);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (names, g_strdup_printf ("input_%u", i));
      importances[i] = (double)i / n;
    }
  g_ptr_array_add (names, NULL);
  golf_model_info_set_version (info, "1.0.0");
  golf_model_info_set_features (info, (const char * const *)names->pdata);
  golf_model_info_set_importances (info, importances);
  for (guint i = 0; i < n; i++)
    golf_model_info_set_feature_range (info, i, i, i + 0.5, i + 1);
  data = golf_model_info_to_data (info, FALSE);

  start = g_get_monotonic_time ();
  read = golf_model_info_new_from_data (data, -1, &error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_test_message ("%u features read in %.3f s", n, seconds);
  assert_same_info (read, info);
  /* Linear takes milliseconds; quadratic took seconds. A busy machine
   * is allowed a lot. */
  g_assert_cmpfloat (seconds, <, 1.0);
}

static double
read_json_number (const char *text)
{
  GolfJsonReader reader;
  g_autoptr(GError) error = NULL;
  double value = NAN;

  _golf_json_reader_init (&reader, text, strlen (text));
  g_assert_true (_golf_json_reader_read_number (&reader, &value, NULL, NULL, &error));
  g_assert_no_error (error);
  _golf_json_reader_clear (&reader);
  return value;
}

static void
assert_reads_like_strtod (const char *text)
{
  double got = read_json_number (text);
  double expected = g_ascii_strtod (text, NULL);

  if (memcmp (&got, &expected, sizeof got) != 0)
    g_error ("“%s” read as %.17g, strtod says %.17g", text, got, expected);
}

/* Every double a sidecar holds reads back bit for bit, whichever way the
 * reader converts it (17 digits take its long path). */
static void
test_numbers_read_back (void)
{
  static const char * const halfway[] = {
    "9007199254740993", "9007199254740995", "9007199254740993e3", "9007199254740993e-3",
    "1.7976931348623157e308", "2.2250738585072014e-308", "4.9e-324", "0.1", "0.30000000000000004",
    "97.241571378707889", "123456789012345678e-27", "1e27", "1e-27", "5e-324", "1e400",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < G_N_ELEMENTS (halfway); i++)
    assert_reads_like_strtod (halfway[i]);

  /* Doubles of every magnitude, as the writer writes them. */
  for (guint i = 0; i < 100000; i++)
    {
      guint64 bits = ((guint64)g_rand_int (rand) << 32) | g_rand_int (rand);
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      double value;

      memcpy (&value, &bits, sizeof value);
      if (!isfinite (value))
        continue;
      assert_reads_like_strtod (g_ascii_formatd (buffer, sizeof buffer, "%.17g", value));
      assert_reads_like_strtod (g_ascii_formatd (buffer, sizeof buffer, "%.16g", value));
    }

  /* Decimals of up to 19 digits near the powers of ten it scales by. */
  for (guint i = 0; i < 100000; i++)
    {
      guint n_digits = g_rand_int_range (rand, 1, 20);
      GString *text = g_string_new (g_rand_boolean (rand) ? "-" : "");

      g_string_append_c (text, '1' + g_rand_int_range (rand, 0, 9));
      for (guint d = 1; d < n_digits; d++)
        g_string_append_c (text, '0' + g_rand_int_range (rand, 0, 10));
      g_string_append_printf (text, "e%d", g_rand_int_range (rand, -45, 30));
      assert_reads_like_strtod (text->str);
      g_string_free (text, TRUE);
    }
}

static void
assert_dict_like_builder (GVariant *built,
                          GVariant *expected)
{
  g_assert_true (g_variant_is_of_type (built, g_variant_get_type (expected)));
  g_assert_cmpuint (g_variant_get_size (built), ==, g_variant_get_size (expected));
  g_assert_cmpmem (g_variant_get_data (built), g_variant_get_size (built),
                   g_variant_get_data (expected), g_variant_get_size (expected));
  g_assert_true (g_variant_equal (built, expected));
}

/* The dictionaries built in serialised form are byte for byte what
 * GVariantBuilder makes, for every offset size. */
static void
test_dictionaries (void)
{
  const gsize lengths[] = { 0, 1, 3, 200, 300, 70000 };

  for (guint k = 0; k < G_N_ELEMENTS (lengths); k++)
    {
      g_autofree char *text = g_strnfill (lengths[k], 'x');
      GolfModelDict dict, numbers;
      GVariantBuilder builder, number_builder;
      g_autoptr(GVariant) built = NULL;
      g_autoptr(GVariant) built_numbers = NULL;
      g_autoptr(GVariant) expected = NULL;
      g_autoptr(GVariant) expected_numbers = NULL;

      _golf_model_dict_init (&dict, TRUE);
      _golf_model_dict_init (&numbers, FALSE);
      g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_init (&number_builder, G_VARIANT_TYPE ("a{sd}"));
      for (guint i = 0; i < k; i++)
        {
          g_autofree char *key = g_strdup_printf ("key%u", i);

          _golf_model_dict_add_string (&dict, key, strlen (key), text, lengths[k]);
          g_variant_builder_add (&builder, "{sv}", key, g_variant_new_string (text));
          _golf_model_dict_add_boolean (&dict, "flag", 4, i % 2);
          g_variant_builder_add (&builder, "{sv}", "flag", g_variant_new_boolean (i % 2));
          _golf_model_dict_add_int64 (&dict, "n", 1, -(gint64)i * 1000000007);
          g_variant_builder_add (&builder, "{sv}", "n", g_variant_new_int64 (-(gint64)i * 1000000007));
          _golf_model_dict_add_double (&dict, text, lengths[k], i / 3.0);
          g_variant_builder_add (&builder, "{sv}", text, g_variant_new_double (i / 3.0));
          _golf_model_dict_add_double (&numbers, text, lengths[k], -i * 2.5);
          g_variant_builder_add (&number_builder, "{sd}", text, -i * 2.5);
        }
      /* Text stops at a nul, as it would through a C string. */
      _golf_model_dict_add_string (&dict, "a\0b", 3, "c\0d", 3);
      g_variant_builder_add (&builder, "{sv}", "a", g_variant_new_string ("c"));

      built = _golf_model_dict_end (&dict);
      built_numbers = _golf_model_dict_end (&numbers);
      expected = g_variant_ref_sink (g_variant_builder_end (&builder));
      expected_numbers = g_variant_ref_sink (g_variant_builder_end (&number_builder));
      assert_dict_like_builder (built, expected);
      assert_dict_like_builder (built_numbers, expected_numbers);
    }
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
  g_test_add ("/model-info/cache", Fixture, NULL,
              fixture_set_up, test_info_cache, fixture_tear_down);
  g_test_add_func ("/model-info/not-finite", test_info_not_finite);
  g_test_add_func ("/model-info/member-order", test_info_member_order);
  g_test_add_func ("/model-info/many-features", test_info_many_features);
  g_test_add_func ("/model-info/dictionaries", test_dictionaries);
  g_test_add_func ("/model-info/numbers-read-back", test_numbers_read_back);
  g_test_add ("/model-info/missing-file", Fixture, NULL,
              fixture_set_up, test_info_missing_file, fixture_tear_down);
  g_test_add_func ("/model-info/sidecar-path", test_sidecar_path);
  g_test_add_func ("/model-info/version-compare", test_version_compare);
  g_test_add_func ("/model-info/notify", test_info_notify);

  return g_test_run ();
}
