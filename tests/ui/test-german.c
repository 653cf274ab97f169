/* test-german.c: every page of the window in German, as a German golfer
 * starting the app from the build folder sees it
 *
 * The program runs with LANGUAGE=de and LC_ALL=de_DE.UTF-8 (compiled into
 * the build folder when the system lacks it) and binds its catalogue
 * where the app does. On every page it walks the visible labels: none may
 * read an English text that po/de.po translates, nor an English word the
 * lower layers use (shot shapes, trend words). Numbers carry a decimal
 * comma and dates the German form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-german"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "golf-dashboard-page.h"
#include "golf-locale.h"
#include "golf-metric-card.h"
#include "golf-model-page.h"
#include "golf-preferences-window.h"
#include "golf-test-capture.h"
#include "golf-test-util.h"
#include "golf-trends-page.h"
#include "golf-ui-test-util.h"

static gboolean have_german;
static GHashTable *english;   /* msgid (mnemonics taken out) -> its German */

/* What the layers below the window say in English, and must never reach
 * a German label as they are (German golfers say "Push" and "Draw" too,
 * but not in the analytics' lower case). */
static const char * const lower_layer_words[] = {
  "no clear change", "moderate increase", "large increase", "moderate decrease", "large decrease",
  "pull", "push", "straight", "draw", "fade", "hook", "slice", "push fade", "pull draw",
  "straight fade", "straight draw", "better", "worse", "same", "high", "medium", "low",
  "ridge", "xgboost", NULL,
};

static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* "text \"quoted\"" -> text "quoted" */
static char *
unquote (const char *quoted)
{
  gsize length = strlen (quoted);
  g_autofree char *inner = g_strndup (quoted + 1, length >= 2 ? length - 2 : 0);

  return g_strcompress (inner);
}

/* msgid -> msgstr of po/de.po, for entries without a context or plural
 * whose German differs from the English. */
static GHashTable *
read_catalogue (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GOLF_LAB_SOURCE_DIR"), "po", "de.po", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) msgid = g_string_new (NULL);
  g_autoptr(GString) msgstr = g_string_new (NULL);
  GString *current = NULL;
  gboolean skip = FALSE;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *part = NULL;

      if (g_str_has_prefix (line, "msgctxt") || g_str_has_prefix (line, "msgid_plural"))
        skip = TRUE;
      if (g_str_has_prefix (line, "msgid \""))
        current = msgid, line += 6;
      else if (g_str_has_prefix (line, "msgstr \""))
        current = msgstr, line += 7;
      else if (line[0] != '"')
        {
          if (line[0] == '\0')
            {
              if (!skip && msgid->len > 0 && msgstr->len > 0 && strcmp (msgid->str, msgstr->str) != 0)
                g_hash_table_insert (table, strip_mnemonic (msgid->str), g_strdup (msgstr->str));
              g_string_truncate (msgid, 0);
              g_string_truncate (msgstr, 0);
              skip = FALSE;
              current = NULL;
            }
          continue;
        }

      if (current == NULL)
        continue;
      part = unquote (line);
      g_string_append (current, part);
    }

  return table;
}

/* Every visible label under @widget reads German (or a name, a number). */
static void
assert_german (GtkWidget  *widget,
               const char *where)
{
  g_autoptr(GPtrArray) labels = ui_collect_labels (widget);
  guint n_checked = 0;

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      if (text[0] == '\0')
        continue;
      n_checked++;
      if (g_hash_table_contains (english, text))
        g_error ("%s shows “%s” in English; German: “%s”", where, text,
                 (const char *) g_hash_table_lookup (english, text));
      for (guint w = 0; lower_layer_words[w] != NULL; w++)
        if (strcmp (text, lower_layer_words[w]) == 0)
          g_error ("%s shows “%s”, an English word of the analytics", where, text);
    }

  g_test_message ("%s: %u labels in German", where, n_checked);
  g_assert_cmpuint (n_checked, >, 3);
}

static gpointer
page (UiFixture  *fixture,
      const char *name)
{
  return ui_template_child (fixture->window, GOLF_TYPE_WINDOW, name);
}

static void
show_page (UiFixture  *fixture,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", name));
  ui_iterate_for (200);
}

static gboolean
dashboard_settled (gpointer data)
{
  GolfDashboardModel *model = golf_dashboard_page_get_model (page (data, "dashboard_page"));

  return golf_dashboard_model_get_data (model) != NULL && !golf_dashboard_model_get_busy (model);
}

static gboolean
trends_ready (gpointer data)
{
  GolfTrendsPage *trends = page (data, "trends_page");

  return !golf_trend_index_get_busy (golf_trends_page_get_index (trends)) &&
         golf_trends_page_get_trend (trends) != NULL && golf_trend_get_n (golf_trends_page_get_trend (trends)) > 0 &&
         !golf_trends_page_get_comparing (trends);
}

static gboolean
trained (gpointer data)
{
  return !golf_model_page_get_training (page (data, "model_page"));
}

static void
pick_dashboard_club (UiFixture  *fixture,
                     const char *club)
{
  golf_dashboard_model_set_club (golf_dashboard_page_get_model (page (fixture, "dashboard_page")), club);
  ui_iterate_for (100);
}

static void
test_every_page (UiFixture     *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GolfPreferencesWindow *preferences;
  GtkWidget *sidebar;

  UI_SKIP_WITHOUT_DISPLAY ();
  if (!have_german)
    {
      g_test_skip ("the de_DE.UTF-8 locale could not be made (package “locales”)");
      return;
    }

  ui_open_store (fixture);
  ui_save_season (fixture->store);
  /* What a carry model learns from: every launch number. */
  for (guint s = 0; s < 4; s++)
    {
      g_autofree char *id = g_strdup_printf ("L%u", s);
      g_autofree char *date = g_strdup_printf ("2026-05-%02u", s + 1);
      g_autoptr(GPtrArray) shots = golf_test_launch_shots (id, 30, s);

      ui_save_session (fixture->store, id, date, shots);
    }
  golf_metrics_worker_flush (fixture->worker);
  /* The window's first size. */
  ui_show_window (fixture, 1100, 760);

  /* The sessions: German dates. */
  sidebar = page (fixture, "sidebar");
  assert_german (sidebar, "the sessions");
  g_assert_nonnull (ui_find_label (sidebar, "Mo 30. Nov 2026"));
  g_assert_nonnull (ui_find_label (sidebar, "Sa 24. Okt 2026"));

  /* German defaults to metres, with a decimal comma. */
  g_assert_true (ui_iterate_until (dashboard_settled, fixture));
  assert_german (GTK_WIDGET (fixture->window), "the dashboard");
  g_assert_nonnull (ui_find_label (page (fixture, "dashboard_page"), "Überblick"));
  {
    GtkWidget *card = ui_template_child (page (fixture, "dashboard_page"), GOLF_TYPE_DASHBOARD_PAGE, "avg_carry_card");
    const char *value = gtk_label_get_text (ui_template_child (card, GOLF_TYPE_METRIC_CARD, "value_label"));
    const char *unit = gtk_label_get_text (ui_template_child (card, GOLF_TYPE_METRIC_CARD, "unit_label"));

    /* Metres, as a German locale measures, with a decimal comma: "143,8". */
    g_assert_true (g_regex_match_simple ("^[0-9]+,[0-9]$", value, 0, 0));
    g_assert_cmpstr (unit, ==, "m");
  }
  pick_dashboard_club (fixture, "7 Iron");
  g_assert_true (ui_iterate_until (dashboard_settled, fixture));
  assert_german (page (fixture, "dashboard_page"), "one club's dashboard");
  g_assert_nonnull (ui_find_label (page (fixture, "dashboard_page"), "Flugkurven"));

  show_page (fixture, "shots");
  assert_german (page (fixture, "shots_page"), "the shots");

  show_page (fixture, "trends");
  g_assert_true (ui_iterate_until (trends_ready, fixture));
  golf_trends_page_set_club (page (fixture, "trends_page"), "7 Iron");
  golf_trends_page_set_metric (page (fixture, "trends_page"), GOLF_SHOT_METRIC_BALL_SPEED);
  g_assert_true (ui_iterate_until (trends_ready, fixture));
  ui_iterate_for (100);
  assert_german (page (fixture, "trends_page"), "the trends");
  g_assert_nonnull (ui_find_label (page (fixture, "trends_page"), "Ballgeschwindigkeit"));
  golf_trends_page_set_metric (page (fixture, "trends_page"), GOLF_SHOT_METRIC_CARRY);
  g_assert_nonnull (strstr (gtk_label_get_text (ui_template_child (page (fixture, "trends_page"),
                                                                     GOLF_TYPE_TRENDS_PAGE, "slope_label")),
                            " m pro Monat"));

  /* Two sessions side by side: German's long names wrap, and every word
   * of the table, the verdicts last, is inside the page. */
  g_assert_true (golf_trends_page_compare (page (fixture, "trends_page"), "40112", "40115"));
  g_assert_true (ui_iterate_until (trends_ready, fixture));
  ui_iterate_for (200);
  {
    GtkWidget *trends = page (fixture, "trends_page");
    GtkWidget *grid = ui_template_child (trends, GOLF_TYPE_TRENDS_PAGE, "compare_grid");
    GtkWidget *card = gtk_widget_get_parent (grid);
    guint n_cells = 0;

    for (GtkWidget *cell = gtk_widget_get_first_child (grid); cell != NULL; cell = gtk_widget_get_next_sibling (cell))
      {
        graphene_rect_t bounds;

        g_assert_true (gtk_widget_compute_bounds (cell, card, &bounds));
        if (bounds.origin.x + bounds.size.width > gtk_widget_get_width (card) + 0.5)
          g_error ("“%s” reaches %.0f px in a card %d px wide", gtk_label_get_text (GTK_LABEL (cell)),
                   bounds.origin.x + bounds.size.width, gtk_widget_get_width (card));
        n_cells++;
      }
    g_assert_cmpuint (n_cells, >, 20);
    g_assert_nonnull (ui_find_label (trends, "schlechter") != NULL ? ui_find_label (trends, "schlechter")
                                                                   : ui_find_label (trends, "besser"));
  }

  show_page (fixture, "model");
  assert_german (page (fixture, "model_page"), "the model page without a model");
  g_assert_true (gtk_widget_activate_action (page (fixture, "model_page"), "model.train", NULL));
  g_assert_true (ui_iterate_until_timeout (trained, fixture, 60000));
  assert_german (page (fixture, "model_page"), "the model page");
  g_assert_nonnull (ui_find_label (page (fixture, "model_page"), "Ballgeschwindigkeit"));

  /* Live, listening on a free port. */
  g_settings_set_int (settings, "capture-port", golf_test_free_port ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.live", NULL));
  ui_iterate_for (300);
  assert_german (page (fixture, "live_box"), "the live bar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.live", NULL));
  g_settings_reset (settings, "capture-port");

  preferences = GOLF_PREFERENCES_WINDOW (ui_open_preferences (fixture));
  assert_german (GTK_WIDGET (preferences), "the preferences");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "advanced");
  ui_iterate_for (200);
  assert_german (GTK_WIDGET (preferences), "the advanced preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));
  ui_save_png (GTK_WIDGET (fixture->window), "german.png");
}

int
main (int   argc,
      char *argv[])
{
  /* As `LANGUAGE=de LC_ALL=de_DE.UTF-8 golf-lab` from the build folder. */
  have_german = golf_test_use_german ();
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, golf_locale_get_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  english = read_catalogue ();

  ui_init (&argc, &argv);
  g_test_add ("/ui/german/every-page", UiFixture, NULL,
              ui_fixture_set_up, test_every_page, ui_fixture_tear_down);

  return g_test_run ();
}
