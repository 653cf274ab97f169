/* golf-model-files-private.h: atomic writes, checksums and file errors for the model sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-info.h"

G_BEGIN_DECLS

/* A sidecar is a few kilobytes and a model file well under a megabyte;
 * anything near these sizes is not one of ours. */
#define GOLF_MODEL_MAX_SIDECAR_SIZE (1024 * 1024)
#define GOLF_MODEL_MAX_FILE_SIZE    (64 * 1024 * 1024)

/* No file of ours nests deeper than 6 levels: deeper JSON is refused
 * before any parser, ours, json-glib's or XGBoost's, recurses into it. */
#define GOLF_MODEL_MAX_JSON_DEPTH 64

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
char     *_golf_model_read_file          (const char    *path,
                                          gsize          max_size,
                                          const char    *what,
                                          gsize         *length,
                                          GError       **error);
gboolean  _golf_model_check_json_depth   (const char    *data,
                                          gsize          length,
                                          GError       **error);

G_END_DECLS
