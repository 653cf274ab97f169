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

#include "golf-distance-model-private.h"
#include "golf-model-files-private.h"

char *_golf_models_folder_resolve_inside (const char  *model_path,
                                          const char  *models_dir,
                                          GError     **error);

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
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND, "The model is empty");
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

static char *
model_to_data (GolfDistanceModel  *self,
               gsize              *length,
               GError            **error)
{
  if (self->fitted == NULL)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND, "The model is empty");
      return NULL;
    }
  return self->backend->save (self->fitted, self->importances, length, error);
}

/* The metadata to save with the model: its own, made to name its columns. */
GolfModelInfo *
_golf_distance_model_ensure_info (GolfDistanceModel *self)
{
  if (self->info == NULL)
    {
      self->info = golf_model_info_new ();
      golf_model_info_set_model_type (self->info, golf_distance_model_get_model_type (self));
      golf_model_info_set_version (self->info, "1.0.0");
      golf_model_info_set_target (self->info, golf_model_target_to_string (self->target));
      golf_model_info_set_app_version (self->info, PACKAGE_VERSION);
    }
  if (!_golf_distance_model_info_names_columns (self))
    golf_model_info_set_features (self->info, (const char * const *)self->features);
  if (golf_model_info_get_importances (self->info) == NULL)
    golf_model_info_set_importances (self->info, self->importances);
  return self->info;
}

/* Serialises the model and, naming the model's checksum, its metadata. */
gboolean
_golf_distance_model_to_files_data (GolfDistanceModel  *self,
                                    char              **model,
                                    gsize              *model_length,
                                    char              **metadata,
                                    GError            **error)
{
  GolfModelInfo *info;
  g_autofree char *checksum = NULL;

  if ((*model = model_to_data (self, model_length, error)) == NULL)
    return FALSE;
  info = _golf_distance_model_ensure_info (self);
  checksum = _golf_model_checksum (*model, *model_length);
  golf_model_info_set_model_checksum (info, checksum);
  *metadata = golf_model_info_to_data (info, TRUE);
  return TRUE;
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

  return _golf_distance_model_to_files_data (self, &model, &length, &metadata, error) &&
         _golf_model_write_with_sidecar (model_path, model, length, metadata, error);
}

/* Reads the model file with the backend it belongs to. */
static gboolean
load_backend (GolfDistanceModel  *self,
              const char         *model_path,
              const char         *data,
              gsize               length,
              guint              *n_model_features,
              GError            **error)
{
  const GolfModelBackendVTable *backend;
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

  backend = _golf_model_backend_for_file (p, length - (p - data));
  if (!backend->available)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
                   "Model file %s needs %s, which this build lacks (%s); train a new model",
                   model_path, backend->title, golf_distance_model_get_backend_reason ());
      return FALSE;
    }
  self->fitted = backend->load (model_path, data, length, n_model_features, &self->importances, error);
  if (self->fitted == NULL)
    return FALSE;
  self->backend = backend;
  return TRUE;
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
  if (expected != NULL && g_strcmp0 (expected, checksum = _golf_model_checksum (data, length)) != 0)
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
      if (_golf_distance_model_set_features (self, golf_model_info_get_features (info)))
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

  if (n_model != GOLF_MODEL_N_DEFAULT_FEATURES)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model %s takes %u inputs and has no metadata naming them; train again",
                   model_path, n_model);
      return FALSE;
    }
  _golf_distance_model_set_features (self, golf_distance_model_get_default_features ());
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
  if ((real_path = _golf_models_folder_resolve_inside (model_path, models_dir, error)) == NULL)
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

/* A models folder holds the active model of each target
 * (`carry-model.json` + `carry-model.metadata.json`) and a `history/`
 * folder with every version (`history/carry-model-1.2.0.json` ...).
 * Versions are MAJOR.MINOR.PATCH. */

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

  version = next_version (versions, _golf_distance_model_ensure_info (self));
  golf_model_info_set_version (self->info, version);
  if (!_golf_distance_model_to_files_data (self, &model, &length, &metadata, error))
    return NULL;

  history_path = build_history_path (models_dir, self->target, version);
  active_path = golf_distance_model_build_active_path (models_dir, self->target);
  if (!_golf_model_write_with_sidecar (history_path, model, length, metadata, error))
    return NULL;
  if (!_golf_model_write_with_sidecar (active_path, model, length, metadata, error))
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
  return _golf_model_write_with_sidecar (active_path, model, model_length, metadata, error);
}

/* Returns the real path of @model_path if it lies inside @models_dir once
 * symbolic links and ".." are resolved. */
char *
_golf_models_folder_resolve_inside (const char  *model_path,
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
