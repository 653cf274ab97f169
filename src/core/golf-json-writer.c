/* golf-json-writer.c: JSON text that every JSON reader accepts
 *
 * json-glib 1.6's generator writes an infinity as "inf.0" and 1e308 as
 * "1e+308.0", and passes invalid UTF-8 through. Everything Golf Lab writes
 * as JSON goes through here instead: a number that is not finite becomes
 * null, doubles take the shortest form that reads back the same, and text
 * is valid UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-json"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "golf-json-writer.h"

static void write_node (GString  *out,
                        JsonNode *node,
                        gboolean  pretty,
                        guint     depth);

/**
 * golf_json_format_double:
 * @value: a finite number
 * @buffer: (out caller-allocates): where to write it
 *
 * Writes the shortest text, in the C locale, that reads back as the same
 * double ("0.1", "160", "1e+308"); a negative zero is "0".
 *
 * Returns: (transfer none): @buffer
 */
const char *
golf_json_format_double (double value,
                         char   buffer[G_ASCII_DTOSTR_BUF_SIZE])
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

  g_return_val_if_fail (isfinite (value), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  if (strcmp (buffer, "-0") == 0)
    strcpy (buffer, "0");

  return buffer;
}

static void
write_double (GString *out,
              double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append (out, golf_json_format_double (value, buffer));

  /* Keep doubles recognisable as such: 160 is written 160.0. */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

static void
write_string (GString    *out,
              const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char)c);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      write_double (out, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_STRING:
      write_string (out, json_node_get_string (node));
      break;
    default:
      g_string_append (out, "null");
      break;
    }
}

static void
newline (GString  *out,
         gboolean  pretty,
         guint     depth)
{
  if (!pretty)
    return;

  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
write_object (GString    *out,
              JsonObject *object,
              gboolean    pretty,
              guint       depth)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      newline (out, pretty, depth + 1);
      write_string (out, name);
      g_string_append (out, pretty ? " : " : ":");
      write_node (out, member, pretty, depth + 1);
    }
  if (!first)
    newline (out, pretty, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             gboolean   pretty,
             guint      depth)
{
  guint n = json_array_get_length (array);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      newline (out, pretty, depth + 1);
      write_node (out, json_array_get_element (array, i), pretty, depth + 1);
    }
  if (n > 0)
    newline (out, pretty, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            gboolean  pretty,
            guint     depth)
{
  switch (node != NULL ? json_node_get_node_type (node) : JSON_NODE_NULL)
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), pretty, depth);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), pretty, depth);
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * golf_json_to_string:
 * @node: (nullable): the document
 * @pretty: indent with two spaces, a member per line
 *
 * Writes @node as JSON that strict readers accept: numbers that are not
 * finite become null and strings are valid UTF-8.
 *
 * Returns: (transfer full): the JSON text
 */
char *
golf_json_to_string (JsonNode *node,
                     gboolean  pretty)
{
  GString *out = g_string_new (NULL);

  write_node (out, node, pretty, 0);

  return g_string_free (out, FALSE);
}

/**
 * golf_json_add_number:
 * @builder: a builder inside an object
 * @name: the member name
 * @value: the number; NAN or an infinity is written as null
 */
void
golf_json_add_number (JsonBuilder *builder,
                      const char  *name,
                      double       value)
{
  json_builder_set_member_name (builder, name);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * golf_json_add_string:
 * @builder: a builder inside an object
 * @name: the member name
 * @value: (nullable): the text, or %NULL for null
 */
void
golf_json_add_string (JsonBuilder *builder,
                      const char  *name,
                      const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * golf_json_add_int:
 * @builder: a builder inside an object
 * @name: the member name
 * @value: the number
 */
void
golf_json_add_int (JsonBuilder *builder,
                   const char  *name,
                   gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/**
 * golf_json_add_bool:
 * @builder: a builder inside an object
 * @name: the member name
 * @value: true or false
 */
void
golf_json_add_bool (JsonBuilder *builder,
                    const char  *name,
                    gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}
