/* golf-model-split-private.h: the held-out sessions and the cross-validation folds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-training-data-private.h"

G_BEGIN_DECLS

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

G_END_DECLS
