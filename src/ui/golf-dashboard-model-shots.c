/* golf-dashboard-model-shots.c: one shot of the dashboard model, in words
 *
 * The charts name the shot under the pointer the way the Shots page does:
 * its number in the session, its club and its shape.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-dashboard-model"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-dashboard-model-private.h"
#include "golf-format.h"

/* Shot numbers as the Shots page shows them, read on the main thread the
 * first time a chart names a shot. */
static GHashTable *
ensure_numbers (GolfDashboardModel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;

  if (self->numbers != NULL || self->session == NULL)
    return self->numbers;

  self->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  keys = golf_store_dup_shot_keys (self->store, golf_session_get_id (self->session), NULL, NULL, FALSE, &error);
  if (keys == NULL)
    {
      g_warning ("Cannot number the shots of session %s: %s", golf_session_get_id (self->session), error->message);
      return self->numbers;
    }

  for (guint i = 0; i < keys->len; i++)
    {
      GolfShotKey *key = &g_array_index (keys, GolfShotKey, i);

      g_hash_table_insert (self->numbers, g_steal_pointer (&key->shot_id), GUINT_TO_POINTER (key->number));
    }

  return self->numbers;
}

/* The shape of the shot in @row, or NULL when it has none. */
static const char *
find_shape (GolfDashboardData *data,
            guint              row)
{
  GolfShotShapes *shapes = golf_dashboard_data_get_shapes (data);
  guint low = 0, high = golf_shot_shapes_get_n (shapes);

  /* Shaped shots come in table order. */
  while (low < high)
    {
      guint middle = (low + high) / 2;
      const GolfShapedShot *shot = golf_shot_shapes_get_shot (shapes, middle);

      if (shot->row == row)
        return golf_format_shot_shape (shot->start, shot->curve);
      if (shot->row < row)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}

/**
 * golf_dashboard_model_dup_shot_name:
 * @self: a #GolfDashboardModel
 * @row: a row of the data's table
 *
 * Returns: (transfer full): the shot as a golfer calls it: "Shot 12 ·
 *   7 Iron", and its shape when it has one: "Shot 12 · 7 Iron · Push fade"
 */
char *
golf_dashboard_model_dup_shot_name (GolfDashboardModel *self,
                                    guint               row)
{
  const GolfShotTableRow *shot;
  g_autofree char *name = NULL;
  const char *shape;
  GHashTable *numbers;
  guint number = 0;

  g_return_val_if_fail (GOLF_IS_DASHBOARD_MODEL (self), NULL);
  g_return_val_if_fail (self->data != NULL, NULL);

  shot = golf_shot_table_get_row (golf_dashboard_data_get_table (self->data), row);
  numbers = ensure_numbers (self);
  if (numbers != NULL && shot->id != NULL)
    number = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, shot->id));

  if (number == 0)
    /* Translators: a shot whose number is unknown, by its club */
    name = g_strdup_printf (_("A shot · %s"), shot->club[0] != '\0' ? shot->club : _("no club"));
  else
    /* Translators: a shot by its number in the session and its club */
    name = g_strdup_printf (_("Shot %u · %s"), number, shot->club[0] != '\0' ? shot->club : _("no club"));

  if ((shape = find_shape (self->data, row)) == NULL)
    return g_steal_pointer (&name);

  /* Translators: a shot's name, then its shape: "Shot 12 · 7 Iron · Push fade" */
  return g_strdup_printf (_("%s · %s"), name, shape);
}
