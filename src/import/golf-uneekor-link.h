/* golf-uneekor-link.h: what a Uneekor report link names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-types.h"

G_BEGIN_DECLS

gboolean  golf_uneekor_link_parse            (const char  *link,
                                              char       **report_id,
                                              char       **key,
                                              GError     **error);
gboolean  golf_uneekor_link_looks_like_link  (const char  *text);

G_END_DECLS
