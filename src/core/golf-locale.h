/* golf-locale.h: where the programs find their translations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *golf_locale_get_dir         (void);
const char *golf_locale_dir_for_program (const char *program_path);

G_END_DECLS
