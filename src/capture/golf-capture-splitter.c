/* golf-capture-splitter.c
 *
 * Connectors send JSON objects back to back with no delimiter: one read may
 * hold several, or part of one. The splitter scans bytes once, keeping its
 * place between reads, and counts braces and brackets outside strings to
 * find where each top-level object ends. It judges only the framing (size,
 * depth, what stands between objects); the parser judges the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include <string.h>

#include "golf-capture-error.h"
#include "golf-capture-splitter.h"

struct _GolfCaptureSplitter
{
  GByteArray *buffer;
  gsize       max_size;
  guint       max_depth;
  gsize       start;      /* first byte of the object being scanned */
  gsize       scan;       /* next byte to look at */
  gsize       consumed;   /* bytes handed out or skipped, dropped on the next push */
  guint       depth;      /* 0 between objects */
  guint64     kinds;      /* bit n set: level n + 1 is an object, else an array */
  gboolean    in_string;
  gboolean    escaped;
  GError     *failure;    /* once set, the stream is beyond repair */
};

/**
 * golf_capture_splitter_new:
 * @max_size: the most bytes one object may take
 * @max_depth: the deepest nesting of objects and arrays allowed, at most 64
 *
 * Returns: (transfer full): a splitter with nothing pushed yet
 */
GolfCaptureSplitter *
golf_capture_splitter_new (gsize max_size,
                           guint max_depth)
{
  GolfCaptureSplitter *self = g_new0 (GolfCaptureSplitter, 1);

  g_return_val_if_fail (max_size > 1, NULL);
  g_return_val_if_fail (max_depth > 0 && max_depth <= 64, NULL);

  self->buffer = g_byte_array_new ();
  self->max_size = max_size;
  self->max_depth = max_depth;

  return self;
}

/**
 * golf_capture_splitter_free:
 * @self: (nullable): a #GolfCaptureSplitter
 */
void
golf_capture_splitter_free (GolfCaptureSplitter *self)
{
  if (self == NULL)
    return;

  g_byte_array_unref (self->buffer);
  g_clear_error (&self->failure);
  g_free (self);
}

/* Drops what was handed out, so the buffer holds at most one unfinished
 * object plus what the caller pushes next. */
static void
compact (GolfCaptureSplitter *self)
{
  gsize keep_from = self->consumed;

  if (keep_from == 0)
    return;

  /* Inside an object, consumed never passes its start. */
  g_byte_array_remove_range (self->buffer, 0, keep_from);
  self->start -= MIN (self->start, keep_from);
  self->scan -= keep_from;
  self->consumed = 0;
}

/**
 * golf_capture_splitter_push:
 * @self: a #GolfCaptureSplitter
 * @data: (array length=length): bytes as they came from the socket
 * @length: how many
 *
 * Adds bytes; call golf_capture_splitter_next() until it hands out no more
 * objects. Objects handed out before are no longer valid.
 */
void
golf_capture_splitter_push (GolfCaptureSplitter *self,
                            const char          *data,
                            gsize                length)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (data != NULL || length == 0);

  if (self->failure != NULL)
    return;

  compact (self);
  g_byte_array_append (self->buffer, (const guint8 *) data, length);
}

static gboolean
fail (GolfCaptureSplitter  *self,
      GError              **error,
      GolfCaptureError      code,
      const char           *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GolfCaptureSplitter  *self,
      GError              **error,
      GolfCaptureError      code,
      const char           *format,
      ...)
{
  va_list args;

  va_start (args, format);
  self->failure = g_error_new_valist (GOLF_CAPTURE_ERROR, code, format, args);
  va_end (args);

  /* Nothing more is read from a broken stream; free what it held. */
  g_byte_array_set_size (self->buffer, 0);
  self->start = self->scan = self->consumed = 0;

  g_propagate_error (error, g_error_copy (self->failure));
  return FALSE;
}

static gboolean
fail_stray_byte (GolfCaptureSplitter  *self,
                 guchar                c,
                 GError              **error)
{
  if (c >= 0x20 && c < 0x7F)
    return fail (self, error, GOLF_CAPTURE_ERROR_MALFORMED,
                 "Expected a JSON object (“{”) but found “%c”; "
                 "the connector does not speak GSPro Open Connect v1", c);

  return fail (self, error, GOLF_CAPTURE_ERROR_MALFORMED,
               "Expected a JSON object (“{”) but found byte 0x%02X; "
               "the connector does not speak GSPro Open Connect v1", c);
}

/* Looks at one byte inside an object; returns FALSE on a framing error. */
static inline gboolean
scan_byte (GolfCaptureSplitter  *self,
           guchar                c,
           GError              **error)
{
  if (self->in_string)
    {
      if (self->escaped)
        self->escaped = FALSE;
      else if (c == '\\')
        self->escaped = TRUE;
      else if (c == '"')
        self->in_string = FALSE;
      return TRUE;
    }

  switch (c)
    {
    case '"':
      self->in_string = TRUE;
      break;
    case '{':
    case '[':
      if (self->depth >= self->max_depth)
        return fail (self, error, GOLF_CAPTURE_ERROR_TOO_DEEP,
                     "A message nests more than %u levels deep; no shot does, "
                     "so it was refused", self->max_depth);
      if (c == '{')
        self->kinds |= G_GUINT64_CONSTANT (1) << self->depth;
      else
        self->kinds &= ~(G_GUINT64_CONSTANT (1) << self->depth);
      self->depth++;
      break;
    case '}':
    case ']':
      self->depth--;
      if ((gboolean) ((self->kinds >> self->depth) & 1) != (c == '}'))
        return fail (self, error, GOLF_CAPTURE_ERROR_MALFORMED,
                     "A message closes with “%c” what it opened with “%c”; it is not JSON",
                     c, c == '}' ? '[' : '{');
      break;
    default:
      break;
    }

  return TRUE;
}

/**
 * golf_capture_splitter_next:
 * @self: a #GolfCaptureSplitter
 * @object: (out) (transfer none) (nullable): the next whole object, or
 *   %NULL when more bytes are needed; valid until the next call
 * @length: (out): its length in bytes
 * @error: return location for a #GError
 *
 * Finds the next top-level object. Whitespace between objects is skipped;
 * anything else there, an object larger than the maximum size or nested
 * deeper than the maximum depth breaks the stream for good.
 *
 * Returns: %FALSE when the stream is broken
 */
gboolean
golf_capture_splitter_next (GolfCaptureSplitter  *self,
                            const char          **object,
                            gsize                *length,
                            GError              **error)
{
  const guint8 *data;
  gsize end;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (object != NULL && length != NULL, FALSE);

  *object = NULL;
  *length = 0;

  if (self->failure != NULL)
    {
      g_propagate_error (error, g_error_copy (self->failure));
      return FALSE;
    }

  data = self->buffer->data;
  end = self->buffer->len;

  while (self->scan < end)
    {
      guchar c = data[self->scan];

      if (self->depth == 0)
        {
          self->scan++;
          if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            {
              self->consumed = self->scan;
              continue;
            }
          if (c != '{')
            return fail_stray_byte (self, c, error);

          self->start = self->scan - 1;
          self->depth = 1;
          self->kinds = 1;
          continue;
        }

      if (self->scan - self->start >= self->max_size)
        return fail (self, error, GOLF_CAPTURE_ERROR_TOO_LARGE,
                     "A message is larger than %" G_GSIZE_FORMAT " KB; no shot is, "
                     "so it was refused", self->max_size / 1024);

      if (!scan_byte (self, c, error))
        return FALSE;
      self->scan++;

      if (self->depth == 0)
        {
          *object = (const char *) data + self->start;
          *length = self->scan - self->start;
          self->consumed = self->scan;
          return TRUE;
        }
    }

  return TRUE;
}

/**
 * golf_capture_splitter_get_pending:
 * @self: a #GolfCaptureSplitter
 *
 * Returns: how many bytes of an unfinished object are held (0 between
 *   objects)
 */
gsize
golf_capture_splitter_get_pending (GolfCaptureSplitter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->depth > 0 ? self->buffer->len - self->start : 0;
}
