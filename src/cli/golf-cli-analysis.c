/* golf-cli-analysis.c: gapping, dispersion, shot shapes, trends, compare, score
 *
 * Every command reads the shots, hands them to the analytics library and
 * prints its result: values are computed in SI and converted only here,
 * JSON keys are the same in both unit systems, and a missing value is null
 * in JSON and an em dash in text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <math.h>
#include <string.h>

#include "golf-cli-analysis.h"
#include "golf-cli-util.h"
#include "golf-comparison.h"
#include "golf-date-range.h"
#include "golf-dispersion.h"
#include "golf-gapping.h"
#include "golf-session-score.h"
#include "golf-shot-shapes.h"
#include "golf-trend.h"

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

  *status = golf_cli_usage_error (cli, "%s takes a day as YYYY-MM-DD, like 2026-04-02, not “%s”",
                                  option, value);
  return FALSE;
}

static gboolean
check_range (GolfCli             *cli,
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
      *status = golf_cli_usage_error (cli, "%s %s is after %s %s, so no day is in between",
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

/* The sessions named with --session (each must exist), or every session,
 * keeping those whose date is in @range. Never NULL: none is an empty list. */
static GStrv
choose_sessions (GolfCli              *cli,
                 char                **named,
                 const GolfDateRange  *range,
                 int                  *status)
{
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  GListModel *sessions = golf_store_get_sessions (cli->store);

  if (named != NULL)
    {
      for (guint i = 0; named[i] != NULL; i++)
        {
          GolfSession *session = golf_cli_find_session (cli, named[i], status);

          if (session == NULL)
            return NULL;
          if (golf_date_range_contains (range, golf_session_get_date (session)) &&
              !named_before (named, i))
            g_strv_builder_add (chosen, named[i]);
        }
      return g_strv_builder_end (chosen);
    }

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);

      if (golf_date_range_contains (range, golf_session_get_date (session)))
        g_strv_builder_add (chosen, golf_session_get_id (session));
    }

  return g_strv_builder_end (chosen);
}

/* One session's shots in the order they were saved. */
static GolfShotTable *
read_session (GolfCli    *cli,
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

  return names->len > 1 ? g_strjoinv (", ", (char **)names->pdata) : g_strdup ("none");
}

/* The club as the table names it; %NULL (with a message) when no shot has it. */
static const char *
find_club (GolfCli             *cli,
           const GolfShotTable *table,
           const char          *club,
           const char          *where,
           int                 *status)
{
  int index = golf_shot_table_find_club (table, club);
  g_autofree char *clubs = NULL;

  if (index >= 0)
    return golf_shot_table_get_club (table, index);

  clubs = join_clubs (table);
  *status = golf_cli_failf ("%s has no shots with the club “%s”; its clubs: %s", where, club, clubs);
  return NULL;
}

/* Writing numbers */

static const char *
date_of (GolfSession *session)
{
  const char *date = golf_session_get_date (session);

  return date != NULL ? date : "no date";
}

static void
add_value (GolfCli     *cli,
           JsonBuilder *builder,
           const char  *name,
           GolfUnit     unit,
           double       value)
{
  golf_json_add_number (builder, name, golf_cli_display (cli, unit, value));
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_cell (GolfCli      *cli,
          GolfCliTable *table,
          GolfUnit      unit,
          double        value,
          int           decimals)
{
  golf_cli_table_add_number (table, golf_cli_display (cli, unit, value), decimals);
}

static void
take_count (GolfCliTable *table,
            guint         n)
{
  golf_cli_table_take (table, g_strdup_printf ("%u", n));
}

static int
decimals_for (GolfUnit unit)
{
  return unit == GOLF_UNIT_NONE ? 3 : 1;
}

static char *
format_value (GolfCli  *cli,
              GolfUnit  unit,
              double    value)
{
  return golf_cli_format_number (golf_cli_display (cli, unit, value), decimals_for (unit),
                                 golf_cli_unit_suffix (cli, unit));
}

static void
print_units_note (GolfCli    *cli,
                  const char *what)
{
  g_print ("%s in %s%s.\n", what, cli->imperial ? "yards" : "metres",
           cli->imperial ? " (--units si for metres)" : "");
}

/* gapping [--session ID …] [--from DATE] [--to DATE] */

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
      add_int (builder, "n", club->n);
      add_int (builder, "set_aside", club->set_aside);
      add_value (cli, builder, "median_carry", GOLF_UNIT_DISTANCE, club->median_carry);
      add_value (cli, builder, "q1_carry", GOLF_UNIT_DISTANCE, club->q1_carry);
      add_value (cli, builder, "q3_carry", GOLF_UNIT_DISTANCE, club->q3_carry);
      add_value (cli, builder, "median_total", GOLF_UNIT_DISTANCE, club->median_total);
      golf_json_add_string (builder, "confidence", golf_confidence_get_name (club->confidence));
      add_value (cli, builder, "gap_to_next", GOLF_UNIT_DISTANCE, club->gap_to_next);
      add_bool (builder, "overlap", club->overlap);
      add_bool (builder, "wide_gap", club->wide_gap);
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
  g_autoptr(GolfCliTable) table = golf_cli_table_new ("CLUB", ">KEPT", ">SET ASIDE", ">MEDIAN",
                                                      ">Q1", ">Q3", ">TOTAL", ">GAP",
                                                      "CONFIDENCE", "NOTE", NULL);

  for (guint i = 0; i < golf_gapping_get_n_clubs (gapping); i++)
    {
      const GolfGappingClub *club = golf_gapping_get_club (gapping, i);

      golf_cli_table_add (table, club->club);
      take_count (table, club->n);
      take_count (table, club->set_aside);
      add_cell (cli, table, GOLF_UNIT_DISTANCE, club->median_carry, 1);
      add_cell (cli, table, GOLF_UNIT_DISTANCE, club->q1_carry, 1);
      add_cell (cli, table, GOLF_UNIT_DISTANCE, club->q3_carry, 1);
      add_cell (cli, table, GOLF_UNIT_DISTANCE, club->median_total, 1);
      add_cell (cli, table, GOLF_UNIT_DISTANCE, club->gap_to_next, 1);
      golf_cli_table_add (table, golf_confidence_get_name (club->confidence));
      golf_cli_table_add (table, club->overlap ? "overlap" : club->wide_gap ? "wide gap" : NULL);
    }

  golf_cli_table_print (table);
  g_print ("%u session%s. Median carry of the kept shots with its quartiles, the median total,\n"
           "and the gap to the next club, longest first. ", n_sessions, n_sessions == 1 ? "" : "s");
  print_units_note (cli, "Distances");
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
  const GOptionEntry entries[] = {
    { "session", 0, 0, G_OPTION_ARG_STRING_ARRAY, &named,
      "A session to pool (repeat for more; every session by default)", "ID" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "Only sessions on or after this day", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Only sessions on or before this day", "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfGapping) gapping = NULL;
  g_autoptr(GError) error = NULL;
  GolfDateRange range;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, "gapping takes no session as an argument; name each with --session ID");

  range = (GolfDateRange) { from, to };
  if (!check_range (cli, &range, "--from", "--to", &status) ||
      (session_ids = choose_sessions (cli, named, &range, &status)) == NULL)
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
  add_value (cli, builder, name, GOLF_UNIT_DISTANCE, golf_cli_display (cli, GOLF_UNIT_DISTANCE, value));
}

static void
build_dispersion_club_json (GolfCli                  *cli,
                            JsonBuilder              *builder,
                            const GolfDispersionClub *club)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "club", club->club);
  add_int (builder, "n", club->n);
  add_value (cli, builder, "mean_carry", GOLF_UNIT_DISTANCE, club->mean_carry);
  add_value (cli, builder, "mean_lateral", GOLF_UNIT_DISTANCE, club->mean_lateral);
  add_area (cli, builder, "cov_cc", club->cov_cc);
  add_area (cli, builder, "cov_cl", club->cov_cl);
  add_area (cli, builder, "cov_ll", club->cov_ll);
  add_value (cli, builder, "ellipse_major", GOLF_UNIT_DISTANCE, club->ellipse_major);
  add_value (cli, builder, "ellipse_minor", GOLF_UNIT_DISTANCE, club->ellipse_minor);
  golf_json_add_number (builder, "ellipse_angle", club->ellipse_angle);
  add_value (cli, builder, "p50_radius", GOLF_UNIT_DISTANCE, club->p50_radius);
  add_value (cli, builder, "p90_radius", GOLF_UNIT_DISTANCE, club->p90_radius);
  add_value (cli, builder, "lateral_spread", GOLF_UNIT_DISTANCE, club->lateral_spread);
  add_value (cli, builder, "carry_spread", GOLF_UNIT_DISTANCE, club->carry_spread);
  add_bool (builder, "stable", club->stable);
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
  take_count (table, club->n);
  for (guint i = 0; i < G_N_ELEMENTS (distances); i++)
    add_cell (cli, table, GOLF_UNIT_DISTANCE, distances[i], 1);
  golf_cli_table_take (table, golf_cli_format_number (club->ellipse_angle, 1, "°"));
  add_cell (cli, table, GOLF_UNIT_DISTANCE, club->p50_radius, 1);
  add_cell (cli, table, GOLF_UNIT_DISTANCE, club->p90_radius, 1);
  golf_cli_table_add (table, club->n < GOLF_DISPERSION_MIN_SHOTS ? "too few shots"
                             : club->stable ? "stable" : "few shots");
}

static int
cmd_dispersion (GolfCli  *cli,
                int       argc,
                char    **argv)
{
  g_autofree char *club_name = NULL;
  const GOptionEntry entries[] = {
    { "club", 0, 0, G_OPTION_ARG_STRING, &club_name, "Only this club (\"7 Iron\", \"PW\")", "NAME" },
    { NULL }
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfCliTable) table = NULL;
  g_autoptr(GolfShotTable) shots = NULL;
  g_autoptr(GolfDispersion) dispersion = NULL;
  g_autofree char *where = NULL;
  const char *club = NULL;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, "dispersion needs one session id");
  if ((shots = read_session (cli, argv[1], &status)) == NULL)
    return status;

  where = g_strdup_printf ("Session %s", argv[1]);
  if (club_name != NULL && (club = find_club (cli, shots, club_name, where, &status)) == NULL)
    return status;

  dispersion = golf_dispersion_compute (shots);
  table = golf_cli_table_new ("CLUB", ">N", ">CARRY", ">LATERAL", ">CARRY SD", ">LAT SD",
                              ">MAJOR", ">MINOR", ">ANGLE", ">P50", ">P90", "AXES", NULL);

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
  g_print ("Means and spreads (sd) of where the kept shots land; lateral: negative is left.\n"
           "MAJOR and MINOR are the half axes of the ellipse holding 95%% of the shots, ANGLE\n"
           "its tilt from the target line (positive toward the right); P50 and P90 the radius\n"
           "around the mean holding half and 90%% of the shots. ");
  print_units_note (cli, "Distances");

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
      add_int (builder, "n", club->n);
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
  g_autoptr(GolfCliTable) clubs = golf_cli_table_new ("CLUB", ">N", "SHAPES", NULL);
  g_autoptr(GolfCliTable) shots = golf_cli_table_new ("SHOT", "CLUB", "START", "CURVE", "SHAPE", NULL);
  gboolean left = golf_shot_shapes_get_hand (shapes) == GOLF_HAND_LEFT;

  for (guint i = 0; i < golf_shot_shapes_get_n_clubs (shapes); i++)
    {
      const GolfShapeClub *club = golf_shot_shapes_get_club (shapes, i);

      golf_cli_table_add (clubs, club->club);
      take_count (clubs, club->n);
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
  g_print ("Shapes from face angle (start) and face-to-path (curve), named for a %s-handed\n"
           "golfer; shots without face angle or club path have none.\n", left ? "left" : "right");
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
      "Name the shapes for a left-handed golfer (default: the player's hand, else right)", NULL },
    { NULL }
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfShotTable) shots = NULL;
  g_autoptr(GolfShotShapes) shapes = NULL;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, "shapes needs one session id");
  if ((shots = read_session (cli, argv[1], &status)) == NULL)
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

/* trend METRIC [--club NAME] [--from DATE] [--to DATE] */

/* FROM..TO into @range; the strings are kept in @owned. */
static gboolean
parse_range_option (GolfCli       *cli,
                    const char    *option,
                    const char    *value,
                    GolfDateRange *range,
                    GPtrArray     *owned,
                    int           *status)
{
  g_auto(GStrv) ends = NULL;
  g_autofree char *from_option = g_strdup_printf ("%s (its start)", option);
  g_autofree char *to_option = g_strdup_printf ("%s (its end)", option);

  if (value == NULL)
    return TRUE;

  ends = g_strsplit (value, "..", 2);
  if (g_strv_length (ends) != 2)
    {
      *status = golf_cli_usage_error (cli, "%s takes FROM..TO, like 2026-01-01..2026-01-31 "
                                      "(either end may be left out), not “%s”", option, value);
      return FALSE;
    }

  g_ptr_array_add (owned, g_steal_pointer (&ends[0]));
  g_ptr_array_add (owned, g_steal_pointer (&ends[1]));
  range->from = *(char *)owned->pdata[owned->len - 2] != '\0' ? owned->pdata[owned->len - 2] : NULL;
  range->to = *(char *)owned->pdata[owned->len - 1] != '\0' ? owned->pdata[owned->len - 1] : NULL;

  return check_range (cli, range, from_option, to_option, status);
}

static void
add_trend_group (GolfCli        *cli,
                 JsonBuilder    *builder,
                 const char     *name,
                 const GolfTrend *trend,
                 guint           which)
{
  const GolfTrendGroup *group = golf_trend_get_group (trend, which);
  GolfUnit unit = golf_shot_metric_get_unit (golf_trend_get_metric (trend));

  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  add_int (builder, "n", group->n);
  add_value (cli, builder, "mean", unit, group->mean);
  add_value (cli, builder, "std", unit, group->std);
  json_builder_end_object (builder);
}

static void
build_trend_json (GolfCli         *cli,
                  JsonBuilder     *builder,
                  const GolfTrend *trend)
{
  GolfShotMetric metric = golf_trend_get_metric (trend);
  GolfUnit unit = golf_shot_metric_get_unit (metric);

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "metric", golf_shot_metric_get_name (metric));
  golf_json_add_string (builder, "club", golf_trend_get_club (trend));
  add_int (builder, "n", golf_trend_get_n (trend));
  add_value (cli, builder, "slope_per_30_days", unit, golf_trend_get_slope_per_30_days (trend));
  golf_json_add_number (builder, "effect_size", golf_trend_get_effect_size (trend));
  golf_json_add_string (builder, "effect", golf_effect_get_name (golf_trend_get_effect (trend)));
  add_trend_group (cli, builder, "first", trend, 0);
  add_trend_group (cli, builder, "second", trend, 1);

  json_builder_set_member_name (builder, "points");
  json_builder_begin_array (builder);
  for (guint i = 0; i < golf_trend_get_n (trend); i++)
    {
      const GolfTrendPoint *point = golf_trend_get_point (trend, i);

      json_builder_begin_object (builder);
      golf_json_add_string (builder, "session", point->session_id);
      golf_json_add_string (builder, "date", point->date);
      add_int (builder, "n", point->n);
      add_value (cli, builder, "value", unit, point->value);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_trend (GolfCli         *cli,
             const GolfTrend *trend)
{
  GolfShotMetric metric = golf_trend_get_metric (trend);
  GolfUnit unit = golf_shot_metric_get_unit (metric);
  const GolfTrendGroup *first = golf_trend_get_group (trend, 0);
  const GolfTrendGroup *second = golf_trend_get_group (trend, 1);
  const char *effect = golf_effect_get_name (golf_trend_get_effect (trend));
  g_autoptr(GolfCliTable) table = golf_cli_table_new ("DATE", "SESSION", ">SHOTS", ">MEDIAN", NULL);
  g_autofree char *slope = format_value (cli, unit, golf_trend_get_slope_per_30_days (trend));
  g_autofree char *d = golf_cli_format_number (golf_trend_get_effect_size (trend), 2, NULL);
  g_autofree char *mean_1 = format_value (cli, unit, first->mean);
  g_autofree char *mean_2 = format_value (cli, unit, second->mean);

  for (guint i = 0; i < golf_trend_get_n (trend); i++)
    {
      const GolfTrendPoint *point = golf_trend_get_point (trend, i);

      golf_cli_table_add (table, point->date);
      golf_cli_table_add (table, point->session_id);
      take_count (table, point->n);
      golf_cli_table_take (table, format_value (cli, unit, point->value));
    }

  golf_cli_table_print (table);
  g_print ("%s of %s over %u session%s, each the median of its kept shots.\n",
           golf_shot_metric_get_name (metric),
           golf_trend_get_club (trend) ? golf_trend_get_club (trend) : "every club",
           golf_trend_get_n (trend), golf_trend_get_n (trend) == 1 ? "" : "s");
  g_print ("Slope: %s per 30 days\n", slope);
  g_print ("Effect size (Cohen's d): %s, %s\n", d, effect ? effect : "too few sessions to tell");
  g_print ("  %s: %u session%s, mean %s\n  %s: %u session%s, mean %s\n",
           golf_trend_get_uses_ranges (trend) ? "first range" : "first half",
           first->n, first->n == 1 ? "" : "s", mean_1,
           golf_trend_get_uses_ranges (trend) ? "second range" : "second half",
           second->n, second->n == 1 ? "" : "s", mean_2);
}

static int
unknown_metric (GolfCli    *cli,
                const char *name)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;
  const char *suggestion;

  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    g_ptr_array_add (names, (gpointer)golf_shot_metric_get_name (m));
  g_ptr_array_add (names, NULL);

  list = g_strjoinv (", ", (char **)names->pdata);
  suggestion = golf_cli_suggest (name, (const char * const *)names->pdata);
  if (suggestion != NULL)
    return golf_cli_usage_error (cli, "there is no metric “%s”; did you mean “%s”? The metrics: %s",
                                 name, suggestion, list);

  return golf_cli_usage_error (cli, "there is no metric “%s”; the metrics: %s", name, list);
}

static int
cmd_trend (GolfCli  *cli,
           int       argc,
           char    **argv)
{
  g_autofree char *club = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  const GOptionEntry entries[] = {
    { "club", 0, 0, G_OPTION_ARG_STRING, &club, "Only this club (every club by default)", "NAME" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "Only sessions on or after this day", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Only sessions on or before this day", "YYYY-MM-DD" },
    { "first", 0, 0, G_OPTION_ARG_STRING, &first_text,
      "Effect size between two date ranges: the first (default: the halves)", "FROM..TO" },
    { "second", 0, 0, G_OPTION_ARG_STRING, &second_text, "… and the second", "FROM..TO" },
    { NULL }
  };
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  GolfDateRange range, first = { NULL, NULL }, second = { NULL, NULL };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfTrend) trend = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) session_ids = NULL;
  GolfShotMetric metric;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, "trend needs one metric, like carry or face_to_path");
  if (!golf_shot_metric_from_name (argv[1], &metric))
    return unknown_metric (cli, argv[1]);
  if ((first_text == NULL) != (second_text == NULL))
    return golf_cli_usage_error (cli, "--first and --second go together: two date ranges to compare");

  range = (GolfDateRange) { from, to };
  if (!check_range (cli, &range, "--from", "--to", &status) ||
      !parse_range_option (cli, "--first", first_text, &first, owned, &status) ||
      !parse_range_option (cli, "--second", second_text, &second, owned, &status) ||
      (session_ids = choose_sessions (cli, NULL, &range, &status)) == NULL)
    return status;

  if ((table = golf_shot_table_read (cli->store, (const char * const *)session_ids, &error)) == NULL)
    return golf_cli_fail (error);

  trend = golf_trend_compute (table, golf_store_get_sessions (cli->store), metric, club,
                              first_text ? &first : NULL, second_text ? &second : NULL);

  if (cli->json)
    {
      build_trend_json (cli, builder, trend);
      golf_cli_print_json (builder);
    }
  else
    print_trend (cli, trend);

  return EXIT_SUCCESS;
}

/* compare SESSION_A SESSION_B */

static void
build_session_json (JsonBuilder          *builder,
                    const char           *name,
                    GolfSession          *session,
                    const GolfComparison *comparison,
                    guint                 which)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "id", golf_session_get_id (session));
  golf_json_add_string (builder, "date", golf_session_get_date (session));
  add_int (builder, "n", golf_comparison_get_n (comparison, which));
  json_builder_end_object (builder);
}

static void
build_compared_json (GolfCli                 *cli,
                     JsonBuilder             *builder,
                     const GolfComparedValue *value,
                     gboolean                 club)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, club ? "club" : "metric", value->name);
  if (club)
    {
      add_int (builder, "n_a", value->n_a);
      add_int (builder, "n_b", value->n_b);
    }
  add_value (cli, builder, club ? "median_carry_a" : "a", value->unit, value->a);
  add_value (cli, builder, club ? "median_carry_b" : "b", value->unit, value->b);
  add_value (cli, builder, "difference", value->unit, value->difference);
  golf_json_add_string (builder, "direction", golf_direction_get_name (value->direction));
  json_builder_end_object (builder);
}

static void
build_comparison_json (GolfCli              *cli,
                       JsonBuilder          *builder,
                       GolfSession          *sessions[2],
                       const GolfComparison *comparison)
{
  json_builder_begin_object (builder);
  build_session_json (builder, "session_a", sessions[0], comparison, 0);
  build_session_json (builder, "session_b", sessions[1], comparison, 1);

  json_builder_set_member_name (builder, "metrics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < golf_comparison_get_n_metrics (comparison); i++)
    build_compared_json (cli, builder, golf_comparison_get_metric (comparison, i), FALSE);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "clubs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < golf_comparison_get_n_clubs (comparison); i++)
    build_compared_json (cli, builder, golf_comparison_get_club (comparison, i), TRUE);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_compared_row (GolfCli                 *cli,
                  GolfCliTable            *table,
                  const GolfComparedValue *value)
{
  golf_cli_table_add (table, value->name);
  golf_cli_table_take (table, format_value (cli, value->unit, value->a));
  golf_cli_table_take (table, format_value (cli, value->unit, value->b));
  golf_cli_table_take (table, format_value (cli, value->unit, value->difference));
  golf_cli_table_add (table, golf_direction_get_name (value->direction));
}

static void
print_comparison (GolfCli              *cli,
                  GolfSession          *sessions[2],
                  const GolfComparison *comparison)
{
  g_autoptr(GolfCliTable) metrics = golf_cli_table_new ("METRIC", ">A", ">B", ">B − A", "FOR B", NULL);
  g_autoptr(GolfCliTable) clubs = golf_cli_table_new ("MEDIAN CARRY", ">A", ">B", ">B − A", "FOR B", NULL);

  for (guint i = 0; i < golf_comparison_get_n_metrics (comparison); i++)
    add_compared_row (cli, metrics, golf_comparison_get_metric (comparison, i));
  for (guint i = 0; i < golf_comparison_get_n_clubs (comparison); i++)
    add_compared_row (cli, clubs, golf_comparison_get_club (comparison, i));

  g_print ("A: session %s (%s, %u shots)\nB: session %s (%s, %u shots)\n\n",
           golf_session_get_id (sessions[0]), date_of (sessions[0]), golf_comparison_get_n (comparison, 0),
           golf_session_get_id (sessions[1]), date_of (sessions[1]), golf_comparison_get_n (comparison, 1));
  golf_cli_table_print (metrics);
  g_print ("\n");
  if (golf_comparison_get_n_clubs (comparison) > 0)
    golf_cli_table_print (clubs);
  else
    g_print ("The sessions share no club.\n");
  g_print ("Higher is better for distances, speeds and smash; lower for spreads (std),\n"
           "|face-to-path| and strike distance. ");
  print_units_note (cli, "Distances");
}

static int
cmd_compare (GolfCli  *cli,
             int       argc,
             char    **argv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfShotTable) table = NULL;
  g_autoptr(GolfComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *sessions[2];
  const char *session_ids[3] = { NULL, NULL, NULL };
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 3)
    return golf_cli_usage_error (cli, "compare needs two session ids");

  for (guint i = 0; i < 2; i++)
    if ((sessions[i] = golf_cli_find_session (cli, argv[i + 1], &status)) == NULL)
      return status;

  /* Comparing a session with itself reads it once. */
  session_ids[0] = argv[1];
  session_ids[1] = strcmp (argv[1], argv[2]) != 0 ? argv[2] : NULL;
  if ((table = golf_shot_table_read (cli->store, session_ids, &error)) == NULL)
    return golf_cli_fail (error);
  comparison = golf_comparison_compute (table, argv[1], argv[2]);

  if (cli->json)
    {
      build_comparison_json (cli, builder, sessions, comparison);
      golf_cli_print_json (builder);
    }
  else
    print_comparison (cli, sessions, comparison);

  return EXIT_SUCCESS;
}

/* score SESSION */

static void
build_score_club_json (GolfCli             *cli,
                       JsonBuilder         *builder,
                       GolfScorePart        part,
                       const GolfScoreClub *club)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "club", club->club);
  add_int (builder, "n", club->n);
  if (part == GOLF_SCORE_CARRY_CONSISTENCY)
    {
      add_value (cli, builder, "median_carry", GOLF_UNIT_DISTANCE, club->median_carry);
      add_value (cli, builder, "carry_std", GOLF_UNIT_DISTANCE, club->spread);
      golf_json_add_number (builder, "relative_spread", club->input);
    }
  else
    golf_json_add_number (builder, "face_to_path_std", club->spread);
  golf_json_add_number (builder, "value", club->value);
  json_builder_end_object (builder);
}

static void
build_score_part_json (GolfCli                *cli,
                       JsonBuilder            *builder,
                       const GolfSessionScore *score,
                       GolfScorePart           p)
{
  const GolfScorePartValue *part = golf_session_score_get_part (score, p);

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "name", part->name);
  golf_json_add_number (builder, "value", part->value);
  golf_json_add_number (builder, "weight", part->weight);
  add_int (builder, "n", part->n);
  golf_json_add_string (builder, "rule", golf_score_part_describe (p));
  golf_json_add_number (builder, "full_marks", part->full_marks);
  golf_json_add_number (builder, "zero_marks", part->zero_marks);

  json_builder_set_member_name (builder, "inputs");
  json_builder_begin_object (builder);
  if (p == GOLF_SCORE_STRIKE_CENTRING)
    golf_json_add_number (builder, "median_strike_distance", part->input);
  else
    {
      golf_json_add_number (builder, p == GOLF_SCORE_CARRY_CONSISTENCY ? "relative_spread"
                                                                       : "face_to_path_std",
                            part->input);
      json_builder_set_member_name (builder, "clubs");
      json_builder_begin_array (builder);
      for (guint i = 0; i < golf_session_score_get_n_clubs (score, p); i++)
        build_score_club_json (cli, builder, p, golf_session_score_get_club (score, p, i));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
build_score_json (GolfCli                *cli,
                  JsonBuilder            *builder,
                  GolfSession            *session,
                  const GolfSessionScore *score)
{
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "session", golf_session_get_id (session));
  golf_json_add_string (builder, "date", golf_session_get_date (session));
  add_int (builder, "n", golf_session_score_get_n (score));
  golf_json_add_number (builder, "score", golf_session_score_get_score (score));
  json_builder_set_member_name (builder, "parts");
  json_builder_begin_array (builder);
  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    build_score_part_json (cli, builder, score, p);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static char *
describe_input (const GolfScorePartValue *part)
{
  if (isnan (part->input))
    return g_strdup ("no data");

  switch (part->part)
    {
    case GOLF_SCORE_CARRY_CONSISTENCY:
      return g_strdup_printf ("carry sd %.1f%% of the median carry", 100 * part->input);
    case GOLF_SCORE_STRIKE_CENTRING:
      return g_strdup_printf ("median strike %.1f mm from the centre", part->input);
    case GOLF_SCORE_FACE_TO_PATH_CONTROL:
      return g_strdup_printf ("face-to-path sd %.1f°", part->input);
    case GOLF_SCORE_N_PARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
print_score (GolfSession            *session,
             const GolfSessionScore *score)
{
  static const char * const labels[GOLF_SCORE_N_PARTS] = {
    "Carry consistency", "Strike centring", "Face-to-path control",
  };
  g_autoptr(GolfCliTable) table = golf_cli_table_new ("PART", ">SCORE", ">WEIGHT", ">SHOTS", "FROM", NULL);
  g_autofree char *total = golf_cli_format_number (golf_session_score_get_score (score), 0, NULL);

  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    {
      const GolfScorePartValue *part = golf_session_score_get_part (score, p);

      golf_cli_table_add (table, labels[p]);
      golf_cli_table_add_number (table, part->value, 0);
      golf_cli_table_take (table, g_strdup_printf ("%.0f%%", 100 * part->weight));
      take_count (table, part->n);
      golf_cli_table_take (table, describe_input (part));
    }

  g_print ("Session %s (%s): score %s of 100\n\n", golf_session_get_id (session),
           date_of (session), total);
  golf_cli_table_print (table);
  g_print ("\nHow each part is scored:\n");
  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    g_print ("  %s: %s.\n", labels[p], golf_score_part_describe (p));
  g_print ("The score is the weighted mean of the parts that have data.\n");
}

static int
cmd_score (GolfCli  *cli,
           int       argc,
           char    **argv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfShotTable) shots = NULL;
  g_autoptr(GolfSessionScore) score = NULL;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, "score needs one session id");
  if ((shots = read_session (cli, argv[1], &status)) == NULL)
    return status;

  score = golf_session_score_compute (shots);

  if (cli->json)
    {
      build_score_json (cli, builder, golf_store_find_session (cli->store, argv[1]), score);
      golf_cli_print_json (builder);
    }
  else
    print_score (golf_store_find_session (cli->store, argv[1]), score);

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_analysis_commands[] = {
  { "gapping", "[--session ID …] [--from DATE] [--to DATE]",
    "true distance per club and the gaps between clubs", ANALYSIS_FLAGS, cmd_gapping },
  { "dispersion", "SESSION [--club NAME]",
    "where each club's shots land: spreads and the 95% ellipse", ANALYSIS_FLAGS, cmd_dispersion },
  { "shapes", "SESSION [--left-handed]",
    "each shot's shape (push fade, straight draw …) and the shares per club", ANALYSIS_FLAGS, cmd_shapes },
  { "trend", "METRIC [--club NAME] [--from DATE] [--to DATE] [--first FROM..TO --second FROM..TO]",
    "a metric session by session: its slope and how much it changed", ANALYSIS_FLAGS, cmd_trend },
  { "compare", "SESSION_A SESSION_B",
    "two sessions side by side, better or worse", ANALYSIS_FLAGS, cmd_compare },
  { "score", "SESSION",
    "a 0–100 session score and the parts it comes from", ANALYSIS_FLAGS, cmd_score },
  { NULL }
};
