/* golf-model-backend-private.h: what a learning method provides, and the table of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-distance-model.h"
#include "golf-model-training-data-private.h"

G_BEGIN_DECLS

/* What a backend's fit reads besides its rows. */
typedef struct
{
  const GolfTrainData   *data;
  const GolfTrainParams *params;
  guint                  n_threads;    /* the threads this one fit may use */
  GCancellable          *cancellable;
  int                   *steps_done;   /* add one atomically after each step */
} GolfFitContext;

/**
 * GolfModelBackendVTable:
 * @id: its #GolfModelBackend, as #GolfTrainParams names it
 * @model_type: the "model_type" of its models' metadata ("ridge", "xgboost")
 * @title: the learning method, for people ("XGBoost")
 * @available: whether this build has it; when not, only the fields above,
 *   @missing, @reason and @claims_file are set
 * @missing: why a training with it is refused when it is not available
 * @reason: why it is the active backend, when it is
 * @get_name: the learner with its version, for people and the metadata
 * @count_steps: how many progress steps one fit takes
 * @fit: learns from the train rows, writes its predictions of the eval
 *   rows into their pred, and returns the fitted model (or %NULL with an
 *   error; %G_IO_ERROR_CANCELLED once @ctx's cancellable is cancelled)
 * @compute_importances: one share per feature, summing to 1, of a model
 *   fitted on @rows
 * @add_hyperparameters: adds its settings to the metadata's "hyperparameters"
 * @predict: predicts one row of inputs (missing ones already estimated)
 * @get_input_mean: (nullable): the training mean of an input, if the model
 *   itself keeps it
 * @claims_file: (nullable): whether a model file (a JSON object) is one of
 *   its own; %NULL for the one backend that reads whatever no other claims
 * @load: reads a model file: the fitted model, its number of inputs and,
 *   if the file holds them, its importances
 * @save: the contents of a model file for a fitted model
 * @free: frees a fitted model
 *
 * A learning method. Each lives in its own golf-model-backend-*.c file and
 * has a line in the table of golf-model-backend.c.
 */
typedef struct
{
  GolfModelBackend  id;
  const char       *model_type;
  const char       *title;
  gboolean          available;
  const char       *missing;
  const char       *reason;

  const char *(*get_name)            (void);
  guint       (*count_steps)         (const GolfTrainParams  *params);
  gpointer    (*fit)                 (const GolfFitContext   *ctx,
                                      const GolfFitRows      *rows,
                                      GError                **error);
  void        (*compute_importances) (gpointer                model,
                                      const GolfTrainData    *data,
                                      const GolfFitRows      *rows,
                                      double                 *importances);
  void        (*add_hyperparameters) (const GolfTrainParams  *params,
                                      GVariantBuilder        *builder);
  gboolean    (*predict)             (gpointer                model,
                                      const float            *row,
                                      guint                   n_features,
                                      double                 *value,
                                      GError                **error);
  double      (*get_input_mean)      (gpointer                model,
                                      guint                   index);
  gboolean    (*claims_file)         (const char             *data,
                                      gsize                   length);
  gpointer    (*load)                (const char             *model_path,
                                      const char             *data,
                                      gsize                   length,
                                      guint                  *n_features,
                                      double                **importances,
                                      GError                **error);
  char       *(*save)                (gpointer                model,
                                      const double           *importances,
                                      gsize                  *length,
                                      GError                **error);
  void        (*free)                (gpointer                model);
} GolfModelBackendVTable;

const GolfModelBackendVTable *_golf_model_backend_get      (GolfModelBackend  backend);
const GolfModelBackendVTable *_golf_model_backend_for_file (const char       *data,
                                                            gsize             length);

G_END_DECLS
