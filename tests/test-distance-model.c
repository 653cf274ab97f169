/* test-distance-model.c: training, saving, loading, versions and prediction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-distance-model"

#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-distance-model.h"
#include "golf-distance-model-private.h"
#include "golf-model-evaluation-private.h"
#include "golf-model-info.h"
#include "golf-shot.h"
#include "golf-test-model.h"
#include "golf-test-util.h"

/* Accuracy the synthetic physics below allows. The carry has a per-shot
 * noise of sd 3 m and a per-session offset of sd 2 m (ball, weather) that
 * no input explains, so the best possible MAE on held-out sessions is about
 * 0.8 * sqrt(3^2 + 2^2) = 2.9 m. */
#define XGBOOST_MAX_MAE 4.5
#define RIDGE_MAX_MAE   4.5
#define MIN_R2          0.97

/* ------------------------------------------------------------------ */
/* Synthetic shots whose carry follows a known law */

typedef struct
{
  double ball_speed, ball_sd;
  double launch, launch_sd;
  double spin, spin_sd;
  double smash;
  double attack;
} Club;

static const Club clubs[] = {
  { 68.0, 4.0, 13.0, 2.0, 2700, 400, 1.48,  2.0 },   /* driver */
  { 50.0, 3.0, 18.0, 2.0, 6500, 600, 1.35, -4.0 },   /* 7-iron */
  { 38.0, 3.0, 28.0, 3.0, 8800, 800, 1.20, -5.0 },   /* wedge */
};

static double
true_carry (double ball_speed,
            double launch,
            double spin)
{
  double dl = launch - 15.0;

  return 3.1 * ball_speed * (1.0 + 0.01 * dl - 0.0006 * dl * dl) * (1.0 - 0.00004 * (spin - 2500.0));
}

static double
gauss (GRand *rand)
{
  double u = g_rand_double_range (rand, 1e-12, 1.0);
  double v = g_rand_double (rand);

  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

static GolfShot *
make_shot (GRand      *rand,
           const char *session,
           guint       index,
           double      session_offset)
{
  const Club *club = &clubs[g_rand_int_range (rand, 0, G_N_ELEMENTS (clubs))];
  g_autofree char *id = g_strdup_printf ("%s-%u", session, index);
  GolfShot *shot = golf_shot_new (id, session);
  double v = club->ball_speed + club->ball_sd * gauss (rand);
  double launch = club->launch + club->launch_sd * gauss (rand);
  double spin = club->spin + club->spin_sd * gauss (rand);
  double carry = true_carry (v, launch, spin) + session_offset + 3.0 * gauss (rand);

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, v);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, launch);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, spin);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, v / club->smash + 0.5 * gauss (rand));
  golf_shot_set (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, club->attack + 1.5 * gauss (rand));
  golf_shot_set (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT, launch + 3.0 + gauss (rand));
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, carry);
  golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, carry * 1.08);
  return shot;
}

static GPtrArray *
make_shots (guint   n_sessions,
            guint   per_session,
            guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *shots = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint s = 0; s < n_sessions; s++)
    {
      g_autofree char *session = g_strdup_printf ("s%u-%u", seed, s);
      double offset = 2.0 * gauss (rand);

      for (guint i = 0; i < per_session; i++)
        g_ptr_array_add (shots, make_shot (rand, session, i, offset));
    }
  return shots;
}

static GolfTrainParams
params_for (GolfModelBackend backend)
{
  GolfTrainParams params;

  golf_train_params_init (&params);
  params.backend = backend;
  return params;
}

static GolfDistanceModel *
train_quick (GolfModelBackend backend,
             guint32          seed)
{
  g_autoptr(GPtrArray) shots = make_shots (10, 40, seed);
  GolfTrainParams params = params_for (backend);
  g_autoptr(GError) error = NULL;
  GolfDistanceModel *model;

  params.n_trees = 30;
  model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static GolfShot *
launch_shot (double ball_speed,
             double launch,
             double spin)
{
  GolfShot *shot = golf_shot_new ("query", "query");

  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, ball_speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, launch);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, spin);
  return shot;
}

static double
predict_value (GolfDistanceModel *model,
               GolfShot          *shot)
{
  GolfPrediction prediction;
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_distance_model_predict (model, shot, &prediction, &error));
  g_assert_no_error (error);
  return prediction.value;
}

typedef GolfTestModels Fixture;

/* ------------------------------------------------------------------ */
/* Training */

static void
check_accuracy (GolfModelBackend backend,
                const char      *model_type,
                const char      *setting,
                double           max_mae)
{
  g_autoptr(GPtrArray) shots = make_shots (50, 100, 7);
  g_autoptr(GPtrArray) fresh = make_shots (10, 100, 99);
  GolfTrainParams params = params_for (backend);
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;
  GolfModelInfo *info;
  g_autoptr(GVariant) own_setting = NULL;
  g_autoptr(GVariant) shared_setting = NULL;
  const double *importances;
  double mae, cv_mae, r2, lo80, hi80, abs_sum = 0, importance_sum = 0;
  guint inside80 = 0;

  model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_distance_model_get_model_type (model), ==, model_type);

  info = golf_distance_model_get_info (model);
  g_assert_true (golf_model_info_lookup_metric (info, "mae", &mae));
  g_assert_true (golf_model_info_lookup_metric (info, "cv_mae", &cv_mae));
  g_assert_true (golf_model_info_lookup_metric (info, "r2", &r2));
  g_test_message ("%s: held-out MAE %.3f m, CV MAE %.3f m, R2 %.4f", model_type, mae, cv_mae, r2);
  g_assert_cmpfloat (mae, <, max_mae);
  g_assert_cmpfloat (cv_mae, <, max_mae);
  g_assert_cmpfloat (mae, >, 2.0);  /* better than the noise allows would mean leakage */
  g_assert_cmpfloat (r2, >, MIN_R2);

  /* The learner's own settings are in the metadata, with the shared ones. */
  own_setting = g_variant_lookup_value (golf_model_info_get_hyperparameters (info), setting, NULL);
  shared_setting = g_variant_lookup_value (golf_model_info_get_hyperparameters (info), "cv_folds", NULL);
  g_assert_nonnull (own_setting);
  g_assert_nonnull (shared_setting);

  /* Ball speed drives carry; the swing inputs add almost nothing. The
   * importances are shares: they sum to 1. */
  importances = golf_distance_model_get_importances (model);
  g_assert_nonnull (importances);
  for (guint i = 1; i < golf_distance_model_get_n_features (model); i++)
    g_assert_cmpfloat (importances[0], >, importances[i]);
  for (guint i = 0; i < golf_distance_model_get_n_features (model); i++)
    importance_sum += importances[i];
  g_assert_cmpfloat_with_epsilon (importance_sum, 1.0, 1e-9);

  /* Sessions it never saw: same accuracy, and the 80% interval holds ~80%. */
  g_assert_true (golf_model_info_get_interval (info, 80, &lo80, &hi80));
  g_assert_cmpfloat (lo80, <, 0);
  g_assert_cmpfloat (hi80, >, 0);
  for (guint i = 0; i < fresh->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (fresh, i);
      GolfPrediction prediction;
      double carry = golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE);

      g_assert_true (golf_distance_model_predict (model, shot, &prediction, &error));
      abs_sum += fabs (prediction.value - carry);
      if (carry >= prediction.low80 && carry <= prediction.high80)
        inside80++;
    }
  g_test_message ("%s: fresh-session MAE %.2f m, 80%% interval covers %.1f%%",
                  model_type, abs_sum / fresh->len, 100.0 * inside80 / fresh->len);
  g_assert_cmpfloat (abs_sum / fresh->len, <, max_mae);
  g_assert_cmpfloat ((double)inside80 / fresh->len, >, 0.70);
  g_assert_cmpfloat ((double)inside80 / fresh->len, <, 0.90);
}

static void
test_train_accuracy (void)
{
  if (!golf_distance_model_has_xgboost ())
    {
      g_test_skip ("built without XGBoost");
      return;
    }
  check_accuracy (GOLF_MODEL_BACKEND_XGBOOST, "xgboost", "n_estimators", XGBOOST_MAX_MAE);
}

static void
test_train_ridge (void)
{
  check_accuracy (GOLF_MODEL_BACKEND_RIDGE, "ridge", "lambda", RIDGE_MAX_MAE);
}

static void
test_backend_auto (void)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 3);
  GolfTrainParams params = params_for (GOLF_MODEL_BACKEND_XGBOOST);
  g_autoptr(GPtrArray) shots = make_shots (2, 40, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfDistanceModel) forced = NULL;

  g_assert_cmpint (golf_distance_model_has_xgboost (), ==, HAVE_XGBOOST);
#if HAVE_XGBOOST
  g_assert_cmpstr (golf_distance_model_get_model_type (model), ==, "xgboost");
  g_assert_true (g_str_has_prefix (golf_distance_model_get_backend_name (), "XGBoost 1."));
  g_assert_nonnull (strstr (golf_distance_model_get_backend_reason (), "built with XGBoost"));
  g_assert_true (g_str_has_prefix (golf_model_info_get_backend_version (golf_distance_model_get_info (model)),
                                   "XGBoost "));
  (void)params, (void)shots, (void)error, (void)forced;
#else
  g_assert_cmpstr (golf_distance_model_get_model_type (model), ==, "ridge");
  g_assert_nonnull (strstr (golf_distance_model_get_backend_name (), "ridge"));
  g_assert_nonnull (strstr (golf_distance_model_get_backend_reason (), "-Dxgboost=disabled"));
  forced = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND);
  g_assert_null (forced);
#endif
}

/* Shuffles @shots in place, so that sessions are interleaved. */
static void
shuffle_shots (GPtrArray *shots,
               guint32    seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = shots->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer t = shots->pdata[i - 1];

      shots->pdata[i - 1] = shots->pdata[j];
      shots->pdata[j] = t;
    }
}

/* The split keeps every input session whole: judged by the session ids
 * the shots came with, not by the split's own names for its groups. */
static void
test_session_split (void)
{
  g_autoptr(GPtrArray) shots = make_shots (23, 30, 11);
  g_auto(GStrv) sessions = NULL;
  g_autofree guint *test_part = NULL;
  g_autofree guint *folds = NULL;
  g_autoptr(GHashTable) side = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) fold_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) test_sessions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  guint n_rows = 0, n_folds = 0, n_test = 0;
  guint fold_rows[5] = { 0 };

  shuffle_shots (shots, 5);
  g_assert_true (_golf_distance_model_split_rows (shots, NULL, &sessions, &test_part, &folds,
                                                  &n_rows, &n_folds, &error));
  g_assert_no_error (error);
  /* Every shot is usable: row r is shot r. */
  g_assert_cmpuint (n_rows, ==, shots->len);
  g_assert_cmpuint (n_folds, ==, 5);

  for (guint r = 0; r < n_rows; r++)
    {
      const char *session = golf_shot_get_session_id (g_ptr_array_index (shots, r));
      gpointer seen;

      g_assert_cmpstr (sessions[r], ==, session);
      /* No session on both sides of the hold-out split ... */
      if (g_hash_table_lookup_extended (side, session, NULL, &seen))
        g_assert_cmpuint (GPOINTER_TO_UINT (seen), ==, test_part[r] + 1);
      g_hash_table_insert (side, (gpointer)session, GUINT_TO_POINTER (test_part[r] + 1));
      /* ... nor in two cross-validation folds. */
      if (g_hash_table_lookup_extended (fold_of, session, NULL, &seen))
        g_assert_cmpuint (GPOINTER_TO_UINT (seen), ==, folds[r] + 1);
      g_hash_table_insert (fold_of, (gpointer)session, GUINT_TO_POINTER (folds[r] + 1));
      if (test_part[r])
        g_hash_table_add (test_sessions, (gpointer)session);
      n_test += test_part[r];
      fold_rows[folds[r]]++;
    }

  /* About a fifth held out, in whole sessions of 30 shots; folds of
   * similar size, every fold used. */
  g_assert_cmpuint (n_test, ==, 30 * g_hash_table_size (test_sessions));
  g_assert_cmpuint (n_test, >=, n_rows / 5);
  g_assert_cmpuint (n_test, <=, n_rows / 5 + 30);
  for (guint f = 0; f < 5; f++)
    {
      g_assert_cmpuint (fold_rows[f] % 30, ==, 0);
      g_assert_cmpuint (fold_rows[f], >=, 4 * 30);
    }
}

/* The intervals are the quantiles of the residuals on unseen shots:
 * with residuals 0, 1, ..., 100 the 80% interval is [10, 90] and the 95%
 * one [2.5, 97.5]. */
static void
test_interval_quantiles (void)
{
  float y[101], x[101];
  guint eval_rows[101];
  float pred[101];
  GolfTrainData data = { 0 };
  GolfFitRows job = { 0 };
  GolfModelScores scores;

  for (guint r = 0; r < 101; r++)
    {
      y[r] = 200 + r;
      x[r] = 0;
      pred[r] = 200;
      eval_rows[r] = r;
    }
  data.n_rows = 101;
  data.n_features = 1;
  data.x = x;
  data.y = y;
  job.eval_rows = eval_rows;
  job.n_eval = 101;
  job.pred = pred;

  _golf_model_evaluate (&data, &job, 0, &scores);
  g_assert_cmpfloat (scores.interval80[0], ==, 10.0);
  g_assert_cmpfloat (scores.interval80[1], ==, 90.0);
  g_assert_cmpfloat (scores.interval95[0], ==, 2.5);
  g_assert_cmpfloat (scores.interval95[1], ==, 97.5);
  g_assert_cmpfloat (scores.mae, ==, 50.0);
}

/* The ridge's penalty is the one asked for: a huge one flattens the
 * model towards the average carry. */
static void
test_ridge_lambda (void)
{
  g_autoptr(GPtrArray) shots = make_shots (8, 40, 19);
  GolfTrainParams params = params_for (GOLF_MODEL_BACKEND_RIDGE);
  g_autoptr(GolfDistanceModel) usual = NULL;
  g_autoptr(GolfDistanceModel) flat = NULL;
  g_autoptr(GolfShot) slow = launch_shot (35, 28, 8800);
  g_autoptr(GolfShot) fast = launch_shot (70, 13, 2700);
  g_autoptr(GError) error = NULL;
  double lambda = 0;

  usual = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  params.ridge_lambda = 1e9;
  flat = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (golf_model_info_get_hyperparameters (golf_distance_model_get_info (flat)),
                                   "lambda", "d", &lambda));
  g_assert_cmpfloat (lambda, ==, 1e9);

  g_assert_cmpfloat (predict_value (usual, fast) - predict_value (usual, slow), >, 80);
  g_assert_cmpfloat (fabs (predict_value (flat, fast) - predict_value (flat, slow)), <, 1);
}

static void
test_one_session_split (void)
{
  g_autoptr(GPtrArray) shots = make_shots (1, 120, 5);
  GolfTrainParams params = params_for (GOLF_MODEL_BACKEND_RIDGE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;
  GVariant *split;
  const char *method = NULL;
  gint64 test_samples = 0;

  model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  split = golf_model_info_get_split (golf_distance_model_get_info (model));
  g_assert_true (g_variant_lookup (split, "method", "&s", &method));
  g_assert_cmpstr (method, ==, "shots (one session only)");
  g_assert_true (g_variant_lookup (split, "test_samples", "x", &test_samples));
  g_assert_cmpint (test_samples, ==, 24);
}

static void
test_not_enough_data (void)
{
  g_autoptr(GPtrArray) shots = make_shots (3, 20, 13);
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;

  /* 60 shots, 11 of them unusable: 49 left. */
  for (guint i = 0; i < 11; i++)
    golf_shot_set (g_ptr_array_index (shots, i), GOLF_SHOT_FIELD_CARRY_DISTANCE, NAN);

  g_assert_cmpuint (golf_distance_model_count_usable (shots, GOLF_MODEL_TARGET_CARRY), ==, 49);
  model = golf_distance_model_train (shots, NULL, NULL, NULL, NULL, &error);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_ENOUGH_DATA);
  g_assert_nonnull (strstr (error->message, "Only 49 of 60 shots"));
  g_assert_null (model);
}

static void
test_unusable_rows_left_out (void)
{
  g_autoptr(GPtrArray) shots = make_shots (5, 40, 17);
  GolfTrainParams params = params_for (GOLF_MODEL_BACKEND_RIDGE);
  const char * const *features = golf_distance_model_get_default_features ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;
  GolfModelInfo *info;
  gint64 usable = 0;

  golf_shot_set (g_ptr_array_index (shots, 0), GOLF_SHOT_FIELD_CARRY_DISTANCE, 0.0);
  golf_shot_set (g_ptr_array_index (shots, 1), GOLF_SHOT_FIELD_CARRY_DISTANCE, -5.0);
  golf_shot_set (g_ptr_array_index (shots, 2), GOLF_SHOT_FIELD_CARRY_DISTANCE, 650.0);
  golf_shot_set (g_ptr_array_index (shots, 3), GOLF_SHOT_FIELD_CARRY_DISTANCE, NAN);
  golf_shot_set (g_ptr_array_index (shots, 4), GOLF_SHOT_FIELD_DYNAMIC_LOFT, NAN);
  golf_shot_set (g_ptr_array_index (shots, 5), GOLF_SHOT_FIELD_BALL_SPEED, NAN);
  /* A total-only problem does not matter for a carry model. */
  golf_shot_set (g_ptr_array_index (shots, 6), GOLF_SHOT_FIELD_TOTAL_DISTANCE, NAN);

  model = golf_distance_model_train (shots, &params, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  info = golf_distance_model_get_info (model);
  g_assert_true (g_variant_lookup (golf_model_info_get_split (info), "usable_samples", "x", &usable));
  g_assert_cmpint (usable, ==, 200 - 6);
  g_assert_cmpuint (golf_distance_model_count_usable (shots, GOLF_MODEL_TARGET_TOTAL), ==, 200 - 3);

  /* Each input's range is that of the usable shots, in feature order
   * (the model keeps its inputs as floats). */
  for (guint i = 0; features[i] != NULL; i++)
    {
      GolfShotField field;
      double min = G_MAXDOUBLE, max = -G_MAXDOUBLE, sum = 0;
      double got_min, got_mean, got_max;

      g_assert_true (golf_shot_field_from_name (features[i], &field));
      for (guint k = 6; k < shots->len; k++)
        {
          double v = (float)golf_shot_get (g_ptr_array_index (shots, k), field);

          min = MIN (min, v);
          max = MAX (max, v);
          sum += v;
        }
      g_assert_true (golf_model_info_get_feature_range (info, i, &got_min, &got_mean, &got_max));
      g_assert_cmpfloat (got_min, ==, min);
      g_assert_cmpfloat (got_max, ==, max);
      g_assert_cmpfloat_with_epsilon (got_mean, sum / (shots->len - 6), 1e-9 * fabs (sum));
    }
  g_assert_false (golf_model_info_get_feature_range (info, 6, NULL, NULL, NULL));
}

typedef struct
{
  GMainLoop          *loop;
  GolfDistanceModel  *model;
  GError             *error;
  GCancellable       *cancel_on_progress;
  double              last_fraction;
  guint               n_progress;
  guint               n_ticks;
  gboolean            progress_on_main;
  gboolean            notified;
  gboolean            done;
  gint64              started;
  gint64              elapsed_ms;
} AsyncState;

static void
on_progress_cb (double      fraction,
                const char *stage,
                gpointer    user_data)
{
  AsyncState *state = user_data;

  g_assert_cmpfloat (fraction, >=, state->last_fraction);
  g_assert_nonnull (stage);
  state->last_fraction = fraction;
  state->n_progress++;
  state->progress_on_main &= g_main_context_is_owner (g_main_context_default ());
  if (state->cancel_on_progress != NULL && fraction > 0)
    g_cancellable_cancel (state->cancel_on_progress);
}

static void
on_progress_done_cb (gpointer user_data)
{
  AsyncState *state = user_data;

  state->notified = TRUE;
}

static gboolean
on_tick_cb (gpointer user_data)
{
  AsyncState *state = user_data;

  state->n_ticks++;
  return G_SOURCE_CONTINUE;
}

static void
on_trained_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncState *state = user_data;

  state->model = golf_distance_model_train_finish (result, &state->error);
  state->done = TRUE;
  g_main_loop_quit (state->loop);
}

static void
run_async (AsyncState   *state,
           GPtrArray    *shots,
           GCancellable *cancellable)
{
  GolfTrainParams params;
  guint tick;

  golf_train_params_init (&params);
  state->loop = g_main_loop_new (NULL, FALSE);
  state->progress_on_main = TRUE;
  tick = g_timeout_add (2, on_tick_cb, state);
  state->started = g_get_monotonic_time ();
  golf_distance_model_train_async (shots, &params, cancellable, on_progress_cb, state,
                                   on_progress_done_cb, on_trained_cb, state);
  /* It returned at once: the work runs in a thread, the result comes later. */
  g_assert_false (state->done);
  /* The shots were copied: changing them now must not matter. */
  g_ptr_array_set_size (shots, 0);
  g_main_loop_run (state->loop);
  state->elapsed_ms = (g_get_monotonic_time () - state->started) / 1000;
  g_source_remove (tick);
  g_main_loop_unref (state->loop);
}

static void
test_train_async (void)
{
  g_autoptr(GPtrArray) shots = make_shots (20, 100, 23);
  AsyncState state = { 0 };

  run_async (&state, shots, NULL);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.model);
  g_assert_cmpuint (golf_model_info_get_training_samples (golf_distance_model_get_info (state.model)), >, 1000);
  /* Progress reached the main thread and ended at 1. */
  g_assert_cmpuint (state.n_progress, >=, 2);
  g_assert_cmpfloat (state.last_fraction, ==, 1.0);
  g_assert_true (state.progress_on_main);
  /* The main loop kept running while the model trained: a tick is due
   * every 2 ms; allow a busy machine ten times that, and at least five
   * once the training takes long enough to show it. */
  g_test_message ("main loop ran %u times during %" G_GINT64_FORMAT " ms of training",
                  state.n_ticks, state.elapsed_ms);
  g_assert_cmpuint (state.n_ticks, >=, MIN (5, state.elapsed_ms / 20));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (state.notified);
  g_object_unref (state.model);
}

static void
test_train_cancel (void)
{
  g_autoptr(GPtrArray) shots = make_shots (20, 100, 29);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;
  AsyncState state = { 0 };

  /* Cancelled while training. */
  state.cancel_on_progress = cancellable;
  run_async (&state, shots, cancellable);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (state.model);
  g_clear_error (&state.error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (state.notified);

  /* Cancelled before it starts, synchronously. */
  g_ptr_array_unref (shots);
  shots = make_shots (5, 40, 29);
  model = golf_distance_model_train (shots, NULL, cancellable, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (model);
}

/* ------------------------------------------------------------------ */
/* Files: the original's save/load cases and more */

static void
test_save_creates_sidecar (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 31);
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autofree char *sidecar = g_build_filename (fixture->models, "carry-model.metadata.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_distance_model_save (model, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (sidecar, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"features\""));
  g_assert_nonnull (strstr (contents, "\"ball_speed\""));
  g_assert_nonnull (strstr (contents, "\"model_checksum\""));
}

static void
test_load_with_metadata (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 37);
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GolfShot) shot = launch_shot (60, 14, 3000);
  g_autoptr(GError) error = NULL;
  GolfModelInfo *a, *b;
  GolfPrediction pa, pb;
  double mae_a, mae_b;

  g_assert_true (golf_distance_model_save (model, path, &error));
  loaded = golf_distance_model_load (path, fixture->models, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  a = golf_distance_model_get_info (model);
  b = golf_distance_model_get_info (loaded);
  g_assert_nonnull (b);
  g_assert_cmpstr (golf_model_info_get_version (b), ==, golf_model_info_get_version (a));
  g_assert_cmpuint (golf_model_info_get_training_samples (b), ==, golf_model_info_get_training_samples (a));
  g_assert_true (g_strv_equal (golf_model_info_get_features (b), golf_model_info_get_features (a)));
  g_assert_true (golf_model_info_lookup_metric (a, "mae", &mae_a));
  g_assert_true (golf_model_info_lookup_metric (b, "mae", &mae_b));
  g_assert_cmpfloat_with_epsilon (mae_a, mae_b, 1e-9);
  g_assert_cmpstr (golf_distance_model_get_model_type (loaded), ==, golf_distance_model_get_model_type (model));

  /* Same predictions, same range, after the round trip. */
  g_assert_true (golf_distance_model_predict (model, shot, &pa, &error));
  g_assert_true (golf_distance_model_predict (loaded, shot, &pb, &error));
  g_assert_cmpfloat_with_epsilon (pa.value, pb.value, 1e-4);
  g_assert_cmpfloat_with_epsilon (pa.low80, pb.low80, 1e-4);
  g_assert_cmpfloat_with_epsilon (pa.confidence, pb.confidence, 1e-9);
}

static void
test_load_without_metadata (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 41);
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autofree char *sidecar = g_build_filename (fixture->models, "carry-model.metadata.json", NULL);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GolfShot) shot = launch_shot (60, 14, 3000);
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_distance_model_save (model, path, &error));
  g_assert_cmpint (g_unlink (sidecar), ==, 0);

  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "No usable metadata next to model*");
  loaded = golf_distance_model_load (path, fixture->models, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_null (golf_distance_model_get_info (loaded));
  g_assert_true (g_strv_equal (golf_distance_model_get_features (loaded),
                               golf_distance_model_get_default_features ()));
  g_assert_cmpfloat_with_epsilon (predict_value (loaded, shot), predict_value (model, shot), 1e-4);
}

static void
rewrite_sidecar_features (const char         *model_path,
                          const char * const *features)
{
  g_autoptr(GolfModelInfo) info = golf_model_info_load_for_model (model_path, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (info);
  golf_model_info_set_features (info, features);
  g_assert_true (golf_model_info_save_for_model (info, model_path, &error));
  g_assert_no_error (error);
}

static void
test_feature_mismatch (Fixture       *fixture,
                       gconstpointer  user_data)
{
  static const char * const three[] = { "ball_speed", "launch_angle", "back_spin", NULL };
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 43);
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GolfShot) shot = launch_shot (60, 14, 3000);
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_distance_model_save (model, path, &error));
  rewrite_sidecar_features (path, three);

  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING,
                         "Feature count mismatch - model expects 6, metadata has 3");
  loaded = golf_distance_model_load (path, fixture->models, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_nonnull (golf_distance_model_get_info (loaded));
  g_assert_true (g_strv_equal (golf_distance_model_get_features (loaded),
                               golf_distance_model_get_default_features ()));
  g_assert_cmpfloat_with_epsilon (predict_value (loaded, shot), predict_value (model, shot), 1e-4);
}

static void
test_malformed_sidecar (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 47);
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autofree char *sidecar = g_build_filename (fixture->models, "carry-model.metadata.json", NULL);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_distance_model_save (model, path, &error));
  g_assert_true (g_file_set_contents (sidecar, "{\"version\": \"1.0.0\", \"featu", -1, NULL));

  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "Model metadata * is malformed*");
  g_test_expect_message ("golf-model", G_LOG_LEVEL_WARNING, "No usable metadata next to model*");
  loaded = golf_distance_model_load (path, fixture->models, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_null (golf_distance_model_get_info (loaded));
}

static void
test_corrupt_model (Fixture       *fixture,
                    gconstpointer  user_data)
{
  static const char * const contents[] = {
    "",
    "\x89PNG\r\n\x1a\n garbage",
    "{\"learner\": {\"gradient_booster\": ",
    "{}",
    "[1, 2, 3]",
    "{\"golf_lab_model\": \"ridge\", \"n_features\": 6, \"mean\": [1]}",
    "{\"learner\": {\"gradient_booster\": {\"name\": \"gbtree\", \"model\": {\"trees\": [{}]}}}, \"version\": [1, 7, 4]}",
  };
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 53);
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  /* A model file cut short, as after a crash without atomic writes. */
  g_assert_true (golf_distance_model_save (model, path, &error));
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_file_set_contents (path, data, length / 2, NULL));
  g_assert_null (golf_distance_model_load (path, fixture->models, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autoptr(GolfDistanceModel) loaded = NULL;

      g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
      loaded = golf_distance_model_load (path, fixture->models, &error);
      g_assert_null (loaded);
      g_assert_nonnull (error);
      g_assert_true (error->domain == GOLF_MODEL_ERROR);
      g_assert_true (error->code == GOLF_MODEL_ERROR_CORRUPT || error->code == GOLF_MODEL_ERROR_BACKEND);
      g_clear_error (&error);
    }
}

static void
test_missing_model (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (golf_distance_model_load (path, fixture->models, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND);
}

static void
test_outside_models_dir (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 59);
  g_autofree char *outside = g_build_filename (fixture->root, "elsewhere.json", NULL);
  g_autofree char *inside = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autofree char *link_out = g_build_filename (fixture->models, "sneaky.json", NULL);
  g_autofree char *link_in = g_build_filename (fixture->models, "alias.json", NULL);
  g_autofree char *dotdot = g_build_filename (fixture->models, "..", "elsewhere.json", NULL);
  g_autofree char *sibling = g_strconcat (fixture->models, "-evil", NULL);
  g_autofree char *sibling_model = g_build_filename (sibling, "carry-model.json", NULL);
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_distance_model_save (model, outside, &error));
  g_assert_true (golf_distance_model_save (model, inside, &error));
  g_assert_cmpint (g_mkdir (sibling, 0755), ==, 0);
  g_assert_true (golf_distance_model_save (model, sibling_model, &error));
  g_assert_cmpint (symlink (outside, link_out), ==, 0);
  g_assert_cmpint (symlink (inside, link_in), ==, 0);

  g_assert_null (golf_distance_model_load (outside, fixture->models, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (golf_distance_model_load (link_out, fixture->models, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (golf_distance_model_load (dotdot, fixture->models, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  /* "models-evil" starts like "models" but is another folder. */
  g_assert_null (golf_distance_model_load (sibling_model, fixture->models, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Nor is a link that stays inside: models are regular files. */
  loaded = golf_distance_model_load (link_in, fixture->models, &error);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED);
  g_assert_null (loaded);
}

/* A sidecar that cannot be written (here a folder stands in its way, as
 * a full disk would) must not leave a model file with another's metadata. */
static void
test_failed_save_keeps_files (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(GolfDistanceModel) first = train_quick (GOLF_MODEL_BACKEND_RIDGE, 89);
  g_autoptr(GolfDistanceModel) second = train_quick (GOLF_MODEL_BACKEND_RIDGE, 97);
  g_autofree char *path = g_build_filename (fixture->models, "carry-model.json", NULL);
  g_autofree char *sidecar = g_build_filename (fixture->models, "carry-model.metadata.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sidecar, 0755), ==, 0);
  g_assert_false (golf_distance_model_save (first, path, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == GOLF_MODEL_ERROR);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_rmdir (sidecar), ==, 0);
  g_assert_true (golf_distance_model_save (first, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_unlink (sidecar), ==, 0);
  g_assert_cmpint (g_mkdir (sidecar, 0755), ==, 0);
  g_assert_false (golf_distance_model_save (second, path, &error));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_rmdir (sidecar), ==, 0);
}

/* ------------------------------------------------------------------ */
/* Prediction */

static void
test_predict_missing_inputs (void)
{
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_AUTO, 83);
  g_autoptr(GolfShot) full = launch_shot (68, 13, 2700);
  g_autoptr(GolfShot) partial = launch_shot (68, 13, 2700);
  g_autoptr(GolfShot) nothing = golf_shot_new ("q", "q");
  g_autoptr(GolfShot) fast = launch_shot (120, 13, 2700);
  GolfPrediction pf, pp, px;
  g_autoptr(GError) error = NULL;

  golf_shot_set (full, GOLF_SHOT_FIELD_CLUB_SPEED, 68 / 1.48);
  golf_shot_set (full, GOLF_SHOT_FIELD_ATTACK_ANGLE, 2);
  golf_shot_set (full, GOLF_SHOT_FIELD_DYNAMIC_LOFT, 16);
  g_assert_true (golf_distance_model_predict (model, full, &pf, &error));
  g_assert_true (golf_distance_model_predict (model, partial, &pp, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (pf.estimated, ==, 0);
  g_assert_cmpfloat (pf.confidence, ==, 1.0);
  /* club speed (3), attack angle (4), dynamic loft (5) estimated */
  g_assert_cmpuint (pp.estimated, ==, (1u << 3) | (1u << 4) | (1u << 5));
  g_assert_cmpfloat (pp.confidence, <, pf.confidence);
  g_assert_cmpfloat (pp.high80 - pp.low80, >, pf.high80 - pf.low80);
  g_assert_cmpfloat (fabs (pp.value - pf.value), <, 10.0);
  g_assert_cmpfloat (fabs (pf.value - true_carry (68, 13, 2700)), <, 12.0);
  g_assert_cmpfloat (pf.low95, <, pf.low80);
  g_assert_cmpfloat (pf.low80, <, pf.value);
  g_assert_cmpfloat (pf.value, <, pf.high80);
  g_assert_cmpfloat (pf.high80, <, pf.high95);

  g_assert_true (golf_distance_model_predict (model, fast, &px, &error));
  g_assert_true (px.extrapolated);
  g_assert_cmpfloat (px.confidence, <=, 0.5);

  g_assert_false (golf_distance_model_predict (model, nothing, &px, &error));
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID);
}

/* Inputs no launch monitor measures make no prediction at all. */
static void
test_predict_implausible (void)
{
  static const struct { GolfShotField field; double value; const char *name; } cases[] = {
    { GOLF_SHOT_FIELD_BALL_SPEED, 1e308, "ball_speed" },
    { GOLF_SHOT_FIELD_BALL_SPEED, 151, "ball_speed" },
    { GOLF_SHOT_FIELD_LAUNCH_ANGLE, 95, "launch_angle" },
    { GOLF_SHOT_FIELD_BACK_SPIN, -1e9, "back_spin" },
    { GOLF_SHOT_FIELD_CLUB_SPEED, 151, "club_speed" },
  };
  g_autoptr(GolfDistanceModel) model = train_quick (GOLF_MODEL_BACKEND_RIDGE, 87);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GolfShot) shot = launch_shot (60, 14, 3000);
      g_autoptr(GError) error = NULL;
      GolfPrediction prediction = { .value = 12345 };

      golf_shot_set (shot, cases[i].field, cases[i].value);
      g_assert_false (golf_distance_model_predict (model, shot, &prediction, &error));
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].name));
      g_assert_nonnull (strstr (error->message, "outside what a launch monitor measures"));
      g_assert_cmpfloat (prediction.value, ==, 12345);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/distance-model/train/accuracy-xgboost", test_train_accuracy);
  g_test_add_func ("/distance-model/train/accuracy-ridge", test_train_ridge);
  g_test_add_func ("/distance-model/train/backend", test_backend_auto);
  g_test_add_func ("/distance-model/train/session-split", test_session_split);
  g_test_add_func ("/distance-model/train/one-session-split", test_one_session_split);
  g_test_add_func ("/distance-model/train/not-enough-data", test_not_enough_data);
  g_test_add_func ("/distance-model/train/unusable-rows", test_unusable_rows_left_out);
  g_test_add_func ("/distance-model/train/async", test_train_async);
  g_test_add_func ("/distance-model/train/cancel", test_train_cancel);
  g_test_add ("/distance-model/save/creates-sidecar", Fixture, NULL,
              golf_test_models_set_up, test_save_creates_sidecar, golf_test_models_tear_down);
  g_test_add ("/distance-model/load/with-metadata", Fixture, NULL,
              golf_test_models_set_up, test_load_with_metadata, golf_test_models_tear_down);
  g_test_add ("/distance-model/load/without-metadata", Fixture, NULL,
              golf_test_models_set_up, test_load_without_metadata, golf_test_models_tear_down);
  g_test_add ("/distance-model/load/feature-mismatch", Fixture, NULL,
              golf_test_models_set_up, test_feature_mismatch, golf_test_models_tear_down);
  g_test_add ("/distance-model/load/malformed-sidecar", Fixture, NULL,
              golf_test_models_set_up, test_malformed_sidecar, golf_test_models_tear_down);
  g_test_add ("/distance-model/load/corrupt", Fixture, NULL,
              golf_test_models_set_up, test_corrupt_model, golf_test_models_tear_down);
  g_test_add ("/distance-model/load/missing", Fixture, NULL,
              golf_test_models_set_up, test_missing_model, golf_test_models_tear_down);
  g_test_add ("/distance-model/load/outside-models-dir", Fixture, NULL,
              golf_test_models_set_up, test_outside_models_dir, golf_test_models_tear_down);
  g_test_add ("/distance-model/save/failure-keeps-files", Fixture, NULL,
              golf_test_models_set_up, test_failed_save_keeps_files, golf_test_models_tear_down);
  g_test_add_func ("/distance-model/predict/missing-inputs", test_predict_missing_inputs);
  g_test_add_func ("/distance-model/predict/implausible", test_predict_implausible);
  g_test_add_func ("/distance-model/train/interval-quantiles", test_interval_quantiles);
  g_test_add_func ("/distance-model/train/ridge-lambda", test_ridge_lambda);

  return g_test_run ();
}
