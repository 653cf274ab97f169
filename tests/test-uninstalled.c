/* test-uninstalled.c: the programs as they run from the build folder
 *
 * They speak the user's language without `meson install` (the catalogs the
 * build compiles into <builddir>/po) and tell their version without a
 * display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "golf-locale.h"
#include "golf-test-util.h"

/* Runs @program with @env applied to this process's environment: each
 * item is NAME=VALUE, or NAME alone to unset it. Returns the exit status. */
static int
run_program (const char * const  *env,
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

  return g_subprocess_get_exit_status (process);
}

static void
test_locale_dir_in_build (void)
{
  g_autofree char *catalog = NULL;
  g_autofree char *elsewhere = NULL;
  g_autofree char *program = NULL;

  /* This test program runs from the build folder: the build's catalogs. */
  g_assert_cmpstr (golf_locale_get_dir (), ==, GOLF_BUILD_LOCALEDIR);
  catalog = g_build_filename (golf_locale_get_dir (), "de", "LC_MESSAGES", "golf-lab.mo", NULL);
  g_assert_true (g_file_test (catalog, G_FILE_TEST_IS_REGULAR));

  program = g_file_read_link ("/proc/self/exe", NULL);
  g_assert_cmpstr (golf_locale_dir_for_program (program), ==, GOLF_BUILD_LOCALEDIR);

  /* Installed, or in a folder that only starts like the build's. */
  g_assert_cmpstr (golf_locale_dir_for_program ("/usr/bin/golf-lab"), ==, LOCALEDIR);
  elsewhere = g_strconcat (GOLF_BUILD_ROOT, "-installed/bin/golf-lab", NULL);
  g_assert_cmpstr (golf_locale_dir_for_program (elsewhere), ==, LOCALEDIR);
}

static void
test_app_speaks_german (void)
{
  const char *app = g_getenv ("GOLF_LAB_APP");
  const char *locpath = golf_test_locale_path ("de_DE.UTF-8");
  g_autofree char *locpath_env = NULL;
  g_autofree char *out = NULL, *err = NULL;

  if (app == NULL)
    {
      g_test_skip ("built without the GTK application");
      return;
    }
  if (locpath == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale could not be made (package “locales”)");
      return;
    }

  locpath_env = g_strconcat ("LOCPATH=", locpath, NULL);
  {
    const char *env[] = { "LANGUAGE=de", "LC_ALL=de_DE.UTF-8", locpath_env, NULL };

    g_assert_cmpint (run_program (env, &out, &err, app, "--help", NULL), ==, 0);
  }
  g_assert_nonnull (strstr (out, "--db=DATEI"));
  g_assert_nonnull (strstr (out, "Die Schlagdatenbank DATEI statt der vorgegebenen verwenden"));
  g_assert_nonnull (strstr (out, "Die Version ausgeben und beenden"));
  g_assert_null (strstr (out, "Use the shot database"));
}

static void
test_app_speaks_english_by_default (void)
{
  const char *app = g_getenv ("GOLF_LAB_APP");
  const char *env[] = { "LANGUAGE", "LC_ALL=C.UTF-8", NULL };
  g_autofree char *out = NULL, *err = NULL;

  if (app == NULL)
    {
      g_test_skip ("built without the GTK application");
      return;
    }

  g_assert_cmpint (run_program (env, &out, &err, app, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--db=FILE"));
  g_assert_nonnull (strstr (out, "Print the version and exit"));
}

static void
test_app_version_without_display (void)
{
  const char *app = g_getenv ("GOLF_LAB_APP");
  const char *env[] = { "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_strdup_printf ("golf-lab %s\n", PACKAGE_VERSION);

  if (app == NULL)
    {
      g_test_skip ("built without the GTK application");
      return;
    }

  g_assert_cmpint (run_program (env, &out, &err, app, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/uninstalled/locale-dir", test_locale_dir_in_build);
  g_test_add_func ("/uninstalled/app-german", test_app_speaks_german);
  g_test_add_func ("/uninstalled/app-english", test_app_speaks_english_by_default);
  g_test_add_func ("/uninstalled/app-version", test_app_version_without_display);

  return g_test_run ();
}
