/* golf-model-training-data.c: the shots a training can use, copied into plain arrays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "golf-model-training-data-private.h"

static const char * const default_features[] = {
  "ball_speed",
  "launch_angle",
  "back_spin",
  "club_speed",
  "attack_angle",
  "dynamic_loft",
  NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (default_features) - 1 == GOLF_MODEL_N_DEFAULT_FEATURES);

/* The shot fields of default_features, in the same order. */
static const GolfShotField default_fields[GOLF_MODEL_N_DEFAULT_FEATURES] = {
  GOLF_SHOT_FIELD_BALL_SPEED,
  GOLF_SHOT_FIELD_LAUNCH_ANGLE,
  GOLF_SHOT_FIELD_BACK_SPIN,
  GOLF_SHOT_FIELD_CLUB_SPEED,
  GOLF_SHOT_FIELD_ATTACK_ANGLE,
  GOLF_SHOT_FIELD_DYNAMIC_LOFT,
};

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
  for (guint i = 0; i < GOLF_MODEL_N_DEFAULT_FEATURES; i++)
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

void
_golf_train_data_free (GolfTrainData *data)
{
  g_free (data->x);
  g_free (data->y);
  g_free (data->group);
  g_strfreev (data->group_names);
  g_free (data);
}

/**
 * _golf_train_data_new:
 * @shots: (element-type GolfShot): the shots to learn from
 * @target: what to predict
 * @error: return location for a #GError
 *
 * Copies the usable shots into plain arrays, which training threads can
 * read while the caller changes the shots.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with
 *   %GOLF_MODEL_ERROR_NOT_ENOUGH_DATA
 */
GolfTrainData *
_golf_train_data_new (GPtrArray        *shots,
                      GolfModelTarget   target,
                      GError          **error)
{
  g_autoptr(GolfTrainData) data = g_new0 (GolfTrainData, 1);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_usable = golf_distance_model_count_usable (shots, target);
  guint row = 0;

  data->n_shots = shots->len;
  if (n_usable < GOLF_DISTANCE_MODEL_MIN_SAMPLES)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_ENOUGH_DATA,
                   _("Only %u of %u shots can be used for training (they need a %s distance and "
                   "ball speed, launch angle, back spin, club speed, attack angle and dynamic loft); "
                   "at least %u are needed"),
                   n_usable, shots->len, golf_model_target_to_string (target),
                   GOLF_DISTANCE_MODEL_MIN_SAMPLES);
      return NULL;
    }

  data->n_features = GOLF_MODEL_N_DEFAULT_FEATURES;
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

/**
 * _golf_train_data_describe:
 * @data: rows
 * @ranges: (out caller-allocates): min, mean and max of each column
 * @fingerprint: (out) (transfer full): a checksum of the rows and their sessions
 *
 * Describes the rows for the metadata.
 */
void
_golf_train_data_describe (const GolfTrainData  *data,
                           double              (*ranges)[3],
                           char                **fingerprint)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint n = data->n_features;

  for (guint i = 0; i < n; i++)
    {
      ranges[i][0] = G_MAXDOUBLE;
      ranges[i][1] = 0;
      ranges[i][2] = -G_MAXDOUBLE;
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

          ranges[i][0] = MIN (ranges[i][0], v);
          ranges[i][1] += v;
          ranges[i][2] = MAX (ranges[i][2], v);
        }
    }
  for (guint i = 0; i < n; i++)
    ranges[i][1] /= MAX (data->n_rows, 1);
  *fingerprint = g_strconcat ("sha256:", g_checksum_get_string (checksum), NULL);
}
