/* golf-text-reader.c: a file or buffer as UTF-8 text, a chunk at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "golf-import-types.h"
#include "golf-text-reader-private.h"

#define CHUNK_SIZE (64 * 1024)

struct _GolfTextReader
{
  const char       *data;       /* a buffer, or NULL */
  gsize             length;
  int               fd;         /* a file (not ours to close), or -1 */
  guint64           offset;     /* source bytes handed out so far */
  GolfTextEncoding  encoding;
  gboolean          detected;
  char             *raw;
  GString          *converted;
};

/* Windows-1252 bytes 0x80-0x9F; the other high bytes are Latin-1. The
 * five it leaves undefined become U+FFFD. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

GolfTextReader *
_golf_text_reader_new_for_data (const char *data,
                                gsize       length)
{
  GolfTextReader *reader = g_new0 (GolfTextReader, 1);

  reader->data = length > 0 ? data : "";
  reader->length = length;
  reader->fd = -1;

  return reader;
}

/* Reads from @fd, which must stay open while the reader is used. */
GolfTextReader *
_golf_text_reader_new_for_fd (int fd)
{
  GolfTextReader *reader = g_new0 (GolfTextReader, 1);

  reader->fd = fd;
  reader->raw = g_malloc (CHUNK_SIZE);

  return reader;
}

void
_golf_text_reader_free (GolfTextReader *reader)
{
  if (reader == NULL)
    return;

  g_free (reader->raw);
  if (reader->converted != NULL)
    g_string_free (reader->converted, TRUE);
  g_free (reader);
}

static gboolean
fail_read (GError **error)
{
  int saved = errno;

  g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_READ,
               _("The file could not be read: %s"), g_strerror (saved));
  return FALSE;
}

/* Reads up to CHUNK_SIZE raw bytes; 0 at the end, -1 on error. */
static gssize
read_raw (GolfTextReader  *reader,
          const char     **bytes,
          GError         **error)
{
  gssize n;

  if (reader->fd < 0)
    {
      gsize left = reader->length - reader->offset;

      *bytes = reader->data + reader->offset;
      n = MIN (left, (gsize) G_MAXSSIZE);
      reader->offset += n;
      return n;
    }

  do
    n = read (reader->fd, reader->raw, CHUNK_SIZE);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    return fail_read (error) ? 0 : -1;

  *bytes = reader->raw;
  reader->offset += n;
  return n;
}

static gboolean
start_over (GolfTextReader  *reader,
            GError         **error)
{
  reader->offset = 0;
  if (reader->fd >= 0 && lseek (reader->fd, 0, SEEK_SET) != 0)
    return fail_read (error);

  return TRUE;
}

static gboolean
fail_not_text (GError     **error,
               const char  *detail)
{
  g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT,
               _("The file is not text %s; export it again as CSV"), detail);
  return FALSE;
}

/* Whether every byte of the source is valid UTF-8. A sequence cut by a
 * chunk's end is carried over to the next chunk. */
static gboolean
scan_encoding (GolfTextReader  *reader,
               gboolean        *utf8,
               GError         **error)
{
  char buffer[CHUNK_SIZE + 4];
  gsize n_carried = 0;
  gboolean first = TRUE;

  *utf8 = TRUE;

  for (;;)
    {
      const char *bytes, *end;
      gssize n = read_raw (reader, &bytes, error);

      if (n < 0)
        return FALSE;
      if (first && n >= 2 && ((guchar) bytes[0] == 0xFF && (guchar) bytes[1] == 0xFE))
        return fail_not_text (error, _("in UTF-8 (it was saved as UTF-16, “Unicode text”)"));
      if (first && n >= 2 && ((guchar) bytes[0] == 0xFE && (guchar) bytes[1] == 0xFF))
        return fail_not_text (error, _("in UTF-8 (it was saved as UTF-16, “Unicode text”)"));
      first = FALSE;

      if (memchr (bytes, '\0', n) != NULL)
        return fail_not_text (error, _("(it holds nul bytes)"));
      if (n == 0)
        break;

      while (n > 0)
        {
          gsize take = MIN ((gsize) n, CHUNK_SIZE);

          memcpy (buffer + n_carried, bytes, take);
          bytes += take;
          n -= take;
          take += n_carried;

          if (*utf8 && !g_utf8_validate_len (buffer, take, &end))
            {
              gsize left = buffer + take - end;

              /* Possibly a character the next chunk completes. */
              if (left >= 4)
                *utf8 = FALSE;
              else
                {
                  memmove (buffer, end, left);
                  n_carried = left;
                  continue;
                }
            }
          n_carried = 0;
        }
    }

  if (n_carried > 0)
    *utf8 = FALSE;

  return start_over (reader, error);
}

/**
 * _golf_text_reader_detect:
 * @reader: a #GolfTextReader
 * @error: return location for a #GError
 *
 * Reads the whole source once to choose its encoding (then starts over).
 * Called by the first _golf_text_reader_read() if not before.
 *
 * Returns: %FALSE when the source cannot be read or is not text
 *   (%GOLF_IMPORT_ERROR_UNKNOWN_FORMAT)
 */
gboolean
_golf_text_reader_detect (GolfTextReader  *reader,
                          GError         **error)
{
  gboolean utf8;

  if (reader->detected)
    return TRUE;

  if (!scan_encoding (reader, &utf8, error))
    return FALSE;

  reader->encoding = utf8 ? GOLF_TEXT_UTF8 : GOLF_TEXT_WINDOWS_1252;
  reader->detected = TRUE;

  return TRUE;
}

static void
convert_windows_1252 (GString    *out,
                      const char *bytes,
                      gsize       length)
{
  g_string_truncate (out, 0);

  for (gsize i = 0; i < length; i++)
    {
      guchar c = bytes[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xA0)
        g_string_append_unichar (out, windows_1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }
}

/**
 * _golf_text_reader_read:
 * @reader: a #GolfTextReader
 * @chunk: (out) (transfer none): the next piece of text, UTF-8, valid
 *   until the next call; a character may be split between two pieces
 * @error: return location for a #GError
 *
 * Returns: the piece's length in bytes, 0 at the end, -1 on error
 */
gssize
_golf_text_reader_read (GolfTextReader  *reader,
                        const char     **chunk,
                        GError         **error)
{
  gboolean at_start = reader->offset == 0;
  const char *bytes;
  gssize n;

  if (!_golf_text_reader_detect (reader, error))
    return -1;

  n = read_raw (reader, &bytes, error);
  if (n <= 0)
    return n;

  if (at_start && n >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
    {
      bytes += 3;
      n -= 3;
      if (n == 0)
        return _golf_text_reader_read (reader, chunk, error);
    }

  if (reader->encoding == GOLF_TEXT_UTF8)
    {
      *chunk = bytes;
      return n;
    }

  if (reader->converted == NULL)
    reader->converted = g_string_sized_new (2 * CHUNK_SIZE);
  convert_windows_1252 (reader->converted, bytes, n);
  *chunk = reader->converted->str;

  return reader->converted->len;
}

/* Starts handing out the text from its beginning again. */
gboolean
_golf_text_reader_rewind (GolfTextReader  *reader,
                          GError         **error)
{
  return start_over (reader, error);
}

/* How many bytes of the source were read so far, for progress. */
guint64
_golf_text_reader_get_offset (GolfTextReader *reader)
{
  return reader->offset;
}
