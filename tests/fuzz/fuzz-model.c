/* fuzz-model.c: the readers of the models folder: sidecars, model files (ridge and
 * XGBoost, with the check that guards XGBoost), and what a loaded model predicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "golf-distance-model-private.h"
#include "golf-fuzz.h"
#include "golf-model-backend-xgboost-private.h"
#include "golf-model-info.h"

/* What a sidecar reader accepts writes back as metadata it reads again
 * the same. */
static void
check_sidecar (const char *text,
               gsize       length)
{
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GolfModelInfo) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  info = golf_model_info_new_from_data (text, length, &error);
  if (info == NULL)
    {
      g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return;
    }
  written = golf_model_info_to_data (info, FALSE);
  again = golf_model_info_new_from_data (written, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golf_model_info_get_version (again), ==, golf_model_info_get_version (info));
  g_assert_cmpuint (golf_model_info_get_n_features (again), ==, golf_model_info_get_n_features (info));
}

/* What the model loader accepts predicts a finite distance, or says why
 * it cannot. */
static void
check_model (const char *text,
             gsize       length)
{
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  GolfPrediction prediction;
  guint n_features;

  /* The structure check runs in every build, XGBoost or not. */
  if (!_golf_model_xgboost_check (text, length, &n_features, &error))
    g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_clear_error (&error);

  model = _golf_distance_model_new_from_data ("The input", text, length, &error);
  if (model == NULL)
    {
      g_assert_nonnull (error);
      g_assert_null (strchr (error->message, '\n'));
      return;
    }

  shot = golf_shot_new ("fuzz", NULL);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 60);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, 14);
  if (golf_distance_model_predict (model, shot, &prediction, &error))
    g_assert_true (isfinite (prediction.value));
  else
    g_assert_nonnull (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* A copy of exactly @size bytes, so that reading past them is caught
   * (never NULL, which g_memdup2() gives for none). */
  g_autofree char *text = malloc (MAX (size, 1));

  g_assert_nonnull (text);
  memcpy (text, data, size);

  check_sidecar (text, size);
  check_model (text, size);
  return 0;
}
