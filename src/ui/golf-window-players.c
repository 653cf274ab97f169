/* golf-window-players.c: the students of a coach in the window
 *
 * The switcher above the sessions chooses whose sessions are listed (a
 * filter over the store's sessions, under the search); Add Student… and
 * Edit Student… in the main menu; Move to Student in the session menu; and
 * the chosen student is the one imports file sessions under.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-player-dialog.h"
#include "golf-player-switcher.h"
#include "golf-window-private.h"

/**
 * _golf_window_write_my_hand:
 * @self: a #GolfWindow
 *
 * Gives "Me", the golfer using the app, the hand of the preference, so
 * golf-lab-cli reads it from the database too.
 */
void
_golf_window_write_my_hand (GolfWindow *self)
{
  GolfPlayer *me = self->store != NULL ? golf_store_find_player_by_id (self->store, GOLF_PLAYER_DEFAULT_ID) : NULL;
  GolfHand hand = g_settings_get_enum (self->settings, "handedness");
  g_autoptr(GError) error = NULL;

  if (me == NULL || golf_player_get_hand (me) == hand)
    return;

  if (!golf_store_update_player (self->store, me, golf_player_get_name (me), hand,
                                 golf_player_get_notes (me), &error))
    g_warning ("Cannot store the hand of %s: %s", golf_player_get_name (me), error->message);
}

static void
on_my_hand_changed_cb (GolfWindow *self,
                       GParamSpec *pspec,
                       GolfPlayer *me)
{
  if ((GolfHand) g_settings_get_enum (self->settings, "handedness") != golf_player_get_hand (me))
    g_settings_set_enum (self->settings, "handedness", golf_player_get_hand (me));
}

/**
 * _golf_window_follow_my_hand:
 * @self: a #GolfWindow
 *
 * Writes the preference's hand into "Me", and brings a hand given to "Me"
 * elsewhere (golf-lab-cli, Edit Student…) back into the preference.
 */
void
_golf_window_follow_my_hand (GolfWindow *self)
{
  GolfPlayer *me;

  if (self->store == NULL ||
      (me = golf_store_find_player_by_id (self->store, GOLF_PLAYER_DEFAULT_ID)) == NULL)
    return;

  _golf_window_write_my_hand (self);
  g_signal_connect_object (me, "notify::hand", G_CALLBACK (on_my_hand_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
filter_player_cb (gpointer item,
                  gpointer user_data)
{
  GolfWindow *self = user_data;

  return _golf_window_lists_session (self, item);
}

GtkFilter *
_golf_window_new_player_filter (GolfWindow *self)
{
  return GTK_FILTER (gtk_custom_filter_new (filter_player_cb, self, NULL));
}

/**
 * _golf_window_lists_session:
 * @self: a #GolfWindow
 * @session: a session of the store
 *
 * Returns: whether @session belongs to the chosen student (always, while
 *   there is only one player)
 */
gboolean
_golf_window_lists_session (GolfWindow  *self,
                            GolfSession *session)
{
  GolfPlayerSwitcher *switcher = self->player_switcher;

  return !golf_player_switcher_get_active (switcher) ||
         golf_session_get_player_id (session) == golf_player_switcher_get_player_id (switcher);
}

/**
 * _golf_window_get_import_player_id:
 * @self: a #GolfWindow
 *
 * Returns: the student imports go to, or 0 while there is only one player
 *   (then a bundle brings its own player)
 */
gint64
_golf_window_get_import_player_id (GolfWindow *self)
{
  if (self->player_switcher == NULL || !golf_player_switcher_get_active (self->player_switcher))
    return 0;

  return golf_player_switcher_get_player_id (self->player_switcher);
}

/**
 * _golf_window_show_player_of:
 * @self: a #GolfWindow
 * @session: (nullable): a session about to be shown
 *
 * Chooses @session's student, so the list holds it.
 */
void
_golf_window_show_player_of (GolfWindow  *self,
                             GolfSession *session)
{
  if (session != NULL && !_golf_window_lists_session (self, session))
    golf_player_switcher_set_player_id (self->player_switcher, golf_session_get_player_id (session));
}

static void
refilter (GolfWindow *self)
{
  gtk_filter_changed (self->player_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static char *
dup_menu_label (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);

  /* A name's underscores are not mnemonics. */
  return g_strjoinv ("__", parts);
}

/* Move to Student: every student but the chosen one, whose the sessions
 * listed are. */
static gboolean
update_move_menu_cb (gpointer user_data)
{
  GolfWindow *self = user_data;
  g_autoptr(GMenu) submenu = NULL;
  GListModel *players;
  gint64 chosen = golf_player_switcher_get_player_id (self->player_switcher);

  self->update_move_menu_id = 0;
  g_menu_remove_all (self->move_section);
  if (!golf_player_switcher_get_active (self->player_switcher))
    return G_SOURCE_REMOVE;

  submenu = g_menu_new ();
  players = golf_store_get_players (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (players); i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (players, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (golf_player_get_id (player) == chosen)
        continue;

      label = dup_menu_label (golf_player_get_name (player));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.move-session",
                                               g_variant_new_int64 (golf_player_get_id (player)));
      g_menu_append_item (submenu, item);
    }

  g_menu_append_submenu (self->move_section, _("_Move to Student"), G_MENU_MODEL (submenu));

  return G_SOURCE_REMOVE;
}

/* A menu rebuilt costs a few milliseconds: not in the frame of a switch. */
static void
update_move_menu (GolfWindow *self)
{
  if (self->update_move_menu_id == 0)
    self->update_move_menu_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_move_menu_cb, self, NULL);
}

void
_golf_window_dispose_players (GolfWindow *self)
{
  g_clear_handle_id (&self->update_move_menu_id, g_source_remove);
}

static void
update_empty_student_page (GolfWindow *self)
{
  GolfPlayer *player = golf_player_switcher_get_player (self->player_switcher);
  g_autofree char *escaped = g_markup_escape_text (player != NULL ? golf_player_get_name (player) : "", -1);
  g_autofree char *description = NULL;

  /* Translators: the sidebar of a student with no sessions; %s is the name */
  description = g_strdup_printf (_("%s has no sessions yet. Import a report for this student, "
                                   "or move a session here from another student."), escaped);
  adw_status_page_set_description (self->student_empty_page, description);
}

/* The chosen student's newest session opens; none, when they have none. */
static void
on_player_chosen_cb (GolfWindow         *self,
                     GParamSpec         *pspec,
                     GolfPlayerSwitcher *switcher)
{
  g_settings_set_int64 (self->settings, "selected-player", golf_player_switcher_get_player_id (switcher));
  update_empty_student_page (self);
  refilter (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_move_menu (self);
}

static void
on_switcher_active_cb (GolfWindow         *self,
                       GParamSpec         *pspec,
                       GolfPlayerSwitcher *switcher)
{
  refilter (self);
  update_move_menu (self);
}

/* A session moved, here or by another program: the list follows. A
 * move is told as a change of the whole session; a change of one shot
 * moves nothing. */
static void
on_shot_changed_cb (GolfWindow     *self,
                    const char     *session_id,
                    const char     *shot_id,
                    GolfChangeKind  kind,
                    GolfStore      *store)
{
  if (shot_id == NULL && golf_player_switcher_get_active (self->player_switcher))
    refilter (self);
}

/* A student came, went or was renamed: the menu and the page that name
 * students follow. */
static void
on_players_changed_cb (GolfWindow *self)
{
  update_move_menu (self);
  update_empty_student_page (self);
}

void
_golf_window_setup_players (GolfWindow *self)
{
  GolfPlayerSwitcher *switcher = self->player_switcher;

  if (self->store == NULL)
    return;

  golf_player_switcher_set_store (switcher, self->store);
  golf_player_switcher_set_player_id (switcher, g_settings_get_int64 (self->settings, "selected-player"));
  update_empty_student_page (self);
  refilter (self);

  g_signal_connect_object (switcher, "notify::player-id", G_CALLBACK (on_player_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (switcher, "notify::active", G_CALLBACK (on_switcher_active_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (golf_store_get_players (self->store), "items-changed",
                           G_CALLBACK (on_players_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "shot-changed", G_CALLBACK (on_shot_changed_cb), self, G_CONNECT_SWAPPED);
  update_move_menu (self);
}

/* Actions */

static void
on_player_added_cb (GolfPlayerDialog *dialog,
                    GolfPlayer       *player,
                    GolfWindow       *self)
{
  golf_player_switcher_set_player_id (self->player_switcher, golf_player_get_id (player));
}

static void
add_player_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  GolfPlayerDialog *dialog = golf_player_dialog_new (GTK_WINDOW (self), self->store, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_player_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_player_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  GolfPlayer *player = golf_player_switcher_get_player (self->player_switcher);

  if (player != NULL)
    gtk_window_present (GTK_WINDOW (golf_player_dialog_new (GTK_WINDOW (self), self->store, player)));
}

static void
move_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  GolfPlayer *player = golf_store_find_player_by_id (self->store, g_variant_get_int64 (parameter));
  g_autoptr(GolfSession) session = self->session != NULL ? g_object_ref (self->session) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (session == NULL || player == NULL)
    return;

  if (!golf_store_move_session (self->store, golf_session_get_id (session), golf_player_get_id (player), &error))
    {
      golf_window_show_error (self, error);
      return;
    }

  title = golf_session_dup_title (session);
  /* Translators: a toast; the session's name or id, then a student's name */
  message = g_markup_printf_escaped (_("Session “%s” moved to %s"), title, golf_player_get_name (player));
  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  _golf_window_show_toast (self, toast);
}

void
_golf_window_update_player_actions (GolfWindow *self)
{
  gboolean have_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-player", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-player", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-session", have_store && self->session != NULL);
}

void
_golf_window_class_add_player_actions (GtkWidgetClass *widget_class)
{
  g_type_ensure (GOLF_TYPE_PLAYER_SWITCHER);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, player_switcher);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, student_empty_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, move_section);

  gtk_widget_class_install_action (widget_class, "win.add-player", NULL, add_player_action);
  gtk_widget_class_install_action (widget_class, "win.edit-player", NULL, edit_player_action);
  gtk_widget_class_install_action (widget_class, "win.move-session", "x", move_session_action);
}
