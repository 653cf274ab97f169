/* golf-lab-cli.c: the headless face of Golf Lab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <glib/gi18n.h>

#include <glib/gi18n.h>

#include "golf-cli-analysis.h"
#include "golf-cli-capture.h"
#include "golf-cli-coach.h"
#include "golf-cli-import.h"
#include "golf-cli-model.h"
#include "golf-cli-report.h"
#include "golf-cli-sessions.h"
#include "golf-locale.h"

/* The command tables, in the order the help lists them. */
static const struct
{
  const char           *title;
  const GolfCliCommand *commands;
} groups[] = {
  { N_("Sessions and shots"), golf_cli_session_commands },
  { N_("Analytics"), golf_cli_analysis_commands },
  { N_("Coaching"), golf_cli_coach_commands },
  { N_("Reports"), golf_cli_report_commands },
  { N_("Import"), golf_cli_import_commands },
  { N_("Live capture"), golf_cli_capture_commands },
  { N_("Carry-distance model"), golf_cli_model_commands },
};

static void
print_usage (void)
{
  g_print ("%s\n", _("Usage: golf-lab-cli [--db FILE] COMMAND [ARGS…]"));
  /* Translators: lines up under the command after “Usage: ” above. */
  g_print ("%s\n", _("       golf-lab-cli COMMAND --help"));

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_print ("\n%s:\n", _(groups[g].title));
      for (const GolfCliCommand *c = groups[g].commands; c->name != NULL; c++)
        g_print ("  %-14s %s\n", c->name, _(c->summary));
    }

  g_print ("\n%s", _("Units: --units imperial (yards, mph) or --units si (metres, m/s). Without it,\n"
                      "the distance unit set in Golf Lab, else the locale's: metres where it\n"
                      "measures in metres, yards in the United States and the C locale.\n"
                      "The database defaults to golf-lab/shots.db in the user data folder;\n"
                      "--db FILE works on another one.\n"));
}

static const GolfCliCommand *
find_command (const char *name)
{
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (const GolfCliCommand *c = groups[g].commands; c->name != NULL; c++)
      if (strcmp (c->name, name) == 0)
        return c;

  return NULL;
}

static int
unknown_command (const char *name)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *suggestion;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (const GolfCliCommand *c = groups[g].commands; c->name != NULL; c++)
      g_ptr_array_add (names, (gpointer)c->name);
  g_ptr_array_add (names, (gpointer)"help");
  g_ptr_array_add (names, NULL);

  suggestion = golf_cli_suggest (name, (const char * const *)names->pdata);
  g_printerr ("golf-lab-cli: ");
  if (suggestion != NULL)
    g_printerr (_("there is no command “%s”; did you mean “%s”?"), name, suggestion);
  else
    g_printerr (_("there is no command “%s”"), name);
  g_printerr ("\n%s\n", _("Run “golf-lab-cli --help” for the list of commands."));

  return GOLF_CLI_EXIT_USAGE;
}

static int
run_command (const char  *db_path,
             int          argc,
             char       **argv)
{
  GolfCli cli = { .db_path = db_path, .imperial = TRUE };
  int status;

  /* "help import" is "import --help". */
  if (strcmp (argv[0], "help") == 0)
    {
      char *help_argv[] = { argv[1], (char *)"--help", NULL };

      if (argc < 2)
        {
          print_usage ();
          return EXIT_SUCCESS;
        }
      return run_command (db_path, 2, help_argv);
    }

  if ((cli.command = find_command (argv[0])) == NULL)
    return unknown_command (argv[0]);

  status = cli.command->func (&cli, argc, argv);

  g_clear_object (&cli.worker);
  g_clear_object (&cli.store);

  return status;
}

static int
global_usage_error (const char *message)
{
  g_printerr ("golf-lab-cli: %s\n%s\n%s\n", message,
              _("Usage: golf-lab-cli [--db FILE] COMMAND [ARGS…]"),
              _("Run “golf-lab-cli --help” for the list of commands."));
  return GOLF_CLI_EXIT_USAGE;
}

/* Warnings are for the person at the terminal: "golf-lab-cli: what went
 * wrong", not GLib's "(golf-lab-cli:934): golf-model-WARNING **: 17:17:14.119:".
 * Debug output and the journal keep GLib's own format. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  const char *message = NULL;

  if ((level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE)) != 0 && golf_cli_warnings_muted ())
    return G_LOG_WRITER_HANDLED;

  if ((level & (G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG)) != 0 || g_log_writer_is_journald (fileno (stderr)))
    return g_log_writer_default (level, fields, n_fields, user_data);

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      message = fields[i].value;
  if (message == NULL)
    return g_log_writer_default (level, fields, n_fields, user_data);

  fprintf (stderr, "golf-lab-cli: %s%s\n",
           (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL)) != 0 ? _("internal error: ") : "", message);
  fflush (stderr);

  return G_LOG_WRITER_HANDLED;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *db_path = NULL;
  int first = 1;

  /* In the user's language, from the build folder's catalogs when run
   * there, as the app. */
  setlocale (LC_ALL, "");
  /* JSON is for scripts: the same in every language, the words inside it
   * too (an import's "where" and "reason"). */
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--json") == 0)
      setlocale (LC_MESSAGES, "C");
  bindtextdomain (GETTEXT_PACKAGE, golf_locale_get_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_log_set_writer_func (log_writer, NULL, NULL);

  /* Under a file size limit, a write that goes over fails with EFBIG and
   * a message, instead of the process being killed halfway. */
  signal (SIGXFSZ, SIG_IGN);

  while (first < argc && argv[first][0] == '-')
    {
      const char *arg = argv[first];

      if (strcmp (arg, "--help") == 0 || strcmp (arg, "-h") == 0)
        {
          print_usage ();
          return EXIT_SUCCESS;
        }
      else if (strcmp (arg, "--version") == 0)
        {
          g_print ("golf-lab-cli %s\n", PACKAGE_VERSION);
          return EXIT_SUCCESS;
        }
      else if (strcmp (arg, "--db") == 0 && first + 1 >= argc)
        return global_usage_error (_("--db needs a FILE: the database to use"));
      else if (strcmp (arg, "--db") == 0 && first + 1 < argc)
        {
          g_free (db_path);
          db_path = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (arg, "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (arg + strlen ("--db="));
          first++;
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("unknown option “%s” before the command "
                                                        "(only --db FILE, --help and --version go there)"),
                                                      arg);
          return global_usage_error (message);
        }
    }

  if (first >= argc)
    return global_usage_error (_("no command given"));

  if (db_path != NULL && (*db_path == '\0' || strcmp (db_path, ":memory:") == 0))
    {
      g_autofree char *message = g_strdup_printf (_("--db needs a FILE, not “%s”: what is stored "
                                                    "there would be lost when the command ends"),
                                                  db_path);
      return global_usage_error (message);
    }

  if (db_path == NULL)
    db_path = golf_store_default_path ();

  return run_command (db_path, argc - first, argv + first);
}
