/* golf-test-util.h: small helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-metrics-worker.h"
#include "golf-session-metrics.h"
#include "golf-shot.h"
#include "golf-store.h"

G_BEGIN_DECLS

/* The columns of `session_stats`, as the issue promises them to scripts. */
#define GOLF_TEST_N_STATS_COLUMNS 20
extern const char * const golf_test_session_stats_columns[GOLF_TEST_N_STATS_COLUMNS];

typedef struct
{
  char *dir;
  char *db_path;
} GolfTestDir;

/* What the app holds: a database in a folder of its own, the store on it
 * and the worker keeping its metrics current. */
typedef struct
{
  GolfTestDir        dir;
  GolfStore         *store;
  GolfMetricsWorker *worker;
} GolfTestApp;

void       golf_test_dir_init     (GolfTestDir  *dir);
void       golf_test_dir_clear    (GolfTestDir  *dir);
void       golf_test_remove_tree  (const char   *path);
GolfShot  *golf_test_shot         (const char   *id,
                                   const char   *session_id,
                                   const char   *club,
                                   double        carry,
                                   double        ball_speed,
                                   double        club_speed);
GPtrArray *golf_test_shots        (const char   *session_id,
                                   const char   *club,
                                   guint         n,
                                   double        first_carry);
GPtrArray *golf_test_launch_shots (const char   *session_id,
                                   guint         n,
                                   guint32       seed);
GolfStore *golf_test_store_new    (const char   *path);
guint      golf_test_count_shots  (GolfStore    *store,
                                   const char   *session_id);
gint64     golf_test_query_int    (const char   *db_path,
                                   const char   *sql);
char      *golf_test_read_file    (const char   *path,
                                   gsize        *length);
char      *golf_test_read_fixture (const char   *name,
                                   gsize        *length);
GolfShot  *golf_test_dup_shot     (GolfStore    *store,
                                   const char   *session_id,
                                   const char   *shot_id);
const char *golf_test_log_field   (const GLogField *fields,
                                   gsize            n_fields,
                                   const char      *key);
void       golf_test_drop_root    (void);
gboolean   golf_test_json_is_strict (const char *text,
                                   const char  **where);
void       golf_test_assert_strict_json (const char *text);
const char *golf_test_locale_path (const char  *locale);
gboolean    golf_test_use_german  (void);
int        golf_test_run          (const char * const  *env,
                                   char               **out,
                                   char               **err,
                                   const char          *program,
                                   ...) G_GNUC_NULL_TERMINATED;
void       golf_test_app_set_up   (GolfTestApp  *app,
                                   gconstpointer data);
void       golf_test_app_tear_down (GolfTestApp *app,
                                   gconstpointer data);
void       golf_test_save_shots   (GolfStore    *store,
                                   GPtrArray    *shots);
void       golf_test_assert_metrics_close (GolfSessionMetrics *expected,
                                   GolfSessionMetrics *actual);
void       golf_test_assert_session_matches_shots (GolfStore  *store,
                                   const char *session_id);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GolfTestDir, golf_test_dir_clear)

G_END_DECLS
