/* golf-cli-report.h: the report command of golf-lab-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-cli.h"

G_BEGIN_DECLS

extern const GolfCliCommand golf_cli_report_commands[];

G_END_DECLS
