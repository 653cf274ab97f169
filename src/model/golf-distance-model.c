/* golf-distance-model.c: the model object, its accessors and predictions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "golf-distance-model-private.h"

/* No golf ball flies 1 km (the longest drives are under 500 m): beyond it
 * a prediction is a damaged model, not a golf shot. */
#define MAX_DISTANCE 1000.0

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
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
                           _("This model was never trained or loaded; train one with “golf-lab-cli train”"));
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

/* Inputs no launch monitor can measure make no prediction, rather than
 * one that is not a number. */
static gboolean
check_inputs (GolfDistanceModel  *self,
              GolfShot           *shot,
              GError            **error)
{
  for (guint i = 0; i < self->n_features; i++)
    {
      double value = golf_shot_get (shot, self->fields[i]);
      double min, max;

      if (isnan (value) || golf_shot_field_is_plausible (self->fields[i], value))
        continue;
      golf_shot_field_get_limits (self->fields[i], &min, &max);
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID,
                   _("%s %g is outside what a launch monitor measures (%g to %g, in SI units)"),
                   golf_shot_field_get_name (self->fields[i]), value, min, max);
      return FALSE;
    }
  return TRUE;
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
 * the confidence. An input outside what a launch monitor measures
 * (golf_shot_field_is_plausible()) is %GOLF_MODEL_ERROR_INVALID; a
 * prediction is always a finite number.
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
                           _("A ball speed is needed to predict a distance"));
      return FALSE;
    }
  if (!check_inputs (self, shot, error))
    return FALSE;

  confidence = read_inputs (self, shot, ball_speed, row, &estimated, &extrapolated);
  if (!predict_row (self, row, &value, error))
    return FALSE;
  if (!isfinite (value))
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           _("The model gives no distance for these inputs (not a finite number); "
                           "it may be damaged: train again or restore a version with use-model"));
      return FALSE;
    }
  if (fabs (value) > MAX_DISTANCE)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("The model gives %.3g m for these inputs, farther than any golf ball flies; "
                   "it is damaged: train again or restore a version with use-model"), value);
      return FALSE;
    }

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
