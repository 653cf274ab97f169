/* golf-model-page-private.h: what the model page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "golf-distance-model.h"
#include "golf-model-page.h"

G_BEGIN_DECLS

struct _GolfModelPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *model_group;
  GtkWidget           *version_row;
  GtkWidget           *trained_row;
  GtkWidget           *samples_row;
  GtkWidget           *error_row;
  GtkWidget           *range_row;
  GtkWidget           *method_row;
  GtkLabel            *version_label;
  GtkLabel            *trained_label;
  GtkLabel            *samples_label;
  GtkLabel            *error_label;
  GtkLabel            *range_label;
  GtkLabel            *method_label;
  AdwPreferencesGroup *features_group;
  GtkGrid             *features_grid;
  AdwActionRow        *train_row;
  GtkWidget           *progress_row;
  GtkProgressBar      *progress_bar;
  GtkLabel            *train_message_label;
  AdwPreferencesGroup *versions_group;
  AdwEntryRow         *ball_speed_row;
  AdwEntryRow         *launch_angle_row;
  AdwEntryRow         *back_spin_row;
  AdwEntryRow         *club_speed_row;
  AdwEntryRow         *attack_angle_row;
  AdwEntryRow         *dynamic_loft_row;
  GtkLabel            *prediction_label;
  GtkLabel            *prediction_detail_label;

  GolfStore           *store;
  char                *models_dir;
  GolfUnits            units;
  GolfModelInfo       *info;           /* of the active model, NULL when none */
  GPtrArray           *version_rows;   /* rows in versions_group */

  GCancellable        *train_cancellable;

  GolfDistanceModel   *model;          /* loaded for predictions */
  GCancellable        *load_cancellable;
};

void        _golf_model_page_class_add_training   (GtkWidgetClass *widget_class);
void        _golf_model_page_class_add_predicting (GtkWidgetClass *widget_class);
void        _golf_model_page_show_message         (GolfModelPage  *self,
                                                   const char     *message,
                                                   gboolean        is_error);
void        _golf_model_page_stop                 (GolfModelPage  *self);
void        _golf_model_page_update_inputs        (GolfModelPage  *self);
const char *_golf_model_page_method_words         (const char     *model_type);

G_END_DECLS
