/* golf-model-files-private.h: atomic writes, checksums and file errors for the model sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-info.h"

G_BEGIN_DECLS

gboolean  _golf_model_write_file         (const char    *path,
                                          const char    *contents,
                                          gsize          length,
                                          GError       **error);
void      _golf_model_set_file_error     (GError       **error,
                                          const GError  *file_error,
                                          const char    *path,
                                          gboolean       writing);
gboolean  _golf_model_write_with_sidecar (const char    *model_path,
                                          const char    *model,
                                          gsize          model_length,
                                          const char    *metadata,
                                          GError       **error);
char     *_golf_model_checksum           (const char    *data,
                                          gsize          length);

G_END_DECLS
