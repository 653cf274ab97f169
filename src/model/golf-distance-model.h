/* golf-distance-model.h: a carry (or total) distance model trained on the user's shots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-types.h"
#include "golf-model-info.h"
#include "golf-shot.h"

G_BEGIN_DECLS

/* Fewer usable shots than this is a GOLF_MODEL_ERROR_NOT_ENOUGH_DATA. */
#define GOLF_DISTANCE_MODEL_MIN_SAMPLES 50

/* Shots longer than this (metres) are taken for misreads and left out. */
#define GOLF_DISTANCE_MODEL_MAX_CARRY 400.0
#define GOLF_DISTANCE_MODEL_MAX_TOTAL 450.0

/**
 * GolfModelTarget:
 * @GOLF_MODEL_TARGET_CARRY: predict the carry distance
 * @GOLF_MODEL_TARGET_TOTAL: predict the total distance (carry and roll)
 *
 * What a model predicts. Each target has its own model file and versions.
 */
typedef enum
{
  GOLF_MODEL_TARGET_CARRY,
  GOLF_MODEL_TARGET_TOTAL,
} GolfModelTarget;

/**
 * GolfModelBackend:
 * @GOLF_MODEL_BACKEND_AUTO: XGBoost when the build has it, ridge regression otherwise
 * @GOLF_MODEL_BACKEND_XGBOOST: gradient-boosted trees (an error when the build lacks XGBoost)
 * @GOLF_MODEL_BACKEND_RIDGE: the built-in ridge regression on the features and their
 *   pairwise products, always available
 *
 * The learning method of a training.
 */
typedef enum
{
  GOLF_MODEL_BACKEND_AUTO,
  GOLF_MODEL_BACKEND_XGBOOST,
  GOLF_MODEL_BACKEND_RIDGE,
} GolfModelBackend;

/**
 * GolfModelLoadFlags:
 * @GOLF_MODEL_LOAD_NONE: refuse a model file that does not match its metadata
 * @GOLF_MODEL_LOAD_ACCEPT_MODIFIED: load a model file even though its checksum
 *   does not match the one its metadata names (it was changed after training);
 *   only when the user asked for it
 *
 * How golf_distance_model_load_with_flags() treats what it finds.
 */
typedef enum
{
  GOLF_MODEL_LOAD_NONE            = 0,
  GOLF_MODEL_LOAD_ACCEPT_MODIFIED = 1 << 0,
} GolfModelLoadFlags;

/**
 * GolfTrainParams:
 * @target: what to predict
 * @backend: which learner
 * @n_trees: boosting rounds (XGBoost), default 100
 * @max_depth: tree depth (XGBoost), default 5
 * @learning_rate: shrinkage (XGBoost), default 0.1
 * @max_bin: histogram bins per feature (XGBoost `hist`), default 128 (as accurate as
 *   256 on launch data, and faster)
 * @ridge_lambda: L2 penalty on standardised terms (ridge), default 1.0
 * @seed: seed of the session split and of the learner, default 42
 * @n_threads: worker threads, 0 for one per processor
 * @cv_folds: session-grouped cross-validation folds, default 5 (0 to skip)
 * @test_fraction: share of the shots held out, whole sessions at a time, default 0.2
 *
 * Settings of a training. Fill with golf_train_params_init() first.
 */
typedef struct
{
  GolfModelTarget  target;
  GolfModelBackend backend;
  guint            n_trees;
  guint            max_depth;
  double           learning_rate;
  guint            max_bin;
  double           ridge_lambda;
  guint64          seed;
  guint            n_threads;
  guint            cv_folds;
  double           test_fraction;
} GolfTrainParams;

/**
 * GolfPrediction:
 * @value: predicted distance, metres
 * @low80: lower end of the 80% interval, metres (NAN when the model has no interval)
 * @high80: upper end of the 80% interval
 * @low95: lower end of the 95% interval
 * @high95: upper end of the 95% interval
 * @confidence: 0..1; 1 when every input was measured and lies inside the
 *   training range. Each estimated input costs its importance plus 0.05;
 *   an input outside the training range halves it.
 * @estimated: bit i set when feature i was missing and estimated
 * @extrapolated: whether a measured input lies outside the training range
 *
 * A prediction with its range. The intervals come from the residuals on
 * held-out sessions and are widened by 1 / @confidence when inputs were
 * estimated or out of range.
 */
typedef struct
{
  double   value;
  double   low80;
  double   high80;
  double   low95;
  double   high95;
  double   confidence;
  guint    estimated;
  gboolean extrapolated;
} GolfPrediction;

/**
 * GolfModelProgressFunc:
 * @fraction: 0..1
 * @stage: what is being done, for people
 * @user_data: the data given with the function
 *
 * Reports training progress. For golf_distance_model_train_async() it runs
 * in the thread-default main context of the caller.
 */
typedef void (*GolfModelProgressFunc) (double      fraction,
                                       const char *stage,
                                       gpointer    user_data);

#define GOLF_TYPE_DISTANCE_MODEL (golf_distance_model_get_type ())

G_DECLARE_FINAL_TYPE (GolfDistanceModel, golf_distance_model, GOLF, DISTANCE_MODEL, GObject)

void                golf_train_params_init                    (GolfTrainParams        *params);
const char         *golf_model_target_to_string               (GolfModelTarget         target);
gboolean            golf_model_target_from_string             (const char             *name,
                                                               GolfModelTarget        *target);

const char         *golf_distance_model_get_backend_name      (void);
const char         *golf_distance_model_get_backend_reason    (void);
gboolean            golf_distance_model_has_xgboost           (void);
const char * const *golf_distance_model_get_default_features  (void);

guint               golf_distance_model_count_usable          (GPtrArray              *shots,
                                                               GolfModelTarget         target);
GolfDistanceModel  *golf_distance_model_train                 (GPtrArray              *shots,
                                                               const GolfTrainParams  *params,
                                                               GCancellable           *cancellable,
                                                               GolfModelProgressFunc   progress,
                                                               gpointer                progress_data,
                                                               GError                **error);
void                golf_distance_model_train_async           (GPtrArray              *shots,
                                                               const GolfTrainParams  *params,
                                                               GCancellable           *cancellable,
                                                               GolfModelProgressFunc   progress,
                                                               gpointer                progress_data,
                                                               GDestroyNotify          progress_notify,
                                                               GAsyncReadyCallback     callback,
                                                               gpointer                user_data);
GolfDistanceModel  *golf_distance_model_train_finish          (GAsyncResult           *result,
                                                               GError                **error);

gboolean            golf_distance_model_save                  (GolfDistanceModel      *self,
                                                               const char             *model_path,
                                                               GError                **error);
GolfDistanceModel  *golf_distance_model_load                  (const char             *model_path,
                                                               const char             *models_dir,
                                                               GError                **error);
GolfDistanceModel  *golf_distance_model_load_with_flags       (const char             *model_path,
                                                               const char             *models_dir,
                                                               GolfModelLoadFlags      flags,
                                                               GError                **error);

GolfModelInfo      *golf_distance_model_get_info              (GolfDistanceModel      *self);
const char         *golf_distance_model_get_model_type        (GolfDistanceModel      *self);
GolfModelTarget     golf_distance_model_get_target            (GolfDistanceModel      *self);
const char * const *golf_distance_model_get_features          (GolfDistanceModel      *self);
guint               golf_distance_model_get_n_features        (GolfDistanceModel      *self);
const double       *golf_distance_model_get_importances       (GolfDistanceModel      *self);
gboolean            golf_distance_model_predict               (GolfDistanceModel      *self,
                                                               GolfShot               *shot,
                                                               GolfPrediction         *prediction,
                                                               GError                **error);

char               *golf_distance_model_dup_default_models_dir (void);
char               *golf_distance_model_dup_models_dir_for_database (const char     *db_path);
char               *golf_distance_model_dup_models_dir_for_store (const char     *db_path,
                                                                  const char     *database_id);
char               *golf_distance_model_build_active_path     (const char             *models_dir,
                                                               GolfModelTarget         target);
char               *golf_distance_model_publish               (GolfDistanceModel      *self,
                                                               const char             *models_dir,
                                                               GError                **error);
GPtrArray          *golf_distance_model_list_versions         (const char             *models_dir,
                                                               GolfModelTarget         target,
                                                               GError                **error);
char               *golf_distance_model_dup_active_version    (const char             *models_dir,
                                                               GolfModelTarget         target);
gboolean            golf_distance_model_use_version           (const char             *models_dir,
                                                               GolfModelTarget         target,
                                                               const char             *version,
                                                               GError                **error);

G_END_DECLS
