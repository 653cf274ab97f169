/* golf-model-dict.c: a{sv} and a{sd} dictionaries built in their serialised form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <string.h>

#include "golf-model-dict-private.h"

/* The serialised form (GVariant specification, "Serialisation"): an
 * array of entries of variable size is the entries one after the other,
 * each aligned to 8, then the offset where each one ends. An entry
 * {sv} or {sd} is the key with its nul, padding to 8, then the value; and
 * the offset where the key ends. A variant is its value's bytes, a nul
 * and the value's type. An offset takes 1, 2, 4 or 8 bytes, the fewest
 * the container's whole size allows. */

static gsize
total_size (gsize body_size,
            gsize n_offsets)
{
  if (body_size + n_offsets <= G_MAXUINT8)
    return body_size + n_offsets;
  if (body_size + 2 * n_offsets <= G_MAXUINT16)
    return body_size + 2 * n_offsets;
  if (body_size + 4 * n_offsets <= G_MAXUINT32)
    return body_size + 4 * n_offsets;
  return body_size + 8 * n_offsets;
}

static guint
offset_size (gsize size)
{
  if (size > G_MAXUINT32)
    return 8;
  if (size > G_MAXUINT16)
    return 4;
  if (size > G_MAXUINT8)
    return 2;
  return size > 0 ? 1 : 0;
}

static void
append (GolfModelDict *dict,
        const void    *bytes,
        gsize          length)
{
  if (dict->length + length > dict->allocated)
    {
      dict->allocated = MAX (2 * dict->allocated, dict->length + length);
      dict->body = g_realloc (dict->body, dict->allocated);
    }
  memcpy (dict->body + dict->length, bytes, length);
  dict->length += length;
}

static void
append_offset (GolfModelDict *dict,
               gsize          value,
               guint          size)
{
  guint64 le = GUINT64_TO_LE ((guint64)value);

  append (dict, &le, size);
}

static void
pad_to_8 (GolfModelDict *dict,
          gsize          start)
{
  static const guint8 zeros[8] = { 0 };

  append (dict, zeros, (8 - (dict->length - start) % 8) % 8);
}

void
_golf_model_dict_init (GolfModelDict *dict,
                       gboolean       variants)
{
  *dict = (GolfModelDict) { .variants = variants };
}

void
_golf_model_dict_clear (GolfModelDict *dict)
{
  g_clear_pointer (&dict->body, g_free);
  g_clear_pointer (&dict->ends, g_free);
  dict->length = dict->allocated = 0;
  dict->n_entries = dict->n_allocated = 0;
}

/* Appends one entry: @value (@length bytes) serialised as @type. Text
 * stops at a nul: a serialised string cannot hold one. */
static void
add_entry (GolfModelDict *dict,
           const char    *key,
           gsize          key_length,
           const void    *value,
           gsize          length,
           const char    *type)
{
  gsize start, key_end;

  if (dict->body == NULL)
    {
      dict->allocated = 512;
      dict->body = g_malloc (dict->allocated);
    }
  pad_to_8 (dict, 0);
  start = dict->length;
  key_length = strnlen (key, key_length);
  append (dict, key, key_length);
  append (dict, "", 1);
  key_end = dict->length - start;
  pad_to_8 (dict, start);
  append (dict, value, length);
  if (dict->variants)
    {
      append (dict, "", 1);
      append (dict, type, strlen (type));
    }
  append_offset (dict, key_end, offset_size (total_size (dict->length - start, 1)));

  if (dict->n_entries == dict->n_allocated)
    {
      dict->n_allocated = MAX (16, 2 * dict->n_allocated);
      dict->ends = g_renew (gsize, dict->ends, dict->n_allocated);
    }
  dict->ends[dict->n_entries++] = dict->length;
}

void
_golf_model_dict_add_string (GolfModelDict *dict,
                             const char    *key,
                             gsize          key_length,
                             const char    *value,
                             gsize          value_length)
{
  g_autofree char *text = NULL;

  g_return_if_fail (dict->variants);

  value_length = strnlen (value, value_length);
  text = g_malloc (value_length + 1);
  memcpy (text, value, value_length);
  text[value_length] = '\0';
  add_entry (dict, key, key_length, text, value_length + 1, "s");
}

void
_golf_model_dict_add_boolean (GolfModelDict *dict,
                              const char    *key,
                              gsize          key_length,
                              gboolean       value)
{
  guint8 byte = value ? 1 : 0;

  g_return_if_fail (dict->variants);

  add_entry (dict, key, key_length, &byte, 1, "b");
}

void
_golf_model_dict_add_int64 (GolfModelDict *dict,
                            const char    *key,
                            gsize          key_length,
                            gint64         value)
{
  g_return_if_fail (dict->variants);

  add_entry (dict, key, key_length, &value, sizeof value, "x");
}

void
_golf_model_dict_add_double (GolfModelDict *dict,
                             const char    *key,
                             gsize          key_length,
                             double         value)
{
  add_entry (dict, key, key_length, &value, sizeof value, "d");
}

/**
 * _golf_model_dict_end:
 * @dict: a #GolfModelDict
 *
 * Finishes the dictionary and clears @dict.
 *
 * Returns: (transfer full): an `a{sv}` or `a{sd}` variant, not floating
 */
GVariant *
_golf_model_dict_end (GolfModelDict *dict)
{
  guint width = offset_size (total_size (dict->length, dict->n_entries));
  GVariant *variant;

  for (guint i = 0; i < dict->n_entries; i++)
    append_offset (dict, dict->ends[i], width);

  variant = g_variant_new_from_data (G_VARIANT_TYPE (dict->variants ? "a{sv}" : "a{sd}"),
                                     dict->body, dict->length, TRUE, g_free, dict->body);
  dict->body = NULL;
  _golf_model_dict_clear (dict);
  return g_variant_ref_sink (variant);
}
