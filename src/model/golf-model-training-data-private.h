/* golf-model-training-data-private.h: the shots a training learns from, as plain arrays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-distance-model.h"

G_BEGIN_DECLS

/* No model takes more inputs than this. */
#define GOLF_MODEL_MAX_FEATURES 16

/* The inputs of a new model: golf_distance_model_get_default_features(). */
#define GOLF_MODEL_N_DEFAULT_FEATURES 6

/* One row per usable shot, the default features as columns, copied from
 * the shots on the caller's thread: training threads see no GObject. */
typedef struct
{
  guint   n_rows;
  guint   n_features;
  guint   n_shots;
  float  *x;
  float  *y;
  guint  *group;        /* the session of each row, an index into group_names */
  guint   n_groups;
  GStrv   group_names;
} GolfTrainData;

/* The rows of one fit: it learns from train_rows and predicts eval_rows
 * into pred. */
typedef struct
{
  guint  *train_rows;
  guint   n_train;
  guint  *eval_rows;
  guint   n_eval;
  float  *pred;
} GolfFitRows;

GolfTrainData *_golf_train_data_new      (GPtrArray            *shots,
                                          GolfModelTarget       target,
                                          GError              **error);
void           _golf_train_data_free     (GolfTrainData        *data);
void           _golf_train_data_describe (const GolfTrainData  *data,
                                          double              (*ranges)[3],
                                          char                **fingerprint);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfTrainData, _golf_train_data_free)

G_END_DECLS
