/* golf-bundle.h: a whole session in one file, .golfsession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-report.h"
#include "golf-import-types.h"
#include "golf-store.h"

G_BEGIN_DECLS

/* What a bundle says it is, and the newest schema this Golf Lab reads. */
#define GOLF_BUNDLE_FORMAT "golf-lab-session"
#define GOLF_BUNDLE_SCHEMA_VERSION 1

GBytes           *golf_bundle_write        (GolfStore         *store,
                                            const char        *session_id,
                                            GError           **error);
GolfImportReport *golf_bundle_import       (GolfStore         *store,
                                            const char        *data,
                                            gsize              length,
                                            const char        *session_id,
                                            GError           **error);
GolfImportReport *golf_bundle_import_file  (GolfStore         *store,
                                            const char        *path,
                                            const char        *session_id,
                                            GError           **error);

G_END_DECLS
