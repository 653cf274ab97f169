/* golf-test-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "golf-test-model.h"
#include "golf-test-util.h"

void
golf_test_models_set_up (GolfTestModels *fixture,
                         gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->root = g_dir_make_tmp ("golf-models-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->models = g_build_filename (fixture->root, "models", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->models, 0755), ==, 0);
}

void
golf_test_models_tear_down (GolfTestModels *fixture,
                            gconstpointer   user_data)
{
  golf_test_remove_tree (fixture->root);
  g_clear_pointer (&fixture->root, g_free);
  g_clear_pointer (&fixture->models, g_free);
}

/**
 * golf_test_train_model:
 * @backend: the learner
 * @seed: the seed of the shots, the split and the learner
 * @n_sessions: how many sessions of shots
 * @per_session: shots in each
 *
 * A quick training (20 trees) on golf_test_launch_shots().
 *
 * Returns: (transfer full): the model
 */
GolfDistanceModel *
golf_test_train_model (GolfModelBackend backend,
                       guint32          seed,
                       guint            n_sessions,
                       guint            per_session)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GolfDistanceModel *model;
  GolfTrainParams params;

  for (guint s = 0; s < n_sessions; s++)
    {
      g_autofree char *session = g_strdup_printf ("s%u-%u", seed, s);
      g_autoptr(GPtrArray) part = golf_test_launch_shots (session, per_session, seed * 10 + s);

      g_ptr_array_extend_and_steal (shots, g_steal_pointer (&part));
    }
  golf_train_params_init (&params);
  params.backend = backend;
  params.n_trees = 20;
  params.seed = seed;
  model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return model;
}

/* history/carry-model-VERSION.json, or with another @suffix */
char *
golf_test_history_path (const char *models,
                        const char *version,
                        const char *suffix)
{
  g_autofree char *name = g_strdup_printf ("carry-model-%s%s", version, suffix);

  return g_build_filename (models, "history", name, NULL);
}

/* @prefix, @depth nested empty lists, @suffix */
char *
golf_test_nested_json (const char *prefix,
                       guint       depth,
                       const char *suffix)
{
  GString *out = g_string_new (prefix);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, ']');
  g_string_append (out, suffix);
  return g_string_free (out, FALSE);
}
