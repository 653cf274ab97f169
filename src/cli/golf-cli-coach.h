/* golf-cli-coach.h: the players, notes and tags commands of golf-lab-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-cli.h"

G_BEGIN_DECLS

extern const GolfCliCommand golf_cli_coach_commands[];

G_END_DECLS
