/* golf-cli-util.h: output helpers shared by the golf-lab-cli commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void golf_cli_print_json (JsonBuilder *builder);

G_END_DECLS
