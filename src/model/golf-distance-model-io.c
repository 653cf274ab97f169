/* golf-distance-model-io.c: saving and loading a model file with its metadata sidecar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "golf-distance-model-private.h"
#include "golf-model-files-private.h"
#include "golf-models-folder-private.h"

static char *
model_to_data (GolfDistanceModel  *self,
               gsize              *length,
               GError            **error)
{
  if (self->fitted == NULL)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
                           _("This model was never trained or loaded; train one with “golf-lab-cli train”"));
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
  g_autoptr(GError) local_error = NULL;
  const char *p = data;

  while (p < data + length && g_ascii_isspace (*p))
    p++;
  if (p >= data + length || *p != '{')
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("Model file %s is not a Golf Lab model (not JSON); train again or "
                   "restore a version with use-model"), model_path);
      return FALSE;
    }
  if (!_golf_model_check_json_depth (p, length - (p - data), &local_error))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("Model file %s is not a Golf Lab model (%s); train again or restore a "
                   "version with use-model"), model_path, local_error->message);
      return FALSE;
    }

  backend = _golf_model_backend_for_file (p, length - (p - data));
  if (!backend->available)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
                   _("Model file %s needs %s, which this build lacks (%s); train a new model"),
                   model_path, backend->title, golf_distance_model_get_backend_reason ());
      return FALSE;
    }
  /* From the opening brace: XGBoost tells JSON from its binary format by
   * the first byte. */
  self->fitted = backend->load (model_path, p, length - (p - data), n_model_features,
                                &self->importances, error);
  if (self->fitted == NULL)
    return FALSE;
  self->backend = backend;
  return TRUE;
}

/* Reads the sidecar of @model_path; NULL when there is none. A sidecar
 * naming another model file's checksum is refused unless @flags accept a
 * changed model file. */
static gboolean
load_metadata (const char          *model_path,
               const char          *data,
               gsize                length,
               guint                n_model,
               GolfModelLoadFlags   flags,
               GolfModelInfo      **out,
               GError             **error)
{
  g_autoptr(GolfModelInfo) info = golf_model_info_load_for_model (model_path, NULL);
  g_autofree char *checksum = NULL;
  const char *expected;
  guint n_meta;

  *out = NULL;
  if (info == NULL)
    {
      g_warning ("No usable metadata next to model %s; using the default feature names", model_path);
      return TRUE;
    }

  expected = golf_model_info_get_model_checksum (info);
  if (expected != NULL && g_strcmp0 (expected, checksum = _golf_model_checksum (data, length)) != 0)
    {
      if (!(flags & GOLF_MODEL_LOAD_ACCEPT_MODIFIED))
        {
          g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                       _("Model file %s does not match the checksum its metadata names: it was "
                       "changed after training. Train again or make a saved version active with "
                       "use-model"), model_path);
          return FALSE;
        }
      g_warning ("Using model %s although it was changed after training (its checksum does not "
                 "match its metadata), as asked", model_path);
    }

  n_meta = golf_model_info_get_n_features (info);
  if (n_meta != n_model)
    g_warning ("Feature count mismatch - model expects %u, metadata has %u", n_model, n_meta);
  *out = g_steal_pointer (&info);
  return TRUE;
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
                   _("Model %s takes %u inputs and has no metadata naming them; train again"),
                   model_path, n_model);
      return FALSE;
    }
  _golf_distance_model_set_features (self, golf_distance_model_get_default_features ());
  return TRUE;
}

/**
 * _golf_distance_model_new_from_data:
 * @name: what the data is, for messages
 * @data: a model file's contents
 * @length: their length
 * @error: return location for a #GError
 *
 * Reads a model from memory, without metadata: its inputs are the
 * default ones when it takes as many. For the fuzz target, which feeds it
 * what a model file could hold.
 *
 * Returns: (transfer full) (nullable): the model
 */
GolfDistanceModel *
_golf_distance_model_new_from_data (const char  *name,
                                    const char  *data,
                                    gsize        length,
                                    GError     **error)
{
  g_autoptr(GolfDistanceModel) self = g_object_new (GOLF_TYPE_DISTANCE_MODEL, NULL);
  guint n_model = 0;

  if (length > GOLF_MODEL_MAX_FILE_SIZE)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT, _("%s is too large"), name);
      return NULL;
    }
  if (!load_backend (self, name, data, length, &n_model, error) ||
      !adopt_metadata (self, name, NULL, n_model, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * golf_distance_model_load_with_flags:
 * @model_path: a model file
 * @models_dir: (nullable): the models folder @model_path must lie in
 *   (after following symbolic links), or %NULL for the default one
 * @flags: #GolfModelLoadFlags
 * @error: return location for a #GError
 *
 * Loads a model and its metadata. A missing file is
 * %GOLF_MODEL_ERROR_NOT_FOUND; a path outside @models_dir, a symbolic
 * link or anything but a regular file %GOLF_MODEL_ERROR_PERMISSION_DENIED;
 * a damaged file, one of more than 64 MB, one nested deeper than 64
 * levels, an XGBoost model whose structure is unsafe to walk, and a file
 * that does not match the checksum its metadata names (unless @flags has
 * %GOLF_MODEL_LOAD_ACCEPT_MODIFIED) %GOLF_MODEL_ERROR_CORRUPT. Missing or
 * unreadable metadata is not an error: a warning is logged and the
 * default feature names are used.
 *
 * Returns: (transfer full) (nullable): the model
 */
GolfDistanceModel *
golf_distance_model_load_with_flags (const char          *model_path,
                                     const char          *models_dir,
                                     GolfModelLoadFlags   flags,
                                     GError             **error)
{
  g_autoptr(GolfDistanceModel) self = NULL;
  g_autoptr(GolfModelInfo) info = NULL;
  g_autofree char *default_dir = NULL;
  g_autofree char *real_path = NULL;
  g_autofree char *data = NULL;
  gsize length;
  guint n_model = 0;

  g_return_val_if_fail (model_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (models_dir == NULL)
    models_dir = default_dir = golf_distance_model_dup_default_models_dir ();
  if ((real_path = _golf_models_folder_resolve_inside (model_path, models_dir, error)) == NULL)
    return NULL;

  /* The path as given, not followed: a link is refused, whatever it
   * points to. */
  data = _golf_model_read_file (model_path, GOLF_MODEL_MAX_FILE_SIZE, N_("Model file"), &length, error);
  if (data == NULL)
    return NULL;

  self = g_object_new (GOLF_TYPE_DISTANCE_MODEL, NULL);
  if (!load_backend (self, model_path, data, length, &n_model, error))
    return NULL;
  if (!load_metadata (model_path, data, length, n_model, flags, &info, error))
    return NULL;
  if (!adopt_metadata (self, model_path, info, n_model, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * golf_distance_model_load:
 * @model_path: a model file
 * @models_dir: (nullable): the models folder @model_path must lie in, or
 *   %NULL for the default one
 * @error: return location for a #GError
 *
 * Loads a model and its metadata, refusing a model file changed since
 * it was trained: golf_distance_model_load_with_flags() with no flags.
 *
 * Returns: (transfer full) (nullable): the model
 */
GolfDistanceModel *
golf_distance_model_load (const char  *model_path,
                          const char  *models_dir,
                          GError     **error)
{
  return golf_distance_model_load_with_flags (model_path, models_dir, GOLF_MODEL_LOAD_NONE, error);
}
