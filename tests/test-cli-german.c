/* test-cli-german.c: golf-lab-cli speaks the user's language
 *
 * Run from the build folder as `LANGUAGE=de LC_ALL=de_DE.UTF-8
 * golf-lab-cli …`, the CLI's messages, table headers and counts are German
 * like its numbers, while its JSON stays the same bytes as in English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "golf-test-util.h"

typedef struct
{
  GolfTestDir dir;
  char       *locpath;
  char       *report;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  golf_test_dir_init (&f->dir);
  f->locpath = g_strconcat ("LOCPATH=", golf_test_locale_path ("de_DE.UTF-8"), NULL);
  f->report = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "data", "samples", "report-440001.json", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  golf_test_dir_clear (&f->dir);
  g_free (f->locpath);
  g_free (f->report);
}

/* Runs the CLI on the fixture's database, in German or in English. */
static int
run_cli (Fixture     *f,
         gboolean     german,
         char       **out,
         char       **err,
         const char  *command,
         const char  *arg1,
         const char  *arg2,
         const char  *arg3)
{
  const char *de[] = { "LANGUAGE=de", "LC_ALL=de_DE.UTF-8", f->locpath, NULL };
  const char *en[] = { "LANGUAGE", "LC_ALL=C.UTF-8", NULL };

  return golf_test_run (german ? de : en, out, err, g_getenv ("GOLF_LAB_CLI"),
                        "--db", f->dir.db_path, command, arg1, arg2, arg3, NULL);
}

static gboolean
have_german (void)
{
  if (golf_test_locale_path ("de_DE.UTF-8") != NULL)
    return TRUE;

  g_test_skip ("the de_DE.UTF-8 locale could not be made (package “locales”)");
  return FALSE;
}

static void
test_messages (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  if (!have_german ())
    return;

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "shotz", NULL, NULL, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "golf-lab-cli: es gibt keinen Befehl „shotz“; meinten Sie „shots“?"));
  g_assert_nonnull (strstr (err, "„golf-lab-cli --help“ listet die Befehle auf."));
  g_assert_null (strstr (err, "there is no command"));

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "--help", NULL, NULL, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Aufruf: golf-lab-cli [--db DATEI] BEFEHL"));
  g_assert_nonnull (strstr (out, "Die Kennzahlen einer Einheit zeigen"));
  /* Command names are what the user types: never translated. */
  g_assert_nonnull (strstr (out, "  club-stats "));

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "sessions", "--help", NULL, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Nur die Einheiten dieses Spielers"));
  g_assert_nonnull (strstr (out, "--player NAME"));
}

static void
test_tables_and_plurals (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  if (!have_german ())
    return;

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "import", f->report, NULL, NULL), ==, 0);

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "sessions", "--units", "si", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "EINHEIT  DATUM       SPIELER  SCHLÄGE  CARRY Ø  SCHLÄGER\n"));
  g_assert_nonnull (strstr (out, "151,5 m"));

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "shots", "440001", "--units", "si"), ==, 0);
  g_assert_nonnull (strstr (out, "\n60 Schläge; Entfernungen in Meter, Geschwindigkeiten in m/s\n"));

  /* One session, then two. */
  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "backfill", NULL, NULL, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Kennzahlen von 1 Einheit neu berechnet\n");
  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "import", f->report, "--session", "second"), ==, 0);
  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "backfill", NULL, NULL, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Kennzahlen von 2 Einheiten neu berechnet\n");

  g_assert_cmpint (run_cli (f, FALSE, &out, &err, "backfill", NULL, NULL, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Recomputed the metrics of 2 sessions\n");
}

/* The analysis and model commands: a table header, whole sentences with
 * their counts, and the message of a command that has no model to use. */
static void
test_analysis_and_models (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  if (!have_german ())
    return;

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "import", f->report, NULL, NULL), ==, 0);

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "gapping", "--units", "si", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "SCHLÄGER   BEHALTEN  BEISEITE  MEDIAN "));
  g_assert_nonnull (strstr (out, "\n1 Einheit. Median-Carry der behaltenen Schläge"));
  g_assert_nonnull (strstr (out, "Entfernungen in Metern.\n"));
  g_assert_null (strstr (out, "session"));

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "compare", "440001", "440001", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "A: Einheit 440001 (2026-10-03, 60 Schläge)\n"));
  g_assert_nonnull (strstr (out, "KENNZAHL "));
  g_assert_nonnull (strstr (out, "  gleich\n"));

  /* A club no shot has: one whole sentence, not two glued pieces. */
  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "dispersion", "440001", "--club", "Putter"), ==, 1);
  g_assert_nonnull (strstr (err, "Die Einheit 440001 hat keine Schläge mit dem Schläger „Putter“; die Schläger: "));

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "predict", "--ball-speed", "150", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "golf-lab-cli: Es gibt noch kein Modell für carry in "));
  g_assert_nonnull (strstr (err, "; „golf-lab-cli train“ erstellt eines\n"));

  g_assert_cmpint (run_cli (f, TRUE, &out, &err, "models", NULL, NULL, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Noch keine Modelle für carry in "));
}

/* Scripts read the JSON: the same bytes whatever the language (with the
 * units given, since without --units the locale picks them). */
static void
test_json_unchanged (Fixture       *f,
                     gconstpointer  data)
{
  const char *commands[][5] = {
    { "sessions", "--json", "--units", "si" },
    { "shots", "440001", "--json", "--units", "imperial" },
    { "club-stats", "440001", "--json", "--units", "si" },
    { "players", "--json" },
    { "gapping", "--json", "--units", "si" },
    { "compare", "440001", "440001", "--json", "--units=si" },
    { "score", "440001", "--json", "--units", "imperial" },
    { "trend", "carry", "--json", "--units", "si" },
    { "models", "--json" },
  };
  g_autofree char *out = NULL, *err = NULL;

  if (!have_german ())
    return;

  g_assert_cmpint (run_cli (f, FALSE, &out, &err, "import", f->report, NULL, NULL), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *english = NULL, *german = NULL;
      const char * const *c = commands[i];

      g_assert_cmpint (golf_test_run ((const char *[]) { "LANGUAGE", "LC_ALL=C.UTF-8", NULL },
                                      &english, &err, g_getenv ("GOLF_LAB_CLI"), "--db", f->dir.db_path,
                                      c[0], c[1], c[2], c[3], c[4], NULL), ==, 0);
      g_assert_cmpint (golf_test_run ((const char *[]) { "LANGUAGE=de", "LC_ALL=de_DE.UTF-8", f->locpath, NULL },
                                      &german, &err, g_getenv ("GOLF_LAB_CLI"), "--db", f->dir.db_path,
                                      c[0], c[1], c[2], c[3], c[4], NULL), ==, 0);
      golf_test_assert_strict_json (german);
      g_assert_cmpstr (german, ==, english);
    }

  /* An import's report, set-aside rows and their reasons included, into a
   * new database each time. */
  {
    g_autofree char *csv = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "garmin-r10-en.csv", NULL);
    g_autofree char *db_en = g_build_filename (f->dir.dir, "en.db", NULL);
    g_autofree char *db_de = g_build_filename (f->dir.dir, "de.db", NULL);
    g_autofree char *english = NULL, *german = NULL;

    g_assert_cmpint (golf_test_run ((const char *[]) { "LANGUAGE", "LC_ALL=C.UTF-8", NULL },
                                    &english, &err, g_getenv ("GOLF_LAB_CLI"), "--db", db_en,
                                    "import", csv, "--json", NULL), ==, 0);
    g_assert_cmpint (golf_test_run ((const char *[]) { "LANGUAGE=de", "LC_ALL=de_DE.UTF-8", f->locpath, NULL },
                                    &german, &err, g_getenv ("GOLF_LAB_CLI"), "--db", db_de,
                                    "import", csv, "--json", NULL), ==, 0);
    g_assert_nonnull (strstr (english, "\"reason\""));
    g_assert_cmpstr (german, ==, english);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/german/messages", Fixture, NULL, fixture_set_up, test_messages, fixture_tear_down);
  g_test_add ("/cli/german/tables-and-plurals", Fixture, NULL,
              fixture_set_up, test_tables_and_plurals, fixture_tear_down);
  g_test_add ("/cli/german/analysis-and-models", Fixture, NULL,
              fixture_set_up, test_analysis_and_models, fixture_tear_down);
  g_test_add ("/cli/german/json-unchanged", Fixture, NULL, fixture_set_up, test_json_unchanged, fixture_tear_down);

  return g_test_run ();
}
