/* golf-distance-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "golf-distance-model-private.h"
#include "golf-model-files-private.h"

/* Cross-validation never uses more folds than this. */
#define GOLF_MODEL_MAX_FOLDS 64

/* How the rows were divided, for the metadata's "split". */
typedef struct
{
  const char *method;          /* "sessions", or "shots (one session only)" */
  const char *cv_method;       /* the same for the folds; NULL without them */
  guint       train_sessions;
  guint       test_sessions;
} GolfModelSplit;

void         _golf_model_split_test  (const GolfTrainData *data,
                                      double               test_fraction,
                                      guint64              seed,
                                      guint               *part,
                                      GolfModelSplit      *split);
guint        _golf_model_split_folds (const GolfTrainData *data,
                                      guint                k,
                                      guint64              seed,
                                      guint               *fold,
                                      GolfModelSplit      *split);
GolfFitRows *_golf_fit_rows_new      (guint                n_rows,
                                      const guint         *part,
                                      const guint         *fold,
                                      guint                n_folds);
void         _golf_fit_rows_free     (GolfFitRows         *fits,
                                      guint                n_fits);

/* How well a model predicts shots it did not learn from (metres). */
typedef struct
{
  double mae, rmse, r2;               /* on the held-out sessions */
  double cv_mae, cv_rmse, cv_mae_std; /* across the folds, NAN without them */
  guint  cv_folds;
  double interval80[2];               /* residual quantiles, NAN without residuals */
  double interval95[2];
} GolfModelScores;

void _golf_model_evaluate (const GolfTrainData *data,
                           const GolfFitRows   *jobs,
                           guint                n_folds,
                           GolfModelScores     *result);

char *_golf_models_folder_resolve_inside (const char  *model_path,
                                          const char  *models_dir,
                                          GError     **error);

/**
 * GolfDistanceModel:
 *
 * Predicts the carry (or total) distance of a shot from its launch
 * conditions. Trained on the user's own shots with XGBoost when the build
 * has it and with a built-in ridge regression otherwise; both write a JSON
 * model file and the same #GolfModelInfo sidecar.
 *
 * A models folder holds the active model of each target
 * (`carry-model.json` + `carry-model.metadata.json`) and a `history/`
 * folder with every version (`history/carry-model-1.2.0.json` ...).
 */

G_DEFINE_FINAL_TYPE (GolfDistanceModel, golf_distance_model, G_TYPE_OBJECT)

/**
 * golf_model_target_to_string:
 * @target: a #GolfModelTarget
 *
 * Returns: (transfer none): "carry" or "total"
 */
const char *
golf_model_target_to_string (GolfModelTarget target)
{
  return target == GOLF_MODEL_TARGET_TOTAL ? "total" : "carry";
}

/**
 * golf_model_target_from_string:
 * @name: "carry" or "total"
 * @target: (out): where to store the target
 *
 * Returns: %TRUE if @name is a target
 */
gboolean
golf_model_target_from_string (const char      *name,
                               GolfModelTarget *target)
{
  g_return_val_if_fail (target != NULL, FALSE);

  if (g_strcmp0 (name, "carry") == 0)
    *target = GOLF_MODEL_TARGET_CARRY;
  else if (g_strcmp0 (name, "total") == 0)
    *target = GOLF_MODEL_TARGET_TOTAL;
  else
    return FALSE;
  return TRUE;
}

static void
golf_distance_model_finalize (GObject *object)
{
  GolfDistanceModel *self = (GolfDistanceModel *)object;

  g_clear_object (&self->info);
  g_strfreev (self->features);
  g_free (self->importances);
  if (self->fitted != NULL)
    self->backend->free (self->fitted);

  G_OBJECT_CLASS (golf_distance_model_parent_class)->finalize (object);
}

static void
golf_distance_model_class_init (GolfDistanceModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_distance_model_finalize;
}

static void
golf_distance_model_init (GolfDistanceModel *self)
{
}

/* Sets the input names; FALSE, changing nothing, if one is not a shot field. */
gboolean
_golf_distance_model_set_features (GolfDistanceModel  *self,
                                   const char * const *features)
{
  GolfShotField fields[GOLF_MODEL_MAX_FEATURES];
  guint n = g_strv_length ((GStrv)features);

  if (n == 0 || n > GOLF_MODEL_MAX_FEATURES)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!golf_shot_field_from_name (features[i], &fields[i]))
      return FALSE;

  memcpy (self->fields, fields, sizeof (GolfShotField) * n);
  g_strfreev (self->features);
  self->features = g_strdupv ((GStrv)features);
  self->n_features = n;
  return TRUE;
}

static const char * const default_features[] = {
  "ball_speed",
  "launch_angle",
  "back_spin",
  "club_speed",
  "attack_angle",
  "dynamic_loft",
  NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (default_features) - 1 == GOLF_MODEL_N_DEFAULT_FEATURES);

/* The shot fields of default_features, in the same order. */
static const GolfShotField default_fields[GOLF_MODEL_N_DEFAULT_FEATURES] = {
  GOLF_SHOT_FIELD_BALL_SPEED,
  GOLF_SHOT_FIELD_LAUNCH_ANGLE,
  GOLF_SHOT_FIELD_BACK_SPIN,
  GOLF_SHOT_FIELD_CLUB_SPEED,
  GOLF_SHOT_FIELD_ATTACK_ANGLE,
  GOLF_SHOT_FIELD_DYNAMIC_LOFT,
};

/**
 * golf_distance_model_get_default_features:
 *
 * Gets the inputs new models use, and the names assumed for a model that
 * has no (usable) metadata: ball speed, launch angle, back spin, club
 * speed, attack angle, dynamic loft.
 *
 * Returns: (transfer none) (array zero-terminated=1): shot field names
 */
const char * const *
golf_distance_model_get_default_features (void)
{
  return default_features;
}

static double
target_of (GolfShot        *shot,
           GolfModelTarget  target)
{
  double value = golf_shot_get (shot, target == GOLF_MODEL_TARGET_TOTAL
                                      ? GOLF_SHOT_FIELD_TOTAL_DISTANCE
                                      : GOLF_SHOT_FIELD_CARRY_DISTANCE);
  double limit = target == GOLF_MODEL_TARGET_TOTAL
                 ? GOLF_DISTANCE_MODEL_MAX_TOTAL : GOLF_DISTANCE_MODEL_MAX_CARRY;

  if (!isfinite (value) || value <= 0 || value > limit)
    return NAN;
  return value;
}

static gboolean
shot_is_usable (GolfShot        *shot,
                GolfModelTarget  target)
{
  if (isnan (target_of (shot, target)))
    return FALSE;
  for (guint i = 0; i < GOLF_MODEL_N_DEFAULT_FEATURES; i++)
    if (!isfinite (golf_shot_get (shot, default_fields[i])))
      return FALSE;
  return TRUE;
}

/**
 * golf_distance_model_count_usable:
 * @shots: (element-type GolfShot): shots
 * @target: what would be predicted
 *
 * Counts the shots a training would use: a plausible target and every
 * input measured.
 *
 * Returns: the number of usable shots
 */
guint
golf_distance_model_count_usable (GPtrArray       *shots,
                                  GolfModelTarget  target)
{
  guint n = 0;

  g_return_val_if_fail (shots != NULL, 0);

  for (guint i = 0; i < shots->len; i++)
    if (shot_is_usable (g_ptr_array_index (shots, i), target))
      n++;
  return n;
}

void
_golf_train_data_free (GolfTrainData *data)
{
  g_free (data->x);
  g_free (data->y);
  g_free (data->group);
  g_strfreev (data->group_names);
  g_free (data);
}

/**
 * _golf_train_data_new:
 * @shots: (element-type GolfShot): the shots to learn from
 * @target: what to predict
 * @error: return location for a #GError
 *
 * Copies the usable shots into plain arrays, which training threads can
 * read while the caller changes the shots.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with
 *   %GOLF_MODEL_ERROR_NOT_ENOUGH_DATA
 */
GolfTrainData *
_golf_train_data_new (GPtrArray        *shots,
                      GolfModelTarget   target,
                      GError          **error)
{
  g_autoptr(GolfTrainData) data = g_new0 (GolfTrainData, 1);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_usable = golf_distance_model_count_usable (shots, target);
  guint row = 0;

  data->n_shots = shots->len;
  if (n_usable < GOLF_DISTANCE_MODEL_MIN_SAMPLES)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_ENOUGH_DATA,
                   "Only %u of %u shots can be used for training (they need a %s distance and "
                   "ball speed, launch angle, back spin, club speed, attack angle and dynamic loft); "
                   "at least %u are needed",
                   n_usable, shots->len, golf_model_target_to_string (target),
                   GOLF_DISTANCE_MODEL_MIN_SAMPLES);
      return NULL;
    }

  data->n_features = GOLF_MODEL_N_DEFAULT_FEATURES;
  data->n_rows = n_usable;
  data->x = g_new (float, (gsize)n_usable * data->n_features);
  data->y = g_new (float, n_usable);
  data->group = g_new (guint, n_usable);

  for (guint s = 0; s < shots->len; s++)
    {
      GolfShot *shot = g_ptr_array_index (shots, s);
      const char *session = golf_shot_get_session_id (shot);
      gpointer index;

      if (!shot_is_usable (shot, target))
        continue;
      if (session == NULL)
        session = "";
      if (!g_hash_table_lookup_extended (groups, session, NULL, &index))
        {
          index = GUINT_TO_POINTER (names->len);
          g_ptr_array_add (names, g_strdup (session));
          g_hash_table_insert (groups, g_ptr_array_index (names, names->len - 1), index);
        }
      for (guint i = 0; i < data->n_features; i++)
        data->x[(gsize)row * data->n_features + i] = golf_shot_get (shot, default_fields[i]);
      data->y[row] = target_of (shot, target);
      data->group[row] = GPOINTER_TO_UINT (index);
      row++;
    }

  data->n_groups = names->len;
  g_ptr_array_add (names, NULL);
  data->group_names = (GStrv)g_ptr_array_steal (names, NULL);
  return g_steal_pointer (&data);
}

/**
 * _golf_train_data_describe:
 * @data: rows
 * @ranges: (out caller-allocates): min, mean and max of each column
 * @fingerprint: (out) (transfer full): a checksum of the rows and their sessions
 *
 * Describes the rows for the metadata.
 */
void
_golf_train_data_describe (const GolfTrainData  *data,
                           double              (*ranges)[3],
                           char                **fingerprint)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint n = data->n_features;

  for (guint i = 0; i < n; i++)
    {
      ranges[i][0] = G_MAXDOUBLE;
      ranges[i][1] = 0;
      ranges[i][2] = -G_MAXDOUBLE;
    }
  for (guint r = 0; r < data->n_rows; r++)
    {
      const char *session = data->group_names[data->group[r]];

      g_checksum_update (checksum, (const guchar *)session, strlen (session) + 1);
      g_checksum_update (checksum, (const guchar *)(data->x + (gsize)r * n), sizeof (float) * n);
      g_checksum_update (checksum, (const guchar *)(data->y + r), sizeof (float));
      for (guint i = 0; i < n; i++)
        {
          double v = data->x[(gsize)r * n + i];

          ranges[i][0] = MIN (ranges[i][0], v);
          ranges[i][1] += v;
          ranges[i][2] = MAX (ranges[i][2], v);
        }
    }
  for (guint i = 0; i < n; i++)
    ranges[i][1] /= MAX (data->n_rows, 1);
  *fingerprint = g_strconcat ("sha256:", g_checksum_get_string (checksum), NULL);
}

/* 0, 1, ..., n - 1 in an order the seed reproduces. */
static guint *
shuffled_range (guint   n,
                guint64 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32)(seed ^ (seed >> 32)));
  guint *items = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    items[i] = i;
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      guint t = items[i - 1];

      items[i - 1] = items[j];
      items[j] = t;
    }
  return items;
}

static guint *
count_group_rows (const GolfTrainData *data)
{
  guint *rows = g_new0 (guint, data->n_groups);

  for (guint r = 0; r < data->n_rows; r++)
    rows[data->group[r]]++;
  return rows;
}

/* Sets part[r] to 1 for the held-out rows, 0 for the training rows:
 * whole sessions, always leaving one to train on, unless there is only
 * one session. */
void
_golf_model_split_test (const GolfTrainData *data,
                        double               test_fraction,
                        guint64              seed,
                        guint               *part,
                        GolfModelSplit      *split)
{
  g_autofree guint *order = NULL;
  g_autofree guint *group_rows = NULL;
  g_autofree gboolean *is_test = NULL;
  guint wanted = MAX (1, (guint)ceil (test_fraction * data->n_rows));
  guint taken = 0;

  if (data->n_groups < 2)
    {
      order = shuffled_range (data->n_rows, seed);
      for (guint k = 0; k < data->n_rows; k++)
        part[order[k]] = k < wanted ? 1 : 0;
      split->method = "shots (one session only)";
      split->train_sessions = split->test_sessions = data->n_groups;
      return;
    }

  order = shuffled_range (data->n_groups, seed);
  group_rows = count_group_rows (data);
  is_test = g_new0 (gboolean, data->n_groups);
  split->test_sessions = 0;
  for (guint k = 0; k < data->n_groups - 1 && taken < wanted; k++)
    {
      is_test[order[k]] = TRUE;
      taken += group_rows[order[k]];
      split->test_sessions++;
    }
  for (guint r = 0; r < data->n_rows; r++)
    part[r] = is_test[data->group[r]] ? 1 : 0;
  split->train_sessions = data->n_groups - split->test_sessions;
  split->method = "sessions";
}

static int
compare_group_rows_desc (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  const guint *group_rows = user_data;
  guint x = group_rows[*(const guint *)a];
  guint y = group_rows[*(const guint *)b];

  return (x < y) - (x > y);
}

/* Sets fold[r] for cross-validation, whole sessions per fold unless there
 * is only one session; returns the number of folds. */
guint
_golf_model_split_folds (const GolfTrainData *data,
                         guint                k,
                         guint64              seed,
                         guint               *fold,
                         GolfModelSplit      *split)
{
  g_autofree guint *order = NULL;
  g_autofree guint *group_rows = NULL;
  g_autofree guint *group_fold = NULL;
  guint fold_rows[GOLF_MODEL_MAX_FOLDS] = { 0 };

  k = MIN (k, GOLF_MODEL_MAX_FOLDS);
  if (data->n_groups < 2)
    {
      order = shuffled_range (data->n_rows, seed + 1);
      for (guint i = 0; i < data->n_rows; i++)
        fold[order[i]] = i % k;
      split->cv_method = "shots (one session only)";
      return k;
    }

  /* Largest sessions first (a stable sort keeps the shuffled order among
   * equals), each into the fold with the fewest rows so far. */
  k = MIN (k, data->n_groups);
  order = shuffled_range (data->n_groups, seed + 1);
  group_rows = count_group_rows (data);
  group_fold = g_new0 (guint, data->n_groups);
  g_qsort_with_data (order, data->n_groups, sizeof (guint), compare_group_rows_desc, group_rows);
  for (guint i = 0; i < data->n_groups; i++)
    {
      guint best = 0;

      for (guint f = 1; f < k; f++)
        if (fold_rows[f] < fold_rows[best])
          best = f;
      group_fold[order[i]] = best;
      fold_rows[best] += group_rows[order[i]];
    }
  for (guint r = 0; r < data->n_rows; r++)
    fold[r] = group_fold[data->group[r]];
  split->cv_method = "sessions";
  return k;
}

static void
make_fit_rows (GolfFitRows *fit,
               const guint *part,
               guint        n_rows,
               guint        eval_part)
{
  fit->train_rows = g_new (guint, n_rows);
  fit->eval_rows = g_new (guint, n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      if (part[r] == eval_part)
        fit->eval_rows[fit->n_eval++] = r;
      else
        fit->train_rows[fit->n_train++] = r;
    }
  fit->pred = g_new (float, MAX (fit->n_eval, 1));
}

/**
 * _golf_fit_rows_new:
 * @n_rows: the number of rows
 * @part: 1 for each held-out row, 0 for each training row
 * @fold: the cross-validation fold of each row
 * @n_folds: the number of folds
 *
 * Lays out the fits of a training: first the model itself, learning from
 * the training rows and predicting the held-out ones, then one per fold,
 * predicting that fold from the others.
 *
 * Returns: (transfer full) (array length=1 + n_folds): the rows of each fit
 */
GolfFitRows *
_golf_fit_rows_new (guint        n_rows,
                    const guint *part,
                    const guint *fold,
                    guint        n_folds)
{
  GolfFitRows *fits = g_new0 (GolfFitRows, 1 + n_folds);

  make_fit_rows (&fits[0], part, n_rows, 1);
  for (guint f = 0; f < n_folds; f++)
    make_fit_rows (&fits[1 + f], fold, n_rows, f);
  return fits;
}

void
_golf_fit_rows_free (GolfFitRows *fits,
                     guint        n_fits)
{
  for (guint j = 0; j < n_fits; j++)
    {
      g_free (fits[j].train_rows);
      g_free (fits[j].eval_rows);
      g_free (fits[j].pred);
    }
  g_free (fits);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
quantile (const double *sorted,
          guint         n,
          double        q)
{
  double pos = q * (n - 1);
  guint lo = (guint)floor (pos);
  guint hi = MIN (lo + 1, n - 1);

  return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}

/* Stores target - prediction for each row @job evaluated; returns how many. */
static guint
job_residuals (const GolfTrainData *data,
               const GolfFitRows   *job,
               double              *residuals)
{
  for (guint r = 0; r < job->n_eval; r++)
    residuals[r] = data->y[job->eval_rows[r]] - job->pred[r];
  return job->n_eval;
}

static void
score_holdout (const GolfTrainData *data,
               const GolfFitRows   *final,
               const double        *residuals,
               GolfModelScores     *result)
{
  guint n = final->n_eval;
  double mean_y = 0, ss_tot = 0, sum_abs = 0, sum_sq = 0;

  for (guint r = 0; r < n; r++)
    mean_y += data->y[final->eval_rows[r]];
  mean_y /= MAX (n, 1);
  for (guint r = 0; r < n; r++)
    {
      double dy = data->y[final->eval_rows[r]] - mean_y;

      ss_tot += dy * dy;
      sum_abs += fabs (residuals[r]);
      sum_sq += residuals[r] * residuals[r];
    }
  result->mae = sum_abs / MAX (n, 1);
  result->rmse = sqrt (sum_sq / MAX (n, 1));
  result->r2 = ss_tot > 0 ? 1.0 - sum_sq / ss_tot : NAN;
}

/* @residuals: those of each fold in turn. */
static void
score_folds (const GolfFitRows *folds,
             guint              n_folds,
             const double      *residuals,
             GolfModelScores   *result)
{
  double fold_mae[GOLF_MODEL_MAX_FOLDS];
  double sum_abs = 0, sum_sq = 0, mean = 0, var = 0;
  guint n = 0;

  result->cv_folds = n_folds;
  result->cv_mae = result->cv_rmse = result->cv_mae_std = NAN;
  for (guint f = 0; f < n_folds; f++)
    {
      double fold_abs = 0;

      for (guint r = 0; r < folds[f].n_eval; r++, n++)
        {
          fold_abs += fabs (residuals[n]);
          sum_sq += residuals[n] * residuals[n];
        }
      sum_abs += fold_abs;
      fold_mae[f] = fold_abs / MAX (folds[f].n_eval, 1);
      mean += fold_mae[f] / n_folds;
    }
  if (n == 0)
    return;

  for (guint f = 0; f < n_folds; f++)
    var += (fold_mae[f] - mean) * (fold_mae[f] - mean);
  result->cv_mae = sum_abs / n;
  result->cv_rmse = sqrt (sum_sq / n);
  result->cv_mae_std = n_folds > 1 ? sqrt (var / (n_folds - 1)) : 0;
}

static void
set_intervals (double          *residuals,
               guint            n,
               GolfModelScores *result)
{
  if (n == 0)
    {
      result->interval80[0] = result->interval80[1] = NAN;
      result->interval95[0] = result->interval95[1] = NAN;
      return;
    }
  qsort (residuals, n, sizeof (double), compare_double);
  result->interval80[0] = quantile (residuals, n, 0.10);
  result->interval80[1] = quantile (residuals, n, 0.90);
  result->interval95[0] = quantile (residuals, n, 0.025);
  result->interval95[1] = quantile (residuals, n, 0.975);
}

/**
 * _golf_model_evaluate:
 * @data: the rows
 * @jobs: (array length=1 + n_folds): the fits, as _golf_fit_rows_new() laid
 *   them out, with their predictions
 * @n_folds: the number of folds
 * @result: (out caller-allocates): the scores
 *
 * Scores the model on the held-out sessions and the folds, and takes the
 * prediction interval from the held-out residuals.
 */
void
_golf_model_evaluate (const GolfTrainData *data,
                      const GolfFitRows   *jobs,
                      guint                n_folds,
                      GolfModelScores     *result)
{
  /* The folds evaluate each row at most once. */
  g_autofree double *residuals = g_new (double, jobs[0].n_eval + data->n_rows);
  guint n_holdout = job_residuals (data, &jobs[0], residuals);
  guint n_cv = 0;

  for (guint f = 0; f < n_folds; f++)
    n_cv += job_residuals (data, &jobs[1 + f], residuals + n_holdout + n_cv);

  score_holdout (data, &jobs[0], residuals, result);
  score_folds (jobs + 1, n_folds, residuals + n_holdout, result);
  /* Few held-out shots: widen the pool with the cross-validation residuals. */
  set_intervals (residuals, n_holdout < 100 ? n_holdout + n_cv : n_holdout, result);
}

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
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Training was cancelled");
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
                           "The training settings are out of range");
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

/**
 * golf_distance_model_get_info:
 * @self: a #GolfDistanceModel
 *
 * Returns: (transfer none) (nullable): the metadata, or %NULL for a model
 *   loaded without (usable) metadata
 */
GolfModelInfo *
golf_distance_model_get_info (GolfDistanceModel *self)
{
  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), NULL);

  return self->info;
}

/**
 * golf_distance_model_get_model_type:
 * @self: a #GolfDistanceModel
 *
 * Returns: (transfer none): "xgboost" or "ridge"
 */
const char *
golf_distance_model_get_model_type (GolfDistanceModel *self)
{
  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), NULL);
  g_return_val_if_fail (self->backend != NULL, NULL);

  return self->backend->model_type;
}

/**
 * golf_distance_model_get_target:
 * @self: a #GolfDistanceModel
 *
 * Returns: what the model predicts
 */
GolfModelTarget
golf_distance_model_get_target (GolfDistanceModel *self)
{
  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), GOLF_MODEL_TARGET_CARRY);

  return self->target;
}

/**
 * golf_distance_model_get_features:
 * @self: a #GolfDistanceModel
 *
 * Returns: (transfer none) (array zero-terminated=1): the inputs, in column order
 */
const char * const *
golf_distance_model_get_features (GolfDistanceModel *self)
{
  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), NULL);

  return (const char * const *)self->features;
}

/**
 * golf_distance_model_get_n_features:
 * @self: a #GolfDistanceModel
 *
 * Returns: the number of inputs
 */
guint
golf_distance_model_get_n_features (GolfDistanceModel *self)
{
  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), 0);

  return self->n_features;
}

/**
 * golf_distance_model_get_importances:
 * @self: a #GolfDistanceModel
 *
 * Gets how much each input matters (normalised gain for XGBoost, share of
 * the fitted spread for ridge regression), summing to 1.
 *
 * Returns: (transfer none) (nullable): one value per feature, or %NULL
 */
const double *
golf_distance_model_get_importances (GolfDistanceModel *self)
{
  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), NULL);

  return self->importances;
}

/* Whether the metadata's per-feature facts (ranges, importances) are
 * those of the model's columns. */
gboolean
_golf_distance_model_info_names_columns (GolfDistanceModel *self)
{
  return self->info != NULL &&
         g_strv_equal (golf_model_info_get_features (self->info),
                       (const char * const *)self->features);
}

static double
training_mean (GolfDistanceModel *self,
               gboolean           described,
               guint              i)
{
  double mean = NAN;

  if (self->backend->get_input_mean != NULL)
    return self->backend->get_input_mean (self->fitted, i);
  if (described)
    golf_model_info_get_feature_range (self->info, i, NULL, &mean, NULL);
  return mean;
}

static double
estimate_input (GolfDistanceModel *self,
                gboolean           described,
                guint              i,
                const float       *row,
                double             ball_speed)
{
  switch (self->fields[i])
    {
    case GOLF_SHOT_FIELD_CLUB_SPEED:
      return ball_speed / 1.5;
    case GOLF_SHOT_FIELD_ATTACK_ANGLE:
      return 0.0;
    case GOLF_SHOT_FIELD_DYNAMIC_LOFT:
      for (guint k = 0; k < self->n_features; k++)
        if (self->fields[k] == GOLF_SHOT_FIELD_LAUNCH_ANGLE)
          return (isnan (row[k]) ? training_mean (self, described, k) : row[k]) + 1.0;
      return NAN;
    default:
      return training_mean (self, described, i);
    }
}

static gboolean
outside_range (GolfDistanceModel *self,
               guint              i,
               double             value)
{
  double min, max;

  return golf_model_info_get_feature_range (self->info, i, &min, NULL, &max) &&
         (value < min || value > max);
}

static gboolean
predict_row (GolfDistanceModel  *self,
             const float        *row,
             double             *value,
             GError            **error)
{
  if (self->fitted == NULL)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND, "The model is empty");
      return FALSE;
    }
  return self->backend->predict (self->fitted, row, self->n_features, value, error);
}

/* Fills @row with the model's inputs, estimating the missing ones, and
 * returns the confidence that leaves. */
static double
read_inputs (GolfDistanceModel *self,
             GolfShot          *shot,
             double             ball_speed,
             float             *row,
             guint             *estimated,
             gboolean          *extrapolated)
{
  gboolean described = _golf_distance_model_info_names_columns (self);
  double confidence = 1.0;

  for (guint i = 0; i < self->n_features; i++)
    row[i] = golf_shot_get (shot, self->fields[i]);
  for (guint i = 0; i < self->n_features; i++)
    {
      if (!isnan (row[i]))
        {
          *extrapolated |= described && outside_range (self, i, row[i]);
          continue;
        }
      row[i] = estimate_input (self, described, i, row, ball_speed);
      *estimated |= 1u << i;
      confidence -= 0.05 + (self->importances != NULL ? self->importances[i] : 1.0 / self->n_features);
    }
  if (*extrapolated)
    confidence *= 0.5;
  return CLAMP (confidence, 0.05, 1.0);
}

/**
 * golf_distance_model_predict:
 * @self: a #GolfDistanceModel
 * @shot: the launch conditions; only the model's inputs are read
 * @prediction: (out caller-allocates): where to store the prediction
 * @error: return location for a #GError
 *
 * Predicts the distance of @shot. A ball speed is required; missing
 * inputs are estimated (club speed = ball speed / 1.5, attack angle 0,
 * dynamic loft = launch angle + 1, others the training mean) and lower
 * the confidence.
 *
 * Returns: %TRUE on success
 */
gboolean
golf_distance_model_predict (GolfDistanceModel  *self,
                             GolfShot           *shot,
                             GolfPrediction     *prediction,
                             GError            **error)
{
  float row[GOLF_MODEL_MAX_FEATURES];
  double ball_speed, value, confidence, widen;
  double low80 = NAN, high80 = NAN, low95 = NAN, high95 = NAN;
  guint estimated = 0;
  gboolean extrapolated = FALSE;

  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), FALSE);
  g_return_val_if_fail (GOLF_IS_SHOT (shot), FALSE);
  g_return_val_if_fail (prediction != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ball_speed = golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED);
  if (!(ball_speed > 0))
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID,
                           "A ball speed is needed to predict a distance");
      return FALSE;
    }

  confidence = read_inputs (self, shot, ball_speed, row, &estimated, &extrapolated);
  if (!predict_row (self, row, &value, error))
    return FALSE;

  if (self->info != NULL)
    {
      golf_model_info_get_interval (self->info, 80, &low80, &high80);
      golf_model_info_get_interval (self->info, 95, &low95, &high95);
    }
  widen = 1.0 / confidence;
  prediction->value = value;
  prediction->low80 = value + low80 * widen;
  prediction->high80 = value + high80 * widen;
  prediction->low95 = value + low95 * widen;
  prediction->high95 = value + high95 * widen;
  prediction->confidence = confidence;
  prediction->estimated = estimated;
  prediction->extrapolated = extrapolated;
  return TRUE;
}

static char *
model_to_data (GolfDistanceModel  *self,
               gsize              *length,
               GError            **error)
{
  if (self->fitted == NULL)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND, "The model is empty");
      return NULL;
    }
  return self->backend->save (self->fitted, self->importances, length, error);
}

/* The metadata to save with the model: its own, made to name its columns. */
GolfModelInfo *
_golf_distance_model_ensure_info (GolfDistanceModel *self)
{
  if (self->info == NULL)
    {
      self->info = golf_model_info_new ();
      golf_model_info_set_model_type (self->info, golf_distance_model_get_model_type (self));
      golf_model_info_set_version (self->info, "1.0.0");
      golf_model_info_set_target (self->info, golf_model_target_to_string (self->target));
      golf_model_info_set_app_version (self->info, PACKAGE_VERSION);
    }
  if (!_golf_distance_model_info_names_columns (self))
    golf_model_info_set_features (self->info, (const char * const *)self->features);
  if (golf_model_info_get_importances (self->info) == NULL)
    golf_model_info_set_importances (self->info, self->importances);
  return self->info;
}

/* Serialises the model and, naming the model's checksum, its metadata. */
gboolean
_golf_distance_model_to_files_data (GolfDistanceModel  *self,
                                    char              **model,
                                    gsize              *model_length,
                                    char              **metadata,
                                    GError            **error)
{
  GolfModelInfo *info;
  g_autofree char *checksum = NULL;

  if ((*model = model_to_data (self, model_length, error)) == NULL)
    return FALSE;
  info = _golf_distance_model_ensure_info (self);
  checksum = _golf_model_checksum (*model, *model_length);
  golf_model_info_set_model_checksum (info, checksum);
  *metadata = golf_model_info_to_data (info, TRUE);
  return TRUE;
}

/**
 * golf_distance_model_save:
 * @self: a #GolfDistanceModel
 * @model_path: the model file to write (`.json`)
 * @error: return location for a #GError
 *
 * Writes the model file and its metadata sidecar, each atomically; when
 * either cannot be written (full disk, read-only folder) the files that
 * were there stay as they were.
 *
 * Returns: %TRUE on success
 */
gboolean
golf_distance_model_save (GolfDistanceModel  *self,
                          const char         *model_path,
                          GError            **error)
{
  g_autofree char *model = NULL;
  g_autofree char *metadata = NULL;
  gsize length = 0;

  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), FALSE);
  g_return_val_if_fail (model_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _golf_distance_model_to_files_data (self, &model, &length, &metadata, error) &&
         _golf_model_write_with_sidecar (model_path, model, length, metadata, error);
}

/* Reads the model file with the backend it belongs to. */
static gboolean
load_backend (GolfDistanceModel  *self,
              const char         *model_path,
              const char         *data,
              gsize               length,
              guint              *n_model_features,
              GError            **error)
{
  const GolfModelBackendVTable *backend;
  const char *p = data;

  while (p < data + length && g_ascii_isspace (*p))
    p++;
  if (p >= data + length || *p != '{')
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model file %s is not a Golf Lab model (not JSON); train again or "
                   "restore a version with use-model", model_path);
      return FALSE;
    }

  backend = _golf_model_backend_for_file (p, length - (p - data));
  if (!backend->available)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
                   "Model file %s needs %s, which this build lacks (%s); train a new model",
                   model_path, backend->title, golf_distance_model_get_backend_reason ());
      return FALSE;
    }
  self->fitted = backend->load (model_path, data, length, n_model_features, &self->importances, error);
  if (self->fitted == NULL)
    return FALSE;
  self->backend = backend;
  return TRUE;
}

/* Reads the sidecar of @model_path and decides whether its feature names
 * are the model's; NULL when there is none or it belongs to another file. */
static GolfModelInfo *
load_metadata (const char *model_path,
               const char *data,
               gsize       length,
               guint       n_model)
{
  g_autoptr(GolfModelInfo) info = golf_model_info_load_for_model (model_path, NULL);
  g_autofree char *checksum = NULL;
  const char *expected;
  guint n_meta;

  if (info == NULL)
    {
      g_warning ("No usable metadata next to model %s; using the default feature names", model_path);
      return NULL;
    }

  expected = golf_model_info_get_model_checksum (info);
  if (expected != NULL && g_strcmp0 (expected, checksum = _golf_model_checksum (data, length)) != 0)
    {
      g_warning ("Metadata next to model %s belongs to another model file (an interrupted "
                 "save?); ignoring it and using the default feature names", model_path);
      return NULL;
    }

  n_meta = golf_model_info_get_n_features (info);
  if (n_meta != n_model)
    g_warning ("Feature count mismatch - model expects %u, metadata has %u", n_model, n_meta);
  return g_steal_pointer (&info);
}

/* Names the model's columns from @info when it can, the defaults otherwise. */
static gboolean
adopt_metadata (GolfDistanceModel  *self,
                const char         *model_path,
                GolfModelInfo      *info,
                guint               n_model,
                GError            **error)
{
  GolfModelTarget target;

  self->info = info != NULL ? g_object_ref (info) : NULL;
  if (info != NULL && golf_model_target_from_string (golf_model_info_get_target (info), &target))
    self->target = target;

  if (info != NULL && golf_model_info_get_n_features (info) == n_model)
    {
      if (_golf_distance_model_set_features (self, golf_model_info_get_features (info)))
        {
          if (golf_model_info_get_importances (info) != NULL)
            {
              g_free (self->importances);
              self->importances = g_memdup2 (golf_model_info_get_importances (info),
                                             sizeof (double) * n_model);
            }
          return TRUE;
        }
      g_warning ("Metadata next to model %s names inputs that are not shot fields; "
                 "using the default feature names", model_path);
    }

  if (n_model != GOLF_MODEL_N_DEFAULT_FEATURES)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model %s takes %u inputs and has no metadata naming them; train again",
                   model_path, n_model);
      return FALSE;
    }
  _golf_distance_model_set_features (self, golf_distance_model_get_default_features ());
  return TRUE;
}

/**
 * golf_distance_model_load:
 * @model_path: a model file
 * @models_dir: (nullable): the models folder @model_path must lie in
 *   (after following symbolic links), or %NULL for the default one
 * @error: return location for a #GError
 *
 * Loads a model and its metadata. A missing file is
 * %GOLF_MODEL_ERROR_NOT_FOUND, a path outside @models_dir
 * %GOLF_MODEL_ERROR_PERMISSION_DENIED, a damaged file
 * %GOLF_MODEL_ERROR_CORRUPT. Missing or inconsistent metadata is not an
 * error: a warning is logged and the default feature names are used.
 *
 * Returns: (transfer full) (nullable): the model
 */
GolfDistanceModel *
golf_distance_model_load (const char  *model_path,
                          const char  *models_dir,
                          GError     **error)
{
  g_autoptr(GolfDistanceModel) self = NULL;
  g_autoptr(GolfModelInfo) info = NULL;
  g_autofree char *default_dir = NULL;
  g_autofree char *real_path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  guint n_model = 0;

  g_return_val_if_fail (model_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (models_dir == NULL)
    models_dir = default_dir = golf_distance_model_dup_default_models_dir ();
  if ((real_path = _golf_models_folder_resolve_inside (model_path, models_dir, error)) == NULL)
    return NULL;

  /* Read what was checked, not whatever the link points to by now. */
  if (!g_file_get_contents (real_path, &data, &length, &local_error))
    {
      _golf_model_set_file_error (error, local_error, model_path, FALSE);
      return NULL;
    }

  self = g_object_new (GOLF_TYPE_DISTANCE_MODEL, NULL);
  if (!load_backend (self, model_path, data, length, &n_model, error))
    return NULL;
  info = load_metadata (model_path, data, length, n_model);
  if (!adopt_metadata (self, model_path, info, n_model, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* A models folder holds the active model of each target
 * (`carry-model.json` + `carry-model.metadata.json`) and a `history/`
 * folder with every version (`history/carry-model-1.2.0.json` ...).
 * Versions are MAJOR.MINOR.PATCH. */

/**
 * golf_distance_model_dup_default_models_dir:
 *
 * Returns: (transfer full): `golf-lab/models` under the user data directory
 */
char *
golf_distance_model_dup_default_models_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "golf-lab", "models", NULL);
}

static const char *
file_prefix (GolfModelTarget target)
{
  return target == GOLF_MODEL_TARGET_TOTAL ? "total-model" : "carry-model";
}

/**
 * golf_distance_model_build_active_path:
 * @models_dir: a models folder
 * @target: a target
 *
 * Returns: (transfer full): the active model file of @target, e.g.
 *   `models_dir/carry-model.json`
 */
char *
golf_distance_model_build_active_path (const char      *models_dir,
                                       GolfModelTarget  target)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (models_dir != NULL, NULL);

  name = g_strconcat (file_prefix (target), ".json", NULL);
  return g_build_filename (models_dir, name, NULL);
}

static char *
build_history_path (const char      *models_dir,
                    GolfModelTarget  target,
                    const char      *version)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.json", file_prefix (target), version);

  return g_build_filename (models_dir, "history", name, NULL);
}

static gint
compare_info_versions (gconstpointer a,
                       gconstpointer b)
{
  GolfModelInfo *x = *(GolfModelInfo * const *)a;
  GolfModelInfo *y = *(GolfModelInfo * const *)b;

  return golf_model_version_compare (golf_model_info_get_version (x), golf_model_info_get_version (y));
}

/**
 * golf_distance_model_list_versions:
 * @models_dir: a models folder
 * @target: a target
 * @error: return location for a #GError
 *
 * Lists the versions kept in the history folder, oldest first. A missing
 * folder is an empty list; an unreadable sidecar is skipped with a warning.
 *
 * Returns: (transfer container) (element-type GolfModelInfo): the metadata of each version
 */
GPtrArray *
golf_distance_model_list_versions (const char       *models_dir,
                                   GolfModelTarget   target,
                                   GError          **error)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *history = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (models_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  history = g_build_filename (models_dir, "history", NULL);
  dir = g_dir_open (history, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&versions);
      _golf_model_set_file_error (error, local_error, history, FALSE);
      return NULL;
    }

  prefix = g_strconcat (file_prefix (target), "-", NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GError) info_error = NULL;
      GolfModelInfo *info;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".metadata.json"))
        continue;
      path = g_build_filename (history, name, NULL);
      info = golf_model_info_load_from_file (path, &info_error);
      if (info == NULL)
        g_warning ("Skipping model version: %s", info_error->message);
      else
        g_ptr_array_add (versions, info);
    }

  g_ptr_array_sort (versions, compare_info_versions);
  return g_steal_pointer (&versions);
}

/**
 * golf_distance_model_dup_active_version:
 * @models_dir: a models folder
 * @target: a target
 *
 * Reads the version of the active model from its sidecar.
 *
 * Returns: (transfer full) (nullable): the active version, or %NULL when
 *   there is no active model or it has no metadata
 */
char *
golf_distance_model_dup_active_version (const char      *models_dir,
                                        GolfModelTarget  target)
{
  g_autofree char *path = NULL;
  g_autoptr(GolfModelInfo) info = NULL;

  g_return_val_if_fail (models_dir != NULL, NULL);

  path = golf_distance_model_build_active_path (models_dir, target);
  info = golf_model_info_load_for_model (path, NULL);
  return info != NULL ? g_strdup (golf_model_info_get_version (info)) : NULL;
}

static gboolean
make_dir (const char  *path,
          GError     **error)
{
  if (g_mkdir_with_parents (path, 0755) != 0)
    {
      int saved_errno = errno;
      g_autoptr(GError) file_error = g_error_new_literal (G_FILE_ERROR,
                                                          g_file_error_from_errno (saved_errno),
                                                          g_strerror (saved_errno));

      _golf_model_set_file_error (error, file_error, path, TRUE);
      return FALSE;
    }
  return TRUE;
}

static char *
next_version (GPtrArray     *versions,
              GolfModelInfo *info)
{
  GolfModelInfo *latest;
  const char *v;
  guint64 major, minor;
  char *end;

  if (versions->len == 0)
    return g_strdup ("1.0.0");

  latest = g_ptr_array_index (versions, versions->len - 1);
  v = golf_model_info_get_version (latest);
  major = g_ascii_strtoull (v, &end, 10);
  minor = *end == '.' ? g_ascii_strtoull (end + 1, NULL, 10) : 0;

  /* New inputs or a new learner make a new major version; a retrain on
   * new shots a new minor one. */
  if (!g_strv_equal (golf_model_info_get_features (latest), golf_model_info_get_features (info)) ||
      g_strcmp0 (golf_model_info_get_model_type (latest), golf_model_info_get_model_type (info)) != 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT ".0.0", MAX (major, 1) + 1);
  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT ".0", MAX (major, 1), minor + 1);
}

/**
 * golf_distance_model_publish:
 * @self: a #GolfDistanceModel
 * @models_dir: a models folder, created if needed
 * @error: return location for a #GError
 *
 * Gives the model the next version number (1.0.0, 1.1.0, ...; a new major
 * number when the inputs or the learner change), keeps it in the history
 * folder and makes it the active model of its target. Every file is
 * written atomically, and a failure leaves the folder as it was; a
 * read-only folder is %GOLF_MODEL_ERROR_PERMISSION_DENIED.
 *
 * Returns: (transfer full) (nullable): the new version
 */
char *
golf_distance_model_publish (GolfDistanceModel  *self,
                             const char         *models_dir,
                             GError            **error)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *history = NULL;
  g_autofree char *version = NULL;
  g_autofree char *history_path = NULL;
  g_autofree char *active_path = NULL;
  g_autofree char *model = NULL;
  g_autofree char *metadata = NULL;
  gsize length = 0;

  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), NULL);
  g_return_val_if_fail (models_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  history = g_build_filename (models_dir, "history", NULL);
  if (!make_dir (history, error))
    return NULL;
  if ((versions = golf_distance_model_list_versions (models_dir, self->target, error)) == NULL)
    return NULL;

  version = next_version (versions, _golf_distance_model_ensure_info (self));
  golf_model_info_set_version (self->info, version);
  if (!_golf_distance_model_to_files_data (self, &model, &length, &metadata, error))
    return NULL;

  history_path = build_history_path (models_dir, self->target, version);
  active_path = golf_distance_model_build_active_path (models_dir, self->target);
  if (!_golf_model_write_with_sidecar (history_path, model, length, metadata, error))
    return NULL;
  if (!_golf_model_write_with_sidecar (active_path, model, length, metadata, error))
    {
      g_autofree char *history_sidecar = golf_model_info_sidecar_path (history_path);

      g_unlink (history_path);
      g_unlink (history_sidecar);
      return NULL;
    }
  return g_steal_pointer (&version);
}

static gboolean
is_version (const char *version)
{
  guint dots = 0;

  for (const char *p = version; *p != '\0'; p++)
    {
      if (*p == '.' && p != version && p[1] != '\0' && p[-1] != '.')
        dots++;
      else if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  return dots == 2;
}

/**
 * golf_distance_model_use_version:
 * @models_dir: a models folder
 * @target: a target
 * @version: a version kept in the history folder
 * @error: return location for a #GError
 *
 * Makes an older (or newer) version the active model again.
 *
 * Returns: %TRUE on success
 */
gboolean
golf_distance_model_use_version (const char       *models_dir,
                                 GolfModelTarget   target,
                                 const char       *version,
                                 GError          **error)
{
  g_autofree char *history_path = NULL;
  g_autofree char *history_sidecar = NULL;
  g_autofree char *active_path = NULL;
  g_autofree char *model = NULL;
  g_autofree char *metadata = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize model_length;

  g_return_val_if_fail (models_dir != NULL, FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!is_version (version))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID,
                   "“%s” is not a model version; versions look like 1.2.0 "
                   "(`golf-lab-cli models` lists them)", version);
      return FALSE;
    }

  history_path = build_history_path (models_dir, target, version);
  history_sidecar = golf_model_info_sidecar_path (history_path);
  if (!g_file_get_contents (history_path, &model, &model_length, &local_error) ||
      !g_file_get_contents (history_sidecar, &metadata, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND,
                     "There is no %s model version %s; `golf-lab-cli models` lists the versions",
                     golf_model_target_to_string (target), version);
      else
        _golf_model_set_file_error (error, local_error, history_path, FALSE);
      return FALSE;
    }

  active_path = golf_distance_model_build_active_path (models_dir, target);
  return _golf_model_write_with_sidecar (active_path, model, model_length, metadata, error);
}

/* Returns the real path of @model_path if it lies inside @models_dir once
 * symbolic links and ".." are resolved. */
char *
_golf_models_folder_resolve_inside (const char  *model_path,
                                    const char  *models_dir,
                                    GError     **error)
{
  g_autofree char *real_path = NULL;
  g_autofree char *real_dir = NULL;
  gsize dir_len;

  if ((real_path = realpath (model_path, NULL)) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, GOLF_MODEL_ERROR,
                   saved_errno == ENOENT ? GOLF_MODEL_ERROR_NOT_FOUND : GOLF_MODEL_ERROR_PERMISSION_DENIED,
                   "Cannot open model %s: %s", model_path, g_strerror (saved_errno));
      return NULL;
    }

  real_dir = realpath (models_dir, NULL);
  dir_len = real_dir != NULL ? strlen (real_dir) : 0;
  if (real_dir == NULL ||
      strncmp (real_path, real_dir, dir_len) != 0 ||
      (real_path[dir_len] != G_DIR_SEPARATOR && !(dir_len == 1 && real_dir[0] == '/')))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED,
                   "Refusing to load %s: models are only loaded from the models folder %s",
                   model_path, models_dir);
      return NULL;
    }
  return g_steal_pointer (&real_path);
}

/**
 * _golf_distance_model_split_rows:
 * @shots: (element-type GolfShot): shots
 * @params: (nullable): settings
 * @row_sessions: (out) (transfer full): the session of each usable row
 * @test_part: (out) (transfer full): 1 for held-out rows, 0 for training rows
 * @folds: (out) (transfer full): the cross-validation fold of each row
 * @n_rows: (out): the number of usable rows
 * @n_folds: (out): the number of folds
 * @error: return location for a #GError
 *
 * Computes the split a training with @params would use, for tests.
 *
 * Returns: %TRUE on success
 */
gboolean
_golf_distance_model_split_rows (GPtrArray              *shots,
                                 const GolfTrainParams  *params,
                                 GStrv                  *row_sessions,
                                 guint                 **test_part,
                                 guint                 **folds,
                                 guint                  *n_rows,
                                 guint                  *n_folds,
                                 GError                **error)
{
  g_autoptr(GolfTrainData) data = NULL;
  GolfModelSplit split = { 0 };
  GolfTrainParams defaults;
  GStrv sessions;

  if (params == NULL)
    {
      golf_train_params_init (&defaults);
      params = &defaults;
    }
  if ((data = _golf_train_data_new (shots, params->target, error)) == NULL)
    return FALSE;

  *n_rows = data->n_rows;
  *test_part = g_new (guint, data->n_rows);
  *folds = g_new0 (guint, data->n_rows);
  _golf_model_split_test (data, params->test_fraction, params->seed, *test_part, &split);
  *n_folds = params->cv_folds >= 2
             ? _golf_model_split_folds (data, params->cv_folds, params->seed, *folds, &split)
             : 0;
  sessions = g_new0 (char *, data->n_rows + 1);
  for (guint r = 0; r < data->n_rows; r++)
    sessions[r] = g_strdup (data->group_names[data->group[r]]);
  *row_sessions = sessions;
  return TRUE;
}
