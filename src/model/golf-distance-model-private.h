/* golf-distance-model-private.h: internals shared by the model sources and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-distance-model.h"
#include "golf-model-backend-private.h"
#include "golf-model-info.h"

G_BEGIN_DECLS

struct _GolfDistanceModel
{
  GObject                       parent_instance;

  /* NULL for a model loaded without (usable) metadata. Its intervals
   * always apply; its feature ranges only when it names our columns. */
  GolfModelInfo                *info;
  GolfModelTarget               target;
  GStrv                         features;
  guint                         n_features;
  GolfShotField                 fields[GOLF_MODEL_MAX_FEATURES];
  double                       *importances;

  /* The learning method and what it fitted; NULL in a model being built. */
  const GolfModelBackendVTable *backend;
  gpointer                      fitted;
};

gboolean       _golf_distance_model_set_features       (GolfDistanceModel  *self,
                                                        const char * const *features);
gboolean       _golf_distance_model_info_names_columns (GolfDistanceModel  *self);
GolfModelInfo *_golf_distance_model_ensure_info        (GolfDistanceModel  *self);
gboolean       _golf_distance_model_to_files_data      (GolfDistanceModel  *self,
                                                        char              **model,
                                                        gsize              *model_length,
                                                        char              **metadata,
                                                        GError            **error);

GolfDistanceModel *_golf_distance_model_new_from_data (const char         *name,
                                                       const char         *data,
                                                       gsize               length,
                                                       GError            **error);

/* For tests: the rows a training would use, the session of each, whether
 * each is held out (1) or trained on (0), and its cross-validation fold. */
gboolean  _golf_distance_model_split_rows (GPtrArray              *shots,
                                           const GolfTrainParams  *params,
                                           GStrv                  *row_sessions,
                                           guint                 **test_part,
                                           guint                 **folds,
                                           guint                  *n_rows,
                                           guint                  *n_folds,
                                           GError                **error);

G_END_DECLS
