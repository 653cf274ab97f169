/* golf-cli-import.c: bringing sessions in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include "golf-cli-import.h"
#include "golf-cli-util.h"
#include "golf-uneekor-report.h"

/* import FILE [--session ID] */
static int
cmd_import (GolfCli  *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autofree char *session_id = NULL;
  g_autofree char *text = NULL;
  GOptionEntry entries[] = {
    { "session", 0, 0, G_OPTION_ARG_STRING, &session_id, "Import into this session id", "ID" },
    { NULL }
  };
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, "import needs one report file");

  report = golf_uneekor_report_import_file (cli->store, argv[1], session_id, &error);
  if (report == NULL)
    return golf_cli_fail (error);

  golf_metrics_worker_flush (cli->worker);
  text = golf_import_report_to_text (report);
  g_print ("%s", text);

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_import_commands[] = {
  { "import", "FILE [--session ID]", "Import a Uneekor report (the report API's JSON)",
    GOLF_CLI_STORE, cmd_import },
  { NULL }
};
