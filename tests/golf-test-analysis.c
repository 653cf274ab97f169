/* golf-test-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "golf-test-analysis.h"

/* Adds a shot with @carry (NAN for none) and a clean smash factor of 1.4
 * to @shots; returns it (borrowed) for more measurements. */
GolfShot *
golf_test_carry_shot (GPtrArray  *shots,
                      const char *session_id,
                      const char *club,
                      double      carry)
{
  g_autofree char *id = g_strdup_printf ("%s_%u", session_id, shots->len);
  GolfShot *shot = golf_test_shot (id, session_id, club, carry, 56.0, 40.0);

  g_ptr_array_add (shots, shot);

  return shot;
}

void
golf_test_carry_shots (GPtrArray    *shots,
                       const char   *session_id,
                       const char   *club,
                       const double *carries,
                       guint         n)
{
  for (guint i = 0; i < n; i++)
    golf_test_carry_shot (shots, session_id, club, carries[i]);
}

GolfShotTable *
golf_test_table (GPtrArray *shots)
{
  GolfShotTable *table = golf_shot_table_new (shots);

  g_assert_nonnull (table);
  g_assert_cmpuint (golf_shot_table_get_n_rows (table), ==, shots->len);

  return table;
}

static gboolean
is_number_char (char c)
{
  return g_ascii_isdigit (c) || c == '.';
}

/* No "nan", "inf" or negative zero ("-0", "-0.0", "-0.00") anywhere. */
void
golf_test_assert_no_bad_numbers (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  g_assert_null (strstr (lower, "nan"));
  g_assert_null (strstr (lower, "inf"));

  for (const char *p = strstr (text, "-0"); p != NULL; p = strstr (p + 1, "-0"))
    {
      const char *q = p + 2;

      if (p > text && is_number_char (p[-1]))
        continue;
      if (*q == '.')
        {
          q++;
          while (*q == '0')
            q++;
        }
      if (!is_number_char (*q) && !g_ascii_isdigit (*q))
        g_error ("Negative zero in output: “%.20s”", p);
    }
}

/* The check above, on @text without the names of the tests' folders
 * (golf_test_dir_init()): their random part may hold "-0". */
static void
assert_no_bad_numbers_but_folders (const char *text)
{
  g_autoptr(GRegex) folder = g_regex_new ("golf-lab-test-[A-Za-z0-9]{6}", 0, 0, NULL);
  g_autofree char *rest = g_regex_replace_literal (folder, text, -1, 0, "golf-lab-test", 0, NULL);

  golf_test_assert_no_bad_numbers (rest);
}

/**
 * golf_test_write_report:
 * @dir: where the file goes
 * @id: the report id: its file is report-<id>.json
 * @date: the session's day
 * @shots: (array length=n): the shots, each club's together
 *
 * A Uneekor report as the portal's API sends it: one group per club.
 *
 * Returns: (transfer full): the file's path
 */
char *
golf_test_write_report (GolfTestDir              *dir,
                        const char               *id,
                        const char               *date,
                        const GolfTestReportShot *shots,
                        guint                     n)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autofree char *name = g_strdup_printf ("report-%s.json", id);
  char *path = g_build_filename (dir->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      const GolfTestReportShot *s = &shots[i];

      if (i == 0 || strcmp (s->club, shots[i - 1].club) != 0)
        g_string_append_printf (json, "%s{\"id\": %u, \"name\": \"\", \"club_name\": \"%s\", \"club\": %u,"
                                " \"client_created_date\": \"%s\", \"shots\": [",
                                i == 0 ? "" : "]}, ", i + 1, s->club, i + 1, date);
      else
        g_string_append (json, ", ");
      g_string_append_printf (json, "{\"id\": %u, \"ball_speed\": %g, \"club_speed\": %g,"
                              " \"carry_distance\": %g, \"total_distance\": %g,"
                              " \"club_face_angle\": %g, \"club_path\": %g,"
                              " \"impact_x\": 3, \"impact_y\": 4, \"side_distance\": %g}",
                              i + 1, s->ball_speed, s->club_speed, s->carry, s->carry + 10,
                              s->face, s->path, s->side);
    }
  g_string_append (json, "]}]");

  g_file_set_contents (path, json->str, -1, &error);
  g_assert_no_error (error);

  return path;
}

/**
 * golf_test_cli_run_argv:
 * @dir: whose database the command works on
 * @out: (out): what it printed on standard output
 * @err: (out): what it printed on standard error
 * @args: (array zero-terminated=1): the command and its arguments
 *
 * Runs golf-lab-cli; whatever it prints, it must print no NaN, no infinity
 * and no -0.0.
 *
 * Returns: its exit status
 */
int
golf_test_cli_run_argv (GolfTestDir        *dir,
                        char              **out,
                        char              **err,
                        const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_ptr_array_add (argv, (gpointer)g_getenv ("GOLF_LAB_CLI"));
  g_ptr_array_add (argv, (gpointer)"--db");
  g_ptr_array_add (argv, dir->db_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  g_free (*out);
  g_free (*err);
  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));

  assert_no_bad_numbers_but_folders (*out);
  assert_no_bad_numbers_but_folders (*err);

  return WEXITSTATUS (wait_status);
}

static GPtrArray *
collect_args (const char *first,
              va_list     list)
{
  GPtrArray *args = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (list, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  g_ptr_array_add (args, NULL);

  return args;
}

/**
 * golf_test_cli_run:
 * @dir: whose database the command works on
 * @out: (out): standard output; freed first if set
 * @err: (out): standard error; freed first if set
 * @first: the command, then its arguments, then %NULL
 *
 * Returns: the exit status of golf-lab-cli
 */
int
golf_test_cli_run (GolfTestDir  *dir,
                   char        **out,
                   char        **err,
                   const char   *first,
                   ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list list;

  va_start (list, first);
  args = collect_args (first, list);
  va_end (list);

  return golf_test_cli_run_argv (dir, out, err, (const char * const *)args->pdata);
}

/**
 * golf_test_parse_json:
 * @text: a command's output
 *
 * Parses strictly (RFC 8259, then json-glib).
 *
 * Returns: (transfer full): the root, an object or an array
 */
JsonNode *
golf_test_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  golf_test_assert_strict_json (text);
  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/**
 * golf_test_cli_json_argv:
 * @dir: whose database the command works on
 * @args: (array zero-terminated=1): the command and its arguments
 *
 * Runs a command that must succeed quietly and print a JSON object.
 *
 * Returns: (transfer full): the object
 */
JsonNode *
golf_test_cli_json_argv (GolfTestDir        *dir,
                         const char * const *args)
{
  g_autofree char *out = NULL, *err = NULL;
  JsonNode *root;

  g_assert_cmpint (golf_test_cli_run_argv (dir, &out, &err, args), ==, 0);
  g_assert_cmpstr (err, ==, "");

  root = golf_test_parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return root;
}

/**
 * golf_test_cli_json:
 * @dir: whose database the command works on
 * @first: the command, then its arguments, then %NULL
 *
 * Returns: (transfer full): the JSON object it printed
 */
JsonNode *
golf_test_cli_json (GolfTestDir *dir,
                    const char  *first,
                    ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list list;

  va_start (list, first);
  args = collect_args (first, list);
  va_end (list);

  return golf_test_cli_json_argv (dir, (const char * const *)args->pdata);
}
