/* golf-model-info-json.c: the JSON form of a GolfModelInfo, as its sidecar holds it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <math.h>

#include <json-glib/json-glib.h>

#include "golf-model-info-private.h"

/* JSON <-> GVariant dictionaries: numbers, strings and booleans only. */
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

static GVariant *
vardict_from_object (JsonObject *object)
{
  GVariantBuilder builder;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      GType type;

      if (!JSON_NODE_HOLDS_VALUE (node))
        continue;
      type = json_node_get_value_type (node);
      if (type == G_TYPE_STRING)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_string (json_node_get_string (node)));
      else if (type == G_TYPE_BOOLEAN)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_boolean (json_node_get_boolean (node)));
      else if (type == G_TYPE_INT64)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_int64 (json_node_get_int (node)));
      else if (type == G_TYPE_DOUBLE)
        g_variant_builder_add (&builder, "{sv}", key, g_variant_new_double (json_node_get_double (node)));
    }
  return g_variant_builder_end (&builder);
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
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
 * golf_model_info_to_data:
 * @self: a #GolfModelInfo
 * @pretty: whether to indent the output
 *
 * Serialises the metadata to the sidecar's JSON form.
 *
 * Returns: (transfer full): a JSON document
 */
char *
golf_model_info_to_data (GolfModelInfo *self,
                         gboolean       pretty)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (GOLF_IS_MODEL_INFO (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "metadata_version");
  json_builder_add_int_value (builder, GOLF_MODEL_INFO_FORMAT_VERSION);
  add_string_member (builder, "model_type", self->model_type);
  add_string_member (builder, "version", self->version);
  if (self->trained_at != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (self->trained_at);

      add_string_member (builder, "trained_at", iso);
    }
  json_builder_set_member_name (builder, "training_samples");
  json_builder_add_int_value (builder, self->training_samples);
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
  json_builder_set_member_name (builder, "seed");
  json_builder_add_int_value (builder, (gint64)self->seed);
  add_string_member (builder, "data_fingerprint", self->data_fingerprint);
  add_string_member (builder, "app_version", self->app_version);
  add_string_member (builder, "backend_version", self->backend_version);
  add_string_member (builder, "model_checksum", self->model_checksum);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  return json_generator_to_data (generator, NULL);
}

static void
read_intervals (GolfModelInfo *self,
                JsonObject    *root)
{
  JsonObject *object;

  if (!json_object_has_member (root, "prediction_interval") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "prediction_interval")))
    return;

  object = json_object_get_object_member (root, "prediction_interval");
  for (guint k = 0; k < 2; k++)
    {
      const char *name = k == 0 ? "80" : "95";
      JsonNode *node = json_object_get_member (object, name);
      JsonArray *array;

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      array = json_node_get_array (node);
      if (json_array_get_length (array) != 2 ||
          !node_is_number (json_array_get_element (array, 0)) ||
          !node_is_number (json_array_get_element (array, 1)))
        continue;
      golf_model_info_set_interval (self, k == 0 ? 80 : 95,
                                    json_array_get_double_element (array, 0),
                                    json_array_get_double_element (array, 1));
    }
}

static void
read_per_feature (GolfModelInfo *self,
                  JsonObject    *root)
{
  JsonNode *node;

  node = json_object_get_member (root, "feature_importance");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node) && self->n_features > 0)
    {
      JsonObject *object = json_node_get_object (node);
      g_autofree double *values = g_new0 (double, self->n_features);

      for (guint i = 0; i < self->n_features; i++)
        {
          JsonNode *v = json_object_get_member (object, self->features[i]);

          values[i] = node_is_number (v) ? json_node_get_double (v) : 0.0;
        }
      golf_model_info_set_importances (self, values);
    }

  node = json_object_get_member (root, "feature_ranges");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      for (guint i = 0; i < self->n_features; i++)
        {
          JsonNode *r = json_object_get_member (object, self->features[i]);
          JsonObject *range;

          if (r == NULL || !JSON_NODE_HOLDS_OBJECT (r))
            continue;
          range = json_node_get_object (r);
          if (!node_is_number (json_object_get_member (range, "min")) ||
              !node_is_number (json_object_get_member (range, "mean")) ||
              !node_is_number (json_object_get_member (range, "max")))
            continue;
          golf_model_info_set_feature_range (self, i,
                                             json_object_get_double_member (range, "min"),
                                             json_object_get_double_member (range, "mean"),
                                             json_object_get_double_member (range, "max"));
        }
    }
}

static GVariant *
read_metrics (JsonObject *object)
{
  GVariantBuilder builder;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sd}"));
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    if (node_is_number (node))
      g_variant_builder_add (&builder, "{sd}", key, json_node_get_double (node));
  return g_variant_builder_end (&builder);
}

static const char *
get_string (JsonObject *root,
            const char *name)
{
  JsonNode *node = json_object_get_member (root, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
read_root (GolfModelInfo  *self,
           JsonObject     *root,
           GError        **error)
{
  JsonNode *node;
  JsonArray *array;
  g_autoptr(GPtrArray) features = g_ptr_array_new ();
  const char *str;

  node = json_object_get_member (root, "features");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           "the \"features\" list is missing");
      return FALSE;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                       "feature %u is not a name", i + 1);
          return FALSE;
        }
      g_ptr_array_add (features, (gpointer)json_node_get_string (element));
    }
  g_ptr_array_add (features, NULL);
  golf_model_info_set_features (self, (const char * const *)features->pdata);

  if ((str = get_string (root, "version")) == NULL)
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           "the \"version\" is missing");
      return FALSE;
    }
  golf_model_info_set_version (self, str);
  golf_model_info_set_model_type (self, get_string (root, "model_type"));
  golf_model_info_set_target (self, get_string (root, "target"));
  golf_model_info_set_data_fingerprint (self, get_string (root, "data_fingerprint"));
  golf_model_info_set_app_version (self, get_string (root, "app_version"));
  golf_model_info_set_backend_version (self, get_string (root, "backend_version"));
  golf_model_info_set_model_checksum (self, get_string (root, "model_checksum"));

  if ((str = get_string (root, "trained_at")) != NULL)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (str, NULL);

      golf_model_info_set_trained_at (self, when);
    }
  if (node_is_number (node = json_object_get_member (root, "training_samples")))
    golf_model_info_set_training_samples (self, (guint)MAX (0, json_node_get_int (node)));
  if (node_is_number (node = json_object_get_member (root, "seed")))
    golf_model_info_set_seed (self, (guint64)json_node_get_int (node));

  if ((node = json_object_get_member (root, "metrics")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    golf_model_info_set_metrics (self, read_metrics (json_node_get_object (node)));
  if ((node = json_object_get_member (root, "hyperparameters")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    golf_model_info_set_hyperparameters (self, vardict_from_object (json_node_get_object (node)));
  if ((node = json_object_get_member (root, "split")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    golf_model_info_set_split (self, vardict_from_object (json_node_get_object (node)));

  read_intervals (self, root);
  read_per_feature (self, root);
  return TRUE;
}

/**
 * golf_model_info_new_from_data:
 * @data: a sidecar's JSON text
 * @length: its length, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Parses sidecar JSON.
 *
 * Returns: (transfer full) (nullable): the metadata, or %NULL with
 *   %GOLF_MODEL_ERROR_CORRUPT
 */
GolfModelInfo *
golf_model_info_new_from_data (const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GolfModelInfo) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "not valid JSON: %s", local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                           "not a JSON object");
      return NULL;
    }

  self = golf_model_info_new ();
  if (!read_root (self, json_node_get_object (root), error))
    return NULL;
  return g_steal_pointer (&self);
}
