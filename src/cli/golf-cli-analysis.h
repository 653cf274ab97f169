/* golf-cli-analysis.h: the analytics commands of golf-lab-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-cli.h"

G_BEGIN_DECLS

extern const GolfCliCommand golf_cli_analysis_commands[];

G_END_DECLS
