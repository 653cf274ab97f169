/* golf-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <sqlite3.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-test-util.h"

const char * const golf_test_session_stats_columns[GOLF_TEST_N_STATS_COLUMNS] = {
  "session_id", "session_date", "session_type", "shot_count", "clubs_used",
  "avg_carry", "avg_total", "avg_ball_speed", "avg_club_speed", "avg_smash",
  "best_carry", "avg_face_angle", "std_face_angle", "avg_club_path",
  "std_club_path", "avg_face_to_path", "std_face_to_path",
  "avg_strike_distance", "std_strike_distance", "updated_at",
};

void
golf_test_dir_init (GolfTestDir *dir)
{
  g_autoptr(GError) error = NULL;

  dir->dir = g_dir_make_tmp ("golf-lab-test-XXXXXX", &error);
  g_assert_no_error (error);
  dir->db_path = g_build_filename (dir->dir, "shots.db", NULL);
}

/* Removes a folder and all in it, even a folder left read-only by a test. */
void
golf_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_chmod (path, 0755);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          golf_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_remove (path);
    }
}

void
golf_test_dir_clear (GolfTestDir *dir)
{
  if (dir->dir != NULL)
    golf_test_remove_tree (dir->dir);
  g_clear_pointer (&dir->dir, g_free);
  g_clear_pointer (&dir->db_path, g_free);
}

GolfShot *
golf_test_shot (const char *id,
                const char *session_id,
                const char *club,
                double      carry,
                double      ball_speed,
                double      club_speed)
{
  GolfShot *shot = golf_shot_new (id, session_id);

  golf_shot_set_club (shot, club);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, carry);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, ball_speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, club_speed);

  return shot;
}

/* @n shots with carries first_carry, first_carry + 1, ... */
GPtrArray *
golf_test_shots (const char *session_id,
                 const char *club,
                 guint       n,
                 double      first_carry)
{
  GPtrArray *shots = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s_%s_%u", session_id, club, i);
      GolfShot *shot = golf_test_shot (id, session_id, club, first_carry + i, 60.0, 42.0);

      golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, first_carry + i + 10.0);
      golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, (i % 5) - 2.0);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, (i % 3) - 1.0);
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, 3.0);
      golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, 4.0);
      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, (i % 7) - 3.0);
      g_ptr_array_add (shots, shot);
    }

  return shots;
}

/**
 * golf_test_launch_shots:
 * @session_id: the session of the shots
 * @n: how many
 * @seed: the seed of their random launch conditions
 *
 * Shots with every input a carry model takes, whose carry grows with ball
 * speed, peaks near 15° launch and falls with spin, plus a little noise.
 *
 * Returns: (transfer full) (element-type GolfShot): the shots
 */
GPtrArray *
golf_test_launch_shots (const char *session_id,
                        guint       n,
                        guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *shots = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", session_id, i);
      GolfShot *shot = golf_shot_new (id, session_id);
      double v = g_rand_double_range (rand, 35, 75);
      double launch = g_rand_double_range (rand, 9, 28);
      double spin = g_rand_double_range (rand, 2200, 9000);
      double dl = launch - 15;

      golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, v);
      golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, launch);
      golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, spin);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, v / 1.4);
      golf_shot_set (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, g_rand_double_range (rand, -5, 3));
      golf_shot_set (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT, launch + 3);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE,
                     3.1 * v * (1 + 0.01 * dl - 0.0006 * dl * dl) * (1 - 0.00004 * (spin - 2500))
                     + g_rand_double_range (rand, -4, 4));
      g_ptr_array_add (shots, shot);
    }
  return shots;
}

GolfStore *
golf_test_store_new (const char *path)
{
  g_autoptr(GError) error = NULL;
  GolfStore *store = golf_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

/* The session's shots as golf_store_list_shots() gives them, deleted ones left out. */
guint
golf_test_count_shots (GolfStore  *store,
                       const char *session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) shots = golf_store_list_shots (store, session_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (shots);

  return g_list_model_get_n_items (shots);
}

/* Reads the file with a connection of its own, as another program would. */
gint64
golf_test_query_int (const char *db_path,
                     const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  /* A worker thread may be committing right now. */
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

char *
golf_test_read_file (const char *path,
                     gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

/* In a trap child: become a user file permissions bind ("nobody") when the
 * tests run as root, so read-only files and folders really are. */
void
golf_test_drop_root (void)
{
  if (geteuid () == 0)
    g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);
}

/* A strict RFC 8259 reader that only says yes or no: json-glib accepts more
 * than the standard, and scripts reading our output may not. */
typedef struct
{
  const char *p;
  guint       depth;
} StrictJson;

static gboolean strict_value (StrictJson *s);

static void
strict_space (StrictJson *s)
{
  while (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r')
    s->p++;
}

static gboolean
strict_literal (StrictJson *s,
                const char *word)
{
  if (strncmp (s->p, word, strlen (word)) != 0)
    return FALSE;
  s->p += strlen (word);
  return TRUE;
}

static gboolean
strict_digits (StrictJson *s)
{
  const char *start = s->p;

  while (g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > start;
}

static gboolean
strict_number (StrictJson *s)
{
  if (*s->p == '-')
    s->p++;
  if (*s->p == '0')
    s->p++;
  else if (!strict_digits (s))
    return FALSE;
  if (*s->p == '.')
    {
      s->p++;
      if (!strict_digits (s))
        return FALSE;
    }
  if (*s->p == 'e' || *s->p == 'E')
    {
      s->p++;
      if (*s->p == '+' || *s->p == '-')
        s->p++;
      if (!strict_digits (s))
        return FALSE;
    }
  return TRUE;
}

static gboolean
strict_string (StrictJson *s)
{
  const char *start;

  if (*s->p != '"')
    return FALSE;
  start = ++s->p;
  while (*s->p != '"')
    {
      if ((guchar)*s->p < 0x20)
        return FALSE;
      if (*s->p == '\\')
        {
          s->p++;
          if (*s->p == 'u')
            {
              for (int i = 1; i <= 4; i++)
                if (!g_ascii_isxdigit (s->p[i]))
                  return FALSE;
              s->p += 4;
            }
          else if (strchr ("\"\\/bfnrt", *s->p) == NULL || *s->p == '\0')
            return FALSE;
        }
      s->p++;
    }
  if (!g_utf8_validate (start, s->p - start, NULL))
    return FALSE;
  s->p++;
  return TRUE;
}

static gboolean
strict_members (StrictJson *s,
                char        close,
                gboolean    object)
{
  s->p++;
  strict_space (s);
  if (*s->p == close)
    {
      s->p++;
      return TRUE;
    }

  for (;;)
    {
      strict_space (s);
      if (object)
        {
          if (!strict_string (s))
            return FALSE;
          strict_space (s);
          if (*s->p++ != ':')
            return FALSE;
        }
      if (!strict_value (s))
        return FALSE;
      strict_space (s);
      if (*s->p == close)
        {
          s->p++;
          return TRUE;
        }
      if (*s->p++ != ',')
        return FALSE;
    }
}

static gboolean
strict_value (StrictJson *s)
{
  gboolean ok;

  strict_space (s);
  if (++s->depth > 512)
    return FALSE;

  switch (*s->p)
    {
    case '{': ok = strict_members (s, '}', TRUE); break;
    case '[': ok = strict_members (s, ']', FALSE); break;
    case '"': ok = strict_string (s); break;
    case 't': ok = strict_literal (s, "true"); break;
    case 'f': ok = strict_literal (s, "false"); break;
    case 'n': ok = strict_literal (s, "null"); break;
    default:  ok = strict_number (s); break;
    }

  s->depth--;
  return ok;
}

/**
 * golf_test_json_is_strict:
 * @text: a whole document
 * @where: (out) (optional): where reading stopped when it is not
 *
 * Returns: whether @text is one JSON value as RFC 8259 defines it
 */
gboolean
golf_test_json_is_strict (const char  *text,
                          const char **where)
{
  StrictJson s = { text, 0 };
  gboolean ok = strict_value (&s);

  strict_space (&s);
  ok = ok && *s.p == '\0';
  if (where != NULL)
    *where = s.p;
  return ok;
}

void
golf_test_assert_strict_json (const char *text)
{
  const char *where = NULL;

  if (!golf_test_json_is_strict (text, &where))
    g_error ("Not strict JSON at byte %" G_GSIZE_FORMAT ": “%.40s”", (gsize)(where - text), where);
}

/* A file of tests/data/, whole. */
char *
golf_test_read_fixture (const char *name,
                        gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return golf_test_read_file (path, length);
}

/* A shot of @session_id as the store holds it, or NULL. */
GolfShot *
golf_test_dup_shot (GolfStore  *store,
                    const char *session_id,
                    const char *shot_id)
{
  g_autoptr(GListModel) shots = golf_store_list_shots (store, session_id, NULL);

  for (guint i = 0; shots != NULL && i < g_list_model_get_n_items (shots); i++)
    {
      g_autoptr(GolfShot) shot = g_list_model_get_item (shots, i);

      if (g_strcmp0 (golf_shot_get_id (shot), shot_id) == 0)
        return g_steal_pointer (&shot);
    }

  return NULL;
}

/* A field of a structured log message, for log writers that check them. */
const char *
golf_test_log_field (const GLogField *fields,
                     gsize            n_fields,
                     const char      *key)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, key))
      return fields[i].value;

  return NULL;
}

/* The LOCPATH folder the build compiled @locale into (tests/meson.build),
 * or NULL when it could not (no package "locales"): the caller skips. */
const char *
golf_test_locale_path (const char *locale)
{
  const char *locpath = g_getenv ("GOLF_TEST_LOCPATH");
  g_autofree char *ctype = NULL;

  if (locpath == NULL)
    return NULL;

  ctype = g_build_filename (locpath, locale, "LC_CTYPE", NULL);
  return g_file_test (ctype, G_FILE_TEST_EXISTS) ? locpath : NULL;
}

/* Makes this process German, as `LANGUAGE=de LC_ALL=de_DE.UTF-8 golf-lab`
 * from the build folder, before setlocale(); FALSE (and nothing changed)
 * when the build could not compile the locale: the caller skips. */
gboolean
golf_test_use_german (void)
{
  const char *locpath = golf_test_locale_path ("de_DE.UTF-8");

  if (locpath == NULL)
    return FALSE;

  g_setenv ("LOCPATH", locpath, TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  return TRUE;
}

/* Runs @program (NULL-terminated arguments follow) with @env applied to
 * this process's environment: each item is NAME=VALUE, or NAME alone to
 * unset it. Returns the exit status; what @out and @err held is freed. */
int
golf_test_run (const char * const  *env,
               char               **out,
               char               **err,
               const char          *program,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);

  g_ptr_array_add (argv, (gpointer)program);
  va_start (args, program);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *equals = strchr (env[i], '=');

      if (equals == NULL)
        g_subprocess_launcher_unsetenv (launcher, env[i]);
      else
        {
          g_autofree char *name = g_strndup (env[i], equals - env[i]);

          g_subprocess_launcher_setenv (launcher, name, equals + 1, TRUE);
        }
    }

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process))
    g_error ("%s was killed by signal %d; it wrote: %s", program,
             g_subprocess_get_term_sig (process), err != NULL && *err != NULL ? *err : "");

  return g_subprocess_get_exit_status (process);
}

/* Fixture functions for g_test_add(). */
void
golf_test_app_set_up (GolfTestApp   *app,
                      gconstpointer  data)
{
  golf_test_dir_init (&app->dir);
  app->store = golf_test_store_new (app->dir.db_path);
  app->worker = golf_metrics_worker_new (app->store);
}

void
golf_test_app_tear_down (GolfTestApp   *app,
                         gconstpointer  data)
{
  g_clear_object (&app->worker);
  g_clear_object (&app->store);
  golf_test_dir_clear (&app->dir);
}

void
golf_test_save_shots (GolfStore *store,
                      GPtrArray *shots)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_store_save_shots (store, NULL, shots, &error));
  g_assert_no_error (error);
}

/* Sums in another row order differ in the last bits only. */
void
golf_test_assert_metrics_close (GolfSessionMetrics *expected,
                                GolfSessionMetrics *actual)
{
  g_assert_nonnull (actual);
  g_assert_cmpuint (golf_session_metrics_get_shot_count (actual), ==,
                    golf_session_metrics_get_shot_count (expected));
  g_assert_cmpstr (golf_session_metrics_get_clubs_used (actual), ==,
                   golf_session_metrics_get_clubs_used (expected));
  g_assert_cmpuint (golf_session_metrics_get_club_stats (actual)->len, ==,
                    golf_session_metrics_get_club_stats (expected)->len);
  for (guint m = 0; m < GOLF_N_METRICS; m++)
    {
      double e = golf_session_metrics_get (expected, m);
      double a = golf_session_metrics_get (actual, m);

      g_assert_cmpint (isnan (e), ==, isnan (a));
      if (!isnan (e))
        g_assert_cmpfloat_with_epsilon (a, e, 1e-9 * MAX (1.0, fabs (e)));
    }
}

/* The stored metrics and the session object's both equal a computation
 * from scratch over the session's shots. */
void
golf_test_assert_session_matches_shots (GolfStore  *store,
                                        const char *session_id)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GolfSessionMetrics) expected = NULL;
  g_autoptr(GolfSessionMetrics) stored = NULL;
  g_autoptr(GError) error = NULL;

  listed = golf_store_list_shots (store, session_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    g_ptr_array_add (all, g_list_model_get_item (listed, i));

  expected = golf_session_metrics_compute_shots (all);
  stored = golf_store_dup_metrics (store, session_id, &error);
  g_assert_no_error (error);
  golf_test_assert_metrics_close (expected, stored);
  golf_test_assert_metrics_close (expected, golf_session_get_metrics (golf_store_find_session (store, session_id)));
}
