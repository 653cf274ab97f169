/* golf-model-info-json.c: the JSON form of a GolfModelInfo, as its sidecar holds it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <math.h>

#include <string.h>

#include <json-glib/json-glib.h>

#include "golf-json-reader-private.h"
#include "golf-json-writer.h"
#include "golf-model-dict-private.h"
#include "golf-model-files-private.h"
#include "golf-model-info-private.h"

/* Writing: a GVariant dictionary of numbers, strings and booleans. */
static void
add_vardict_to_builder (JsonBuilder *builder,
                        GVariant    *dict)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  json_builder_begin_object (builder);
  g_variant_iter_init (&iter, dict);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      json_builder_set_member_name (builder, key);
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        json_builder_add_string_value (builder, g_variant_get_string (value, NULL));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        json_builder_add_boolean_value (builder, g_variant_get_boolean (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        json_builder_add_double_value (builder, g_variant_get_double (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        json_builder_add_int_value (builder, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
        json_builder_add_int_value (builder, g_variant_get_int32 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
        json_builder_add_int_value (builder, g_variant_get_uint32 (value));
      else
        json_builder_add_null_value (builder);
      g_variant_unref (value);
    }
  json_builder_end_object (builder);
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  if (name != NULL)
    json_builder_set_member_name (builder, name);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_intervals (GolfModelInfo *self,
               JsonBuilder   *builder)
{
  if (!self->has_interval80 && !self->has_interval95)
    return;

  json_builder_set_member_name (builder, "prediction_interval");
  json_builder_begin_object (builder);
  for (guint k = 0; k < 2; k++)
    {
      guint level = k == 0 ? 80 : 95;
      double lo, hi;
      char name[8];

      if (!golf_model_info_get_interval (self, level, &lo, &hi))
        continue;
      g_snprintf (name, sizeof name, "%u", level);
      json_builder_set_member_name (builder, name);
      json_builder_begin_array (builder);
      add_number (builder, NULL, lo);
      add_number (builder, NULL, hi);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static void
add_per_feature (GolfModelInfo *self,
                 JsonBuilder   *builder)
{
  if (self->importances != NULL)
    {
      json_builder_set_member_name (builder, "feature_importance");
      json_builder_begin_object (builder);
      for (guint i = 0; i < self->n_features; i++)
        add_number (builder, self->features[i], self->importances[i]);
      json_builder_end_object (builder);
    }

  if (self->ranges != NULL)
    {
      json_builder_set_member_name (builder, "feature_ranges");
      json_builder_begin_object (builder);
      for (guint i = 0; i < self->n_features; i++)
        {
          if (isnan (self->ranges[3 * i]))
            continue;
          json_builder_set_member_name (builder, self->features[i]);
          json_builder_begin_object (builder);
          add_number (builder, "min", self->ranges[3 * i]);
          add_number (builder, "mean", self->ranges[3 * i + 1]);
          add_number (builder, "max", self->ranges[3 * i + 2]);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
}

static void
add_metrics (GolfModelInfo *self,
             JsonBuilder   *builder)
{
  GVariantIter iter;
  const char *key;
  double value;

  if (self->metrics == NULL)
    return;

  json_builder_set_member_name (builder, "metrics");
  json_builder_begin_object (builder);
  g_variant_iter_init (&iter, self->metrics);
  while (g_variant_iter_next (&iter, "{&sd}", &key, &value))
    add_number (builder, key, value);
  json_builder_end_object (builder);
}

/**
 * golf_model_info_to_json:
 * @self: a #GolfModelInfo
 *
 * Builds the sidecar's JSON form as a tree, for documents that hold
 * metadata (`golf-lab-cli models --json`). Write it with
 * golf_json_to_string(), never json-glib's generator.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
golf_model_info_to_json (GolfModelInfo *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  json_builder_begin_object (builder);
  golf_json_add_int (builder, "metadata_version", GOLF_MODEL_INFO_FORMAT_VERSION);
  add_string_member (builder, "model_type", self->model_type);
  add_string_member (builder, "version", self->version);
  if (self->trained_at != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (self->trained_at);

      add_string_member (builder, "trained_at", iso);
    }
  golf_json_add_int (builder, "training_samples", self->training_samples);
  add_string_member (builder, "target", self->target);
  json_builder_set_member_name (builder, "features");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->n_features; i++)
    json_builder_add_string_value (builder, self->features[i]);
  json_builder_end_array (builder);
  add_metrics (self, builder);
  add_intervals (self, builder);
  add_per_feature (self, builder);
  if (self->hyperparameters != NULL)
    {
      json_builder_set_member_name (builder, "hyperparameters");
      add_vardict_to_builder (builder, self->hyperparameters);
    }
  if (self->split != NULL)
    {
      json_builder_set_member_name (builder, "split");
      add_vardict_to_builder (builder, self->split);
    }
  golf_json_add_int (builder, "seed", (gint64)self->seed);
  add_string_member (builder, "data_fingerprint", self->data_fingerprint);
  add_string_member (builder, "app_version", self->app_version);
  add_string_member (builder, "backend_version", self->backend_version);
  add_string_member (builder, "model_checksum", self->model_checksum);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * golf_model_info_to_data:
 * @self: a #GolfModelInfo
 * @pretty: whether to indent the output
 *
 * Serialises the metadata to the sidecar's JSON form: strict JSON, with
 * a number that is not finite written as null.
 *
 * Returns: (transfer full): a JSON document
 */
char *
golf_model_info_to_data (GolfModelInfo *self,
                         gboolean       pretty)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  root = golf_model_info_to_json (self);
  return golf_json_to_string (root, pretty);
}

/* ------------------------------------------------------------------ */
/* Reading, with the streaming reader: no tree is built, so a sidecar is
 * read in a few microseconds and in time linear in its size. */

/* A per-feature value, resolved against the features once the whole
 * object is read (the features may come after it). */
typedef struct
{
  const char *name;
  gsize       length;
  char       *owned;       /* the name, when it had to be copied */
  double      values[3];
} Pending;

typedef struct
{
  GolfJsonReader  reader;
  GolfModelInfo  *info;
  gboolean        has_version;
  gboolean        has_features;
  gboolean        has_importances;
  GArray         *importances;   /* Pending: values[0] */
  GArray         *ranges;        /* Pending: min, mean, max */
} SidecarParser;

static void
pending_clear (gpointer data)
{
  g_free (((Pending *)data)->owned);
}

/* A key that stays valid until the parse ends: where it stands in the
 * data, or a copy when escapes made the reader unescape it into its
 * scratch buffer, which the next string overwrites. */
static const char *
keep_key (SidecarParser  *parser,
          const char     *key,
          gsize           length,
          char          **owned)
{
  *owned = NULL;
  if (key >= parser->reader.data && key < parser->reader.end)
    return key;
  return *owned = g_strndup (key, length);
}

#define KEY_IS(key, length, literal) \
  ((length) == sizeof (literal) - 1 && memcmp ((key), (literal), sizeof (literal) - 1) == 0)

static gboolean
fail_corrupt (GError     **error,
              const char  *message)
{
  g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT, message);
  return FALSE;
}

/* Reads a string value into a new string; anything else is skipped and
 * leaves *@out as it was. */
static gboolean
read_string_member (SidecarParser  *parser,
                    char          **out,
                    GError        **error)
{
  const char *str;
  gsize length;

  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_STRING)
    return _golf_json_reader_skip (&parser->reader, error);
  if (!_golf_json_reader_read_string (&parser->reader, &str, &length, error))
    return FALSE;
  g_free (*out);
  *out = g_strndup (str, length);
  return TRUE;
}

/* Reads a finite number; FALSE in *@found for anything else (skipped). */
static gboolean
read_number_member (SidecarParser  *parser,
                    double         *value,
                    const char    **lexeme,
                    gsize          *lexeme_length,
                    gboolean       *found,
                    GError        **error)
{
  *found = FALSE;
  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_NUMBER)
    return _golf_json_reader_skip (&parser->reader, error);
  if (!_golf_json_reader_read_number (&parser->reader, value, lexeme, lexeme_length, error))
    return FALSE;
  *found = isfinite (*value);
  return TRUE;
}

static gboolean
is_integer_lexeme (const char *lexeme,
                   gsize       length)
{
  return memchr (lexeme, '.', length) == NULL && memchr (lexeme, 'e', length) == NULL &&
         memchr (lexeme, 'E', length) == NULL;
}

static gboolean
read_features (SidecarParser  *parser,
               GError        **error)
{
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func (g_free);
  GolfModelInfo *info = parser->info;
  gboolean has_next;

  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_ARRAY)
    return _golf_json_reader_skip (&parser->reader, error);

  for (guint i = 0; ; i++)
    {
      const char *str;
      gsize length;

      if (!_golf_json_reader_array_next (&parser->reader, i, &has_next, error))
        return FALSE;
      if (!has_next)
        break;
      if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_STRING)
        {
          g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                       "feature %u is not a name", i + 1);
          return FALSE;
        }
      if (!_golf_json_reader_read_string (&parser->reader, &str, &length, error))
        return FALSE;
      g_ptr_array_add (features, g_strndup (str, length));
    }

  g_ptr_array_add (features, NULL);
  g_strfreev (info->features);
  info->n_features = features->len - 1;
  info->features = (GStrv)g_ptr_array_free (g_steal_pointer (&features), FALSE);
  parser->has_features = TRUE;
  return TRUE;
}

typedef void (*AddNumberFunc) (gpointer    user_data,
                               const char *name,
                               gsize       length,
                               double      value);

/* An object of numbers; calls @add for each finite one. */
static gboolean
read_number_object (SidecarParser  *parser,
                    AddNumberFunc   add,
                    gpointer        user_data,
                    GError        **error)
{
  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    return _golf_json_reader_skip (&parser->reader, error);

  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize key_length;
      double value;
      gboolean found;

      if (!_golf_json_reader_object_next (&parser->reader, i, &key, &key_length, error))
        return FALSE;
      if (key == NULL)
        return TRUE;
      /* Reading a number leaves the key where it is. */
      if (!read_number_member (parser, &value, NULL, NULL, &found, error))
        return FALSE;
      if (found)
        add (user_data, key, key_length, value);
    }
}

static void
add_metric (gpointer    user_data,
            const char *name,
            gsize       length,
            double      value)
{
  _golf_model_dict_add_double (user_data, name, length, value);
}

static void
add_importance (gpointer    user_data,
                const char *name,
                gsize       length,
                double      value)
{
  SidecarParser *parser = user_data;
  Pending pending = { NULL, length, NULL, { value, NAN, NAN } };

  pending.name = keep_key (parser, name, length, &pending.owned);
  g_array_append_val (parser->importances, pending);
}

static gboolean
read_metrics (SidecarParser  *parser,
              GError        **error)
{
  GolfModelDict dict;

  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    return _golf_json_reader_skip (&parser->reader, error);

  _golf_model_dict_init (&dict, FALSE);
  if (!read_number_object (parser, add_metric, &dict, error))
    {
      _golf_model_dict_clear (&dict);
      return FALSE;
    }
  g_clear_pointer (&parser->info->metrics, g_variant_unref);
  parser->info->metrics = _golf_model_dict_end (&dict);
  return TRUE;
}

static gboolean
read_importances (SidecarParser  *parser,
                  GError        **error)
{
  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    return _golf_json_reader_skip (&parser->reader, error);

  parser->has_importances = TRUE;
  g_array_set_size (parser->importances, 0);
  return read_number_object (parser, add_importance, parser, error);
}

/* {"min": 1, "mean": 2, "max": 3}: FALSE in *@complete unless all three
 * are finite numbers. */
static gboolean
read_range (SidecarParser  *parser,
            double          range[3],
            gboolean       *complete,
            GError        **error)
{
  guint found = 0;

  *complete = FALSE;
  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    return _golf_json_reader_skip (&parser->reader, error);

  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      int slot = -1;
      double value;
      gboolean ok;

      if (!_golf_json_reader_object_next (&parser->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "min"))
        slot = 0;
      else if (KEY_IS (key, length, "mean"))
        slot = 1;
      else if (KEY_IS (key, length, "max"))
        slot = 2;
      if (!read_number_member (parser, &value, NULL, NULL, &ok, error))
        return FALSE;
      if (slot >= 0 && ok)
        {
          range[slot] = value;
          found |= 1u << slot;
        }
    }
  *complete = found == 7;
  return TRUE;
}

static gboolean
read_ranges (SidecarParser  *parser,
             GError        **error)
{
  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    return _golf_json_reader_skip (&parser->reader, error);

  g_array_set_size (parser->ranges, 0);
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      Pending pending = { NULL, 0, NULL, { NAN, NAN, NAN } };
      gboolean complete;

      if (!_golf_json_reader_object_next (&parser->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        return TRUE;
      pending.name = keep_key (parser, key, length, &pending.owned);
      pending.length = length;
      if (!read_range (parser, pending.values, &complete, error))
        {
          g_free (pending.owned);
          return FALSE;
        }
      if (complete)
        g_array_append_val (parser->ranges, pending);
      else
        g_free (pending.owned);
    }
}

static gboolean
read_intervals (SidecarParser  *parser,
                GError        **error)
{
  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    return _golf_json_reader_skip (&parser->reader, error);

  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      guint level = 0;
      double bounds[2];
      guint n = 0;
      gboolean ok = TRUE, has_next;

      if (!_golf_json_reader_object_next (&parser->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        return TRUE;
      if (KEY_IS (key, length, "80"))
        level = 80;
      else if (KEY_IS (key, length, "95"))
        level = 95;
      if (level == 0 || _golf_json_reader_peek (&parser->reader) != GOLF_JSON_ARRAY)
        {
          if (!_golf_json_reader_skip (&parser->reader, error))
            return FALSE;
          continue;
        }

      /* [low, high]: two finite numbers, or the interval is left out. */
      for (guint k = 0; ; k++)
        {
          double value;
          gboolean found;

          if (!_golf_json_reader_array_next (&parser->reader, k, &has_next, error))
            return FALSE;
          if (!has_next)
            break;
          if (!read_number_member (parser, &value, NULL, NULL, &found, error))
            return FALSE;
          ok &= found;
          if (n < 2)
            bounds[n] = value;
          n++;
        }
      if (ok && n == 2)
        golf_model_info_set_interval (parser->info, level, bounds[0], bounds[1]);
    }
}

/* Adds the value of member @key to @dict if it is a string, a boolean
 * or a number, and skips it otherwise. */
static gboolean
read_plain_value (SidecarParser  *parser,
                  GolfModelDict  *dict,
                  const char     *key,
                  gsize           key_length,
                  GError        **error)
{
  const char *str, *lexeme;
  gsize length, lexeme_length;
  double number;

  switch (_golf_json_reader_peek (&parser->reader))
    {
    case GOLF_JSON_STRING:
      if (!_golf_json_reader_read_string (&parser->reader, &str, &length, error))
        return FALSE;
      _golf_model_dict_add_string (dict, key, key_length, str, length);
      return TRUE;
    case GOLF_JSON_TRUE:
    case GOLF_JSON_FALSE:
      _golf_model_dict_add_boolean (dict, key, key_length,
                                    _golf_json_reader_peek (&parser->reader) == GOLF_JSON_TRUE);
      return _golf_json_reader_skip (&parser->reader, error);
    case GOLF_JSON_NUMBER:
      if (!_golf_json_reader_read_number (&parser->reader, &number, &lexeme, &lexeme_length, error))
        return FALSE;
      if (is_integer_lexeme (lexeme, lexeme_length) && fabs (number) < 0x1p63)
        _golf_model_dict_add_int64 (dict, key, key_length, (gint64)number);
      else if (isfinite (number))
        _golf_model_dict_add_double (dict, key, key_length, number);
      return TRUE;
    default:
      return _golf_json_reader_skip (&parser->reader, error);
    }
}

/* An object of strings, booleans and numbers, as an a{sv} dictionary;
 * other members are skipped. */
static gboolean
read_vardict (SidecarParser  *parser,
              GVariant      **out,
              GError        **error)
{
  GolfModelDict dict;

  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    return _golf_json_reader_skip (&parser->reader, error);

  _golf_model_dict_init (&dict, TRUE);
  for (guint i = 0; ; i++)
    {
      g_autofree char *owned = NULL;
      const char *key;
      gsize length;

      if (!_golf_json_reader_object_next (&parser->reader, i, &key, &length, error))
        break;
      if (key == NULL)
        {
          g_clear_pointer (out, g_variant_unref);
          *out = _golf_model_dict_end (&dict);
          return TRUE;
        }
      key = keep_key (parser, key, length, &owned);
      if (!read_plain_value (parser, &dict, key, length, error))
        break;
    }
  _golf_model_dict_clear (&dict);
  return FALSE;
}

/* The seed is a 64-bit number, more than a double holds exactly. */
static guint64
parse_seed (const char *lexeme,
            gsize       length,
            double      value)
{
  char buffer[32];

  if (!is_integer_lexeme (lexeme, length) || length >= sizeof buffer)
    return (guint64)(gint64)value;
  memcpy (buffer, lexeme, length);
  buffer[length] = '\0';
  return lexeme[0] == '-' ? (guint64)g_ascii_strtoll (buffer, NULL, 10)
                          : g_ascii_strtoull (buffer, NULL, 10);
}

static gboolean
read_member (SidecarParser  *parser,
             const char     *key,
             gsize           length,
             GError        **error)
{
  GolfModelInfo *info = parser->info;
  const char *lexeme;
  gsize lexeme_length;
  double value;
  gboolean found;

  if (KEY_IS (key, length, "features"))
    return read_features (parser, error);
  if (KEY_IS (key, length, "version"))
    {
      g_clear_pointer (&info->version, g_free);
      if (!read_string_member (parser, &info->version, error))
        return FALSE;
      parser->has_version = info->version != NULL;
      return TRUE;
    }
  if (KEY_IS (key, length, "model_type"))
    return read_string_member (parser, &info->model_type, error);
  if (KEY_IS (key, length, "target"))
    return read_string_member (parser, &info->target, error);
  if (KEY_IS (key, length, "data_fingerprint"))
    return read_string_member (parser, &info->data_fingerprint, error);
  if (KEY_IS (key, length, "app_version"))
    return read_string_member (parser, &info->app_version, error);
  if (KEY_IS (key, length, "backend_version"))
    return read_string_member (parser, &info->backend_version, error);
  if (KEY_IS (key, length, "model_checksum"))
    return read_string_member (parser, &info->model_checksum, error);
  if (KEY_IS (key, length, "trained_at"))
    {
      g_autofree char *text = NULL;

      if (!read_string_member (parser, &text, error))
        return FALSE;
      g_clear_pointer (&info->trained_at, g_date_time_unref);
      if (text != NULL)
        {
          g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (text, NULL);

          info->trained_at = when != NULL ? g_date_time_to_utc (when) : NULL;
        }
      return TRUE;
    }
  if (KEY_IS (key, length, "training_samples"))
    {
      if (!read_number_member (parser, &value, NULL, NULL, &found, error))
        return FALSE;
      if (found)
        info->training_samples = (guint)CLAMP (value, 0, G_MAXUINT);
      return TRUE;
    }
  if (KEY_IS (key, length, "seed"))
    {
      if (!read_number_member (parser, &value, &lexeme, &lexeme_length, &found, error))
        return FALSE;
      if (found)
        info->seed = parse_seed (lexeme, lexeme_length, value);
      return TRUE;
    }
  if (KEY_IS (key, length, "metrics"))
    return read_metrics (parser, error);
  if (KEY_IS (key, length, "hyperparameters"))
    return read_vardict (parser, &info->hyperparameters, error);
  if (KEY_IS (key, length, "split"))
    return read_vardict (parser, &info->split, error);
  if (KEY_IS (key, length, "prediction_interval"))
    return read_intervals (parser, error);
  if (KEY_IS (key, length, "feature_importance"))
    return read_importances (parser, error);
  if (KEY_IS (key, length, "feature_ranges"))
    return read_ranges (parser, error);

  /* metadata_version, and whatever a newer Golf Lab adds. */
  return _golf_json_reader_skip (&parser->reader, error);
}

/* Finds each pending name among the features: a hash table when there
 * are many, so a crafted sidecar with a million features stays linear. */
static void
resolve_pending (GolfModelInfo *info,
                 GArray        *pending,
                 gboolean       ranges)
{
  g_autoptr(GHashTable) index = NULL;

  if (info->n_features > 16)
    {
      index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = info->n_features; i-- > 0;)
        g_hash_table_insert (index, info->features[i], GUINT_TO_POINTER (i + 1));
    }

  for (guint k = 0; k < pending->len; k++)
    {
      const Pending *p = &g_array_index (pending, Pending, k);
      guint i = 0;

      if (index != NULL)
        {
          g_autofree char *name = g_strndup (p->name, p->length);

          i = GPOINTER_TO_UINT (g_hash_table_lookup (index, name));
        }
      else
        for (guint f = 0; f < info->n_features && i == 0; f++)
          if (strncmp (info->features[f], p->name, p->length) == 0 && info->features[f][p->length] == '\0')
            i = f + 1;
      if (i == 0)
        continue;
      if (ranges)
        golf_model_info_set_feature_range (info, i - 1, p->values[0], p->values[1], p->values[2]);
      else
        info->importances[i - 1] = p->values[0];
    }
}

static gboolean
read_root (SidecarParser  *parser,
           GError        **error)
{
  GolfModelInfo *info = parser->info;

  if (_golf_json_reader_peek (&parser->reader) != GOLF_JSON_OBJECT)
    {
      if (!_golf_json_reader_skip (&parser->reader, error))
        return FALSE;
      return fail_corrupt (error, "not a JSON object");
    }

  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;

      if (!_golf_json_reader_object_next (&parser->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (!read_member (parser, key, length, error))
        return FALSE;
    }
  if (!_golf_json_reader_expect_end (&parser->reader, error))
    return FALSE;

  if (!parser->has_features)
    return fail_corrupt (error, "the \"features\" list is missing");
  if (!parser->has_version)
    return fail_corrupt (error, "the \"version\" is missing");

  /* Importances and ranges name the features, in any order. */
  if (parser->has_importances && info->n_features > 0)
    {
      info->importances = g_new0 (double, info->n_features);
      resolve_pending (info, parser->importances, FALSE);
    }
  resolve_pending (info, parser->ranges, TRUE);
  return TRUE;
}

/**
 * golf_model_info_new_from_data:
 * @data: a sidecar's JSON text
 * @length: its length, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Parses sidecar JSON: strict JSON of at most 1 MB, in time linear in
 * its size and with a stack bounded whatever it holds (the reader refuses
 * nesting past 256 levels; metadata nests 3 deep). Members it does not know are
 * skipped, so a newer Golf Lab's sidecars still read.
 *
 * Returns: (transfer full) (nullable): the metadata, or %NULL with
 *   %GOLF_MODEL_ERROR_CORRUPT
 */
GolfModelInfo *
golf_model_info_new_from_data (const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(GolfModelInfo) self = NULL;
  g_autoptr(GError) local_error = NULL;
  SidecarParser parser = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if ((gsize)length > GOLF_MODEL_MAX_SIDECAR_SIZE)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "%" G_GSSIZE_FORMAT " bytes, more than model metadata can be (%d)",
                   length, GOLF_MODEL_MAX_SIDECAR_SIZE);
      return NULL;
    }
  self = golf_model_info_new ();
  parser.info = self;
  parser.importances = g_array_new (FALSE, FALSE, sizeof (Pending));
  parser.ranges = g_array_new (FALSE, FALSE, sizeof (Pending));
  g_array_set_clear_func (parser.importances, pending_clear);
  g_array_set_clear_func (parser.ranges, pending_clear);
  _golf_json_reader_init (&parser.reader, data, length);

  ok = read_root (&parser, &local_error);

  _golf_json_reader_clear (&parser.reader);
  g_array_unref (parser.importances);
  g_array_unref (parser.ranges);

  if (!ok)
    {
      if (local_error->domain == GOLF_MODEL_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                     "not valid JSON: %s", local_error->message);
      return NULL;
    }
  return g_steal_pointer (&self);
}
