/* golf-settings.h: the app's settings, for programs that run without them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *golf_settings_new_if_installed (void);
gboolean   golf_settings_has_key          (GSettings  *settings,
                                           const char *key);

G_END_DECLS
