/* test-uninstalled.c: the programs as they run from the build folder
 *
 * They speak the user's language without `meson install` (the catalogs the
 * build compiles into <builddir>/po) and tell their version without a
 * display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

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
