/* golf-export-private.h: what the JSON export and bundles share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "golf-export.h"

G_BEGIN_DECLS

void        _golf_export_build_units    (JsonBuilder   *builder);
void        _golf_export_build_session  (JsonBuilder   *builder,
                                         GolfSession   *session);
void        _golf_export_build_player   (JsonBuilder   *builder,
                                         GolfStore     *store,
                                         GolfSession   *session);
void        _golf_export_build_shot     (JsonBuilder   *builder,
                                         GolfShot      *shot,
                                         gboolean       derived);
GPtrArray  *_golf_export_dup_shots      (GolfStore     *store,
                                         const char    *session_id,
                                         GolfSession  **session,
                                         GError       **error);
char       *_golf_export_now            (void);

G_END_DECLS
