/* golf-session-slots.c
 *
 * The sessions list's model: position i is always the same slot object,
 * which holds the session now listed at i. A list view keeps a row widget
 * for as long as its item stays, so when the sessions listed change (the
 * coach chooses another student, a search narrows the list) the rows on
 * screen stay and only their text changes: no row is built, destroyed or
 * bound again in that frame. The selection is the wrapped selection
 * model's, by position.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-session-slots"

#include "config.h"

#include "golf-session-slots.h"

struct _GolfSessionSlot
{
  GObject      parent_instance;

  GolfSession *session;
};

G_DEFINE_FINAL_TYPE (GolfSessionSlot, golf_session_slot, G_TYPE_OBJECT)

enum {
  SLOT_PROP_0,
  SLOT_PROP_SESSION,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

static void
golf_session_slot_finalize (GObject *object)
{
  GolfSessionSlot *self = (GolfSessionSlot *)object;

  g_clear_object (&self->session);

  G_OBJECT_CLASS (golf_session_slot_parent_class)->finalize (object);
}

static void
golf_session_slot_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GolfSessionSlot *self = GOLF_SESSION_SLOT (object);

  switch (prop_id)
    {
    case SLOT_PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_session_slot_class_init (GolfSessionSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_session_slot_finalize;
  object_class->get_property = golf_session_slot_get_property;

  /**
   * GolfSessionSlot:session:
   *
   * The session listed at this slot's position.
   */
  slot_properties[SLOT_PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, GOLF_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
golf_session_slot_init (GolfSessionSlot *self)
{
}

/**
 * golf_session_slot_get_session:
 * @self: a #GolfSessionSlot
 *
 * Returns: (transfer none) (nullable): the session listed at the slot's
 *   position
 */
GolfSession *
golf_session_slot_get_session (GolfSessionSlot *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION_SLOT (self), NULL);

  return self->session;
}

static void
slot_take_session (GolfSessionSlot *self,
                   GolfSession     *session)
{
  if (self->session == session)
    {
      g_clear_object (&session);
      return;
    }

  g_clear_object (&self->session);
  self->session = session;
  g_object_notify_by_pspec (G_OBJECT (self), slot_properties[SLOT_PROP_SESSION]);
}

struct _GolfSessionSlots
{
  GObject            parent_instance;

  GtkSelectionModel *sessions;
  GPtrArray         *slots;
  GtkBitset         *selected;   /* what the list was last told */
};

static void golf_session_slots_list_model_init      (GListModelInterface        *iface);
static void golf_session_slots_selection_model_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GolfSessionSlots, golf_session_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      golf_session_slots_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                      golf_session_slots_selection_model_init))

static GType
golf_session_slots_get_item_type (GListModel *model)
{
  return GOLF_TYPE_SESSION_SLOT;
}

static guint
golf_session_slots_get_n_items (GListModel *model)
{
  return GOLF_SESSION_SLOTS (model)->slots->len;
}

static gpointer
golf_session_slots_get_item (GListModel *model,
                             guint       position)
{
  GolfSessionSlots *self = GOLF_SESSION_SLOTS (model);

  if (position >= self->slots->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
golf_session_slots_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = golf_session_slots_get_item_type;
  iface->get_n_items = golf_session_slots_get_n_items;
  iface->get_item = golf_session_slots_get_item;
}

/* Selection is the wrapped model's: positions are the same. */

static gboolean
golf_session_slots_is_selected (GtkSelectionModel *model,
                                guint              position)
{
  return gtk_selection_model_is_selected (GOLF_SESSION_SLOTS (model)->sessions, position);
}

static GtkBitset *
golf_session_slots_get_selection_in_range (GtkSelectionModel *model,
                                           guint              position,
                                           guint              n_items)
{
  return gtk_selection_model_get_selection_in_range (GOLF_SESSION_SLOTS (model)->sessions, position, n_items);
}

static gboolean
golf_session_slots_select_item (GtkSelectionModel *model,
                                guint              position,
                                gboolean           unselect_rest)
{
  return gtk_selection_model_select_item (GOLF_SESSION_SLOTS (model)->sessions, position, unselect_rest);
}

static gboolean
golf_session_slots_unselect_item (GtkSelectionModel *model,
                                  guint              position)
{
  return gtk_selection_model_unselect_item (GOLF_SESSION_SLOTS (model)->sessions, position);
}

static gboolean
golf_session_slots_select_range (GtkSelectionModel *model,
                                 guint              position,
                                 guint              n_items,
                                 gboolean           unselect_rest)
{
  return gtk_selection_model_select_range (GOLF_SESSION_SLOTS (model)->sessions, position, n_items, unselect_rest);
}

static gboolean
golf_session_slots_unselect_range (GtkSelectionModel *model,
                                   guint              position,
                                   guint              n_items)
{
  return gtk_selection_model_unselect_range (GOLF_SESSION_SLOTS (model)->sessions, position, n_items);
}

static gboolean
golf_session_slots_select_all (GtkSelectionModel *model)
{
  return gtk_selection_model_select_all (GOLF_SESSION_SLOTS (model)->sessions);
}

static gboolean
golf_session_slots_unselect_all (GtkSelectionModel *model)
{
  return gtk_selection_model_unselect_all (GOLF_SESSION_SLOTS (model)->sessions);
}

static gboolean
golf_session_slots_set_selection (GtkSelectionModel *model,
                                  GtkBitset         *selected,
                                  GtkBitset         *mask)
{
  return gtk_selection_model_set_selection (GOLF_SESSION_SLOTS (model)->sessions, selected, mask);
}

static void
golf_session_slots_selection_model_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = golf_session_slots_is_selected;
  iface->get_selection_in_range = golf_session_slots_get_selection_in_range;
  iface->select_item = golf_session_slots_select_item;
  iface->unselect_item = golf_session_slots_unselect_item;
  iface->select_range = golf_session_slots_select_range;
  iface->unselect_range = golf_session_slots_unselect_range;
  iface->select_all = golf_session_slots_select_all;
  iface->unselect_all = golf_session_slots_unselect_all;
  iface->set_selection = golf_session_slots_set_selection;
}

/* Slots from @position on hold the sessions now there. */
static void
fill_slots (GolfSessionSlots *self,
            guint             position,
            guint             end)
{
  GListModel *sessions = G_LIST_MODEL (self->sessions);

  for (guint i = position; i < end; i++)
    {
      if (i == self->slots->len)
        g_ptr_array_add (self->slots, g_object_new (GOLF_TYPE_SESSION_SLOT, NULL));
      slot_take_session (g_ptr_array_index (self->slots, i), g_list_model_get_item (sessions, i));
    }
}

/* Tells the list of the positions whose selection changed since it was
 * last told, and only those: a list item told of a change is bound again,
 * which would cost every row on screen a rebuild of its text. */
static void
tell_selection (GolfSessionSlots *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (self->sessions);
  g_autoptr(GtkBitset) changed = gtk_bitset_copy (selected);
  guint first, last;

  gtk_bitset_difference (changed, self->selected);
  g_clear_pointer (&self->selected, gtk_bitset_unref);
  self->selected = g_steal_pointer (&selected);
  if (gtk_bitset_is_empty (changed))
    return;

  first = gtk_bitset_get_minimum (changed);
  last = gtk_bitset_get_maximum (changed);
  if (first < self->slots->len)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), first,
                                           MIN (last + 1, self->slots->len) - first);
}

static void
on_items_changed_cb (GolfSessionSlots *self,
                     guint             position,
                     guint             removed,
                     guint             added,
                     GListModel       *sessions)
{
  guint n_before = self->slots->len;
  guint n_after = g_list_model_get_n_items (sessions);
  guint n_kept = MIN (n_before, n_after);

  /* The slots that stay hold the sessions now at their positions, and
   * their rows follow; only the slots past the end of the shorter list
   * come or go. */
  if (n_after < n_before)
    g_ptr_array_set_size (self->slots, n_after);
  fill_slots (self, position, removed == added ? position + added : n_after);

  if (n_after != n_before)
    g_list_model_items_changed (G_LIST_MODEL (self), n_kept, n_before - n_kept, n_after - n_kept);
  tell_selection (self);
}

static void
on_selection_changed_cb (GolfSessionSlots  *self,
                         guint              position,
                         guint              n_items,
                         GtkSelectionModel *sessions)
{
  tell_selection (self);
}

static void
golf_session_slots_dispose (GObject *object)
{
  GolfSessionSlots *self = (GolfSessionSlots *)object;

  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_data (self->sessions, self);
  g_clear_object (&self->sessions);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->selected, gtk_bitset_unref);

  G_OBJECT_CLASS (golf_session_slots_parent_class)->dispose (object);
}

static void
golf_session_slots_class_init (GolfSessionSlotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = golf_session_slots_dispose;
}

static void
golf_session_slots_init (GolfSessionSlots *self)
{
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
  self->selected = gtk_bitset_new_empty ();
}

/**
 * golf_session_slots_new:
 * @sessions: the sessions to list, with their selection
 *
 * Returns: (transfer full): a model whose position i is always the same
 *   #GolfSessionSlot, holding the session at i in @sessions
 */
GolfSessionSlots *
golf_session_slots_new (GtkSelectionModel *sessions)
{
  GolfSessionSlots *self;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (sessions), NULL);

  self = g_object_new (GOLF_TYPE_SESSION_SLOTS, NULL);
  self->sessions = g_object_ref (sessions);
  fill_slots (self, 0, g_list_model_get_n_items (G_LIST_MODEL (sessions)));
  g_clear_pointer (&self->selected, gtk_bitset_unref);
  self->selected = gtk_selection_model_get_selection (sessions);
  g_signal_connect_swapped (sessions, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect_swapped (sessions, "selection-changed", G_CALLBACK (on_selection_changed_cb), self);

  return self;
}
