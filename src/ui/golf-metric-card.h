/* golf-metric-card.h: one number of the dashboard, with its title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GOLF_TYPE_METRIC_CARD (golf_metric_card_get_type ())

G_DECLARE_FINAL_TYPE (GolfMetricCard, golf_metric_card, GOLF, METRIC_CARD, GtkWidget)

GtkWidget   *golf_metric_card_new         (const char     *title);
const char  *golf_metric_card_get_title   (GolfMetricCard *self);
void         golf_metric_card_set_title   (GolfMetricCard *self,
                                           const char     *title);
const char  *golf_metric_card_get_value   (GolfMetricCard *self);
void         golf_metric_card_set_value   (GolfMetricCard *self,
                                           const char     *value);
const char  *golf_metric_card_get_unit    (GolfMetricCard *self);
void         golf_metric_card_set_unit    (GolfMetricCard *self,
                                           const char     *unit);
const char  *golf_metric_card_get_detail  (GolfMetricCard *self);
void         golf_metric_card_set_detail  (GolfMetricCard *self,
                                           const char     *detail);

G_END_DECLS
