/* golf-cli-report.c: printable PDF reports of sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <glib/gi18n.h>

#include "golf-cli-analysis-private.h"
#include "golf-cli-report.h"
#include "golf-cli-util.h"
#include "golf-session-report.h"

/* The session's report, or the player's over the days chosen. */
static GolfSessionReport *
make_report (GolfCli     *cli,
             int          argc,
             char       **argv,
             const char  *player_name,
             const char  *from,
             const char  *to,
             int         *status)
{
  g_autoptr(GolfSessionReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GolfDateRange range = { from, to };
  GolfPlayer *player;

  if (player_name == NULL)
    {
      if (argc != 2 || from != NULL || to != NULL)
        {
          *status = golf_cli_usage_error (cli, _("report needs one session id, or --player NAME "
                                                 "(with --from and --to) for a player's sessions"));
          return NULL;
        }
      if (golf_cli_find_session (cli, argv[1], status) == NULL)
        return NULL;
      report = golf_session_report_new_for_session (cli->store, argv[1], &error);
    }
  else
    {
      if (argc != 1)
        {
          *status = golf_cli_usage_error (cli, _("report takes a session id or --player NAME, not both"));
          return NULL;
        }
      if (!_golf_cli_check_range (cli, &range, "--from", "--to", status) ||
          (player = golf_cli_find_player (cli, player_name, status)) == NULL)
        return NULL;
      report = golf_session_report_new_for_player (cli->store, player, from, to, &error);
    }

  if (report == NULL)
    *status = golf_cli_fail (error);

  return g_steal_pointer (&report);
}

/* report SESSION -o FILE.pdf [--paper a4|letter], report --player NAME [--from D] [--to D] -o FILE.pdf */
static int
cmd_report (GolfCli  *cli,
            int       argc,
            char    **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *player_name = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), "FILE.pdf" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("a4 (the default) or letter"), "PAPER" },
    { "player", 0, 0, G_OPTION_ARG_STRING, &player_name,
      N_("A report of this player's sessions instead of one session"), "NAME" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("With --player: sessions on or after this day"), "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("With --player: sessions on or before this day"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GolfSessionReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GolfReportPaper paper = GOLF_REPORT_PAPER_A4;
  g_autofree char *name = NULL;
  g_autofree char *pages = NULL;
  guint n_sessions;
  guint n_pages;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (output == NULL)
    return golf_cli_usage_error (cli, _("report needs -o FILE.pdf, the file to write"));
  if (paper_name != NULL && !golf_report_paper_from_string (paper_name, &paper))
    return golf_cli_usage_error (cli, _("--paper takes a4 or letter, not “%s”"), paper_name);

  golf_metrics_worker_flush (cli->worker);
  if ((report = make_report (cli, argc, argv, player_name, from, to, &status)) == NULL)
    return status;

  golf_session_report_set_paper (report, paper);
  golf_session_report_set_units (report, cli->imperial ? GOLF_UNITS_IMPERIAL : GOLF_UNITS_METRIC);
  if (!golf_session_report_write (report, output, &n_pages, &error))
    return golf_cli_fail (error);

  name = g_filename_display_name (output);
  n_sessions = golf_session_report_get_n_sessions (report);
  pages = g_strdup_printf (ngettext ("%u page", "%u pages", n_pages), n_pages);
  /* Translators: “(%s, %s)” is “(3 pages, A4)”: the pages, then the paper. */
  g_print (ngettext ("Wrote the report of %u session (%s, %s) to “%s”\n",
                     "Wrote the report of %u sessions (%s, %s) to “%s”\n", n_sessions),
           n_sessions, pages, paper == GOLF_REPORT_PAPER_LETTER ? "Letter" : "A4", name);

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_report_commands[] = {
  { "report", "SESSION -o FILE.pdf [--paper a4|letter] | --player NAME [--from DATE] [--to DATE] -o FILE.pdf",
    N_("A printable PDF report of a session, or of a player's sessions"), GOLF_CLI_STORE | GOLF_CLI_UNITS, cmd_report },
  { NULL }
};
