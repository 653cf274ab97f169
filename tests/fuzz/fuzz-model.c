/* fuzz-model.c: the readers of the models folder: sidecars, model files (ridge and
 * XGBoost, with the check that guards XGBoost), and what a loaded model predicts
 *
 * Built two ways. For `meson test` its main() replays the seed corpus,
 * each input whole and cut off at many points. With libFuzzer (see
 * README.md), LLVMFuzzerTestOneInput is the entry point and main() is
 * libFuzzer's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "golf-distance-model-private.h"
#include "golf-model-backend-xgboost-private.h"
#include "golf-model-info.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

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

#ifndef GOLF_FUZZ_LIBFUZZER

static guint
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;
      guint n = 0;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += replay (child);
        }
      return n;
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *)contents, length);

  /* Every shorter start of an input too: files cut off anywhere. */
  for (gsize cut = 0; cut < length; cut += 1 + cut / 8)
    LLVMFuzzerTestOneInput ((const uint8_t *)contents, cut);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);

  if (n == 0)
    {
      g_printerr ("fuzz-model: no inputs; give seed files or folders\n");
      return 1;
    }

  g_print ("fuzz-model: replayed %u inputs and their cut-off starts\n", n);
  return 0;
}

#endif
