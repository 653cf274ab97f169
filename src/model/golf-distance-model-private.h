/* golf-distance-model-private.h: internals shared by the model sources and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-distance-model.h"
#include "golf-model-info.h"

G_BEGIN_DECLS

/* For tests: the rows a training would use, the session of each, whether
 * each is held out (1) or trained on (0), and its cross-validation fold. */
gboolean  _golf_distance_model_split_rows (GPtrArray              *shots,
                                           const GolfTrainParams  *params,
                                           GStrv                  *row_sessions,
                                           guint                 **test_part,
                                           guint                 **folds,
                                           guint                  *n_rows,
                                           guint                  *n_folds,
                                           GError                **error);

G_END_DECLS
