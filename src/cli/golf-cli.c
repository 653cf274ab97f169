/* golf-cli.c: option parsing, help and error reporting shared by every command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "golf-cli.h"
#include "golf-settings.h"
#include "golf-units-preference.h"

static const GOptionEntry json_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry units_entries[] = {
  { "units", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("imperial (yards, mph) or si (metres, m/s; also “metric”); default: as Golf Lab shows"), "UNITS" },
  { NULL }
};

static const GOptionEntry help_entries[] = {
  { "help", 'h', 0, G_OPTION_ARG_NONE, NULL, N_("Show this help"), NULL },
  { NULL }
};

static gboolean warnings_muted;

/**
 * golf_cli_mute_warnings:
 * @muted: whether warnings are kept from the terminal
 *
 * For a trial the person did not ask for: what it warns about is not theirs.
 */
void
golf_cli_mute_warnings (gboolean muted)
{
  warnings_muted = muted;
}

/**
 * golf_cli_warnings_muted:
 *
 * Returns: whether golf_cli_mute_warnings() keeps warnings from the terminal
 */
gboolean
golf_cli_warnings_muted (void)
{
  return warnings_muted;
}

/**
 * golf_cli_fail:
 * @error: what went wrong
 *
 * Prints @error's message the way every command reports a failure.
 *
 * Returns: the exit status for a failure
 */
int
golf_cli_fail (GError *error)
{
  g_printerr ("golf-lab-cli: %s\n", error->message);
  return EXIT_FAILURE;
}

/**
 * golf_cli_failf:
 * @format: printf-style message: what happened and what to do
 *
 * Returns: the exit status for a failure
 */
int
golf_cli_failf (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("golf-lab-cli: %s\n", message);
  return EXIT_FAILURE;
}

/**
 * golf_cli_usage_error:
 * @cli: the running command
 * @format: printf-style message saying what is wrong with the command line
 *
 * Returns: the exit status for a misused command
 */
int
golf_cli_usage_error (GolfCli    *cli,
                      const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  const char *name = cli->command->name;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("golf-lab-cli: %s\n", message);
  g_printerr (_("Usage: golf-lab-cli %s %s\n"
                "Run “golf-lab-cli %s --help” for more.\n"),
              name, cli->command->synopsis, name);
  return GOLF_CLI_EXIT_USAGE;
}

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;

  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

/**
 * golf_cli_suggest:
 * @word: what the user typed
 * @candidates: (array zero-terminated=1): the words that exist
 *
 * Returns: (nullable): the candidate closest to @word, if it is close
 *   enough to be what the user meant
 */
const char *
golf_cli_suggest (const char         *word,
                  const char * const *candidates)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT;

  for (guint i = 0; candidates[i] != NULL; i++)
    {
      guint d = edit_distance (word, candidates[i]);

      /* A prefix ("club" for "club-stats") is as good as a near miss. */
      if (strlen (word) >= 3 && g_str_has_prefix (candidates[i], word))
        d = MIN (d, 1);

      if (d < best_distance)
        {
          best_distance = d;
          best = candidates[i];
        }
    }

  if (best == NULL || best_distance > MAX (2, strlen (word) / 3))
    return NULL;

  return best;
}

static void
append_entries_help (GString            *help,
                     const GOptionEntry *entries)
{
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    {
      const GOptionEntry *e = &entries[i];
      g_autofree char *left = NULL;

      if (e->flags & G_OPTION_FLAG_HIDDEN || strcmp (e->long_name, G_OPTION_REMAINING) == 0)
        continue;

      left = g_strdup_printf ("%s--%s%s%s",
                              e->short_name ? "" : "    ", e->long_name,
                              e->arg_description ? " " : "",
                              e->arg_description ? e->arg_description : "");
      if (e->short_name)
        {
          char *with_short = g_strdup_printf ("-%c, %s", e->short_name, left);

          g_free (left);
          left = with_short;
        }
      /* An empty msgid would give the catalog's header. */
      g_string_append_printf (help, "  %-30s %s\n", left,
                              e->description && *e->description ? _(e->description) : "");
    }
}

static void
print_command_help (GolfCli            *cli,
                    const GOptionEntry *entries)
{
  const GolfCliCommand *command = cli->command;
  g_autoptr(GString) help = g_string_new (NULL);

  g_string_append_printf (help, _("Usage: golf-lab-cli [--db FILE] %s %s\n\n%s\n\nOptions:\n"),
                          command->name, command->synopsis, _(command->summary));
  append_entries_help (help, entries);
  if (command->flags & GOLF_CLI_JSON)
    append_entries_help (help, json_entries);
  if (command->flags & GOLF_CLI_UNITS)
    append_entries_help (help, units_entries);
  append_entries_help (help, help_entries);
  if (command->flags & GOLF_CLI_STORE)
    g_string_append (help, _("\nThe database is --db FILE, before the command, or golf-lab/shots.db\n"
                             "in the user data folder.\n"));

  g_print ("%s", help->str);
}

/* The first argument that looks like an option none of the entries know. */
static const char *
find_unknown_option (int                  argc,
                     char               **argv,
                     const GOptionEntry **tables,
                     GPtrArray           *known)
{
  for (guint t = 0; tables[t] != NULL; t++)
    for (guint i = 0; tables[t][i].long_name != NULL; i++)
      if (strcmp (tables[t][i].long_name, G_OPTION_REMAINING) != 0)
        g_ptr_array_add (known, g_strconcat ("--", tables[t][i].long_name, NULL));
  g_ptr_array_add (known, NULL);

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *name = g_strndup (argv[i], strcspn (argv[i], "="));

      if (strcmp (argv[i], "--") == 0)
        break;
      if (g_str_has_prefix (name, "--") && !g_strv_contains ((const char * const *)known->pdata, name))
        return argv[i];
    }

  return NULL;
}

static int
option_error (GolfCli             *cli,
              GError              *error,
              int                  argc,
              char               **argv,
              const GOptionEntry **tables)
{
  g_autoptr(GPtrArray) known = g_ptr_array_new_with_free_func (g_free);
  const char *unknown = NULL;
  const char *suggestion = NULL;

  if (g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION))
    unknown = find_unknown_option (argc, argv, tables, known);

  if (unknown != NULL)
    {
      g_autofree char *name = g_strndup (unknown, strcspn (unknown, "="));

      g_ptr_array_remove_index (known, known->len - 1);
      g_ptr_array_add (known, NULL);
      suggestion = golf_cli_suggest (name, (const char * const *)known->pdata);
      if (suggestion != NULL)
        return golf_cli_usage_error (cli, _("%s has no option “%s”; did you mean “%s”?"),
                                     cli->command->name, name, suggestion);
      return golf_cli_usage_error (cli, _("%s has no option “%s”"), cli->command->name, name);
    }

  return golf_cli_usage_error (cli, "%s", error->message);
}

/* Without --units, the distance unit the app shows (its setting when its
 * schema is installed, else the locale's rule). */
static gboolean
prefers_yards (void)
{
  g_autoptr(GSettings) settings = golf_settings_new_if_installed ();

  return golf_units_preference_get_distance (settings) == GOLF_DISTANCE_UNIT_YARDS;
}

static gboolean
parse_units (GolfCli     *cli,
             const char  *units,
             GError     **error)
{
  if (units == NULL)
    cli->imperial = !(cli->command->flags & GOLF_CLI_UNITS) || prefers_yards ();
  else if (g_ascii_strcasecmp (units, "imperial") == 0)
    cli->imperial = TRUE;
  else if (g_ascii_strcasecmp (units, "si") == 0 || g_ascii_strcasecmp (units, "metric") == 0)
    cli->imperial = FALSE;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--units takes imperial or si (or metric), not “%s”"), units);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_store (GolfCli  *cli,
            GError  **error)
{
  if ((cli->store = golf_store_new (cli->db_path, error)) == NULL)
    {
      /* The store names the file; here, the way to another one. */
      if (!g_error_matches (*error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FULL))
        {
          char *message = g_strconcat ((*error)->message, _(" (golf-lab-cli --db FILE opens another)"), NULL);

          g_free ((*error)->message);
          (*error)->message = message;
        }
      return FALSE;
    }

  /* Heals metrics left stale by an interrupted run, then keeps them current. */
  cli->worker = golf_metrics_worker_new (cli->store);
  golf_metrics_worker_flush (cli->worker);

  return TRUE;
}

/**
 * golf_cli_parse:
 * @cli: the running command
 * @argc: (inout): the number of arguments, the command name first
 * @argv: (inout): the arguments; on return the positional ones
 * @entries: (nullable): the command's own options
 * @exit_status: (out): the status to exit with when this returns %FALSE
 *
 * Parses the command's options and the shared ones its flags ask for,
 * prints help for --help, and opens the database for %GOLF_CLI_STORE
 * commands.
 *
 * Returns: %TRUE to go on with the command; %FALSE to exit with @exit_status
 */
gboolean
golf_cli_parse (GolfCli             *cli,
                int                 *argc,
                char              ***argv,
                const GOptionEntry  *entries,
                int                 *exit_status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *units = NULL;
  g_autofree char **copy = g_new0 (char *, *argc + 1);
  gboolean help = FALSE;
  const GOptionEntry json[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json, NULL, NULL }, { NULL }
  };
  const GOptionEntry units_entry[] = {
    { "units", 0, 0, G_OPTION_ARG_STRING, &units, NULL, NULL }, { NULL }
  };
  const GOptionEntry help_entry[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, NULL, NULL }, { NULL }
  };
  const GOptionEntry *tables[5] = { 0 };
  guint n_tables = 0;
  int original_argc = *argc;

  g_option_context_set_help_enabled (context, FALSE);
  if (entries != NULL)
    {
      g_option_context_add_main_entries (context, entries, NULL);
      tables[n_tables++] = entries;
    }
  if (cli->command->flags & GOLF_CLI_JSON)
    {
      g_option_context_add_main_entries (context, json, NULL);
      tables[n_tables++] = json_entries;
    }
  if (cli->command->flags & GOLF_CLI_UNITS)
    {
      g_option_context_add_main_entries (context, units_entry, NULL);
      tables[n_tables++] = units_entries;
    }
  g_option_context_add_main_entries (context, help_entry, NULL);
  tables[n_tables++] = help_entries;

  /* Keep the caller's array intact for the unknown-option message. */
  memcpy (copy, *argv, sizeof (char *) * *argc);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *exit_status = option_error (cli, error, original_argc, copy, tables);
      return FALSE;
    }

  if (help)
    {
      print_command_help (cli, entries);
      *exit_status = EXIT_SUCCESS;
      return FALSE;
    }

  if (!parse_units (cli, units, &error))
    {
      *exit_status = golf_cli_usage_error (cli, "%s", error->message);
      return FALSE;
    }

  if ((cli->command->flags & GOLF_CLI_STORE) && !open_store (cli, &error))
    {
      *exit_status = golf_cli_fail (error);
      return FALSE;
    }

  return TRUE;
}

/**
 * golf_cli_find_session:
 * @cli: a command with the database open
 * @session_id: what the user typed
 * @exit_status: (out): the status to exit with when there is no such session
 *
 * Returns: (transfer none) (nullable): the session, or %NULL after telling
 *   the user how to find the right id
 */
GolfSession *
golf_cli_find_session (GolfCli    *cli,
                       const char *session_id,
                       int        *exit_status)
{
  GolfSession *session = golf_store_find_session (cli->store, session_id);

  if (session == NULL)
    *exit_status = golf_cli_failf (_("There is no session “%s”; “golf-lab-cli sessions” lists them"),
                                   session_id);

  return session;
}

/**
 * golf_cli_dup_player_names:
 * @cli: a command with the database open
 *
 * Returns: (transfer full): the players' names, quoted, for a message:
 *   "“Me”, “Ann”"
 */
char *
golf_cli_dup_player_names (GolfCli *cli)
{
  GListModel *players = golf_store_get_players (cli->store);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (players); i++)
    {
      g_autoptr(GolfPlayer) player = g_list_model_get_item (players, i);

      g_string_append_printf (names, "%s“%s”", names->len > 0 ? ", " : "", golf_player_get_name (player));
    }

  return g_string_free (names, FALSE);
}

/**
 * golf_cli_find_player:
 * @cli: a command with the database open
 * @name: what the user typed (any case)
 * @exit_status: (out): the status to exit with when there is no such player
 *
 * Returns: (transfer none) (nullable): the player, or %NULL after listing
 *   the players and how to add one
 */
GolfPlayer *
golf_cli_find_player (GolfCli    *cli,
                      const char *name,
                      int        *exit_status)
{
  GolfPlayer *player = golf_store_find_player (cli->store, name);
  g_autofree char *names = NULL;

  if (player != NULL)
    return player;

  names = golf_cli_dup_player_names (cli);
  *exit_status = golf_cli_failf (_("No player is named “%s”; the players are %s. "
                                   "Add one with: golf-lab-cli player-add \"%s\" [--left-handed]"),
                                 name, names, name);
  return NULL;
}
