/* test-uninstalled.c: the programs as they run from the build folder
 *
 * They speak the user's language without `meson install` (the catalogs the
 * build compiles into <builddir>/po) and tell their version without a
 * display; build-aux/run-uninstalled, which the README's first command
 * starts the app with, keeps settings between runs and makes a locale the
 * system lacks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "golf-locale.h"
#include "golf-test-util.h"

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

    g_assert_cmpint (golf_test_run (env, &out, &err, app, "--help", NULL), ==, 0);
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

  g_assert_cmpint (golf_test_run (env, &out, &err, app, "--help", NULL), ==, 0);
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

  g_assert_cmpint (golf_test_run (env, &out, &err, app, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
}

static char *
run_uninstalled_script (void)
{
  return g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "build-aux", "run-uninstalled", NULL);
}

/* No session bus, as on a fresh machine: what `gsettings set` stores in
 * one run is there in the next, for the CLI too. */
static void
test_settings_persist (void)
{
  g_autofree char *script = run_uninstalled_script ();
  g_autofree char *home = NULL;
  g_autofree char *home_env = NULL, *config_env = NULL, *runtime_env = NULL;
  g_autofree char *runtime = NULL, *db = NULL, *report = NULL, *dconf_file = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dbus_run_session = g_find_program_in_path ("dbus-run-session");
  g_autofree char *gsettings = g_find_program_in_path ("gsettings");

  if (dbus_run_session == NULL || gsettings == NULL ||
      !g_file_test ("/usr/share/dbus-1/services/ca.desrt.dconf.service", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("needs dbus-run-session, gsettings and dconf-service");
      return;
    }

  home = g_dir_make_tmp ("golf-lab-home-XXXXXX", &error);
  g_assert_no_error (error);
  runtime = g_build_filename (home, "run", NULL);
  g_assert_cmpint (g_mkdir (runtime, 0700), ==, 0);
  home_env = g_strconcat ("HOME=", home, NULL);
  config_env = g_strconcat ("XDG_CONFIG_HOME=", home, "/config", NULL);
  runtime_env = g_strconcat ("XDG_RUNTIME_DIR=", runtime, NULL);
  db = g_build_filename (home, "shots.db", NULL);
  report = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", "report-440001.json", NULL);

  {
    const char *env[] = { home_env, config_env, runtime_env, "DBUS_SESSION_BUS_ADDRESS",
                          "GSETTINGS_BACKEND", "GSETTINGS_SCHEMA_DIR", NULL };

    g_assert_cmpint (golf_test_run (env, &out, &err, script, GOLF_BUILD_ROOT, "gsettings", "set",
                                    APP_ID, "distance-unit", "metres", NULL), ==, 0);
    g_assert_null (strstr (err, "WARNING"));
    dconf_file = g_build_filename (home, "config", "dconf", "user", NULL);
    g_assert_true (g_file_test (dconf_file, G_FILE_TEST_IS_REGULAR));

    g_assert_cmpint (golf_test_run (env, &out, &err, script, GOLF_BUILD_ROOT, "gsettings", "get",
                                    APP_ID, "distance-unit", NULL), ==, 0);
    g_assert_cmpstr (out, ==, "'metres'\n");

    g_assert_cmpint (golf_test_run (env, &out, &err, g_getenv ("GOLF_LAB_CLI"),
                                    "--db", db, "import", report, NULL), ==, 0);
    g_assert_cmpint (golf_test_run (env, &out, &err, script, GOLF_BUILD_ROOT, g_getenv ("GOLF_LAB_CLI"),
                                    "--db", db, "metrics", "440001", NULL), ==, 0);
    g_assert_nonnull (strstr (out, "Average carry                151.5 m\n"));
    g_assert_null (strstr (err, "WARNING"));
  }

  golf_test_remove_tree (home);
}

/* A German user whose system has no German locale generated. */
static void
test_locale_made_for_the_user (void)
{
  const char *app = g_getenv ("GOLF_LAB_APP");
  g_autofree char *script = run_uninstalled_script ();
  const char *env[] = { "LANGUAGE=de", "LC_ALL=de_DE.UTF-8", "LOCPATH", NULL };
  g_autofree char *out = NULL, *err = NULL;

  if (app == NULL)
    {
      g_test_skip ("built without the GTK application");
      return;
    }
  if (golf_test_locale_path ("de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale cannot be made here (package “locales”)");
      return;
    }

  g_assert_cmpint (golf_test_run (env, &out, &err, script, GOLF_BUILD_ROOT, app, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Die Schlagdatenbank DATEI statt der vorgegebenen verwenden"));
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
  g_test_add_func ("/uninstalled/settings-persist", test_settings_persist);
  g_test_add_func ("/uninstalled/locale-made-for-the-user", test_locale_made_for_the_user);

  return g_test_run ();
}
