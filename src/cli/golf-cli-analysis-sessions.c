/* golf-cli-analysis-sessions.c: trend, compare and score
 *
 * The analytics commands that follow sessions rather than clubs; their
 * helpers are in golf-cli-analysis.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "golf-cli-analysis-private.h"
#include "golf-comparison.h"
#include "golf-session-score.h"
#include "golf-trend.h"

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
  /* Translators: an option in the messages about its dates: “--first (its
   * start) takes a day as YYYY-MM-DD …” */
  g_autofree char *from_option = g_strdup_printf (_("%s (its start)"), option);
  g_autofree char *to_option = g_strdup_printf (_("%s (its end)"), option);

  if (value == NULL)
    return TRUE;

  ends = g_strsplit (value, "..", 2);
  if (g_strv_length (ends) != 2)
    {
      *status = golf_cli_usage_error (cli, _("%s takes FROM..TO, like 2026-01-01..2026-01-31 "
                                        "(either end may be left out), not “%s”"), option, value);
      return FALSE;
    }

  g_ptr_array_add (owned, g_steal_pointer (&ends[0]));
  g_ptr_array_add (owned, g_steal_pointer (&ends[1]));
  range->from = *(char *)owned->pdata[owned->len - 2] != '\0' ? owned->pdata[owned->len - 2] : NULL;
  range->to = *(char *)owned->pdata[owned->len - 1] != '\0' ? owned->pdata[owned->len - 1] : NULL;

  return _golf_cli_check_range (cli, range, from_option, to_option, status);
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
  golf_json_add_int (builder, "n", group->n);
  golf_cli_add_value (cli, builder, "mean", unit, group->mean);
  golf_cli_add_value (cli, builder, "std", unit, group->std);
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
  golf_json_add_int (builder, "n", golf_trend_get_n (trend));
  golf_cli_add_value (cli, builder, "slope_per_30_days", unit, golf_trend_get_slope_per_30_days (trend));
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
      golf_json_add_int (builder, "n", point->n);
      golf_cli_add_value (cli, builder, "value", unit, point->value);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static const char *
effect_label (GolfEffect effect)
{
  switch (effect)
    {
    case GOLF_EFFECT_NONE:
      return C_("trend", "no clear change");
    case GOLF_EFFECT_MODERATE_INCREASE:
      return C_("trend", "moderate increase");
    case GOLF_EFFECT_LARGE_INCREASE:
      return C_("trend", "large increase");
    case GOLF_EFFECT_MODERATE_DECREASE:
      return C_("trend", "moderate decrease");
    case GOLF_EFFECT_LARGE_DECREASE:
      return C_("trend", "large decrease");
    case GOLF_EFFECT_UNKNOWN:
    default:
      return _("too few sessions to tell");
    }
}

/* One half or range of the sessions: “first half: 3 sessions, mean 151.2 m” */
static void
print_trend_group (GolfCli              *cli,
                   GolfUnit              unit,
                   const char           *label,
                   const GolfTrendGroup *group)
{
  g_autofree char *mean = _golf_cli_format_value (cli, unit, group->mean);

  /* Translators: the first %s is “first half”, “second range” … */
  g_print (ngettext ("  %s: %u session, mean %s\n", "  %s: %u sessions, mean %s\n", group->n),
           label, group->n, mean);
}

static void
print_trend (GolfCli         *cli,
             const GolfTrend *trend)
{
  GolfShotMetric metric = golf_trend_get_metric (trend);
  GolfUnit unit = golf_shot_metric_get_unit (metric);
  gboolean ranges = golf_trend_get_uses_ranges (trend);
  const char *club = golf_trend_get_club (trend);
  guint n = golf_trend_get_n (trend);
  g_autoptr(GolfCliTable) table = golf_cli_table_new (NC_("column", "DATE"), NC_("column", "SESSION"),
                                                      NC_("column", ">SHOTS"), NC_("column", ">MEDIAN"),
                                                      NULL);
  g_autofree char *slope = _golf_cli_format_value (cli, unit, golf_trend_get_slope_per_30_days (trend));
  g_autofree char *d = golf_cli_format_number (golf_trend_get_effect_size (trend), 2, NULL);

  for (guint i = 0; i < golf_trend_get_n (trend); i++)
    {
      const GolfTrendPoint *point = golf_trend_get_point (trend, i);

      golf_cli_table_add (table, point->date);
      golf_cli_table_add (table, point->session_id);
      golf_cli_table_add_count (table, point->n);
      golf_cli_table_take (table, _golf_cli_format_value (cli, unit, point->value));
    }

  golf_cli_table_print (table);
  if (club != NULL)
    /* Translators: the metric's name as typed (carry, face_to_path …), then
     * the club's name, then the count. */
    g_print (ngettext ("%s of %s over %u session, each the median of its kept shots.\n",
                       "%s of %s over %u sessions, each the median of its kept shots.\n", n),
             golf_shot_metric_get_name (metric), club, n);
  else
    /* Translators: the metric's name as typed (carry, face_to_path …). */
    g_print (ngettext ("%s of every club over %u session, each the median of its kept shots.\n",
                       "%s of every club over %u sessions, each the median of its kept shots.\n", n),
             golf_shot_metric_get_name (metric), n);
  g_print (_("Slope: %s per 30 days\n"), slope);
  g_print (_("Effect size (Cohen's d): %s, %s\n"), d, effect_label (golf_trend_get_effect (trend)));
  print_trend_group (cli, unit, ranges ? _("first range") : _("first half"), golf_trend_get_group (trend, 0));
  print_trend_group (cli, unit, ranges ? _("second range") : _("second half"), golf_trend_get_group (trend, 1));
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
    return golf_cli_usage_error (cli, _("there is no metric “%s”; did you mean “%s”? The metrics: %s"),
                                 name, suggestion, list);

  return golf_cli_usage_error (cli, _("there is no metric “%s”; the metrics: %s"), name, list);
}

int
_golf_cli_cmd_trend (GolfCli  *cli,
                     int       argc,
                     char    **argv)
{
  g_autofree char *club = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *player_name = NULL;
  const GOptionEntry entries[] = {
    { "player", 0, 0, G_OPTION_ARG_STRING, &player_name,
      N_("Only this player's sessions (needed when there are several players)"), "NAME" },
    { "club", 0, 0, G_OPTION_ARG_STRING, &club, N_("Only this club (every club by default)"), "NAME" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only sessions on or after this day"), "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only sessions on or before this day"), "YYYY-MM-DD" },
    { "first", 0, 0, G_OPTION_ARG_STRING, &first_text,
      N_("Effect size between two date ranges: the first (default: the halves)"), "FROM..TO" },
    /* Translators: continues the help of --first, the line above it. */
    { "second", 0, 0, G_OPTION_ARG_STRING, &second_text, N_("… and the second"), "FROM..TO" },
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
  GolfPlayer *player;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("trend needs one metric, like carry or face_to_path"));
  if (!golf_shot_metric_from_name (argv[1], &metric))
    return unknown_metric (cli, argv[1]);
  if ((first_text == NULL) != (second_text == NULL))
    return golf_cli_usage_error (cli, _("--first and --second go together: two date ranges to compare"));

  range = (GolfDateRange) { from, to };
  if (!_golf_cli_check_range (cli, &range, "--from", "--to", &status) ||
      !parse_range_option (cli, "--first", first_text, &first, owned, &status) ||
      !parse_range_option (cli, "--second", second_text, &second, owned, &status) ||
      !_golf_cli_choose_player (cli, player_name, NULL, &player, &status) ||
      (session_ids = _golf_cli_choose_sessions (cli, NULL, player, &range, &status)) == NULL)
    return status;

  if ((table = golf_shot_table_read (cli->store, (const char * const *)session_ids, &error)) == NULL)
    return golf_cli_fail (error);
  if (club != NULL && golf_shot_table_get_n_rows (table) > 0 &&
      _golf_cli_find_club (cli, table, club, NULL, &status) == NULL)
    return status;

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
  golf_json_add_int (builder, "n", golf_comparison_get_n (comparison, which));
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
      golf_json_add_int (builder, "n_a", value->n_a);
      golf_json_add_int (builder, "n_b", value->n_b);
    }
  golf_cli_add_value (cli, builder, club ? "median_carry_a" : "a", value->unit, value->a);
  golf_cli_add_value (cli, builder, club ? "median_carry_b" : "b", value->unit, value->b);
  golf_cli_add_value (cli, builder, "difference", value->unit, value->difference);
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

static const char *
direction_label (GolfDirection direction)
{
  switch (direction)
    {
    case GOLF_DIRECTION_SAME:
      return C_("comparison", "same");
    case GOLF_DIRECTION_BETTER:
      return C_("comparison", "better");
    case GOLF_DIRECTION_WORSE:
      return C_("comparison", "worse");
    case GOLF_DIRECTION_NONE:
    default:
      return NULL;
    }
}

static void
add_compared_row (GolfCli                 *cli,
                  GolfCliTable            *table,
                  const GolfComparedValue *value)
{
  golf_cli_table_add (table, value->name);
  golf_cli_table_take (table, _golf_cli_format_value (cli, value->unit, value->a));
  golf_cli_table_take (table, _golf_cli_format_value (cli, value->unit, value->b));
  golf_cli_table_take (table, _golf_cli_format_value (cli, value->unit, value->difference));
  golf_cli_table_add (table, direction_label (value->direction));
}

static void
print_comparison (GolfCli              *cli,
                  GolfSession          *sessions[2],
                  const GolfComparison *comparison)
{
  /* Translators: A and B are the two sessions; FOR B says whether B did
   * better or worse. */
  g_autoptr(GolfCliTable) metrics = golf_cli_table_new (NC_("column", "METRIC"), ">A", ">B", ">B − A",
                                                        NC_("column", "FOR B"), NULL);
  g_autoptr(GolfCliTable) clubs = golf_cli_table_new (NC_("column", "MEDIAN CARRY"), ">A", ">B", ">B − A",
                                                      NC_("column", "FOR B"), NULL);
  guint n_a = golf_comparison_get_n (comparison, 0);
  guint n_b = golf_comparison_get_n (comparison, 1);

  for (guint i = 0; i < golf_comparison_get_n_metrics (comparison); i++)
    add_compared_row (cli, metrics, golf_comparison_get_metric (comparison, i));
  for (guint i = 0; i < golf_comparison_get_n_clubs (comparison); i++)
    add_compared_row (cli, clubs, golf_comparison_get_club (comparison, i));

  /* Translators: the session's id, its date, its count of shots. */
  g_print (ngettext ("A: session %s (%s, %u shot)\n", "A: session %s (%s, %u shots)\n", n_a),
           golf_session_get_id (sessions[0]), _golf_cli_date_of (sessions[0]), n_a);
  /* Translators: the session's id, its date, its count of shots. */
  g_print (ngettext ("B: session %s (%s, %u shot)\n", "B: session %s (%s, %u shots)\n", n_b),
           golf_session_get_id (sessions[1]), _golf_cli_date_of (sessions[1]), n_b);
  g_print ("\n");
  golf_cli_table_print (metrics);
  g_print ("\n");
  if (golf_comparison_get_n_clubs (comparison) > 0)
    golf_cli_table_print (clubs);
  else
    g_print ("%s", _("The sessions share no club.\n"));
  g_print ("%s", _("Higher is better for distances, speeds and smash; lower for spreads (std),\n"
                   "|face-to-path| and strike distance. "));
  _golf_cli_print_units_note (cli);
}

int
_golf_cli_cmd_compare (GolfCli  *cli,
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
    return golf_cli_usage_error (cli, _("compare needs two session ids"));

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
  golf_json_add_int (builder, "n", club->n);
  if (part == GOLF_SCORE_CARRY_CONSISTENCY)
    {
      golf_cli_add_value (cli, builder, "median_carry", GOLF_UNIT_DISTANCE, club->median_carry);
      golf_cli_add_value (cli, builder, "carry_std", GOLF_UNIT_DISTANCE, club->spread);
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
  golf_json_add_int (builder, "n", part->n);
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
  golf_json_add_int (builder, "n", golf_session_score_get_n (score));
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
    return g_strdup (_("no data"));

  switch (part->part)
    {
    case GOLF_SCORE_CARRY_CONSISTENCY:
      return g_strdup_printf (_("carry sd %.1f%% of the median carry"), 100 * part->input);
    case GOLF_SCORE_STRIKE_CENTRING:
      return g_strdup_printf (_("median strike %.1f mm from the centre"), part->input);
    case GOLF_SCORE_FACE_TO_PATH_CONTROL:
      return g_strdup_printf (_("face-to-path sd %.1f°"), part->input);
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
    N_("Carry consistency"), N_("Strike centring"), N_("Face-to-path control"),
  };
  /* Translators: FROM is what a part's score comes from: “carry sd 4.1% of
   * the median carry”. */
  g_autoptr(GolfCliTable) table = golf_cli_table_new (NC_("column", "PART"), NC_("column", ">SCORE"),
                                                      NC_("column", ">WEIGHT"), NC_("column", ">SHOTS"),
                                                      NC_("column", "FROM"), NULL);
  g_autofree char *total = golf_cli_format_number (golf_session_score_get_score (score), 0, NULL);

  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    {
      const GolfScorePartValue *part = golf_session_score_get_part (score, p);

      golf_cli_table_add (table, _(labels[p]));
      golf_cli_table_add_number (table, part->value, 0);
      golf_cli_table_take (table, g_strdup_printf ("%.0f%%", 100 * part->weight));
      golf_cli_table_add_count (table, part->n);
      golf_cli_table_take (table, describe_input (part));
    }

  g_print (_("Session %s (%s): score %s of 100\n"), golf_session_get_id (session),
           _golf_cli_date_of (session), total);
  g_print ("\n");
  golf_cli_table_print (table);
  g_print ("\n");
  g_print ("%s", _("How each part is scored:\n"));
  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    g_print ("  %s: %s.\n", _(labels[p]), _(golf_score_part_describe (p)));
  g_print ("%s", _("The score is the weighted mean of the parts that have data.\n"));
}

int
_golf_cli_cmd_score (GolfCli  *cli,
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
    return golf_cli_usage_error (cli, _("score needs one session id"));
  if ((shots = _golf_cli_read_session (cli, argv[1], &status)) == NULL)
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
