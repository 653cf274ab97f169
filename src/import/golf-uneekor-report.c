/* golf-uneekor-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "golf-json-reader-private.h"
#include "golf-uneekor-report.h"

/* What Uneekor writes for a value its cameras did not capture. */
#define NOT_CAPTURED 99999.0

#define SESSION_TYPE "practice"

#define EXPORT_AGAIN "export the report again from the Uneekor portal"

G_DEFINE_QUARK (golf-import-error-quark, golf_import_error)

enum
{
  SHOT_KEY_ID = GOLF_SHOT_N_FIELDS,
  SHOT_KEY_TYPE,
};

typedef struct
{
  const char *name;
  gsize       length;
  guint       key;
} ShotKey;

#define SHOT_KEY(name, key) { name, sizeof name - 1, key }

/* In the order the API writes them, so the next lookup usually hits first. */
static const ShotKey shot_keys[] = {
  SHOT_KEY ("id", SHOT_KEY_ID),
  SHOT_KEY ("ball_speed", GOLF_SHOT_FIELD_BALL_SPEED),
  SHOT_KEY ("club_speed", GOLF_SHOT_FIELD_CLUB_SPEED),
  SHOT_KEY ("carry_distance", GOLF_SHOT_FIELD_CARRY_DISTANCE),
  SHOT_KEY ("total_distance", GOLF_SHOT_FIELD_TOTAL_DISTANCE),
  SHOT_KEY ("club_path", GOLF_SHOT_FIELD_CLUB_PATH),
  SHOT_KEY ("club_face_angle", GOLF_SHOT_FIELD_FACE_ANGLE),
  SHOT_KEY ("launch_angle", GOLF_SHOT_FIELD_LAUNCH_ANGLE),
  SHOT_KEY ("side_angle", GOLF_SHOT_FIELD_SIDE_ANGLE),
  SHOT_KEY ("dynamic_loft", GOLF_SHOT_FIELD_DYNAMIC_LOFT),
  SHOT_KEY ("attack_angle", GOLF_SHOT_FIELD_ATTACK_ANGLE),
  SHOT_KEY ("side_spin", GOLF_SHOT_FIELD_SIDE_SPIN),
  SHOT_KEY ("back_spin", GOLF_SHOT_FIELD_BACK_SPIN),
  SHOT_KEY ("impact_x", GOLF_SHOT_FIELD_IMPACT_X),
  SHOT_KEY ("impact_y", GOLF_SHOT_FIELD_IMPACT_Y),
  SHOT_KEY ("side_distance", GOLF_SHOT_FIELD_SIDE_DISTANCE),
  SHOT_KEY ("decent_angle", GOLF_SHOT_FIELD_DESCENT_ANGLE),
  SHOT_KEY ("apex", GOLF_SHOT_FIELD_APEX),
  SHOT_KEY ("flight_time", GOLF_SHOT_FIELD_FLIGHT_TIME),
  SHOT_KEY ("optix_x", GOLF_SHOT_FIELD_OPTIX_X),
  SHOT_KEY ("optix_y", GOLF_SHOT_FIELD_OPTIX_Y),
  SHOT_KEY ("club_lie", GOLF_SHOT_FIELD_CLUB_LIE),
  SHOT_KEY ("lie_angle", GOLF_SHOT_FIELD_LIE_ANGLE),
  SHOT_KEY ("type", SHOT_KEY_TYPE),
};

/* A shot as read, before its club group (and so its full id) is known. */
typedef struct
{
  const char *id;
  const char *shot_type;
  double      values[GOLF_SHOT_N_FIELDS];
} PendingShot;

typedef struct
{
  GolfJsonReader  reader;
  const char     *what;
  const char     *session_id;
  char           *date;
  GPtrArray      *shots;
  GArray         *pending;
  GStringChunk   *strings;
  GHashTable     *seen_ids;
  guint           n_skipped;
  guint           n_groups;
  guint           n_shot_lists;
  guint           next_key;
} ReportParser;

static void
report_parser_init (ReportParser *parser,
                    const char   *data,
                    gsize         length,
                    const char   *session_id,
                    const char   *what)
{
  memset (parser, 0, sizeof *parser);
  _golf_json_reader_init (&parser->reader, data, length);
  parser->what = what;
  parser->session_id = session_id;
  parser->shots = g_ptr_array_new_with_free_func (g_object_unref);
  parser->pending = g_array_new (FALSE, FALSE, sizeof (PendingShot));
  parser->strings = g_string_chunk_new (4096);
  parser->seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
report_parser_clear (ReportParser *parser)
{
  _golf_json_reader_clear (&parser->reader);
  g_clear_pointer (&parser->date, g_free);
  g_clear_pointer (&parser->shots, g_ptr_array_unref);
  g_clear_pointer (&parser->pending, g_array_unref);
  g_clear_pointer (&parser->strings, g_string_chunk_free);
  g_clear_pointer (&parser->seen_ids, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportParser, report_parser_clear)

static const char *
describe_type (GolfJsonType type)
{
  switch (type)
    {
    case GOLF_JSON_OBJECT:
      return "an object";
    case GOLF_JSON_ARRAY:
      return "a list";
    case GOLF_JSON_STRING:
      return "a string";
    case GOLF_JSON_NUMBER:
      return "a number";
    case GOLF_JSON_TRUE:
    case GOLF_JSON_FALSE:
      return "true or false";
    case GOLF_JSON_NULL:
      return "null";
    case GOLF_JSON_END:
      return "empty";
    case GOLF_JSON_INVALID:
    default:
      return "not JSON";
    }
}

/* The data does not have a report's shape. Says so, unless the data is not
 * even JSON further on: then that is what the person needs to know. */
G_GNUC_PRINTF (3, 4)
static gboolean
fail_not_a_report (ReportParser  *parser,
                   GError       **error,
                   const char    *format,
                   ...)
{
  g_autofree char *detail = NULL;
  GolfJsonReader *reader = &parser->reader;
  va_list args;

  if (!_golf_json_validate (reader->data, reader->end - reader->data, error))
    return FALSE;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NOT_A_REPORT,
               "%s is not a Uneekor report: expected a list of club groups with \"shots\", "
               "but %s; " EXPORT_AGAIN,
               parser->what, detail);
  return FALSE;
}

static void
trim_ascii_space (const char **str,
                  gsize       *length)
{
  while (*length > 0 && g_ascii_isspace (**str))
    {
      (*str)++;
      (*length)--;
    }
  while (*length > 0 && g_ascii_isspace ((*str)[*length - 1]))
    (*length)--;
}

/* Reads a string value into the parser's chunk, trimmed; NULL when empty. */
static gboolean
read_text (ReportParser  *parser,
           const char   **text,
           GError       **error)
{
  const char *str;
  gsize length;

  if (!_golf_json_reader_read_string (&parser->reader, &str, &length, error))
    return FALSE;

  trim_ascii_space (&str, &length);

  /* A name with a nul byte in it (\u0000) cannot be kept whole. */
  if (length == 0 || memchr (str, '\0', length) != NULL)
    *text = NULL;
  else
    *text = g_string_chunk_insert_len (parser->strings, str, length);

  return TRUE;
}

/* Reads an id, written as a number or a string; NULL when there is none. */
static gboolean
read_id (ReportParser  *parser,
         const char   **id,
         GError       **error)
{
  const char *lexeme;
  gsize length;
  double value;

  *id = NULL;

  switch (_golf_json_reader_peek (&parser->reader))
    {
    case GOLF_JSON_NUMBER:
      if (!_golf_json_reader_read_number (&parser->reader, &value, &lexeme, &length, error))
        return FALSE;
      *id = g_string_chunk_insert_len (parser->strings, lexeme, length);
      return TRUE;
    case GOLF_JSON_STRING:
      return read_text (parser, id, error);
    default:
      return _golf_json_reader_skip (&parser->reader, error);
    }
}

/* A number written as a string ("38.5", " -3 "); NAN for anything else
 * ("n/a", "NaN", "0x1A", "1,5"). */
static double
parse_number_text (const char *str,
                   gsize       length)
{
  char buffer[64];
  char *end;
  gboolean has_digit = FALSE;
  double value;

  trim_ascii_space (&str, &length);
  if (length == 0 || length >= sizeof buffer)
    return NAN;

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

/* Reads one measurement: a number, or a number in a string; everything
 * else, and Uneekor's "not captured", is NAN. */
static gboolean
read_measurement (ReportParser  *parser,
                  double        *value,
                  GError       **error)
{
  const char *str;
  gsize length;

  switch (_golf_json_reader_peek (&parser->reader))
    {
    case GOLF_JSON_NUMBER:
      if (!_golf_json_reader_read_number (&parser->reader, value, NULL, NULL, error))
        return FALSE;
      break;
    case GOLF_JSON_STRING:
      if (!_golf_json_reader_read_string (&parser->reader, &str, &length, error))
        return FALSE;
      *value = parse_number_text (str, length);
      break;
    default:
      *value = NAN;
      return _golf_json_reader_skip (&parser->reader, error);
    }

  if (!isfinite (*value) || *value == NOT_CAPTURED)
    *value = NAN;

  return TRUE;
}

static int
lookup_shot_key (ReportParser *parser,
                 const char   *key,
                 gsize         length)
{
  for (guint n = 0; n < G_N_ELEMENTS (shot_keys); n++)
    {
      guint i = (parser->next_key + n) % G_N_ELEMENTS (shot_keys);

      if (shot_keys[i].length == length && memcmp (shot_keys[i].name, key, length) == 0)
        {
          parser->next_key = i + 1;
          return shot_keys[i].key;
        }
    }

  return -1;
}

static gboolean
read_shot (ReportParser  *parser,
           PendingShot   *shot,
           GError       **error)
{
  const char *key;
  gsize length;

  shot->id = NULL;
  shot->shot_type = NULL;
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    shot->values[i] = NAN;

  parser->next_key = 0;

  for (guint n = 0; ; n++)
    {
      int field;
      gboolean ok;

      if (!_golf_json_reader_object_next (&parser->reader, n, &key, &length, error))
        return FALSE;
      if (key == NULL)
        return TRUE;

      field = lookup_shot_key (parser, key, length);
      if (field == SHOT_KEY_ID)
        ok = read_id (parser, &shot->id, error);
      else if (field == SHOT_KEY_TYPE && _golf_json_reader_peek (&parser->reader) == GOLF_JSON_STRING)
        ok = read_text (parser, &shot->shot_type, error);
      else if (field >= 0 && field < GOLF_SHOT_N_FIELDS)
        ok = read_measurement (parser, &shot->values[field], error);
      else
        ok = _golf_json_reader_skip (&parser->reader, error);

      if (!ok)
        return FALSE;
    }
}

static gboolean
read_shots (ReportParser  *parser,
            GError       **error)
{
  gboolean has_next;

  for (guint n = 0; ; n++)
    {
      PendingShot shot;

      if (!_golf_json_reader_array_next (&parser->reader, n, &has_next, error))
        return FALSE;
      if (!has_next)
        return TRUE;

      if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
        {
          /* One bad shot does not spoil the report. */
          if (!_golf_json_reader_skip (&parser->reader, error))
            return FALSE;
          parser->n_skipped++;
          continue;
        }

      if (!read_shot (parser, &shot, error))
        return FALSE;

      if (shot.id == NULL)
        parser->n_skipped++;
      else
        g_array_append_val (parser->pending, shot);
    }
}

/* Keeps YYYY-MM-DD of a date that may carry a time; other text as given. */
static char *
normalize_date (const char *date)
{
  static const char pattern[] = "dddd-dd-dd";

  for (guint i = 0; i < sizeof pattern - 1; i++)
    {
      if (date[i] == '\0')
        return g_strdup (date);
      if (pattern[i] == 'd' ? !g_ascii_isdigit (date[i]) : date[i] != pattern[i])
        return g_strdup (date);
    }

  return g_strndup (date, sizeof pattern - 1);
}

/* Turns the club group's pending shots into GolfShots, now that the
 * group's id and club are known whatever order its members came in. */
static void
add_group_shots (ReportParser *parser,
                 const char   *group_id,
                 const char   *club)
{
  for (guint i = 0; i < parser->pending->len; i++)
    {
      PendingShot *pending = &g_array_index (parser->pending, PendingShot, i);
      char *id = g_strconcat (parser->session_id, "_", group_id, "_", pending->id, NULL);
      GolfShot *shot;

      if (!g_hash_table_add (parser->seen_ids, id))
        {
          /* The same shot twice: the first one counts. */
          parser->n_skipped++;
          continue;
        }

      shot = golf_shot_new (id, parser->session_id);
      for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
        if (!isnan (pending->values[f]))
          golf_shot_set (shot, f, pending->values[f]);
      if (club != NULL)
        golf_shot_set_club (shot, club);
      if (pending->shot_type != NULL)
        golf_shot_set_shot_type (shot, pending->shot_type);

      g_ptr_array_add (parser->shots, shot);
    }

  g_array_set_size (parser->pending, 0);
}

#define KEY_IS(name) (length == sizeof name - 1 && memcmp (key, name, length) == 0)

/* Reads one member of a club group. Its id and club come back as they are
 * written, for add_group_shots() once the group has been read. */
static gboolean
read_group_member (ReportParser  *parser,
                   guint          index,
                   const char    *key,
                   gsize          length,
                   const char   **group_id,
                   const char   **club_code,
                   GError       **error)
{
  GolfJsonType type = _golf_json_reader_peek (&parser->reader);
  const char *date = NULL;

  if (KEY_IS ("shots") && type == GOLF_JSON_ARRAY)
    {
      parser->n_shot_lists++;
      return read_shots (parser, error);
    }
  if (KEY_IS ("shots") && type != GOLF_JSON_NULL)
    return fail_not_a_report (parser, error, "\"shots\" of club group %u is %s",
                              index + 1, describe_type (type));
  if (KEY_IS ("id"))
    return read_id (parser, group_id, error);
  if (KEY_IS ("club_name") && type == GOLF_JSON_STRING)
    return read_text (parser, club_code, error);
  if (KEY_IS ("client_created_date") && type == GOLF_JSON_STRING)
    {
      if (!read_text (parser, &date, error))
        return FALSE;
      if (date != NULL && parser->date == NULL)
        parser->date = normalize_date (date);
      return TRUE;
    }

  return _golf_json_reader_skip (&parser->reader, error);
}

#undef KEY_IS

static gboolean
read_group (ReportParser  *parser,
            guint          index,
            GError       **error)
{
  g_autofree char *club = NULL;
  g_autofree char *position = NULL;
  const char *group_id = NULL;
  const char *club_code = NULL;
  const char *key;
  gsize length;

  for (guint n = 0; ; n++)
    {
      if (!_golf_json_reader_object_next (&parser->reader, n, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (!read_group_member (parser, index, key, length, &group_id, &club_code, error))
        return FALSE;
    }

  if (group_id == NULL)
    group_id = position = g_strdup_printf ("%u", index + 1);
  club = golf_club_canonical_name (club_code);

  add_group_shots (parser, group_id, club);
  return TRUE;
}

static gboolean
read_report (ReportParser  *parser,
             GError       **error)
{
  GolfJsonType type = _golf_json_reader_peek (&parser->reader);
  gboolean has_next;

  if (type != GOLF_JSON_ARRAY)
    return fail_not_a_report (parser, error, "the data is %s", describe_type (type));

  for (guint n = 0; ; n++)
    {
      if (!_golf_json_reader_array_next (&parser->reader, n, &has_next, error))
        return FALSE;
      if (!has_next)
        break;

      type = _golf_json_reader_peek (&parser->reader);
      if (type != GOLF_JSON_OBJECT)
        return fail_not_a_report (parser, error, "item %u of the list is %s, not a club group",
                                  n + 1, describe_type (type));
      if (!read_group (parser, n, error))
        return FALSE;
      parser->n_groups++;
    }

  if (!_golf_json_reader_expect_end (&parser->reader, error))
    return FALSE;

  if (parser->n_groups > 0 && parser->n_shot_lists == 0)
    return fail_not_a_report (parser, error, "no club group has \"shots\"");

  return TRUE;
}

/* Parses @data; @what names it at the start of messages ("“report-1.json”"). */
static gboolean
parse_report (const char   *data,
              gsize         length,
              const char   *session_id,
              const char   *what,
              GolfSession **session,
              GPtrArray   **shots,
              guint        *n_skipped,
              GError      **error)
{
  g_auto(ReportParser) parser = { 0, };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GolfSession) new_session = NULL;

  if (session_id == NULL || *session_id == '\0')
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SESSION,
                   "%s cannot be imported without a session id; give one "
                   "(the number after id= in the report link will do)", what);
      return FALSE;
    }

  report_parser_init (&parser, data, length, session_id, what);

  if (_golf_json_reader_peek (&parser.reader) == GOLF_JSON_END)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                   "%s is empty; " EXPORT_AGAIN, what);
      return FALSE;
    }

  if (!read_report (&parser, &local_error))
    {
      if (g_error_matches (local_error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX))
        g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                     "%s is not valid JSON: %s; " EXPORT_AGAIN, what, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (parser.shots->len == 0)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SHOTS,
                   "%s holds no shot that can be imported (%u without an id); "
                   "check that the session recorded shots, then " EXPORT_AGAIN,
                   what, parser.n_skipped);
      return FALSE;
    }

  new_session = golf_session_new (session_id);
  golf_session_set_session_type (new_session, SESSION_TYPE);
  if (parser.date != NULL)
    golf_session_set_date (new_session, parser.date);

  *session = g_steal_pointer (&new_session);
  *shots = g_steal_pointer (&parser.shots);
  if (n_skipped != NULL)
    *n_skipped = parser.n_skipped;

  return TRUE;
}

/**
 * golf_uneekor_report_parse:
 * @data: (array length=length): the report as the Uneekor report API sends
 *   it: a JSON list of club groups, each with its "shots"
 * @length: the length of @data in bytes
 * @session_id: the id of the session the shots belong to (the report's id)
 * @session: (out) (transfer full): the session: its id, its date (from the
 *   first club group's "client_created_date", kept as YYYY-MM-DD) and the
 *   type "practice"
 * @shots: (out) (transfer container) (element-type GolfShot): the shots, in
 *   the report's order
 * @n_skipped: (out) (optional): how many shots were left out because they
 *   had no id (or were no object, or repeated an id already read)
 * @error: return location for a #GError
 *
 * Reads a report without touching any database. Values are kept as sent
 * (SI units, no rounding); 99999, null, absent, NaN and text that is no
 * number become absent (NAN); numbers sent as strings are read as numbers.
 * A shot's id is `<session>_<club group id>_<shot id>`; a club group
 * without an id is numbered by its position in the list (from 1). The club
 * is the canonical name of the group's "club_name".
 *
 * The errors are %GOLF_IMPORT_ERROR_NO_SESSION for an empty @session_id,
 * %GOLF_IMPORT_ERROR_SYNTAX (with line, column and byte offset) when @data
 * is not JSON, %GOLF_IMPORT_ERROR_NOT_A_REPORT when it is JSON of another
 * shape, and %GOLF_IMPORT_ERROR_NO_SHOTS when no shot can be used.
 *
 * Returns: %TRUE on success
 */
gboolean
golf_uneekor_report_parse (const char   *data,
                           gsize         length,
                           const char   *session_id,
                           GolfSession **session,
                           GPtrArray   **shots,
                           guint        *n_skipped,
                           GError      **error)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (shots != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return parse_report (length > 0 ? data : "", length, session_id, "The report",
                       session, shots, n_skipped, error);
}

static gboolean
is_all_digits (const char *str)
{
  if (*str == '\0')
    return FALSE;
  for (; *str != '\0'; str++)
    if (!g_ascii_isdigit (*str))
      return FALSE;
  return TRUE;
}

/**
 * golf_uneekor_report_session_id_for_file:
 * @path: a report file
 *
 * The session id an import of @path uses when none is given:
 * "report-44478.json", "report_44478.json" and "44478.json" give "44478",
 * any other name the name without its extension.
 *
 * Returns: (transfer full): the session id
 */
char *
golf_uneekor_report_session_id_for_file (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  const char *digits;

  if (dot != NULL && dot != base)
    *dot = '\0';

  digits = base;
  if (g_ascii_strncasecmp (digits, "report", 6) == 0)
    {
      digits += 6;
      if (*digits == '-' || *digits == '_')
        digits++;
    }
  if (is_all_digits (digits))
    return g_strdup (digits);

  return g_steal_pointer (&base);
}

/* A 5,000-shot report is about 3.5 MB; a file this large is something
 * else, and reading it whole would only fill the memory. */
#define MAX_REPORT_SIZE (256 * 1024 * 1024)

G_GNUC_PRINTF (3, 4)
static gboolean
fail_read (GError     **error,
           const char  *what,
           const char  *format,
           ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_READ,
               "Could not read %s: %s", what, detail);
  return FALSE;
}

static gboolean
read_open_file (int          fd,
                const char  *what,
                char       **contents,
                gsize       *length,
                GError     **error)
{
  g_autofree char *data = NULL;
  struct stat info;
  gsize size, n_read = 0;

  if (fstat (fd, &info) != 0)
    return fail_read (error, what, "%s", g_strerror (errno));
  if (S_ISDIR (info.st_mode))
    return fail_read (error, what, "it is a folder; give the path of a report file");
  if (!S_ISREG (info.st_mode))
    return fail_read (error, what, "it is not a regular file; save the report to a file first");
  if (info.st_size > MAX_REPORT_SIZE)
    {
      g_autofree char *size_text = g_format_size (info.st_size);

      return fail_read (error, what, "it holds %s, far more than any Uneekor report", size_text);
    }

  size = info.st_size;
  data = g_malloc (size + 1);
  while (n_read < size)
    {
      gssize n = read (fd, data + n_read, size - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return fail_read (error, what, "%s", g_strerror (errno));
      if (n == 0)
        break;   /* Cut short while we read: the parser says so. */
      n_read += n;
    }

  data[n_read] = '\0';
  *contents = g_steal_pointer (&data);
  *length = n_read;
  return TRUE;
}

/* Reads the whole report into memory. Not mapped: a mapped file that is
 * truncated meanwhile (a download starting over) kills the process. */
static gboolean
read_report_file (const char  *path,
                  const char  *what,
                  char       **contents,
                  gsize       *length,
                  GError     **error)
{
  gboolean ok;
  int fd;

  /* O_NONBLOCK: opening a named pipe must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    return fail_read (error, what, "%s", g_strerror (errno));

  ok = read_open_file (fd, what, contents, length, error);
  g_close (fd, NULL);

  return ok;
}

/**
 * golf_uneekor_report_import_file:
 * @store: the #GolfStore to write to
 * @path: a file holding a Uneekor report (the report API's JSON)
 * @session_id: (nullable): the session id to file the shots under, or
 *   %NULL to take it from the file name: the digits of `report-<digits>.json`,
 *   `report_<digits>.json` or `<digits>.json` (the report's id, as in the
 *   report link's id=), otherwise the file name without its extension
 * @n_imported: (out) (optional): how many shots were saved
 * @n_skipped: (out) (optional): how many shots were left out (no id)
 * @error: return location for a #GError
 *
 * Reads and parses the whole file (see golf_uneekor_report_parse()), then
 * saves the session and all its shots with one golf_store_save_shots(), so
 * importing the same report again updates its shots and never duplicates
 * them, and a file that cannot be parsed leaves the database as it was.
 * A folder, a file that is not a regular file and one larger than 256 MB
 * are refused with %GOLF_IMPORT_ERROR_READ. Errors from the store are
 * passed on unchanged.
 *
 * Returns: %TRUE when the shots were saved
 */
gboolean
golf_uneekor_report_import_file (GolfStore   *store,
                                 const char  *path,
                                 const char  *session_id,
                                 guint       *n_imported,
                                 guint       *n_skipped,
                                 GError     **error)
{
  g_autoptr(GolfSession) session = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autofree char *derived_id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  g_autofree char *data = NULL;
  guint skipped = 0;
  gsize length = 0;

  g_return_val_if_fail (GOLF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_filename_display_basename (path);
  what = g_strdup_printf ("“%s”", name);

  if (session_id == NULL)
    session_id = derived_id = golf_uneekor_report_session_id_for_file (path);

  if (!read_report_file (path, what, &data, &length, error))
    return FALSE;
  if (!parse_report (data, length, session_id, what, &session, &shots, &skipped, error))
    return FALSE;
  g_clear_pointer (&data, g_free);

  if (!golf_store_save_shots (store, session, shots, error))
    return FALSE;

  if (n_imported != NULL)
    *n_imported = shots->len;
  if (n_skipped != NULL)
    *n_skipped = skipped;

  return TRUE;
}
