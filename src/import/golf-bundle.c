/* golf-bundle.c: a whole session in one file, .golfsession
 *
 * A bundle is JSON: {"format": "golf-lab-session", "schema_version": 1,
 * "generator", "exported_at", "units", "session": {id, name, date, type,
 * notes, notes_updated_at}, "player": {name, hand}, "shots": [{id, club,
 * shot_type, <every field by name, null when missing>, estimated: [field
 * names], tags: [...], comment, set_aside: "auto"|"yes"|"no",
 * annotated_at}]}. Numbers are written so they read back as the same
 * doubles, so importing a bundle reproduces its session exactly.
 *
 * Bundles go both ways between a player and a coach: importing one into
 * the store it came from updates the session in place (same session and
 * shot ids), and where both sides edited the notes or a shot's tags, the
 * newer edit wins (see golf-import-writer.c and golf-store-save.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-bundle-private.h"
#include "golf-export-private.h"
#include "golf-import-report-private.h"
#include "golf-import-util-private.h"
#include "golf-import-writer-private.h"
#include "golf-json-reader-private.h"


/**
 * golf_bundle_write:
 * @store: the store, on its own thread
 * @session_id: the session to bundle
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the bundle's bytes, or %NULL with @error set
 *   (%GOLF_IMPORT_ERROR_NO_SESSION for an unknown session)
 */
GBytes *
golf_bundle_write (GolfStore   *store,
                   const char  *session_id,
                   GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  return _golf_export_document (store, session_id, GOLF_EXPORT_BUNDLE, error);
}

typedef struct
{
  const char       *what;
  GolfImportReport *report;
  char             *player_name;
  GolfHand          hand;
  gboolean          renamed;   /* filed under another session than its own */
} BundleReader;

static gboolean
fail_damaged (BundleReader  *reader,
              GError       **error,
              const char    *detail)
{
  g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NOT_A_REPORT,
               _("%s is a damaged session bundle: %s; export the session again from Golf Lab"),
               reader->what, detail);
  return FALSE;
}

/* A member that must be a string or null; NULL for anything else. */
static char *
dup_text (JsonObject *object,
          const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return _golf_import_clean_text (json_node_get_string (node), -1);
}

/* Notes keep their line breaks; only their text must be valid. */
static char *
dup_notes (JsonObject *object,
           const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return g_utf8_make_valid (json_node_get_string (node), -1);
}

/* A time the bundle says something was edited, in the one form the store
 * writes (golf_stamp_format()), so times compare as text; NULL for
 * anything that is not an ISO 8601 time with its zone. */
static char *
dup_stamp (JsonObject *object,
           const char *name)
{
  g_autofree char *text = dup_text (object, name);
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL || (time = g_date_time_new_from_iso8601 (text, NULL)) == NULL)
    return NULL;

  return golf_stamp_format (time);
}

static GolfSession *
read_session (BundleReader  *reader,
              JsonObject    *root,
              const char    *session_id,
              GError       **error)
{
  JsonNode *node = json_object_get_member (root, "session");
  JsonObject *object = node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  g_autofree char *type = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *notes_updated_at = NULL;
  g_autoptr(GolfSession) session = NULL;

  if (object == NULL)
    {
      fail_damaged (reader, error, _("it has no \"session\""));
      return NULL;
    }

  id = dup_text (object, "id");
  if (session_id != NULL && g_strcmp0 (id, session_id) != 0)
    {
      g_free (id);
      id = g_strdup (session_id);
      reader->renamed = TRUE;
    }
  if (id == NULL)
    {
      fail_damaged (reader, error, _("its session has no id"));
      return NULL;
    }
  if (!golf_import_check_session_id (id, error))
    {
      g_prefix_error (error, "%s: ", reader->what);
      return NULL;
    }

  session = golf_session_new (id);
  name = dup_text (object, "name");
  date = dup_text (object, "date");
  type = dup_text (object, "type");
  notes = dup_notes (object, "notes");
  notes_updated_at = dup_stamp (object, "notes_updated_at");
  golf_session_set_name (session, name);
  golf_session_set_date (session, date);
  golf_session_set_session_type (session, type);
  golf_session_set_notes (session, notes);
  golf_session_set_notes_updated_at (session, notes_updated_at);

  return g_steal_pointer (&session);
}

static void
read_player (BundleReader *reader,
             JsonObject   *root)
{
  JsonNode *node = json_object_get_member (root, "player");
  g_autofree char *hand = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  reader->player_name = dup_text (json_node_get_object (node), "name");
  hand = dup_text (json_node_get_object (node), "hand");
  if (hand == NULL || !golf_hand_from_string (hand, &reader->hand))
    reader->hand = GOLF_HAND_RIGHT;
}

static double
read_number (BundleReader *reader,
             JsonObject   *object,
             GolfShotField field,
             const char   *shot_id)
{
  JsonNode *node = json_object_get_member (object, golf_shot_field_get_name (field));
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NAN;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_DOUBLE || type == G_TYPE_INT64)
    return json_node_get_double (node);

  {
    g_autofree char *where = g_strdup_printf (_("shot %s"), shot_id);
    /* Translators: %s is a measurement: "its ball speed is not a number; …" */
    g_autofree char *reason = g_strdup_printf (_("its %s is not a number; stored as missing"),
                                               _golf_import_field_label (field));

    _golf_import_report_refuse_value (reader->report, where, field, reason);
  }
  return NAN;
}

static void
read_strings (JsonObject  *object,
              const char  *name,
              GPtrArray   *strings)
{
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        {
          char *text = _golf_import_clean_text (json_node_get_string (element), -1);

          if (text != NULL)
            g_ptr_array_add (strings, text);
        }
    }
}

static void
read_annotations (JsonObject *object,
                  GolfShot   *shot)
{
  g_autoptr(GPtrArray) estimated = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *comment = dup_notes (object, "comment");
  g_autofree char *set_aside = dup_text (object, "set_aside");
  g_autofree char *annotated_at = dup_stamp (object, "annotated_at");
  GolfSetAside verdict = GOLF_SET_ASIDE_AUTO;
  GolfShotField field;

  read_strings (object, "estimated", estimated);
  for (guint i = 0; i < estimated->len; i++)
    if (golf_shot_field_from_name (estimated->pdata[i], &field) && golf_shot_has (shot, field))
      golf_shot_set_estimated (shot, field, TRUE);

  read_strings (object, "tags", tags);
  g_ptr_array_add (tags, NULL);
  golf_shot_set_tags (shot, (const char * const *) tags->pdata);
  golf_shot_set_comment (shot, comment);
  if (set_aside == NULL || !_golf_import_set_aside_from_string (set_aside, &verdict))
    verdict = GOLF_SET_ASIDE_AUTO;
  golf_shot_set_set_aside (shot, verdict);
  golf_shot_set_annotated_at (shot, annotated_at);
}

static GolfShot *
read_shot (BundleReader *reader,
           JsonNode     *node,
           guint         index,
           const char   *session_id,
           GHashTable   *seen)
{
  g_autofree char *id = NULL;
  g_autofree char *club = NULL;
  g_autofree char *shot_type = NULL;
  /* Translators: where a set-aside shot was in a session bundle: "shot 3" */
  g_autofree char *where = g_strdup_printf (_("shot %u"), index + 1);
  double values[GOLF_SHOT_N_FIELDS];
  JsonObject *object;
  GolfShot *shot;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _golf_import_report_set_aside (reader->report, where, "%s", _("it is not a shot (a JSON object)"));
      return NULL;
    }
  object = json_node_get_object (node);

  id = dup_text (object, "id");
  if (id == NULL)
    {
      _golf_import_report_set_aside (reader->report, where, "%s", _("it has no id"));
      return NULL;
    }
  if (reader->renamed)
    {
      /* Another session: other ids, so the original shots stay where they
       * are. A bundle of the session itself keeps its ids, so a copy's
       * bundle imported again hits the same shots. */
      char *own = g_strconcat (session_id, "_", id, NULL);

      g_free (id);
      id = own;
    }
  if (!g_hash_table_add (seen, g_strdup (id)))
    {
      _golf_import_report_set_aside (reader->report, where, _("its id %s was used by an earlier shot"), id);
      return NULL;
    }

  shot = golf_shot_new (id, session_id);
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    values[f] = read_number (reader, object, f, id);
  _golf_import_set_values (shot, values, reader->report, _("shot %s"), id);

  club = dup_text (object, "club");
  shot_type = dup_text (object, "shot_type");
  golf_shot_set_club (shot, club);
  golf_shot_set_shot_type (shot, shot_type);
  read_annotations (object, shot);

  return shot;
}

static gboolean
check_schema (BundleReader  *reader,
              JsonObject    *root,
              GError       **error)
{
  JsonNode *version = json_object_get_member (root, "schema_version");
  g_autofree char *format = dup_text (root, "format");
  gint64 number;

  if (g_strcmp0 (format, GOLF_BUNDLE_FORMAT) != 0)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is not a Golf Lab session bundle (its \"format\" is not \"%s\")"),
                   reader->what, GOLF_BUNDLE_FORMAT);
      return FALSE;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    return fail_damaged (reader, error, _("its \"schema_version\" is not a whole number"));

  number = json_node_get_int (version);
  if (number > GOLF_BUNDLE_SCHEMA_VERSION)
    {
      char schema[G_ASCII_DTOSTR_BUF_SIZE];

      g_snprintf (schema, sizeof schema, "%" G_GINT64_FORMAT, number);
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_TOO_NEW,
                   _("%s was written by a newer Golf Lab (bundle schema %s; this one "
                     "reads schema %d and older); update Golf Lab to import it"),
                   reader->what, schema, GOLF_BUNDLE_SCHEMA_VERSION);
      return FALSE;
    }
  if (number < 1)
    return fail_damaged (reader, error, _("its \"schema_version\" is below 1"));

  return TRUE;
}

static JsonNode *
load_json (BundleReader  *reader,
           const char    *data,
           gsize          length,
           GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  /* The project's reader first: it bounds nesting, json-glib does not. */
  if (!_golf_json_validate (data, length, &local_error) ||
      !json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib may quote the bytes it choked on. */
      g_autofree char *detail = g_utf8_make_valid (local_error->message, -1);

      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX,
                   _("%s is not valid JSON: %s; export the session again from Golf Lab"), reader->what, detail);
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

/*
 * _golf_bundle_parse:
 * @session_id: (nullable): file the session under this id instead
 *
 * Reads a bundle into memory (see golf_bundle_import()), with the player
 * whose session it is.
 */
GolfImportParsed *
_golf_bundle_parse (const char        *data,
                    gsize              length,
                    const char        *session_id,
                    const char        *what,
                    GolfImportReport  *report,
                    GError           **error)
{
  BundleReader reader = { what, report, NULL, GOLF_HAND_RIGHT, FALSE };
  g_autoptr(GolfImportParsed) parsed = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GolfSession) session = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonNode *list;

  if (session_id != NULL && !golf_import_check_session_id (session_id, error))
    return NULL;

  root = load_json (&reader, data, length, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is not a Golf Lab session bundle"), what);
      return NULL;
    }
  object = json_node_get_object (root);

  if (!check_schema (&reader, object, error) ||
      (session = read_session (&reader, object, session_id, error)) == NULL)
    return NULL;

  list = json_object_get_member (object, "shots");
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      fail_damaged (&reader, error, _("it has no list of \"shots\""));
      return NULL;
    }

  shots = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      GolfShot *shot = read_shot (&reader, json_array_get_element (json_node_get_array (list), i), i,
                                  golf_session_get_id (session), seen);

      if (shot != NULL)
        g_ptr_array_add (shots, shot);
    }

  read_player (&reader, object);
  parsed = _golf_import_parsed_new ();
  _golf_import_parsed_add (parsed, session, shots);
  parsed->player_name = g_steal_pointer (&reader.player_name);
  parsed->hand = reader.hand;

  return g_steal_pointer (&parsed);
}

static GolfImportReport *
import_bundle (GolfStore   *store,
               const char  *data,
               gsize        length,
               const char  *session_id,
               const char  *what,
               GError     **error)
{
  g_autofree char *source = what ? g_strdup_printf (_("Golf Lab session bundle %s"), what)
                                 : g_strdup (_("Golf Lab session bundle"));
  g_autoptr(GolfImportReport) report = golf_import_report_new (source);
  g_autoptr(GolfImportParsed) parsed = NULL;

  parsed = _golf_bundle_parse (data, length, session_id, what ? what : _("The bundle"), report, error);
  if (parsed == NULL ||
      !_golf_import_write_parsed (store, report, parsed, NULL, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&report);
}

/**
 * golf_bundle_import:
 * @store: the store, on its own thread
 * @data: (array length=length): a `.golfsession` bundle
 * @length: its length in bytes
 * @session_id: (nullable): file the session under this id (its shots get
 *   ids of their own: `<session_id>_<id in the bundle>`); %NULL to keep
 *   the bundle's
 * @error: return location for a #GError
 *
 * Stores the bundle's session (its name, date, type, notes and player,
 * who is added when the store does not know them by name) and its shots
 * with every field, estimated flags, tags, comment and verdict, in one
 * transaction. A bundle from a newer Golf Lab is refused with
 * %GOLF_IMPORT_ERROR_TOO_NEW.
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set
 */
GolfImportReport *
golf_bundle_import (GolfStore   *store,
                    const char  *data,
                    gsize        length,
                    const char  *session_id,
                    GError     **error)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_bundle (store, length > 0 ? data : "", length, session_id, NULL, error);
}

/**
 * golf_bundle_import_file:
 * @store: the store, on its own thread
 * @path: a `.golfsession` file
 * @session_id: (nullable): see golf_bundle_import()
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what the import did, or %NULL with @error set
 */
GolfImportReport *
golf_bundle_import_file (GolfStore   *store,
                         const char  *path,
                         const char  *session_id,
                         GError     **error)
{
  g_autofree char *what = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  what = _golf_import_describe_file (path);
  if (!_golf_import_read_file (path, what, &data, &length, error))
    return NULL;

  return import_bundle (store, data, length, session_id, what, error);
}
