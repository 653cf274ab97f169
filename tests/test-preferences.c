/* test-preferences.c: the settings a golfer chooses, and their defaults
 *
 * The unit rule the app and golf-lab-cli share (setting, older `units`
 * key, locale), the schema's defaults against the analytics', and
 * golf-lab-cli reading the setting when it is not given --units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "golf-shot-shapes.h"
#include "golf-test-util.h"
#include "golf-settings.h"
#include "golf-units-preference.h"

/* Sets LC_MEASUREMENT to @locale from the build's test locales; FALSE
 * (and the test skipped) when they could not be made. */
static gboolean
use_measurement_locale (const char *locale)
{
  const char *locpath = golf_test_locale_path (locale);

  if (locpath == NULL)
    {
      g_test_skip ("the test locales could not be made (package “locales”)");
      return FALSE;
    }

  g_setenv ("LOCPATH", locpath, TRUE);
  g_assert_nonnull (setlocale (LC_MEASUREMENT, locale));
  return TRUE;
}

static void
test_locale_rule (void)
{
  g_assert_nonnull (setlocale (LC_MEASUREMENT, "C.UTF-8"));
  g_assert_cmpint (golf_units_preference_from_locale (), ==, GOLF_DISTANCE_UNIT_YARDS);
  g_assert_nonnull (setlocale (LC_MEASUREMENT, "C"));
  g_assert_cmpint (golf_units_preference_from_locale (), ==, GOLF_DISTANCE_UNIT_YARDS);
  g_assert_cmpint (golf_units_preference_get_distance (NULL), ==, GOLF_DISTANCE_UNIT_YARDS);
  g_assert_cmpint (golf_units_preference_get_speed (NULL), ==, GOLF_SPEED_UNIT_MPH);

  if (!use_measurement_locale ("de_DE.UTF-8"))
    return;
  g_assert_cmpint (golf_units_preference_from_locale (), ==, GOLF_DISTANCE_UNIT_METRES);
  g_assert_cmpint (golf_units_preference_get_distance (NULL), ==, GOLF_DISTANCE_UNIT_METRES);
  g_assert_cmpint (golf_units_preference_get_speed (NULL), ==, GOLF_SPEED_UNIT_MPS);

  g_assert_true (use_measurement_locale ("en_US.UTF-8"));
  g_assert_cmpint (golf_units_preference_from_locale (), ==, GOLF_DISTANCE_UNIT_YARDS);

  setlocale (LC_MEASUREMENT, "C.UTF-8");
}

static void
test_settings_rule (void)
{
  g_autoptr(GSettings) settings = golf_settings_new_if_installed ();

  g_assert_nonnull (settings);

  /* Defaults: "auto", which the C locale makes yards and mph. */
  g_assert_cmpint (g_settings_get_enum (settings, "distance-unit"), ==, GOLF_DISTANCE_UNIT_AUTO);
  g_assert_cmpint (golf_units_preference_get_distance (settings), ==, GOLF_DISTANCE_UNIT_YARDS);
  g_assert_cmpint (golf_units_preference_get_speed (settings), ==, GOLF_SPEED_UNIT_MPH);

  /* The speed goes with the distance unit until it is set itself. */
  g_settings_set_string (settings, "distance-unit", "metres");
  g_assert_cmpint (golf_units_preference_get_distance (settings), ==, GOLF_DISTANCE_UNIT_METRES);
  g_assert_cmpint (golf_units_preference_get_speed (settings), ==, GOLF_SPEED_UNIT_MPS);
  g_settings_set_string (settings, "speed-unit", "kmh");
  g_assert_cmpint (golf_units_preference_get_speed (settings), ==, GOLF_SPEED_UNIT_KMH);
  g_settings_set_string (settings, "speed-unit", "mph");
  g_assert_cmpint (golf_units_preference_get_speed (settings), ==, GOLF_SPEED_UNIT_MPH);
  g_settings_reset (settings, "speed-unit");
  g_settings_reset (settings, "distance-unit");

  /* The older key decides while the new ones say "auto"... */
  g_settings_set_string (settings, "units", "si");
  g_assert_cmpint (golf_units_preference_get_distance (settings), ==, GOLF_DISTANCE_UNIT_METRES);
  g_assert_cmpint (golf_units_preference_get_speed (settings), ==, GOLF_SPEED_UNIT_MPS);

  /* ...and not once they are set. */
  g_settings_set_string (settings, "distance-unit", "yards");
  g_assert_cmpint (golf_units_preference_get_distance (settings), ==, GOLF_DISTANCE_UNIT_YARDS);
  g_assert_cmpint (golf_units_preference_get_speed (settings), ==, GOLF_SPEED_UNIT_MPH);
  g_settings_reset (settings, "distance-unit");

  /* "imperial" chosen on purpose is yards even where the locale is metric. */
  g_settings_set_string (settings, "units", "imperial");
  if (use_measurement_locale ("de_DE.UTF-8"))
    {
      g_assert_cmpint (golf_units_preference_get_distance (settings), ==, GOLF_DISTANCE_UNIT_YARDS);
      g_settings_reset (settings, "units");
      g_assert_cmpint (golf_units_preference_get_distance (settings), ==, GOLF_DISTANCE_UNIT_METRES);
      setlocale (LC_MEASUREMENT, "C.UTF-8");
    }
  g_settings_reset (settings, "units");
}

static void
test_conversions (void)
{
  g_assert_cmpfloat_with_epsilon (golf_distance_unit_from_metres (GOLF_DISTANCE_UNIT_YARDS, 100.0),
                                  109.361, 1e-3);
  g_assert_cmpfloat (golf_distance_unit_from_metres (GOLF_DISTANCE_UNIT_METRES, 100.0), ==, 100.0);
  g_assert_cmpfloat_with_epsilon (golf_speed_unit_from_mps (GOLF_SPEED_UNIT_MPH, 10.0), 22.3694, 1e-3);
  g_assert_cmpfloat_with_epsilon (golf_speed_unit_from_mps (GOLF_SPEED_UNIT_KMH, 10.0), 36.0, 1e-9);
  g_assert_cmpfloat (golf_speed_unit_from_mps (GOLF_SPEED_UNIT_MPS, 10.0), ==, 10.0);
  g_assert_true (isnan (golf_speed_unit_from_mps (GOLF_SPEED_UNIT_KMH, NAN)));
  g_assert_true (isnan (golf_distance_unit_from_metres (GOLF_DISTANCE_UNIT_YARDS, NAN)));
}

/* The preferences start where the analytics do. */
static void
test_schema_defaults (void)
{
  g_autoptr(GSettings) settings = golf_settings_new_if_installed ();
  g_autofree char *hand = NULL;
  g_autofree char *address = NULL;
  g_autofree char *session = NULL;
  GolfShapeThresholds iron, wedge;
  GolfHand parsed;

  golf_shape_thresholds_for_club ("7 Iron", &iron);
  golf_shape_thresholds_for_club ("PW", &wedge);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-start-threshold"), ==, iron.start);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-start-threshold"), ==, wedge.start);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-curve-threshold"), ==, iron.curve);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-severe-threshold"), ==, iron.severe);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-wedge-curve-threshold"), ==, wedge.curve);
  g_assert_cmpfloat (g_settings_get_double (settings, "shape-wedge-severe-threshold"), ==, wedge.severe);

  /* The hand's nicks and values are GolfHand's. */
  g_assert_cmpint (g_settings_get_enum (settings, "handedness"), ==, GOLF_HAND_RIGHT);
  g_settings_set_enum (settings, "handedness", GOLF_HAND_LEFT);
  hand = g_settings_get_string (settings, "handedness");
  g_assert_true (golf_hand_from_string (hand, &parsed));
  g_assert_cmpint (parsed, ==, GOLF_HAND_LEFT);
  g_settings_reset (settings, "handedness");

  address = g_settings_get_string (settings, "uneekor-api");
  g_assert_cmpstr (address, ==, "");
  session = g_settings_get_string (settings, "selected-session");
  g_assert_cmpstr (session, ==, "");
  /* The student chosen in the sidebar: the default player, "Me". */
  g_assert_cmpint (g_settings_get_int64 (settings, "selected-player"), ==, GOLF_PLAYER_DEFAULT_ID);
}

typedef struct
{
  GolfTestDir  dir;
  char        *config_home;
  char        *config_env;
  char        *schema_env;
} CliFixture;

static void
cli_set_up (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *report = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *env[] = { NULL };

  golf_test_dir_init (&f->dir);
  f->config_home = g_build_filename (f->dir.dir, "config", NULL);
  f->config_env = g_strconcat ("XDG_CONFIG_HOME=", f->config_home, NULL);
  f->schema_env = g_strconcat ("GSETTINGS_SCHEMA_DIR=", g_getenv ("GOLF_TEST_SCHEMA_DIR"), NULL);

  report = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", "report-440001.json", NULL);
  g_assert_cmpint (golf_test_run (env, &out, &err, g_getenv ("GOLF_LAB_CLI"),
                                  "--db", f->dir.db_path, "import", report, NULL), ==, 0);
}

static void
cli_tear_down (CliFixture    *f,
               gconstpointer  data)
{
  g_free (f->config_home);
  g_free (f->config_env);
  g_free (f->schema_env);
  golf_test_dir_clear (&f->dir);
}

/* Writes the app's settings as GLib's keyfile backend keeps them. */
static void
write_settings (CliFixture *f,
                const char *lines)
{
  g_autofree char *folder = g_build_filename (f->config_home, "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (folder, "keyfile", NULL);
  g_autofree char *text = g_strconcat ("[io/github/golflab/GolfLab]\n", lines, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* The unit of the "Average carry" line of `metrics 440001`, with the
 * settings in the keyfile backend and @locale (its messages in English,
 * LANGUAGE=en, so the line keeps that label in any locale). */
static char *
carry_unit (CliFixture *f,
            const char *locale,
            const char *units_option)
{
  g_autofree char *locale_env = g_strconcat ("LC_ALL=", locale, NULL);
  g_autofree char *locpath_env = g_strconcat ("LOCPATH=", g_getenv ("GOLF_TEST_LOCPATH"), NULL);
  const char *env[] = { "GSETTINGS_BACKEND=keyfile", f->config_env, f->schema_env,
                        locale_env, locpath_env, "LANGUAGE=en", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (golf_test_run (env, &out, &err, g_getenv ("GOLF_LAB_CLI"), "--db", f->dir.db_path,
                                  "metrics", "440001", units_option, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Average carry"))
      return g_strdup (strrchr (lines[i], ' ') + 1);

  g_assert_not_reached ();
}

static void
assert_carry_unit (CliFixture *f,
                   const char *locale,
                   const char *units_option,
                   const char *expected)
{
  g_autofree char *unit = carry_unit (f, locale, units_option);

  g_assert_cmpstr (unit, ==, expected);
}

static void
test_cli_reads_setting (CliFixture    *f,
                        gconstpointer  data)
{
  assert_carry_unit (f, "C.UTF-8", NULL, "yd");

  write_settings (f, "distance-unit='metres'\n");
  assert_carry_unit (f, "C.UTF-8", NULL, "m");
  assert_carry_unit (f, "C.UTF-8", "--units=imperial", "yd");

  write_settings (f, "distance-unit='yards'\n");
  assert_carry_unit (f, "C.UTF-8", NULL, "yd");
  assert_carry_unit (f, "C.UTF-8", "--units=metric", "m");
  assert_carry_unit (f, "C.UTF-8", "--units=si", "m");

  /* What the window of 0.1 saved. */
  write_settings (f, "units='si'\n");
  assert_carry_unit (f, "C.UTF-8", NULL, "m");
}

static void
test_cli_follows_locale (CliFixture    *f,
                         gconstpointer  data)
{
  if (golf_test_locale_path ("de_DE.UTF-8") == NULL || golf_test_locale_path ("en_US.UTF-8") == NULL)
    {
      g_test_skip ("the test locales could not be made (package “locales”)");
      return;
    }

  assert_carry_unit (f, "de_DE.UTF-8", NULL, "m");
  assert_carry_unit (f, "en_US.UTF-8", NULL, "yd");

  write_settings (f, "distance-unit='yards'\n");
  assert_carry_unit (f, "de_DE.UTF-8", NULL, "yd");
}

/* golf-lab-cli alone on a machine: no schema, or an older one. */
static void
test_cli_without_schema (CliFixture    *f,
                         gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (f->dir.dir, "share", NULL);
  g_autofree char *data_dirs = g_strconcat ("XDG_DATA_DIRS=", empty, NULL);
  g_autofree char *data_home = g_strconcat ("XDG_DATA_HOME=", empty, NULL);
  g_autofree char *old_schemas = g_build_filename (f->dir.dir, "old-schemas", NULL);
  g_autofree char *old_schema = g_build_filename (old_schemas, "io.github.golflab.GolfLab.gschema.xml", NULL);
  g_autofree char *old_env = g_strconcat ("GSETTINGS_SCHEMA_DIR=", old_schemas, NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;

  {
    const char *env[] = { "GSETTINGS_SCHEMA_DIR", "GSETTINGS_BACKEND=keyfile", f->config_env,
                          data_dirs, data_home, NULL };

    write_settings (f, "distance-unit='metres'\n");
    g_assert_cmpint (golf_test_run (env, &out, &err, g_getenv ("GOLF_LAB_CLI"), "--db", f->dir.db_path,
                                    "metrics", "440001", NULL), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_assert_nonnull (strstr (out, " yd\n"));
  }

  /* Version 0.1's schema has `units` only. */
  g_assert_cmpint (g_mkdir_with_parents (old_schemas, 0700), ==, 0);
  g_file_set_contents (old_schema,
                       "<schemalist>"
                       "<enum id='io.github.golflab.GolfLab.Units'>"
                       "<value nick='imperial' value='0'/><value nick='si' value='1'/></enum>"
                       "<schema id='io.github.golflab.GolfLab' path='/io/github/golflab/GolfLab/'>"
                       "<key name='units' enum='io.github.golflab.GolfLab.Units'>"
                       "<default>'imperial'</default></key>"
                       "</schema></schemalist>", -1, &error);
  g_assert_no_error (error);
  {
    const char *compile[] = { NULL };
    const char *env[] = { old_env, "GSETTINGS_BACKEND=keyfile", f->config_env, NULL };

    g_assert_cmpint (golf_test_run (compile, &out, &err, "glib-compile-schemas", old_schemas, NULL), ==, 0);
    write_settings (f, "distance-unit='yards'\nunits='si'\n");
    g_assert_cmpint (golf_test_run (env, &out, &err, g_getenv ("GOLF_LAB_CLI"), "--db", f->dir.db_path,
                                    "metrics", "440001", NULL), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_assert_nonnull (strstr (out, " m\n"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* The build's schema, before GSettings first looks for one. */
  g_setenv ("GSETTINGS_SCHEMA_DIR", g_getenv ("GOLF_TEST_SCHEMA_DIR"), TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  g_test_add_func ("/preferences/locale-rule", test_locale_rule);
  g_test_add_func ("/preferences/settings-rule", test_settings_rule);
  g_test_add_func ("/preferences/conversions", test_conversions);
  g_test_add_func ("/preferences/schema-defaults", test_schema_defaults);
  g_test_add ("/preferences/cli-reads-setting", CliFixture, NULL,
              cli_set_up, test_cli_reads_setting, cli_tear_down);
  g_test_add ("/preferences/cli-follows-locale", CliFixture, NULL,
              cli_set_up, test_cli_follows_locale, cli_tear_down);
  g_test_add ("/preferences/cli-without-schema", CliFixture, NULL,
              cli_set_up, test_cli_without_schema, cli_tear_down);

  return g_test_run ();
}
