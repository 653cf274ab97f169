/* golf-shots-page-private.h: what the Shots page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-cell.h"
#include "golf-shots-page.h"

G_BEGIN_DECLS

#define GOLF_SHOTS_PAGE_N_COLUMNS 14

typedef struct _ColumnInfo ColumnInfo;

typedef struct
{
  GolfShotsPage       *page;
  const ColumnInfo    *info;
  GtkColumnViewColumn *column;
} Column;

struct _GolfShotsPage
{
  GtkWidget           parent_instance;

  GtkDropDown        *club_dropdown;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkActionBar       *action_bar;
  GtkLabel           *selection_label;

  GolfStore          *store;
  GolfSession        *session;
  GolfShotListModel  *model;
  GtkMultiSelection  *selection;
  GtkStringList      *clubs;
  GolfUnits            units;

  Column              columns[GOLF_SHOTS_PAGE_N_COLUMNS];
  GolfShot           *probe_a;
  GolfShot           *probe_b;
  const ColumnInfo   *probed;
  gboolean            updating_clubs;

  /* Tags (golf-shots-page-tags.c) */
  GtkDropDown        *tag_dropdown;
  GtkMenuButton      *tags_button;
  GtkStringList      *tag_labels;    /* "All Shots", then each tag as shown */
  GPtrArray          *tags;          /* the tags as stored, after "All Shots" */
  char               *tag_filter;
  gboolean            updating_tags;
};

void _golf_shots_page_show_error   (GolfShotsPage *self,
                                    const GError  *error);
void _golf_shots_page_init_tags    (GolfShotsPage *self);
void _golf_shots_page_add_notes_column (GolfShotsPage *self);
void _golf_shots_page_update_tags  (GolfShotsPage *self);
void _golf_shots_page_class_init_tags (GtkWidgetClass *widget_class);
void _golf_shots_page_dispose_tags (GolfShotsPage *self);
void _golf_shots_page_watch_tags   (GolfShotsPage *self);

G_END_DECLS
