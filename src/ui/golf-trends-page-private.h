/* golf-trends-page-private.h: what the trends page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-comparison.h"
#include "golf-trend-chart.h"
#include "golf-trends-page.h"

G_BEGIN_DECLS

struct _GolfTrendsPage
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkDropDown    *metric_dropdown;
  GtkDropDown    *club_dropdown;
  GtkMenuButton  *from_button;
  GtkMenuButton  *to_button;
  GtkCalendar    *from_calendar;
  GtkCalendar    *to_calendar;
  GtkWidget      *busy_box;
  GtkSpinner     *busy_spinner;
  GtkLabel       *slope_label;
  GtkLabel       *effect_label;
  GolfTrendChart *trend_chart;
  GtkDropDown    *session_a_dropdown;
  GtkDropDown    *session_b_dropdown;
  GtkGrid        *compare_grid;

  GolfStore      *store;
  GolfTrendIndex *index;
  GolfSession    *session;
  GolfUnits       units;
  GolfTrend      *trend;
  char           *from;            /* "YYYY-MM-DD", NULL for no limit */
  char           *to;
  GtkStringList  *clubs;           /* "All Clubs", then the clubs in bag order */
  gboolean        syncing;         /* the page itself is changing a selector */

  /* Two sessions side by side */
  GPtrArray      *session_ids;     /* in the order of the selectors' titles */
  gboolean        sessions_dirty;  /* the selectors lack a change of sessions */
  gboolean        player_dirty;    /* the clubs and line lack a change of player */
  GolfComparison *comparison;
  GCancellable   *compare_cancellable;
};

void _golf_trends_page_class_add_compare   (GtkWidgetClass *widget_class);
void _golf_trends_page_update_sessions     (GolfTrendsPage *self);
void _golf_trends_page_show_comparison     (GolfTrendsPage *self);
void _golf_trends_page_clear_compare       (GolfTrendsPage *self);

G_END_DECLS
