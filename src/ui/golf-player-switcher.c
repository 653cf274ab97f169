/* golf-player-switcher.c
 *
 * A drop-down of the store's players above the sessions. A golfer on
 * their own has one player, "Me", and never sees it; it shows as soon as a
 * second player is there, added in the app or by golf-lab-cli (seen when
 * the store refreshes). The chosen player is kept by id, so it stays
 * chosen while the store reloads its players (a rename, a new player).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-player-switcher"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-list-item-binding.h"
#include "golf-player-switcher.h"

struct _GolfPlayerSwitcher
{
  GtkWidget    parent_instance;

  GtkDropDown *dropdown;
  GolfStore   *store;
  gint64       player_id;
  gboolean     syncing;
};

G_DEFINE_FINAL_TYPE (GolfPlayerSwitcher, golf_player_switcher, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAYER_ID,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_players (GolfPlayerSwitcher *self)
{
  return self->store != NULL ? golf_store_get_players (self->store) : NULL;
}

static guint
find_position (GolfPlayerSwitcher *self,
               gint64              player_id)
{
  GListModel *players = get_players (self);
  guint n = players != NULL ? g_list_model_get_n_items (players) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (players, i);

      if (golf_player_get_id (player) == player_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The drop-down shows the chosen player, wherever the list put it. */
static void
sync_dropdown (GolfPlayerSwitcher *self)
{
  guint position = find_position (self, self->player_id);

  self->syncing = TRUE;
  if (position != GTK_INVALID_LIST_POSITION && gtk_drop_down_get_selected (self->dropdown) != position)
    gtk_drop_down_set_selected (self->dropdown, position);
  self->syncing = FALSE;
}

static void
on_selected_cb (GolfPlayerSwitcher *self,
                GParamSpec         *pspec,
                GtkDropDown        *dropdown)
{
  GolfPlayer *player = gtk_drop_down_get_selected_item (dropdown);

  if (self->syncing || player == NULL)
    return;

  golf_player_switcher_set_player_id (self, golf_player_get_id (player));
}

/* The store reloads its players by replacing them all: what the drop-down
 * selects meanwhile is not a choice. */
static void
on_players_changing_cb (GolfPlayerSwitcher *self,
                        guint               position,
                        guint               removed,
                        guint               added,
                        GListModel         *players)
{
  self->syncing = TRUE;
}

static void
on_players_changed_cb (GolfPlayerSwitcher *self,
                       guint               position,
                       guint               removed,
                       guint               added,
                       GListModel         *players)
{
  gboolean was_active = gtk_widget_get_visible (GTK_WIDGET (self));
  gboolean active = g_list_model_get_n_items (players) >= 2;

  self->syncing = FALSE;
  if (find_position (self, self->player_id) == GTK_INVALID_LIST_POSITION)
    golf_player_switcher_set_player_id (self, GOLF_PLAYER_DEFAULT_ID);
  else
    sync_dropdown (self);

  gtk_widget_set_visible (GTK_WIDGET (self), active);
  if (was_active != active)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
golf_player_switcher_dispose (GObject *object)
{
  GolfPlayerSwitcher *self = (GolfPlayerSwitcher *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_PLAYER_SWITCHER);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_player_switcher_parent_class)->dispose (object);
}

static void
golf_player_switcher_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GolfPlayerSwitcher *self = GOLF_PLAYER_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_PLAYER_ID:
      g_value_set_int64 (value, golf_player_switcher_get_player_id (self));
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, golf_player_switcher_get_active (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_player_switcher_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  GolfPlayerSwitcher *self = GOLF_PLAYER_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_PLAYER_ID:
      golf_player_switcher_set_player_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_player_switcher_class_init (GolfPlayerSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_player_switcher_dispose;
  object_class->get_property = golf_player_switcher_get_property;
  object_class->set_property = golf_player_switcher_set_property;

  /**
   * GolfPlayerSwitcher:player-id:
   *
   * The id of the chosen player; the default player, "Me", until another
   * is chosen.
   */
  properties[PROP_PLAYER_ID] =
    g_param_spec_int64 ("player-id", NULL, NULL, 1, G_MAXINT64, GOLF_PLAYER_DEFAULT_ID,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfPlayerSwitcher:active:
   *
   * Whether the store has more than one player: then the switcher shows
   * and the chosen player's sessions are the ones listed.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-player-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfPlayerSwitcher, dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_cb);
}

/* A row is the player's name, bound: a renamed student shows the new
 * name at once, in the button as in the list. */
static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  golf_list_item_bind (list_item, "name", "label");
}

static void
unbind_name_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  golf_list_item_unbind (list_item);
}

static void
golf_player_switcher_init (GolfPlayerSwitcher *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) name = NULL;

  self->player_id = GOLF_PLAYER_DEFAULT_ID;
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_name_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_name_cb), NULL);
  gtk_drop_down_set_factory (self->dropdown, factory);
  name = gtk_property_expression_new (GOLF_TYPE_PLAYER, NULL, "name");
  gtk_drop_down_set_expression (self->dropdown, name);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * golf_player_switcher_new:
 *
 * Returns: (transfer floating): a switcher with no store yet
 */
GtkWidget *
golf_player_switcher_new (void)
{
  return g_object_new (GOLF_TYPE_PLAYER_SWITCHER, NULL);
}

/**
 * golf_player_switcher_set_store:
 * @self: a #GolfPlayerSwitcher
 * @store: the store whose players to offer
 *
 * Sets the store once; the switcher then follows its players.
 */
void
golf_player_switcher_set_store (GolfPlayerSwitcher *self,
                                GolfStore          *store)
{
  GListModel *players;

  g_return_if_fail (GOLF_IS_PLAYER_SWITCHER (self));
  g_return_if_fail (GOLF_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  players = golf_store_get_players (store);

  /* Connected before the drop-down is: it runs first. */
  g_signal_connect_object (players, "items-changed", G_CALLBACK (on_players_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (players, "items-changed", G_CALLBACK (on_players_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->dropdown, players);
  self->syncing = FALSE;
  on_players_changed_cb (self, 0, 0, 0, players);
}

/**
 * golf_player_switcher_get_player_id:
 * @self: a #GolfPlayerSwitcher
 *
 * Returns: the id of the chosen player
 */
gint64
golf_player_switcher_get_player_id (GolfPlayerSwitcher *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER_SWITCHER (self), GOLF_PLAYER_DEFAULT_ID);

  return self->player_id;
}

/**
 * golf_player_switcher_set_player_id:
 * @self: a #GolfPlayerSwitcher
 * @player_id: a player of the store; an unknown one chooses the default
 *
 * Chooses a player, as picking it in the drop-down does.
 */
void
golf_player_switcher_set_player_id (GolfPlayerSwitcher *self,
                                    gint64              player_id)
{
  g_return_if_fail (GOLF_IS_PLAYER_SWITCHER (self));

  if (self->store != NULL && golf_store_find_player_by_id (self->store, player_id) == NULL)
    player_id = GOLF_PLAYER_DEFAULT_ID;

  if (self->player_id != player_id)
    {
      self->player_id = player_id;
      sync_dropdown (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYER_ID]);
    }
  else
    sync_dropdown (self);
}

/**
 * golf_player_switcher_get_player:
 * @self: a #GolfPlayerSwitcher
 *
 * Returns: (transfer none) (nullable): the chosen player
 */
GolfPlayer *
golf_player_switcher_get_player (GolfPlayerSwitcher *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER_SWITCHER (self), NULL);

  return self->store != NULL ? golf_store_find_player_by_id (self->store, self->player_id) : NULL;
}

/**
 * golf_player_switcher_get_active:
 * @self: a #GolfPlayerSwitcher
 *
 * Returns: whether there is more than one player to choose from
 */
gboolean
golf_player_switcher_get_active (GolfPlayerSwitcher *self)
{
  g_return_val_if_fail (GOLF_IS_PLAYER_SWITCHER (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self));
}
