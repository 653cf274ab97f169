/* golf-model-evaluation-private.h: scores on held-out sessions and folds, and the intervals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-training-data-private.h"

G_BEGIN_DECLS

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

G_END_DECLS
