/* golf-cli-util.h: output helpers shared by the golf-lab-cli commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "golf-cli.h"
#include "golf-json-writer.h"
#include "golf-session-metrics.h"

G_BEGIN_DECLS

void          golf_cli_print_json      (JsonBuilder   *builder);
double        golf_cli_display         (GolfCli       *cli,
                                        GolfUnit       unit,
                                        double         value);
void          golf_cli_add_value       (GolfCli       *cli,
                                        JsonBuilder   *builder,
                                        const char    *name,
                                        GolfUnit       unit,
                                        double         value);
const char   *golf_cli_unit_suffix     (GolfCli       *cli,
                                        GolfUnit       unit);
const char   *golf_cli_distance_unit   (GolfCli       *cli);
const char   *golf_cli_speed_unit      (GolfCli       *cli);
char         *golf_cli_format_number   (double         value,
                                        int            decimals,
                                        const char    *suffix);

typedef struct _GolfCliTable GolfCliTable;

GolfCliTable *golf_cli_table_new       (const char    *first_header,
                                        ...) G_GNUC_NULL_TERMINATED;
void          golf_cli_table_add       (GolfCliTable  *table,
                                        const char    *text);
void          golf_cli_table_take      (GolfCliTable  *table,
                                        char          *text);
void          golf_cli_table_add_number (GolfCliTable *table,
                                        double         value,
                                        int            decimals);
void          golf_cli_table_add_value (GolfCli       *cli,
                                        GolfCliTable  *table,
                                        GolfUnit       unit,
                                        double         value,
                                        int            decimals);
void          golf_cli_table_add_count (GolfCliTable  *table,
                                        guint          n);
void          golf_cli_table_print     (GolfCliTable  *table);
void          golf_cli_table_free      (GolfCliTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfCliTable, golf_cli_table_free)

G_END_DECLS
