/* golf-model-info-sidecar.c: the sidecar file of a model: its path, cached reads, writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "golf-model-files-private.h"
#include "golf-model-info-private.h"

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

/* Parsing a sidecar takes a few microseconds; a copy of what an earlier
 * read parsed takes one. Parsed metadata is kept per path with the bytes
 * it was parsed from, and reused only while the file holds exactly those
 * bytes: a file's size, inode and mtime can all come back the same after
 * a rewrite (inode numbers are reused, mtime ticks coarsely). A file read
 * once (most are: golf-lab-cli reads one and exits) only has its bytes
 * noted; the copy is made when it is read again. */
typedef struct
{
  char          *data;
  gsize          length;
  GolfModelInfo *info;   /* NULL until the file is read a second time */
} CacheEntry;

#define CACHE_MAX_ENTRIES 64
#define CACHE_MAX_LENGTH  (64 * 1024)

G_LOCK_DEFINE_STATIC (cache);
static GHashTable *cache;

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_clear_object (&entry->info);
  g_free (entry->data);
  g_free (entry);
}

/* A copy of the metadata parsed from these very bytes, or NULL; *@seen
 * says whether these bytes were read before. */
static GolfModelInfo *
cache_lookup (const char *path,
              const char *data,
              gsize       length,
              gboolean   *seen)
{
  GolfModelInfo *info = NULL;
  CacheEntry *entry;

  *seen = FALSE;
  G_LOCK (cache);
  if (cache != NULL && (entry = g_hash_table_lookup (cache, path)) != NULL &&
      entry->length == length && memcmp (entry->data, data, length) == 0)
    {
      *seen = TRUE;
      if (entry->info != NULL)
        info = _golf_model_info_copy (entry->info);
    }
  G_UNLOCK (cache);
  return info;
}

static void
cache_store (const char    *path,
             char          *data,
             gsize          length,
             GolfModelInfo *info)
{
  CacheEntry *entry = g_new0 (CacheEntry, 1);

  entry->data = data;
  entry->length = length;
  entry->info = info != NULL ? _golf_model_info_copy (info) : NULL;

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
 * Reads a sidecar: a regular file (not a symbolic link) of at most 1 MB.
 *
 * Returns: (transfer full) (nullable): the metadata, or %NULL with
 *   %GOLF_MODEL_ERROR_NOT_FOUND, %GOLF_MODEL_ERROR_PERMISSION_DENIED or
 *   %GOLF_MODEL_ERROR_CORRUPT
 */
GolfModelInfo *
golf_model_info_load_from_file (const char  *sidecar_path,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  gboolean seen;
  GolfModelInfo *self;

  g_return_val_if_fail (sidecar_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = _golf_model_read_file (sidecar_path, GOLF_MODEL_MAX_SIDECAR_SIZE, N_("Model metadata"),
                                &length, error);
  if (data == NULL)
    return NULL;
  if ((self = cache_lookup (sidecar_path, data, length, &seen)) != NULL)
    return self;

  self = golf_model_info_new_from_data (data, length, &local_error);
  if (self == NULL)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("Model metadata %s is malformed: %s"), sidecar_path, local_error->message);
      return NULL;
    }
  if (length <= CACHE_MAX_LENGTH)
    cache_store (sidecar_path, g_steal_pointer (&data), length, seen ? self : NULL);
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
