/* golf-cli-analysis.c: the analytics commands; gapping, dispersion, shapes
 *
 * Every command reads the shots, hands them to the analytics library and
 * prints its result: values are computed in SI and converted only here,
 * JSON keys are the same in both unit systems, and a missing value is null
 * in JSON and an em dash in text. Trend, compare and score are in
 * golf-cli-analysis-sessions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "golf-cli-analysis-private.h"
#include "golf-cli-analysis.h"
#include "golf-dispersion.h"
#include "golf-gapping.h"
#include "golf-shot-shapes.h"

#define ANALYSIS_FLAGS (GOLF_CLI_STORE | GOLF_CLI_JSON | GOLF_CLI_UNITS)

/* Reading what the user typed */

static gboolean
check_date (GolfCli    *cli,
            const char *option,
            const char *value,
            int        *status)
{
  if (value == NULL || golf_date_parse (value, NULL))
    return TRUE;

  *status = golf_cli_usage_error (cli, _("%s takes a day as YYYY-MM-DD, like 2026-04-02, not “%s”"),
                                  option, value);
  return FALSE;
}

gboolean
_golf_cli_check_range (GolfCli             *cli,
                       const GolfDateRange *range,
                       const char          *from_option,
                       const char          *to_option,
                       int                 *status)
{
  if (!check_date (cli, from_option, range->from, status) ||
      !check_date (cli, to_option, range->to, status))
    return FALSE;

  if (range->from != NULL && range->to != NULL && strcmp (range->from, range->to) > 0)
    {
      /* Translators: “--from 2026-05-01 is after --to 2026-04-01, …” */
      *status = golf_cli_usage_error (cli, _("%s %s is after %s %s, so no day is in between"),
                                      from_option, range->from, to_option, range->to);
      return FALSE;
    }

  return TRUE;
}

/* A session named twice is read once. */
static gboolean
named_before (char  **named,
              guint   i)
{
  for (guint j = 0; j < i; j++)
    if (strcmp (named[j], named[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Whether the sessions belong to more than one player. */
static gboolean
several_players (GolfCli *cli)
{
  GListModel *sessions = golf_store_get_sessions (cli->store);
  gint64 first = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);

      if (first == 0)
        first = golf_session_get_player_id (session);
      else if (golf_session_get_player_id (session) != first)
        return TRUE;
    }

  return FALSE;
}

/* The player whose sessions --player names. Without it, the sessions are
 * pooled when they are all one player's, and with several players the
 * user is asked whose, unless @named sessions were chosen one by one: one
 * student's numbers never take in another's shots. */
gboolean
_golf_cli_choose_player (GolfCli     *cli,
                         const char  *name,
                         char       **named,
                         GolfPlayer **player,
                         int         *status)
{
  g_autofree char *names = NULL;

  *player = NULL;
  if (name != NULL)
    return (*player = golf_cli_find_player (cli, name, status)) != NULL;

  if (named != NULL || !several_players (cli))
    return TRUE;

  names = golf_cli_dup_player_names (cli);
  *status = golf_cli_usage_error (cli, _("the database holds several players' sessions (%s); "
                                    "say whose with --player NAME"), names);
  return FALSE;
}

/* The sessions named with --session (each must exist, and be @player's
 * when one is given), or every session of @player (of anyone when %NULL),
 * keeping those whose date is in @range. Never NULL: none is an empty list. */
GStrv
_golf_cli_choose_sessions (GolfCli              *cli,
                           char                **named,
                           GolfPlayer           *player,
                           const GolfDateRange  *range,
                           int                  *status)
{
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  GListModel *sessions = golf_store_get_sessions (cli->store);
  gint64 player_id = player != NULL ? golf_player_get_id (player) : 0;

  if (named != NULL)
    {
      for (guint i = 0; named[i] != NULL; i++)
        {
          GolfSession *session = golf_cli_find_session (cli, named[i], status);

          if (session == NULL)
            return NULL;
          if (player_id != 0 && golf_session_get_player_id (session) != player_id)
            {
              *status = golf_cli_failf (_("Session %s is not %s's; “golf-lab-cli sessions --player \"%s\"” "
                                          "lists theirs"), named[i], golf_player_get_name (player),
                                        golf_player_get_name (player));
              return NULL;
            }
          if (golf_date_range_contains (range, golf_session_get_date (session)) &&
              !named_before (named, i))
            g_strv_builder_add (chosen, named[i]);
        }
      return g_strv_builder_end (chosen);
    }

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);

      if (golf_date_range_contains (range, golf_session_get_date (session)) &&
          (player_id == 0 || golf_session_get_player_id (session) == player_id))
        g_strv_builder_add (chosen, golf_session_get_id (session));
    }

  return g_strv_builder_end (chosen);
}

/* One session's shots in the order they were saved. */
GolfShotTable *
_golf_cli_read_session (GolfCli    *cli,
                        const char *session_id,
                        int        *status)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (golf_cli_find_session (cli, session_id, status) == NULL)
    return NULL;

  if ((list = golf_store_list_shots (cli->store, session_id, &error)) == NULL)
    {
      *status = golf_cli_fail (error);
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (shots, g_list_model_get_item (list, i));

  return golf_shot_table_new (shots);
}

static char *
join_clubs (const GolfShotTable *table)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint c = 0; c < golf_shot_table_get_n_clubs (table); c++)
    if (*golf_shot_table_get_club (table, c) != '\0')
      g_ptr_array_add (names, (gpointer)golf_shot_table_get_club (table, c));
  g_ptr_array_add (names, NULL);

  return names->len > 1 ? g_strjoinv (", ", (char **)names->pdata)
                       : g_strdup (C_("no clubs", "none"));
}

/* The club as the table names it; %NULL (with a message that names
 * @session_id, or "the sessions" when it is %NULL) when no shot has it. */
const char *
_golf_cli_find_club (GolfCli             *cli,
                     const GolfShotTable *table,
                     const char          *club,
                     const char          *session_id,
                     int                 *status)
{
  int index = golf_shot_table_find_club (table, club);
  g_autofree char *clubs = NULL;

  if (index >= 0)
    return golf_shot_table_get_club (table, index);

  clubs = join_clubs (table);
  if (session_id != NULL)
    *status = golf_cli_failf (_("Session %s has no shots with the club “%s”; the clubs: %s"),
                              session_id, club, clubs);
  else
    *status = golf_cli_failf (_("The sessions have no shots with the club “%s”; the clubs: %s"),
                              club, clubs);
  return NULL;
}

/* Writing numbers */

const char *
_golf_cli_date_of (GolfSession *session)
{
  const char *date = golf_session_get_date (session);

  return date != NULL ? date : _("no date");
}

static int
decimals_for (GolfUnit unit)
{
  return unit == GOLF_UNIT_NONE ? 3 : 1;
}

char *
_golf_cli_format_value (GolfCli  *cli,
                        GolfUnit  unit,
                        double    value)
{
  return golf_cli_format_number (golf_cli_display (cli, unit, value), decimals_for (unit),
                                 golf_cli_unit_suffix (cli, unit));
}

void
_golf_cli_print_units_note (GolfCli *cli)
{
  if (cli->imperial)
    g_print ("%s", _("Distances in yards (--units si for metres).\n"));
  else
    g_print ("%s", _("Distances in metres.\n"));
}

/* gapping [--player NAME] [--session ID …] [--from DATE] [--to DATE] */

static void
build_gapping_json (GolfCli     *cli,
                    JsonBuilder *builder,
                    GolfGapping *gapping)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "clubs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    {
      const GolfGappingClub *club = golf_gapping_get_club (gapping, i);

      json_builder_begin_object (builder);
      golf_json_add_string (builder, "club", club->club);
      golf_json_add_int (builder, "n", club->n);
      golf_json_add_int (builder, "set_aside", club->set_aside);
      golf_cli_add_value (cli, builder, "median_carry", GOLF_UNIT_DISTANCE, club->median_carry);
      golf_cli_add_value (cli, builder, "q1_carry", GOLF_UNIT_DISTANCE, club->q1_carry);
      golf_cli_add_value (cli, builder, "q3_carry", GOLF_UNIT_DISTANCE, club->q3_carry);
      golf_cli_add_value (cli, builder, "median_total", GOLF_UNIT_DISTANCE, club->median_total);
      golf_json_add_string (builder, "confidence", golf_confidence_get_name (club->confidence));
      golf_cli_add_value (cli, builder, "gap_to_next", GOLF_UNIT_DISTANCE, club->gap_to_next);
      golf_json_add_bool (builder, "overlap", club->overlap);
      golf_json_add_bool (builder, "wide_gap", club->wide_gap);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_gapping (GolfCli     *cli,
               GolfGapping *gapping,
               guint        n_sessions)
{
  /* Translators: KEPT and SET ASIDE count shots; MEDIAN, Q1, Q3 are of the
   * carry, TOTAL the median total, GAP the gap to the next club. */
  g_autoptr(GolfCliTable) table = golf_cli_table_new (NC_("column", "CLUB"), NC_("column", ">KEPT"),
                                                      NC_("column", ">SET ASIDE"), NC_("column", ">MEDIAN"),
                                                      NC_("column", ">Q1"), NC_("column", ">Q3"),
                                                      NC_("column", ">TOTAL"), NC_("column", ">GAP"),
                                                      NC_("column", "CONFIDENCE"), NC_("column", "NOTE"),
                                                      NULL);

  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    {
      const GolfGappingClub *club = golf_gapping_get_club (gapping, i);

      golf_cli_table_add (table, club->club);
      golf_cli_table_add_count (table, club->n);
      golf_cli_table_add_count (table, club->set_aside);
      golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, club->median_carry, 1);
      golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, club->q1_carry, 1);
      golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, club->q3_carry, 1);
      golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, club->median_total, 1);
      golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, club->gap_to_next, 1);
      golf_cli_table_add (table, golf_confidence_get_label (club->confidence));
      golf_cli_table_add (table, club->overlap ? C_("gapping", "overlap")
                                 : club->wide_gap ? C_("gapping", "wide gap") : NULL);
    }

  golf_cli_table_print (table);
  g_print (ngettext ("%u session. Median carry of the kept shots with its quartiles, the median total,\n"
                     "and the gap to the next club, longest first. ",
                     "%u sessions. Median carry of the kept shots with its quartiles, the median total,\n"
                     "and the gap to the next club, longest first. ", n_sessions), n_sessions);
  _golf_cli_print_units_note (cli);
}

static int
cmd_gapping (GolfCli  *cli,
             int       argc,
             char    **argv)
{
  g_auto(GStrv) named = NULL;
  g_auto(GStrv) session_ids = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *player_name = NULL;
  const GOptionEntry entries[] = {
    { "player", 0, 0, G_OPTION_ARG_STRING, &player_name,
      N_("Only this player's sessions (needed when there are several players)"), "NAME" },
    { "session", 0, 0, G_OPTION_ARG_STRING_ARRAY, &named,
      N_("A session to pool (repeat for more; every session by default)"), "ID" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only sessions on or after this day"), "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only sessions on or before this day"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfGapping) gapping = NULL;
  g_autoptr(GError) error = NULL;
  GolfPlayer *player;
  GolfDateRange range;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("gapping takes no session as an argument; name each with --session ID"));

  range = (GolfDateRange) { from, to };
  if (!_golf_cli_check_range (cli, &range, "--from", "--to", &status) ||
      !_golf_cli_choose_player (cli, player_name, named, &player, &status) ||
      (session_ids = _golf_cli_choose_sessions (cli, named, player, &range, &status)) == NULL)
    return status;

  if ((table = golf_shot_table_read_carries (cli->store, (const char * const *)session_ids, &error)) == NULL)
    return golf_cli_fail (error);
  gapping = golf_gapping_compute (table);

  if (cli->json)
    {
      build_gapping_json (cli, builder, gapping);
      golf_cli_print_json (builder);
    }
  else
    print_gapping (cli, gapping, g_strv_length (session_ids));

  return EXIT_SUCCESS;
}

/* dispersion SESSION [--club NAME] */

static void
add_area (GolfCli     *cli,
          JsonBuilder *builder,
          const char  *name,
          double       value)
{
  /* m² to yd²: the distance factor twice. */
  golf_cli_add_value (cli, builder, name, GOLF_UNIT_DISTANCE, golf_cli_display (cli, GOLF_UNIT_DISTANCE, value));
}

static void
build_dispersion_club_json (GolfCli                  *cli,
                            JsonBuilder              *builder,
                            const GolfDispersionClub *club)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "club", club->club);
  golf_json_add_int (builder, "n", club->n);
  golf_cli_add_value (cli, builder, "mean_carry", GOLF_UNIT_DISTANCE, club->mean_carry);
  golf_cli_add_value (cli, builder, "mean_lateral", GOLF_UNIT_DISTANCE, club->mean_lateral);
  add_area (cli, builder, "cov_cc", club->cov_cc);
  add_area (cli, builder, "cov_cl", club->cov_cl);
  add_area (cli, builder, "cov_ll", club->cov_ll);
  golf_cli_add_value (cli, builder, "ellipse_major", GOLF_UNIT_DISTANCE, club->ellipse_major);
  golf_cli_add_value (cli, builder, "ellipse_minor", GOLF_UNIT_DISTANCE, club->ellipse_minor);
  golf_json_add_number (builder, "ellipse_angle", club->ellipse_angle);
  golf_cli_add_value (cli, builder, "p50_radius", GOLF_UNIT_DISTANCE, club->p50_radius);
  golf_cli_add_value (cli, builder, "p90_radius", GOLF_UNIT_DISTANCE, club->p90_radius);
  golf_cli_add_value (cli, builder, "lateral_spread", GOLF_UNIT_DISTANCE, club->lateral_spread);
  golf_cli_add_value (cli, builder, "carry_spread", GOLF_UNIT_DISTANCE, club->carry_spread);
  golf_json_add_bool (builder, "stable", club->stable);
  json_builder_end_object (builder);
}

static void
add_dispersion_row (GolfCli                  *cli,
                    GolfCliTable             *table,
                    const GolfDispersionClub *club)
{
  const double distances[] = {
    club->mean_carry, club->mean_lateral, club->carry_spread, club->lateral_spread,
    club->ellipse_major, club->ellipse_minor,
  };

  golf_cli_table_add (table, club->club);
  golf_cli_table_add_count (table, club->n);
  for (guint i = 0; i < G_N_ELEMENTS (distances); i++)
    golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, distances[i], 1);
  golf_cli_table_take (table, golf_cli_format_number (club->ellipse_angle, 1, "°"));
  golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, club->p50_radius, 1);
  golf_cli_table_add_value (cli, table, GOLF_UNIT_DISTANCE, club->p90_radius, 1);
  golf_cli_table_add (table, club->n < GOLF_DISPERSION_MIN_SHOTS ? C_("dispersion axes", "too few shots")
                             : club->stable ? C_("dispersion axes", "stable")
                             : C_("dispersion axes", "few shots"));
}

static int
cmd_dispersion (GolfCli  *cli,
                int       argc,
                char    **argv)
{
  g_autofree char *club_name = NULL;
  const GOptionEntry entries[] = {
    { "club", 0, 0, G_OPTION_ARG_STRING, &club_name, N_("Only this club (\"7 Iron\", \"PW\")"), "NAME" },
    { NULL }
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfCliTable) table = NULL;
  g_autoptr(GolfShotTable) shots = NULL;
  g_autoptr(GolfDispersion) dispersion = NULL;
  const char *club = NULL;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("dispersion needs one session id"));
  if ((shots = _golf_cli_read_session (cli, argv[1], &status)) == NULL)
    return status;

  if (club_name != NULL && (club = _golf_cli_find_club (cli, shots, club_name, argv[1], &status)) == NULL)
    return status;

  dispersion = golf_dispersion_compute (shots);
  /* Translators: N counts the shots; MAJOR and MINOR are the ellipse's
   * half axes, ANGLE its tilt, P50 and P90 radii; AXES says whether they
   * can be trusted. The text under the table names them again. */
  table = golf_cli_table_new (NC_("column", "CLUB"), NC_("column", ">N"), NC_("column", ">CARRY"),
                              NC_("column", ">LATERAL"), NC_("column", ">CARRY SD"), NC_("column", ">LAT SD"),
                              NC_("column", ">MAJOR"), NC_("column", ">MINOR"), NC_("column", ">ANGLE"),
                              NC_("column", ">P50"), NC_("column", ">P90"), NC_("column", "AXES"), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "clubs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < golf_dispersion_get_n_clubs (dispersion); i++)
    {
      const GolfDispersionClub *entry = golf_dispersion_get_club (dispersion, i);

      if (club != NULL && strcmp (entry->club, club) != 0)
        continue;
      build_dispersion_club_json (cli, builder, entry);
      add_dispersion_row (cli, table, entry);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (cli->json)
    {
      golf_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  golf_cli_table_print (table);
  /* Translators: name the columns as the table's headers are translated. */
  /* xgettext:no-c-format */
  g_print ("%s", _("Means and spreads (sd) of where the kept shots land; lateral: negative is left.\n"
                   "MAJOR and MINOR are the half axes of the ellipse holding 95% of the shots, ANGLE\n"
                   "its tilt from the target line (positive toward the right); P50 and P90 the radius\n"
                   "around the mean holding half and 90% of the shots. "));
  _golf_cli_print_units_note (cli);

  return EXIT_SUCCESS;
}

/* shapes SESSION [--left-handed] */

static void
build_shapes_json (JsonBuilder          *builder,
                   const GolfShotShapes *shapes)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "clubs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < golf_shot_shapes_get_n_clubs (shapes); i++)
    {
      const GolfShapeClub *club = golf_shot_shapes_get_club (shapes, i);

      json_builder_begin_object (builder);
      golf_json_add_string (builder, "club", club->club);
      golf_json_add_int (builder, "n", club->n);
      json_builder_set_member_name (builder, "shares");
      json_builder_begin_object (builder);
      for (guint s = 0; s < GOLF_N_STARTS; s++)
        for (guint c = 0; c < GOLF_N_CURVES; c++)
          if (club->counts[s][c] > 0)
            golf_json_add_number (builder, golf_shot_shape_get_name (s, c),
                                  golf_shape_club_get_share (club, s, c));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "shots");
  json_builder_begin_array (builder);
  for (guint i = 0; i < golf_shot_shapes_get_n (shapes); i++)
    {
      const GolfShapedShot *shot = golf_shot_shapes_get_shot (shapes, i);

      json_builder_begin_object (builder);
      golf_json_add_string (builder, "id", shot->id);
      golf_json_add_string (builder, "club", *shot->club ? shot->club : NULL);
      golf_json_add_string (builder, "start", golf_start_line_get_name (shot->start));
      golf_json_add_string (builder, "curve", golf_curve_get_name (shot->curve));
      golf_json_add_string (builder, "shape", golf_shot_shape_get_name (shot->start, shot->curve));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* "push fade 50%, straight 25%", most common first. */
static char *
describe_shares (const GolfShapeClub *club)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean used[GOLF_N_STARTS][GOLF_N_CURVES] = { { FALSE } };

  for (;;)
    {
      guint best_s = 0, best_c = 0, best = 0;

      for (guint s = 0; s < GOLF_N_STARTS; s++)
        for (guint c = 0; c < GOLF_N_CURVES; c++)
          if (!used[s][c] && club->counts[s][c] > best)
            {
              best = club->counts[s][c];
              best_s = s;
              best_c = c;
            }

      if (best == 0)
        break;
      used[best_s][best_c] = TRUE;
      g_string_append_printf (text, "%s%s %.0f%%", text->len > 0 ? ", " : "",
                              golf_shot_shape_get_name (best_s, best_c), 100.0 * best / club->n);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
print_shapes (const GolfShotShapes *shapes)
{
  g_autoptr(GolfCliTable) clubs = golf_cli_table_new (NC_("column", "CLUB"), NC_("column", ">N"),
                                                      NC_("column", "SHAPES"), NULL);
  g_autoptr(GolfCliTable) shots = golf_cli_table_new (NC_("column", "SHOT"), NC_("column", "CLUB"),
                                                      NC_("column", "START"), NC_("column", "CURVE"),
                                                      NC_("column", "SHAPE"), NULL);
  gboolean left = golf_shot_shapes_get_hand (shapes) == GOLF_HAND_LEFT;

  for (guint i = 0; i < golf_shot_shapes_get_n_clubs (shapes); i++)
    {
      const GolfShapeClub *club = golf_shot_shapes_get_club (shapes, i);

      golf_cli_table_add (clubs, club->club);
      golf_cli_table_add_count (clubs, club->n);
      golf_cli_table_take (clubs, describe_shares (club));
    }

  for (guint i = 0; i < golf_shot_shapes_get_n (shapes); i++)
    {
      const GolfShapedShot *shot = golf_shot_shapes_get_shot (shapes, i);

      golf_cli_table_add (shots, shot->id);
      golf_cli_table_add (shots, shot->club);
      golf_cli_table_add (shots, golf_start_line_get_name (shot->start));
      golf_cli_table_add (shots, golf_curve_get_name (shot->curve));
      golf_cli_table_add (shots, golf_shot_shape_get_name (shot->start, shot->curve));
    }

  golf_cli_table_print (clubs);
  g_print ("\n");
  golf_cli_table_print (shots);
  if (left)
    g_print ("%s", _("Shapes from face angle (start) and face-to-path (curve), named for a left-handed\n"
                     "golfer; shots without face angle or club path have none.\n"));
  else
    g_print ("%s", _("Shapes from face angle (start) and face-to-path (curve), named for a right-handed\n"
                     "golfer; shots without face angle or club path have none.\n"));
}

/* The golfer's hand: --left-handed, else the session's player's setting. */
static GolfHand
session_hand (GolfCli    *cli,
              const char *session_id,
              gboolean    left_handed)
{
  GolfSession *session = golf_store_find_session (cli->store, session_id);
  GolfPlayer *player = session ? golf_store_find_player_by_id (cli->store, golf_session_get_player_id (session))
                               : NULL;

  if (left_handed)
    return GOLF_HAND_LEFT;

  return player != NULL ? golf_player_get_hand (player) : GOLF_HAND_RIGHT;
}

static int
cmd_shapes (GolfCli  *cli,
            int       argc,
            char    **argv)
{
  gboolean left_handed = FALSE;
  const GOptionEntry entries[] = {
    { "left-handed", 0, 0, G_OPTION_ARG_NONE, &left_handed,
      N_("Name the shapes for a left-handed golfer (default: the player's hand, else right)"), NULL },
    { NULL }
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfShotTable) shots = NULL;
  g_autoptr(GolfShotShapes) shapes = NULL;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("shapes needs one session id"));
  if ((shots = _golf_cli_read_session (cli, argv[1], &status)) == NULL)
    return status;

  shapes = golf_shot_shapes_compute (shots, session_hand (cli, argv[1], left_handed));

  if (cli->json)
    {
      build_shapes_json (builder, shapes);
      golf_cli_print_json (builder);
    }
  else
    print_shapes (shapes);

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_analysis_commands[] = {
  { "gapping", "[--player NAME] [--session ID …] [--from DATE] [--to DATE]",
    N_("True distance per club and the gaps between clubs"), ANALYSIS_FLAGS, cmd_gapping },
  { "dispersion", "SESSION [--club NAME]",
    /* xgettext:no-c-format */
    N_("Where each club's shots land: spreads and the 95% ellipse"), ANALYSIS_FLAGS, cmd_dispersion },
  { "shapes", "SESSION [--left-handed]",
    N_("Each shot's shape (push fade, straight draw …) and the shares per club"), ANALYSIS_FLAGS, cmd_shapes },
  { "trend", "METRIC [--player NAME] [--club NAME] [--from DATE] [--to DATE] [--first FROM..TO --second FROM..TO]",
    N_("A metric (carry, smash, face_to_path …) session by session: slope and change"), ANALYSIS_FLAGS,
    _golf_cli_cmd_trend },
  { "compare", "SESSION_A SESSION_B",
    N_("Two sessions side by side, better or worse"), ANALYSIS_FLAGS, _golf_cli_cmd_compare },
  { "score", "SESSION",
    N_("A 0–100 session score and the parts it comes from"), ANALYSIS_FLAGS, _golf_cli_cmd_score },
  { NULL }
};
