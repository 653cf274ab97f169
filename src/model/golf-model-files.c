/* golf-model-files.c: atomic writes, and file errors a person can act on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

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
