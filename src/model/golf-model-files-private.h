/* golf-model-files-private.h: atomic writes and file errors shared by the model sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-info.h"

G_BEGIN_DECLS

gboolean  _golf_model_write_file        (const char   *path,
                                         const char   *contents,
                                         gsize         length,
                                         GError      **error);
void      _golf_model_set_file_error    (GError      **error,
                                         const GError *file_error,
                                         const char   *path,
                                         gboolean      writing);

G_END_DECLS
