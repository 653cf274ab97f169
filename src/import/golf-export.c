/* golf-export.c: a session out of the store, for coaches and other tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "golf-bundle.h"
#include "golf-export-private.h"
#include "golf-import-util-private.h"
#include "golf-json-writer.h"

#define SHOTS_FORMAT "golf-lab-shots"
#define SHOTS_VERSION 1

/* Exact factors: a CSV in yards reads back as the metres it came from. */
#define METRES_PER_YARD 0.9144
#define MPS_PER_MPH 0.44704

/**
 * golf_export_format_from_string:
 * @name: "csv", "json" or "golfsession" (any case)
 * @format: (out): the format
 *
 * Returns: %TRUE when @name is a format
 */
gboolean
golf_export_format_from_string (const char       *name,
                                GolfExportFormat *format)
{
  g_return_val_if_fail (name != NULL && format != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "csv") == 0)
    *format = GOLF_EXPORT_CSV;
  else if (g_ascii_strcasecmp (name, "json") == 0)
    *format = GOLF_EXPORT_JSON;
  else if (g_ascii_strcasecmp (name, "golfsession") == 0)
    *format = GOLF_EXPORT_BUNDLE;
  else
    return FALSE;

  return TRUE;
}

/* "2024-03-09T14:05:12Z" */
static char *
export_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* The session's shots, in their order, and the session itself. */
static GPtrArray *
dup_shots (GolfStore    *store,
                        const char   *session_id,
                        GolfSession **session,
                        GError      **error)
{
  g_autoptr(GListModel) list = NULL;
  GPtrArray *shots;

  *session = golf_store_find_session (store, session_id);
  if (*session == NULL)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SESSION,
                   "There is no session “%s” to export; list the sessions to find its id", session_id);
      return NULL;
    }

  list = golf_store_list_shots (store, session_id, error);
  if (list == NULL)
    return NULL;

  shots = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (shots, g_list_model_get_item (list, i));

  return shots;
}

/* "units": the unit of every field, as stored (SI). */
static void
build_units (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "units");
  json_builder_begin_object (builder);
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    golf_json_add_string (builder, golf_shot_field_get_name (f), _golf_import_field_si_unit (f));
  json_builder_end_object (builder);
}

static void
build_session (JsonBuilder *builder,
               GolfSession *session)
{
  json_builder_set_member_name (builder, "session");
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "id", golf_session_get_id (session));
  golf_json_add_string (builder, "name", golf_session_get_name (session));
  golf_json_add_string (builder, "date", golf_session_get_date (session));
  golf_json_add_string (builder, "type", golf_session_get_session_type (session));
  golf_json_add_string (builder, "notes", golf_session_get_notes (session));
  golf_json_add_string (builder, "notes_updated_at", golf_session_get_notes_updated_at (session));
  json_builder_end_object (builder);
}

/* "player": whose session it is, by name and hand. */
static void
build_player (JsonBuilder *builder,
              GolfStore   *store,
              GolfSession *session)
{
  GolfPlayer *player = golf_store_find_player_by_id (store, golf_session_get_player_id (session));

  json_builder_set_member_name (builder, "player");
  if (player == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "name", golf_player_get_name (player));
  golf_json_add_string (builder, "hand", golf_hand_to_string (golf_player_get_hand (player)));
  json_builder_end_object (builder);
}

/* One shot, flat: its fields by name (null when missing), which of them
 * were estimated, and the player's tags, comment and verdict; a bundle
 * adds when those were last edited. */
static void
build_shot (JsonBuilder *builder,
            GolfShot    *shot,
            gboolean     derived)
{
  const char * const *tags = golf_shot_get_tags (shot);

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "id", golf_shot_get_id (shot));
  golf_json_add_string (builder, "club", golf_shot_get_club (shot));
  golf_json_add_string (builder, "shot_type", golf_shot_get_shot_type (shot));
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    golf_json_add_number (builder, golf_shot_field_get_name (f), golf_shot_get (shot, f));
  if (derived)
    {
      golf_json_add_number (builder, "smash", golf_shot_get_smash (shot));
      golf_json_add_number (builder, "face_to_path", golf_shot_get_face_to_path (shot));
    }

  json_builder_set_member_name (builder, "estimated");
  json_builder_begin_array (builder);
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    if (golf_shot_is_estimated (shot, f))
      json_builder_add_string_value (builder, golf_shot_field_get_name (f));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);

  golf_json_add_string (builder, "comment", golf_shot_get_comment (shot));
  golf_json_add_string (builder, "set_aside", _golf_import_set_aside_to_string (golf_shot_get_set_aside (shot)));
  if (!derived)
    golf_json_add_string (builder, "annotated_at", golf_shot_get_annotated_at (shot));
  json_builder_end_object (builder);
}

/*
 * _golf_export_document:
 * @format: %GOLF_EXPORT_JSON or %GOLF_EXPORT_BUNDLE
 *
 * The session as one JSON document: what it is ("format", its version),
 * when it was written, every field's unit, the session, its shots. A
 * bundle adds the player and leaves out what is derived (smash factor,
 * face to path); the JSON export for other tools has them.
 */
GBytes *
_golf_export_document (GolfStore         *store,
                       const char        *session_id,
                       GolfExportFormat   format,
                       GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autofree char *now = export_now ();
  gboolean bundle = format == GOLF_EXPORT_BUNDLE;
  GolfSession *session;
  char *text;

  shots = dup_shots (store, session_id, &session, error);
  if (shots == NULL)
    return NULL;

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "format", bundle ? GOLF_BUNDLE_FORMAT : SHOTS_FORMAT);
  golf_json_add_int (builder, bundle ? "schema_version" : "version", bundle ? GOLF_BUNDLE_SCHEMA_VERSION : SHOTS_VERSION);
  golf_json_add_string (builder, "generator", "Golf Lab " PACKAGE_VERSION);
  golf_json_add_string (builder, "exported_at", now);
  build_units (builder);
  build_session (builder, session);
  if (bundle)
    build_player (builder, store, session);
  json_builder_set_member_name (builder, "shots");
  json_builder_begin_array (builder);
  for (guint i = 0; i < shots->len; i++)
    build_shot (builder, shots->pdata[i], !bundle);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = golf_json_to_string (root, TRUE);

  return g_bytes_new_take (text, strlen (text));
}

/* A CSV value: quoted when it holds a comma, a quote or a line break. */
static void
append_csv_text (GString    *out,
                 const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* A value as stored (@exact): the shortest text that reads back as the
 * same double. A converted or derived one: 12 significant digits, so 90 ft
 * of apex is "30" yards, not "30.000000000000004". Empty when missing. */
static void
append_csv_number (GString  *out,
                   double    value,
                   gboolean  exact)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return;

  if (exact)
    golf_json_format_double (value, buffer);
  else
    g_ascii_formatd (buffer, sizeof buffer, "%.12g", value);
  g_string_append (out, strcmp (buffer, "-0") == 0 ? "0" : buffer);
}

static const char *
csv_unit (GolfShotField field,
          gboolean      imperial)
{
  GolfUnit unit = golf_shot_field_get_unit (field);

  if (imperial && unit == GOLF_UNIT_SPEED)
    return "mph";
  if (imperial && unit == GOLF_UNIT_DISTANCE)
    return "yd";

  return _golf_import_field_si_unit (field);
}

static double
csv_value (GolfShot      *shot,
           GolfShotField  field,
           gboolean       imperial)
{
  double value = golf_shot_get (shot, field);
  GolfUnit unit = golf_shot_field_get_unit (field);

  if (imperial && unit == GOLF_UNIT_SPEED)
    return value / MPS_PER_MPH;
  if (imperial && unit == GOLF_UNIT_DISTANCE)
    return value / METRES_PER_YARD;

  return value;
}

static void
append_csv_header (GString  *out,
                   gboolean  imperial)
{
  g_string_append (out, "session_id,id,date,club,shot_type");
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    {
      const char *unit = csv_unit (f, imperial);

      g_string_append_printf (out, ",%s", golf_shot_field_get_name (f));
      if (*unit != '\0')
        g_string_append_printf (out, " (%s)", unit);
    }
  g_string_append (out, ",smash,face_to_path (deg),estimated,set_aside,tags,comment\r\n");
}

static void
append_csv_shot (GString     *out,
                 GolfSession *session,
                 GolfShot    *shot,
                 gboolean     imperial)
{
  g_autofree char *tags = g_strjoinv (";", (char **) golf_shot_get_tags (shot));
  gboolean first = TRUE;

  append_csv_text (out, golf_session_get_id (session));
  g_string_append_c (out, ',');
  append_csv_text (out, golf_shot_get_id (shot));
  g_string_append_c (out, ',');
  append_csv_text (out, golf_session_get_date (session));
  g_string_append_c (out, ',');
  append_csv_text (out, golf_shot_get_club (shot));
  g_string_append_c (out, ',');
  append_csv_text (out, golf_shot_get_shot_type (shot));
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    {
      GolfUnit unit = golf_shot_field_get_unit (f);

      g_string_append_c (out, ',');
      append_csv_number (out, csv_value (shot, f, imperial),
                         !imperial || (unit != GOLF_UNIT_SPEED && unit != GOLF_UNIT_DISTANCE));
    }
  g_string_append_c (out, ',');
  append_csv_number (out, golf_shot_get_smash (shot), FALSE);
  g_string_append_c (out, ',');
  append_csv_number (out, golf_shot_get_face_to_path (shot), FALSE);

  g_string_append_c (out, ',');
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    if (golf_shot_is_estimated (shot, f))
      {
        g_string_append_printf (out, "%s%s", first ? "" : " ", golf_shot_field_get_name (f));
        first = FALSE;
      }
  g_string_append_printf (out, ",%s,", _golf_import_set_aside_to_string (golf_shot_get_set_aside (shot)));
  append_csv_text (out, tags);
  g_string_append_c (out, ',');
  append_csv_text (out, golf_shot_get_comment (shot));
  g_string_append (out, "\r\n");
}

static GBytes *
export_csv (GolfStore   *store,
            const char  *session_id,
            gboolean     imperial,
            GError     **error)
{
  g_autoptr(GPtrArray) shots = NULL;
  GolfSession *session;
  GString *out;

  shots = dup_shots (store, session_id, &session, error);
  if (shots == NULL)
    return NULL;

  out = g_string_sized_new (512 + shots->len * 400);
  append_csv_header (out, imperial);
  for (guint i = 0; i < shots->len; i++)
    append_csv_shot (out, session, shots->pdata[i], imperial);

  return g_string_free_to_bytes (out);
}

/**
 * golf_export_session:
 * @store: the store, on its own thread
 * @session_id: the session to export
 * @format: what to write
 * @imperial: for %GOLF_EXPORT_CSV, speeds in mph and distances in yards
 *   (else m/s and metres); JSON and bundles are always in SI units
 * @error: return location for a #GError
 *
 * %GOLF_EXPORT_CSV writes one row per shot with a header naming each
 * column's unit ("carry_distance (yd)"), missing values empty (values in
 * SI units as stored, to the last bit; converted ones to 12 significant
 * digits), then the
 * smash factor and face to path, the estimated fields, the set-aside
 * verdict, the tags (";" between them) and the comment. Golf Lab imports
 * its own CSV back. %GOLF_EXPORT_JSON writes `{"format": "golf-lab-shots",
 * "units": {...}, "session": {...}, "shots": [...]}`. %GOLF_EXPORT_BUNDLE
 * is golf_bundle_write().
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 *   (%GOLF_IMPORT_ERROR_NO_SESSION for an unknown session)
 */
GBytes *
golf_export_session (GolfStore         *store,
                     const char        *session_id,
                     GolfExportFormat   format,
                     gboolean           imperial,
                     GError           **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case GOLF_EXPORT_CSV:
      return export_csv (store, session_id, imperial, error);
    case GOLF_EXPORT_JSON:
      return _golf_export_document (store, session_id, format, error);
    case GOLF_EXPORT_BUNDLE:
    default:
      return golf_bundle_write (store, session_id, error);
    }
}

/**
 * golf_export_session_to_file:
 * @store: the store, on its own thread
 * @session_id: the session to export
 * @format: what to write
 * @imperial: see golf_export_session()
 * @path: the file to write; replaced whole or not at all
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the file was written; otherwise
 *   %GOLF_IMPORT_ERROR_WRITE says why (and no file was changed)
 */
gboolean
golf_export_session_to_file (GolfStore         *store,
                             const char        *session_id,
                             GolfExportFormat   format,
                             gboolean           imperial,
                             const char        *path,
                             GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *what = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = golf_export_session (store, session_id, format, imperial, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      what = _golf_import_describe_file (path);
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_WRITE,
                   "Could not write %s: %s; nothing was written", what, local_error->message);
      return FALSE;
    }

  return TRUE;
}
