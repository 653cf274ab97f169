/* golf-capture-private.h: what the capture files share inside the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void _golf_capture_log (GLogLevelFlags  level,
                        const char     *peer,
                        guint           connection_id,
                        const char     *format,
                        ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
