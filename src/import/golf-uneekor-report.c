/* golf-uneekor-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-club-name.h"
#include "golf-import-report-private.h"
#include "golf-import-util-private.h"
#include "golf-import-writer-private.h"
#include "golf-json-reader-private.h"
#include "golf-uneekor-report-private.h"

/* What Uneekor writes for a value its cameras did not capture. */
#define NOT_CAPTURED 99999.0

#define SESSION_TYPE "practice"


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

/* A shot as read, before the session (and so its full id) is known. */
typedef struct
{
  const char *id;
  const char *shot_type;
  guint       group;
  double      values[GOLF_SHOT_N_FIELDS];
} PendingShot;

typedef struct
{
  const char *id;          /* as written, or NULL */
  const char *report_id;   /* the report it says it belongs to, or NULL */
  char       *club;
} Group;

typedef struct
{
  GolfJsonReader    reader;
  const char       *what;
  GolfImportReport *report;
  char             *date;
  GArray           *pending;
  GArray           *groups;
  GStringChunk     *strings;
  guint             n_shot_lists;
  guint             next_key;
} ReportParser;

static void
group_clear (gpointer data)
{
  g_free (((Group *) data)->club);
}

static void
report_parser_init (ReportParser     *parser,
                    const char       *data,
                    gsize             length,
                    const char       *what,
                    GolfImportReport *report)
{
  memset (parser, 0, sizeof *parser);
  _golf_json_reader_init (&parser->reader, data, length);
  parser->what = what;
  parser->report = report;
  parser->pending = g_array_new (FALSE, FALSE, sizeof (PendingShot));
  parser->groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (parser->groups, group_clear);
  parser->strings = g_string_chunk_new (4096);
}

static void
report_parser_clear (ReportParser *parser)
{
  _golf_json_reader_clear (&parser->reader);
  g_clear_pointer (&parser->date, g_free);
  g_clear_pointer (&parser->pending, g_array_unref);
  g_clear_pointer (&parser->groups, g_array_unref);
  g_clear_pointer (&parser->strings, g_string_chunk_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportParser, report_parser_clear)

/* Translators: what a JSON value is, for "… but the data is a string" */
static const char *
describe_type (GolfJsonType type)
{
  switch (type)
    {
    case GOLF_JSON_OBJECT:
      return _("an object");
    case GOLF_JSON_ARRAY:
      return _("a list");
    case GOLF_JSON_STRING:
      return _("a string");
    case GOLF_JSON_NUMBER:
      return _("a number");
    case GOLF_JSON_TRUE:
    case GOLF_JSON_FALSE:
      return _("true or false");
    case GOLF_JSON_NULL:
      return _("null");
    case GOLF_JSON_END:
      return _("empty");
    case GOLF_JSON_INVALID:
    default:
      return _("not JSON");
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
               _("%s is not a Uneekor report: expected a list of club groups with \"shots\", "
                 "but %s; export the report again from the Uneekor portal"),
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

  /* Control characters (\u0007, \n) have no place in a name or a shape. */
  if (*text != NULL && strpbrk (*text, "\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f"
                                       "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b"
                                       "\x1c\x1d\x1e\x1f\x7f") != NULL)
    {
      g_autofree char *clean = _golf_import_clean_text (*text, -1);

      *text = clean ? g_string_chunk_insert (parser->strings, clean) : NULL;
    }

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
      *value = _golf_number_from_text (str, length);
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

static void
set_aside (ReportParser *parser,
           guint         group,
           guint         index,
           const char   *reason)
{
  g_autofree char *where = NULL;

  if (parser->report == NULL)
    return;

  /* Translators: where a set-aside shot was in a Uneekor report */
  where = g_strdup_printf (_("club group %u, shot %u"), group + 1, index + 1);
  _golf_import_report_set_aside (parser->report, where, "%s", reason);
}

static gboolean
read_shots (ReportParser  *parser,
            guint          group,
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
          set_aside (parser, group, n, _("it is not a shot (a JSON object)"));
          continue;
        }

      if (!read_shot (parser, &shot, error))
        return FALSE;

      shot.group = group;
      if (shot.id == NULL)
        set_aside (parser, group, n, _("it has no id, so it cannot be told from the others"));
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

#define KEY_IS(name) (length == sizeof name - 1 && memcmp (key, name, length) == 0)

/* Reads one member of a club group into @group. */
static gboolean
read_group_member (ReportParser  *parser,
                   guint          index,
                   const char    *key,
                   gsize          length,
                   const char   **club_code,
                   GError       **error)
{
  GolfJsonType type = _golf_json_reader_peek (&parser->reader);
  Group *group = &g_array_index (parser->groups, Group, index);
  const char *date = NULL;

  if (KEY_IS ("shots") && type == GOLF_JSON_ARRAY)
    {
      parser->n_shot_lists++;
      return read_shots (parser, index, error);
    }
  if (KEY_IS ("shots") && type != GOLF_JSON_NULL)
    return fail_not_a_report (parser, error, _("\"shots\" of club group %u is %s"),
                              index + 1, describe_type (type));
  if (KEY_IS ("id"))
    return read_id (parser, &group->id, error);
  if (KEY_IS ("report_id"))
    return read_id (parser, &group->report_id, error);
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
  const char *club_code = NULL;
  const char *key;
  gsize length;

  g_array_set_size (parser->groups, index + 1);

  for (guint n = 0; ; n++)
    {
      if (!_golf_json_reader_object_next (&parser->reader, n, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (!read_group_member (parser, index, key, length, &club_code, error))
        return FALSE;
    }

  g_array_index (parser->groups, Group, index).club = golf_club_canonical_name (club_code);
  return TRUE;
}

static gboolean
read_report (ReportParser  *parser,
             GError       **error)
{
  GolfJsonType type = _golf_json_reader_peek (&parser->reader);
  gboolean has_next;

  if (type != GOLF_JSON_ARRAY)
    return fail_not_a_report (parser, error, _("the data is %s"), describe_type (type));

  for (guint n = 0; ; n++)
    {
      if (!_golf_json_reader_array_next (&parser->reader, n, &has_next, error))
        return FALSE;
      if (!has_next)
        break;

      type = _golf_json_reader_peek (&parser->reader);
      if (type != GOLF_JSON_OBJECT)
        return fail_not_a_report (parser, error, _("item %u of the list is %s, not a club group"),
                                  n + 1, describe_type (type));
      if (!read_group (parser, n, error))
        return FALSE;
    }

  if (!_golf_json_reader_expect_end (&parser->reader, error))
    return FALSE;

  if (parser->groups->len > 0 && parser->n_shot_lists == 0)
    return fail_not_a_report (parser, error, "%s", _("no club group has \"shots\""));

  return TRUE;
}

/* Compares two digit strings as the numbers they write. */
static int
compare_digits (const char *a,
                const char *b)
{
  gsize length_a, length_b;

  while (*a == '0' && a[1] != '\0')
    a++;
  while (*b == '0' && b[1] != '\0')
    b++;

  length_a = strlen (a);
  length_b = strlen (b);
  if (length_a != length_b)
    return length_a < length_b ? -1 : 1;

  return strcmp (a, b);
}

/* The report id the club groups carry, when they all agree on one. */
static const char *
carried_report_id (ReportParser *parser)
{
  const char *found = NULL;

  for (guint i = 0; i < parser->groups->len; i++)
    {
      const char *id = g_array_index (parser->groups, Group, i).report_id;

      if (id == NULL)
        continue;
      if (!_golf_import_is_all_digits (id) || (found != NULL && strcmp (found, id) != 0))
        return NULL;
      found = id;
    }

  return found;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The session of a report that says nothing of its id: named after its
 * lowest club-group id (club groups belong to one report, and a report
 * exported again with more groups keeps its lowest one), or a hash of its
 * club-group ids (or shot ids) when they are not numbers. */
static char *
fingerprint (ReportParser *parser)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  const char *lowest = NULL;
  gboolean numeric = TRUE;
  guint64 hash = GOLF_IMPORT_HASH_SEED;
  g_autofree char *text = NULL;

  for (guint i = 0; i < parser->groups->len; i++)
    {
      const char *id = g_array_index (parser->groups, Group, i).id;

      if (id == NULL)
        continue;
      g_ptr_array_add (ids, (gpointer) id);
      numeric = numeric && _golf_import_is_all_digits (id);
      if (numeric && (lowest == NULL || compare_digits (id, lowest) < 0))
        lowest = id;
    }

  if (lowest != NULL && numeric)
    {
      while (*lowest == '0' && lowest[1] != '\0')
        lowest++;
      return g_strconcat ("uneekor-", lowest, NULL);
    }

  if (ids->len == 0)
    for (guint i = 0; i < parser->pending->len; i++)
      g_ptr_array_add (ids, (gpointer) g_array_index (parser->pending, PendingShot, i).id);
  g_ptr_array_sort (ids, compare_strings);

  for (guint i = 0; i < ids->len; i++)
    hash = _golf_import_hash (hash, ids->pdata[i], strlen (ids->pdata[i]) + 1);
  text = _golf_import_hash_text (hash);

  return g_strconcat ("uneekor-", text, NULL);
}

/* Turns the pending shots into GolfShots, now that the session is known. */
static GPtrArray *
make_shots (ReportParser *parser,
            const char   *session_id)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *shots = g_ptr_array_new_full (parser->pending->len, g_object_unref);

  for (guint i = 0; i < parser->pending->len; i++)
    {
      PendingShot *pending = &g_array_index (parser->pending, PendingShot, i);
      Group *group = &g_array_index (parser->groups, Group, pending->group);
      g_autofree char *position = NULL;
      const char *group_id = group->id;
      char *id;
      GolfShot *shot;

      /* A club group without an id is numbered by its place in the list. */
      if (group_id == NULL)
        group_id = position = g_strdup_printf ("%u", pending->group + 1);

      id = g_strconcat (session_id, "_", group_id, "_", pending->id, NULL);
      if (!g_hash_table_add (seen, id))
        {
          if (parser->report != NULL)
            {
              /* Translators: where a set-aside shot or refused value was: "shot 44478_1_7" */
              g_autofree char *where = g_strdup_printf (_("shot %s"), id);

              _golf_import_report_set_aside (parser->report, where, "%s",
                                             _("the same shot appears twice; the first one was kept"));
            }
          continue;
        }

      shot = golf_shot_new (id, session_id);
      _golf_import_set_values (shot, pending->values, parser->report, _("shot %s"), id);
      if (group->club != NULL)
        golf_shot_set_club (shot, group->club);
      if (pending->shot_type != NULL)
        golf_shot_set_shot_type (shot, pending->shot_type);

      g_ptr_array_add (shots, shot);
    }

  return shots;
}

/*
 * _golf_uneekor_report_parse:
 * @session_id: (nullable): the session to file the shots under; %NULL to
 *   take the report id the club groups carry, then @name_id, then the
 *   report's fingerprint
 * @name_id: (nullable): the report id a download's file name gives
 * @what: names the data at the start of messages ("“report-1.json”")
 *
 * See golf_uneekor_report_parse().
 */
gboolean
_golf_uneekor_report_parse (const char        *data,
                            gsize              length,
                            const char        *session_id,
                            const char        *name_id,
                            const char        *what,
                            GolfSession      **session,
                            GPtrArray        **shots,
                            GolfImportReport  *report,
                            GError           **error)
{
  g_auto(ReportParser) parser = { 0, };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GolfSession) new_session = NULL;
  g_autoptr(GPtrArray) new_shots = NULL;
  g_autofree char *derived_id = NULL;

  if (session_id != NULL && !golf_import_check_session_id (session_id, error))
    return FALSE;

  report_parser_init (&parser, data, length, what, report);

  if (_golf_json_reader_peek (&parser.reader) == GOLF_JSON_END)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                   _("%s is empty; export the report again from the Uneekor portal"), what);
      return FALSE;
    }

  if (!read_report (&parser, &local_error))
    {
      if (g_error_matches (local_error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX))
        g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                     _("%s is not valid JSON: %s; export the report again from the Uneekor portal"),
                     what, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (session_id == NULL)
    session_id = carried_report_id (&parser);
  if (session_id == NULL)
    session_id = name_id;
  if (session_id == NULL)
    session_id = derived_id = fingerprint (&parser);

  new_shots = make_shots (&parser, session_id);
  if (new_shots->len == 0)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SHOTS,
                   _("%s holds no shot that can be imported (%u set aside); "
                     "check that the session recorded shots, then export the report again from "
                     "the Uneekor portal"),
                   what, report ? golf_import_report_get_n_set_aside (report) : 0);
      return FALSE;
    }

  new_session = golf_session_new (session_id);
  golf_session_set_session_type (new_session, SESSION_TYPE);
  if (parser.date != NULL)
    golf_session_set_date (new_session, parser.date);

  *session = g_steal_pointer (&new_session);
  *shots = g_steal_pointer (&new_shots);

  return TRUE;
}

/* The same, into the form the writer takes. */
GolfImportParsed *
_golf_uneekor_report_parse_whole (const char        *data,
                                  gsize              length,
                                  const char        *session_id,
                                  const char        *name_id,
                                  const char        *what,
                                  GolfImportReport  *report,
                                  GError           **error)
{
  g_autoptr(GolfSession) session = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  GolfImportParsed *parsed;

  if (!_golf_uneekor_report_parse (data, length, session_id, name_id, what, &session, &shots, report, error))
    return NULL;

  parsed = _golf_import_parsed_new ();
  _golf_import_parsed_add (parsed, session, shots);
  return parsed;
}

/**
 * golf_uneekor_report_parse:
 * @data: (array length=length): the report as the Uneekor report API sends
 *   it: a JSON list of club groups, each with its "shots"
 * @length: the length of @data in bytes
 * @session_id: (nullable): the session the shots belong to; %NULL to take
 *   it from the content: the report id the club groups carry (a
 *   `report_id` member) or else "uneekor-" and the lowest club-group id (a
 *   hash of the ids when they are not numbers)
 * @session: (out) (transfer full): the session: its id, its date (from the
 *   first club group's "client_created_date", kept as YYYY-MM-DD) and the
 *   type "practice"
 * @shots: (out) (transfer container) (element-type GolfShot): the shots, in
 *   the report's order
 * @report: (nullable): where shots left out (no id, not an object, the
 *   same id twice) and impossible values (stored as missing) are noted
 * @error: return location for a #GError
 *
 * Reads a report without touching any database. Values are kept as sent
 * (SI units, no rounding); 99999, null, absent, NaN and text that is no
 * number become absent (NAN), and so do values outside
 * golf_shot_field_get_limits(); numbers sent as strings are read as
 * numbers. A shot's id is `<session>_<club group id>_<shot id>`; a club
 * group without an id is numbered by its position in the list (from 1).
 * The club is the canonical name of the group's "club_name".
 *
 * The errors are %GOLF_IMPORT_ERROR_INVALID_ARGUMENT for a @session_id
 * that is not valid (see golf_import_check_session_id()),
 * %GOLF_IMPORT_ERROR_SYNTAX (with line, column and byte offset) when @data
 * is not JSON, %GOLF_IMPORT_ERROR_NOT_A_REPORT when it is JSON of another
 * shape, and %GOLF_IMPORT_ERROR_NO_SHOTS when no shot can be used.
 *
 * Returns: %TRUE on success
 */
gboolean
golf_uneekor_report_parse (const char        *data,
                           gsize              length,
                           const char        *session_id,
                           GolfSession      **session,
                           GPtrArray        **shots,
                           GolfImportReport  *report,
                           GError           **error)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (shots != NULL, FALSE);
  g_return_val_if_fail (report == NULL || GOLF_IS_IMPORT_REPORT (report), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _golf_uneekor_report_parse (length > 0 ? data : "", length, session_id, NULL,
                                     _("The report"), session, shots, report, error);
}

/* The end of a browser's name for a second download of the same file:
 * " (1)", "(2)", "-1", "_3". */
static gsize
strip_copy_suffix (const char *name,
                   gsize       length)
{
  gsize end = length;

  if (end > 0 && name[end - 1] == ')')
    {
      gsize open = end - 1;

      while (open > 0 && g_ascii_isdigit (name[open - 1]))
        open--;
      if (open > 0 && open < end - 1 && name[open - 1] == '(')
        {
          end = open - 1;
          while (end > 0 && name[end - 1] == ' ')
            end--;
          return end;
        }
    }

  return length;
}

/**
 * golf_uneekor_report_session_id_for_file:
 * @path: a report file
 *
 * The report id a download's file name gives: "report-44478.json",
 * "report_44478.json", "44478.json" and a browser's second copy of them
 * ("report-44478 (1).json") give "44478". Any other name gives nothing:
 * the import then keys the session on the report's content.
 *
 * Returns: (transfer full) (nullable): the report id, or %NULL
 */
char *
golf_uneekor_report_session_id_for_file (const char *path)
{
  g_autofree char *base = NULL;
  const char *digits;
  char *dot;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';

  digits = base;
  if (g_ascii_strncasecmp (digits, "report", 6) == 0)
    {
      digits += 6;
      if (*digits == '-' || *digits == '_')
        digits++;
    }

  length = strip_copy_suffix (digits, strlen (digits));
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (digits[i]))
      return NULL;

  return length > 0 ? g_strndup (digits, length) : NULL;
}

/**
 * golf_uneekor_report_import_file:
 * @store: the #GolfStore to write to (on its own thread)
 * @path: a file holding a Uneekor report (the report API's JSON)
 * @session_id: (nullable): the session id to file the shots under, or
 *   %NULL to take it from the report: the report id the file carries, else
 *   the one its download name gives (see
 *   golf_uneekor_report_session_id_for_file()), else its fingerprint (see
 *   golf_uneekor_report_parse()); so the same report saved under two names
 *   is one session
 * @error: return location for a #GError
 *
 * Reads and parses the whole file, then stores the session and its shots
 * in one transaction: importing the same report again updates changed
 * shots and never duplicates them, and a file that cannot be parsed
 * leaves the database as it was. A folder, a file that is not a regular
 * file and one larger than 256 MB are refused with
 * %GOLF_IMPORT_ERROR_READ. Errors from the store are passed on unchanged.
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set
 */
GolfImportReport *
golf_uneekor_report_import_file (GolfStore   *store,
                                 const char  *path,
                                 const char  *session_id,
                                 GError     **error)
{
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GolfImportParsed) parsed = NULL;
  g_autofree char *name_id = NULL;
  g_autofree char *what = NULL;
  g_autofree char *data = NULL;
  g_autofree char *source = NULL;
  gsize length = 0;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  what = _golf_import_describe_file (path);
  source = g_strdup_printf (_("Uneekor report %s"), what);
  report = golf_import_report_new (source);
  name_id = golf_uneekor_report_session_id_for_file (path);

  if (!_golf_import_read_file (path, what, &data, &length, error) ||
      (parsed = _golf_uneekor_report_parse_whole (data, length, session_id, name_id, what,
                                                  report, error)) == NULL)
    return NULL;
  g_clear_pointer (&data, g_free);

  if (!_golf_import_write_parsed (store, report, parsed, NULL, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&report);
}
