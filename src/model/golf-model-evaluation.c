/* golf-model-evaluation.c: scores on sessions a model did not learn from, and its intervals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <math.h>

#include "golf-model-evaluation-private.h"
#include "golf-model-split-private.h"
#include "golf-quantile.h"

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
  golf_sort_doubles (residuals, n);
  result->interval80[0] = golf_quantile_sorted (residuals, n, 0.10);
  result->interval80[1] = golf_quantile_sorted (residuals, n, 0.90);
  result->interval95[0] = golf_quantile_sorted (residuals, n, 0.025);
  result->interval95[1] = golf_quantile_sorted (residuals, n, 0.975);
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
