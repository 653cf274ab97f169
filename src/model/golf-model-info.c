/* golf-model-info.c: the GolfModelInfo object, its properties and accessors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <math.h>
#include <string.h>

#include "golf-model-info-private.h"

/**
 * GolfModelInfo:
 *
 * What describes a trained model: which inputs it takes, what it predicts,
 * when and on what it was trained, how accurate it is and how to reproduce
 * it. It lives in a JSON sidecar next to the model file
 * (`carry-model.json` -> `carry-model.metadata.json`) and is read without
 * loading the model itself.
 */

G_DEFINE_FINAL_TYPE (GolfModelInfo, golf_model_info, G_TYPE_OBJECT)

G_DEFINE_QUARK (golf-model-error-quark, golf_model_error)

enum {
  PROP_0,
  PROP_MODEL_TYPE,
  PROP_VERSION,
  PROP_TRAINED_AT,
  PROP_TRAINING_SAMPLES,
  PROP_FEATURES,
  PROP_TARGET,
  PROP_METRICS,
  PROP_HYPERPARAMETERS,
  PROP_SEED,
  PROP_DATA_FINGERPRINT,
  PROP_APP_VERSION,
  PROP_BACKEND_VERSION,
  PROP_MODEL_CHECKSUM,
  PROP_SPLIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
golf_model_info_finalize (GObject *object)
{
  GolfModelInfo *self = (GolfModelInfo *)object;

  g_free (self->model_type);
  g_free (self->version);
  g_clear_pointer (&self->trained_at, g_date_time_unref);
  g_strfreev (self->features);
  g_free (self->target);
  g_clear_pointer (&self->metrics, g_variant_unref);
  g_clear_pointer (&self->hyperparameters, g_variant_unref);
  g_clear_pointer (&self->split, g_variant_unref);
  g_free (self->data_fingerprint);
  g_free (self->app_version);
  g_free (self->backend_version);
  g_free (self->model_checksum);
  g_free (self->importances);
  g_free (self->ranges);

  G_OBJECT_CLASS (golf_model_info_parent_class)->finalize (object);
}

static void
golf_model_info_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GolfModelInfo *self = GOLF_MODEL_INFO (object);

  switch (prop_id)
    {
    case PROP_MODEL_TYPE:
      g_value_set_string (value, self->model_type);
      break;
    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;
    case PROP_TRAINED_AT:
      g_value_set_boxed (value, self->trained_at);
      break;
    case PROP_TRAINING_SAMPLES:
      g_value_set_uint (value, self->training_samples);
      break;
    case PROP_FEATURES:
      g_value_set_boxed (value, self->features);
      break;
    case PROP_TARGET:
      g_value_set_string (value, self->target);
      break;
    case PROP_METRICS:
      g_value_set_variant (value, self->metrics);
      break;
    case PROP_HYPERPARAMETERS:
      g_value_set_variant (value, self->hyperparameters);
      break;
    case PROP_SEED:
      g_value_set_uint64 (value, self->seed);
      break;
    case PROP_DATA_FINGERPRINT:
      g_value_set_string (value, self->data_fingerprint);
      break;
    case PROP_APP_VERSION:
      g_value_set_string (value, self->app_version);
      break;
    case PROP_BACKEND_VERSION:
      g_value_set_string (value, self->backend_version);
      break;
    case PROP_MODEL_CHECKSUM:
      g_value_set_string (value, self->model_checksum);
      break;
    case PROP_SPLIT:
      g_value_set_variant (value, self->split);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_model_info_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GolfModelInfo *self = GOLF_MODEL_INFO (object);

  switch (prop_id)
    {
    case PROP_MODEL_TYPE:
      golf_model_info_set_model_type (self, g_value_get_string (value));
      break;
    case PROP_VERSION:
      golf_model_info_set_version (self, g_value_get_string (value));
      break;
    case PROP_TRAINED_AT:
      golf_model_info_set_trained_at (self, g_value_get_boxed (value));
      break;
    case PROP_TRAINING_SAMPLES:
      golf_model_info_set_training_samples (self, g_value_get_uint (value));
      break;
    case PROP_FEATURES:
      golf_model_info_set_features (self, g_value_get_boxed (value));
      break;
    case PROP_TARGET:
      golf_model_info_set_target (self, g_value_get_string (value));
      break;
    case PROP_METRICS:
      golf_model_info_set_metrics (self, g_value_get_variant (value));
      break;
    case PROP_HYPERPARAMETERS:
      golf_model_info_set_hyperparameters (self, g_value_get_variant (value));
      break;
    case PROP_SEED:
      golf_model_info_set_seed (self, g_value_get_uint64 (value));
      break;
    case PROP_DATA_FINGERPRINT:
      golf_model_info_set_data_fingerprint (self, g_value_get_string (value));
      break;
    case PROP_APP_VERSION:
      golf_model_info_set_app_version (self, g_value_get_string (value));
      break;
    case PROP_BACKEND_VERSION:
      golf_model_info_set_backend_version (self, g_value_get_string (value));
      break;
    case PROP_MODEL_CHECKSUM:
      golf_model_info_set_model_checksum (self, g_value_get_string (value));
      break;
    case PROP_SPLIT:
      golf_model_info_set_split (self, g_value_get_variant (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name,
              const char *nick)
{
  return g_param_spec_string (name, nick, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
golf_model_info_class_init (GolfModelInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = golf_model_info_finalize;
  object_class->get_property = golf_model_info_get_property;
  object_class->set_property = golf_model_info_set_property;

  /**
   * GolfModelInfo:model-type:
   *
   * The learning method: "xgboost" or "ridge".
   */
  properties[PROP_MODEL_TYPE] = string_param ("model-type", "Model type");
  /**
   * GolfModelInfo:version:
   *
   * The model version, "MAJOR.MINOR.PATCH"; each training raises it.
   */
  properties[PROP_VERSION] = string_param ("version", "Version");
  /**
   * GolfModelInfo:trained-at:
   *
   * When the model was trained, in UTC.
   */
  properties[PROP_TRAINED_AT] =
    g_param_spec_boxed ("trained-at", "Trained at", NULL, G_TYPE_DATE_TIME, flags);
  /**
   * GolfModelInfo:training-samples:
   *
   * How many shots the model was fitted on.
   */
  properties[PROP_TRAINING_SAMPLES] =
    g_param_spec_uint ("training-samples", "Training samples", NULL,
                       0, G_MAXUINT, 0, flags);
  /**
   * GolfModelInfo:features:
   *
   * The input names in model column order (shot field names such as "ball_speed").
   */
  properties[PROP_FEATURES] =
    g_param_spec_boxed ("features", "Features", NULL, G_TYPE_STRV, flags);
  /**
   * GolfModelInfo:target:
   *
   * What the model predicts: "carry" or "total" (metres).
   */
  properties[PROP_TARGET] = string_param ("target", "Target");
  /**
   * GolfModelInfo:metrics:
   *
   * Accuracy on held-out sessions, an `a{sd}` dictionary ("mae", "rmse",
   * "r2", "cv_mae", ...; distances in metres).
   */
  properties[PROP_METRICS] =
    g_param_spec_variant ("metrics", "Metrics", NULL, G_VARIANT_TYPE ("a{sd}"), NULL, flags);
  /**
   * GolfModelInfo:hyperparameters:
   *
   * The settings the model was trained with, an `a{sv}` dictionary.
   */
  properties[PROP_HYPERPARAMETERS] =
    g_param_spec_variant ("hyperparameters", "Hyperparameters", NULL,
                          G_VARIANT_TYPE_VARDICT, NULL, flags);
  /**
   * GolfModelInfo:seed:
   *
   * The random seed of the session split and of the learner.
   */
  properties[PROP_SEED] =
    g_param_spec_uint64 ("seed", "Seed", NULL, 0, G_MAXUINT64, 0, flags);
  /**
   * GolfModelInfo:data-fingerprint:
   *
   * SHA-256 of the training rows (inputs, target and session of each row).
   */
  properties[PROP_DATA_FINGERPRINT] = string_param ("data-fingerprint", "Data fingerprint");
  /**
   * GolfModelInfo:app-version:
   *
   * The Golf Lab version that trained the model.
   */
  properties[PROP_APP_VERSION] = string_param ("app-version", "App version");
  /**
   * GolfModelInfo:backend-version:
   *
   * The learning library and its version, e.g. "XGBoost 1.7.4".
   */
  properties[PROP_BACKEND_VERSION] = string_param ("backend-version", "Backend version");
  /**
   * GolfModelInfo:model-checksum:
   *
   * SHA-256 of the model file this metadata belongs to.
   */
  properties[PROP_MODEL_CHECKSUM] = string_param ("model-checksum", "Model checksum");
  /**
   * GolfModelInfo:split:
   *
   * How the shots were split for evaluation, an `a{sv}` dictionary
   * ("method", "train_sessions", "test_sessions", "cv_folds", ...).
   */
  properties[PROP_SPLIT] =
    g_param_spec_variant ("split", "Split", NULL, G_VARIANT_TYPE_VARDICT, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_model_info_init (GolfModelInfo *self)
{
  self->features = g_new0 (char *, 1);
}

/**
 * golf_model_info_new:
 *
 * Creates empty metadata, to be filled by a training.
 *
 * Returns: (transfer full): a new #GolfModelInfo
 */
GolfModelInfo *
golf_model_info_new (void)
{
  return g_object_new (GOLF_TYPE_MODEL_INFO, NULL);
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static gboolean
set_variant (GVariant **field,
             GVariant  *value)
{
  if (value != NULL)
    g_variant_ref_sink (value);
  if (*field != NULL && value != NULL && g_variant_equal (*field, value))
    {
      g_variant_unref (value);
      return FALSE;
    }
  g_clear_pointer (field, g_variant_unref);
  *field = value;
  return TRUE;
}

#define DEFINE_STRING_ACCESSORS(field, PROP)                                   \
const char *                                                                  \
golf_model_info_get_##field (GolfModelInfo *self)                             \
{                                                                             \
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);                     \
  return self->field;                                                         \
}                                                                             \
void                                                                          \
golf_model_info_set_##field (GolfModelInfo *self,                             \
                             const char    *value)                            \
{                                                                             \
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));                               \
  if (set_string (&self->field, value))                                       \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);             \
}

/**
 * golf_model_info_get_model_type:
 * @self: a #GolfModelInfo
 *
 * Returns: (nullable): the learning method, "xgboost" or "ridge"
 */
/**
 * golf_model_info_set_model_type:
 * @self: a #GolfModelInfo
 * @value: (nullable): the learning method
 */
DEFINE_STRING_ACCESSORS (model_type, PROP_MODEL_TYPE)
/**
 * golf_model_info_get_version:
 * @self: a #GolfModelInfo
 *
 * Returns: (nullable): the model version, e.g. "1.2.0"
 */
/**
 * golf_model_info_set_version:
 * @self: a #GolfModelInfo
 * @value: (nullable): the model version
 */
DEFINE_STRING_ACCESSORS (version, PROP_VERSION)
/**
 * golf_model_info_get_target:
 * @self: a #GolfModelInfo
 *
 * Returns: (nullable): "carry" or "total"
 */
/**
 * golf_model_info_set_target:
 * @self: a #GolfModelInfo
 * @value: (nullable): "carry" or "total"
 */
DEFINE_STRING_ACCESSORS (target, PROP_TARGET)
/**
 * golf_model_info_get_data_fingerprint:
 * @self: a #GolfModelInfo
 *
 * Returns: (nullable): the SHA-256 of the training rows
 */
/**
 * golf_model_info_set_data_fingerprint:
 * @self: a #GolfModelInfo
 * @value: (nullable): the SHA-256 of the training rows
 */
DEFINE_STRING_ACCESSORS (data_fingerprint, PROP_DATA_FINGERPRINT)
/**
 * golf_model_info_get_app_version:
 * @self: a #GolfModelInfo
 *
 * Returns: (nullable): the Golf Lab version that trained the model
 */
/**
 * golf_model_info_set_app_version:
 * @self: a #GolfModelInfo
 * @value: (nullable): a version string
 */
DEFINE_STRING_ACCESSORS (app_version, PROP_APP_VERSION)
/**
 * golf_model_info_get_backend_version:
 * @self: a #GolfModelInfo
 *
 * Returns: (nullable): the learning library and its version
 */
/**
 * golf_model_info_set_backend_version:
 * @self: a #GolfModelInfo
 * @value: (nullable): the learning library and its version
 */
DEFINE_STRING_ACCESSORS (backend_version, PROP_BACKEND_VERSION)
/**
 * golf_model_info_get_model_checksum:
 * @self: a #GolfModelInfo
 *
 * Returns: (nullable): the SHA-256 of the model file
 */
/**
 * golf_model_info_set_model_checksum:
 * @self: a #GolfModelInfo
 * @value: (nullable): the SHA-256 of the model file
 */
DEFINE_STRING_ACCESSORS (model_checksum, PROP_MODEL_CHECKSUM)

/**
 * golf_model_info_get_trained_at:
 * @self: a #GolfModelInfo
 *
 * Returns: (transfer none) (nullable): when the model was trained, in UTC
 */
GDateTime *
golf_model_info_get_trained_at (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  return self->trained_at;
}

/**
 * golf_model_info_set_trained_at:
 * @self: a #GolfModelInfo
 * @trained_at: (nullable): a time; it is stored in UTC
 */
void
golf_model_info_set_trained_at (GolfModelInfo *self,
                                GDateTime     *trained_at)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));

  if (self->trained_at == trained_at ||
      (self->trained_at != NULL && trained_at != NULL &&
       g_date_time_equal (self->trained_at, trained_at)))
    return;

  g_clear_pointer (&self->trained_at, g_date_time_unref);
  if (trained_at != NULL)
    self->trained_at = g_date_time_to_utc (trained_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAINED_AT]);
}

/**
 * golf_model_info_get_training_samples:
 * @self: a #GolfModelInfo
 *
 * Returns: how many shots the model was fitted on
 */
guint
golf_model_info_get_training_samples (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), 0);

  return self->training_samples;
}

/**
 * golf_model_info_set_training_samples:
 * @self: a #GolfModelInfo
 * @training_samples: a number of shots
 */
void
golf_model_info_set_training_samples (GolfModelInfo *self,
                                      guint          training_samples)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));

  if (self->training_samples == training_samples)
    return;
  self->training_samples = training_samples;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAINING_SAMPLES]);
}

/**
 * golf_model_info_get_features:
 * @self: a #GolfModelInfo
 *
 * Returns: (transfer none) (array zero-terminated=1): the input names in column order
 */
const char * const *
golf_model_info_get_features (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  return (const char * const *)self->features;
}

/**
 * golf_model_info_get_n_features:
 * @self: a #GolfModelInfo
 *
 * Returns: the number of inputs
 */
guint
golf_model_info_get_n_features (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), 0);

  return self->n_features;
}

/**
 * golf_model_info_set_features:
 * @self: a #GolfModelInfo
 * @features: (nullable) (array zero-terminated=1): input names
 *
 * Sets the input names. When their number changes, the per-feature
 * importances and ranges are dropped.
 */
void
golf_model_info_set_features (GolfModelInfo      *self,
                              const char * const *features)
{
  static const char * const empty[] = { NULL };
  guint n;

  g_return_if_fail (GOLF_IS_MODEL_INFO (self));

  if (features == NULL)
    features = empty;
  if (g_strv_equal ((const char * const *)self->features, features))
    return;

  n = g_strv_length ((GStrv)features);
  if (n != self->n_features)
    {
      g_clear_pointer (&self->importances, g_free);
      g_clear_pointer (&self->ranges, g_free);
    }
  g_strfreev (self->features);
  self->features = g_strdupv ((GStrv)features);
  self->n_features = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEATURES]);
}

/**
 * golf_model_info_get_metrics:
 * @self: a #GolfModelInfo
 *
 * Returns: (transfer none) (nullable): an `a{sd}` dictionary of accuracy figures
 */
GVariant *
golf_model_info_get_metrics (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  return self->metrics;
}

/**
 * golf_model_info_set_metrics:
 * @self: a #GolfModelInfo
 * @metrics: (nullable): an `a{sd}` dictionary; a floating reference is sunk
 */
void
golf_model_info_set_metrics (GolfModelInfo *self,
                             GVariant      *metrics)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));
  g_return_if_fail (metrics == NULL || g_variant_is_of_type (metrics, G_VARIANT_TYPE ("a{sd}")));

  if (set_variant (&self->metrics, metrics))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRICS]);
}

/**
 * golf_model_info_lookup_metric:
 * @self: a #GolfModelInfo
 * @name: a metric name such as "mae"
 * @value: (out) (optional): where to store the value
 *
 * Returns: %TRUE if the metadata holds that metric
 */
gboolean
golf_model_info_lookup_metric (GolfModelInfo *self,
                               const char    *name,
                               double        *value)
{
  double v;

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->metrics == NULL || !g_variant_lookup (self->metrics, name, "d", &v))
    return FALSE;
  if (value != NULL)
    *value = v;
  return TRUE;
}

/**
 * golf_model_info_get_hyperparameters:
 * @self: a #GolfModelInfo
 *
 * Returns: (transfer none) (nullable): an `a{sv}` dictionary of training settings
 */
GVariant *
golf_model_info_get_hyperparameters (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  return self->hyperparameters;
}

/**
 * golf_model_info_set_hyperparameters:
 * @self: a #GolfModelInfo
 * @hyperparameters: (nullable): an `a{sv}` dictionary; a floating reference is sunk
 */
void
golf_model_info_set_hyperparameters (GolfModelInfo *self,
                                     GVariant      *hyperparameters)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));
  g_return_if_fail (hyperparameters == NULL ||
                    g_variant_is_of_type (hyperparameters, G_VARIANT_TYPE_VARDICT));

  if (set_variant (&self->hyperparameters, hyperparameters))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HYPERPARAMETERS]);
}

/**
 * golf_model_info_get_split:
 * @self: a #GolfModelInfo
 *
 * Returns: (transfer none) (nullable): an `a{sv}` dictionary describing the evaluation split
 */
GVariant *
golf_model_info_get_split (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  return self->split;
}

/**
 * golf_model_info_set_split:
 * @self: a #GolfModelInfo
 * @split: (nullable): an `a{sv}` dictionary; a floating reference is sunk
 */
void
golf_model_info_set_split (GolfModelInfo *self,
                           GVariant      *split)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));
  g_return_if_fail (split == NULL || g_variant_is_of_type (split, G_VARIANT_TYPE_VARDICT));

  if (set_variant (&self->split, split))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPLIT]);
}

/**
 * golf_model_info_get_seed:
 * @self: a #GolfModelInfo
 *
 * Returns: the random seed of the training
 */
guint64
golf_model_info_get_seed (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), 0);

  return self->seed;
}

/**
 * golf_model_info_set_seed:
 * @self: a #GolfModelInfo
 * @seed: the random seed of the training
 */
void
golf_model_info_set_seed (GolfModelInfo *self,
                          guint64        seed)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));

  if (self->seed == seed)
    return;
  self->seed = seed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEED]);
}

/**
 * golf_model_info_get_interval:
 * @self: a #GolfModelInfo
 * @level: 80 or 95 (per cent)
 * @low: (out) (optional): offset to add to a prediction for the lower bound
 * @high: (out) (optional): offset to add to a prediction for the upper bound
 *
 * Gets the prediction-interval offsets measured on held-out sessions.
 *
 * Returns: %TRUE if the metadata holds an interval at @level
 */
gboolean
golf_model_info_get_interval (GolfModelInfo *self,
                              guint          level,
                              double        *low,
                              double        *high)
{
  const double *iv;

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), FALSE);

  if (level == 80 && self->has_interval80)
    iv = self->interval80;
  else if (level == 95 && self->has_interval95)
    iv = self->interval95;
  else
    return FALSE;

  if (low != NULL)
    *low = iv[0];
  if (high != NULL)
    *high = iv[1];
  return TRUE;
}

/**
 * golf_model_info_set_interval:
 * @self: a #GolfModelInfo
 * @level: 80 or 95 (per cent)
 * @low: offset of the lower bound (usually negative)
 * @high: offset of the upper bound
 */
void
golf_model_info_set_interval (GolfModelInfo *self,
                              guint          level,
                              double         low,
                              double         high)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));
  g_return_if_fail (level == 80 || level == 95);

  if (level == 80)
    {
      self->interval80[0] = low;
      self->interval80[1] = high;
      self->has_interval80 = TRUE;
    }
  else
    {
      self->interval95[0] = low;
      self->interval95[1] = high;
      self->has_interval95 = TRUE;
    }
}

static int
feature_index (GolfModelInfo *self,
               const char    *feature)
{
  for (guint i = 0; i < self->n_features; i++)
    if (g_strcmp0 (self->features[i], feature) == 0)
      return (int)i;
  return -1;
}

/**
 * golf_model_info_get_importance:
 * @self: a #GolfModelInfo
 * @feature: an input name
 *
 * Returns: the normalised importance of @feature (the importances sum to 1),
 *   or 0 when unknown
 */
double
golf_model_info_get_importance (GolfModelInfo *self,
                                const char    *feature)
{
  int i;

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), 0.0);
  g_return_val_if_fail (feature != NULL, 0.0);

  i = feature_index (self, feature);
  if (i < 0 || self->importances == NULL)
    return 0.0;
  return self->importances[i];
}

/**
 * golf_model_info_get_importances:
 * @self: a #GolfModelInfo
 *
 * Returns: (transfer none) (nullable): one importance per feature, in
 *   feature order, or %NULL when the metadata has none
 */
const double *
golf_model_info_get_importances (GolfModelInfo *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  return self->importances;
}

/**
 * golf_model_info_set_importances:
 * @self: a #GolfModelInfo
 * @importances: (nullable): one value per feature (see
 *   golf_model_info_get_n_features()), copied
 */
void
golf_model_info_set_importances (GolfModelInfo *self,
                                 const double  *importances)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));

  g_clear_pointer (&self->importances, g_free);
  if (importances != NULL && self->n_features > 0)
    self->importances = g_memdup2 (importances, sizeof (double) * self->n_features);
}

/**
 * golf_model_info_get_feature_range:
 * @self: a #GolfModelInfo
 * @index: a feature index
 * @min: (out) (optional): smallest training value
 * @mean: (out) (optional): mean training value
 * @max: (out) (optional): largest training value
 *
 * Returns: %TRUE if the metadata holds the range of that feature
 */
gboolean
golf_model_info_get_feature_range (GolfModelInfo *self,
                                   guint          index,
                                   double        *min,
                                   double        *mean,
                                   double        *max)
{
  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), FALSE);

  if (self->ranges == NULL || index >= self->n_features || isnan (self->ranges[3 * index]))
    return FALSE;
  if (min != NULL)
    *min = self->ranges[3 * index];
  if (mean != NULL)
    *mean = self->ranges[3 * index + 1];
  if (max != NULL)
    *max = self->ranges[3 * index + 2];
  return TRUE;
}

/**
 * golf_model_info_set_feature_range:
 * @self: a #GolfModelInfo
 * @index: a feature index, below golf_model_info_get_n_features()
 * @min: smallest training value
 * @mean: mean training value
 * @max: largest training value
 */
void
golf_model_info_set_feature_range (GolfModelInfo *self,
                                   guint          index,
                                   double         min,
                                   double         mean,
                                   double         max)
{
  g_return_if_fail (GOLF_IS_MODEL_INFO (self));
  g_return_if_fail (index < self->n_features);

  if (self->ranges == NULL)
    {
      self->ranges = g_new (double, 3 * self->n_features);
      for (guint i = 0; i < 3 * self->n_features; i++)
        self->ranges[i] = NAN;
    }
  self->ranges[3 * index] = min;
  self->ranges[3 * index + 1] = mean;
  self->ranges[3 * index + 2] = max;
}


/**
 * _golf_model_info_copy:
 * @src: a #GolfModelInfo
 *
 * Copies every field of @src into new metadata, without notifications.
 *
 * Returns: (transfer full): the copy
 */
GolfModelInfo *
_golf_model_info_copy (GolfModelInfo *src)
{
  GolfModelInfo *copy = golf_model_info_new ();

  copy->model_type = g_strdup (src->model_type);
  copy->version = g_strdup (src->version);
  copy->trained_at = src->trained_at != NULL ? g_date_time_ref (src->trained_at) : NULL;
  copy->training_samples = src->training_samples;
  g_strfreev (copy->features);
  copy->features = g_strdupv (src->features);
  copy->n_features = src->n_features;
  copy->target = g_strdup (src->target);
  copy->metrics = src->metrics != NULL ? g_variant_ref (src->metrics) : NULL;
  copy->hyperparameters = src->hyperparameters != NULL ? g_variant_ref (src->hyperparameters) : NULL;
  copy->split = src->split != NULL ? g_variant_ref (src->split) : NULL;
  copy->seed = src->seed;
  copy->data_fingerprint = g_strdup (src->data_fingerprint);
  copy->app_version = g_strdup (src->app_version);
  copy->backend_version = g_strdup (src->backend_version);
  copy->model_checksum = g_strdup (src->model_checksum);
  memcpy (copy->interval80, src->interval80, sizeof copy->interval80);
  memcpy (copy->interval95, src->interval95, sizeof copy->interval95);
  copy->has_interval80 = src->has_interval80;
  copy->has_interval95 = src->has_interval95;
  if (src->importances != NULL)
    copy->importances = g_memdup2 (src->importances, sizeof (double) * src->n_features);
  if (src->ranges != NULL)
    copy->ranges = g_memdup2 (src->ranges, sizeof (double) * 3 * src->n_features);
  return copy;
}
