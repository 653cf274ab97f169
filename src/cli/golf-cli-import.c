/* golf-cli-import.c: bringing sessions in and taking them out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include "config.h"

#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "golf-cli-import.h"
#include "golf-cli-util.h"
#include "golf-export.h"
#include "golf-importer.h"
#include "golf-settings.h"
#include "golf-uneekor-client.h"

/* A progress line is redrawn at most this often. */
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 10)

typedef struct
{
  gboolean  shown;
  gint64    last;
  char     *source;
  guint     percent_read;   /* of a file read as it is stored; 0 when unknown */
  guint64   n_stored;
  guint64   n_to_store;
} Progress;

static void
show_progress (Progress *progress)
{
  gulong n_stored = progress->n_stored;

  g_printerr ("\r\033[K");
  if (progress->percent_read > 0)
    /* Translators: %s is “report 440001” or a file name in quotes. */
    g_printerr (ngettext ("Importing %s: %u%% read, %lu shot stored",
                          "Importing %s: %u%% read, %lu shots stored", n_stored),
                progress->source, progress->percent_read, n_stored);
  else if (progress->n_to_store > 0)
    g_printerr (_("Storing shots: %lu of %lu"), n_stored, (gulong) progress->n_to_store);
  else
    g_printerr (_("Storing shots: %lu"), n_stored);
}

/* One line on standard error, redrawn at most ten times a second. */
static void
on_progress (GolfImportStage stage,
             guint64         done,
             guint64         total,
             gpointer        user_data)
{
  Progress *progress = user_data;
  gint64 now = g_get_monotonic_time ();

  if (stage == GOLF_IMPORT_STAGE_READING)
    progress->percent_read = total > 0 ? MAX (1, (guint) (100 * done / total)) : 0;
  else if (stage == GOLF_IMPORT_STAGE_STORING)
    {
      progress->n_stored = done;
      progress->n_to_store = total;
    }

  if (now - progress->last < PROGRESS_INTERVAL_US && !(total > 0 && done == total))
    return;
  progress->last = now;
  progress->shown = TRUE;

  if (stage == GOLF_IMPORT_STAGE_DOWNLOADING)
    {
      g_autofree char *done_text = g_format_size (done);
      g_autofree char *total_text = total > 0 ? g_format_size (total) : g_strdup ("?");

      g_printerr ("\r\033[K");
      /* Translators: “Downloading report 440001: 1.2 MB of 3.4 MB” */
      g_printerr (_("Downloading %s: %s of %s"), progress->source, done_text, total_text);
    }
  else
    show_progress (progress);
}

static void
end_progress (Progress *progress)
{
  if (progress->shown)
    g_printerr ("\r\033[K");
  g_free (progress->source);
}

/* Where report links are fetched from: the app's setting, when the schema
 * is installed (GOLF_LAB_UNEEKOR_API wins over it, in the client). */
static char *
configured_api (void)
{
  g_autoptr(GSettings) settings = golf_settings_new_if_installed ();

  if (settings == NULL || !golf_settings_has_key (settings, "uneekor-api"))
    return NULL;

  return g_settings_get_string (settings, "uneekor-api");
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} Waiting;

static void
on_link_imported (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Waiting *waiting = user_data;

  waiting->result = g_object_ref (result);
  g_main_loop_quit (waiting->loop);
}

static gboolean
on_interrupt (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_CONTINUE;
}

/* A link is fetched with a main loop running; Ctrl-C cancels it cleanly. */
static GolfImportReport *
import_link (GolfCli           *cli,
             const char        *link,
             const char        *session_id,
             Progress          *progress,
             GError           **error)
{
  g_autofree char *api = configured_api ();
  g_autoptr(GolfUneekorClient) client = golf_uneekor_client_new (api);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiting waiting = { loop, NULL };
  GolfImportReport *report;
  guint interrupt;

  interrupt = g_unix_signal_add (SIGINT, on_interrupt, cancellable);
  golf_uneekor_client_import_async (client, cli->store, link, session_id, cancellable,
                                    progress ? on_progress : NULL, progress,
                                    on_link_imported, &waiting);
  g_main_loop_run (loop);
  g_source_remove (interrupt);

  report = golf_uneekor_client_import_finish (client, waiting.result, error);
  g_object_unref (waiting.result);

  return report;
}

/* import SOURCE [--session ID] [--player NAME] [--json] */
static int
cmd_import (GolfCli  *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autofree char *session_id = NULL;
  g_autofree char *player_name = NULL;
  GOptionEntry entries[] = {
    { "session", 0, 0, G_OPTION_ARG_STRING, &session_id,
      N_("File the shots under this session id instead of the one the source gives"), "ID" },
    { "player", 0, 0, G_OPTION_ARG_STRING, &player_name,
      N_("File the sessions under this player (a student; default: a bundle's own player, else Me)"), "NAME" },
    { NULL }
  };
  GolfPlayer *player = NULL;
  Progress progress = { 0, };
  gboolean tty = isatty (STDERR_FILENO);
  const char *source;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("import needs one source: a Uneekor report link, a report "
                                        "file, a CSV export or a .golfsession bundle"));
  source = argv[1];
  if (player_name != NULL && (player = golf_cli_find_player (cli, player_name, &status)) == NULL)
    return status;
  if (player != NULL)
    golf_store_set_import_player_id (cli->store, golf_player_get_id (player));

  if (golf_uneekor_link_looks_like_link (source))
    {
      g_autofree char *id = NULL, *key = NULL;

      if (golf_uneekor_link_parse (source, &id, &key, NULL))
        progress.source = g_strdup_printf (_("report %s"), id);
      report = import_link (cli, source, session_id, tty ? &progress : NULL, &error);
    }
  else
    {
      g_autofree char *name = g_filename_display_basename (source);

      progress.source = g_strdup_printf ("“%s”", name);
      report = golf_import_file (cli->store, source, session_id, NULL,
                                 tty ? on_progress : NULL, &progress, &error);
    }
  end_progress (&progress);

  if (report == NULL)
    return golf_cli_fail (error);

  golf_metrics_worker_flush (cli->worker);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      golf_import_report_build_json (report, builder);
      golf_cli_print_json (builder);
    }
  else
    {
      g_autofree char *text = golf_import_report_to_text (report);

      g_print ("%s", text);
    }

  return EXIT_SUCCESS;
}

static const char *
describe_units (GolfExportFormat format,
                gboolean         imperial)
{
  if (format != GOLF_EXPORT_CSV)
    return _("SI units");

  return imperial ? _("yards and mph") : _("metres and m/s");
}

/* export SESSION --format csv|json|golfsession -o FILE [--units U] */
static int
cmd_export (GolfCli  *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GListModel) shots = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("csv (a row per shot), json (SI units named) or golfsession (a bundle Golf Lab imports back)"),
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write; - for standard output"), "FILE" },
    { NULL }
  };
  GolfExportFormat format;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("export needs a session id"));
  if (format_name == NULL)
    return golf_cli_usage_error (cli, _("export needs --format csv, json or golfsession"));
  if (!golf_export_format_from_string (format_name, &format))
    return golf_cli_usage_error (cli, _("--format takes csv, json or golfsession, not “%s”"), format_name);
  if (output == NULL)
    return golf_cli_usage_error (cli, _("export needs -o FILE (or -o - for standard output)"));
  if (golf_cli_find_session (cli, argv[1], &status) == NULL)
    return status;

  if (g_strcmp0 (output, "-") == 0)
    {
      gsize length;
      const char *data;

      bytes = golf_export_session (cli->store, argv[1], format, cli->imperial, &error);
      if (bytes == NULL)
        return golf_cli_fail (error);
      data = g_bytes_get_data (bytes, &length);
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        return golf_cli_failf ("%s", _("Could not write to standard output"));
      return EXIT_SUCCESS;
    }

  if (!golf_export_session_to_file (cli->store, argv[1], format, cli->imperial, output, &error))
    return golf_cli_fail (error);

  shots = golf_store_list_shots (cli->store, argv[1], NULL);
  {
    g_autofree char *name = g_filename_display_name (output);
    guint n = shots ? g_list_model_get_n_items (shots) : 0;

    /* Translators: the second %s says the units: “yards and mph”, “SI units”. */
    g_print (ngettext ("Wrote session %s (%u shot, %s) to “%s”\n",
                       "Wrote session %s (%u shots, %s) to “%s”\n", n),
             argv[1], n, describe_units (format, cli->imperial), name);
  }

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_import_commands[] = {
  { "import", "SOURCE [--session ID] [--player NAME]",
    N_("Import a Uneekor report link or file, a Garmin, Rapsodo or FlightScope CSV, or a .golfsession"),
    GOLF_CLI_STORE | GOLF_CLI_JSON, cmd_import },
  { "export", "SESSION --format csv|json|golfsession -o FILE",
    N_("Write a session for a coach or another tool (--units for CSV; JSON and bundles are SI)"),
    GOLF_CLI_STORE | GOLF_CLI_UNITS, cmd_export },
  { NULL }
};
