/* golf-lab-cli.c: the headless face of Golf Lab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "golf-cli-model.h"
#include "golf-cli-util.h"
#include "golf-metrics-worker.h"
#include "golf-session-metrics.h"
#include "golf-store.h"
#include "golf-uneekor-report.h"

#define EXIT_USAGE 2

static const char usage[] =
  "Usage: golf-lab-cli [--db FILE] COMMAND [ARGS…]\n"
  "\n"
  "Commands:\n"
  "  import FILE [--session ID]                 import a Uneekor report (JSON)\n"
  "  sessions [--json]                          list sessions\n"
  "  shots SESSION [--json] [--units U]         list a session's shots\n"
  "  delete-shot SHOT_ID                        delete a shot (it can be restored)\n"
  "  restore-shot SHOT_ID                       bring a deleted shot back\n"
  "  metrics SESSION [--json] [--units U]       a session's metrics\n"
  "  club-stats SESSION [--json] [--units U]    per-club numbers of a session\n"
  "  backfill                                   recompute every session's metrics\n"
  GOLF_CLI_MODEL_USAGE
  "\n"
  "U is imperial (yards, mph; the default) or si (metres, m/s).\n"
  "The database defaults to golf-lab/shots.db in the user data folder.\n";

typedef struct
{
  GolfStore         *store;
  GolfMetricsWorker *worker;
  gboolean           json;
  gboolean           imperial;
  char              *session_id;
} Cli;

static void
cli_clear (Cli *cli)
{
  g_clear_object (&cli->worker);
  g_clear_object (&cli->store);
  g_clear_pointer (&cli->session_id, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Cli, cli_clear)

static int
fail (GError *error)
{
  g_printerr ("golf-lab-cli: %s\n", error->message);
  return EXIT_FAILURE;
}

static int
usage_error (const char *message)
{
  g_printerr ("golf-lab-cli: %s\n\n%s", message, usage);
  return EXIT_USAGE;
}

static gboolean
open_store (Cli         *cli,
            const char  *db_path,
            GError     **error)
{
  if ((cli->store = golf_store_new (db_path, error)) == NULL)
    return FALSE;

  /* Heals metrics left stale by an interrupted run, then keeps them current. */
  cli->worker = golf_metrics_worker_new (cli->store);
  golf_metrics_worker_flush (cli->worker);

  return TRUE;
}

static double
display (GolfUnit unit,
         double   value,
         Cli     *cli)
{
  return golf_unit_to_display (unit, value, cli->imperial);
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static char *
format_value (double      value,
              int         decimals,
              const char *suffix)
{
  if (isnan (value))
    return g_strdup ("—");

  return g_strdup_printf ("%.*f%s", decimals, value, suffix);
}

static const char *
distance_unit (Cli *cli)
{
  return cli->imperial ? " yd" : " m";
}

static const char *
speed_unit (Cli *cli)
{
  return cli->imperial ? " mph" : " m/s";
}

/* import FILE [--session ID] */
static int
cmd_import (Cli   *cli,
            int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = NULL;
  guint n_imported = 0, n_skipped = 0;

  if (argc != 2)
    return usage_error ("import needs one report file");

  session_id = cli->session_id ? g_strdup (cli->session_id)
                               : golf_uneekor_report_session_id_for_file (argv[1]);

  if (!golf_uneekor_report_import_file (cli->store, argv[1], session_id,
                                        &n_imported, &n_skipped, &error))
    return fail (error);

  golf_metrics_worker_flush (cli->worker);
  g_print ("Imported %u shots (%u skipped) into session %s\n", n_imported, n_skipped, session_id);

  return EXIT_SUCCESS;
}

static void
build_session_json (JsonBuilder *builder,
                    GolfSession *session)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", golf_session_get_id (session));
  add_string (builder, "date", golf_session_get_date (session));
  add_string (builder, "type", golf_session_get_session_type (session));
  add_string (builder, "notes", golf_session_get_notes (session));
  json_builder_set_member_name (builder, "shot_count");
  json_builder_add_int_value (builder, golf_session_get_shot_count (session));
  add_string (builder, "clubs_used", golf_session_get_clubs_used (session));
  json_builder_end_object (builder);
}

/* sessions [--json] */
static int
cmd_sessions (Cli   *cli,
              int    argc,
              char **argv)
{
  GListModel *sessions = golf_store_get_sessions (cli->store);
  guint n = g_list_model_get_n_items (sessions);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (argc != 1)
    return usage_error ("sessions takes no arguments");

  if (!cli->json)
    g_print ("%-24s %-10s %6s %10s  %s\n", "SESSION", "DATE", "SHOTS", "AVG CARRY", "CLUBS");

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *carry = NULL;

      if (cli->json)
        {
          build_session_json (builder, session);
          continue;
        }

      carry = format_value (display (GOLF_UNIT_DISTANCE,
                                     golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY),
                                     cli),
                            1, distance_unit (cli));
      g_print ("%-24s %-10s %6u %10s  %s\n",
               golf_session_get_id (session),
               golf_session_get_date (session) ? golf_session_get_date (session) : "—",
               golf_session_get_shot_count (session),
               carry,
               golf_session_get_clubs_used (session) ? golf_session_get_clubs_used (session) : "");
    }
  json_builder_end_array (builder);

  if (cli->json)
    golf_cli_print_json (builder);

  return EXIT_SUCCESS;
}

static void
build_shot_json (JsonBuilder *builder,
                 GolfShot    *shot,
                 Cli         *cli)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", golf_shot_get_id (shot));
  add_string (builder, "session_id", golf_shot_get_session_id (shot));
  add_string (builder, "club", golf_shot_get_club (shot));
  add_string (builder, "shot_type", golf_shot_get_shot_type (shot));
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    add_number (builder, golf_shot_field_get_name (f),
                display (golf_shot_field_get_unit (f), golf_shot_get (shot, f), cli));
  add_number (builder, "smash", golf_shot_get_smash (shot));
  add_number (builder, "face_to_path", golf_shot_get_face_to_path (shot));
  json_builder_end_object (builder);
}

static void
print_shot_line (GolfShot *shot,
                 Cli      *cli)
{
  g_autofree char *carry = format_value (display (GOLF_UNIT_DISTANCE, golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), cli), 1, "");
  g_autofree char *total = format_value (display (GOLF_UNIT_DISTANCE, golf_shot_get (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE), cli), 1, "");
  g_autofree char *ball = format_value (display (GOLF_UNIT_SPEED, golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED), cli), 1, "");
  g_autofree char *club_speed = format_value (display (GOLF_UNIT_SPEED, golf_shot_get (shot, GOLF_SHOT_FIELD_CLUB_SPEED), cli), 1, "");
  g_autofree char *smash = format_value (golf_shot_get_smash (shot), 2, "");
  g_autofree char *f2p = format_value (golf_shot_get_face_to_path (shot), 1, "");

  g_print ("%-28s %-12s %7s %7s %7s %7s %6s %6s\n",
           golf_shot_get_id (shot),
           golf_shot_get_club (shot) ? golf_shot_get_club (shot) : "—",
           carry, total, ball, club_speed, smash, f2p);
}

static GolfSession *
require_session (Cli        *cli,
                 int         argc,
                 char      **argv,
                 const char *command)
{
  GolfSession *session;

  if (argc != 2)
    {
      g_autofree char *message = g_strdup_printf ("%s needs a session id", command);
      usage_error (message);
      return NULL;
    }

  if ((session = golf_store_find_session (cli->store, argv[1])) == NULL)
    g_printerr ("golf-lab-cli: There is no session “%s”; “golf-lab-cli sessions” lists them\n",
                argv[1]);

  return session;
}

/* shots SESSION [--json] [--units U] */
static int
cmd_shots (Cli   *cli,
           int    argc,
           char **argv)
{
  g_autoptr(GListModel) shots = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  guint n;

  if (require_session (cli, argc, argv, "shots") == NULL)
    return argc != 2 ? EXIT_USAGE : EXIT_FAILURE;

  if ((shots = golf_store_list_shots (cli->store, argv[1], &error)) == NULL)
    return fail (error);

  n = g_list_model_get_n_items (shots);
  if (!cli->json)
    g_print ("%-28s %-12s %7s %7s %7s %7s %6s %6s\n", "SHOT", "CLUB",
             "CARRY", "TOTAL", "BALL", "CLUB", "SMASH", "F2P");

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfShot) shot = g_list_model_get_item (shots, i);

      if (cli->json)
        build_shot_json (builder, shot, cli);
      else
        print_shot_line (shot, cli);
    }
  json_builder_end_array (builder);

  if (cli->json)
    golf_cli_print_json (builder);
  else
    g_print ("%u shots; distances in %s, speeds in %s\n", n,
             cli->imperial ? "yards" : "metres", cli->imperial ? "mph" : "m/s");

  return EXIT_SUCCESS;
}

/* delete-shot SHOT_ID, restore-shot SHOT_ID */
static int
cmd_archive (Cli   *cli,
             int    argc,
             char **argv)
{
  gboolean delete = strcmp (argv[0], "delete-shot") == 0;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    return usage_error ("give one shot id");

  if (delete ? !golf_store_delete_shot (cli->store, argv[1], &error)
             : !golf_store_restore_shot (cli->store, argv[1], &error))
    return fail (error);

  golf_metrics_worker_flush (cli->worker);

  if (delete)
    g_print ("Deleted shot %s (undo with: golf-lab-cli restore-shot %s)\n", argv[1], argv[1]);
  else
    g_print ("Restored shot %s\n", argv[1]);

  return EXIT_SUCCESS;
}

static const char *
metric_label (GolfMetric metric)
{
  static const char * const labels[GOLF_N_METRICS] = {
    [GOLF_METRIC_AVG_CARRY] = "Average carry",
    [GOLF_METRIC_AVG_TOTAL] = "Average total",
    [GOLF_METRIC_AVG_BALL_SPEED] = "Average ball speed",
    [GOLF_METRIC_AVG_CLUB_SPEED] = "Average club speed",
    [GOLF_METRIC_AVG_SMASH] = "Average smash",
    [GOLF_METRIC_BEST_CARRY] = "Best carry",
    [GOLF_METRIC_AVG_FACE_ANGLE] = "Face angle",
    [GOLF_METRIC_STD_FACE_ANGLE] = "Face angle spread (sd)",
    [GOLF_METRIC_AVG_CLUB_PATH] = "Club path",
    [GOLF_METRIC_STD_CLUB_PATH] = "Club path spread (sd)",
    [GOLF_METRIC_AVG_FACE_TO_PATH] = "Face to path",
    [GOLF_METRIC_STD_FACE_TO_PATH] = "Face to path spread (sd)",
    [GOLF_METRIC_AVG_STRIKE_DISTANCE] = "Strike distance from centre",
    [GOLF_METRIC_STD_STRIKE_DISTANCE] = "Strike distance spread (sd)",
  };

  return labels[metric];
}

static const char *
unit_suffix (GolfUnit  unit,
             Cli      *cli)
{
  switch (unit)
    {
    case GOLF_UNIT_DISTANCE:
      return distance_unit (cli);
    case GOLF_UNIT_SPEED:
      return speed_unit (cli);
    case GOLF_UNIT_ANGLE:
      return "°";
    case GOLF_UNIT_MILLIMETRE:
      return " mm";
    case GOLF_UNIT_NONE:
    default:
      return "";
    }
}

static void
print_metrics_json (Cli                *cli,
                    GolfSession        *session,
                    GolfSessionMetrics *metrics,
                    const char         *updated_at)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string (builder, "session_id", golf_session_get_id (session));
  add_string (builder, "session_date", golf_session_get_date (session));
  add_string (builder, "session_type", golf_session_get_session_type (session));
  json_builder_set_member_name (builder, "shot_count");
  json_builder_add_int_value (builder, golf_session_metrics_get_shot_count (metrics));
  add_string (builder, "clubs_used", golf_session_metrics_get_clubs_used (metrics));
  for (guint m = 0; m < GOLF_N_METRICS; m++)
    add_number (builder, golf_metric_get_name (m),
                display (golf_metric_get_unit (m), golf_session_metrics_get (metrics, m), cli));
  add_string (builder, "updated_at", updated_at);
  json_builder_end_object (builder);

  golf_cli_print_json (builder);
}

static void
print_metrics_text (Cli                *cli,
                    GolfSession        *session,
                    GolfSessionMetrics *metrics,
                    const char         *updated_at)
{
  g_print ("Session %s (%s)\n", golf_session_get_id (session),
           golf_session_get_date (session) ? golf_session_get_date (session) : "no date");
  g_print ("  %-28s %u\n", "Shots", golf_session_metrics_get_shot_count (metrics));
  g_print ("  %-28s %s\n", "Clubs", golf_session_metrics_get_clubs_used (metrics));

  for (guint m = 0; m < GOLF_N_METRICS; m++)
    {
      GolfUnit unit = golf_metric_get_unit (m);
      g_autofree char *text = format_value (display (unit, golf_session_metrics_get (metrics, m), cli),
                                            m == GOLF_METRIC_AVG_SMASH ? 3 : 1,
                                            unit_suffix (unit, cli));

      g_print ("  %-28s %s\n", metric_label (m), text);
    }

  g_print ("  %-28s %s\n", "Updated", updated_at);
}

/* metrics SESSION [--json] [--units U] */
static int
cmd_metrics (Cli   *cli,
             int    argc,
             char **argv)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autofree char *updated_at = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  if ((session = require_session (cli, argc, argv, "metrics")) == NULL)
    return argc != 2 ? EXIT_USAGE : EXIT_FAILURE;

  metrics = golf_store_dup_metrics (cli->store, argv[1], &error);
  if (error == NULL && metrics != NULL)
    updated_at = golf_store_dup_metrics_updated_at (cli->store, argv[1], &error);
  if (error != NULL)
    return fail (error);

  if (metrics == NULL)
    {
      if (cli->json)
        g_print ("null\n");
      else
        g_print ("Session %s has no shots, so it has no metrics\n", argv[1]);
      return EXIT_SUCCESS;
    }

  if (cli->json)
    print_metrics_json (cli, session, metrics, updated_at);
  else
    print_metrics_text (cli, session, metrics, updated_at);

  return EXIT_SUCCESS;
}

static void
build_club_json (JsonBuilder         *builder,
                 const GolfClubStats *club,
                 Cli                 *cli)
{
  json_builder_begin_object (builder);
  add_string (builder, "club", club->club);
  json_builder_set_member_name (builder, "shot_count");
  json_builder_add_int_value (builder, club->shot_count);
  add_number (builder, "median_carry", display (GOLF_UNIT_DISTANCE, club->median_carry, cli));
  add_number (builder, "q1_carry", display (GOLF_UNIT_DISTANCE, club->q1_carry, cli));
  add_number (builder, "q3_carry", display (GOLF_UNIT_DISTANCE, club->q3_carry, cli));
  add_number (builder, "avg_carry", display (GOLF_UNIT_DISTANCE, club->avg_carry, cli));
  add_number (builder, "std_carry", display (GOLF_UNIT_DISTANCE, club->std_carry, cli));
  add_number (builder, "avg_lateral", display (GOLF_UNIT_DISTANCE, club->avg_lateral, cli));
  add_number (builder, "std_lateral", display (GOLF_UNIT_DISTANCE, club->std_lateral, cli));
  add_number (builder, "avg_ball_speed", display (GOLF_UNIT_SPEED, club->avg_ball_speed, cli));
  add_number (builder, "avg_smash", club->avg_smash);
  json_builder_end_object (builder);
}

static void
print_club_line (const GolfClubStats *club,
                 Cli                 *cli)
{
  g_autofree char *median = format_value (display (GOLF_UNIT_DISTANCE, club->median_carry, cli), 1, "");
  g_autofree char *q1 = format_value (display (GOLF_UNIT_DISTANCE, club->q1_carry, cli), 1, "");
  g_autofree char *q3 = format_value (display (GOLF_UNIT_DISTANCE, club->q3_carry, cli), 1, "");
  g_autofree char *lateral = format_value (display (GOLF_UNIT_DISTANCE, club->avg_lateral, cli), 1, "");
  g_autofree char *spread = format_value (display (GOLF_UNIT_DISTANCE, club->std_lateral, cli), 1, "");
  g_autofree char *ball = format_value (display (GOLF_UNIT_SPEED, club->avg_ball_speed, cli), 1, "");
  g_autofree char *smash = format_value (club->avg_smash, 2, "");

  const char *name = *club->club ? club->club : "(no club)";
  int pad = 14 - (int)g_utf8_strlen (name, -1);

  /* Pad by characters, not bytes, so "56° Wedge" lines up. */
  g_print ("%s%*s %5u %8s %8s %8s %8s %8s %7s %6s\n",
           name, MAX (pad, 0), "", club->shot_count,
           median, q1, q3, lateral, spread, ball, smash);
}

/* club-stats SESSION [--json] [--units U] */
static int
cmd_club_stats (Cli   *cli,
                int    argc,
                char **argv)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *clubs;

  if (require_session (cli, argc, argv, "club-stats") == NULL)
    return argc != 2 ? EXIT_USAGE : EXIT_FAILURE;

  metrics = golf_store_dup_metrics (cli->store, argv[1], &error);
  if (error != NULL)
    return fail (error);

  if (!cli->json)
    g_print ("%-14s %5s %8s %8s %8s %8s %8s %7s %6s\n", "CLUB", "SHOTS", "MEDIAN",
             "Q1", "Q3", "LATERAL", "LAT SD", "BALL", "SMASH");

  json_builder_begin_array (builder);
  clubs = metrics ? golf_session_metrics_get_club_stats (metrics) : NULL;
  for (guint i = 0; clubs != NULL && i < clubs->len; i++)
    {
      if (cli->json)
        build_club_json (builder, g_ptr_array_index (clubs, i), cli);
      else
        print_club_line (g_ptr_array_index (clubs, i), cli);
    }
  json_builder_end_array (builder);

  if (cli->json)
    golf_cli_print_json (builder);
  else
    g_print ("Carry and lateral in %s, ball speed in %s; lateral: negative is left\n",
             cli->imperial ? "yards" : "metres", cli->imperial ? "mph" : "m/s");

  return EXIT_SUCCESS;
}

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  if (done == total || done % 100 == 0)
    g_printerr ("\rRecomputing metrics: %u/%u", done, total);
  if (done == total)
    g_printerr ("\n");
}

/* backfill */
static int
cmd_backfill (Cli   *cli,
              int    argc,
              char **argv)
{
  g_autoptr(GError) error = NULL;
  gboolean tty = isatty (STDERR_FILENO);
  gint n;

  if (argc != 1)
    return usage_error ("backfill takes no arguments");

  n = golf_metrics_worker_backfill (cli->worker, tty ? print_progress : NULL, NULL, &error);
  if (n < 0)
    return fail (error);

  g_print ("Recomputed the metrics of %d session%s\n", n, n == 1 ? "" : "s");

  return EXIT_SUCCESS;
}

typedef int (*CommandFunc) (Cli *cli, int argc, char **argv);

static const struct
{
  const char  *name;
  CommandFunc  func;
} commands[] = {
  { "backfill", cmd_backfill },
  { "club-stats", cmd_club_stats },
  { "delete-shot", cmd_archive },
  { "import", cmd_import },
  { "metrics", cmd_metrics },
  { "restore-shot", cmd_archive },
  { "sessions", cmd_sessions },
  { "shots", cmd_shots },
};

static gboolean
parse_command_options (Cli     *cli,
                       int     *argc,
                       char  ***argv,
                       GError **error)
{
  g_autofree char *units = NULL;
  g_autoptr(GOptionContext) context = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json, "Print JSON", NULL },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units, "imperial or si", "UNITS" },
    { "session", 0, 0, G_OPTION_ARG_STRING, &cli->session_id, "Session id for the import", "ID" },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  cli->imperial = units == NULL || g_ascii_strcasecmp (units, "imperial") == 0;
  if (!cli->imperial && g_ascii_strcasecmp (units, "si") != 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--units takes imperial or si, not “%s”", units);
      return FALSE;
    }

  return TRUE;
}

static int
run_command (const char  *db_path,
             int          argc,
             char       **argv)
{
  g_auto(Cli) cli = { 0 };
  g_autoptr(GError) error = NULL;
  CommandFunc func = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[0], commands[i].name) == 0)
      func = commands[i].func;

  if (func == NULL)
    {
      g_autofree char *message = g_strdup_printf ("unknown command “%s”", argv[0]);
      return usage_error (message);
    }

  if (!parse_command_options (&cli, &argc, &argv, &error))
    return usage_error (error->message);

  if (!open_store (&cli, db_path, &error))
    return fail (error);

  return func (&cli, argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *db_path = NULL;
  int first = 1;

  setlocale (LC_ALL, "");

  while (first < argc && g_str_has_prefix (argv[first], "--"))
    {
      if (strcmp (argv[first], "--help") == 0 || strcmp (argv[first], "-h") == 0)
        {
          g_print ("%s", usage);
          return EXIT_SUCCESS;
        }
      else if (strcmp (argv[first], "--version") == 0)
        {
          g_print ("golf-lab-cli %s\n", PACKAGE_VERSION);
          return EXIT_SUCCESS;
        }
      else if (strcmp (argv[first], "--db") == 0 && first + 1 < argc)
        {
          g_free (db_path);
          db_path = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (argv[first] + strlen ("--db="));
          first++;
        }
      else
        {
          g_autofree char *message = g_strdup_printf ("unknown option “%s”", argv[first]);
          return usage_error (message);
        }
    }

  if (first >= argc)
    return usage_error ("no command given");

  if (db_path == NULL)
    db_path = golf_store_default_path ();

  if (golf_cli_model_handles (argv[first]))
    return golf_cli_model_run (db_path, argc - first, argv + first);

  return run_command (db_path, argc - first, argv + first);
}
