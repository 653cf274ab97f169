/* golf-model-page.h: the carry model of the database: what it is, its versions, training, predictions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-format.h"
#include "golf-model-info.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_MODEL_PAGE (golf_model_page_get_type ())

G_DECLARE_FINAL_TYPE (GolfModelPage, golf_model_page, GOLF, MODEL_PAGE, GtkWidget)

void           golf_model_page_set_store       (GolfModelPage *self,
                                                GolfStore     *store);
const char    *golf_model_page_get_models_dir  (GolfModelPage *self);
GolfUnits      golf_model_page_get_units       (GolfModelPage *self);
void           golf_model_page_set_units       (GolfModelPage *self,
                                                GolfUnits      units);
GolfModelInfo *golf_model_page_get_info        (GolfModelPage *self);
gboolean       golf_model_page_get_training    (GolfModelPage *self);
gboolean       golf_model_page_get_predicting  (GolfModelPage *self);
void           golf_model_page_reload          (GolfModelPage *self);

G_END_DECLS
