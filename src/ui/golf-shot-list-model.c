/* golf-shot-list-model.c
 *
 * A GListModel of GolfShot that never holds a session's shots all at once.
 * It keeps the keys of the shots in the list's order (sorted and filtered
 * by the store in SQL) and reads the shots themselves a page at a time,
 * when a list asks for a position; a few recent pages stay cached.
 *
 * When the store says the session's shots changed, the keys are read again
 * once the burst is over, and only the span that differs is announced, so a
 * list keeps its scroll position and selection around a deleted shot. A
 * shot rewritten in place (set aside, tagged) is refreshed in its object,
 * which notifies, so its row stays selected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shot-list-model"

#include "config.h"

#include "golf-shot-list-model.h"

#define PAGE_SIZE 64
#define MAX_PAGES 16

struct _GolfShotListModel
{
  GObject      parent_instance;

  GolfStore   *store;
  char        *session_id;
  char        *club;
  char        *tag;
  char        *sort_key;
  gboolean     descending;

  GArray      *keys;          /* GolfShotKey, in list order */
  GHashTable  *pages;         /* page number -> GPtrArray of GolfShot */
  GQueue       recent;        /* page numbers, most recent first */
  GHashTable  *changed;       /* ids of rewritten shots a pending reload refreshes */
  gboolean     all_changed;   /* a bulk rewrite: refresh every loaded shot */
  guint        reload_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GolfShotListModel, golf_shot_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SESSION_ID,
  PROP_CLUB,
  PROP_TAG,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
golf_shot_list_model_get_item_type (GListModel *model)
{
  return GOLF_TYPE_SHOT;
}

static guint
golf_shot_list_model_get_n_items (GListModel *model)
{
  GolfShotListModel *self = GOLF_SHOT_LIST_MODEL (model);

  return self->keys->len;
}

static void
touch_page (GolfShotListModel *self,
            guint              page)
{
  GList *link = g_queue_find (&self->recent, GUINT_TO_POINTER (page));

  if (link != NULL)
    g_queue_unlink (&self->recent, link);
  else
    link = g_list_alloc ();

  link->data = GUINT_TO_POINTER (page);
  g_queue_push_head_link (&self->recent, link);

  while (self->recent.length > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent));
}

static GPtrArray *
load_page (GolfShotListModel *self,
           guint              page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GPtrArray *shots;
  guint first = page * PAGE_SIZE;
  guint last = MIN (first + PAGE_SIZE, self->keys->len);

  for (guint i = first; i < last; i++)
    g_ptr_array_add (ids, g_array_index (self->keys, GolfShotKey, i).shot_id);

  shots = golf_store_dup_shots (self->store, (const char * const *)ids->pdata, ids->len, &error);
  if (shots == NULL)
    {
      g_warning ("Cannot read the shots of session %s: %s", self->session_id, error->message);
      shots = g_ptr_array_new_full (ids->len, g_object_unref);
      g_ptr_array_set_size (shots, ids->len);
    }

  /* A shot deleted since the keys were read shows empty until the reload
   * that its deletion scheduled. */
  for (guint i = 0; i < shots->len; i++)
    if (g_ptr_array_index (shots, i) == NULL)
      g_ptr_array_index (shots, i) = golf_shot_new (ids->pdata[i], self->session_id);

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), shots);

  return shots;
}

static gpointer
golf_shot_list_model_get_item (GListModel *model,
                               guint       position)
{
  GolfShotListModel *self = GOLF_SHOT_LIST_MODEL (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *shots;

  if (position >= self->keys->len)
    return NULL;

  shots = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (shots == NULL)
    shots = load_page (self, page);
  touch_page (self, page);

  return g_object_ref (g_ptr_array_index (shots, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = golf_shot_list_model_get_item_type;
  iface->get_n_items = golf_shot_list_model_get_n_items;
  iface->get_item = golf_shot_list_model_get_item;
}

static void
drop_pages (GolfShotListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent);
}

static GArray *
new_keys (void)
{
  return g_array_new (FALSE, FALSE, sizeof (GolfShotKey));
}

/* g_set_str() arrived in GLib 2.76. */
static gboolean
replace_str (char       **field,
             const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static gboolean
same_key (GArray *a,
          guint   i,
          GArray *b,
          guint   j)
{
  return g_strcmp0 (g_array_index (a, GolfShotKey, i).shot_id,
                    g_array_index (b, GolfShotKey, j).shot_id) == 0 &&
         g_array_index (a, GolfShotKey, i).number == g_array_index (b, GolfShotKey, j).number;
}

/* Leaves in @keys the shots with the list's tag, in their order and with
 * their numbers in the session. */
static gboolean
keep_tagged (GolfShotListModel  *self,
             GArray             *keys,
             GError            **error)
{
  g_auto(GStrv) ids = golf_store_dup_tagged_shot_ids (self->store, self->session_id, self->tag, error);
  g_autoptr(GHashTable) tagged = NULL;
  guint kept = 0;

  if (ids == NULL)
    return FALSE;

  tagged = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (tagged, ids[i]);

  for (guint i = 0; i < keys->len; i++)
    {
      GolfShotKey *key = &g_array_index (keys, GolfShotKey, i);

      if (!g_hash_table_contains (tagged, key->shot_id))
        {
          g_clear_pointer (&key->shot_id, g_free);
          continue;
        }

      g_array_index (keys, GolfShotKey, kept++) = *key;
    }

  /* The moved keys' ids now belong to their new places. */
  for (guint i = kept; i < keys->len; i++)
    g_array_index (keys, GolfShotKey, i).shot_id = NULL;
  g_array_set_size (keys, kept);

  return TRUE;
}

static GArray *
read_keys (GolfShotListModel *self)
{
  g_autoptr(GError) error = NULL;
  GArray *keys;

  if (self->session_id == NULL)
    return new_keys ();

  keys = golf_store_dup_shot_keys (self->store, self->session_id, self->club,
                                   self->sort_key, self->descending, &error);
  if (keys == NULL)
    {
      g_warning ("Cannot list the shots of session %s: %s", self->session_id, error->message);
      return new_keys ();
    }

  if (self->tag != NULL && !keep_tagged (self, keys, &error))
    {
      g_warning ("Cannot list the tagged shots of session %s: %s", self->session_id, error->message);
      g_array_set_size (keys, 0);
    }

  return keys;
}

/* Copies what the store holds now into the object a row shows. */
static void
refresh_shot (GolfShot *shot,
              GolfShot *fresh)
{
  g_object_freeze_notify (G_OBJECT (shot));
  golf_shot_set_club (shot, golf_shot_get_club (fresh));
  golf_shot_set_shot_type (shot, golf_shot_get_shot_type (fresh));
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    golf_shot_set (shot, i, golf_shot_get (fresh, i));
  golf_shot_set_estimated_mask (shot, golf_shot_get_estimated_mask (fresh));
  golf_shot_set_comment (shot, golf_shot_get_comment (fresh));
  golf_shot_set_tags (shot, golf_shot_get_tags (fresh));
  golf_shot_set_set_aside (shot, golf_shot_get_set_aside (fresh));
  g_object_thaw_notify (G_OBJECT (shot));
}

/* Refreshes the loaded shots the store rewrote, in place. */
static void
refresh_changed (GolfShotListModel *self)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *shots = value;

      for (guint i = 0; i < shots->len; i++)
        {
          GolfShot *shot = g_ptr_array_index (shots, i);

          if (self->all_changed || g_hash_table_contains (self->changed, golf_shot_get_id (shot)))
            {
              g_ptr_array_add (targets, shot);
              g_ptr_array_add (ids, (gpointer)golf_shot_get_id (shot));
            }
        }
    }

  g_hash_table_remove_all (self->changed);
  self->all_changed = FALSE;
  if (ids->len == 0)
    return;

  fresh = golf_store_dup_shots (self->store, (const char * const *)ids->pdata, ids->len, &error);
  if (fresh == NULL)
    {
      g_warning ("Cannot read the shots of session %s: %s", self->session_id, error->message);
      return;
    }

  for (guint i = 0; i < targets->len; i++)
    if (g_ptr_array_index (fresh, i) != NULL)
      refresh_shot (g_ptr_array_index (targets, i), g_ptr_array_index (fresh, i));
}

/* Reads the keys again and tells the list the span that differs between
 * the common start and the common end. */
static void
reload (GolfShotListModel *self,
        gboolean           everything)
{
  g_autoptr(GArray) old_keys = self->keys;
  guint prefix = 0, suffix = 0;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (!everything)
    refresh_changed (self);
  g_hash_table_remove_all (self->changed);
  self->all_changed = FALSE;

  self->keys = read_keys (self);

  if (!everything)
    {
      while (prefix < old_keys->len && prefix < self->keys->len &&
             same_key (old_keys, prefix, self->keys, prefix))
        prefix++;
      while (suffix < old_keys->len - prefix && suffix < self->keys->len - prefix &&
             same_key (old_keys, old_keys->len - 1 - suffix, self->keys, self->keys->len - 1 - suffix))
        suffix++;
    }

  if (prefix + suffix == old_keys->len && old_keys->len == self->keys->len)
    return;

  drop_pages (self);
  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_keys->len - prefix - suffix,
                              self->keys->len - prefix - suffix);

  if (old_keys->len != self->keys->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
reload_cb (gpointer user_data)
{
  GolfShotListModel *self = user_data;

  self->reload_id = 0;
  reload (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
on_shot_changed_cb (GolfShotListModel *self,
                    const char        *session_id,
                    const char        *shot_id,
                    GolfChangeKind     kind,
                    GolfStore         *store)
{
  if (g_strcmp0 (session_id, self->session_id) != 0)
    return;

  /* Rewritten shots keep their place but show new values. */
  if (kind == GOLF_CHANGE_CHANGED)
    {
      if (shot_id == NULL)
        self->all_changed = TRUE;
      else
        g_hash_table_add (self->changed, g_strdup (shot_id));
    }

  /* A burst of deletions (a multiple selection) reloads once. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT, reload_cb, self, NULL);
}

static void
golf_shot_list_model_constructed (GObject *object)
{
  GolfShotListModel *self = (GolfShotListModel *)object;

  G_OBJECT_CLASS (golf_shot_list_model_parent_class)->constructed (object);

  g_signal_connect_object (self->store,
                           "shot-changed",
                           G_CALLBACK (on_shot_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

static void
golf_shot_list_model_dispose (GObject *object)
{
  GolfShotListModel *self = (GolfShotListModel *)object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  drop_pages (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_shot_list_model_parent_class)->dispose (object);
}

static void
golf_shot_list_model_finalize (GObject *object)
{
  GolfShotListModel *self = (GolfShotListModel *)object;

  g_clear_pointer (&self->keys, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->changed, g_hash_table_unref);
  g_free (self->session_id);
  g_free (self->club);
  g_free (self->tag);
  g_free (self->sort_key);

  G_OBJECT_CLASS (golf_shot_list_model_parent_class)->finalize (object);
}

static void
golf_shot_list_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GolfShotListModel *self = GOLF_SHOT_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;

    case PROP_CLUB:
      g_value_set_string (value, self->club);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->keys->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shot_list_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  GolfShotListModel *self = GOLF_SHOT_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SESSION_ID:
      golf_shot_list_model_set_session_id (self, g_value_get_string (value));
      break;

    case PROP_CLUB:
      golf_shot_list_model_set_club (self, g_value_get_string (value));
      break;

    case PROP_TAG:
      golf_shot_list_model_set_tag (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shot_list_model_class_init (GolfShotListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = golf_shot_list_model_constructed;
  object_class->dispose = golf_shot_list_model_dispose;
  object_class->finalize = golf_shot_list_model_finalize;
  object_class->get_property = golf_shot_list_model_get_property;
  object_class->set_property = golf_shot_list_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GOLF_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfShotListModel:session-id:
   *
   * The session whose shots the list holds; %NULL for none.
   */
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfShotListModel:club:
   *
   * Only the shots of this club ("" for shots without one); %NULL for all.
   */
  properties[PROP_CLUB] =
    g_param_spec_string ("club", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfShotListModel:tag:
   *
   * Only the shots with this tag; %NULL for all.
   */
  properties[PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfShotListModel:n-items:
   *
   * How many shots the list holds.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_shot_list_model_init (GolfShotListModel *self)
{
  self->keys = new_keys ();
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sort_key = g_strdup ("number");
  g_queue_init (&self->recent);
}

/**
 * golf_shot_list_model_new:
 * @store: the database the shots come from
 *
 * Returns: (transfer full): an empty list; set a session to fill it
 */
GolfShotListModel *
golf_shot_list_model_new (GolfStore *store)
{
  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);

  return g_object_new (GOLF_TYPE_SHOT_LIST_MODEL, "store", store, NULL);
}

/**
 * golf_shot_list_model_get_store:
 * @self: a #GolfShotListModel
 *
 * Returns: (transfer none): the database the shots come from
 */
GolfStore *
golf_shot_list_model_get_store (GolfShotListModel *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), NULL);

  return self->store;
}

/**
 * golf_shot_list_model_get_session_id:
 * @self: a #GolfShotListModel
 *
 * Returns: (nullable): the session shown
 */
const char *
golf_shot_list_model_get_session_id (GolfShotListModel *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), NULL);

  return self->session_id;
}

/**
 * golf_shot_list_model_set_session_id:
 * @self: a #GolfShotListModel
 * @session_id: (nullable): the session to show
 *
 * Shows another session's shots, read at once.
 */
void
golf_shot_list_model_set_session_id (GolfShotListModel *self,
                                     const char        *session_id)
{
  g_return_if_fail (GOLF_IS_SHOT_LIST_MODEL (self));

  if (!replace_str (&self->session_id, session_id))
    return;

  reload (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

/**
 * golf_shot_list_model_get_club:
 * @self: a #GolfShotListModel
 *
 * Returns: (nullable): the club the list is limited to
 */
const char *
golf_shot_list_model_get_club (GolfShotListModel *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), NULL);

  return self->club;
}

/**
 * golf_shot_list_model_set_club:
 * @self: a #GolfShotListModel
 * @club: (nullable): only this club's shots ("" for those without a club),
 *   or %NULL for every shot
 */
void
golf_shot_list_model_set_club (GolfShotListModel *self,
                               const char        *club)
{
  g_return_if_fail (GOLF_IS_SHOT_LIST_MODEL (self));

  if (!replace_str (&self->club, club))
    return;

  reload (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUB]);
}

/**
 * golf_shot_list_model_get_tag:
 * @self: a #GolfShotListModel
 *
 * Returns: (nullable): the tag the list is limited to
 */
const char *
golf_shot_list_model_get_tag (GolfShotListModel *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), NULL);

  return self->tag;
}

/**
 * golf_shot_list_model_set_tag:
 * @self: a #GolfShotListModel
 * @tag: (nullable): only the shots with this tag, or %NULL for every shot
 *
 * A shot that gains or loses the tag joins or leaves the list when the
 * store says it changed.
 */
void
golf_shot_list_model_set_tag (GolfShotListModel *self,
                              const char        *tag)
{
  g_return_if_fail (GOLF_IS_SHOT_LIST_MODEL (self));

  if (!replace_str (&self->tag, tag))
    return;

  reload (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAG]);
}

/**
 * golf_shot_list_model_get_sort_key:
 * @self: a #GolfShotListModel
 *
 * Returns: the store's sort key, "number" for the order shots were saved
 */
const char *
golf_shot_list_model_get_sort_key (GolfShotListModel *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), NULL);

  return self->sort_key;
}

/**
 * golf_shot_list_model_get_descending:
 * @self: a #GolfShotListModel
 *
 * Returns: whether the largest values come first
 */
gboolean
golf_shot_list_model_get_descending (GolfShotListModel *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), FALSE);

  return self->descending;
}

/**
 * golf_shot_list_model_set_sort:
 * @self: a #GolfShotListModel
 * @sort_key: (nullable): a key golf_store_dup_shot_keys() knows; %NULL for
 *   the order the shots were saved
 * @descending: whether the largest values come first
 *
 * Sorts the list; the store sorts, in SQL.
 */
void
golf_shot_list_model_set_sort (GolfShotListModel *self,
                               const char        *sort_key,
                               gboolean           descending)
{
  g_return_if_fail (GOLF_IS_SHOT_LIST_MODEL (self));

  if (sort_key == NULL)
    sort_key = "number";

  if (g_strcmp0 (self->sort_key, sort_key) == 0 && self->descending == !!descending)
    return;

  replace_str (&self->sort_key, sort_key);
  self->descending = !!descending;
  reload (self, TRUE);
}

/**
 * golf_shot_list_model_get_shot_id:
 * @self: a #GolfShotListModel
 * @position: a position in the list
 *
 * The id of a shot, without reading the shot.
 *
 * Returns: (nullable): the shot id, %NULL past the end
 */
const char *
golf_shot_list_model_get_shot_id (GolfShotListModel *self,
                                  guint              position)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), NULL);

  if (position >= self->keys->len)
    return NULL;

  return g_array_index (self->keys, GolfShotKey, position).shot_id;
}

/**
 * golf_shot_list_model_get_number:
 * @self: a #GolfShotListModel
 * @position: a position in the list
 *
 * Returns: the shot's number in its session (1 for the first saved), 0 past the end
 */
guint
golf_shot_list_model_get_number (GolfShotListModel *self,
                                 guint              position)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), 0);

  if (position >= self->keys->len)
    return 0;

  return g_array_index (self->keys, GolfShotKey, position).number;
}

/**
 * golf_shot_list_model_find:
 * @self: a #GolfShotListModel
 * @shot_id: a shot
 * @position: (out) (optional): where the shot is
 *
 * Returns: whether the list holds the shot
 */
gboolean
golf_shot_list_model_find (GolfShotListModel *self,
                           const char        *shot_id,
                           guint             *position)
{
  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), FALSE);
  g_return_val_if_fail (shot_id != NULL, FALSE);

  for (guint i = 0; i < self->keys->len; i++)
    if (g_strcmp0 (g_array_index (self->keys, GolfShotKey, i).shot_id, shot_id) == 0)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * golf_shot_list_model_get_n_loaded:
 * @self: a #GolfShotListModel
 *
 * Returns: how many shots are read into objects right now: at most a few
 *   pages, however long the list
 */
guint
golf_shot_list_model_get_n_loaded (GolfShotListModel *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (GOLF_IS_SHOT_LIST_MODEL (self), 0);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GPtrArray *)value)->len;

  return n;
}

/**
 * golf_shot_list_model_reload:
 * @self: a #GolfShotListModel
 *
 * Reads the keys now instead of when the main loop is next idle.
 */
void
golf_shot_list_model_reload (GolfShotListModel *self)
{
  g_return_if_fail (GOLF_IS_SHOT_LIST_MODEL (self));

  reload (self, FALSE);
}
