/* golf-player.c: a golfer whose sessions the store holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-player"

#include "golf-player.h"

struct _GolfPlayer
{
  GObject   parent_instance;
  gint64    id;
  char     *name;
  GolfHand  hand;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (GolfPlayer, golf_player, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_HAND,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
golf_player_finalize (GObject *object)
{
  GolfPlayer *self = (GolfPlayer *)object;

  g_free (self->name);
  g_free (self->notes);

  G_OBJECT_CLASS (golf_player_parent_class)->finalize (object);
}

static void
golf_player_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GolfPlayer *self = GOLF_PLAYER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, golf_player_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, golf_player_get_name (self));
      break;
    case PROP_HAND:
      g_value_set_enum (value, golf_player_get_hand (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, golf_player_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_player_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GolfPlayer *self = GOLF_PLAYER (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      golf_player_set_name (self, g_value_get_string (value));
      break;
    case PROP_HAND:
      golf_player_set_hand (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      golf_player_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_player_class_init (GolfPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_player_finalize;
  object_class->get_property = golf_player_get_property;
  object_class->set_property = golf_player_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAND] =
    g_param_spec_enum ("hand", NULL, NULL, GOLF_TYPE_HAND, GOLF_HAND_RIGHT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_player_init (GolfPlayer *self)
{
}

/**
 * golf_player_new:
 * @id: the player's id in the store
 * @name: what to call the player
 * @hand: which hand the player swings with
 * @notes: (nullable): the coach's notes on the player
 *
 * Players come from the store (golf_store_get_players()); this is for it.
 *
 * Returns: (transfer full): the player
 */
GolfPlayer *
golf_player_new (gint64      id,
                 const char *name,
                 GolfHand    hand,
                 const char *notes)
{
  return g_object_new (GOLF_TYPE_PLAYER, "id", id, "name", name, "hand", hand, "notes", notes, NULL);
}

/**
 * golf_player_get_id:
 * @self: a #GolfPlayer
 *
 * Returns: its id in the database
 */
gint64
golf_player_get_id (GolfPlayer *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER (self), 0);
  return self->id;
}

/**
 * golf_player_get_name:
 * @self: a #GolfPlayer
 *
 * Returns: (transfer none): the name
 */
const char *
golf_player_get_name (GolfPlayer *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER (self), NULL);
  return self->name;
}

/**
 * golf_player_set_name:
 * @self: a #GolfPlayer
 * @name: the new name
 */
void
golf_player_set_name (GolfPlayer *self,
                      const char *name)
{
  g_return_if_fail (GOLF_IS_PLAYER (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * golf_player_get_hand:
 * @self: a #GolfPlayer
 *
 * Returns: the hand the analytics name shot shapes and the D-plane for
 */
GolfHand
golf_player_get_hand (GolfPlayer *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER (self), GOLF_HAND_RIGHT);
  return self->hand;
}

/**
 * golf_player_set_hand:
 * @self: a #GolfPlayer
 * @hand: the hand the player swings with
 */
void
golf_player_set_hand (GolfPlayer *self,
                      GolfHand    hand)
{
  g_return_if_fail (GOLF_IS_PLAYER (self));

  if (self->hand == hand)
    return;

  self->hand = hand;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAND]);
}

/**
 * golf_player_get_notes:
 * @self: a #GolfPlayer
 *
 * Returns: (transfer none) (nullable): the coach's notes on the player
 */
const char *
golf_player_get_notes (GolfPlayer *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER (self), NULL);
  return self->notes;
}

/**
 * golf_player_set_notes:
 * @self: a #GolfPlayer
 * @notes: (nullable): the new notes
 */
void
golf_player_set_notes (GolfPlayer *self,
                       const char *notes)
{
  g_return_if_fail (GOLF_IS_PLAYER (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
