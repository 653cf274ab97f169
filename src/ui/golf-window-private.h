/* golf-window-private.h: what golf-window.c and golf-window-actions.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-dashboard-page.h"
#include "golf-format.h"
#include "golf-player.h"
#include "golf-uneekor-client.h"
#include "golf-shots-page.h"
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
  GtkDropTarget        *drop_target;
  GolfUneekorClient    *client;

  GolfStore            *store;
  GError               *error;
  GListModel           *sessions;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  GolfSession          *session;
  GolfPlayer           *player;
  GSettings            *settings;
  GolfHand              hand;
  GolfUnits             units;
};

void     _golf_window_class_add_actions (GtkWidgetClass *widget_class);
void     _golf_window_class_add_import_actions (GtkWidgetClass *widget_class);
void     _golf_window_show_toast        (GolfWindow     *self,
                                         AdwToast       *toast);
void     _golf_window_update_actions    (GolfWindow     *self);

G_END_DECLS
