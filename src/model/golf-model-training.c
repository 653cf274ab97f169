/* golf-model-training.c: training on worker threads, and the metadata it writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "golf-distance-model-private.h"
#include "golf-model-evaluation-private.h"
#include "golf-model-split-private.h"

/* Training: one fit on the training sessions, evaluated on the held-out
 * sessions, plus k session-grouped cross-validation fits, run on a few
 * worker threads. */

/* Shared by the fitting threads; the caller's thread waits on cond. Job 0
 * is the model itself (eval_rows: the held-out sessions), the others are
 * the cross-validation folds. */
typedef struct
{
  GolfFitContext                fit;
  const GolfModelBackendVTable *backend;
  GolfFitRows                  *jobs;
  guint                         n_jobs;
  gpointer                      model;    /* what job 0 fitted */
  GError                       *errors[1 + GOLF_MODEL_MAX_FOLDS];  /* one per job */
  int                           next_job;
  int                           steps_done;
  GMutex                        mutex;
  GCond                         cond;
  guint                         workers_left;
} TrainContext;

/* What a training thread hands back: plain data, no GObject. */
typedef struct
{
  GolfTrainParams               params;
  const GolfModelBackendVTable *backend;
  gpointer                      model;
  double                        importances[GOLF_MODEL_MAX_FEATURES];
  double                        ranges[GOLF_MODEL_MAX_FEATURES][3];
  char                         *fingerprint;
  GolfModelSplit                split;
  GolfModelScores               scores;
  guint                         n_train, n_test, n_usable, n_shots;
} TrainResult;

static void
train_result_free (TrainResult *result)
{
  if (result->model != NULL)
    result->backend->free (result->model);
  g_free (result->fingerprint);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrainResult, train_result_free)

static gpointer
train_worker (gpointer user_data)
{
  TrainContext *ctx = user_data;
  guint index;

  while ((index = (guint)g_atomic_int_add (&ctx->next_job, 1)) < ctx->n_jobs)
    {
      gpointer model = ctx->backend->fit (&ctx->fit, &ctx->jobs[index], &ctx->errors[index]);

      /* The folds only score; job 0 is kept. */
      if (index == 0)
        ctx->model = model;
      else if (model != NULL)
        ctx->backend->free (model);

      if (ctx->errors[index] != NULL)
        g_cancellable_cancel (ctx->fit.cancellable);
    }

  g_mutex_lock (&ctx->mutex);
  ctx->workers_left--;
  g_cond_signal (&ctx->cond);
  g_mutex_unlock (&ctx->mutex);
  return NULL;
}

static void
report_progress (GolfModelProgressFunc  progress,
                 gpointer               progress_data,
                 double                 fraction,
                 const char            *stage)
{
  if (progress != NULL)
    progress (CLAMP (fraction, 0.0, 1.0), stage, progress_data);
}

static void
on_cancelled_cb (GCancellable *cancellable,
                 gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

/* Runs the fits on worker threads and reports progress from this thread
 * until they are all done. */
static void
run_jobs (TrainContext          *ctx,
          GolfModelProgressFunc  progress,
          gpointer               progress_data)
{
  guint n_threads = ctx->fit.params->n_threads > 0 ? ctx->fit.params->n_threads : g_get_num_processors ();
  guint n_workers = CLAMP (n_threads, 1, ctx->n_jobs);
  guint steps_total = ctx->n_jobs * ctx->backend->count_steps (ctx->fit.params);
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  int last_steps = -1;

  /* Small fits scale better side by side than split across threads. */
  ctx->fit.n_threads = MAX (1, n_threads / n_workers);
  ctx->workers_left = n_workers;
  g_mutex_init (&ctx->mutex);
  g_cond_init (&ctx->cond);

  for (guint w = 0; w < n_workers; w++)
    g_ptr_array_add (threads, g_thread_new ("golf-train", train_worker, ctx));

  g_mutex_lock (&ctx->mutex);
  while (ctx->workers_left > 0)
    {
      int steps = g_atomic_int_get (&ctx->steps_done);

      if (steps != last_steps)
        {
          g_mutex_unlock (&ctx->mutex);
          report_progress (progress, progress_data, 0.95 * steps / steps_total, "Training");
          g_mutex_lock (&ctx->mutex);
          last_steps = steps;
        }
      g_cond_wait_until (&ctx->cond, &ctx->mutex, g_get_monotonic_time () + 50 * G_TIME_SPAN_MILLISECOND);
    }
  g_mutex_unlock (&ctx->mutex);

  for (guint w = 0; w < threads->len; w++)
    g_thread_join (g_ptr_array_index (threads, w));
  g_mutex_clear (&ctx->mutex);
  g_cond_clear (&ctx->cond);
}

/* A failing fit cancels the others: report its error, not theirs. */
static gboolean
take_job_error (TrainContext  *ctx,
                GError       **error)
{
  for (guint j = 0; j < ctx->n_jobs; j++)
    if (ctx->errors[j] != NULL &&
        !g_error_matches (ctx->errors[j], G_IO_ERROR, G_IO_ERROR_CANCELLED))
      {
        g_propagate_error (error, g_steal_pointer (&ctx->errors[j]));
        return FALSE;
      }
  if (g_cancellable_is_cancelled (ctx->fit.cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Training was cancelled"));
      return FALSE;
    }
  return TRUE;
}

/* Runs on the training thread with plain data only. */
static TrainResult *
run_training (const GolfTrainData    *data,
              const GolfTrainParams  *params,
              GCancellable           *cancellable,
              GolfModelProgressFunc   progress,
              gpointer                progress_data,
              GError                **error)
{
  g_autoptr(TrainResult) result = g_new0 (TrainResult, 1);
  g_autoptr(GCancellable) internal = g_cancellable_new ();
  g_autofree guint *part = g_new (guint, data->n_rows);
  g_autofree guint *fold = g_new (guint, data->n_rows);
  TrainContext ctx = { 0 };
  gulong handler = 0;
  guint n_folds = 0;
  gboolean ok;

  result->params = *params;
  result->backend = _golf_model_backend_get (params->backend);
  result->n_usable = data->n_rows;
  result->n_shots = data->n_shots;

  report_progress (progress, progress_data, 0.0, "Splitting shots by session");
  _golf_train_data_describe (data, result->ranges, &result->fingerprint);
  _golf_model_split_test (data, params->test_fraction, params->seed, part, &result->split);
  if (params->cv_folds >= 2)
    n_folds = _golf_model_split_folds (data, params->cv_folds, params->seed, fold, &result->split);

  ctx.fit.data = data;
  ctx.fit.params = &result->params;
  ctx.fit.cancellable = internal;
  ctx.fit.steps_done = &ctx.steps_done;
  ctx.backend = result->backend;
  ctx.n_jobs = 1 + n_folds;
  ctx.jobs = _golf_fit_rows_new (data->n_rows, part, fold, n_folds);
  result->n_train = ctx.jobs[0].n_train;
  result->n_test = ctx.jobs[0].n_eval;

  /* The fits watch the internal cancellable, which a failing fit cancels
   * too; the caller's only forwards to it. */
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled_cb),
                                     g_object_ref (internal), g_object_unref);
  run_jobs (&ctx, progress, progress_data);
  if (handler != 0)
    g_cancellable_disconnect (cancellable, handler);

  ok = take_job_error (&ctx, error);
  if (ok)
    {
      _golf_model_evaluate (data, ctx.jobs, n_folds, &result->scores);
      result->model = g_steal_pointer (&ctx.model);
      result->backend->compute_importances (result->model, data, &ctx.jobs[0], result->importances);
    }
  if (ctx.model != NULL)
    ctx.backend->free (ctx.model);
  for (guint j = 0; j < ctx.n_jobs; j++)
    g_clear_error (&ctx.errors[j]);
  _golf_fit_rows_free (ctx.jobs, ctx.n_jobs);
  if (!ok)
    return NULL;

  report_progress (progress, progress_data, 1.0, "Done");
  return g_steal_pointer (&result);
}

static GVariant *
hyperparameters_variant (const TrainResult *result)
{
  GVariantBuilder builder;
  const GolfTrainParams *p = &result->params;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  result->backend->add_hyperparameters (p, &builder);
  g_variant_builder_add (&builder, "{sv}", "cv_folds", g_variant_new_int64 (p->cv_folds));
  g_variant_builder_add (&builder, "{sv}", "test_fraction", g_variant_new_double (p->test_fraction));
  return g_variant_builder_end (&builder);
}

static GVariant *
split_variant (const TrainResult *result)
{
  const GolfModelSplit *split = &result->split;
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "method", g_variant_new_string (split->method));
  g_variant_builder_add (&builder, "{sv}", "train_sessions", g_variant_new_int64 (split->train_sessions));
  g_variant_builder_add (&builder, "{sv}", "test_sessions", g_variant_new_int64 (split->test_sessions));
  g_variant_builder_add (&builder, "{sv}", "train_samples", g_variant_new_int64 (result->n_train));
  g_variant_builder_add (&builder, "{sv}", "test_samples", g_variant_new_int64 (result->n_test));
  g_variant_builder_add (&builder, "{sv}", "usable_samples", g_variant_new_int64 (result->n_usable));
  g_variant_builder_add (&builder, "{sv}", "total_shots", g_variant_new_int64 (result->n_shots));
  g_variant_builder_add (&builder, "{sv}", "cv_folds", g_variant_new_int64 (result->scores.cv_folds));
  if (split->cv_method != NULL)
    g_variant_builder_add (&builder, "{sv}", "cv_method", g_variant_new_string (split->cv_method));
  return g_variant_builder_end (&builder);
}

static GVariant *
metrics_variant (const GolfModelScores *scores)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sd}"));
  g_variant_builder_add (&builder, "{sd}", "mae", scores->mae);
  g_variant_builder_add (&builder, "{sd}", "rmse", scores->rmse);
  if (isfinite (scores->r2))
    g_variant_builder_add (&builder, "{sd}", "r2", scores->r2);
  if (isfinite (scores->cv_mae))
    {
      g_variant_builder_add (&builder, "{sd}", "cv_mae", scores->cv_mae);
      g_variant_builder_add (&builder, "{sd}", "cv_mae_std", scores->cv_mae_std);
      g_variant_builder_add (&builder, "{sd}", "cv_rmse", scores->cv_rmse);
    }
  return g_variant_builder_end (&builder);
}

/* Back on the caller's thread: wrap the plain result into objects. */
static GolfDistanceModel *
model_from_result (TrainResult *result)
{
  g_autoptr(GolfDistanceModel) self = g_object_new (GOLF_TYPE_DISTANCE_MODEL, NULL);
  g_autoptr(GolfModelInfo) info = golf_model_info_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const GolfModelScores *scores = &result->scores;

  golf_model_info_set_model_type (info, result->backend->model_type);
  golf_model_info_set_version (info, "1.0.0");
  golf_model_info_set_trained_at (info, now);
  golf_model_info_set_training_samples (info, result->n_train);
  golf_model_info_set_features (info, golf_distance_model_get_default_features ());
  golf_model_info_set_target (info, golf_model_target_to_string (result->params.target));
  golf_model_info_set_metrics (info, metrics_variant (scores));
  golf_model_info_set_hyperparameters (info, hyperparameters_variant (result));
  golf_model_info_set_split (info, split_variant (result));
  golf_model_info_set_seed (info, result->params.seed);
  golf_model_info_set_data_fingerprint (info, result->fingerprint);
  golf_model_info_set_app_version (info, PACKAGE_VERSION);
  golf_model_info_set_backend_version (info, result->backend->get_name ());
  if (isfinite (scores->interval80[0]))
    {
      golf_model_info_set_interval (info, 80, scores->interval80[0], scores->interval80[1]);
      golf_model_info_set_interval (info, 95, scores->interval95[0], scores->interval95[1]);
    }
  golf_model_info_set_importances (info, result->importances);
  for (guint i = 0; i < GOLF_MODEL_N_DEFAULT_FEATURES; i++)
    golf_model_info_set_feature_range (info, i, result->ranges[i][0], result->ranges[i][1],
                                       result->ranges[i][2]);

  self->target = result->params.target;
  _golf_distance_model_set_features (self, golf_distance_model_get_default_features ());
  self->importances = g_memdup2 (result->importances, sizeof (double) * GOLF_MODEL_N_DEFAULT_FEATURES);
  self->backend = result->backend;
  self->fitted = g_steal_pointer (&result->model);
  self->info = g_steal_pointer (&info);
  return g_steal_pointer (&self);
}

static gboolean
check_params (const GolfTrainParams  *params,
              GError                **error)
{
  const GolfModelBackendVTable *backend = _golf_model_backend_get (params->backend);

  if (!backend->available)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND, backend->missing);
      return FALSE;
    }
  if (params->n_trees == 0 || params->max_depth == 0 || !(params->learning_rate > 0) ||
      params->max_bin < 2 || !(params->test_fraction > 0 && params->test_fraction < 1) ||
      params->cv_folds == 1 || !(params->ridge_lambda >= 0))
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID,
                           _("The training settings are out of range"));
      return FALSE;
    }
  return TRUE;
}

/**
 * golf_train_params_init:
 * @params: (out caller-allocates): parameters to fill
 *
 * Fills @params with the defaults: carry, best backend, 100 trees of depth
 * 5 at learning rate 0.1, seed 42, 5 cross-validation folds, 20% of the
 * shots held out by session.
 */
void
golf_train_params_init (GolfTrainParams *params)
{
  g_return_if_fail (params != NULL);

  *params = (GolfTrainParams) {
    .target = GOLF_MODEL_TARGET_CARRY,
    .backend = GOLF_MODEL_BACKEND_AUTO,
    .n_trees = 100,
    .max_depth = 5,
    .learning_rate = 0.1,
    .max_bin = 128,
    .ridge_lambda = 1.0,
    .seed = 42,
    .n_threads = 0,
    .cv_folds = 5,
    .test_fraction = 0.2,
  };
}

/**
 * golf_distance_model_train:
 * @shots: (element-type GolfShot): the shots to learn from
 * @params: (nullable): settings, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): progress callback, called on this thread
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * Trains a model and evaluates it on held-out sessions, blocking until
 * done; the fits run on worker threads. For the main thread use
 * golf_distance_model_train_async().
 *
 * Returns: (transfer full) (nullable): the model, with its metadata
 *   (version 1.0.0 until golf_distance_model_publish() assigns the next one)
 */
GolfDistanceModel *
golf_distance_model_train (GPtrArray              *shots,
                           const GolfTrainParams  *params,
                           GCancellable           *cancellable,
                           GolfModelProgressFunc   progress,
                           gpointer                progress_data,
                           GError                **error)
{
  GolfTrainParams defaults;
  g_autoptr(GolfTrainData) data = NULL;
  g_autoptr(TrainResult) result = NULL;

  g_return_val_if_fail (shots != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (params == NULL)
    {
      golf_train_params_init (&defaults);
      params = &defaults;
    }
  if (!check_params (params, error))
    return NULL;
  if ((data = _golf_train_data_new (shots, params->target, error)) == NULL)
    return NULL;
  if ((result = run_training (data, params, cancellable, progress, progress_data, error)) == NULL)
    return NULL;
  return model_from_result (result);
}

/* Training in a GTask thread, its progress handed to the caller's main
 * context. */

typedef struct
{
  gatomicrefcount       ref_count;
  GolfModelProgressFunc func;
  gpointer              data;
  GDestroyNotify        notify;
  GMainContext         *context;
} ProgressRelay;

typedef struct
{
  ProgressRelay *relay;
  double         fraction;
  const char    *stage;
} ProgressEvent;

typedef struct
{
  GolfTrainData   *data;
  GolfTrainParams  params;
  ProgressRelay   *relay;
} TrainTaskData;

static ProgressRelay *
progress_relay_ref (ProgressRelay *relay)
{
  g_atomic_ref_count_inc (&relay->ref_count);
  return relay;
}

static void
progress_relay_unref (ProgressRelay *relay)
{
  if (!g_atomic_ref_count_dec (&relay->ref_count))
    return;
  if (relay->notify != NULL)
    relay->notify (relay->data);
  g_main_context_unref (relay->context);
  g_free (relay);
}

static void
progress_event_free (gpointer user_data)
{
  ProgressEvent *event = user_data;

  progress_relay_unref (event->relay);
  g_free (event);
}

static gboolean
deliver_progress_cb (gpointer user_data)
{
  ProgressEvent *event = user_data;

  event->relay->func (event->fraction, event->stage, event->relay->data);
  return G_SOURCE_REMOVE;
}

/* Runs on the training thread; hands the report to the caller's context. */
static void
relay_progress (double      fraction,
                const char *stage,
                gpointer    user_data)
{
  ProgressRelay *relay = user_data;
  ProgressEvent *event = g_new0 (ProgressEvent, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  event->relay = progress_relay_ref (relay);
  event->fraction = fraction;
  event->stage = stage;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress_cb, event, progress_event_free);
  g_source_set_static_name (source, "[golf-lab] training progress");
  g_source_attach (source, relay->context);
}

static gboolean
release_relay_cb (gpointer user_data)
{
  return G_SOURCE_REMOVE;
}

/* Drops the thread's hold on the relay from the caller's context, so
 * progress_notify runs there, after the last report and before the
 * completion callback. */
static void
release_relay (ProgressRelay *relay)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, release_relay_cb, relay, (GDestroyNotify)progress_relay_unref);
  g_source_set_static_name (source, "[golf-lab] training progress done");
  g_source_attach (source, relay->context);
}

static void
train_task_data_free (TrainTaskData *task_data)
{
  g_clear_pointer (&task_data->data, _golf_train_data_free);
  g_clear_pointer (&task_data->relay, progress_relay_unref);
  g_free (task_data);
}

static void
train_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  TrainTaskData *td = task_data;
  GError *error = NULL;
  TrainResult *result;

  result = run_training (td->data, &td->params, cancellable,
                         td->relay != NULL ? relay_progress : NULL, td->relay, &error);
  if (td->relay != NULL)
    release_relay (g_steal_pointer (&td->relay));
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify)train_result_free);
}

/**
 * golf_distance_model_train_async:
 * @shots: (element-type GolfShot): the shots to learn from; read before this returns
 * @params: (nullable): settings, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope notified): progress callback, run in the
 *   thread-default main context of the caller
 * @progress_data: data for @progress
 * @progress_notify: (nullable): frees @progress_data when no more reports come
 * @callback: called when the model is ready
 * @user_data: data for @callback
 *
 * Trains a model in a worker thread. The shots are copied into plain
 * arrays before this returns, so the caller may change them afterwards.
 */
void
golf_distance_model_train_async (GPtrArray              *shots,
                                 const GolfTrainParams  *params,
                                 GCancellable           *cancellable,
                                 GolfModelProgressFunc   progress,
                                 gpointer                progress_data,
                                 GDestroyNotify          progress_notify,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  TrainTaskData *td;

  g_return_if_fail (shots != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, golf_distance_model_train_async);
  g_task_set_name (task, "[golf-lab] train distance model");

  td = g_new0 (TrainTaskData, 1);
  if (params != NULL)
    td->params = *params;
  else
    golf_train_params_init (&td->params);
  if (progress != NULL)
    {
      td->relay = g_new0 (ProgressRelay, 1);
      g_atomic_ref_count_init (&td->relay->ref_count);
      td->relay->func = progress;
      td->relay->data = progress_data;
      td->relay->notify = progress_notify;
      td->relay->context = g_main_context_ref_thread_default ();
    }
  else if (progress_notify != NULL)
    progress_notify (progress_data);
  g_task_set_task_data (task, td, (GDestroyNotify)train_task_data_free);

  if (!check_params (&td->params, &error) ||
      (td->data = _golf_train_data_new (shots, td->params.target, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, train_thread);
}

/**
 * golf_distance_model_train_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the trained model, or %NULL with
 *   @error set (%G_IO_ERROR_CANCELLED when cancelled)
 */
GolfDistanceModel *
golf_distance_model_train_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_autoptr(TrainResult) train_result = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == golf_distance_model_train_async, NULL);

  train_result = g_task_propagate_pointer (G_TASK (result), error);
  if (train_result == NULL)
    return NULL;
  return model_from_result (train_result);
}
