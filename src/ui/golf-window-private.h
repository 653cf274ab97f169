/* golf-window-private.h: what golf-window.c and golf-window-actions.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-capture-listener.h"
#include "golf-dashboard-page.h"
#include "golf-model-page.h"
#include "golf-format.h"
#include "golf-player.h"
#include "golf-player-switcher.h"
#include "golf-uneekor-client.h"
#include "golf-shots-page.h"
#include "golf-trends-page.h"
#include "golf-window.h"

G_BEGIN_DECLS

struct _GolfWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *session_list;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkWidget            *updating_box;
  GtkMenuButton        *primary_menu_button;
  GtkMenuButton        *content_menu_button;
  GtkMenuButton        *empty_menu_button;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *error_page;
  GolfDashboardPage    *dashboard_page;
  GolfShotsPage        *shots_page;
  GolfTrendsPage       *trends_page;
  GolfModelPage        *model_page;
  GtkDropTarget        *drop_target;
  GtkToggleButton      *live_button;
  GtkRevealer          *live_box;
  GtkDropDown          *live_club_dropdown;
  GtkLabel             *live_status_label;
  GolfUneekorClient    *client;
  GolfPlayerSwitcher   *player_switcher;
  AdwStatusPage        *student_empty_page;
  GMenu                *move_section;

  GolfStore            *store;
  GError               *error;
  GListModel           *sessions;
  GtkCustomFilter      *filter;
  GtkFilter            *player_filter;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  GolfSession          *session;
  GolfPlayer           *player;
  GSettings            *settings;
  GolfHand              hand;
  GolfUnits             units;
  guint                 prepare_trends_id;
  guint                 update_move_menu_id;
  GolfCaptureListener  *listener;
  gboolean              live;
  gboolean              syncing_live_club;
  char                 *tag_filter;
};

void     _golf_window_class_add_actions (GtkWidgetClass *widget_class);
void     _golf_window_class_add_import_actions (GtkWidgetClass *widget_class);
void     _golf_window_class_add_report_actions (GtkWidgetClass *widget_class);
void     _golf_window_show_toast        (GolfWindow     *self,
                                         AdwToast       *toast);
void     _golf_window_update_actions    (GolfWindow     *self);
void     _golf_window_setup_live        (GolfWindow     *self);
void     _golf_window_set_live          (GolfWindow     *self,
                                         gboolean        live);
void     _golf_window_dispose_live      (GolfWindow     *self);

void       _golf_window_class_add_player_actions (GtkWidgetClass *widget_class);
void       _golf_window_setup_players         (GolfWindow     *self);
void       _golf_window_dispose_players       (GolfWindow     *self);
void       _golf_window_update_player_actions (GolfWindow     *self);
void       _golf_window_write_my_hand         (GolfWindow     *self);
void       _golf_window_follow_my_hand        (GolfWindow     *self);
GtkFilter *_golf_window_new_player_filter     (GolfWindow     *self);
gboolean   _golf_window_lists_session         (GolfWindow     *self,
                                               GolfSession    *session);
gint64     _golf_window_get_import_player_id  (GolfWindow     *self);
void       _golf_window_show_player_of        (GolfWindow     *self,
                                               GolfSession    *session);

G_END_DECLS
