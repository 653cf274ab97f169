/* golf-bundle-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-bundle.h"
#include "golf-import-writer-private.h"

G_BEGIN_DECLS

GolfImportParsed *_golf_bundle_parse  (const char        *data,
                                       gsize              length,
                                       const char        *session_id,
                                       const char        *what,
                                       GolfImportReport  *report,
                                       GError           **error);

G_END_DECLS
