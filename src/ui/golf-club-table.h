/* golf-club-table.h: true distances and gaps, a row per club
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-dashboard-model.h"
#include "golf-format.h"

G_BEGIN_DECLS

#define GOLF_TYPE_CLUB_TABLE (golf_club_table_get_type ())

G_DECLARE_FINAL_TYPE (GolfClubTable, golf_club_table, GOLF, CLUB_TABLE, GtkWidget)

GtkWidget          *golf_club_table_new          (void);
GolfDashboardModel *golf_club_table_get_model    (GolfClubTable      *self);
void                golf_club_table_set_model    (GolfClubTable      *self,
                                                  GolfDashboardModel *model);
void                golf_club_table_set_units    (GolfClubTable      *self,
                                                  GolfUnits           units);
char               *golf_club_table_dup_text     (GolfClubTable      *self);

G_END_DECLS
