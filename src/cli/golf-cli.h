/* golf-cli.h: how golf-lab-cli commands are declared, parsed and reported
 *
 * Each area of the program (sessions, import, the model, ...) keeps its
 * commands in a golf-cli-<area>.c file that exports a table of
 * #GolfCliCommand; golf-lab-cli.c lists the tables. A command parses its own
 * options with golf_cli_parse(), which also handles --help, the shared
 * --json and --units options, suggestions for mistyped options, and opens
 * the database when the command needs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "golf-metrics-worker.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_CLI_EXIT_USAGE 2

/**
 * GolfCliFlags:
 * @GOLF_CLI_STORE: the command works on the database; golf_cli_parse()
 *   opens it and starts a #GolfMetricsWorker
 * @GOLF_CLI_JSON: the command takes --json
 * @GOLF_CLI_UNITS: the command takes --units imperial|si
 */
typedef enum
{
  GOLF_CLI_STORE = 1 << 0,
  GOLF_CLI_JSON  = 1 << 1,
  GOLF_CLI_UNITS = 1 << 2,
} GolfCliFlags;

typedef struct _GolfCli        GolfCli;
typedef struct _GolfCliCommand GolfCliCommand;

typedef int (*GolfCliFunc) (GolfCli  *cli,
                            int       argc,
                            char    **argv);

/**
 * GolfCliCommand:
 * @name: what the user types
 * @synopsis: the arguments, e.g. "SESSION [--club NAME]" (shared options
 *   are added to the help from @flags)
 * @summary: one line for the command list
 * @flags: #GolfCliFlags
 * @func: runs the command with argv[0] the command name
 */
struct _GolfCliCommand
{
  const char   *name;
  const char   *synopsis;
  const char   *summary;
  GolfCliFlags  flags;
  GolfCliFunc   func;
};

/**
 * GolfCli:
 * @db_path: the database file (--db, or the default)
 * @command: the command being run
 * @store: (nullable): the open database, for %GOLF_CLI_STORE commands
 * @worker: (nullable): keeps @store's metrics current
 * @json: --json was given
 * @imperial: distances in yards and speeds in mph, else SI; without --units,
 *   the distance unit Golf Lab shows (golf_units_preference_get_distance())
 */
struct _GolfCli
{
  const char           *db_path;
  const GolfCliCommand *command;
  GolfStore            *store;
  GolfMetricsWorker    *worker;
  gboolean              json;
  gboolean              imperial;
};

gboolean  golf_cli_parse          (GolfCli             *cli,
                                   int                 *argc,
                                   char              ***argv,
                                   const GOptionEntry  *entries,
                                   int                 *exit_status);
void      golf_cli_mute_warnings  (gboolean             muted);
gboolean  golf_cli_warnings_muted (void);
int       golf_cli_fail           (GError              *error);
int       golf_cli_failf          (const char          *format,
                                   ...) G_GNUC_PRINTF (1, 2);
int       golf_cli_usage_error    (GolfCli             *cli,
                                   const char          *format,
                                   ...) G_GNUC_PRINTF (2, 3);
GolfSession *golf_cli_find_session (GolfCli            *cli,
                                   const char          *session_id,
                                   int                 *exit_status);
GolfPlayer *golf_cli_find_player  (GolfCli             *cli,
                                   const char          *name,
                                   int                 *exit_status);
char      *golf_cli_dup_player_names (GolfCli          *cli);
const char *golf_cli_suggest      (const char          *word,
                                   const char * const  *candidates);

G_END_DECLS
