/* golf-settings.c: the app's settings, for programs that run without them
 *
 * golf-lab-cli may be installed where the app and its schema are not, or
 * beside an older schema: g_settings_new() would abort there, and reading
 * a key the schema lacks is a critical.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-settings"

#include "config.h"

#include "golf-settings.h"

/**
 * golf_settings_new_if_installed:
 *
 * Returns: (transfer full) (nullable): the app's settings, or %NULL,
 *   without a warning, when their schema is not installed (nor in
 *   GSETTINGS_SCHEMA_DIR)
 */
GSettings *
golf_settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;

  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * golf_settings_has_key:
 * @settings: settings from golf_settings_new_if_installed()
 * @key: a key name
 *
 * Returns: whether the installed schema has @key (an older one may not)
 */
gboolean
golf_settings_has_key (GSettings  *settings,
                       const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, key);
}
