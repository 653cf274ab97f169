/* golf-shape-list.h: how often each shot shape came, for the club shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-dashboard-model.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SHAPE_LIST (golf_shape_list_get_type ())

G_DECLARE_FINAL_TYPE (GolfShapeList, golf_shape_list, GOLF, SHAPE_LIST, GtkWidget)

GolfDashboardModel *golf_shape_list_get_model (GolfShapeList      *self);
void                golf_shape_list_set_model (GolfShapeList      *self,
                                               GolfDashboardModel *model);
char               *golf_shape_list_dup_text  (GolfShapeList      *self);

GtkWidget          *golf_share_bar_new        (void);

G_END_DECLS
