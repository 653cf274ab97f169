/* golf-model-files.c: atomic writes, and file errors a person can act on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "golf-model-files-private.h"

/**
 * _golf_model_set_file_error:
 * @error: return location for a #GError
 * @file_error: a #G_FILE_ERROR
 * @path: the file concerned
 * @writing: whether it was being written
 *
 * Turns a file error into a #GOLF_MODEL_ERROR a person can act on.
 */
void
_golf_model_set_file_error (GError       **error,
                            const GError  *file_error,
                            const char    *path,
                            gboolean       writing)
{
  int code = writing ? GOLF_MODEL_ERROR_WRITE_FAILED : GOLF_MODEL_ERROR_CORRUPT;
  const char *hint = "";

  if (file_error->domain == G_FILE_ERROR)
    {
      switch (file_error->code)
        {
        case G_FILE_ERROR_NOENT:
          code = GOLF_MODEL_ERROR_NOT_FOUND;
          break;
        case G_FILE_ERROR_ACCES:
        case G_FILE_ERROR_PERM:
        case G_FILE_ERROR_ROFS:
          code = GOLF_MODEL_ERROR_PERMISSION_DENIED;
          if (writing)
            hint = "; the models folder is read-only for you, choose another models folder";
          break;
        case G_FILE_ERROR_NOSPC:
          hint = "; free some disk space and try again";
          break;
        default:
          break;
        }
    }

  g_set_error (error, GOLF_MODEL_ERROR, code, "Cannot %s %s: %s%s",
               writing ? "write" : "read", path, file_error->message, hint);
}

/**
 * _golf_model_write_file:
 * @path: destination
 * @contents: bytes to write
 * @length: their number
 * @error: return location for a #GError
 *
 * Writes @path atomically (a temporary file renamed over it), so a full
 * disk or a crash leaves either the old file or the new one.
 *
 * Returns: %TRUE on success
 */
gboolean
_golf_model_write_file (const char  *path,
                        const char  *contents,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT,
                                 0644, &local_error))
    {
      _golf_model_set_file_error (error, local_error, path, TRUE);
      return FALSE;
    }
  return TRUE;
}

/**
 * _golf_model_checksum:
 * @data: a model file's contents
 * @length: their length
 *
 * Returns: (transfer full): "sha256:" and the SHA-256 of @data, as the
 *   metadata's "model_checksum" names it
 */
char *
_golf_model_checksum (const char *data,
                      gsize       length)
{
  g_autofree char *hex = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, length);

  return g_strconcat ("sha256:", hex, NULL);
}

/* Writes a model file and then its sidecar, each atomically. Should the
 * sidecar fail, the model file gets its old contents back (or goes, if it
 * is new), so a full disk never leaves a model with another's metadata. */
gboolean
_golf_model_write_with_sidecar (const char  *model_path,
                                const char  *model,
                                gsize        model_length,
                                const char  *metadata,
                                GError     **error)
{
  g_autofree char *sidecar = golf_model_info_sidecar_path (model_path);
  g_autofree char *old = NULL;
  gsize old_length = 0;
  gboolean had_old = g_file_get_contents (model_path, &old, &old_length, NULL);

  if (!_golf_model_write_file (model_path, model, model_length, error))
    return FALSE;
  if (_golf_model_write_file (sidecar, metadata, strlen (metadata), error))
    return TRUE;

  if (had_old)
    _golf_model_write_file (model_path, old, old_length, NULL);
  else
    g_unlink (model_path);
  return FALSE;
}
