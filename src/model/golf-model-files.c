/* golf-model-files.c: atomic writes, and file errors a person can act on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
            hint = _("; the models folder is read-only for you, choose another models folder");
          break;
        case G_FILE_ERROR_NOSPC:
          hint = _("; free some disk space and try again");
          break;
        default:
          break;
        }
    }

  g_set_error (error, GOLF_MODEL_ERROR, code, writing ? _("Cannot write %s: %s%s") : _("Cannot read %s: %s%s"),
               path, file_error->message, hint);
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

static char *
format_size (goffset size)
{
  return g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
}

/**
 * _golf_model_read_file:
 * @path: a model file or sidecar
 * @max_size: the most it may hold, in bytes
 * @what: what it is, for messages ("Model file", "Model metadata")
 * @length: (out): how many bytes were read
 * @error: return location for a #GError
 *
 * Reads a whole file of the models folder. Only a regular file is read,
 * never through a symbolic link (so a link in the folder cannot make
 * Golf Lab read, or make active, whatever it points to) and never a FIFO
 * or device (which could block or never end), and only up to @max_size.
 *
 * Returns: (transfer full) (nullable): the contents, nul-terminated, or
 *   %NULL with %GOLF_MODEL_ERROR_NOT_FOUND, %GOLF_MODEL_ERROR_PERMISSION_DENIED
 *   or %GOLF_MODEL_ERROR_CORRUPT
 */
char *
_golf_model_read_file (const char  *path,
                       gsize        max_size,
                       const char  *what,
                       gsize       *length,
                       GError     **error)
{
  g_autofree char *data = NULL;
  struct stat st;
  gsize done = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autoptr(GError) file_error = NULL;

      if (saved_errno == ELOOP)
        {
          g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED,
                       _("%s %s is a symbolic link; Golf Lab reads only regular files in the "
                       "models folder (remove the link)"), _(what), path);
          return NULL;
        }
      file_error = g_error_new_literal (G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                                        g_strerror (saved_errno));
      _golf_model_set_file_error (error, file_error, path, FALSE);
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED,
                   _("%s %s is not a regular file; Golf Lab reads only regular files in the "
                   "models folder (remove it)"), _(what), path);
      close (fd);
      return NULL;
    }
  if ((guint64)st.st_size > max_size)
    {
      g_autofree char *size = format_size (st.st_size);
      g_autofree char *limit = format_size (max_size);

      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("%s %s is %s, more than Golf Lab ever writes (at most %s); it is not one "
                   "of its files"), _(what), path, size, limit);
      close (fd);
      return NULL;
    }

  /* Asking for one byte more than the size says notices a file that
   * grew; a regular file reads short only at its end. */
  data = g_malloc (st.st_size + 2);
  while (done < (gsize)st.st_size)
    {
      gssize n = read (fd, data + done, st.st_size + 1 - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_autoptr(GError) file_error = g_error_new_literal (G_FILE_ERROR,
                                                              g_file_error_from_errno (saved_errno),
                                                              g_strerror (saved_errno));

          close (fd);
          _golf_model_set_file_error (error, file_error, path, FALSE);
          return NULL;
        }
      if (n == 0)
        break;
      done += n;
    }
  close (fd);

  if (done > (gsize)st.st_size)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("%s %s changed while it was read; try again"), _(what), path);
      return NULL;
    }
  data[done] = '\0';
  *length = done;
  return g_steal_pointer (&data);
}

/**
 * _golf_model_check_json_depth:
 * @data: JSON text
 * @length: its length
 * @error: return location for a #GError
 *
 * Checks that @data nests no deeper than %GOLF_MODEL_MAX_JSON_DEPTH, in
 * one pass that recurses into nothing: the JSON parsers behind it recurse
 * once per level and a crafted file could otherwise exhaust their stack.
 *
 * Returns: %FALSE, with %GOLF_MODEL_ERROR_CORRUPT, when it nests deeper
 */
gboolean
_golf_model_check_json_depth (const char  *data,
                              gsize        length,
                              GError     **error)
{
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      switch (data[i])
        {
        case '"':
          /* Brackets inside strings do not count. */
          for (i++; i < length && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
          break;
        case '[':
        case '{':
          if (++depth > GOLF_MODEL_MAX_JSON_DEPTH)
            {
              g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           "the data is nested more than %d levels deep (at byte %" G_GSIZE_FORMAT ")",
                           GOLF_MODEL_MAX_JSON_DEPTH, i);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return TRUE;
}
