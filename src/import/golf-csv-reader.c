/* golf-csv-reader.c: shots from a launch monitor's CSV, a batch at a time
 *
 * The file is read as a stream: a header (after a title line and blank
 * lines, if any), Garmin's units row, then one shot per row. Summary rows
 * (Rapsodo's "Average" and "Std. Dev.", Mevo+'s "Avg" and "Dev") are
 * skipped; rows that cannot be used are set aside with a reason. Each date
 * is a session of its own; shot ids are taken from the row's content, so
 * importing the same file again finds the same shots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-club-name.h"
#include "golf-csv-reader-private.h"
#include "golf-csv-tokenizer-private.h"
#include "golf-import-report-private.h"
#include "golf-import-util-private.h"
#include "golf-import-writer-private.h"
#include "golf-json-reader-private.h"

/* How far down a header may be: title lines and blank lines come first. */
#define MAX_PREAMBLE_RECORDS 20

#define SESSION_TYPE "practice"

typedef struct
{
  char        *id;
  GolfSession *session;
  GolfHashSet  seen;
} SessionState;

struct _GolfCsvReader
{
  GolfTextReader     *text;
  GolfCsvTokenizer   *tokenizer;
  char               *what;
  char               *session_id;      /* given by the caller, or NULL */
  GolfImportReport   *report;
  const GolfCsvBrand *brand;
  GolfCsvColumn      *columns;
  guint               n_columns;
  int                 special[GOLF_CSV_SET_ASIDE + 1];
  char               *header_first;    /* to spot the header repeated */
  char               *title;           /* a line before the header */
  char                title_date[11];
  char                title_time[7];
  char                delimiter;
  gboolean            pending_record;  /* the tokenizer holds an unread row */
  gboolean            done;
  GHashTable         *sessions;        /* key (date, or session id) -> SessionState */
  GHashTable         *clubs;           /* as written -> canonical name */
  SessionState       *carry_state;
  GolfShot           *carry_shot;      /* read, but of another session than the batch */
  GolfHashSet         own_ids;         /* ids taken from the file */
  guint               n_shots;
  guint               n_summary_rows;
};

static void
session_state_free (gpointer data)
{
  SessionState *state = data;

  g_free (state->id);
  g_clear_object (&state->session);
  _golf_hash_set_clear (&state->seen);
  g_free (state);
}

GolfCsvReader *
_golf_csv_reader_new (GolfTextReader   *text,
                      const char       *what,
                      const char       *session_id,
                      GolfImportReport *report)
{
  GolfCsvReader *reader = g_new0 (GolfCsvReader, 1);

  reader->text = text;
  reader->tokenizer = _golf_csv_tokenizer_new (text);
  reader->what = g_strdup (what);
  reader->session_id = g_strdup (session_id);
  reader->report = g_object_ref (report);
  reader->sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, session_state_free);
  reader->clubs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return reader;
}

void
_golf_csv_reader_free (GolfCsvReader *reader)
{
  if (reader == NULL)
    return;

  for (guint i = 0; i < reader->n_columns; i++)
    g_free (reader->columns[i].header);
  g_free (reader->columns);
  g_clear_object (&reader->carry_shot);
  _golf_hash_set_clear (&reader->own_ids);
  g_hash_table_unref (reader->sessions);
  g_hash_table_unref (reader->clubs);
  _golf_csv_tokenizer_free (reader->tokenizer);
  _golf_text_reader_free (reader->text);
  g_object_unref (reader->report);
  g_free (reader->what);
  g_free (reader->session_id);
  g_free (reader->header_first);
  g_free (reader->title);
  g_free (reader);
}

const GolfCsvBrand *
_golf_csv_reader_get_brand (GolfCsvReader *reader)
{
  return reader->brand;
}

/* Bytes of the file read so far, for progress. */
guint64
_golf_csv_reader_get_offset (GolfCsvReader *reader)
{
  return _golf_text_reader_get_offset (reader->text);
}

static const char *
field (GolfCsvReader *reader,
       guint          index)
{
  return _golf_csv_tokenizer_get_field (reader->tokenizer, index, NULL);
}

static const char **
dup_cells (GolfCsvReader *reader,
           guint         *n_cells)
{
  guint n = _golf_csv_tokenizer_get_n_fields (reader->tokenizer);
  const char **cells = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    cells[i] = field (reader, i);
  *n_cells = n;

  return cells;
}

static gboolean
fail_syntax (GolfCsvReader  *reader,
             GError         *local_error,
             GError        **error)
{
  if (g_error_matches (local_error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX))
    g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                 _("%s is not a valid CSV file: %s; export the session again as CSV from the "
                   "monitor's app"), reader->what, local_error->message);
  else
    g_propagate_prefixed_error (error, g_error_copy (local_error), "%s: ", reader->what);

  g_error_free (local_error);
  return FALSE;
}

static gboolean
next_record (GolfCsvReader  *reader,
             gboolean       *has_record,
             GError        **error)
{
  GError *local_error = NULL;

  if (!_golf_csv_tokenizer_next (reader->tokenizer, has_record, &local_error))
    return fail_syntax (reader, local_error, error);

  return TRUE;
}

/* Looks for a header among the first records, split at @delimiter. */
static gboolean
find_header (GolfCsvReader  *reader,
             char            delimiter,
             gboolean       *found,
             GError        **error)
{
  GError *local_error = NULL;

  *found = FALSE;
  g_clear_pointer (&reader->title, g_free);
  _golf_csv_tokenizer_set_delimiter (reader->tokenizer, delimiter);
  if (!_golf_csv_tokenizer_rewind (reader->tokenizer, &local_error))
    return fail_syntax (reader, local_error, error);

  for (guint n = 0; n < MAX_PREAMBLE_RECORDS; n++)
    {
      g_autofree const char **cells = NULL;
      gboolean has_record;
      guint n_cells, score;

      if (!_golf_csv_tokenizer_next (reader->tokenizer, &has_record, &local_error))
        {
          /* Not CSV with this delimiter, perhaps with another. */
          g_clear_error (&local_error);
          return TRUE;
        }
      if (!has_record)
        return TRUE;
      if (_golf_csv_tokenizer_is_blank (reader->tokenizer))
        continue;

      cells = dup_cells (reader, &n_cells);
      reader->brand = _golf_csv_brand_detect (cells, n_cells, &score);
      if (reader->brand != NULL)
        {
          reader->n_columns = n_cells;
          reader->columns = g_new0 (GolfCsvColumn, n_cells);
          _golf_csv_brand_map_columns (reader->brand, cells, n_cells, reader->columns);
          reader->header_first = g_strdup (cells[0]);
          reader->delimiter = delimiter;
          *found = TRUE;
          return TRUE;
        }

      /* A title line ("Rapsodo MLM2PRO: Ann - 03/09/2024") before the header. */
      if (reader->title == NULL)
        reader->title = g_strjoinv (",", (char **) cells);
    }

  return TRUE;
}

/* The date in a title line: after its last " - ". */
static void
read_title_date (GolfCsvReader *reader)
{
  const char *dash;

  reader->title_date[0] = reader->title_time[0] = '\0';
  if (reader->title == NULL || (dash = g_strrstr (reader->title, " - ")) == NULL)
    return;

  if (!_golf_csv_parse_date (dash + 3, (reader->brand->flags & GOLF_CSV_BRAND_DAY_FIRST) != 0,
                             reader->title_date, reader->title_time))
    reader->title_date[0] = reader->title_time[0] = '\0';
}

static void
note_unknown_units (GolfCsvReader *reader)
{
  gboolean any_measure = FALSE;

  for (guint i = 0; i < reader->n_columns; i++)
    {
      GolfCsvColumn *column = &reader->columns[i];

      if (column->kind == GOLF_CSV_UNIT_NONE || column->target == GOLF_CSV_IGNORED)
        continue;
      if (column->unit_known)
        {
          any_measure = TRUE;
          continue;
        }

      {
        /* Translators: where a problem of an imported file is: a column by its header */
        g_autofree char *where = g_strdup_printf (_("column “%s”"), column->header);

        _golf_import_report_set_aside (reader->report, where, "%s",
                                       _("its unit is not one Golf Lab knows, or not a unit of "
                                         "this measurement; its values were left out"));
      }
    }

  if (!any_measure)
    g_debug ("%s: no column with a known unit", reader->what);
}

/* Garmin's units row under the header: "[mph]", "[yd]", "[deg]". */
static void
take_units_row (GolfCsvReader *reader)
{
  guint n = MIN (_golf_csv_tokenizer_get_n_fields (reader->tokenizer), reader->n_columns);

  for (guint i = 0; i < n; i++)
    {
      GolfCsvColumn *column = &reader->columns[i];
      const char *unit = field (reader, i);

      if (column->kind != GOLF_CSV_UNIT_NONE && *unit != '\0')
        _golf_csv_column_set_unit (column, unit);
    }
}

/**
 * _golf_csv_reader_start:
 * @reader: a #GolfCsvReader
 * @error: return location for a #GError
 *
 * Finds the header (comma, semicolon or tab separated) and with it the
 * brand and the columns, and reads a units row if one follows.
 *
 * Returns: %FALSE when the text is no CSV export Golf Lab knows
 *   (%GOLF_IMPORT_ERROR_UNKNOWN_FORMAT) or cannot be read
 */
gboolean
_golf_csv_reader_start (GolfCsvReader  *reader,
                        GError        **error)
{
  static const char delimiters[] = { ',', ';', '\t' };
  gboolean found = FALSE, has_record;

  if (!_golf_text_reader_detect (reader->text, error))
    {
      g_prefix_error (error, "%s: ", reader->what);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (delimiters) && !found; i++)
    if (!find_header (reader, delimiters[i], &found, error))
      return FALSE;

  if (!found)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is not an export Golf Lab knows: no line in it names the columns of a "
                     "Garmin R10/R50, Rapsodo MLM2PRO or FlightScope Mevo+ CSV (nor of Golf Lab's "
                     "own); export the session again as CSV from the monitor's app"), reader->what);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (reader->special); i++)
    reader->special[i] = -1;
  for (guint i = 0; i < reader->n_columns; i++)
    {
      int target = reader->columns[i].target;

      if (target > GOLF_CSV_IGNORED && target <= GOLF_CSV_SET_ASIDE && reader->special[target] < 0)
        reader->special[target] = i;
    }
  read_title_date (reader);

  /* A units row, or already the first shot. */
  do
    if (!next_record (reader, &has_record, error))
      return FALSE;
  while (has_record && _golf_csv_tokenizer_is_blank (reader->tokenizer));

  if (has_record)
    {
      g_autofree const char **cells = NULL;
      guint n_cells;

      cells = dup_cells (reader, &n_cells);
      if (_golf_csv_is_units_row (cells, n_cells))
        take_units_row (reader);
      else
        reader->pending_record = TRUE;
    }
  else
    reader->done = TRUE;

  note_unknown_units (reader);
  return TRUE;
}

/* Where the current record is, for the import report: "line 12". */
static char *
describe_line (GolfCsvReader *reader)
{
  char line[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (line, sizeof line, "%" G_GUINT64_FORMAT, _golf_csv_tokenizer_get_line (reader->tokenizer));
  /* Translators: where a set-aside row or refused value of an imported file is: "line 12" */
  return g_strdup_printf (_("line %s"), line);
}

static void
set_aside (GolfCsvReader *reader,
           const char    *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
set_aside (GolfCsvReader *reader,
           const char    *format,
           ...)
{
  g_autofree char *where = NULL;
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  where = describe_line (reader);
  _golf_import_report_set_aside (reader->report, where, "%s", reason);
}

/* A measurement as text: "12.5", "-3", "11.4 L", "3.2 R", "12,5" in a
 * semicolon-separated file. Placeholders are NAN with @ok TRUE; anything
 * else that is no number is NAN with @ok FALSE. */
static double
parse_value (GolfCsvReader *reader,
             const char    *text,
             gboolean      *ok)
{
  char buffer[64];
  gsize length = strlen (text);
  double sign = 1, value;

  *ok = TRUE;
  if (_golf_csv_is_placeholder (text))
    return NAN;

  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;
  while (length > 0 && g_ascii_isspace (*text))
    {
      text++;
      length--;
    }

  /* Directions as letters: left is negative, right positive. */
  if (length > 1 && (text[length - 1] == 'L' || text[length - 1] == 'R' ||
                     text[length - 1] == 'l' || text[length - 1] == 'r'))
    {
      sign = g_ascii_tolower (text[length - 1]) == 'l' ? -1 : 1;
      length--;
    }
  else if (length > 1 && (text[0] == 'L' || text[0] == 'R') && (text[1] == ' ' || g_ascii_isdigit (text[1])))
    {
      sign = text[0] == 'L' ? -1 : 1;
      text++;
      length--;
    }

  if (reader->delimiter != ',' && length < sizeof buffer && memchr (text, ',', length) != NULL)
    {
      /* A decimal comma: only where commas do not separate the values. */
      memcpy (buffer, text, length);
      buffer[length] = '\0';
      g_strdelimit (buffer, ",", '.');
      text = buffer;
    }

  value = _golf_number_from_text (text, length);
  if (isnan (value))
    *ok = FALSE;

  return sign * value;
}

typedef struct
{
  double       values[GOLF_SHOT_N_FIELDS];
  double       face_to_path;
  char         date[11];
  char         time[7];
  guint64      hash;
  gboolean     any;
} Row;

static void
read_number (GolfCsvReader *reader,
             guint          index,
             Row           *row)
{
  GolfCsvColumn *column = &reader->columns[index];
  const char *text = field (reader, index);
  gboolean ok;
  double value;

  if (!column->unit_known)
    return;

  value = parse_value (reader, text, &ok);
  if (!ok)
    {
      g_autofree char *where = describe_line (reader);
      g_autofree char *reason = g_strdup_printf (_("“%s” in column “%s” is not a number; stored as "
                                                   "missing"), text, column->header);

      _golf_import_report_refuse_value (reader->report, where,
                                        column->target < GOLF_SHOT_N_FIELDS ? (GolfShotField) column->target
                                                                             : GOLF_SHOT_N_FIELDS,
                                        reason);
      return;
    }
  if (isnan (value))
    return;

  value *= column->scale;
  if (column->target == GOLF_CSV_FACE_TO_PATH)
    row->face_to_path = value;
  else
    {
      row->values[column->target] = value;
      row->any = TRUE;
    }

  /* The shot's identity: what it measured, not where it sits. */
  row->hash = _golf_import_hash (row->hash, &index, sizeof index);
  row->hash = _golf_import_hash (row->hash, text, strlen (text));
}

static gboolean
is_summary_row (GolfCsvReader *reader)
{
  int shot_number = reader->special[GOLF_CSV_SHOT_NUMBER];
  guint n = _golf_csv_tokenizer_get_n_fields (reader->tokenizer);

  for (guint i = 0; i < MIN (n, 2); i++)
    if (_golf_csv_is_summary_word (field (reader, i)))
      return TRUE;

  return shot_number >= 0 && _golf_csv_is_summary_word (field (reader, shot_number));
}

/* The header again (exports glued together), or its units row. */
static gboolean
is_header_again (GolfCsvReader *reader)
{
  g_autofree const char **cells = NULL;
  const char *first = field (reader, 0);
  guint n_cells;

  if (*reader->header_first != '\0' && strcmp (first, reader->header_first) == 0)
    return TRUE;

  /* A units row starts empty or with a unit; a shot with neither is common. */
  if (*first != '\0' && *first != '[')
    return FALSE;

  cells = dup_cells (reader, &n_cells);
  return _golf_csv_is_units_row (cells, n_cells);
}

/* Garmin writes 0.0 face to path, face and path when it saw no club. */
static void
drop_missing_club_data (Row *row)
{
  if (row->face_to_path == 0 &&
      (row->values[GOLF_SHOT_FIELD_FACE_ANGLE] == 0 || isnan (row->values[GOLF_SHOT_FIELD_FACE_ANGLE])) &&
      (row->values[GOLF_SHOT_FIELD_CLUB_PATH] == 0 || isnan (row->values[GOLF_SHOT_FIELD_CLUB_PATH])))
    {
      row->values[GOLF_SHOT_FIELD_FACE_ANGLE] = NAN;
      row->values[GOLF_SHOT_FIELD_CLUB_PATH] = NAN;
    }
}

static const char *
special_text (GolfCsvReader *reader,
              GolfCsvTarget  target)
{
  int index = reader->special[target];

  if (index < 0 || (guint) index >= _golf_csv_tokenizer_get_n_fields (reader->tokenizer))
    return NULL;

  return field (reader, index);
}

/* Reads a row's numbers and date; FALSE when the row is set aside. */
static gboolean
read_row (GolfCsvReader *reader,
          Row           *row)
{
  guint n = _golf_csv_tokenizer_get_n_fields (reader->tokenizer);
  const char *date_text;

  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    row->values[f] = NAN;
  row->face_to_path = NAN;
  row->date[0] = row->time[0] = '\0';
  row->hash = GOLF_IMPORT_HASH_SEED;
  row->any = FALSE;

  for (guint i = reader->n_columns; i < n; i++)
    if (!_golf_csv_is_placeholder (field (reader, i)))
      {
        set_aside (reader, _("it has %u values where the header names %u columns"), n, reader->n_columns);
        return FALSE;
      }

  if (n < reader->n_columns)
    {
      g_autofree char *where = NULL;
      g_autofree char *reason = NULL;

      /* The file's last row stopping short is a file cut off in the middle
       * of that row: what survived is not the shot. */
      if (_golf_csv_tokenizer_is_unterminated (reader->tokenizer))
        {
          set_aside (reader, _("the file ends after %u of the %u values the header names "
                               "(it may be cut off)"), n, reader->n_columns);
          return FALSE;
        }

      /* Elsewhere the cells left off at the end are empty ones. */
      where = describe_line (reader);
      reason = g_strdup_printf (_("it has only %u of the %u values the header names; the last %u "
                                  "stored as missing"), n, reader->n_columns, reader->n_columns - n);
      _golf_import_report_refuse_value (reader->report, where, GOLF_SHOT_N_FIELDS, reason);
    }

  for (guint i = 0; i < MIN (n, reader->n_columns); i++)
    {
      int target = reader->columns[i].target;

      if (target < GOLF_SHOT_N_FIELDS || target == GOLF_CSV_FACE_TO_PATH)
        read_number (reader, i, row);
    }

  if (!row->any)
    {
      set_aside (reader, "%s", _("it holds no measurement"));
      return FALSE;
    }

  date_text = special_text (reader, GOLF_CSV_DATE);
  if (date_text != NULL && !_golf_csv_is_placeholder (date_text))
    {
      if (!_golf_csv_parse_date (date_text, (reader->brand->flags & GOLF_CSV_BRAND_DAY_FIRST) != 0,
                                 row->date, row->time))
        {
          set_aside (reader, _("“%s” is not a date Golf Lab can read"), date_text);
          return FALSE;
        }
      row->hash = _golf_import_hash (row->hash, date_text, strlen (date_text));
    }
  else if (reader->title_date[0] != '\0')
    {
      memcpy (row->date, reader->title_date, sizeof row->date);
      memcpy (row->time, reader->title_time, sizeof row->time);
    }

  if (reader->special[GOLF_CSV_FACE_TO_PATH] >= 0)
    drop_missing_club_data (row);

  return TRUE;
}

static const char *
canonical_club (GolfCsvReader *reader,
                const char    *text)
{
  const char *club;

  if (text == NULL || _golf_csv_is_placeholder (text))
    return NULL;

  club = g_hash_table_lookup (reader->clubs, text);
  if (club == NULL)
    {
      g_autofree char *clean = _golf_import_clean_text (text, -1);
      char *name = golf_club_canonical_name (clean);

      if (name == NULL)
        return NULL;
      g_hash_table_insert (reader->clubs, g_strdup (text), name);
      club = name;
    }

  return club;
}

/* "Estimated", "Geschätzt", "Estimado", "Geschat", "1", "yes". */
static gboolean
says_estimated (const char *text)
{
  while (text != NULL && g_ascii_isspace (*text))
    text++;
  if (text == NULL || *text == '\0')
    return FALSE;

  return g_ascii_strncasecmp (text, "est", 3) == 0 || g_ascii_strncasecmp (text, "gesch", 5) == 0 ||
         g_ascii_strcasecmp (text, "1") == 0 || g_ascii_strcasecmp (text, "true") == 0 ||
         g_ascii_strcasecmp (text, "yes") == 0;
}

static void
set_estimated (GolfShot            *shot,
               const GolfShotField *fields,
               guint                n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (golf_shot_has (shot, fields[i]))
      golf_shot_set_estimated (shot, fields[i], TRUE);
}

static void
read_estimated (GolfCsvReader *reader,
                GolfShot      *shot)
{
  static const GolfShotField spin[] = {
    GOLF_SHOT_FIELD_BACK_SPIN, GOLF_SHOT_FIELD_SIDE_SPIN, GOLF_SHOT_FIELD_TOTAL_SPIN,
    GOLF_SHOT_FIELD_SPIN_AXIS,
  };
  static const GolfShotField club[] = {
    GOLF_SHOT_FIELD_CLUB_SPEED, GOLF_SHOT_FIELD_ATTACK_ANGLE, GOLF_SHOT_FIELD_CLUB_PATH,
    GOLF_SHOT_FIELD_FACE_ANGLE, GOLF_SHOT_FIELD_DYNAMIC_LOFT,
  };
  const char *listed = special_text (reader, GOLF_CSV_ESTIMATED);

  if (says_estimated (special_text (reader, GOLF_CSV_SPIN_ESTIMATED)))
    set_estimated (shot, spin, G_N_ELEMENTS (spin));
  if (says_estimated (special_text (reader, GOLF_CSV_CLUB_ESTIMATED)))
    set_estimated (shot, club, G_N_ELEMENTS (club));

  /* Golf Lab's own export lists the estimated fields by name. */
  if (listed != NULL && *listed != '\0')
    {
      g_auto(GStrv) names = g_strsplit_set (listed, " ;", -1);
      GolfShotField f;

      for (guint i = 0; names[i] != NULL; i++)
        if (golf_shot_field_from_name (names[i], &f) && golf_shot_has (shot, f))
          golf_shot_set_estimated (shot, f, TRUE);
    }
}

/* Tags, comment and verdict from Golf Lab's own export. */
static void
read_annotations (GolfCsvReader *reader,
                  GolfShot      *shot)
{
  const char *tags = special_text (reader, GOLF_CSV_TAGS);
  const char *comment = special_text (reader, GOLF_CSV_COMMENT);
  const char *set_aside_text = special_text (reader, GOLF_CSV_SET_ASIDE);
  GolfSetAside verdict;

  if (tags == NULL && comment == NULL && set_aside_text == NULL)
    return;

  if (tags != NULL)
    {
      g_auto(GStrv) list = g_strsplit (tags, ";", -1);
      g_autoptr(GPtrArray) clean = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; list[i] != NULL; i++)
        {
          char *tag = _golf_import_clean_text (list[i], -1);

          if (tag != NULL)
            g_ptr_array_add (clean, tag);
        }
      g_ptr_array_add (clean, NULL);
      golf_shot_set_tags (shot, (const char * const *) clean->pdata);
    }
  if (comment != NULL)
    {
      g_autofree char *clean = _golf_import_clean_text (comment, -1);

      golf_shot_set_comment (shot, clean);
    }
  if (set_aside_text != NULL && _golf_import_set_aside_from_string (set_aside_text, &verdict))
    golf_shot_set_set_aside (shot, verdict);
}

static SessionState *
find_session (GolfCsvReader *reader,
              const Row     *row)
{
  const char *own_id = special_text (reader, GOLF_CSV_SESSION_ID);
  g_autofree char *clean_own_id = NULL;
  g_autofree char *anchor = NULL;
  SessionState *state;
  const char *key;

  if (reader->session_id != NULL)
    key = "";
  else if ((reader->brand->flags & GOLF_CSV_BRAND_OWN) &&
           (clean_own_id = _golf_import_clean_text (own_id, -1)) != NULL)
    key = clean_own_id;
  else
    key = row->date;

  state = g_hash_table_lookup (reader->sessions, key);
  if (state != NULL)
    return state;

  state = g_new0 (SessionState, 1);
  if (reader->session_id != NULL)
    state->id = g_strdup (reader->session_id);
  else if (clean_own_id != NULL)
    state->id = g_strdup (clean_own_id);
  else
    {
      /* The file's first shot of the day names the session: the same
       * export imported again finds the same one. */
      anchor = row->time[0] != '\0' ? g_strdup (row->time) : _golf_import_hash_text (row->hash);
      if (row->date[0] != '\0')
        state->id = g_strdup_printf ("%s-%.4s%.2s%.2s-%s", reader->brand->slug, row->date,
                                     row->date + 5, row->date + 8, anchor);
      else
        state->id = g_strdup_printf ("%s-%s", reader->brand->slug, anchor);
    }

  state->session = golf_session_new (state->id);
  golf_session_set_session_type (state->session, SESSION_TYPE);
  if (row->date[0] != '\0')
    golf_session_set_date (state->session, row->date);

  g_hash_table_insert (reader->sessions, g_strdup (key), state);
  return state;
}

/* The shot's id: from the file (Golf Lab's export) or from its content;
 * NULL when the file gives an id twice. */
static char *
make_shot_id (GolfCsvReader *reader,
              SessionState  *state,
              const Row     *row)
{
  g_autofree char *own = _golf_import_clean_text (special_text (reader, GOLF_CSV_SHOT_ID), -1);
  g_autofree char *hash_text = NULL;
  guint64 hash = row->hash;

  if (own != NULL)
    {
      if (!_golf_hash_set_add (&reader->own_ids, _golf_import_hash (GOLF_IMPORT_HASH_SEED, own, strlen (own))))
        {
          set_aside (reader, _("its id %s was used by an earlier row"), own);
          return NULL;
        }
      if (reader->session_id == NULL)
        return g_steal_pointer (&own);
      return g_strconcat (state->id, "_", own, NULL);
    }

  /* The same row again (two shots measured alike) is a shot of its own. */
  for (guint k = 2; !_golf_hash_set_add (&state->seen, hash); k++)
    hash = _golf_import_hash (row->hash, &k, sizeof k);

  hash_text = _golf_import_hash_text (hash);
  return g_strconcat (state->id, "_", hash_text, NULL);
}

/* Turns the current record into a shot; NULL when it is skipped. */
static GolfShot *
read_shot (GolfCsvReader  *reader,
           SessionState  **state_out)
{
  g_autofree char *id = NULL;
  g_autofree char *shot_type = NULL;
  const char *club;
  SessionState *state;
  GolfShot *shot;
  char line[G_ASCII_DTOSTR_BUF_SIZE];
  Row row;

  if (_golf_csv_tokenizer_is_blank (reader->tokenizer))
    return NULL;
  if (is_summary_row (reader))
    {
      reader->n_summary_rows++;
      return NULL;
    }
  if (is_header_again (reader) || !read_row (reader, &row))
    return NULL;

  state = find_session (reader, &row);
  id = make_shot_id (reader, state, &row);
  if (id == NULL)
    return NULL;
  shot = golf_shot_new (id, state->id);
  g_snprintf (line, sizeof line, "%" G_GUINT64_FORMAT, _golf_csv_tokenizer_get_line (reader->tokenizer));
  _golf_import_set_values (shot, row.values, reader->report, _("line %s"), line);

  club = canonical_club (reader, special_text (reader, GOLF_CSV_CLUB_TYPE));
  if (club == NULL)
    club = canonical_club (reader, special_text (reader, GOLF_CSV_CLUB));
  golf_shot_set_club (shot, club);

  shot_type = _golf_import_clean_text (special_text (reader, GOLF_CSV_SHOT_TYPE), -1);
  golf_shot_set_shot_type (shot, shot_type);

  read_estimated (reader, shot);
  if (reader->brand->flags & GOLF_CSV_BRAND_OWN)
    read_annotations (reader, shot);

  reader->n_shots++;
  *state_out = state;
  return shot;
}

/**
 * _golf_csv_reader_next_batch:
 * @reader: a started #GolfCsvReader
 * @session: (out) (transfer full): the session of the batch
 * @shots: (out) (transfer full): up to %GOLF_IMPORT_BATCH_SIZE shots, all
 *   of @session; %NULL at the end of the file
 * @error: return location for a #GError
 *
 * A #GolfImportBatchFunc. At the end of a file that held no usable shot,
 * fails with %GOLF_IMPORT_ERROR_NO_SHOTS.
 *
 * Returns: %FALSE with @error set when the file cannot be read further
 */
gboolean
_golf_csv_reader_next_batch (gpointer      user_data,
                             GolfSession **session,
                             GPtrArray   **shots,
                             GError      **error)
{
  GolfCsvReader *reader = user_data;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_full (GOLF_IMPORT_BATCH_SIZE, g_object_unref);
  SessionState *batch_state = NULL;

  *session = NULL;
  *shots = NULL;

  if (reader->carry_shot != NULL)
    {
      g_ptr_array_add (batch, g_steal_pointer (&reader->carry_shot));
      batch_state = reader->carry_state;
    }

  while (!reader->done && batch->len < GOLF_IMPORT_BATCH_SIZE)
    {
      SessionState *state = NULL;
      gboolean has_record = TRUE;
      GolfShot *shot;

      if (reader->pending_record)
        reader->pending_record = FALSE;
      else if (!next_record (reader, &has_record, error))
        return FALSE;

      if (!has_record)
        {
          reader->done = TRUE;
          break;
        }

      shot = read_shot (reader, &state);
      if (shot == NULL)
        continue;

      if (batch_state != NULL && state != batch_state)
        {
          reader->carry_shot = shot;
          reader->carry_state = state;
          break;
        }
      g_ptr_array_add (batch, shot);
      batch_state = state;
    }

  if (batch->len == 0)
    {
      if (reader->n_shots == 0)
        {
          guint n_set_aside = golf_import_report_get_n_set_aside (reader->report);

          g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SHOTS,
                       g_dngettext (GETTEXT_PACKAGE, "%s holds no shot that can be imported (%u line set aside); "
                                    "export the session again as CSV from the monitor's app",
                                    "%s holds no shot that can be imported (%u lines set aside); "
                                    "export the session again as CSV from the monitor's app", n_set_aside),
                       reader->what, n_set_aside);
          return FALSE;
        }
      return TRUE;
    }

  *session = g_object_ref (batch_state->session);
  *shots = g_steal_pointer (&batch);
  return TRUE;
}
