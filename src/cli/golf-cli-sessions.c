/* golf-cli-sessions.c: sessions, shots, metrics and club statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "golf-cli-sessions.h"
#include "golf-cli-util.h"

static const char *
player_name_of (GolfCli     *cli,
                GolfSession *session)
{
  GolfPlayer *player = golf_store_find_player_by_id (cli->store, golf_session_get_player_id (session));

  return player != NULL ? golf_player_get_name (player) : NULL;
}

static void
build_session_json (GolfCli     *cli,
                    JsonBuilder *builder,
                    GolfSession *session)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "id", golf_session_get_id (session));
  golf_json_add_string (builder, "name", golf_session_get_name (session));
  golf_json_add_string (builder, "player", player_name_of (cli, session));
  golf_json_add_string (builder, "date", golf_session_get_date (session));
  golf_json_add_string (builder, "type", golf_session_get_session_type (session));
  golf_json_add_string (builder, "notes", golf_session_get_notes (session));
  golf_json_add_int (builder, "shot_count", golf_session_get_shot_count (session));
  golf_json_add_string (builder, "clubs_used", golf_session_get_clubs_used (session));
  json_builder_end_object (builder);
}

/* sessions [--player NAME] [--json] */
static int
cmd_sessions (GolfCli  *cli,
              int       argc,
              char    **argv)
{
  g_autofree char *player_name = NULL;
  const GOptionEntry entries[] = {
    { "player", 0, 0, G_OPTION_ARG_STRING, &player_name, N_("Only this player's sessions"), "NAME" },
    { NULL }
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfCliTable) table = NULL;
  GolfPlayer *player = NULL;
  GListModel *sessions;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("sessions takes no arguments"));
  if (player_name != NULL && (player = golf_cli_find_player (cli, player_name, &status)) == NULL)
    return status;

  sessions = golf_store_get_sessions (cli->store);
  table = golf_cli_table_new (NC_("column", "SESSION"), NC_("column", "DATE"), NC_("column", "PLAYER"),
                              NC_("column", ">SHOTS"), NC_("column", ">AVG CARRY"),
                              NC_("column", "CLUBS"), NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);
      double carry = golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY);

      if (player != NULL && golf_session_get_player_id (session) != golf_player_get_id (player))
        continue;

      build_session_json (cli, builder, session);

      golf_cli_table_add (table, golf_session_get_id (session));
      golf_cli_table_add (table, golf_session_get_date (session));
      golf_cli_table_add (table, player_name_of (cli, session));
      golf_cli_table_add_count (table, golf_session_get_shot_count (session));
      golf_cli_table_take (table, golf_cli_format_number (golf_cli_display (cli, GOLF_UNIT_DISTANCE, carry),
                                                          1, golf_cli_unit_suffix (cli, GOLF_UNIT_DISTANCE)));
      golf_cli_table_add (table, golf_session_get_clubs_used (session));
    }
  json_builder_end_array (builder);

  if (cli->json)
    golf_cli_print_json (builder);
  else
    golf_cli_table_print (table);

  return EXIT_SUCCESS;
}

/* "auto", "yes" or "no", as bundles and Golf Lab's CSV write it. */
static const char *
set_aside_name (GolfSetAside set_aside)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (GOLF_TYPE_SET_ASIDE);

  return g_enum_get_value (klass, set_aside)->value_nick;
}

static void
build_shot_json (GolfCli     *cli,
                 JsonBuilder *builder,
                 GolfShot    *shot)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "id", golf_shot_get_id (shot));
  golf_json_add_string (builder, "session_id", golf_shot_get_session_id (shot));
  golf_json_add_string (builder, "club", golf_shot_get_club (shot));
  golf_json_add_string (builder, "shot_type", golf_shot_get_shot_type (shot));
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    golf_cli_add_value (cli, builder, golf_shot_field_get_name (f), golf_shot_field_get_unit (f),
                        golf_shot_get (shot, f));
  golf_json_add_number (builder, "smash", golf_shot_get_smash (shot));
  golf_json_add_number (builder, "face_to_path", golf_shot_get_face_to_path (shot));
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (const char * const *tag = golf_shot_get_tags (shot); *tag != NULL; tag++)
    json_builder_add_string_value (builder, *tag);
  json_builder_end_array (builder);
  golf_json_add_string (builder, "comment", golf_shot_get_comment (shot));
  golf_json_add_string (builder, "set_aside", set_aside_name (golf_shot_get_set_aside (shot)));
  json_builder_end_object (builder);
}

static void
add_shot_row (GolfCli      *cli,
              GolfCliTable *table,
              GolfShot     *shot)
{
  static const GolfShotField columns[] = {
    GOLF_SHOT_FIELD_CARRY_DISTANCE, GOLF_SHOT_FIELD_TOTAL_DISTANCE,
    GOLF_SHOT_FIELD_BALL_SPEED, GOLF_SHOT_FIELD_CLUB_SPEED,
  };

  golf_cli_table_add (table, golf_shot_get_id (shot));
  golf_cli_table_add (table, golf_shot_get_club (shot));
  golf_cli_table_take (table, g_strjoinv (", ", (char **) golf_shot_get_tags (shot)));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    golf_cli_table_add_number (table,
                               golf_cli_display (cli, golf_shot_field_get_unit (columns[i]),
                                                 golf_shot_get (shot, columns[i])),
                               1);
  golf_cli_table_add_number (table, golf_shot_get_smash (shot), 2);
  golf_cli_table_add_number (table, golf_shot_get_face_to_path (shot), 1);
}

/* shots SESSION [--json] [--units U] */
static int
cmd_shots (GolfCli  *cli,
           int       argc,
           char    **argv)
{
  g_autoptr(GListModel) shots = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfCliTable) table = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  guint n;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("shots needs a session id"));
  if (golf_cli_find_session (cli, argv[1], &status) == NULL)
    return status;

  if ((shots = golf_store_list_shots (cli->store, argv[1], &error)) == NULL)
    return golf_cli_fail (error);

  n = g_list_model_get_n_items (shots);
  /* Translators: BALL and the second CLUB are the ball and club speeds,
   * SMASH the smash factor, F2P face to path. */
  table = golf_cli_table_new (NC_("column", "SHOT"), NC_("column", "CLUB"), NC_("column", "TAGS"),
                              NC_("column", ">CARRY"), NC_("column", ">TOTAL"),
                              NC_("column", ">BALL"), NC_("column", ">CLUB"),
                              NC_("column", ">SMASH"), NC_("column", ">F2P"), NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfShot) shot = g_list_model_get_item (shots, i);

      if (cli->json)
        build_shot_json (cli, builder, shot);
      else
        add_shot_row (cli, table, shot);
    }
  json_builder_end_array (builder);

  if (cli->json)
    {
      golf_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  golf_cli_table_print (table);
  /* Translators: the first %s is “yards” or “metres”, the second mph or m/s. */
  g_print (ngettext ("%u shot; distances in %s, speeds in %s\n",
                     "%u shots; distances in %s, speeds in %s\n", n),
           n, cli->imperial ? _("yards") : _("metres"), golf_cli_speed_unit (cli));

  return EXIT_SUCCESS;
}

/* delete-shot SHOT_ID, restore-shot SHOT_ID */
static int
cmd_archive (GolfCli  *cli,
             int       argc,
             char    **argv)
{
  gboolean delete = strcmp (argv[0], "delete-shot") == 0;
  g_autoptr(GError) error = NULL;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("%s needs one shot id"), argv[0]);

  if (delete ? !golf_store_delete_shot (cli->store, argv[1], &error)
             : !golf_store_restore_shot (cli->store, argv[1], &error))
    return golf_cli_fail (error);

  golf_metrics_worker_flush (cli->worker);

  if (delete)
    g_print (_("Deleted shot %s (undo with: golf-lab-cli restore-shot %s)\n"), argv[1], argv[1]);
  else
    g_print (_("Restored shot %s\n"), argv[1]);

  return EXIT_SUCCESS;
}

static const char *
metric_label (GolfMetric metric)
{
  static const char * const labels[GOLF_N_METRICS] = {
    [GOLF_METRIC_AVG_CARRY] = N_("Average carry"),
    [GOLF_METRIC_AVG_TOTAL] = N_("Average total"),
    [GOLF_METRIC_AVG_BALL_SPEED] = N_("Average ball speed"),
    [GOLF_METRIC_AVG_CLUB_SPEED] = N_("Average club speed"),
    [GOLF_METRIC_AVG_SMASH] = N_("Average smash"),
    [GOLF_METRIC_BEST_CARRY] = N_("Best carry"),
    [GOLF_METRIC_AVG_FACE_ANGLE] = N_("Face angle"),
    [GOLF_METRIC_STD_FACE_ANGLE] = N_("Face angle spread (sd)"),
    [GOLF_METRIC_AVG_CLUB_PATH] = N_("Club path"),
    [GOLF_METRIC_STD_CLUB_PATH] = N_("Club path spread (sd)"),
    [GOLF_METRIC_AVG_FACE_TO_PATH] = N_("Face to path"),
    [GOLF_METRIC_STD_FACE_TO_PATH] = N_("Face to path spread (sd)"),
    [GOLF_METRIC_AVG_STRIKE_DISTANCE] = N_("Strike distance from centre"),
    [GOLF_METRIC_STD_STRIKE_DISTANCE] = N_("Strike distance spread (sd)"),
  };

  return _(labels[metric]);
}

static void
print_metrics_json (GolfCli            *cli,
                    GolfSession        *session,
                    GolfSessionMetrics *metrics,
                    const char         *updated_at)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "session_id", golf_session_get_id (session));
  golf_json_add_string (builder, "session_date", golf_session_get_date (session));
  golf_json_add_string (builder, "session_type", golf_session_get_session_type (session));
  golf_json_add_int (builder, "shot_count", golf_session_metrics_get_shot_count (metrics));
  golf_json_add_string (builder, "clubs_used", golf_session_metrics_get_clubs_used (metrics));
  for (guint m = 0; m < GOLF_N_METRICS; m++)
    golf_cli_add_value (cli, builder, golf_metric_get_name (m), golf_metric_get_unit (m),
                        golf_session_metrics_get (metrics, m));
  golf_json_add_string (builder, "updated_at", updated_at);
  json_builder_end_object (builder);

  golf_cli_print_json (builder);
}

static void
print_metrics_text (GolfCli            *cli,
                    GolfSession        *session,
                    GolfSessionMetrics *metrics,
                    const char         *updated_at)
{
  g_autoptr(GolfCliTable) table = golf_cli_table_new ("", "", NULL);

  g_print (_("Session %s (%s)\n"), golf_session_get_id (session),
           golf_session_get_date (session) ? golf_session_get_date (session) : _("no date"));

  golf_cli_table_add (table, _("Shots"));
  golf_cli_table_add_count (table, golf_session_metrics_get_shot_count (metrics));
  golf_cli_table_add (table, _("Clubs"));
  golf_cli_table_add (table, golf_session_metrics_get_clubs_used (metrics));

  for (guint m = 0; m < GOLF_N_METRICS; m++)
    {
      GolfUnit unit = golf_metric_get_unit (m);

      golf_cli_table_add (table, metric_label (m));
      golf_cli_table_take (table, golf_cli_format_number (golf_cli_display (cli, unit, golf_session_metrics_get (metrics, m)),
                                                          m == GOLF_METRIC_AVG_SMASH ? 3 : 1,
                                                          golf_cli_unit_suffix (cli, unit)));
    }

  golf_cli_table_add (table, _("Updated"));
  golf_cli_table_add (table, updated_at);
  golf_cli_table_print (table);
}

/* metrics SESSION [--json] [--units U] */
static int
cmd_metrics (GolfCli  *cli,
             int       argc,
             char    **argv)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autofree char *updated_at = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *session;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("metrics needs a session id"));
  if ((session = golf_cli_find_session (cli, argv[1], &status)) == NULL)
    return status;

  metrics = golf_store_dup_metrics (cli->store, argv[1], &error);
  if (error == NULL && metrics != NULL)
    updated_at = golf_store_dup_metrics_updated_at (cli->store, argv[1], &error);
  if (error != NULL)
    return golf_cli_fail (error);

  if (metrics == NULL && cli->json)
    g_print ("null\n");
  else if (metrics == NULL)
    g_print (_("Session %s has no shots, so it has no metrics\n"), argv[1]);
  else if (cli->json)
    print_metrics_json (cli, session, metrics, updated_at);
  else
    print_metrics_text (cli, session, metrics, updated_at);

  return EXIT_SUCCESS;
}

static void
build_club_json (GolfCli             *cli,
                 JsonBuilder         *builder,
                 const GolfClubStats *club)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "club", club->club);
  golf_json_add_int (builder, "shot_count", club->shot_count);
  golf_cli_add_value (cli, builder, "median_carry", GOLF_UNIT_DISTANCE, club->median_carry);
  golf_cli_add_value (cli, builder, "q1_carry", GOLF_UNIT_DISTANCE, club->q1_carry);
  golf_cli_add_value (cli, builder, "q3_carry", GOLF_UNIT_DISTANCE, club->q3_carry);
  golf_cli_add_value (cli, builder, "avg_carry", GOLF_UNIT_DISTANCE, club->avg_carry);
  golf_cli_add_value (cli, builder, "std_carry", GOLF_UNIT_DISTANCE, club->std_carry);
  golf_cli_add_value (cli, builder, "avg_lateral", GOLF_UNIT_DISTANCE, club->avg_lateral);
  golf_cli_add_value (cli, builder, "std_lateral", GOLF_UNIT_DISTANCE, club->std_lateral);
  golf_cli_add_value (cli, builder, "avg_ball_speed", GOLF_UNIT_SPEED, club->avg_ball_speed);
  golf_json_add_number (builder, "avg_smash", club->avg_smash);
  json_builder_end_object (builder);
}

static void
add_club_row (GolfCli             *cli,
              GolfCliTable        *table,
              const GolfClubStats *club)
{
  const double distances[] = {
    club->median_carry, club->q1_carry, club->q3_carry, club->avg_lateral, club->std_lateral,
  };

  golf_cli_table_add (table, *club->club ? club->club : _("(no club)"));
  golf_cli_table_add_count (table, club->shot_count);
  for (guint i = 0; i < G_N_ELEMENTS (distances); i++)
    golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, distances[i], 1);
  golf_cli_table_add_value (cli, table, GOLF_UNIT_SPEED, club->avg_ball_speed, 1);
  golf_cli_table_add_number (table, club->avg_smash, 2);
}

/* club-stats SESSION [--json] [--units U] */
static int
cmd_club_stats (GolfCli  *cli,
                int       argc,
                char    **argv)
{
  g_autoptr(GolfSessionMetrics) metrics = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfCliTable) table = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *clubs;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("club-stats needs a session id"));
  if (golf_cli_find_session (cli, argv[1], &status) == NULL)
    return status;

  metrics = golf_store_dup_metrics (cli->store, argv[1], &error);
  if (error != NULL)
    return golf_cli_fail (error);

  table = golf_cli_table_new (NC_("column", "CLUB"), NC_("column", ">SHOTS"), NC_("column", ">MEDIAN"),
                              NC_("column", ">Q1"), NC_("column", ">Q3"), NC_("column", ">LATERAL"),
                              NC_("column", ">LAT SD"), NC_("column", ">BALL"), NC_("column", ">SMASH"),
                              NULL);

  json_builder_begin_array (builder);
  clubs = metrics ? golf_session_metrics_get_club_stats (metrics) : NULL;
  for (guint i = 0; clubs != NULL && i < clubs->len; i++)
    {
      build_club_json (cli, builder, g_ptr_array_index (clubs, i));
      add_club_row (cli, table, g_ptr_array_index (clubs, i));
    }
  json_builder_end_array (builder);

  if (cli->json)
    {
      golf_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  golf_cli_table_print (table);
  g_print (_("Carry and lateral in %s, ball speed in %s; lateral: negative is left\n"),
           cli->imperial ? _("yards") : _("metres"), golf_cli_speed_unit (cli));

  return EXIT_SUCCESS;
}

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  if (done == total || done % 100 == 0)
    {
      g_printerr ("\r");
      g_printerr (_("Recomputing metrics: %u/%u"), done, total);
    }
  if (done == total)
    g_printerr ("\n");
}

/* backfill */
static int
cmd_backfill (GolfCli  *cli,
              int       argc,
              char    **argv)
{
  g_autoptr(GError) error = NULL;
  int status;
  gint n;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("backfill takes no arguments"));

  n = golf_metrics_worker_backfill (cli->worker, isatty (STDERR_FILENO) ? print_progress : NULL,
                                    NULL, &error);
  if (n < 0)
    return golf_cli_fail (error);

  g_print (ngettext ("Recomputed the metrics of %d session\n",
                     "Recomputed the metrics of %d sessions\n", n), n);

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_session_commands[] = {
  { "sessions", "[--player NAME] [--json] [--units U]", N_("List the sessions, newest first, with their player"),
    GOLF_CLI_STORE | GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_sessions },
  { "shots", "SESSION [--json] [--units U]", N_("List a session's shots with their ids"),
    GOLF_CLI_STORE | GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_shots },
  { "metrics", "SESSION [--json] [--units U]", N_("Show a session's metrics"),
    GOLF_CLI_STORE | GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_metrics },
  { "club-stats", "SESSION [--json] [--units U]", N_("Per club: median carry, Q1/Q3, dispersion"),
    GOLF_CLI_STORE | GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_club_stats },
  { "delete-shot", "SHOT_ID", N_("Delete a shot (restore-shot brings it back)"),
    GOLF_CLI_STORE, cmd_archive },
  { "restore-shot", "SHOT_ID", N_("Bring a deleted shot back"),
    GOLF_CLI_STORE, cmd_archive },
  { "backfill", "", N_("Recompute every session's metrics"),
    GOLF_CLI_STORE, cmd_backfill },
  { NULL }
};
