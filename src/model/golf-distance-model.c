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
#include <json-glib/json-glib.h>

#if HAVE_XGBOOST
# include <xgboost/c_api.h>
#endif

#include "golf-distance-model-private.h"
#include "golf-distance-model.h"
#include "golf-model-files-private.h"

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

#define MAX_FEATURES 16
#define RIDGE_MAGIC "golf_lab_model"
#define RIDGE_BACKEND_NAME "ridge regression (built-in)"

static const char * const default_features[] = {
  "ball_speed",
  "launch_angle",
  "back_spin",
  "club_speed",
  "attack_angle",
  "dynamic_loft",
  NULL
};

#define N_DEFAULT_FEATURES (G_N_ELEMENTS (default_features) - 1)

/* The shot fields of default_features, in the same order. */
static const GolfShotField default_fields[N_DEFAULT_FEATURES] = {
  GOLF_SHOT_FIELD_BALL_SPEED,
  GOLF_SHOT_FIELD_LAUNCH_ANGLE,
  GOLF_SHOT_FIELD_BACK_SPIN,
  GOLF_SHOT_FIELD_CLUB_SPEED,
  GOLF_SHOT_FIELD_ATTACK_ANGLE,
  GOLF_SHOT_FIELD_DYNAMIC_LOFT,
};

typedef struct
{
  guint   n_features;
  guint   n_terms;
  double  lambda;
  double  mean[MAX_FEATURES];
  double  scale[MAX_FEATURES];
  double *coef;
} Ridge;

struct _GolfDistanceModel
{
  GObject          parent_instance;

  /* NULL for a model loaded without (usable) metadata. Its intervals
   * always apply; its feature ranges only when it names our columns. */
  GolfModelInfo   *info;
  GolfModelTarget  target;
  GStrv            features;
  guint            n_features;
  GolfShotField    fields[MAX_FEATURES];
  double          *importances;

  /* Exactly one of the two. */
  Ridge           *ridge;
#if HAVE_XGBOOST
  BoosterHandle    booster;
#endif
};

G_DEFINE_FINAL_TYPE (GolfDistanceModel, golf_distance_model, G_TYPE_OBJECT)

/* ------------------------------------------------------------------ */
/* Ridge regression on standardised features and their pairwise products */

static guint
ridge_n_terms (guint n_features)
{
  return 1 + n_features + n_features * (n_features + 1) / 2;
}

static void
ridge_free (Ridge *ridge)
{
  if (ridge == NULL)
    return;
  g_free (ridge->coef);
  g_free (ridge);
}

static void
ridge_terms (const Ridge *ridge,
             const float *x,
             double      *phi)
{
  double z[MAX_FEATURES];
  guint n = ridge->n_features;
  guint t = 1 + n;

  phi[0] = 1.0;
  for (guint i = 0; i < n; i++)
    {
      z[i] = isnan (x[i]) ? 0.0 : (x[i] - ridge->mean[i]) / ridge->scale[i];
      phi[1 + i] = z[i];
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i; j < n; j++)
      phi[t++] = z[i] * z[j];
}

static double
ridge_predict_row (const Ridge *ridge,
                   const float *x)
{
  double phi[1 + MAX_FEATURES + MAX_FEATURES * (MAX_FEATURES + 1) / 2];
  double sum = 0.0;

  ridge_terms (ridge, x, phi);
  for (guint t = 0; t < ridge->n_terms; t++)
    sum += ridge->coef[t] * phi[t];
  return sum;
}

/* Solves A x = b for a symmetric positive definite A (n x n, overwritten). */
static gboolean
cholesky_solve (double *a,
                double *b,
                guint   n)
{
  for (guint j = 0; j < n; j++)
    {
      double d = a[j * n + j];

      for (guint k = 0; k < j; k++)
        d -= a[j * n + k] * a[j * n + k];
      if (d <= 1e-12)
        return FALSE;
      d = sqrt (d);
      a[j * n + j] = d;
      for (guint i = j + 1; i < n; i++)
        {
          double s = a[i * n + j];

          for (guint k = 0; k < j; k++)
            s -= a[i * n + k] * a[j * n + k];
          a[i * n + j] = s / d;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      for (guint k = 0; k < i; k++)
        b[i] -= a[i * n + k] * b[k];
      b[i] /= a[i * n + i];
    }
  for (guint i = n; i-- > 0;)
    {
      for (guint k = i + 1; k < n; k++)
        b[i] -= a[k * n + i] * b[k];
      b[i] /= a[i * n + i];
    }
  return TRUE;
}

static Ridge *
ridge_fit (const float *x,
           const float *y,
           const guint *rows,
           guint        n_rows,
           guint        n_features,
           double       lambda)
{
  g_autofree double *a = NULL;
  g_autofree double *phi = NULL;
  Ridge *ridge = g_new0 (Ridge, 1);
  guint p;

  ridge->n_features = n_features;
  ridge->n_terms = p = ridge_n_terms (n_features);
  ridge->lambda = lambda;
  ridge->coef = g_new0 (double, p);

  for (guint r = 0; r < n_rows; r++)
    for (guint i = 0; i < n_features; i++)
      ridge->mean[i] += x[rows[r] * n_features + i];
  for (guint i = 0; i < n_features; i++)
    ridge->mean[i] /= MAX (n_rows, 1);
  for (guint r = 0; r < n_rows; r++)
    for (guint i = 0; i < n_features; i++)
      {
        double d = x[rows[r] * n_features + i] - ridge->mean[i];

        ridge->scale[i] += d * d;
      }
  for (guint i = 0; i < n_features; i++)
    {
      ridge->scale[i] = sqrt (ridge->scale[i] / MAX (n_rows, 1));
      if (!(ridge->scale[i] > 1e-9))
        ridge->scale[i] = 1.0;
    }

  a = g_new0 (double, p * p);
  phi = g_new (double, p);
  for (guint r = 0; r < n_rows; r++)
    {
      ridge_terms (ridge, x + rows[r] * n_features, phi);
      for (guint i = 0; i < p; i++)
        {
          ridge->coef[i] += phi[i] * y[rows[r]];
          for (guint j = 0; j <= i; j++)
            a[i * p + j] += phi[i] * phi[j];
        }
    }
  for (guint i = 0; i < p; i++)
    {
      for (guint j = 0; j < i; j++)
        a[j * p + i] = a[i * p + j];
      if (i > 0)
        a[i * p + i] += lambda;
    }

  if (!cholesky_solve (a, ridge->coef, p))
    {
      ridge_free (ridge);
      return NULL;
    }
  return ridge;
}

/* Share of each feature in the spread of the fitted value: |coef| times the
 * spread of its term, a product term split between its two features. */
static void
ridge_importances (const Ridge *ridge,
                   const float *x,
                   const guint *rows,
                   guint        n_rows,
                   double      *importances)
{
  guint n = ridge->n_features;
  guint p = ridge->n_terms;
  g_autofree double *sum = g_new0 (double, p);
  g_autofree double *sum2 = g_new0 (double, p);
  g_autofree double *phi = g_new (double, p);
  g_autofree double *weight = g_new (double, p);
  double total = 0.0;
  guint t;

  for (guint r = 0; r < n_rows; r++)
    {
      ridge_terms (ridge, x + rows[r] * n, phi);
      for (t = 0; t < p; t++)
        {
          sum[t] += phi[t];
          sum2[t] += phi[t] * phi[t];
        }
    }
  for (t = 0; t < p; t++)
    {
      double mean = sum[t] / n_rows;

      weight[t] = fabs (ridge->coef[t]) * sqrt (MAX (0.0, sum2[t] / n_rows - mean * mean));
    }

  t = 1;
  for (guint i = 0; i < n; i++)
    importances[i] = weight[t++];
  for (guint i = 0; i < n; i++)
    for (guint j = i; j < n; j++, t++)
      {
        importances[i] += weight[t] / 2;
        importances[j] += weight[t] / 2;
      }
  for (guint i = 0; i < n; i++)
    total += importances[i];
  for (guint i = 0; i < n; i++)
    importances[i] = total > 0 ? importances[i] / total : 1.0 / n;
}

static void
add_double_array (JsonBuilder  *builder,
                  const char   *name,
                  const double *values,
                  guint         n)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_double_value (builder, values[i]);
  json_builder_end_array (builder);
}

static char *
ridge_to_data (const Ridge  *ridge,
               const double *importances,
               gsize        *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, RIDGE_MAGIC);
  json_builder_add_string_value (builder, "ridge");
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "degree");
  json_builder_add_int_value (builder, 2);
  json_builder_set_member_name (builder, "lambda");
  json_builder_add_double_value (builder, ridge->lambda);
  json_builder_set_member_name (builder, "n_features");
  json_builder_add_int_value (builder, ridge->n_features);
  add_double_array (builder, "mean", ridge->mean, ridge->n_features);
  add_double_array (builder, "scale", ridge->scale, ridge->n_features);
  add_double_array (builder, "coefficients", ridge->coef, ridge->n_terms);
  if (importances != NULL)
    add_double_array (builder, "importance", importances, ridge->n_features);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, length);
}

static gboolean
read_double_array (JsonObject *object,
                   const char *name,
                   double     *values,
                   guint       n)
{
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  if (json_array_get_length (array) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          (json_node_get_value_type (element) != G_TYPE_DOUBLE &&
           json_node_get_value_type (element) != G_TYPE_INT64))
        return FALSE;
      values[i] = json_node_get_double (element);
      if (!isfinite (values[i]))
        return FALSE;
    }
  return TRUE;
}

static Ridge *
ridge_from_object (JsonObject  *object,
                   double     **importances)
{
  g_autoptr(GError) error = NULL;
  Ridge *ridge;
  gint64 n;

  if (!json_object_has_member (object, "n_features") ||
      (n = json_object_get_int_member (object, "n_features")) < 1 || n > MAX_FEATURES)
    return NULL;

  ridge = g_new0 (Ridge, 1);
  ridge->n_features = n;
  ridge->n_terms = ridge_n_terms (n);
  ridge->coef = g_new0 (double, ridge->n_terms);
  ridge->lambda = json_object_get_double_member_with_default (object, "lambda", 1.0);
  if (!read_double_array (object, "mean", ridge->mean, n) ||
      !read_double_array (object, "scale", ridge->scale, n) ||
      !read_double_array (object, "coefficients", ridge->coef, ridge->n_terms))
    {
      ridge_free (ridge);
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    if (!(ridge->scale[i] > 0))
      {
        ridge_free (ridge);
        return NULL;
      }

  *importances = g_new0 (double, n);
  if (!read_double_array (object, "importance", *importances, n))
    g_clear_pointer (importances, g_free);
  return ridge;
}

/* ------------------------------------------------------------------ */
/* Backend facts */

/**
 * golf_distance_model_has_xgboost:
 *
 * Returns: whether this build can train and load XGBoost models
 */
gboolean
golf_distance_model_has_xgboost (void)
{
  return HAVE_XGBOOST;
}

/**
 * golf_distance_model_get_backend_name:
 *
 * Gets the learner new models are trained with, for people: "XGBoost 1.7.4"
 * or "ridge regression (built-in)".
 *
 * Returns: (transfer none): the backend name
 */
const char *
golf_distance_model_get_backend_name (void)
{
#if HAVE_XGBOOST
  static char *name;

  if (g_once_init_enter (&name))
    {
      int major = 0, minor = 0, patch = 0;

      XGBoostVersion (&major, &minor, &patch);
      g_once_init_leave (&name, g_strdup_printf ("XGBoost %d.%d.%d", major, minor, patch));
    }
  return name;
#else
  return RIDGE_BACKEND_NAME;
#endif
}

/**
 * golf_distance_model_get_backend_reason:
 *
 * Says why golf_distance_model_get_backend_name() is the active backend.
 *
 * Returns: (transfer none): a sentence for people
 */
const char *
golf_distance_model_get_backend_reason (void)
{
#if HAVE_XGBOOST
  return "built with XGBoost; gradient-boosted trees (tree_method=hist)";
#else
  return "built without XGBoost (-Dxgboost=disabled, or libxgboost-dev missing at build time); "
         "using ridge regression";
#endif
}

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

/* ------------------------------------------------------------------ */
/* Object */

static void
golf_distance_model_finalize (GObject *object)
{
  GolfDistanceModel *self = (GolfDistanceModel *)object;

  g_clear_object (&self->info);
  g_strfreev (self->features);
  g_free (self->importances);
  ridge_free (self->ridge);
#if HAVE_XGBOOST
  if (self->booster != NULL)
    XGBoosterFree (self->booster);
#endif

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
static gboolean
set_features (GolfDistanceModel  *self,
              const char * const *features)
{
  GolfShotField fields[MAX_FEATURES];
  guint n = g_strv_length ((GStrv)features);

  if (n == 0 || n > MAX_FEATURES)
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

/* ------------------------------------------------------------------ */
/* Training data: plain arrays copied from the shots on the caller's thread */

/* One row per usable shot, the default features as columns. */
typedef struct
{
  guint   n_rows;
  guint   n_features;
  guint   n_shots;
  float  *x;
  float  *y;
  guint  *group;
  guint   n_groups;
  GStrv   group_names;
} TrainData;

static void
train_data_free (TrainData *data)
{
  g_free (data->x);
  g_free (data->y);
  g_free (data->group);
  g_strfreev (data->group_names);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrainData, train_data_free)

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
  for (guint i = 0; i < N_DEFAULT_FEATURES; i++)
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

static TrainData *
train_data_new (GPtrArray        *shots,
                GolfModelTarget   target,
                GError          **error)
{
  g_autoptr(TrainData) data = g_new0 (TrainData, 1);
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

  data->n_features = N_DEFAULT_FEATURES;
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

/* ------------------------------------------------------------------ */
/* Training: one fit on the training sessions, evaluated on the held-out
 * sessions, plus k session-grouped cross-validation fits, run on a few
 * worker threads. */

/* One fit: trained on train_rows, predicting eval_rows into pred. Job 0
 * is the model itself (eval_rows: the held-out sessions), the others are
 * the cross-validation folds. */
typedef struct
{
  guint        *train_rows;
  guint         n_train;
  guint        *eval_rows;
  guint         n_eval;
  float        *pred;
  gboolean      keep;
  Ridge        *ridge;
  gpointer      booster;
  GError       *error;
} FitJob;

/* Shared by the fitting threads; the caller's thread waits on cond. */
typedef struct
{
  const TrainData       *data;
  GolfTrainParams        params;
  gboolean               use_xgboost;
  GCancellable          *cancellable;
  FitJob                *jobs;
  guint                  n_jobs;
  int                    next_job;
  int                    units_done;
  guint                  nthread_per_fit;
  GMutex                 mutex;
  GCond                  cond;
  guint                  workers_left;
} TrainContext;

/* What a training thread hands back: plain data, no GObject. */
typedef struct
{
  GolfTrainParams params;
  Ridge       *ridge;
  gpointer     booster;
  double       importances[MAX_FEATURES];
  double       ranges[MAX_FEATURES][3];
  double       mae, rmse, r2;
  double       cv_mae, cv_rmse, cv_mae_std;
  guint        cv_folds;
  double       interval80[2];
  double       interval95[2];
  char        *fingerprint;
  const char  *split_method;
  const char  *cv_method;
  guint        n_train, n_test, n_usable, n_shots;
  guint        train_sessions, test_sessions;
} TrainResult;

static void
train_result_free (TrainResult *result)
{
  ridge_free (result->ridge);
#if HAVE_XGBOOST
  if (result->booster != NULL)
    XGBoosterFree (result->booster);
#endif
  g_free (result->fingerprint);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrainResult, train_result_free)

#if HAVE_XGBOOST
static void
set_xgboost_error (GError     **error,
                   const char  *what)
{
  g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
               "XGBoost failed to %s: %s", what, XGBGetLastError ());
}

static DMatrixHandle
create_dmatrix (const TrainData *data,
                const guint     *rows,
                guint            n_rows,
                gboolean         with_label,
                GError         **error)
{
  g_autofree float *x = g_new (float, (gsize)n_rows * data->n_features);
  g_autofree float *y = with_label ? g_new (float, n_rows) : NULL;
  DMatrixHandle dmat = NULL;

  for (guint r = 0; r < n_rows; r++)
    {
      memcpy (x + (gsize)r * data->n_features, data->x + (gsize)rows[r] * data->n_features,
              sizeof (float) * data->n_features);
      if (y != NULL)
        y[r] = data->y[rows[r]];
    }

  if (XGDMatrixCreateFromMat (x, n_rows, data->n_features, NAN, &dmat) != 0)
    {
      set_xgboost_error (error, "prepare the shots");
      return NULL;
    }
  if (y != NULL && XGDMatrixSetFloatInfo (dmat, "label", y, n_rows) != 0)
    {
      set_xgboost_error (error, "prepare the shots");
      XGDMatrixFree (dmat);
      return NULL;
    }
  return dmat;
}

static gboolean
xgboost_set_params (BoosterHandle          booster,
                    const GolfTrainParams *params,
                    guint                  nthread,
                    GError               **error)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  struct { const char *name; char value[G_ASCII_DTOSTR_BUF_SIZE]; } settings[8];
  guint n = 0;

#define SET(k, fmt, v) \
  G_STMT_START { settings[n].name = k; g_snprintf (settings[n].value, sizeof settings[n].value, fmt, v); n++; } G_STMT_END
  SET ("objective", "%s", "reg:squarederror");
  SET ("tree_method", "%s", "hist");
  SET ("max_depth", "%u", params->max_depth);
  SET ("eta", "%s", g_ascii_dtostr (buf, sizeof buf, params->learning_rate));
  SET ("max_bin", "%u", params->max_bin);
  SET ("seed", "%" G_GUINT64_FORMAT, params->seed);
  SET ("nthread", "%u", nthread);
  SET ("verbosity", "%d", 0);
#undef SET

  for (guint i = 0; i < n; i++)
    if (XGBoosterSetParam (booster, settings[i].name, settings[i].value) != 0)
      {
        set_xgboost_error (error, "accept its settings");
        return FALSE;
      }
  return TRUE;
}

static gboolean
xgboost_predict_rows (BoosterHandle     booster,
                      const TrainData  *data,
                      const guint      *rows,
                      guint             n_rows,
                      float            *pred,
                      GError          **error)
{
  DMatrixHandle dmat;
  const bst_ulong *shape;
  bst_ulong dim;
  const float *result;
  int rc;

  if (n_rows == 0)
    return TRUE;
  if ((dmat = create_dmatrix (data, rows, n_rows, FALSE, error)) == NULL)
    return FALSE;
  rc = XGBoosterPredictFromDMatrix (booster, dmat,
                                    "{\"type\": 0, \"training\": false, \"iteration_begin\": 0, "
                                    "\"iteration_end\": 0, \"strict_shape\": false}",
                                    &shape, &dim, &result);
  if (rc == 0)
    memcpy (pred, result, sizeof (float) * n_rows);
  else
    set_xgboost_error (error, "predict");
  XGDMatrixFree (dmat);
  return rc == 0;
}

static gboolean
fit_xgboost (TrainContext  *ctx,
             FitJob        *job,
             GError       **error)
{
  DMatrixHandle dtrain;
  BoosterHandle booster = NULL;
  gboolean ok = FALSE;

  if ((dtrain = create_dmatrix (ctx->data, job->train_rows, job->n_train, TRUE, error)) == NULL)
    return FALSE;
  if (XGBoosterCreate (&dtrain, 1, &booster) != 0)
    {
      set_xgboost_error (error, "start");
      goto out;
    }
  if (!xgboost_set_params (booster, &ctx->params, ctx->nthread_per_fit, error))
    goto out;

  for (guint it = 0; it < ctx->params.n_trees; it++)
    {
      if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
        goto out;
      if (XGBoosterUpdateOneIter (booster, it, dtrain) != 0)
        {
          set_xgboost_error (error, "train");
          goto out;
        }
      g_atomic_int_inc (&ctx->units_done);
    }

  if (!xgboost_predict_rows (booster, ctx->data, job->eval_rows, job->n_eval, job->pred, error))
    goto out;

  if (job->keep)
    job->booster = g_steal_pointer (&booster);
  ok = TRUE;

out:
  if (booster != NULL)
    XGBoosterFree (booster);
  XGDMatrixFree (dtrain);
  return ok;
}
#endif

static gboolean
fit_ridge (TrainContext  *ctx,
           FitJob        *job,
           GError       **error)
{
  const TrainData *data = ctx->data;
  Ridge *ridge;

  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return FALSE;

  ridge = ridge_fit (data->x, data->y, job->train_rows, job->n_train,
                     data->n_features, ctx->params.ridge_lambda);
  if (ridge == NULL)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
                           "The ridge regression could not be solved; the shots may all be alike");
      return FALSE;
    }
  for (guint r = 0; r < job->n_eval; r++)
    job->pred[r] = ridge_predict_row (ridge, data->x + (gsize)job->eval_rows[r] * data->n_features);
  g_atomic_int_inc (&ctx->units_done);

  if (job->keep)
    job->ridge = ridge;
  else
    ridge_free (ridge);
  return TRUE;
}

static gpointer
train_worker (gpointer user_data)
{
  TrainContext *ctx = user_data;
  guint index;

  while ((index = (guint)g_atomic_int_add (&ctx->next_job, 1)) < ctx->n_jobs)
    {
      FitJob *job = &ctx->jobs[index];

#if HAVE_XGBOOST
      if (ctx->use_xgboost)
        fit_xgboost (ctx, job, &job->error);
      else
#endif
        fit_ridge (ctx, job, &job->error);

      if (job->error != NULL)
        g_cancellable_cancel (ctx->cancellable);
    }

  g_mutex_lock (&ctx->mutex);
  ctx->workers_left--;
  g_cond_signal (&ctx->cond);
  g_mutex_unlock (&ctx->mutex);
  return NULL;
}

#define MAX_FOLDS 64

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
count_group_rows (const TrainData *data)
{
  guint *rows = g_new0 (guint, data->n_groups);

  for (guint r = 0; r < data->n_rows; r++)
    rows[data->group[r]]++;
  return rows;
}

/* Sets part[r] to 1 for the held-out rows, 0 for the training rows:
 * whole sessions, always leaving one to train on, unless there is only
 * one session. */
static void
split_test (const TrainData *data,
            double           test_fraction,
            guint64          seed,
            guint           *part,
            TrainResult     *result)
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
      result->split_method = "shots (one session only)";
      result->train_sessions = result->test_sessions = data->n_groups;
      return;
    }

  order = shuffled_range (data->n_groups, seed);
  group_rows = count_group_rows (data);
  is_test = g_new0 (gboolean, data->n_groups);
  result->test_sessions = 0;
  for (guint k = 0; k < data->n_groups - 1 && taken < wanted; k++)
    {
      is_test[order[k]] = TRUE;
      taken += group_rows[order[k]];
      result->test_sessions++;
    }
  for (guint r = 0; r < data->n_rows; r++)
    part[r] = is_test[data->group[r]] ? 1 : 0;
  result->train_sessions = data->n_groups - result->test_sessions;
  result->split_method = "sessions";
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
static guint
split_folds (const TrainData *data,
             guint            k,
             guint64          seed,
             guint           *fold,
             TrainResult     *result)
{
  g_autofree guint *order = NULL;
  g_autofree guint *group_rows = NULL;
  g_autofree guint *group_fold = NULL;
  guint fold_rows[MAX_FOLDS] = { 0 };

  k = MIN (k, MAX_FOLDS);
  if (data->n_groups < 2)
    {
      order = shuffled_range (data->n_rows, seed + 1);
      for (guint i = 0; i < data->n_rows; i++)
        fold[order[i]] = i % k;
      result->cv_method = "shots (one session only)";
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
  result->cv_method = "sessions";
  return k;
}

static void
make_job (FitJob      *job,
          const guint *part,
          guint        n_rows,
          guint        eval_part,
          gboolean     keep)
{
  job->train_rows = g_new (guint, n_rows);
  job->eval_rows = g_new (guint, n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      if (part[r] == eval_part)
        job->eval_rows[job->n_eval++] = r;
      else
        job->train_rows[job->n_train++] = r;
    }
  job->pred = g_new (float, MAX (job->n_eval, 1));
  job->keep = keep;
}

static FitJob *
make_jobs (guint        n_rows,
           const guint *part,
           const guint *fold,
           guint        n_folds)
{
  FitJob *jobs = g_new0 (FitJob, 1 + n_folds);

  make_job (&jobs[0], part, n_rows, 1, TRUE);
  for (guint f = 0; f < n_folds; f++)
    make_job (&jobs[1 + f], fold, n_rows, f, FALSE);
  return jobs;
}

static void
free_jobs (FitJob *jobs,
           guint   n_jobs)
{
  for (guint j = 0; j < n_jobs; j++)
    {
      g_free (jobs[j].train_rows);
      g_free (jobs[j].eval_rows);
      g_free (jobs[j].pred);
      ridge_free (jobs[j].ridge);
#if HAVE_XGBOOST
      if (jobs[j].booster != NULL)
        XGBoosterFree (jobs[j].booster);
#endif
      g_clear_error (&jobs[j].error);
    }
  g_free (jobs);
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
job_residuals (const TrainData *data,
               const FitJob    *job,
               double          *residuals)
{
  for (guint r = 0; r < job->n_eval; r++)
    residuals[r] = data->y[job->eval_rows[r]] - job->pred[r];
  return job->n_eval;
}

static void
score_holdout (const TrainData *data,
               const FitJob    *final,
               const double    *residuals,
               TrainResult     *result)
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
score_folds (const FitJob *folds,
             guint         n_folds,
             const double *residuals,
             TrainResult  *result)
{
  double fold_mae[MAX_FOLDS];
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
set_intervals (double      *residuals,
               guint        n,
               TrainResult *result)
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

/* Scores the model on the held-out sessions and the folds, and takes the
 * prediction interval from the held-out residuals. */
static void
evaluate (const TrainData *data,
          const FitJob    *jobs,
          guint            n_folds,
          TrainResult     *result)
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

static void
describe_data (const TrainData *data,
               TrainResult     *result)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint n = data->n_features;

  for (guint i = 0; i < n; i++)
    {
      result->ranges[i][0] = G_MAXDOUBLE;
      result->ranges[i][1] = 0;
      result->ranges[i][2] = -G_MAXDOUBLE;
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

          result->ranges[i][0] = MIN (result->ranges[i][0], v);
          result->ranges[i][1] += v;
          result->ranges[i][2] = MAX (result->ranges[i][2], v);
        }
    }
  for (guint i = 0; i < n; i++)
    result->ranges[i][1] /= MAX (data->n_rows, 1);
  result->fingerprint = g_strconcat ("sha256:", g_checksum_get_string (checksum), NULL);
}

#if HAVE_XGBOOST
static void
xgboost_importances (BoosterHandle  booster,
                     guint          n_features,
                     double        *importances)
{
  bst_ulong n_out = 0, dim = 0;
  const char **names = NULL;
  const bst_ulong *shape = NULL;
  const float *scores = NULL;
  double total = 0;

  memset (importances, 0, sizeof (double) * n_features);
  if (XGBoosterFeatureScore (booster, "{\"importance_type\": \"total_gain\"}",
                             &n_out, &names, &dim, &shape, &scores) != 0)
    {
      g_debug ("No feature scores: %s", XGBGetLastError ());
      return;
    }
  for (bst_ulong k = 0; k < n_out; k++)
    {
      guint64 index;

      /* Unnamed features are reported as f0, f1, ... */
      if (names[k][0] == 'f' && g_ascii_string_to_unsigned (names[k] + 1, 10, 0, n_features - 1, &index, NULL))
        importances[index] = scores[k];
    }
  for (guint i = 0; i < n_features; i++)
    total += importances[i];
  for (guint i = 0; i < n_features; i++)
    importances[i] = total > 0 ? importances[i] / total : 0;
}
#endif

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
  guint n_threads = ctx->params.n_threads > 0 ? ctx->params.n_threads : g_get_num_processors ();
  guint n_workers = CLAMP (n_threads, 1, ctx->n_jobs);
  guint units_total = ctx->n_jobs * (ctx->use_xgboost ? ctx->params.n_trees : 1);
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  int last_units = -1;

  /* Small fits scale better side by side than split across threads. */
  ctx->nthread_per_fit = MAX (1, n_threads / n_workers);
  ctx->workers_left = n_workers;
  g_mutex_init (&ctx->mutex);
  g_cond_init (&ctx->cond);

  for (guint w = 0; w < n_workers; w++)
    g_ptr_array_add (threads, g_thread_new ("golf-train", train_worker, ctx));

  g_mutex_lock (&ctx->mutex);
  while (ctx->workers_left > 0)
    {
      int units = g_atomic_int_get (&ctx->units_done);

      if (units != last_units)
        {
          g_mutex_unlock (&ctx->mutex);
          report_progress (progress, progress_data, 0.95 * units / units_total, "Training");
          g_mutex_lock (&ctx->mutex);
          last_units = units;
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
    if (ctx->jobs[j].error != NULL &&
        !g_error_matches (ctx->jobs[j].error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
      {
        g_propagate_error (error, g_steal_pointer (&ctx->jobs[j].error));
        return FALSE;
      }
  if (g_cancellable_is_cancelled (ctx->cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Training was cancelled");
      return FALSE;
    }
  return TRUE;
}

/* Runs on the training thread with plain data only. */
static TrainResult *
run_training (const TrainData        *data,
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
  result->n_usable = data->n_rows;
  result->n_shots = data->n_shots;

  report_progress (progress, progress_data, 0.0, "Splitting shots by session");
  describe_data (data, result);
  split_test (data, params->test_fraction, params->seed, part, result);
  if (params->cv_folds >= 2)
    n_folds = split_folds (data, params->cv_folds, params->seed, fold, result);

  ctx.data = data;
  ctx.params = *params;
  ctx.use_xgboost = params->backend != GOLF_MODEL_BACKEND_RIDGE && HAVE_XGBOOST;
  ctx.cancellable = internal;
  ctx.n_jobs = 1 + n_folds;
  ctx.jobs = make_jobs (data->n_rows, part, fold, n_folds);
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
      FitJob *final = &ctx.jobs[0];

      evaluate (data, ctx.jobs, n_folds, result);
      result->booster = g_steal_pointer (&final->booster);
      result->ridge = g_steal_pointer (&final->ridge);
#if HAVE_XGBOOST
      if (result->booster != NULL)
        xgboost_importances (result->booster, data->n_features, result->importances);
#endif
      if (result->ridge != NULL)
        ridge_importances (result->ridge, data->x, final->train_rows, final->n_train,
                           result->importances);
    }
  free_jobs (ctx.jobs, ctx.n_jobs);
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
  if (result->booster != NULL)
    {
      g_variant_builder_add (&builder, "{sv}", "objective", g_variant_new_string ("reg:squarederror"));
      g_variant_builder_add (&builder, "{sv}", "tree_method", g_variant_new_string ("hist"));
      g_variant_builder_add (&builder, "{sv}", "n_estimators", g_variant_new_int64 (p->n_trees));
      g_variant_builder_add (&builder, "{sv}", "max_depth", g_variant_new_int64 (p->max_depth));
      g_variant_builder_add (&builder, "{sv}", "learning_rate", g_variant_new_double (p->learning_rate));
      g_variant_builder_add (&builder, "{sv}", "max_bin", g_variant_new_int64 (p->max_bin));
    }
  else
    {
      g_variant_builder_add (&builder, "{sv}", "lambda", g_variant_new_double (p->ridge_lambda));
      g_variant_builder_add (&builder, "{sv}", "degree", g_variant_new_int64 (2));
      g_variant_builder_add (&builder, "{sv}", "standardize", g_variant_new_boolean (TRUE));
    }
  g_variant_builder_add (&builder, "{sv}", "cv_folds", g_variant_new_int64 (p->cv_folds));
  g_variant_builder_add (&builder, "{sv}", "test_fraction", g_variant_new_double (p->test_fraction));
  return g_variant_builder_end (&builder);
}

static GVariant *
split_variant (const TrainResult *result)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "method", g_variant_new_string (result->split_method));
  g_variant_builder_add (&builder, "{sv}", "train_sessions", g_variant_new_int64 (result->train_sessions));
  g_variant_builder_add (&builder, "{sv}", "test_sessions", g_variant_new_int64 (result->test_sessions));
  g_variant_builder_add (&builder, "{sv}", "train_samples", g_variant_new_int64 (result->n_train));
  g_variant_builder_add (&builder, "{sv}", "test_samples", g_variant_new_int64 (result->n_test));
  g_variant_builder_add (&builder, "{sv}", "usable_samples", g_variant_new_int64 (result->n_usable));
  g_variant_builder_add (&builder, "{sv}", "total_shots", g_variant_new_int64 (result->n_shots));
  g_variant_builder_add (&builder, "{sv}", "cv_folds", g_variant_new_int64 (result->cv_folds));
  if (result->cv_method != NULL)
    g_variant_builder_add (&builder, "{sv}", "cv_method", g_variant_new_string (result->cv_method));
  return g_variant_builder_end (&builder);
}

static GVariant *
metrics_variant (const TrainResult *result)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sd}"));
  g_variant_builder_add (&builder, "{sd}", "mae", result->mae);
  g_variant_builder_add (&builder, "{sd}", "rmse", result->rmse);
  if (isfinite (result->r2))
    g_variant_builder_add (&builder, "{sd}", "r2", result->r2);
  if (isfinite (result->cv_mae))
    {
      g_variant_builder_add (&builder, "{sd}", "cv_mae", result->cv_mae);
      g_variant_builder_add (&builder, "{sd}", "cv_mae_std", result->cv_mae_std);
      g_variant_builder_add (&builder, "{sd}", "cv_rmse", result->cv_rmse);
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

  golf_model_info_set_model_type (info, result->booster != NULL ? "xgboost" : "ridge");
  golf_model_info_set_version (info, "1.0.0");
  golf_model_info_set_trained_at (info, now);
  golf_model_info_set_training_samples (info, result->n_train);
  golf_model_info_set_features (info, default_features);
  golf_model_info_set_target (info, golf_model_target_to_string (result->params.target));
  golf_model_info_set_metrics (info, metrics_variant (result));
  golf_model_info_set_hyperparameters (info, hyperparameters_variant (result));
  golf_model_info_set_split (info, split_variant (result));
  golf_model_info_set_seed (info, result->params.seed);
  golf_model_info_set_data_fingerprint (info, result->fingerprint);
  golf_model_info_set_app_version (info, PACKAGE_VERSION);
  golf_model_info_set_backend_version (info, result->booster != NULL
                                             ? golf_distance_model_get_backend_name ()
                                             : RIDGE_BACKEND_NAME);
  if (isfinite (result->interval80[0]))
    {
      golf_model_info_set_interval (info, 80, result->interval80[0], result->interval80[1]);
      golf_model_info_set_interval (info, 95, result->interval95[0], result->interval95[1]);
    }
  golf_model_info_set_importances (info, result->importances);
  for (guint i = 0; i < N_DEFAULT_FEATURES; i++)
    golf_model_info_set_feature_range (info, i, result->ranges[i][0], result->ranges[i][1],
                                       result->ranges[i][2]);

  self->target = result->params.target;
  set_features (self, default_features);
  self->importances = g_memdup2 (result->importances, sizeof (double) * N_DEFAULT_FEATURES);
  self->ridge = g_steal_pointer (&result->ridge);
#if HAVE_XGBOOST
  self->booster = g_steal_pointer (&result->booster);
#endif
  self->info = g_steal_pointer (&info);
  return g_steal_pointer (&self);
}

static gboolean
check_params (const GolfTrainParams  *params,
              GError                **error)
{
  if (params->backend == GOLF_MODEL_BACKEND_XGBOOST && !HAVE_XGBOOST)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
                           "This build has no XGBoost; train with the ridge backend or rebuild with -Dxgboost=enabled");
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
  g_autoptr(TrainData) data = NULL;
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
  if ((data = train_data_new (shots, params->target, error)) == NULL)
    return NULL;
  if ((result = run_training (data, params, cancellable, progress, progress_data, error)) == NULL)
    return NULL;
  return model_from_result (result);
}

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
  TrainData       *data;
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
  g_clear_pointer (&task_data->data, train_data_free);
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
      (td->data = train_data_new (shots, td->params.target, &error)) == NULL)
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

/* ------------------------------------------------------------------ */
/* Accessors and prediction */

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

  return self->ridge != NULL ? "ridge" : "xgboost";
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
static gboolean
info_names_columns (GolfDistanceModel *self)
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

  if (self->ridge != NULL)
    return self->ridge->mean[i];
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
  if (self->ridge != NULL)
    {
      *value = ridge_predict_row (self->ridge, row);
      return TRUE;
    }
#if HAVE_XGBOOST
  if (self->booster != NULL)
    {
      char array[160];
      const bst_ulong *shape;
      bst_ulong dim;
      const float *result;

      g_snprintf (array, sizeof array,
                  "{\"data\": [%" G_GUINTPTR_FORMAT ", true], \"shape\": [1, %u], "
                  "\"typestr\": \"<f4\", \"version\": 3}",
                  (guintptr)row, self->n_features);
      if (XGBoosterPredictFromDense (self->booster, array,
                                     "{\"type\": 0, \"training\": false, \"iteration_begin\": 0, "
                                     "\"iteration_end\": 0, \"strict_shape\": false, "
                                     "\"missing\": NaN, \"cache_id\": 0}",
                                     NULL, &shape, &dim, &result) != 0)
        {
          set_xgboost_error (error, "predict");
          return FALSE;
        }
      *value = result[0];
      return TRUE;
    }
#endif
  g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND, "The model is empty");
  return FALSE;
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
  gboolean described = info_names_columns (self);
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
  float row[MAX_FEATURES];
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

/* ------------------------------------------------------------------ */
/* Files */

static char *
model_to_data (GolfDistanceModel  *self,
               gsize              *length,
               GError            **error)
{
  if (self->ridge != NULL)
    return ridge_to_data (self->ridge, self->importances, length);
#if HAVE_XGBOOST
  if (self->booster != NULL)
    {
      bst_ulong len = 0;
      const char *buf = NULL;

      if (XGBoosterSaveModelToBuffer (self->booster, "{\"format\": \"json\"}", &len, &buf) != 0)
        {
          set_xgboost_error (error, "save the model");
          return NULL;
        }
      *length = len;
      return g_strndup (buf, len);
    }
#endif
  g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND, "The model is empty");
  return NULL;
}

static char *
checksum_of (const char *data,
             gsize       length)
{
  g_autofree char *hex = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, length);

  return g_strconcat ("sha256:", hex, NULL);
}

/* The metadata to save with the model: its own, made to name its columns. */
static GolfModelInfo *
ensure_info (GolfDistanceModel *self)
{
  if (self->info == NULL)
    {
      self->info = golf_model_info_new ();
      golf_model_info_set_model_type (self->info, golf_distance_model_get_model_type (self));
      golf_model_info_set_version (self->info, "1.0.0");
      golf_model_info_set_target (self->info, golf_model_target_to_string (self->target));
      golf_model_info_set_app_version (self->info, PACKAGE_VERSION);
    }
  if (!info_names_columns (self))
    golf_model_info_set_features (self->info, (const char * const *)self->features);
  if (golf_model_info_get_importances (self->info) == NULL)
    golf_model_info_set_importances (self->info, self->importances);
  return self->info;
}

/* Serialises the model and, naming the model's checksum, its metadata. */
static gboolean
model_to_files_data (GolfDistanceModel  *self,
                     char              **model,
                     gsize              *model_length,
                     char              **metadata,
                     GError            **error)
{
  GolfModelInfo *info;
  g_autofree char *checksum = NULL;

  if ((*model = model_to_data (self, model_length, error)) == NULL)
    return FALSE;
  info = ensure_info (self);
  checksum = checksum_of (*model, *model_length);
  golf_model_info_set_model_checksum (info, checksum);
  *metadata = golf_model_info_to_data (info, TRUE);
  return TRUE;
}

/* Writes a model file and then its sidecar, each atomically. Should the
 * sidecar fail, the model file gets its old contents back (or goes, if it
 * is new), so a full disk never leaves a model with another's metadata. */
static gboolean
write_model_files (const char  *model_path,
                   const char  *model,
                   gsize        model_length,
                   const char  *metadata,
                   GError     **error)
{
  g_autofree char *sidecar = golf_model_info_sidecar_path (model_path);
  g_autofree char *old = NULL;
  gsize old_length = 0;
  gboolean had_old = g_file_get_contents (model_path, &old, &old_length, NULL);

  if (!_golf_model_write_file (model_path, model, model_length, error))
    return FALSE;
  if (_golf_model_write_file (sidecar, metadata, strlen (metadata), error))
    return TRUE;

  if (had_old)
    _golf_model_write_file (model_path, old, old_length, NULL);
  else
    g_unlink (model_path);
  return FALSE;
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

  return model_to_files_data (self, &model, &length, &metadata, error) &&
         write_model_files (model_path, model, length, metadata, error);
}

/* Returns the real path of @model_path if it lies inside @models_dir once
 * symbolic links and ".." are resolved. */
static char *
resolve_inside (const char  *model_path,
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

static gboolean
load_ridge (GolfDistanceModel  *self,
            const char         *model_path,
            const char         *data,
            gsize               length,
            guint              *n_model_features,
            GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      (self->ridge = ridge_from_object (json_node_get_object (root), &self->importances)) == NULL)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model file %s is damaged; train again or restore a version with use-model",
                   model_path);
      return FALSE;
    }
  *n_model_features = self->ridge->n_features;
  return TRUE;
}

static gboolean
load_xgboost (GolfDistanceModel  *self,
              const char         *model_path,
              const char         *data,
              gsize               length,
              guint              *n_model_features,
              GError            **error)
{
#if HAVE_XGBOOST
  bst_ulong n = 0;

  /* On failure the booster is freed with the half-built model. */
  if (XGBoosterCreate (NULL, 0, &self->booster) != 0)
    {
      set_xgboost_error (error, "start");
      return FALSE;
    }
  if (XGBoosterLoadModelFromBuffer (self->booster, data, length) != 0 ||
      XGBoosterGetNumFeature (self->booster, &n) != 0)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model file %s is damaged (%s); train again or restore a version with use-model",
                   model_path, XGBGetLastError ());
      return FALSE;
    }
  if (n == 0 || n > MAX_FEATURES)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model file %s is damaged (it takes %" G_GUINT64_FORMAT " inputs); train again "
                   "or restore a version with use-model", model_path, (guint64)n);
      return FALSE;
    }
  XGBoosterSetParam (self->booster, "nthread", "1");
  *n_model_features = n;
  return TRUE;
#else
  g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
               "Model file %s needs XGBoost, which this build lacks (%s); train a new model",
               model_path, golf_distance_model_get_backend_reason ());
  return FALSE;
#endif
}

static gboolean
load_backend (GolfDistanceModel  *self,
              const char         *model_path,
              const char         *data,
              gsize               length,
              guint              *n_model_features,
              GError            **error)
{
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

  if (g_strstr_len (p, MIN (length - (p - data), 64), "\"" RIDGE_MAGIC "\"") != NULL)
    return load_ridge (self, model_path, data, length, n_model_features, error);
  return load_xgboost (self, model_path, data, length, n_model_features, error);
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
  if (expected != NULL && g_strcmp0 (expected, checksum = checksum_of (data, length)) != 0)
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
      if (set_features (self, golf_model_info_get_features (info)))
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

  if (n_model != N_DEFAULT_FEATURES)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model %s takes %u inputs and has no metadata naming them; train again",
                   model_path, n_model);
      return FALSE;
    }
  set_features (self, default_features);
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
  if ((real_path = resolve_inside (model_path, models_dir, error)) == NULL)
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

/* ------------------------------------------------------------------ */
/* The models folder and its versions */

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

  version = next_version (versions, ensure_info (self));
  golf_model_info_set_version (self->info, version);
  if (!model_to_files_data (self, &model, &length, &metadata, error))
    return NULL;

  history_path = build_history_path (models_dir, self->target, version);
  active_path = golf_distance_model_build_active_path (models_dir, self->target);
  if (!write_model_files (history_path, model, length, metadata, error))
    return NULL;
  if (!write_model_files (active_path, model, length, metadata, error))
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
  return write_model_files (active_path, model, model_length, metadata, error);
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
  g_autoptr(TrainData) data = NULL;
  TrainResult result = { 0 };
  GolfTrainParams defaults;
  GStrv sessions;

  if (params == NULL)
    {
      golf_train_params_init (&defaults);
      params = &defaults;
    }
  if ((data = train_data_new (shots, params->target, error)) == NULL)
    return FALSE;

  *n_rows = data->n_rows;
  *test_part = g_new (guint, data->n_rows);
  *folds = g_new0 (guint, data->n_rows);
  split_test (data, params->test_fraction, params->seed, *test_part, &result);
  *n_folds = params->cv_folds >= 2 ? split_folds (data, params->cv_folds, params->seed, *folds, &result) : 0;
  sessions = g_new0 (char *, data->n_rows + 1);
  for (guint r = 0; r < data->n_rows; r++)
    sessions[r] = g_strdup (data->group_names[data->group[r]]);
  *row_sessions = sessions;
  return TRUE;
}
