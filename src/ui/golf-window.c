/* golf-window.c
 *
 * Sessions on the left (newest first, searchable), the selected session's
 * pages on the right. The actions live in golf-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-format.h"
#include "golf-format-closures.h"
#include "golf-list-item-binding.h"
#include "golf-player.h"
#include "golf-session-row.h"
#include "golf-session-slots.h"
#include "golf-window-private.h"

/* Long enough for the first frames to go out before the workers start. */
#define PREPARE_TRENDS_DELAY_MS 1500

G_DEFINE_FINAL_TYPE (GolfWindow, golf_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ERROR,
  PROP_SESSION,
  PROP_UNITS,
  PROP_HAND,
  PROP_LIVE,
  PROP_TAG_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_session_title (GolfWindow  *self,
                      GolfSession *session,
                      const char  *name)
{
  if (session == NULL)
    return g_strdup ("");

  return golf_session_dup_title (session);
}

static int
compare_sessions_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  GolfSession *session_a = (GolfSession *)a;
  GolfSession *session_b = (GolfSession *)b;
  int cmp;

  /* Newest first: the session just practised is the one a golfer opens. */
  cmp = g_strcmp0 (golf_session_get_date (session_b), golf_session_get_date (session_a));
  if (cmp == 0)
    cmp = g_strcmp0 (golf_session_get_id (session_b), golf_session_get_id (session_a));

  return gtk_ordering_from_cmpfunc (cmp);
}

static gboolean
contains_casefolded (const char *haystack,
                     const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

/* A session matches when each word of the search is in its date (as
 * shown), name, id, clubs or notes. */
static gboolean
filter_session_cb (gpointer item,
                   gpointer user_data)
{
  GolfWindow *self = user_data;
  GolfSession *session = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  g_autofree char *date = golf_format_date (golf_session_get_date (session));
  const char *fields[] = {
    date,
    golf_session_get_date (session),
    golf_session_get_name (session),
    golf_session_get_id (session),
    golf_session_get_clubs_used (session),
    golf_session_get_notes (session),
  };

  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean found = words[w][0] == '\0';

      for (guint f = 0; f < G_N_ELEMENTS (fields) && !found; f++)
        found = contains_casefolded (fields[f], words[w]);

      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* The units follow the settings: distance-unit and speed-unit, and the
 * older units key while those are automatic. */
static void
update_units (GolfWindow *self)
{
  GolfUnits units = GOLF_UNITS (golf_units_preference_get_distance (self->settings),
                                golf_units_preference_get_speed (self->settings));

  if (self->units == units)
    return;

  self->units = units;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/* The shot-shape thresholds of the settings, in order: a hook and slice
 * angle below the curve one is taken as the curve one. */
static void
read_shape_thresholds (GSettings           *settings,
                       GolfShapeThresholds *clubs,
                       GolfShapeThresholds *wedges)
{
  clubs->start = wedges->start = g_settings_get_double (settings, "shape-start-threshold");
  clubs->curve = g_settings_get_double (settings, "shape-curve-threshold");
  clubs->severe = MAX (g_settings_get_double (settings, "shape-severe-threshold"), clubs->curve);
  wedges->curve = g_settings_get_double (settings, "shape-wedge-curve-threshold");
  wedges->severe = MAX (g_settings_get_double (settings, "shape-wedge-severe-threshold"), wedges->curve);
}

static void
update_shape_thresholds (GolfWindow *self)
{
  GolfShapeThresholds clubs, wedges;

  read_shape_thresholds (self->settings, &clubs, &wedges);
  golf_dashboard_page_set_shape_thresholds (self->dashboard_page, &clubs, &wedges);
}

/* Whose hand names face and path: the session's player's. The player
 * "Me", the golfer using the app, has the hand of the preference; the
 * preference writes it into the database too (golf-lab-cli reads it
 * there), and a hand given to "Me" elsewhere comes back into the
 * preference. Other players (a coach's pupils) keep their own. */
static void
update_hand (GolfWindow *self)
{
  GolfPlayer *player = NULL;
  GolfHand hand = g_settings_get_enum (self->settings, "handedness");

  if (self->session != NULL && self->store != NULL)
    player = golf_store_find_player_by_id (self->store, golf_session_get_player_id (self->session));

  if (player != self->player)
    {
      if (self->player != NULL)
        g_signal_handlers_disconnect_by_func (self->player, update_hand, self);
      g_set_object (&self->player, player);
      if (player != NULL)
        g_signal_connect_object (player, "notify::hand", G_CALLBACK (update_hand), self, G_CONNECT_SWAPPED);
    }

  if (player != NULL && golf_player_get_id (player) != GOLF_PLAYER_DEFAULT_ID)
    hand = golf_player_get_hand (player);

  if (self->hand != hand)
    {
      self->hand = hand;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAND]);
    }
}

static void
on_settings_changed_cb (GolfWindow *self,
                        const char *key,
                        GSettings  *settings)
{
  if (g_strcmp0 (key, "units") == 0 || g_strcmp0 (key, "distance-unit") == 0 ||
      g_strcmp0 (key, "speed-unit") == 0)
    update_units (self);
  else if (g_strcmp0 (key, "handedness") == 0)
    {
      _golf_window_write_my_hand (self);
      update_hand (self);
      /* A connector recording live is told the new hand. */
      if (self->listener != NULL)
        golf_capture_listener_set_hand (self->listener, g_settings_get_enum (settings, "handedness"));
    }
  else if (g_str_has_prefix (key, "shape-"))
    update_shape_thresholds (self);
}

static void
set_session (GolfWindow  *self,
             GolfSession *session)
{
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, update_hand, self);

  if (!g_set_object (&self->session, session))
    return;

  if (session != NULL)
    g_signal_connect_object (session, "notify::player-id", G_CALLBACK (update_hand), self, G_CONNECT_SWAPPED);

  update_hand (self);
  _golf_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
update_visible_page (GolfWindow *self)
{
  guint n_sessions;
  guint n_shown;

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return;
    }

  n_sessions = g_list_model_get_n_items (self->sessions);
  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  gtk_stack_set_visible_child_name (self->main_stack, n_sessions > 0 ? "sessions" : "empty");
  if (n_shown > 0 || n_sessions == 0)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  else if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0')
    gtk_stack_set_visible_child_name (self->sidebar_stack, "no-student-sessions");
  else
    gtk_stack_set_visible_child_name (self->sidebar_stack, "no-results");

  if (n_sessions == 0)
    set_session (self, NULL);
}

static void
on_sessions_changed_cb (GolfWindow *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *model)
{
  update_visible_page (self);
}

static void
on_selected_item_changed_cb (GolfWindow         *self,
                             GParamSpec         *pspec,
                             GtkSingleSelection *selection)
{
  GolfSession *session = gtk_single_selection_get_selected_item (selection);

  /* A search that hides every session keeps the open one on show; one of
   * another student does not stay. */
  if (session != NULL)
    set_session (self, session);
  else if (self->session != NULL &&
           (golf_store_find_session (self->store, golf_session_get_id (self->session)) == NULL ||
            !_golf_window_lists_session (self, self->session)))
    set_session (self, NULL);
}

static void
on_search_changed_cb (GolfWindow     *self,
                      GtkSearchEntry *entry)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_visible_page (self);
}

/* Enter in the search opens the first session found. */
static void
on_search_activated_cb (GolfWindow     *self,
                        GtkSearchEntry *entry)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* A click on a folded window (the list activates on single click then),
 * a double click or Enter: show that session's pages. */
static void
on_session_activated_cb (GolfWindow  *self,
                         guint        position,
                         GtkListView *list)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* A row shows whatever session its slot holds: when the sessions listed
 * change, the rows stay and follow their slots. */
static void
setup_session_row_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, golf_session_row_new ());
}

static void
bind_session_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  golf_list_item_bind (list_item, "session", "session");
}

static void
unbind_session_row_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  user_data)
{
  golf_list_item_unbind (list_item);
  golf_session_row_set_session (GOLF_SESSION_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
setup_session_list (GolfWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;
  GtkSorter *sorter;
  GtkFilterListModel *by_player;
  g_autoptr(GolfSessionSlots) slots = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_session_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_session_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_session_row_cb), NULL);
  gtk_list_view_set_factory (self->session_list, factory);

  if (self->store == NULL)
    return;

  self->sessions = g_object_ref (golf_store_get_sessions (self->store));
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_sessions_cb, NULL, NULL));
  sorted = gtk_sort_list_model_new (g_object_ref (self->sessions), sorter);
  self->filter = gtk_custom_filter_new (filter_session_cb, self, NULL);
  /* The search runs only over the chosen student's sessions. */
  self->player_filter = _golf_window_new_player_filter (self);
  by_player = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (self->player_filter));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (by_player), g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  g_signal_connect_object (self->sessions, "items-changed",
                           G_CALLBACK (on_sessions_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_sessions_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed_cb), self, G_CONNECT_SWAPPED);
  slots = golf_session_slots_new (GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_model (self->session_list, GTK_SELECTION_MODEL (slots));
  golf_shots_page_set_store (self->shots_page, self->store);
  golf_dashboard_page_set_store (self->dashboard_page, self->store);
  golf_trends_page_set_store (self->trends_page, self->store);
  golf_model_page_set_store (self->model_page, self->store);
  /* One tag filter for the window: the shot list and the charts follow it. */
  g_object_bind_property (self, "tag-filter", self->shots_page, "tag-filter",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "tag-filter", golf_dashboard_page_get_model (self->dashboard_page), "tag",
                          G_BINDING_SYNC_CREATE);
  set_session (self, gtk_single_selection_get_selected_item (self->selection));
}

/* The session shown when the window last closed comes back. */
static void
restore_selected_session (GolfWindow *self)
{
  g_autofree char *session_id = g_settings_get_string (self->settings, "selected-session");
  guint n;

  if (self->selection == NULL || session_id[0] == '\0')
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_strcmp0 (golf_session_get_id (session), session_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
show_store_error (GolfWindow *self)
{
  g_autofree char *description = NULL;

  /* The store's messages already say what is wrong with the file; the
   * buttons below them are the way out. */
  if (self->error != NULL)
    description = g_markup_escape_text (self->error->message, -1);
  else
    description = g_strdup (_("No database was given."));

  adw_status_page_set_description (self->error_page, description);
}

/* Files dropped on the window are imported like any others. */
static gboolean
on_drop_cb (GolfWindow    *self,
            const GValue  *value,
            double         x,
            double         y,
            GtkDropTarget *target)
{
  GSList *files;
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  if (self->store == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  g_slist_free (files);

  if (array->len == 0)
    return FALSE;

  golf_window_import_files (self, (GFile **)array->pdata, array->len);
  return TRUE;
}

/* Once the window is up, every session's trend medians are worked out in
 * the background, so the Trends page has them when it is opened. */
static gboolean
prepare_trends_cb (gpointer user_data)
{
  GolfWindow *self = user_data;

  self->prepare_trends_id = 0;
  golf_trend_index_update (golf_trends_page_get_index (self->trends_page));

  return G_SOURCE_REMOVE;
}

static void
golf_window_constructed (GObject *object)
{
  GolfWindow *self = (GolfWindow *)object;

  G_OBJECT_CLASS (golf_window_parent_class)->constructed (object);

  setup_session_list (self);
  _golf_window_setup_players (self);
  _golf_window_follow_my_hand (self);
  update_hand (self);
  restore_selected_session (self);
  if (self->store == NULL)
    show_store_error (self);
  gtk_drop_target_set_actions (self->drop_target, self->store != NULL ? GDK_ACTION_COPY : 0);
  if (self->store != NULL)
    self->prepare_trends_id = g_timeout_add_full (G_PRIORITY_LOW, PREPARE_TRENDS_DELAY_MS, prepare_trends_cb, self, NULL);
  update_visible_page (self);
  _golf_window_update_actions (self);
}

static gboolean
golf_window_close_request (GtkWindow *window)
{
  GolfWindow *self = (GolfWindow *)window;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_string (self->settings, "selected-session",
                         self->session != NULL ? golf_session_get_id (self->session) : "");

  return GTK_WINDOW_CLASS (golf_window_parent_class)->close_request (window);
}

static void
golf_window_dispose (GObject *object)
{
  GolfWindow *self = (GolfWindow *)object;

  g_clear_handle_id (&self->prepare_trends_id, g_source_remove);
  _golf_window_dispose_live (self);
  _golf_window_dispose_players (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_WINDOW);

  g_clear_object (&self->session);
  g_clear_object (&self->player);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->player_filter);
  g_clear_object (&self->sessions);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (golf_window_parent_class)->dispose (object);
}

static void
golf_window_finalize (GObject *object)
{
  GolfWindow *self = (GolfWindow *)object;

  g_clear_error (&self->error);
  g_free (self->tag_filter);

  G_OBJECT_CLASS (golf_window_parent_class)->finalize (object);
}

static void
golf_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GolfWindow *self = GOLF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, golf_window_get_store (self));
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, golf_window_get_error (self));
      break;

    case PROP_SESSION:
      g_value_set_object (value, golf_window_get_session (self));
      break;

    case PROP_UNITS:
      g_value_set_uint (value, golf_window_get_units (self));
      break;

    case PROP_HAND:
      g_value_set_enum (value, golf_window_get_hand (self));
      break;

    case PROP_LIVE:
      g_value_set_boolean (value, golf_window_get_live (self));
      break;

    case PROP_TAG_FILTER:
      g_value_set_string (value, golf_window_get_tag_filter (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GolfWindow *self = GOLF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ERROR:
      self->error = g_value_dup_boxed (value);
      break;

    case PROP_LIVE:
      golf_window_set_live (self, g_value_get_boolean (value));
      break;

    case PROP_TAG_FILTER:
      golf_window_set_tag_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_window_class_init (GolfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = golf_window_constructed;
  object_class->dispose = golf_window_dispose;
  object_class->finalize = golf_window_finalize;
  object_class->get_property = golf_window_get_property;
  object_class->set_property = golf_window_set_property;

  window_class->close_request = golf_window_close_request;

  /**
   * GolfWindow:store:
   *
   * The database whose sessions the window shows; %NULL when it could not
   * be opened (see #GolfWindow:error).
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GOLF_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:error:
   *
   * Why the database could not be opened; shown instead of the sessions,
   * with a way to open another one or start a new one.
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:session:
   *
   * The session selected in the sidebar, whose pages are shown.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         GOLF_TYPE_SESSION,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:units:
   *
   * The units distances and speeds show in (a #GolfUnits), from the
   * distance-unit and speed-unit settings.
   */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL,
                       0, G_MAXUINT, GOLF_UNITS_IMPERIAL,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:hand:
   *
   * The hand of the player whose session is shown: the handedness
   * preference for the player "Me", else the player's own.
   */
  properties[PROP_HAND] =
    g_param_spec_enum ("hand", NULL, NULL,
                       GOLF_TYPE_HAND, GOLF_HAND_RIGHT,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:live:
   *
   * Whether shots from launch-monitor connectors are being recorded; the
   * "Live" toggle in the header bar.
   */
  properties[PROP_LIVE] =
    g_param_spec_boolean ("live", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:tag-filter:
   *
   * The tag the Shots page lists and the dashboard's charts draw the
   * shots of; %NULL for every shot.
   */
  properties[PROP_TAG_FILTER] =
    g_param_spec_string ("tag-filter", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GOLF_TYPE_DASHBOARD_PAGE);
  g_type_ensure (GOLF_TYPE_MODEL_PAGE);
  g_type_ensure (GOLF_TYPE_SESSION);
  g_type_ensure (GOLF_TYPE_SHOTS_PAGE);
  g_type_ensure (GOLF_TYPE_TRENDS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, content);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, session_list);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, updating_box);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, empty_menu_button);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, shots_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, trends_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, model_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, live_button);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, live_box);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, live_club_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, live_status_label);

  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_session_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_session_title);
  golf_format_bind_template_callbacks (widget_class);

  _golf_window_class_add_actions (widget_class);
  _golf_window_class_add_report_actions (widget_class);
}

static void
golf_window_init (GolfWindow *self)
{
  self->units = GOLF_UNITS_IMPERIAL;
  self->hand = GOLF_HAND_RIGHT;

  gtk_widget_init_template (GTK_WIDGET (self));
  _golf_window_setup_live (self);

  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (on_drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  update_units (self);
  update_shape_thresholds (self);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/**
 * golf_window_new:
 * @application: (nullable): the application the window belongs to
 * @store: (nullable): the open database, or %NULL if it could not be opened
 * @error: (nullable): why @store could not be opened
 *
 * Creates the main window. Without a store it shows @error in place of the
 * sessions, with a way to open another database or start a new one, so a
 * damaged file never takes the application down with it.
 *
 * Returns: (transfer full): a new #GolfWindow
 */
GolfWindow *
golf_window_new (GtkApplication *application,
                 GolfStore      *store,
                 const GError   *error)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || GOLF_IS_STORE (store), NULL);

  return g_object_new (GOLF_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "error", error,
                       NULL);
}

/**
 * golf_window_get_store:
 * @self: a #GolfWindow
 *
 * Returns: (transfer none) (nullable): the database shown, if it opened
 */
GolfStore *
golf_window_get_store (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * golf_window_get_error:
 * @self: a #GolfWindow
 *
 * Returns: (transfer none) (nullable): why the database could not be opened
 */
const GError *
golf_window_get_error (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->error;
}

/**
 * golf_window_get_session:
 * @self: a #GolfWindow
 *
 * Returns: (transfer none) (nullable): the session whose pages are shown
 */
GolfSession *
golf_window_get_session (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * golf_window_select_session:
 * @self: a #GolfWindow
 * @session_id: a session
 *
 * Selects a session in the sidebar (clearing a search that hides it) and
 * shows its pages.
 *
 * Returns: %TRUE if the session is there
 */
gboolean
golf_window_select_session (GolfWindow *self,
                            const char *session_id)
{
  guint n;

  g_return_val_if_fail (GOLF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  if (self->selection == NULL || golf_store_find_session (self->store, session_id) == NULL)
    return FALSE;

  _golf_window_show_player_of (self, golf_store_find_session (self->store, session_id));

  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      on_search_changed_cb (self, self->search_entry);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_strcmp0 (golf_session_get_id (session), session_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->session_list), "list.scroll-to-item", "u", i);
          adw_leaflet_set_visible_child (self->leaflet, self->content);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * golf_window_get_units:
 * @self: a #GolfWindow
 *
 * Returns: the units distances and speeds show in
 */
GolfUnits
golf_window_get_units (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), GOLF_UNITS_IMPERIAL);

  return self->units;
}

/**
 * golf_window_get_hand:
 * @self: a #GolfWindow
 *
 * Returns: the hand of the player whose session is shown
 */
GolfHand
golf_window_get_hand (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), GOLF_HAND_RIGHT);

  return self->hand;
}

/**
 * golf_window_get_live:
 * @self: a #GolfWindow
 *
 * Returns: whether shots from launch-monitor connectors are being recorded
 */
gboolean
golf_window_get_live (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), FALSE);

  return self->live;
}

/**
 * golf_window_set_live:
 * @self: a #GolfWindow
 * @live: whether to record shots from launch-monitor connectors
 *
 * Switches Live on or off, as the header bar's toggle does. When the
 * listener cannot start, Live stays off and a toast says why.
 */
void
golf_window_set_live (GolfWindow *self,
                      gboolean    live)
{
  g_return_if_fail (GOLF_IS_WINDOW (self));

  _golf_window_set_live (self, live);
  /* Also when starting failed: the toggle goes back to off. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIVE]);
}

/**
 * golf_window_get_tag_filter:
 * @self: a #GolfWindow
 *
 * Returns: (nullable): the tag the shot list and the charts are limited to
 */
const char *
golf_window_get_tag_filter (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->tag_filter;
}

/**
 * golf_window_set_tag_filter:
 * @self: a #GolfWindow
 * @tag: (nullable): show only the shots with this tag, or %NULL for all
 */
void
golf_window_set_tag_filter (GolfWindow *self,
                            const char *tag)
{
  g_return_if_fail (GOLF_IS_WINDOW (self));

  if (g_strcmp0 (self->tag_filter, tag) == 0)
    return;

  g_free (self->tag_filter);
  self->tag_filter = g_strdup (tag);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAG_FILTER]);
}
