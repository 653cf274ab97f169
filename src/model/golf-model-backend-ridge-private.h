/* golf-model-backend-ridge-private.h: the built-in ridge regression backend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-backend-private.h"

G_BEGIN_DECLS

extern const GolfModelBackendVTable _golf_model_backend_ridge;

G_END_DECLS
