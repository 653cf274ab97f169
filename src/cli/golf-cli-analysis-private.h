/* golf-cli-analysis-private.h: what the analytics commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "golf-cli-util.h"
#include "golf-date-range.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

gboolean       _golf_cli_check_range      (GolfCli              *cli,
                                           const GolfDateRange  *range,
                                           const char           *from_option,
                                           const char           *to_option,
                                           int                  *status);
gboolean       _golf_cli_choose_player    (GolfCli              *cli,
                                           const char           *name,
                                           char                **named,
                                           GolfPlayer          **player,
                                           int                  *status);
GStrv          _golf_cli_choose_sessions  (GolfCli              *cli,
                                           char                **named,
                                           GolfPlayer           *player,
                                           const GolfDateRange  *range,
                                           int                  *status);
GolfShotTable *_golf_cli_read_session     (GolfCli              *cli,
                                           const char           *session_id,
                                           int                  *status);
const char    *_golf_cli_find_club        (GolfCli              *cli,
                                           const GolfShotTable  *table,
                                           const char           *club,
                                           const char           *session_id,
                                           int                  *status);
const char    *_golf_cli_date_of          (GolfSession          *session);
char          *_golf_cli_format_value     (GolfCli              *cli,
                                           GolfUnit              unit,
                                           double                value);
void           _golf_cli_print_units_note (GolfCli              *cli);

/* In golf-cli-analysis-sessions.c */
int            _golf_cli_cmd_trend        (GolfCli              *cli,
                                           int                   argc,
                                           char                **argv);
int            _golf_cli_cmd_compare      (GolfCli              *cli,
                                           int                   argc,
                                           char                **argv);
int            _golf_cli_cmd_score        (GolfCli              *cli,
                                           int                   argc,
                                           char                **argv);

G_END_DECLS
