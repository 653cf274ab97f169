/* golf-model-info.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include <json-glib/json-glib.h>

#include "golf-distance-model-private.h"
#include "golf-model-info.h"

/**
 * GolfModelInfo:
 *
 * What describes a trained model: which inputs it takes, what it predicts,
 * when and on what it was trained, how accurate it is and how to reproduce
 * it. It lives in a JSON sidecar next to the model file
 * (`carry-model.json` -> `carry-model.metadata.json`) and is read without
 * loading the model itself.
 */
struct _GolfModelInfo
{
  GObject     parent_instance;

  char       *model_type;
  char       *version;
  GDateTime  *trained_at;
  guint       training_samples;
  GStrv       features;
  guint       n_features;
  char       *target;
  GVariant   *metrics;
  GVariant   *hyperparameters;
  GVariant   *split;
  guint64     seed;
  char       *data_fingerprint;
  char       *app_version;
  char       *backend_version;
  char       *model_checksum;

  double      interval80[2];
  double      interval95[2];
  guint       has_interval80 : 1;
  guint       has_interval95 : 1;

  double     *importances;   /* n_features, or NULL */
  double     *ranges;        /* n_features x (min, mean, max), or NULL */
};

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

/* JSON <-> GVariant dictionaries: numbers, strings and booleans only. */
static void
add_vardict_to_builder (JsonBuilder *builder,
                        GVariant    *dict)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  json_builder_begin_object (builder);
  g_variant_iter_init (&iter, dict);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      json_builder_set_member_name (builder, key);
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        json_builder_add_string_value (builder, g_variant_get_string (value, NULL));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        json_builder_add_boolean_value (builder, g_variant_get_boolean (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        json_builder_add_double_value (builder, g_variant_get_double (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        json_builder_add_int_value (builder, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
        json_builder_add_int_value (builder, g_variant_get_int32 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
        json_builder_add_int_value (builder, g_variant_get_uint32 (value));
      else
        json_builder_add_null_value (builder);
      g_variant_unref (value);
    }
  json_builder_end_object (builder);
}

static GVariant *
vardict_from_object (JsonObject *object)
{
  GVariantBuilder builder;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      GType type;

      if (!JSON_NODE_HOLDS_VALUE (node))
        continue;
      type = json_node_get_value_type (node);
      if (type == G_TYPE_STRING)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_string (json_node_get_string (node)));
      else if (type == G_TYPE_BOOLEAN)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_boolean (json_node_get_boolean (node)));
      else if (type == G_TYPE_INT64)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_int64 (json_node_get_int (node)));
      else if (type == G_TYPE_DOUBLE)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_double (json_node_get_double (node)));
    }
  return g_variant_builder_end (&builder);
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  if (name != NULL)
    json_builder_set_member_name (builder, name);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_intervals (GolfModelInfo *self,
               JsonBuilder   *builder)
{
  if (!self->has_interval80 && !self->has_interval95)
    return;

  json_builder_set_member_name (builder, "prediction_interval");
  json_builder_begin_object (builder);
  for (guint k = 0; k < 2; k++)
    {
      guint level = k == 0 ? 80 : 95;
      double lo, hi;
      char name[8];

      if (!golf_model_info_get_interval (self, level, &lo, &hi))
        continue;
      g_snprintf (name, sizeof name, "%u", level);
      json_builder_set_member_name (builder, name);
      json_builder_begin_array (builder);
      add_number (builder, NULL, lo);
      add_number (builder, NULL, hi);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static void
add_per_feature (GolfModelInfo *self,
                 JsonBuilder   *builder)
{
  if (self->importances != NULL)
    {
      json_builder_set_member_name (builder, "feature_importance");
      json_builder_begin_object (builder);
      for (guint i = 0; i < self->n_features; i++)
        add_number (builder, self->features[i], self->importances[i]);
      json_builder_end_object (builder);
    }

  if (self->ranges != NULL)
    {
      json_builder_set_member_name (builder, "feature_ranges");
      json_builder_begin_object (builder);
      for (guint i = 0; i < self->n_features; i++)
        {
          if (isnan (self->ranges[3 * i]))
            continue;
          json_builder_set_member_name (builder, self->features[i]);
          json_builder_begin_object (builder);
          add_number (builder, "min", self->ranges[3 * i]);
          add_number (builder, "mean", self->ranges[3 * i + 1]);
          add_number (builder, "max", self->ranges[3 * i + 2]);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
}

static void
add_metrics (GolfModelInfo *self,
             JsonBuilder   *builder)
{
  GVariantIter iter;
  const char *key;
  double value;

  if (self->metrics == NULL)
    return;

  json_builder_set_member_name (builder, "metrics");
  json_builder_begin_object (builder);
  g_variant_iter_init (&iter, self->metrics);
  while (g_variant_iter_next (&iter, "{&sd}", &key, &value))
    add_number (builder, key, value);
  json_builder_end_object (builder);
}

/**
 * golf_model_info_to_data:
 * @self: a #GolfModelInfo
 * @pretty: whether to indent the output
 *
 * Serialises the metadata to the sidecar's JSON form.
 *
 * Returns: (transfer full): a JSON document
 */
char *
golf_model_info_to_data (GolfModelInfo *self,
                         gboolean       pretty)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "metadata_version");
  json_builder_add_int_value (builder, GOLF_MODEL_INFO_FORMAT_VERSION);
  add_string_member (builder, "model_type", self->model_type);
  add_string_member (builder, "version", self->version);
  if (self->trained_at != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (self->trained_at);

      add_string_member (builder, "trained_at", iso);
    }
  json_builder_set_member_name (builder, "training_samples");
  json_builder_add_int_value (builder, self->training_samples);
  add_string_member (builder, "target", self->target);
  json_builder_set_member_name (builder, "features");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->n_features; i++)
    json_builder_add_string_value (builder, self->features[i]);
  json_builder_end_array (builder);
  add_metrics (self, builder);
  add_intervals (self, builder);
  add_per_feature (self, builder);
  if (self->hyperparameters != NULL)
    {
      json_builder_set_member_name (builder, "hyperparameters");
      add_vardict_to_builder (builder, self->hyperparameters);
    }
  if (self->split != NULL)
    {
      json_builder_set_member_name (builder, "split");
      add_vardict_to_builder (builder, self->split);
    }
  json_builder_set_member_name (builder, "seed");
  json_builder_add_int_value (builder, (gint64)self->seed);
  add_string_member (builder, "data_fingerprint", self->data_fingerprint);
  add_string_member (builder, "app_version", self->app_version);
  add_string_member (builder, "backend_version", self->backend_version);
  add_string_member (builder, "model_checksum", self->model_checksum);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  return json_generator_to_data (generator, NULL);
}

static void
read_intervals (GolfModelInfo *self,
                JsonObject    *root)
{
  JsonObject *object;

  if (!json_object_has_member (root, "prediction_interval") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "prediction_interval")))
    return;

  object = json_object_get_object_member (root, "prediction_interval");
  for (guint k = 0; k < 2; k++)
    {
      const char *name = k == 0 ? "80" : "95";
      JsonNode *node = json_object_get_member (object, name);
      JsonArray *array;

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      array = json_node_get_array (node);
      if (json_array_get_length (array) != 2 ||
          !node_is_number (json_array_get_element (array, 0)) ||
          !node_is_number (json_array_get_element (array, 1)))
        continue;
      golf_model_info_set_interval (self, k == 0 ? 80 : 95,
                                    json_array_get_double_element (array, 0),
                                    json_array_get_double_element (array, 1));
    }
}

static void
read_per_feature (GolfModelInfo *self,
                  JsonObject    *root)
{
  JsonNode *node;

  node = json_object_get_member (root, "feature_importance");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node) && self->n_features > 0)
    {
      JsonObject *object = json_node_get_object (node);
      g_autofree double *values = g_new0 (double, self->n_features);

      for (guint i = 0; i < self->n_features; i++)
        {
          JsonNode *v = json_object_get_member (object, self->features[i]);

          values[i] = node_is_number (v) ? json_node_get_double (v) : 0.0;
        }
      golf_model_info_set_importances (self, values);
    }

  node = json_object_get_member (root, "feature_ranges");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      for (guint i = 0; i < self->n_features; i++)
        {
          JsonNode *r = json_object_get_member (object, self->features[i]);
          JsonObject *range;

          if (r == NULL || !JSON_NODE_HOLDS_OBJECT (r))
            continue;
          range = json_node_get_object (r);
          if (!node_is_number (json_object_get_member (range, "min")) ||
              !node_is_number (json_object_get_member (range, "mean")) ||
              !node_is_number (json_object_get_member (range, "max")))
            continue;
          golf_model_info_set_feature_range (self, i,
                                             json_object_get_double_member (range, "min"),
                                             json_object_get_double_member (range, "mean"),
                                             json_object_get_double_member (range, "max"));
        }
    }
}

static GVariant *
read_metrics (JsonObject *object)
{
  GVariantBuilder builder;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sd}"));
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    if (node_is_number (node))
      g_variant_builder_add (&builder, "{sd}", key, json_node_get_double (node));
  return g_variant_builder_end (&builder);
}

static const char *
get_string (JsonObject *root,
            const char *name)
{
  JsonNode *node = json_object_get_member (root, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
read_root (GolfModelInfo  *self,
           JsonObject     *root,
           GError        **error)
{
  JsonNode *node;
  JsonArray *array;
  g_autoptr(GPtrArray) features = g_ptr_array_new ();
  const char *str;

  node = json_object_get_member (root, "features");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           "the \"features\" list is missing");
      return FALSE;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                       "feature %u is not a name", i + 1);
          return FALSE;
        }
      g_ptr_array_add (features, (gpointer)json_node_get_string (element));
    }
  g_ptr_array_add (features, NULL);
  golf_model_info_set_features (self, (const char * const *)features->pdata);

  if ((str = get_string (root, "version")) == NULL)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           "the \"version\" is missing");
      return FALSE;
    }
  golf_model_info_set_version (self, str);
  golf_model_info_set_model_type (self, get_string (root, "model_type"));
  golf_model_info_set_target (self, get_string (root, "target"));
  golf_model_info_set_data_fingerprint (self, get_string (root, "data_fingerprint"));
  golf_model_info_set_app_version (self, get_string (root, "app_version"));
  golf_model_info_set_backend_version (self, get_string (root, "backend_version"));
  golf_model_info_set_model_checksum (self, get_string (root, "model_checksum"));

  if ((str = get_string (root, "trained_at")) != NULL)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (str, NULL);

      golf_model_info_set_trained_at (self, when);
    }
  if (node_is_number (node = json_object_get_member (root, "training_samples")))
    golf_model_info_set_training_samples (self, (guint)MAX (0, json_node_get_int (node)));
  if (node_is_number (node = json_object_get_member (root, "seed")))
    golf_model_info_set_seed (self, (guint64)json_node_get_int (node));

  if ((node = json_object_get_member (root, "metrics")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    golf_model_info_set_metrics (self, read_metrics (json_node_get_object (node)));
  if ((node = json_object_get_member (root, "hyperparameters")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    golf_model_info_set_hyperparameters (self, vardict_from_object (json_node_get_object (node)));
  if ((node = json_object_get_member (root, "split")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    golf_model_info_set_split (self, vardict_from_object (json_node_get_object (node)));

  read_intervals (self, root);
  read_per_feature (self, root);
  return TRUE;
}

/**
 * golf_model_info_new_from_data:
 * @data: a sidecar's JSON text
 * @length: its length, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Parses sidecar JSON.
 *
 * Returns: (transfer full) (nullable): the metadata, or %NULL with
 *   %GOLF_MODEL_ERROR_CORRUPT
 */
GolfModelInfo *
golf_model_info_new_from_data (const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GolfModelInfo) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "not valid JSON: %s", local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           "not a JSON object");
      return NULL;
    }

  self = golf_model_info_new ();
  if (!read_root (self, json_node_get_object (root), error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * golf_model_info_sidecar_path:
 * @model_path: a model file path
 *
 * Gets where the metadata of @model_path lives: the same path with its
 * extension replaced by `.metadata.json` (`carry-model.json` ->
 * `carry-model.metadata.json`).
 *
 * Returns: (transfer full): the sidecar path
 */
char *
golf_model_info_sidecar_path (const char *model_path)
{
  const char *slash;
  const char *dot;

  g_return_val_if_fail (model_path != NULL, NULL);

  slash = strrchr (model_path, G_DIR_SEPARATOR);
  dot = strrchr (slash != NULL ? slash : model_path, '.');
  if (dot == NULL || dot == model_path || (slash != NULL && dot == slash + 1))
    return g_strconcat (model_path, ".metadata.json", NULL);
  return g_strdup_printf ("%.*s.metadata.json", (int)(dot - model_path), model_path);
}

/**
 * _golf_model_set_file_error:
 * @error: return location for a #GError
 * @file_error: a #G_FILE_ERROR
 * @path: the file concerned
 * @writing: whether it was being written
 *
 * Turns a file error into a #GOLF_MODEL_ERROR a person can act on.
 */
void
_golf_model_set_file_error (GError       **error,
                            const GError  *file_error,
                            const char    *path,
                            gboolean       writing)
{
  int code = writing ? GOLF_MODEL_ERROR_WRITE_FAILED : GOLF_MODEL_ERROR_CORRUPT;
  const char *hint = "";

  if (file_error->domain == G_FILE_ERROR)
    {
      switch (file_error->code)
        {
        case G_FILE_ERROR_NOENT:
          code = GOLF_MODEL_ERROR_NOT_FOUND;
          break;
        case G_FILE_ERROR_ACCES:
        case G_FILE_ERROR_PERM:
        case G_FILE_ERROR_ROFS:
          code = GOLF_MODEL_ERROR_PERMISSION_DENIED;
          if (writing)
            hint = "; the models folder is read-only for you, choose another models folder";
          break;
        case G_FILE_ERROR_NOSPC:
          hint = "; free some disk space and try again";
          break;
        default:
          break;
        }
    }

  g_set_error (error, GOLF_MODEL_ERROR, code, "Cannot %s %s: %s%s",
               writing ? "write" : "read", path, file_error->message, hint);
}

/**
 * _golf_model_write_file:
 * @path: destination
 * @contents: bytes to write
 * @length: their number
 * @error: return location for a #GError
 *
 * Writes @path atomically (a temporary file renamed over it), so a full
 * disk or a crash leaves either the old file or the new one.
 *
 * Returns: %TRUE on success
 */
gboolean
_golf_model_write_file (const char  *path,
                        const char  *contents,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT,
                                 0644, &local_error))
    {
      _golf_model_set_file_error (error, local_error, path, TRUE);
      return FALSE;
    }
  return TRUE;
}

/* Sidecars are small but json-glib takes ~40 µs to parse one; a UI that
 * shows model details reads them often. Parsed metadata is kept per path
 * and reused while the file is the same one (device, inode, size, mtime):
 * every save is an atomic rename, which gives the file a new inode. */
typedef struct
{
  dev_t           dev;
  ino_t           ino;
  off_t           size;
  struct timespec mtime;
  GolfModelInfo  *info;
} CacheEntry;

#define CACHE_MAX_ENTRIES 64

G_LOCK_DEFINE_STATIC (cache);
static GHashTable *cache;

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_object_unref (entry->info);
  g_free (entry);
}

static gboolean
cache_entry_matches (const CacheEntry  *entry,
                     const struct stat *st)
{
  return entry->dev == st->st_dev && entry->ino == st->st_ino && entry->size == st->st_size &&
         entry->mtime.tv_sec == st->st_mtim.tv_sec && entry->mtime.tv_nsec == st->st_mtim.tv_nsec;
}

static GolfModelInfo *
info_copy (GolfModelInfo *src)
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

static GolfModelInfo *
cache_lookup (const char        *path,
              const struct stat *st)
{
  GolfModelInfo *info = NULL;
  CacheEntry *entry;

  G_LOCK (cache);
  if (cache != NULL && (entry = g_hash_table_lookup (cache, path)) != NULL &&
      cache_entry_matches (entry, st))
    info = info_copy (entry->info);
  G_UNLOCK (cache);
  return info;
}

static void
cache_store (const char        *path,
             const struct stat *st,
             GolfModelInfo     *info)
{
  CacheEntry *entry = g_new0 (CacheEntry, 1);

  entry->dev = st->st_dev;
  entry->ino = st->st_ino;
  entry->size = st->st_size;
  entry->mtime = st->st_mtim;
  entry->info = info_copy (info);

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_entry_free);
  if (g_hash_table_size (cache) >= CACHE_MAX_ENTRIES)
    g_hash_table_remove_all (cache);
  g_hash_table_replace (cache, g_strdup (path), entry);
  G_UNLOCK (cache);
}

/**
 * golf_model_info_load_from_file:
 * @sidecar_path: path of a `.metadata.json` file
 * @error: return location for a #GError
 *
 * Reads a sidecar.
 *
 * Returns: (transfer full) (nullable): the metadata, or %NULL with
 *   %GOLF_MODEL_ERROR_NOT_FOUND or %GOLF_MODEL_ERROR_CORRUPT
 */
GolfModelInfo *
golf_model_info_load_from_file (const char  *sidecar_path,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  struct stat st = { 0 };
  gsize length;
  GolfModelInfo *self = NULL;

  g_return_val_if_fail (sidecar_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (stat (sidecar_path, &st) == 0 && (self = cache_lookup (sidecar_path, &st)) != NULL)
    return self;

  if (!g_file_get_contents (sidecar_path, &data, &length, &local_error))
    {
      _golf_model_set_file_error (error, local_error, sidecar_path, FALSE);
      return NULL;
    }

  self = golf_model_info_new_from_data (data, length, &local_error);
  if (self == NULL)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model metadata %s is malformed: %s", sidecar_path, local_error->message);
      return NULL;
    }

  /* Only remember what was read from the file the stat described. */
  if (st.st_size == (off_t)length)
    {
      struct stat after;

      if (stat (sidecar_path, &after) == 0 && after.st_ino == st.st_ino &&
          after.st_mtim.tv_sec == st.st_mtim.tv_sec && after.st_mtim.tv_nsec == st.st_mtim.tv_nsec)
        cache_store (sidecar_path, &st, self);
    }
  return self;
}

/**
 * golf_model_info_load_for_model:
 * @model_path: a model file path; the model itself is not read
 * @error: return location for a #GError
 *
 * Reads the metadata sidecar of @model_path without loading the model.
 *
 * A model saved before metadata existed has no sidecar: then this returns
 * %NULL and leaves @error unset. A malformed sidecar logs a warning and
 * returns %NULL with %GOLF_MODEL_ERROR_CORRUPT.
 *
 * Returns: (transfer full) (nullable): the metadata, or %NULL
 */
GolfModelInfo *
golf_model_info_load_for_model (const char  *model_path,
                                GError     **error)
{
  g_autofree char *sidecar = NULL;
  g_autoptr(GError) local_error = NULL;
  GolfModelInfo *self;

  g_return_val_if_fail (model_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sidecar = golf_model_info_sidecar_path (model_path);
  self = golf_model_info_load_from_file (sidecar, &local_error);
  if (self != NULL)
    return self;

  if (g_error_matches (local_error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND))
    return NULL;

  if (g_error_matches (local_error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT))
    g_warning ("%s; ignoring it", local_error->message);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * golf_model_info_save_for_model:
 * @self: a #GolfModelInfo
 * @model_path: the model file this metadata describes
 * @error: return location for a #GError
 *
 * Writes the sidecar of @model_path atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
golf_model_info_save_for_model (GolfModelInfo  *self,
                                const char     *model_path,
                                GError        **error)
{
  g_autofree char *sidecar = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), FALSE);
  g_return_val_if_fail (model_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sidecar = golf_model_info_sidecar_path (model_path);
  data = golf_model_info_to_data (self, TRUE);
  return _golf_model_write_file (sidecar, data, strlen (data), error);
}

static void
parse_version (const char *version,
               guint64     parts[3])
{
  for (guint i = 0; i < 3; i++)
    {
      char *end;

      parts[i] = g_ascii_strtoull (version, &end, 10);
      version = *end == '.' ? end + 1 : end;
    }
}

/**
 * golf_model_version_compare:
 * @a: a version "MAJOR.MINOR.PATCH"
 * @b: another
 *
 * Compares two model versions numerically ("1.10.0" is after "1.9.0").
 *
 * Returns: negative, zero or positive as @a is before, equal to or after @b
 */
int
golf_model_version_compare (const char *a,
                            const char *b)
{
  guint64 va[3], vb[3];

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  parse_version (a, va);
  parse_version (b, vb);
  for (guint i = 0; i < 3; i++)
    if (va[i] != vb[i])
      return va[i] < vb[i] ? -1 : 1;
  return 0;
}
