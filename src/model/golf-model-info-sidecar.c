/* golf-model-info-sidecar.c: the sidecar file of a model: its path, cached reads, writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

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
cache_lookup (const char        *path,
              const struct stat *st)
{
  GolfModelInfo *info = NULL;
  CacheEntry *entry;

  G_LOCK (cache);
  if (cache != NULL && (entry = g_hash_table_lookup (cache, path)) != NULL &&
      cache_entry_matches (entry, st))
    info = _golf_model_info_copy (entry->info);
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
  entry->info = _golf_model_info_copy (info);

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
