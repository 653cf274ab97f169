/* golf-dashboard-model-tag.c: the shots the charts show while a tag is chosen
 *
 * The analytics stay those of every shot; the charts draw only the shots
 * with the tag. Their ids are read on the main thread (an indexed query)
 * when the tag or the session changes, and again when the session's shots
 * change, so a shot tagged or untagged joins or leaves the charts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dashboard-model"

#include "config.h"

#include "golf-dashboard-model-private.h"

void
_golf_dashboard_model_read_tagged (GolfDashboardModel *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  g_clear_pointer (&self->tagged, g_hash_table_unref);
  if (self->tag == NULL)
    return;

  self->tagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (self->session == NULL)
    return;

  ids = golf_store_dup_tagged_shot_ids (self->store, golf_session_get_id (self->session), self->tag, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot read the shots tagged “%s” in session %s: %s",
                 self->tag, golf_session_get_id (self->session), error->message);
      return;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (self->tagged, g_steal_pointer (&ids[i]));
}

/**
 * golf_dashboard_model_get_tag:
 * @self: a #GolfDashboardModel
 *
 * Returns: (nullable): the tag the charts are limited to
 */
const char *
golf_dashboard_model_get_tag (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return self->tag;
}

/**
 * golf_dashboard_model_set_tag:
 * @self: a #GolfDashboardModel
 * @tag: (nullable): show only the shots with this tag in the charts, or
 *   %NULL for every shot
 */
void
golf_dashboard_model_set_tag (GolfDashboardModel *self,
                              const char         *tag)
{
  g_return_if_fail (GOLF_IS_DASHBOARD_MODEL (self));

  if (g_strcmp0 (self->tag, tag) == 0)
    return;

  g_free (self->tag);
  self->tag = g_strdup (tag);
  _golf_dashboard_model_read_tagged (self);
  g_object_notify (G_OBJECT (self), "tag");
}

/**
 * golf_dashboard_model_get_tagged_shots:
 * @self: a #GolfDashboardModel
 *
 * Returns: (transfer none) (nullable) (element-type utf8 utf8): the ids of
 *   the session's shots with the tag (keys of the set), or %NULL when no
 *   tag is chosen
 */
GHashTable *
golf_dashboard_model_get_tagged_shots (GolfDashboardModel *self)
{
  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);

  return self->tagged;
}
