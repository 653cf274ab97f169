/* golf-model-backend.c: the table of backends, and which one is active
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include "golf-model-backend-private.h"
#include "golf-model-backend-ridge-private.h"
#include "golf-model-backend-xgboost-private.h"

/* Every backend, in order of preference for GOLF_MODEL_BACKEND_AUTO. A new
 * one is a golf-model-backend-*.c file pair, a #GolfModelBackend value and
 * a line here. */
static const GolfModelBackendVTable * const backends[] = {
  &_golf_model_backend_xgboost,
  &_golf_model_backend_ridge,
};

/**
 * _golf_model_backend_get:
 * @backend: a #GolfModelBackend
 *
 * Looks a backend up; %GOLF_MODEL_BACKEND_AUTO is the first available one.
 * The result may be unavailable in this build: check its @available.
 *
 * Returns: (transfer none): the backend
 */
const GolfModelBackendVTable *
_golf_model_backend_get (GolfModelBackend backend)
{
  for (guint i = 0; i < G_N_ELEMENTS (backends); i++)
    if (backends[i]->id == backend)
      return backends[i];
  for (guint i = 0; i < G_N_ELEMENTS (backends); i++)
    if (backends[i]->available)
      return backends[i];
  g_assert_not_reached ();
}

/**
 * _golf_model_backend_for_file:
 * @data: a model file's contents, from its opening `{`
 * @length: their length
 *
 * Finds the backend whose model file @data is: the one that claims it,
 * or else the one that reads whatever no other claims. It may be
 * unavailable in this build.
 *
 * Returns: (transfer none): the backend
 */
const GolfModelBackendVTable *
_golf_model_backend_for_file (const char *data,
                              gsize       length)
{
  const GolfModelBackendVTable *fallback = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (backends); i++)
    {
      if (backends[i]->claims_file == NULL)
        fallback = backends[i];
      else if (backends[i]->claims_file (data, length))
        return backends[i];
    }
  g_assert (fallback != NULL);
  return fallback;
}

/**
 * golf_distance_model_has_xgboost:
 *
 * Returns: whether this build can train and load XGBoost models
 */
gboolean
golf_distance_model_has_xgboost (void)
{
  return _golf_model_backend_get (GOLF_MODEL_BACKEND_XGBOOST)->available;
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
  return _golf_model_backend_get (GOLF_MODEL_BACKEND_AUTO)->get_name ();
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
  return _golf_model_backend_get (GOLF_MODEL_BACKEND_AUTO)->reason;
}
