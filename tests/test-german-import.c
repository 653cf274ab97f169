/* test-german-import.c: what the import layer says reaches a German
 * golfer in German
 *
 * The program runs with LANGUAGE=de and LC_ALL=de_DE.UTF-8 (compiled into
 * the build folder when the system lacks it) and binds its catalogue
 * where the app does. A real import of a Uneekor report with a shot set
 * aside and an impossible value must give a German import report, with
 * the singular for one and the plural for two; a bad link a German error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-german-import"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "golf-distance-model.h"
#include "golf-import-report.h"
#include "golf-locale.h"
#include "golf-store-private.h"
#include "golf-test-util.h"
#include "golf-uneekor-link.h"
#include "golf-uneekor-report.h"

static gboolean have_german;

/* One club group: @n_shots shots (the first with a ball speed no ball
 * reaches), then @n_bad entries that are not shots. */
static char *
write_report (GolfTestDir *dir,
              const char  *name,
              guint        n_shots,
              guint        n_bad)
{
  g_autoptr(GString) json = g_string_new ("[{\"id\": 7, \"club_name\": \"IRON7\", "
                                          "\"client_created_date\": \"2024-05-17\", \"shots\": [");
  g_autofree char *path = g_build_filename (dir->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_shots; i++)
    g_string_append_printf (json, "%s{\"id\": %u, \"ball_speed\": %s, \"carry_distance\": 140.5}",
                            i > 0 ? ", " : "", i + 1, i == 0 ? "160.5" : "52.5");
  for (guint i = 0; i < n_bad; i++)
    g_string_append (json, ", \"not a shot\"");
  g_string_append (json, "]}]");

  g_file_set_contents (path, json->str, -1, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

/* The import report's text, in a fresh database; NULL (the test skipped)
 * without the German locale. */
static char *
import_text (const char *name,
             guint       n_shots,
             guint       n_bad)
{
  GolfTestDir dir;
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  char *text;

  if (!have_german)
    {
      g_test_skip ("the de_DE.UTF-8 locale could not be made (package “locales”)");
      return NULL;
    }

  golf_test_dir_init (&dir);
  store = golf_test_store_new (dir.db_path);
  path = write_report (&dir, name, n_shots, n_bad);
  report = golf_uneekor_report_import_file (store, path, name, &error);
  g_assert_no_error (error);

  text = golf_import_report_to_text (report);
  g_test_message ("%s", text);
  g_clear_object (&store);
  golf_test_dir_clear (&dir);

  return text;
}

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the import report:\n%s", part, text);
}

static void
test_report_one (void)
{
  g_autofree char *text = import_text ("one", 1, 1);

  if (text == NULL)
    return;

  assert_has (text, "Uneekor-Bericht „one“\n");
  assert_has (text, "1 Schlag in 1 Trainingseinheit importiert: 1 neu, 0 aktualisiert, "
                    "0 unverändert, 1 beiseitegelegt\n");
  assert_has (text, "  Einheit one: 1 neu, 0 aktualisiert, 0 unverändert\n");
  assert_has (text, "1 Zeile beiseitegelegt:\n  Schlägergruppe 1, Schlag 2: ist kein Schlag (kein JSON-Objekt)\n");
  assert_has (text, "Als fehlend gespeichert: 1 Wert:\n"
                    "  Schlag one_7_1: Ballgeschwindigkeit 160.5 m/s liegt über den möglichen 150 m/s; "
                    "als fehlend gespeichert\n");
  g_assert_null (strstr (text, "Imported"));
  g_assert_null (strstr (text, "Set aside"));
}

static void
test_report_two (void)
{
  g_autofree char *text = import_text ("two", 2, 2);

  if (text == NULL)
    return;

  assert_has (text, "2 Schläge in 1 Trainingseinheit importiert: 2 neu, 0 aktualisiert, "
                    "0 unverändert, 2 beiseitegelegt\n");
  assert_has (text, "2 Zeilen beiseitegelegt:\n");
  assert_has (text, "  Schlägergruppe 1, Schlag 4: ist kein Schlag (kein JSON-Objekt)\n");
}

static void
test_link_error (void)
{
  g_autofree char *id = NULL, *key = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_german)
    {
      g_test_skip ("the de_DE.UTF-8 locale could not be made (package “locales”)");
      return;
    }

  g_assert_false (golf_uneekor_link_parse ("https://example.com/report?id=1&key=a", &id, &key, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_LINK);
  g_assert_cmpstr (error->message, ==,
                   "Dies ist kein Link zu einem Uneekor-Bericht (er sollte mit https://my.uneekor.com/ "
                   "beginnen); kopieren Sie den ganzen Link aus dem Uneekor-Portal");

  g_clear_error (&error);
  g_assert_false (golf_uneekor_link_parse ("https://my.uneekor.com/report?id=44478", &id, &key, &error));
  g_assert_cmpstr (error->message, ==,
                   "Dem Berichtslink fehlt der Teil key=; kopieren Sie den ganzen Link aus dem Uneekor-Portal");
}

/* The store's messages reach the window's error page: in German too, with
 * the step that failed in German within them. */
static void
test_store_error (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *folder = NULL;
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_german)
    {
      g_test_skip ("the de_DE.UTF-8 locale could not be made (package “locales”)");
      return;
    }

  golf_test_dir_init (&dir);
  folder = g_build_filename (dir.dir, "ordner.db", NULL);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  store = golf_store_new (folder, &error);
  g_assert_null (store);
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "ist ein Ordner, keine Datenbankdatei"));
  g_clear_error (&error);

  /* A failure inside SQLite names its step in German as well. */
  g_assert_false (_golf_store_set_error (&error, NULL, SQLITE_FULL, N_("save shots")));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "(Speichern von Schlägen war nicht möglich)"));
}

/* What the Model page shows of a damaged model, in German. */
static void
test_model_error (void)
{
  g_auto(GolfTestDir) dir = { 0 };
  g_autofree char *model = NULL;
  g_autoptr(GolfDistanceModel) loaded = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_german)
    {
      g_test_skip ("the de_DE.UTF-8 locale could not be made (package “locales”)");
      return;
    }

  golf_test_dir_init (&dir);
  model = g_build_filename (dir.dir, "carry-model.json", NULL);
  g_assert_true (g_file_set_contents (model, "not a model", -1, NULL));
  loaded = golf_distance_model_load (model, dir.dir, &error);
  g_assert_null (loaded);
  g_assert_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "ist kein Golf-Lab-Modell (kein JSON)"));
}

int
main (int   argc,
      char *argv[])
{
  /* As `LANGUAGE=de LC_ALL=de_DE.UTF-8 golf-lab` from the build folder. */
  have_german = golf_test_use_german ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, golf_locale_get_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/german-import/report-one", test_report_one);
  g_test_add_func ("/german-import/report-two", test_report_two);
  g_test_add_func ("/german-import/link-error", test_link_error);
  g_test_add_func ("/german-import/store-error", test_store_error);
  g_test_add_func ("/german-import/model-error", test_model_error);

  return g_test_run ();
}
