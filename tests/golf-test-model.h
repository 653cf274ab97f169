/* golf-test-model.h: what the model tests share: a models folder, quick trainings, hostile JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-distance-model.h"

G_BEGIN_DECLS

/* A temporary folder with a models folder in it, removed at the end. */
typedef struct
{
  char *root;
  char *models;
} GolfTestModels;

void               golf_test_models_set_up    (GolfTestModels   *fixture,
                                               gconstpointer     user_data);
void               golf_test_models_tear_down (GolfTestModels   *fixture,
                                               gconstpointer     user_data);
GolfDistanceModel *golf_test_train_model      (GolfModelBackend  backend,
                                               guint32           seed,
                                               guint             n_sessions,
                                               guint             per_session);
char              *golf_test_history_path     (const char       *models,
                                               const char       *version,
                                               const char       *suffix);
char              *golf_test_nested_json      (const char       *prefix,
                                               guint             depth,
                                               const char       *suffix);

G_END_DECLS
