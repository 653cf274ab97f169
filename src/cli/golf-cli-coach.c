/* golf-cli-coach.c: players, notes and tags, for a coach and their students
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <glib/gi18n.h>

#include "golf-cli-coach.h"
#include "golf-cli-util.h"

/* Sessions per player id. */
static GHashTable *
count_sessions (GolfStore *store)
{
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *sessions = golf_store_get_sessions (store);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(GolfSession) session = g_list_model_get_item (sessions, i);
      gint64 player_id = golf_session_get_player_id (session);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &player_id));

      g_hash_table_insert (counts, g_memdup2 (&player_id, sizeof player_id), GUINT_TO_POINTER (n + 1));
    }

  return counts;
}

/* players [--json] */
static int
cmd_players (GolfCli  *cli,
             int       argc,
             char    **argv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GolfCliTable) table = NULL;
  g_autoptr(GHashTable) counts = NULL;
  GListModel *players;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("players takes no arguments"));

  players = golf_store_get_players (cli->store);
  counts = count_sessions (cli->store);
  table = golf_cli_table_new (NC_("column", "PLAYER"), NC_("column", "HAND"), NC_("column", ">SESSIONS"),
                              NC_("column", "NOTES"), NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (players); i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (players, i);
      gint64 id = golf_player_get_id (player);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id));
      const char *hand = golf_hand_to_string (golf_player_get_hand (player));

      json_builder_begin_object (builder);
      golf_json_add_int (builder, "id", id);
      golf_json_add_string (builder, "name", golf_player_get_name (player));
      golf_json_add_string (builder, "hand", hand);
      golf_json_add_string (builder, "notes", golf_player_get_notes (player));
      golf_json_add_int (builder, "sessions", n);
      json_builder_end_object (builder);

      golf_cli_table_add (table, golf_player_get_name (player));
      golf_cli_table_add (table, golf_player_get_hand (player) == GOLF_HAND_LEFT ? C_("hand", "left")
                                                                                 : C_("hand", "right"));
      golf_cli_table_add_count (table, n);
      golf_cli_table_add (table, golf_player_get_notes (player));
    }
  json_builder_end_array (builder);

  if (cli->json)
    golf_cli_print_json (builder);
  else
    golf_cli_table_print (table);

  return EXIT_SUCCESS;
}

/* player-add NAME [--left-handed] [--notes TEXT] */
static int
cmd_player_add (GolfCli  *cli,
                int       argc,
                char    **argv)
{
  gboolean left_handed = FALSE;
  g_autofree char *notes = NULL;
  const GOptionEntry entries[] = {
    { "left-handed", 0, 0, G_OPTION_ARG_NONE, &left_handed,
      N_("The player swings left-handed (shapes and the D-plane are named for them)"), NULL },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes on the player"), "TEXT" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  GolfPlayer *player;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, entries, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("player-add needs the player's name (in quotes if it has spaces)"));

  player = golf_store_add_player (cli->store, argv[1], left_handed ? GOLF_HAND_LEFT : GOLF_HAND_RIGHT,
                                  notes, &error);
  if (player == NULL)
    return golf_cli_fail (error);

  if (left_handed)
    g_print (_("Added player “%s” (left-handed); import for them with: golf-lab-cli import FILE --player \"%s\"\n"),
             golf_player_get_name (player), golf_player_get_name (player));
  else
    g_print (_("Added player “%s” (right-handed); import for them with: golf-lab-cli import FILE --player \"%s\"\n"),
             golf_player_get_name (player), golf_player_get_name (player));

  return EXIT_SUCCESS;
}

/* move-session SESSION PLAYER */
static int
cmd_move_session (GolfCli  *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GError) error = NULL;
  GolfPlayer *player;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 3)
    return golf_cli_usage_error (cli, _("move-session needs a session id and a player's name"));
  if (golf_cli_find_session (cli, argv[1], &status) == NULL ||
      (player = golf_cli_find_player (cli, argv[2], &status)) == NULL)
    return status;

  if (!golf_store_move_session (cli->store, argv[1], golf_player_get_id (player), &error))
    return golf_cli_fail (error);

  g_print (_("Session %s now belongs to %s\n"), argv[1], golf_player_get_name (player));

  return EXIT_SUCCESS;
}

static void
print_notes (GolfCli     *cli,
             GolfSession *session)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  const char *notes = golf_session_get_notes (session);

  if (notes == NULL)
    g_print (_("Session %s has no notes\n"), golf_session_get_id (session));
  else
    g_print (_("%s\n(written %s)\n"), notes, golf_session_get_notes_updated_at (session)
                                             ? golf_session_get_notes_updated_at (session)
                                             : _("before times were kept"));

  history = golf_store_dup_notes_history (cli->store, golf_session_get_id (session), &error);
  if (history == NULL)
    {
      g_printerr ("golf-lab-cli: %s\n", error->message);
      return;
    }

  for (guint i = 0; i < history->len; i++)
    {
      GolfNotesEdit *edit = g_ptr_array_index (history, i);

      g_print (_("\nEarlier (written %s):\n%s\n"), edit->edited_at ? edit->edited_at : _("at an unknown time"),
               edit->notes);
    }
}

/* note SESSION [TEXT] */
static int
cmd_note (GolfCli  *cli,
          int       argc,
          char    **argv)
{
  g_autoptr(GError) error = NULL;
  GolfSession *session;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, NULL, &status))
    return status;
  if (argc != 2 && argc != 3)
    return golf_cli_usage_error (cli, _("note needs a session id, and the notes in quotes to write them "
                                        "(\"\" removes them)"));
  if ((session = golf_cli_find_session (cli, argv[1], &status)) == NULL)
    return status;

  if (argc == 2)
    {
      print_notes (cli, session);
      return EXIT_SUCCESS;
    }

  if (!golf_store_set_session_notes (cli->store, argv[1], argv[2], &error))
    return golf_cli_fail (error);
  golf_metrics_worker_flush (cli->worker);

  if (golf_session_get_notes (session) == NULL)
    g_print (_("Removed the notes of session %s (the history keeps them)\n"), argv[1]);
  else
    g_print (_("Saved the notes of session %s\n"), argv[1]);

  return EXIT_SUCCESS;
}

/* tag SHOT_ID TAG [--comment TEXT], untag SHOT_ID TAG */
static int
cmd_tag (GolfCli  *cli,
         int       argc,
         char    **argv)
{
  gboolean add = g_strcmp0 (argv[0], "tag") == 0;
  g_autofree char *comment = NULL;
  g_autofree char *tag = NULL;
  const GOptionEntry entries[] = {
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment, N_("A one-line comment on the shot (\"\" removes it)"), "TEXT" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  int status;

  if (!golf_cli_parse (cli, &argc, &argv, add ? entries : NULL, &status))
    return status;
  if (argc != 3)
    return golf_cli_usage_error (cli, _("%s needs a shot id (golf-lab-cli shots SESSION lists them) and a tag"),
                                 argv[0]);

  if (add ? !golf_store_tag_shot (cli->store, argv[1], argv[2], comment, &error)
          : !golf_store_untag_shot (cli->store, argv[1], argv[2], &error))
    return golf_cli_fail (error);
  golf_metrics_worker_flush (cli->worker);

  tag = golf_shot_normalize_tag (argv[2]);
  /* Translators: the tag names (mishit, …) are what the user typed. */
  if (g_strcmp0 (tag, GOLF_TAG_MISHIT) == 0 && add)
    g_print (_("Tagged shot %s %s: the analytics set it aside\n"), argv[1], GOLF_TAG_MISHIT);
  else if (g_strcmp0 (tag, GOLF_TAG_MISHIT) == 0)
    g_print (_("Untagged shot %s %s: the analytics count it again unless their rules set it aside\n"),
             argv[1], GOLF_TAG_MISHIT);
  else if (add)
    g_print (_("Tagged shot %s “%s”\n"), argv[1], tag);
  else
    g_print (_("Untagged shot %s “%s”\n"), argv[1], tag);

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_coach_commands[] = {
  { "players", "[--json]", N_("List the players (students) and their sessions"),
    GOLF_CLI_STORE | GOLF_CLI_JSON, cmd_players },
  { "player-add", "NAME [--left-handed] [--notes TEXT]", N_("Add a player (a student)"),
    GOLF_CLI_STORE, cmd_player_add },
  { "move-session", "SESSION PLAYER", N_("File a session under another player"),
    GOLF_CLI_STORE, cmd_move_session },
  { "note", "SESSION [TEXT]", N_("Write a session's notes, or show them and their history"),
    GOLF_CLI_STORE, cmd_note },
  { "tag", "SHOT_ID TAG [--comment TEXT]", N_("Tag a shot (good, mishit, drill or your own)"),
    GOLF_CLI_STORE, cmd_tag },
  { "untag", "SHOT_ID TAG", N_("Take a tag off a shot"),
    GOLF_CLI_STORE, cmd_tag },
  { NULL }
};
