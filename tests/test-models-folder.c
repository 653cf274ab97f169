/* test-models-folder.c: versions, the active pointer, rollback, the folder lock, links in
 * the folder, and a folder per database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-models-folder"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-distance-model.h"
#include "golf-model-info.h"
#include "golf-shot.h"
#include "golf-test-model.h"
#include "golf-test-util.h"

typedef GolfTestModels Fixture;

static GolfDistanceModel *
train_quick (GolfModelBackend backend,
             guint32          seed)
{
  return golf_test_train_model (backend, seed, 5, 30);
}

static double
predict_value (GolfDistanceModel *model)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("q", NULL);
  g_autoptr(GError) error = NULL;
  GolfPrediction prediction;

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 55);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, 16);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, 5000);
  g_assert_true (golf_distance_model_predict (model, shot, &prediction, &error));
  g_assert_no_error (error);
  return prediction.value;
}

static void
assert_active_version (const char *models,
                       const char *version)
{
  g_autofree char *active = golf_distance_model_dup_active_version (models, GOLF_MODEL_TARGET_CARRY);

  g_assert_cmpstr (active, ==, version);
}

/* ------------------------------------------------------------------ */
/* Versions and the active pointer */

static void
test_versions_and_rollback (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) first = train_quick (GOLF_MODEL_BACKEND_AUTO, 61);
  g_autoptr(GolfDistanceModel) second = train_quick (GOLF_MODEL_BACKEND_AUTO, 67);
  g_autoptr(GolfDistanceModel) third = train_quick (GOLF_MODEL_BACKEND_AUTO, 71);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *active = NULL;
  g_autofree char *pointer = g_build_filename (fixture->models, "carry-model.active", NULL);
  g_autofree char *pointed = NULL;
  g_autofree char *v1 = NULL, *v2 = NULL, *v3 = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (golf_distance_model_dup_active_version (fixture->models, GOLF_MODEL_TARGET_CARRY));
  v1 = golf_distance_model_publish (first, fixture->models, &error);
  g_assert_no_error (error);
  v2 = golf_distance_model_publish (second, fixture->models, &error);
  v3 = golf_distance_model_publish (third, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v1, ==, "1.0.0");
  g_assert_cmpstr (v2, ==, "1.1.0");
  g_assert_cmpstr (v3, ==, "1.2.0");
  assert_active_version (fixture->models, "1.2.0");

  /* One pointer names the active version; its files are the history's. */
  g_assert_true (g_file_get_contents (pointer, &pointed, NULL, NULL));
  g_assert_cmpstr (pointed, ==, "1.2.0\n");
  active = golf_distance_model_build_active_path (fixture->models, GOLF_MODEL_TARGET_CARRY);
  g_assert_true (g_str_has_suffix (active, "/history/carry-model-1.2.0.json"));
  g_clear_pointer (&active, g_free);

  versions = golf_distance_model_list_versions (fixture->models, GOLF_MODEL_TARGET_CARRY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 3);
  g_assert_cmpstr (golf_model_info_get_version (g_ptr_array_index (versions, 0)), ==, "1.0.0");
  g_assert_cmpstr (golf_model_info_get_version (g_ptr_array_index (versions, 2)), ==, "1.2.0");
  g_clear_pointer (&versions, g_ptr_array_unref);

  /* Back to the first: the active model predicts like the first again. */
  g_assert_true (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY, "1.0.0", &error));
  g_assert_no_error (error);
  assert_active_version (fixture->models, "1.0.0");
  active = golf_distance_model_build_active_path (fixture->models, GOLF_MODEL_TARGET_CARRY);
  loaded = golf_distance_model_load (active, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_model_info_get_version (golf_distance_model_get_info (loaded)), ==, "1.0.0");
  g_assert_cmpfloat_with_epsilon (predict_value (loaded), predict_value (first), 1e-4);
  g_assert_cmpfloat (fabs (predict_value (loaded) - predict_value (third)), >, 1e-6);

  /* The next training still continues after the newest. */
  g_free (v3);
  v3 = golf_distance_model_publish (first, fixture->models, &error);
  g_assert_cmpstr (v3, ==, "1.3.0");

  g_assert_false (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY, "9.9.9", &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Other targets keep their own versions. */
  assert_active_version (fixture->models, "1.3.0");
  g_assert_null (golf_distance_model_dup_active_version (fixture->models, GOLF_MODEL_TARGET_TOTAL));
}

/* A version whose sidecar is damaged is not listed, but its files are
 * still there: the next training takes the version after it. */
static void
test_damaged_version_not_written_over (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) first = train_quick (GOLF_MODEL_BACKEND_AUTO, 61);
  g_autoptr(GolfDistanceModel) second = train_quick (GOLF_MODEL_BACKEND_AUTO, 67);
  g_autofree char *v1 = NULL, *v2 = NULL, *v3 = NULL, *v4 = NULL;
  g_autofree char *history = g_build_filename (fixture->models, "history", NULL);
  g_autofree char *model_2 = g_build_filename (history, "carry-model-1.1.0.json", NULL);
  g_autofree char *sidecar_2 = golf_model_info_sidecar_path (model_2);
  g_autofree char *stray = g_build_filename (history, "carry-model-1.3.0.json", NULL);
  g_autofree char *model_before = NULL, *model_after = NULL, *stray_after = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  v1 = golf_distance_model_publish (first, fixture->models, &error);
  v2 = golf_distance_model_publish (second, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v2, ==, "1.1.0");
  g_assert_true (g_file_get_contents (model_2, &model_before, NULL, NULL));
  g_assert_true (g_file_set_contents (sidecar_2, "{ not json", -1, NULL));
  g_assert_true (g_file_set_contents (stray, "kept as it is", -1, NULL));
  g_assert_true (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY, "1.0.0", &error));

  /* Each listing (this one, then each training's) skips it aloud. */
  for (guint i = 0; i < 3; i++)
    g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Skipping model version*malformed*");
  versions = golf_distance_model_list_versions (fixture->models, GOLF_MODEL_TARGET_CARRY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);

  v3 = golf_distance_model_publish (second, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v3, ==, "1.2.0");
  v4 = golf_distance_model_publish (second, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v4, ==, "1.4.0");
  g_test_assert_expected_messages ();

  g_assert_true (g_file_get_contents (model_2, &model_after, NULL, NULL));
  g_assert_cmpstr (model_after, ==, model_before);
  g_assert_true (g_file_get_contents (stray, &stray_after, NULL, NULL));
  g_assert_cmpstr (stray_after, ==, "kept as it is");
  assert_active_version (fixture->models, "1.4.0");
}

static void
test_version_major_on_new_learner (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) trees = NULL;
  g_autoptr(GolfDistanceModel) ridge = train_quick (GOLF_MODEL_BACKEND_RIDGE, 73);
  g_autofree char *v1 = NULL, *v2 = NULL;
  g_autoptr(GError) error = NULL;

  if (!golf_distance_model_has_xgboost ())
    {
      g_test_skip ("built without XGBoost");
      return;
    }
  trees = train_quick (GOLF_MODEL_BACKEND_XGBOOST, 73);
  v1 = golf_distance_model_publish (trees, fixture->models, &error);
  v2 = golf_distance_model_publish (ridge, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v1, ==, "1.0.0");
  g_assert_cmpstr (v2, ==, "2.0.0");
}

/* The latest version took other inputs (an older Golf Lab trained on
 * five): the next one is a new major version, and the one after it on
 * the same inputs a minor one. */
static void
test_version_major_on_new_features (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  static const char * const five[] = {
    "ball_speed", "launch_angle", "back_spin", "club_speed", "attack_angle", NULL
  };
  g_autoptr(GolfDistanceModel) first = train_quick (GOLF_MODEL_BACKEND_RIDGE, 79);
  g_autoptr(GolfDistanceModel) second = train_quick (GOLF_MODEL_BACKEND_RIDGE, 83);
  g_autofree char *model_path = golf_test_history_path (fixture->models, "1.0.0", ".json");
  g_autoptr(GolfModelInfo) old = NULL;
  g_autofree char *v1 = NULL, *v2 = NULL, *v3 = NULL;
  g_autoptr(GError) error = NULL;

  v1 = golf_distance_model_publish (first, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v1, ==, "1.0.0");
  old = golf_model_info_load_for_model (model_path, &error);
  g_assert_no_error (error);
  golf_model_info_set_features (old, five);
  g_assert_true (golf_model_info_save_for_model (old, model_path, &error));

  v2 = golf_distance_model_publish (second, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v2, ==, "2.0.0");
  v3 = golf_distance_model_publish (first, fixture->models, &error);
  g_assert_cmpstr (v3, ==, "2.1.0");
}

/* A folder from before the pointer: its carry-model.json stays the
 * active model until the next version, which replaces it. */
static void
test_folder_before_pointer (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) old = train_quick (GOLF_MODEL_BACKEND_RIDGE, 89);
  g_autoptr(GolfDistanceModel) next = train_quick (GOLF_MODEL_BACKEND_RIDGE, 97);
  g_autofree char *legacy = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autofree char *legacy_sidecar = golf_model_info_sidecar_path (legacy);
  g_autofree char *active = NULL;
  g_autofree char *version = NULL;
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GError) error = NULL;

  golf_model_info_set_version (golf_distance_model_get_info (old), "1.4.0");
  g_assert_true (golf_distance_model_save (old, legacy, &error));
  assert_active_version (fixture->models, "1.4.0");
  active = golf_distance_model_build_active_path (fixture->models, GOLF_MODEL_TARGET_CARRY);
  g_assert_cmpstr (active, ==, legacy);
  loaded = golf_distance_model_load (active, fixture->models, &error);
  g_assert_no_error (error);
  g_clear_pointer (&active, g_free);

  version = golf_distance_model_publish (next, fixture->models, &error);
  g_assert_no_error (error);
  assert_active_version (fixture->models, version);
  active = golf_distance_model_build_active_path (fixture->models, GOLF_MODEL_TARGET_CARRY);
  g_assert_true (g_str_has_suffix (active, "/history/carry-model-1.0.0.json"));
  g_assert_false (g_file_test (legacy, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (legacy_sidecar, G_FILE_TEST_EXISTS));
}

/* use-model makes active only a version that loads from regular files:
 * never whatever a link in the history points to. */
static void
test_use_version_refuses (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_RIDGE, 101);
  g_autoptr(GolfDistanceModel) other = train_quick (GOLF_MODEL_BACKEND_RIDGE, 103);
  g_autofree char *v1 = NULL;
  g_autofree char *outside = g_build_filename (fixture->root, "elsewhere.json", NULL);
  g_autofree char *outside_sidecar = golf_model_info_sidecar_path (outside);
  g_autofree char *linked = golf_test_history_path (fixture->models, "1.5.0", ".json");
  g_autofree char *linked_sidecar = golf_test_history_path (fixture->models, "1.5.0", ".metadata.json");
  g_autofree char *fifo = golf_test_history_path (fixture->models, "1.6.0", ".json");
  g_autofree char *changed = golf_test_history_path (fixture->models, "1.7.0", ".json");
  g_autofree char *changed_sidecar = golf_test_history_path (fixture->models, "1.7.0", ".metadata.json");
  g_autofree char *v1_path = golf_test_history_path (fixture->models, "1.0.0", ".json");
  g_autofree char *v1_sidecar = golf_test_history_path (fixture->models, "1.0.0", ".metadata.json");
  g_autofree char *other_data = NULL;
  g_autofree char *v1_metadata = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  v1 = golf_distance_model_publish (model, fixture->models, &error);
  g_assert_no_error (error);

  /* A link to a model outside, with its own sidecar. */
  golf_model_info_set_version (golf_distance_model_get_info (other), "1.5.0");
  g_assert_true (golf_distance_model_save (other, outside, &error));
  g_assert_cmpint (symlink (outside, linked), ==, 0);
  g_assert_cmpint (symlink (outside_sidecar, linked_sidecar), ==, 0);
  g_assert_false (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY, "1.5.0", &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Version 1.5.0 cannot be used"));
  g_clear_error (&error);

  /* A FIFO, which would block a reader. */
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_false (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY, "1.6.0", &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Another model's file under version 1.0.0's metadata. */
  g_assert_true (g_file_get_contents (outside, &other_data, &length, NULL));
  g_assert_true (g_file_get_contents (v1_sidecar, &v1_metadata, NULL, NULL));
  g_assert_true (g_file_set_contents (changed, other_data, length, NULL));
  g_assert_true (g_file_set_contents (changed_sidecar, v1_metadata, -1, NULL));
  g_assert_false (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY, "1.7.0", &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_clear_error (&error);

  /* A damaged file. */
  g_assert_true (g_file_set_contents (v1_path, "{\"golf_lab_model\": \"ridge\"}", -1, NULL));
  g_assert_false (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY, "1.0.0", &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_clear_error (&error);

  /* None of them became active. */
  assert_active_version (fixture->models, "1.0.0");

  /* Nor does a version that is not one reach outside the history folder. */
  g_assert_false (golf_distance_model_use_version (fixture->models, GOLF_MODEL_TARGET_CARRY,
                                                   "../../carry-model", &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID);
}

/* ------------------------------------------------------------------ */
/* Failures */

static void
test_read_only_models_dir_child (const char *models)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_RIDGE, 79);
  g_autofree char *version = NULL;
  g_autoptr(GError) error = NULL;

  /* Root ignores permissions: drop to nobody in this child process. */
  if (geteuid () == 0)
    g_assert_cmpint (setuid (65534), ==, 0);
  version = golf_distance_model_publish (model, models, &error);
  g_assert_null (version);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "read-only"));
}

/* The child finds the parent's folder by the parent's pid. */
static char *
read_only_root (GPid parent)
{
  g_autofree char *name = g_strdup_printf ("golf-models-folder-ro-%d", (int)parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static void
test_read_only_models_dir (void)
{
  g_autofree char *root = NULL;
  g_autofree char *models = NULL;
  g_autoptr(GDir) dir = NULL;

  if (g_test_subprocess ())
    {
      root = read_only_root (getppid ());
      models = g_build_filename (root, "models", NULL);
      test_read_only_models_dir_child (models);
      return;
    }

  root = read_only_root (getpid ());
  models = g_build_filename (root, "models", NULL);
  golf_test_remove_tree (models);
  g_assert_cmpint (g_mkdir_with_parents (models, 0755), ==, 0);
  g_assert_cmpint (g_chmod (root, 0755), ==, 0);
  g_assert_cmpint (g_chmod (models, 0555), ==, 0);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  dir = g_dir_open (models, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  golf_test_remove_tree (root);
}

/* A publish that cannot make the model active keeps no version of it. */
static void
test_failed_publish_keeps_history (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) first = train_quick (GOLF_MODEL_BACKEND_RIDGE, 107);
  g_autoptr(GolfDistanceModel) second = train_quick (GOLF_MODEL_BACKEND_RIDGE, 109);
  g_autofree char *pointer = g_build_filename (fixture->models, "carry-model.active", NULL);
  g_autofree char *v1 = NULL;
  g_autofree char *v2 = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  v1 = golf_distance_model_publish (first, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (v1, ==, "1.0.0");

  /* A folder where the pointer goes: it cannot be replaced. */
  g_assert_cmpint (g_unlink (pointer), ==, 0);
  g_assert_cmpint (g_mkdir (pointer, 0755), ==, 0);
  v2 = golf_distance_model_publish (second, fixture->models, &error);
  g_assert_null (v2);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (g_rmdir (pointer), ==, 0);

  versions = golf_distance_model_list_versions (fixture->models, GOLF_MODEL_TARGET_CARRY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpstr (golf_model_info_get_version (g_ptr_array_index (versions, 0)), ==, "1.0.0");
}

/* A version whose files cannot be written never becomes the active one:
 * the pointer moves only after both are in place. */
static void
test_failed_history_keeps_pointer (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) first = train_quick (GOLF_MODEL_BACKEND_RIDGE, 113);
  g_autoptr(GolfDistanceModel) second = train_quick (GOLF_MODEL_BACKEND_RIDGE, 127);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autofree char *blocked = golf_test_history_path (fixture->models, "1.1.0", ".metadata.json");
  g_autofree char *v1 = NULL;
  g_autofree char *v2 = NULL;
  g_autofree char *active = NULL;
  g_autoptr(GError) error = NULL;

  v1 = golf_distance_model_publish (first, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (blocked, 0755), ==, 0);
  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Skipping model version*not a regular file*");
  v2 = golf_distance_model_publish (second, fixture->models, &error);
  g_test_assert_expected_messages ();
  g_assert_null (v2);
  g_assert_nonnull (error);
  g_clear_error (&error);

  assert_active_version (fixture->models, "1.0.0");
  active = golf_distance_model_build_active_path (fixture->models, GOLF_MODEL_TARGET_CARRY);
  loaded = golf_distance_model_load (active, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (predict_value (loaded), predict_value (first), 1e-9);
}

/* ------------------------------------------------------------------ */
/* A folder per database */

static void
test_folder_per_database (void)
{
  static const struct { const char *db, *models; } cases[] = {
    { "/data/golf-lab/shots.db", "/data/golf-lab/shots.models" },
    { "/data/club.db", "/data/club.models" },
    { "/data/archive", "/data/archive-models" },
    { "/data/.db", "/data/.db-models" },
    { "relative/mine.sqlite", "relative/mine.sqlite-models" },
    { "relative/mine.sqlite.db", "relative/mine.sqlite.models" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *models = golf_distance_model_dup_models_dir_for_database (cases[i].db);

      g_assert_cmpstr (models, ==, cases[i].models);
    }
}

/* Two databases never share a folder ("x" and "x.db" did); a link to a
 * database has that database's models; an old folder of a database
 * without ".db" moves to its new name, unless the ".db" one is there to
 * claim it. */
static void
test_folder_of_links_and_names (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *a = NULL, *a_models = NULL, *link = NULL, *link_models = NULL;
  g_autofree char *x = NULL, *x_db = NULL, *x_models = NULL, *x_db_models = NULL;
  g_autofree char *old = NULL, *old_legacy = NULL, *old_models = NULL;
  g_autofree char *claimed = NULL, *claimed_db = NULL, *claimed_legacy = NULL, *claimed_models = NULL;

  golf_test_dir_init (&dir);
  a = g_build_filename (dir.dir, "a.db", NULL);
  link = g_build_filename (dir.dir, "l.db", NULL);
  g_assert_true (g_file_set_contents (a, "", 0, NULL));
  g_assert_cmpint (symlink (a, link), ==, 0);
  a_models = golf_distance_model_dup_models_dir_for_database (a);
  link_models = golf_distance_model_dup_models_dir_for_database (link);
  g_assert_cmpstr (link_models, ==, a_models);

  /* A link's own folder from before moves to the database it points to. */
  {
    g_autofree char *b = g_build_filename (dir.dir, "b.db", NULL);
    g_autofree char *b_link = g_build_filename (dir.dir, "bl.db", NULL);
    g_autofree char *link_own = g_build_filename (dir.dir, "bl.models", NULL);
    g_autofree char *b_models = NULL;

    g_assert_true (g_file_set_contents (b, "", 0, NULL));
    g_assert_cmpint (symlink (b, b_link), ==, 0);
    g_assert_cmpint (g_mkdir (link_own, 0755), ==, 0);
    g_test_expect_message ("golf-model", G_LOG_LEVEL_MESSAGE, "Moved the models folder*points to*");
    b_models = golf_distance_model_dup_models_dir_for_database (b_link);
    g_test_assert_expected_messages ();
    g_assert_true (g_str_has_suffix (b_models, "/b.models"));
    g_assert_true (g_file_test (b_models, G_FILE_TEST_IS_DIR));
    g_assert_false (g_file_test (link_own, G_FILE_TEST_EXISTS));
  }

  x = g_build_filename (dir.dir, "x", NULL);
  x_db = g_build_filename (dir.dir, "x.db", NULL);
  x_models = golf_distance_model_dup_models_dir_for_database (x);
  x_db_models = golf_distance_model_dup_models_dir_for_database (x_db);
  g_assert_cmpstr (x_models, !=, x_db_models);

  old = g_build_filename (dir.dir, "old", NULL);
  old_legacy = g_build_filename (dir.dir, "old.models", NULL);
  g_assert_cmpint (g_mkdir (old_legacy, 0755), ==, 0);
  g_test_expect_message ("golf-model", G_LOG_LEVEL_MESSAGE, "Moved the models folder*");
  old_models = golf_distance_model_dup_models_dir_for_database (old);
  g_test_assert_expected_messages ();
  g_assert_true (g_file_test (old_models, G_FILE_TEST_IS_DIR));
  g_assert_false (g_file_test (old_legacy, G_FILE_TEST_EXISTS));

  claimed = g_build_filename (dir.dir, "claimed", NULL);
  claimed_db = g_build_filename (dir.dir, "claimed.db", NULL);
  claimed_legacy = g_build_filename (dir.dir, "claimed.models", NULL);
  g_assert_true (g_file_set_contents (claimed_db, "", 0, NULL));
  g_assert_cmpint (g_mkdir (claimed_legacy, 0755), ==, 0);
  claimed_models = golf_distance_model_dup_models_dir_for_database (claimed);
  g_assert_false (g_file_test (claimed_models, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (claimed_legacy, G_FILE_TEST_IS_DIR));
}

/* The folder is marked with the database's id the first time; another
 * database under the same name gets a folder of its own. */
static void
test_folder_marked_with_database (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *db = NULL, *plain = NULL, *first = NULL, *again = NULL, *other = NULL, *none = NULL;
  g_autofree char *mark = NULL, *mark_text = NULL;

  golf_test_dir_init (&dir);
  db = g_build_filename (dir.dir, "shots.db", NULL);
  plain = golf_distance_model_dup_models_dir_for_database (db);

  first = golf_distance_model_dup_models_dir_for_store (db, "00000000000000a1");
  g_assert_cmpstr (first, ==, plain);
  mark = g_build_filename (plain, "database-id", NULL);
  g_assert_true (g_file_get_contents (mark, &mark_text, NULL, NULL));
  g_assert_cmpstr (mark_text, ==, "00000000000000a1\n");

  again = golf_distance_model_dup_models_dir_for_store (db, "00000000000000a1");
  g_assert_cmpstr (again, ==, plain);

  other = golf_distance_model_dup_models_dir_for_store (db, "00000000000000b2");
  g_assert_cmpstr (other, !=, plain);
  g_assert_true (g_str_has_suffix (other, "shots.models-00000000000000b2"));
  g_assert_true (g_file_test (other, G_FILE_TEST_IS_DIR));

  /* A database without an id yet (never opened since ids): the name alone. */
  none = golf_distance_model_dup_models_dir_for_store (db, NULL);
  g_assert_cmpstr (none, ==, plain);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/models-folder/versions/rollback", Fixture, NULL,
              golf_test_models_set_up, test_versions_and_rollback, golf_test_models_tear_down);
  g_test_add ("/models-folder/versions/damaged-not-written-over", Fixture, NULL,
              golf_test_models_set_up, test_damaged_version_not_written_over, golf_test_models_tear_down);
  g_test_add ("/models-folder/versions/major-on-new-learner", Fixture, NULL,
              golf_test_models_set_up, test_version_major_on_new_learner, golf_test_models_tear_down);
  g_test_add ("/models-folder/versions/major-on-new-features", Fixture, NULL,
              golf_test_models_set_up, test_version_major_on_new_features, golf_test_models_tear_down);
  g_test_add ("/models-folder/versions/before-pointer", Fixture, NULL,
              golf_test_models_set_up, test_folder_before_pointer, golf_test_models_tear_down);
  g_test_add ("/models-folder/use-version/refuses", Fixture, NULL,
              golf_test_models_set_up, test_use_version_refuses, golf_test_models_tear_down);
  g_test_add_func ("/models-folder/read-only", test_read_only_models_dir);
  g_test_add ("/models-folder/failed-publish", Fixture, NULL,
              golf_test_models_set_up, test_failed_publish_keeps_history, golf_test_models_tear_down);
  g_test_add ("/models-folder/failed-history", Fixture, NULL,
              golf_test_models_set_up, test_failed_history_keeps_pointer, golf_test_models_tear_down);
  g_test_add_func ("/models-folder/per-database", test_folder_per_database);
  g_test_add_func ("/models-folder/links-and-names", test_folder_of_links_and_names);
  g_test_add_func ("/models-folder/marked-with-database", test_folder_marked_with_database);

  return g_test_run ();
}
