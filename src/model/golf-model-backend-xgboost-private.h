/* golf-model-backend-xgboost-private.h: the XGBoost backend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-backend-private.h"

G_BEGIN_DECLS

extern const GolfModelBackendVTable _golf_model_backend_xgboost;

gboolean _golf_model_xgboost_check (const char  *data,
                                    gsize        length,
                                    guint       *n_features,
                                    GError     **error);

G_END_DECLS
