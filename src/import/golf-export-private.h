/* golf-export-private.h: what the JSON export and bundles share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "golf-export.h"

G_BEGIN_DECLS

GBytes     *_golf_export_document       (GolfStore         *store,
                                         const char        *session_id,
                                         GolfExportFormat   format,
                                         GError           **error);

G_END_DECLS
