/* golf-models-folder.c: the models folder: the active models, their versions and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "golf-distance-model-private.h"
#include "golf-model-files-private.h"
#include "golf-models-folder-private.h"

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
