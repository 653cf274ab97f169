/* golf-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-json"

#include <float.h>
#include <math.h>
#include <string.h>

#include "golf-json-reader-private.h"

/* Deeper than any report; keeps hostile input from exhausting the stack. */
#define MAX_DEPTH 256

/* A number this long is no measurement; refuse it rather than allocate. */
#define MAX_NUMBER_LENGTH 512

static const double exact_powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

#if LDBL_MANT_DIG >= 64
/* 5^27 < 2^64: each is exact in a 64-bit mantissa. */
static const long double exact_long_powers_of_ten[] = {
  1e0L, 1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L, 1e7L, 1e8L, 1e9L, 1e10L, 1e11L, 1e12L, 1e13L,
  1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L, 1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L,
  1e26L, 1e27L,
};
#endif

void
_golf_json_reader_init (GolfJsonReader *reader,
                        const char     *data,
                        gsize           length)
{
  reader->data = data;
  reader->pos = data;
  reader->end = data + length;
  reader->scratch = NULL;
  reader->depth = 0;

  /* A byte order mark is allowed at the start and means nothing. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader->pos += 3;
}

void
_golf_json_reader_clear (GolfJsonReader *reader)
{
  if (reader->scratch != NULL)
    g_string_free (reader->scratch, TRUE);
  reader->scratch = NULL;
}

static void
locate (const char *data,
        const char *where,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;

  for (const char *p = data; p < where; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        {
          /* Count characters, not the continuation bytes of UTF-8. */
          (*column)++;
        }
    }
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (GolfJsonReader  *reader,
      const char      *where,
      GError         **error,
      const char      *format,
      ...)
{
  g_autofree char *what = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  locate (reader->data, where, &line, &column);
  g_set_error (error, GOLF_JSON_READER_ERROR, GOLF_JSON_READER_ERROR_SYNTAX,
               "%s at line %u, column %u (byte %" G_GSIZE_FORMAT ")",
               what, line, column, (gsize) (where - reader->data));
  return FALSE;
}

static gboolean
fail_unexpected (GolfJsonReader  *reader,
                 GError         **error,
                 const char      *expected)
{
  guchar c;

  if (reader->pos >= reader->end)
    return fail (reader, reader->pos, error,
                 "the data ends too early (the file may be cut off)");

  c = (guchar) *reader->pos;
  if (c >= 0x20 && c < 0x7F)
    return fail (reader, reader->pos, error, "unexpected “%c” where %s was expected", c, expected);
  else
    return fail (reader, reader->pos, error, "unexpected byte 0x%02X where %s was expected", c, expected);
}

static inline void
skip_whitespace (GolfJsonReader *reader)
{
  const char *p = reader->pos;

  while (p < reader->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  reader->pos = p;
}

/**
 * _golf_json_reader_peek:
 * @reader: a #GolfJsonReader
 *
 * Skips white space and tells what the next value is, without reading it.
 *
 * Returns: the type the next value's first byte announces
 */
GolfJsonType
_golf_json_reader_peek (GolfJsonReader *reader)
{
  skip_whitespace (reader);

  if (reader->pos >= reader->end)
    return GOLF_JSON_END;

  switch (*reader->pos)
    {
    case '{':
      return GOLF_JSON_OBJECT;
    case '[':
      return GOLF_JSON_ARRAY;
    case '"':
      return GOLF_JSON_STRING;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return GOLF_JSON_NUMBER;
    case 't':
      return GOLF_JSON_TRUE;
    case 'f':
      return GOLF_JSON_FALSE;
    case 'n':
      return GOLF_JSON_NULL;
    default:
      return GOLF_JSON_INVALID;
    }
}

static gboolean
enter (GolfJsonReader  *reader,
       char             open,
       const char      *expected,
       GError         **error)
{
  skip_whitespace (reader);
  if (reader->pos >= reader->end || *reader->pos != open)
    return fail_unexpected (reader, error, expected);
  if (reader->depth >= MAX_DEPTH)
    return fail (reader, reader->pos, error, "the data is nested more than %d levels deep", MAX_DEPTH);

  reader->depth++;
  reader->pos++;
  return TRUE;
}

/* After a member or element: a comma, or the closing bracket. */
static gboolean
separate (GolfJsonReader  *reader,
          guint            n_read,
          char             close,
          const char      *expected,
          gboolean        *has_next,
          GError         **error)
{
  skip_whitespace (reader);

  if (reader->pos < reader->end && *reader->pos == close)
    {
      reader->pos++;
      reader->depth--;
      *has_next = FALSE;
      return TRUE;
    }

  if (n_read > 0)
    {
      if (reader->pos >= reader->end || *reader->pos != ',')
        return fail_unexpected (reader, error, expected);
      reader->pos++;
      skip_whitespace (reader);
      if (reader->pos < reader->end && *reader->pos == close)
        return fail (reader, reader->pos, error, "a “,” is followed by “%c” (a trailing comma)", close);
    }

  *has_next = TRUE;
  return TRUE;
}

/**
 * _golf_json_reader_array_next:
 * @reader: a #GolfJsonReader
 * @n_read: how many elements of this array were read so far; 0 enters it
 * @has_next: (out): %TRUE when an element follows, %FALSE at the array's end
 * @error: return location for a #GError
 *
 * Moves to the next element of an array (consuming the `[` first when
 * @n_read is 0, the `,` or `]` otherwise). The caller then reads the
 * element with one of the read functions or _golf_json_reader_skip().
 *
 * Returns: %FALSE on a syntax error
 */
gboolean
_golf_json_reader_array_next (GolfJsonReader  *reader,
                              guint            n_read,
                              gboolean        *has_next,
                              GError         **error)
{
  if (n_read == 0 && !enter (reader, '[', "“[”", error))
    return FALSE;

  return separate (reader, n_read, ']', "“,” or “]”", has_next, error);
}

/**
 * _golf_json_reader_object_next:
 * @reader: a #GolfJsonReader
 * @n_read: how many members of this object were read so far; 0 enters it
 * @key: (out): the next member's name, or %NULL at the object's end
 * @key_length: (out): its length in bytes
 * @error: return location for a #GError
 *
 * Moves to the next member of an object and reads its name and the `:`.
 * The caller then reads the member's value.
 *
 * Returns: %FALSE on a syntax error
 */
gboolean
_golf_json_reader_object_next (GolfJsonReader  *reader,
                               guint            n_read,
                               const char     **key,
                               gsize           *key_length,
                               GError         **error)
{
  gboolean has_next;

  *key = NULL;
  *key_length = 0;

  if (n_read == 0 && !enter (reader, '{', "“{”", error))
    return FALSE;
  if (!separate (reader, n_read, '}', "“,” or “}”", &has_next, error))
    return FALSE;
  if (!has_next)
    return TRUE;

  if (reader->pos >= reader->end || *reader->pos != '"')
    return fail_unexpected (reader, error, "a member name in double quotes");
  if (!_golf_json_reader_read_string (reader, key, key_length, error))
    return FALSE;

  skip_whitespace (reader);
  if (reader->pos >= reader->end || *reader->pos != ':')
    return fail_unexpected (reader, error, "“:”");
  reader->pos++;

  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after `\u` at @p; -1 when they are not. */
static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Decodes one escape at reader->pos (the backslash) into the scratch buffer. */
static gboolean
decode_escape (GolfJsonReader  *reader,
               GError         **error)
{
  const char *p = reader->pos + 1;
  gunichar c;
  int unit;

  if (p >= reader->end)
    return fail (reader, p, error, "the data ends too early (the file may be cut off)");

  switch (*p)
    {
    case '"':  g_string_append_c (reader->scratch, '"');  break;
    case '\\': g_string_append_c (reader->scratch, '\\'); break;
    case '/':  g_string_append_c (reader->scratch, '/');  break;
    case 'b':  g_string_append_c (reader->scratch, '\b'); break;
    case 'f':  g_string_append_c (reader->scratch, '\f'); break;
    case 'n':  g_string_append_c (reader->scratch, '\n'); break;
    case 'r':  g_string_append_c (reader->scratch, '\r'); break;
    case 't':  g_string_append_c (reader->scratch, '\t'); break;
    case 'u':
      unit = read_hex4 (p + 1, reader->end);
      if (unit < 0)
        return fail (reader, reader->pos, error, "“\\u” is not followed by four hex digits");
      p += 4;
      c = unit;

      if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          int low = -1;

          /* A high surrogate needs its low half in a second escape. */
          if (reader->end - p > 2 && p[1] == '\\' && p[2] == 'u')
            low = read_hex4 (p + 3, reader->end);
          if (low >= 0xDC00 && low <= 0xDFFF)
            {
              c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          else
            c = 0xFFFD;
        }
      else if (unit >= 0xDC00 && unit <= 0xDFFF)
        c = 0xFFFD;

      g_string_append_unichar (reader->scratch, c);
      break;
    default:
      if ((guchar) *p >= 0x20 && (guchar) *p < 0x7F)
        return fail (reader, reader->pos, error, "“\\%c” is not a JSON escape", *p);
      return fail (reader, reader->pos, error, "a backslash is followed by byte 0x%02X", (guchar) *p);
    }

  reader->pos = p + 1;
  return TRUE;
}

/* Scans plain string bytes from reader->pos up to a quote or backslash. */
static gboolean
scan_plain (GolfJsonReader  *reader,
            gboolean        *non_ascii,
            GError         **error)
{
  const guchar *p = (const guchar *) reader->pos;
  const guchar *end = (const guchar *) reader->end;

  for (; p < end; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        break;
      if (c < 0x20)
        {
          reader->pos = (const char *) p;
          return fail (reader, reader->pos, error,
                       "a control character (0x%02X) inside a string; it must be escaped", c);
        }
      if (c >= 0x80)
        *non_ascii = TRUE;
    }

  reader->pos = (const char *) p;
  if (p >= end)
    return fail (reader, reader->pos, error, "the data ends too early (the file may be cut off)");

  return TRUE;
}

/**
 * _golf_json_reader_read_string:
 * @reader: a #GolfJsonReader
 * @str: (out) (transfer none): the string's bytes, valid UTF-8, not
 *   nul-terminated; valid until the next string is read
 * @length: (out): its length in bytes
 * @error: return location for a #GError
 *
 * Returns: %FALSE when the next value is not a well-formed string
 */
gboolean
_golf_json_reader_read_string (GolfJsonReader  *reader,
                               const char     **str,
                               gsize           *length,
                               GError         **error)
{
  const char *start;
  gboolean non_ascii = FALSE;

  skip_whitespace (reader);
  if (reader->pos >= reader->end || *reader->pos != '"')
    return fail_unexpected (reader, error, "a string");

  start = ++reader->pos;
  if (!scan_plain (reader, &non_ascii, error))
    return FALSE;

  if (*reader->pos == '"')
    {
      *str = start;
      *length = reader->pos - start;
    }
  else
    {
      /* Escapes: decode into the scratch buffer. */
      if (reader->scratch == NULL)
        reader->scratch = g_string_sized_new (64);
      g_string_truncate (reader->scratch, 0);
      g_string_append_len (reader->scratch, start, reader->pos - start);

      while (*reader->pos == '\\')
        {
          const char *run;

          if (!decode_escape (reader, error))
            return FALSE;
          run = reader->pos;
          if (!scan_plain (reader, &non_ascii, error))
            return FALSE;
          g_string_append_len (reader->scratch, run, reader->pos - run);
        }

      *str = reader->scratch->str;
      *length = reader->scratch->len;
    }

  if (non_ascii && !g_utf8_validate_len (start, reader->pos - start, NULL))
    {
      const char *bad = NULL;

      g_utf8_validate_len (start, reader->pos - start, &bad);
      return fail (reader, bad, error, "the text is not UTF-8 (save the file as UTF-8)");
    }

  reader->pos++;
  return TRUE;
}

static inline gboolean
is_digit (const char *p,
          const char *end)
{
  return p < end && *p >= '0' && *p <= '9';
}

/* A number as written: up to 19 significant digits, scaled by a power of
 * ten. @exact is FALSE when digits had to be dropped. */
typedef struct
{
  guint64  mantissa;
  guint    n_digits;
  int      exponent;
  gboolean negative;
  gboolean exact;
} NumberParts;

static inline void
add_digit (NumberParts *parts,
           char         digit,
           gboolean     fraction)
{
  if (parts->mantissa == 0 && digit == '0')
    {
      /* A leading zero counts for nothing, except as a decimal place. */
      if (fraction)
        parts->exponent--;
    }
  else if (parts->n_digits < 19)
    {
      parts->mantissa = parts->mantissa * 10 + (digit - '0');
      parts->n_digits++;
      if (fraction)
        parts->exponent--;
    }
  else
    {
      if (!fraction)
        parts->exponent++;
      if (digit != '0' || !fraction)
        parts->exact = FALSE;
    }
}

/* Scans the JSON number grammar from @p, looking no further than @end.
 * @stop is set where the scan stopped: after the number, or at the byte
 * that broke it off (a lone "-", "1.", "1e").
 * Returns: whether a whole number was read */
static gboolean
scan_parts (const char   *p,
            const char   *end,
            NumberParts  *parts,
            const char  **stop)
{
  gboolean valid = FALSE;

  memset (parts, 0, sizeof *parts);
  parts->exact = TRUE;

  if (p < end && *p == '-')
    {
      parts->negative = TRUE;
      p++;
    }

  if (p < end && *p == '0')
    p++;
  else if (is_digit (p, end))
    for (; is_digit (p, end); p++)
      add_digit (parts, *p, FALSE);
  else
    goto out;

  if (p < end && *p == '.')
    {
      if (!is_digit (++p, end))
        goto out;
      for (; is_digit (p, end); p++)
        add_digit (parts, *p, TRUE);
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gboolean negative = FALSE;
      int written = 0;

      p++;
      if (p < end && (*p == '+' || *p == '-'))
        negative = (*p++ == '-');
      if (!is_digit (p, end))
        goto out;
      for (; is_digit (p, end); p++)
        if (written < 100000)
          written = written * 10 + (*p - '0');
      parts->exponent += negative ? -written : written;
    }

  valid = TRUE;

out:
  *stop = p;
  return valid;
}

/* Scans the JSON number grammar at reader->pos, leaving it after the number.
 * It looks no further than MAX_NUMBER_LENGTH + 1 bytes, so the digit and
 * exponent counts stay small whatever the input. */
static gboolean
scan_number (GolfJsonReader  *reader,
             NumberParts     *parts,
             GError         **error)
{
  const char *start = reader->pos, *end = reader->end, *p;
  gboolean valid;

  if ((gsize) (end - start) > MAX_NUMBER_LENGTH)
    end = start + MAX_NUMBER_LENGTH + 1;

  valid = scan_parts (start, end, parts, &p);
  if (p - start > MAX_NUMBER_LENGTH)
    return fail (reader, start, error, "a number of more than %d characters", MAX_NUMBER_LENGTH);

  reader->pos = p;
  return valid || fail_unexpected (reader, error, "a digit");
}

/* Correctly rounded, like strtod. */
static double
convert_number (const NumberParts *parts,
                const char        *lexeme,
                gsize              length)
{
  char buffer[MAX_NUMBER_LENGTH + 1];
  double value;

  g_assert (length <= MAX_NUMBER_LENGTH);

  /* Both the mantissa and the power of ten are exact doubles, so one
   * multiplication or division rounds correctly (Clinger's fast path). */
  if (parts->exact && parts->mantissa <= (G_GUINT64_CONSTANT (1) << 53)
      && parts->exponent >= -22 && parts->exponent <= 22)
    {
      value = (double) parts->mantissa;
      if (parts->exponent < 0)
        value /= exact_powers_of_ten[-parts->exponent];
      else
        value *= exact_powers_of_ten[parts->exponent];

      return parts->negative ? -value : value;
    }

#if LDBL_MANT_DIG >= 64
  /* The same with long doubles, for the 17 digits a double often needs:
   * one operation rounds correctly to 64 bits, and rounding that to a
   * double is correct too unless it lies exactly halfway between two
   * doubles, which strtod decides. */
  if (parts->exact && parts->exponent >= -27 && parts->exponent <= 27)
    {
      long double exact = (long double) parts->mantissa;
      long double back;

      if (parts->exponent < 0)
        exact /= exact_long_powers_of_ten[-parts->exponent];
      else
        exact *= exact_long_powers_of_ten[parts->exponent];
      value = (double) exact;
      back = value;
      if (back == exact ||
          (back + (long double) nextafter (value, back < exact ? INFINITY : -INFINITY)) / 2 != exact)
        return parts->negative ? -value : value;
    }
#endif

  memcpy (buffer, lexeme, length);
  buffer[length] = '\0';

  return g_ascii_strtod (buffer, NULL);
}

/**
 * _golf_number_from_text:
 * @str: (array length=length): a number written as text
 * @length: its length in bytes
 *
 * Reads numbers as exports write them in text: " 38.5 ", "-3", "+1.5",
 * ".5", "6.", "1E-7". Correctly rounded, like strtod, but without its
 * locale and much faster for the usual short decimals.
 *
 * Returns: the number, or NAN for anything else ("n/a", "NaN", "inf",
 *   "0x1A", "1,5", "12abc", "" and numbers of more than 512 characters)
 */
double
_golf_number_from_text (const char *str,
                        gsize       length)
{
  char buffer[MAX_NUMBER_LENGTH + 1];
  gboolean has_digit = FALSE;
  NumberParts parts;
  const char *stop;
  char *end;
  double value;

  while (length > 0 && g_ascii_isspace (*str))
    {
      str++;
      length--;
    }
  while (length > 0 && g_ascii_isspace (str[length - 1]))
    length--;
  if (length == 0 || length > MAX_NUMBER_LENGTH)
    return NAN;

  if (scan_parts (str, str + length, &parts, &stop) && stop == str + length)
    return convert_number (&parts, str, length);

  /* The forms JSON does not allow: a "+", no digit before or after the point. */
  for (gsize i = 0; i < length; i++)
    {
      char c = str[i];

      if (g_ascii_isdigit (c))
        has_digit = TRUE;
      else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E')
        return NAN;
    }
  if (!has_digit)
    return NAN;

  memcpy (buffer, str, length);
  buffer[length] = '\0';
  value = g_ascii_strtod (buffer, &end);

  return end == buffer + length ? value : NAN;
}

/**
 * _golf_json_reader_read_number:
 * @reader: a #GolfJsonReader
 * @value: (out): the number, correctly rounded; ±infinity when out of range
 * @lexeme: (out) (optional) (transfer none): the number as written
 * @lexeme_length: (out) (optional): its length in bytes
 * @error: return location for a #GError
 *
 * Returns: %FALSE when the next value is not a JSON number, or is one
 *   of more than 512 characters
 */
gboolean
_golf_json_reader_read_number (GolfJsonReader  *reader,
                               double          *value,
                               const char     **lexeme,
                               gsize           *lexeme_length,
                               GError         **error)
{
  NumberParts parts;
  const char *start;
  gsize length;

  skip_whitespace (reader);
  start = reader->pos;

  if (!scan_number (reader, &parts, error))
    return FALSE;

  length = reader->pos - start;
  *value = convert_number (&parts, start, length);
  if (lexeme != NULL)
    *lexeme = start;
  if (lexeme_length != NULL)
    *lexeme_length = length;

  return TRUE;
}

static gboolean
read_literal (GolfJsonReader  *reader,
              const char      *literal,
              gsize            length,
              GError         **error)
{
  gsize available = reader->end - reader->pos;

  if (available < length && memcmp (reader->pos, literal, available) == 0)
    return fail (reader, reader->end, error, "the data ends too early (the file may be cut off)");
  if (available < length || memcmp (reader->pos, literal, length) != 0)
    return fail_unexpected (reader, error, "a value");

  reader->pos += length;
  return TRUE;
}

/**
 * _golf_json_reader_skip:
 * @reader: a #GolfJsonReader
 * @error: return location for a #GError
 *
 * Reads the next value, whatever it is, checking that it is well formed.
 *
 * Returns: %FALSE on a syntax error
 */
gboolean
_golf_json_reader_skip (GolfJsonReader  *reader,
                        GError         **error)
{
  const char *key, *str;
  gsize length;
  double number;
  gboolean has_next;

  switch (_golf_json_reader_peek (reader))
    {
    case GOLF_JSON_OBJECT:
      for (guint i = 0; ; i++)
        {
          if (!_golf_json_reader_object_next (reader, i, &key, &length, error))
            return FALSE;
          if (key == NULL)
            return TRUE;
          if (!_golf_json_reader_skip (reader, error))
            return FALSE;
        }
    case GOLF_JSON_ARRAY:
      for (guint i = 0; ; i++)
        {
          if (!_golf_json_reader_array_next (reader, i, &has_next, error))
            return FALSE;
          if (!has_next)
            return TRUE;
          if (!_golf_json_reader_skip (reader, error))
            return FALSE;
        }
    case GOLF_JSON_STRING:
      return _golf_json_reader_read_string (reader, &str, &length, error);
    case GOLF_JSON_NUMBER:
      return _golf_json_reader_read_number (reader, &number, NULL, NULL, error);
    case GOLF_JSON_TRUE:
      return read_literal (reader, "true", 4, error);
    case GOLF_JSON_FALSE:
      return read_literal (reader, "false", 5, error);
    case GOLF_JSON_NULL:
      return read_literal (reader, "null", 4, error);
    case GOLF_JSON_END:
    case GOLF_JSON_INVALID:
    default:
      return fail_unexpected (reader, error, "a value");
    }
}

/**
 * _golf_json_reader_expect_end:
 * @reader: a #GolfJsonReader
 * @error: return location for a #GError
 *
 * Returns: %FALSE when anything but white space follows the value read
 */
gboolean
_golf_json_reader_expect_end (GolfJsonReader  *reader,
                              GError         **error)
{
  skip_whitespace (reader);
  if (reader->pos < reader->end)
    return fail (reader, reader->pos, error, "more text after the end of the data");

  return TRUE;
}

/**
 * _golf_json_validate:
 * @data: (array length=length): the text
 * @length: its length in bytes
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @data is exactly one well-formed JSON value
 */
gboolean
_golf_json_validate (const char  *data,
                     gsize        length,
                     GError     **error)
{
  GolfJsonReader reader;
  gboolean ok;

  _golf_json_reader_init (&reader, data, length);
  if (_golf_json_reader_peek (&reader) == GOLF_JSON_END)
    {
      _golf_json_reader_clear (&reader);
      return fail (&reader, reader.pos, error, "the file is empty");
    }

  ok = _golf_json_reader_skip (&reader, error) && _golf_json_reader_expect_end (&reader, error);
  _golf_json_reader_clear (&reader);

  return ok;
}
