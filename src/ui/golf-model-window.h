/* golf-model-window.h: which carry model is active, and on what engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GOLF_TYPE_MODEL_WINDOW (golf_model_window_get_type ())

G_DECLARE_FINAL_TYPE (GolfModelWindow, golf_model_window, GOLF, MODEL_WINDOW, AdwPreferencesWindow)

GolfModelWindow *golf_model_window_new            (GtkWindow       *parent,
                                                   const char      *models_dir,
                                                   gboolean         imperial);
const char      *golf_model_window_get_models_dir (GolfModelWindow *self);

G_END_DECLS
