/* golf-club-name.h: the names golfers read for the clubs monitors write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *golf_club_canonical_name (const char *code);

G_END_DECLS
