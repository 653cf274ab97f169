/* golf-model-split.c: the held-out sessions and the session-grouped cross-validation folds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <math.h>

#include "golf-distance-model-private.h"
#include "golf-model-split-private.h"

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
