/* golf-models-folder-private.h: the models folder's path check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *_golf_models_folder_resolve_inside (const char  *model_path,
                                          const char  *models_dir,
                                          GError     **error);

G_END_DECLS
