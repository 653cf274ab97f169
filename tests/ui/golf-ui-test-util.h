/* golf-ui-test-util.h: what the UI test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "golf-metrics-worker.h"
#include "golf-store.h"
#include "golf-window.h"

G_BEGIN_DECLS

typedef struct
{
  char              *dir;
  char              *path;
  GolfStore         *store;
  GolfMetricsWorker *worker;
  GolfWindow        *window;
} UiFixture;

extern gboolean ui_have_display;

void        ui_init                 (int          *argc,
                                     char       ***argv);
void        ui_load_application_resources (void);
void        ui_fixture_set_up       (UiFixture     *fixture,
                                     gconstpointer  user_data);
void        ui_fixture_tear_down    (UiFixture     *fixture,
                                     gconstpointer  user_data);
void        ui_open_store           (UiFixture     *fixture);
void        ui_show_window          (UiFixture     *fixture,
                                     int            width,
                                     int            height);
gboolean    ui_iterate_until        (gboolean     (*done) (gpointer data),
                                     gpointer       data);
gboolean    ui_iterate_until_timeout (gboolean    (*done) (gpointer data),
                                     gpointer       data,
                                     guint          milliseconds);
void        ui_iterate_for          (guint          milliseconds);
gpointer    ui_template_child       (gpointer       widget,
                                     GType          type,
                                     const char    *name);
GPtrArray  *ui_collect_labels       (GtkWidget     *widget);
GtkWidget  *ui_find_label           (GtkWidget     *widget,
                                     const char    *text);
GtkWidget  *ui_find_button          (GtkWidget     *widget,
                                     const char    *text);
gpointer    ui_find_toplevel        (GType          type);
GtkWidget  *ui_find_widget          (GtkWidget     *widget,
                                     GType          type);
GdkTexture *ui_render               (GtkWidget     *widget);
void        ui_save_png             (GtkWidget     *widget,
                                     const char    *name);
char       *ui_card_text            (UiFixture     *fixture,
                                     const char    *card_name);
const char *ui_card_detail          (UiFixture     *fixture,
                                     const char    *card_name);
GtkWindow  *ui_open_preferences     (UiFixture     *fixture);
void        ui_set_dark             (gboolean       dark);
GolfShot   *ui_make_shot            (const char    *session_id,
                                     const char    *shot_id,
                                     const char    *club,
                                     double         carry,
                                     double         total,
                                     double         ball_speed,
                                     double         club_speed);
void        ui_save_session         (GolfStore     *store,
                                     const char    *session_id,
                                     const char    *date,
                                     GPtrArray     *shots);
void        ui_save_practice        (GolfStore     *store);
void        ui_save_season          (GolfStore     *store);
void        ui_save_big_session     (GolfStore     *store,
                                     const char    *session_id,
                                     guint          n_shots);

#define UI_SKIP_WITHOUT_DISPLAY() \
  G_STMT_START { if (!ui_have_display) { g_test_skip ("no display"); return; } } G_STMT_END

G_END_DECLS
