/* golf-csv-tokenizer.c: RFC 4180 records from text, streamed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-csv-tokenizer-private.h"
#include "golf-import-types.h"

typedef enum
{
  STATE_FIELD_START,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_IN_QUOTED,
} State;

struct _GolfCsvTokenizer
{
  GolfTextReader *reader;
  const char     *chunk;
  gsize           chunk_length;
  gsize           pos;
  gboolean        at_end;
  gboolean        skip_lf;      /* the last record ended in CR */
  gboolean        unterminated; /* the last record ended with the file, no line break */
  char            delimiter;
  GString        *record;       /* the fields, each followed by a nul */
  GArray         *starts;       /* where each field starts in @record */
  guint64         line;         /* the line being read, from 1 */
  guint64         record_line;  /* the line the last record started on */
  guint64         quote_line;   /* the line the open quote started on */
};

GolfCsvTokenizer *
_golf_csv_tokenizer_new (GolfTextReader *reader)
{
  GolfCsvTokenizer *tokenizer = g_new0 (GolfCsvTokenizer, 1);

  tokenizer->reader = reader;
  tokenizer->delimiter = ',';
  tokenizer->record = g_string_sized_new (256);
  tokenizer->starts = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);
  tokenizer->line = 1;

  return tokenizer;
}

void
_golf_csv_tokenizer_free (GolfCsvTokenizer *tokenizer)
{
  if (tokenizer == NULL)
    return;

  g_string_free (tokenizer->record, TRUE);
  g_array_unref (tokenizer->starts);
  g_free (tokenizer);
}

void
_golf_csv_tokenizer_set_delimiter (GolfCsvTokenizer *tokenizer,
                                   char              delimiter)
{
  tokenizer->delimiter = delimiter;
}

/* Makes sure a byte is there to look at; FALSE at the end of the text. */
static gboolean
fill (GolfCsvTokenizer  *tokenizer,
      GError           **error)
{
  gssize n;

  if (tokenizer->pos < tokenizer->chunk_length)
    return TRUE;
  if (tokenizer->at_end)
    return FALSE;

  n = _golf_text_reader_read (tokenizer->reader, &tokenizer->chunk, error);
  if (n < 0)
    return FALSE;

  tokenizer->pos = 0;
  tokenizer->chunk_length = n;
  tokenizer->at_end = n == 0;

  return n > 0;
}

static void
start_field (GolfCsvTokenizer *tokenizer)
{
  guint start = tokenizer->record->len;

  g_array_append_val (tokenizer->starts, start);
}

static void
end_field (GolfCsvTokenizer *tokenizer)
{
  g_string_append_c (tokenizer->record, '\0');
}

/* A line number as text, for messages that translators see with a %s. */
static const char *
line_text (char    *buffer,
           gsize    size,
           guint64  line)
{
  g_snprintf (buffer, size, "%" G_GUINT64_FORMAT, line);
  return buffer;
}

static gboolean
check_limits (GolfCsvTokenizer  *tokenizer,
              GError           **error)
{
  char line[G_ASCII_DTOSTR_BUF_SIZE];

  if (tokenizer->record->len > GOLF_CSV_MAX_RECORD_BYTES)
    {
      if (tokenizer->quote_line > 0)
        g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                     _("the quoted value that starts on line %s runs on for more "
                       "than 1 MB (a quote that never closes?)"),
                     line_text (line, sizeof line, tokenizer->quote_line));
      else
        g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                     _("line %s is longer than 1 MB"), line_text (line, sizeof line, tokenizer->record_line));
      return FALSE;
    }
  if (tokenizer->starts->len > GOLF_CSV_MAX_FIELDS)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                   _("line %s has more than %d values"),
                   line_text (line, sizeof line, tokenizer->record_line), GOLF_CSV_MAX_FIELDS);
      return FALSE;
    }

  return TRUE;
}

/* Copies the plain bytes from the current position up to the next byte
 * that means something in @state. */
static void
copy_run (GolfCsvTokenizer *tokenizer,
          gboolean          quoted)
{
  const char *p = tokenizer->chunk + tokenizer->pos;
  const char *end = tokenizer->chunk + tokenizer->chunk_length;
  const char *start = p;
  char delimiter = tokenizer->delimiter;

  if (quoted)
    while (p < end && *p != '"' && *p != '\n' && *p != '\r')
      p++;
  else
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
      p++;

  g_string_append_len (tokenizer->record, start, p - start);
  tokenizer->pos += p - start;
}

/* One byte in the quoted state. Returns FALSE when the quote closed. */
static void
take_quoted (GolfCsvTokenizer *tokenizer,
             char              c,
             State            *state)
{
  if (c == '"')
    {
      *state = STATE_QUOTE_IN_QUOTED;
      return;
    }

  /* A line break inside quotes is part of the value; CRLF stays CRLF. */
  if (c == '\n' || (c == '\r' && tokenizer->pos < tokenizer->chunk_length &&
                    tokenizer->chunk[tokenizer->pos] != '\n'))
    tokenizer->line++;
  g_string_append_c (tokenizer->record, c);
}

/**
 * _golf_csv_tokenizer_next:
 * @tokenizer: a #GolfCsvTokenizer
 * @has_record: (out): %FALSE at the end of the text
 * @error: return location for a #GError
 *
 * Reads the next record. A blank line is a record of one empty field.
 *
 * Returns: %FALSE on an error (%GOLF_IMPORT_ERROR_SYNTAX, or the reader's)
 */
gboolean
_golf_csv_tokenizer_next (GolfCsvTokenizer  *tokenizer,
                          gboolean          *has_record,
                          GError           **error)
{
  State state = STATE_FIELD_START;
  GError *local_error = NULL;

  g_string_truncate (tokenizer->record, 0);
  g_array_set_size (tokenizer->starts, 0);
  tokenizer->quote_line = 0;
  tokenizer->unterminated = FALSE;
  *has_record = FALSE;

  if (tokenizer->skip_lf && fill (tokenizer, &local_error) &&
      tokenizer->chunk[tokenizer->pos] == '\n')
    tokenizer->pos++;
  tokenizer->skip_lf = FALSE;
  if (local_error != NULL)
    goto failed;

  if (!fill (tokenizer, &local_error))
    {
      if (local_error != NULL)
        goto failed;
      return TRUE;
    }

  tokenizer->record_line = tokenizer->line;
  start_field (tokenizer);

  for (;;)
    {
      char c;

      if (!fill (tokenizer, &local_error))
        break;

      if (state == STATE_UNQUOTED || state == STATE_QUOTED)
        {
          copy_run (tokenizer, state == STATE_QUOTED);
          if (!check_limits (tokenizer, &local_error))
            goto failed;
          if (tokenizer->pos >= tokenizer->chunk_length)
            continue;
        }

      c = tokenizer->chunk[tokenizer->pos++];

      if (state == STATE_QUOTED)
        {
          take_quoted (tokenizer, c, &state);
          continue;
        }

      if (state == STATE_QUOTE_IN_QUOTED && c == '"')
        {
          /* A doubled quote is one quote of the value. */
          g_string_append_c (tokenizer->record, '"');
          state = STATE_QUOTED;
          continue;
        }

      if (c == tokenizer->delimiter)
        {
          end_field (tokenizer);
          start_field (tokenizer);
          if (!check_limits (tokenizer, &local_error))
            goto failed;
          state = STATE_FIELD_START;
        }
      else if (c == '\n' || c == '\r')
        {
          tokenizer->line++;
          tokenizer->skip_lf = c == '\r';
          end_field (tokenizer);
          *has_record = TRUE;
          return TRUE;
        }
      else if (c == '"' && state == STATE_FIELD_START)
        {
          state = STATE_QUOTED;
          tokenizer->quote_line = tokenizer->line;
        }
      else
        {
          /* Text (or a stray quote) in an unquoted field, or after a
           * closing quote: kept as it is. */
          g_string_append_c (tokenizer->record, c);
          state = STATE_UNQUOTED;
        }
    }

  if (local_error != NULL)
    goto failed;

  if (state == STATE_QUOTED)
    {
      char line[G_ASCII_DTOSTR_BUF_SIZE];

      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                   _("the quoted value that starts on line %s is never closed "
                     "(the file may be cut off)"), line_text (line, sizeof line, tokenizer->quote_line));
      return FALSE;
    }

  /* The last line, without a line break after it. */
  end_field (tokenizer);
  tokenizer->unterminated = TRUE;
  *has_record = TRUE;
  return TRUE;

failed:
  g_propagate_error (error, local_error);
  return FALSE;
}

guint
_golf_csv_tokenizer_get_n_fields (GolfCsvTokenizer *tokenizer)
{
  return tokenizer->starts->len;
}

/**
 * _golf_csv_tokenizer_get_field:
 * @tokenizer: a #GolfCsvTokenizer
 * @index: which field of the last record, from 0
 * @length: (out) (optional): its length in bytes
 *
 * Returns: (transfer none): the field, nul-terminated, valid until the next
 *   record is read; "" past the last field
 */
const char *
_golf_csv_tokenizer_get_field (GolfCsvTokenizer *tokenizer,
                               guint             index,
                               gsize            *length)
{
  guint start, end;

  if (index >= tokenizer->starts->len)
    {
      if (length != NULL)
        *length = 0;
      return "";
    }

  start = g_array_index (tokenizer->starts, guint, index);
  end = index + 1 < tokenizer->starts->len ? g_array_index (tokenizer->starts, guint, index + 1) - 1
                                           : tokenizer->record->len - 1;
  if (length != NULL)
    *length = end - start;

  return tokenizer->record->str + start;
}

/* Whether every field of the last record is empty or white space. */
gboolean
_golf_csv_tokenizer_is_blank (GolfCsvTokenizer *tokenizer)
{
  for (gsize i = 0; i < tokenizer->record->len; i++)
    {
      char c = tokenizer->record->str[i];

      if (c != '\0' && !g_ascii_isspace (c))
        return FALSE;
    }

  return TRUE;
}

/* Whether the last record ended where the file does, with no line break
 * after it: a file cut off in the middle of a row ends so. */
gboolean
_golf_csv_tokenizer_is_unterminated (GolfCsvTokenizer *tokenizer)
{
  return tokenizer->unterminated;
}

/* The line the last record started on, from 1. */
guint64
_golf_csv_tokenizer_get_line (GolfCsvTokenizer *tokenizer)
{
  return tokenizer->record_line;
}

gboolean
_golf_csv_tokenizer_rewind (GolfCsvTokenizer  *tokenizer,
                            GError           **error)
{
  tokenizer->chunk = NULL;
  tokenizer->chunk_length = 0;
  tokenizer->pos = 0;
  tokenizer->at_end = FALSE;
  tokenizer->skip_lf = FALSE;
  tokenizer->line = 1;
  tokenizer->record_line = 0;

  return _golf_text_reader_rewind (tokenizer->reader, error);
}
