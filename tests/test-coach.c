/* test-coach.c: a student and a coach trading a session back and forth
 * as bundles, each annotating it, and the rule when both edited it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-coach"

#include <string.h>

#include "golf-bundle.h"
#include "golf-export.h"
#include "golf-test-util.h"
#include "golf-uneekor-report.h"

/* tests/data/report-44478.json: a driver, a 7 iron and a PW, four shots each. */
#define SESSION "44478"
#define N_SHOTS 12
#define DRIVER_1 SESSION "_444881_4447801"
#define DRIVER_2 SESSION "_444881_4447802"
#define IRON_1 SESSION "_444884_4447813"
#define IRON_2 SESSION "_444884_4447814"

typedef struct
{
  GolfTestDir  dir;
  char        *coach_path;
  GolfStore   *student;   /* a golfer on their own: just "Me" */
  GolfStore   *coach;     /* a coach with a student "Ann" */
  GolfPlayer  *ann;       /* in the coach's store */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *report_path = g_test_build_filename (G_TEST_DIST, "data", "report-44478.json", NULL);
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&f->dir);
  f->student = golf_test_store_new (f->dir.db_path);
  f->coach_path = g_build_filename (f->dir.dir, "coach.db", NULL);
  f->coach = golf_test_store_new (f->coach_path);

  report = golf_uneekor_report_import_file (f->student, report_path, NULL, &error);
  g_assert_no_error (error);
  f->ann = golf_store_add_player (f->coach, "Ann", GOLF_HAND_LEFT, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->coach);
  g_clear_object (&f->student);
  g_free (f->coach_path);
  golf_test_dir_clear (&f->dir);
}

/* Stamps are kept to the millisecond: make sure the next edit is later. */
static void
next_edit (void)
{
  g_usleep (2 * G_TIME_SPAN_MILLISECOND);
}

/* Sends the session from one store to the other as a bundle. */
static GolfImportReport *
send (GolfStore *from,
      GolfStore *to)
{
  g_autoptr(GBytes) bundle = NULL;
  g_autoptr(GError) error = NULL;
  GolfImportReport *report;

  bundle = golf_bundle_write (from, SESSION, &error);
  g_assert_no_error (error);
  golf_test_assert_strict_json (g_bytes_get_data (bundle, NULL));
  report = golf_bundle_import (to, g_bytes_get_data (bundle, NULL), g_bytes_get_size (bundle), NULL, &error);
  g_assert_no_error (error);

  return report;
}

static GolfShot *
dup_shot (GolfStore  *store,
          const char *shot_id)
{
  GolfShot *shot = golf_test_dup_shot (store, SESSION, shot_id);

  g_assert_nonnull (shot);
  return shot;
}

static void
assert_tags (GolfStore          *store,
             const char         *shot_id,
             const char * const *tags,
             const char         *comment)
{
  g_autoptr(GolfShot) shot = dup_shot (store, shot_id);

  g_assert_cmpstrv (golf_shot_get_tags (shot), tags);
  g_assert_cmpstr (golf_shot_get_comment (shot), ==, comment);
}

static gboolean
history_has (GolfStore  *store,
             const char *notes)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  history = golf_store_dup_notes_history (store, SESSION, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    if (g_strcmp0 (((GolfNotesEdit *) history->pdata[i])->notes, notes) == 0)
      return TRUE;

  return FALSE;
}

static const char *
notes_of (GolfStore *store)
{
  return golf_session_get_notes (golf_store_find_session (store, SESSION));
}

/* The student sends a session; the coach files it under the student,
 * annotates it and sends it back; the student's copy takes the notes and
 * tags in place: no shot twice, no new player, the session stays theirs. */
static void
test_round_trip_both_ways (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GolfImportReport) to_coach = NULL;
  g_autoptr(GolfImportReport) back = NULL;
  g_autoptr(GolfImportReport) again = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *at_coach, *at_student;

  g_assert_true (golf_store_set_session_notes (f->student, SESSION, "Driver felt loose", &error));
  g_assert_true (golf_store_tag_shot (f->student, DRIVER_1, "good", "flushed it", &error));
  g_assert_true (golf_store_tag_shot (f->student, IRON_1, "drill", NULL, &error));
  g_assert_no_error (error);

  /* To the coach, under Ann: every shot and annotation arrives. */
  golf_store_set_import_player_id (f->coach, golf_player_get_id (f->ann));
  to_coach = send (f->student, f->coach);
  golf_store_set_import_player_id (f->coach, 0);
  g_assert_cmpuint (golf_import_report_get_n_new (to_coach), ==, N_SHOTS);
  at_coach = golf_store_find_session (f->coach, SESSION);
  g_assert_cmpint (golf_session_get_player_id (at_coach), ==, golf_player_get_id (f->ann));
  g_assert_cmpstr (notes_of (f->coach), ==, "Driver felt loose");
  assert_tags (f->coach, DRIVER_1, (const char *[]) { "good", NULL }, "flushed it");
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_players (f->coach)), ==, 2);

  /* The coach writes notes, sets a mishit aside, takes a tag off, adds one. */
  next_edit ();
  g_assert_true (golf_store_set_session_notes (f->coach, SESSION, "Grip pressure; see the 7 iron", &error));
  g_assert_true (golf_store_tag_shot (f->coach, DRIVER_2, GOLF_TAG_MISHIT, "heel", &error));
  g_assert_true (golf_store_untag_shot (f->coach, IRON_1, "drill", &error));
  g_assert_true (golf_store_tag_shot (f->coach, IRON_2, "good", "this one", &error));
  g_assert_no_error (error);

  /* Back to the student: updated in place. */
  back = send (f->coach, f->student);
  g_assert_cmpuint (golf_import_report_get_n_new (back), ==, 0);
  g_assert_cmpuint (golf_import_report_get_n_updated (back), ==, 3);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (back), ==, N_SHOTS - 3);
  g_assert_cmpuint (golf_test_count_shots (f->student, SESSION), ==, N_SHOTS);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->student)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_players (f->student)), ==, 1);
  at_student = golf_store_find_session (f->student, SESSION);
  g_assert_cmpint (golf_session_get_player_id (at_student), ==, GOLF_PLAYER_DEFAULT_ID);
  g_assert_cmpstr (notes_of (f->student), ==, "Grip pressure; see the 7 iron");
  g_assert_true (history_has (f->student, "Driver felt loose"));
  assert_tags (f->student, DRIVER_1, (const char *[]) { "good", NULL }, "flushed it");
  assert_tags (f->student, DRIVER_2, (const char *[]) { GOLF_TAG_MISHIT, NULL }, "heel");
  assert_tags (f->student, IRON_1, (const char *[]) { NULL }, NULL);
  assert_tags (f->student, IRON_2, (const char *[]) { "good", NULL }, "this one");
  {
    g_autoptr(GolfShot) mishit = dup_shot (f->student, DRIVER_2);

    g_assert_cmpint (golf_shot_get_set_aside (mishit), ==, GOLF_SET_ASIDE_YES);
  }

  /* The same bundle again changes nothing, either way round. */
  again = send (f->coach, f->student);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (again), ==, N_SHOTS);
  g_clear_object (&again);
  again = send (f->student, f->coach);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (again), ==, N_SHOTS);
  g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (f->coach, SESSION)), ==,
                   golf_player_get_id (f->ann));
}

/* Both edited the same things between two exchanges: the newer edit wins
 * on both sides, shot by shot, and the older notes are in both histories. */
static void
test_newer_edit_wins_both_ways (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GolfImportReport) first = NULL;
  g_autoptr(GolfImportReport) to_student = NULL;
  g_autoptr(GolfImportReport) to_coach = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) student_shots = NULL;
  g_autoptr(GListModel) coach_shots = NULL;

  golf_store_set_import_player_id (f->coach, golf_player_get_id (f->ann));
  first = send (f->student, f->coach);

  /* The coach first: notes and the first driver; then the student: notes
   * and the first 7 iron; then the coach again on the 7 iron's neighbour,
   * and the student on the first driver. */
  g_assert_true (golf_store_set_session_notes (f->coach, SESSION, "Coach: shallow the path", &error));
  g_assert_true (golf_store_tag_shot (f->coach, DRIVER_1, "drill", "coach says drill", &error));
  next_edit ();
  g_assert_true (golf_store_set_session_notes (f->student, SESSION, "Student: felt better late on", &error));
  g_assert_true (golf_store_tag_shot (f->student, IRON_1, "good", "student likes it", &error));
  next_edit ();
  g_assert_true (golf_store_tag_shot (f->coach, IRON_1, GOLF_TAG_MISHIT, "coach: thin", &error));
  next_edit ();
  g_assert_true (golf_store_tag_shot (f->student, DRIVER_1, "good", NULL, &error));
  g_assert_no_error (error);

  /* Both bundles are written before either is imported. */
  {
    g_autoptr(GBytes) from_coach = golf_bundle_write (f->coach, SESSION, &error);
    g_autoptr(GBytes) from_student = golf_bundle_write (f->student, SESSION, &error);

    g_assert_no_error (error);
    to_student = golf_bundle_import (f->student, g_bytes_get_data (from_coach, NULL),
                                     g_bytes_get_size (from_coach), NULL, &error);
    g_assert_no_error (error);
    to_coach = golf_bundle_import (f->coach, g_bytes_get_data (from_student, NULL),
                                   g_bytes_get_size (from_student), NULL, &error);
    g_assert_no_error (error);
  }

  /* The student's notes are newer: they win on both sides. */
  g_assert_cmpstr (notes_of (f->student), ==, "Student: felt better late on");
  g_assert_cmpstr (notes_of (f->coach), ==, "Student: felt better late on");
  g_assert_true (history_has (f->student, "Coach: shallow the path"));
  g_assert_true (history_has (f->coach, "Coach: shallow the path"));

  /* The first driver: the student's later edit, whole (tags and comment
   * as the student left them). */
  assert_tags (f->student, DRIVER_1, (const char *[]) { "good", NULL }, NULL);
  assert_tags (f->coach, DRIVER_1, (const char *[]) { "good", NULL }, NULL);
  /* The first 7 iron: the coach's later mishit. */
  assert_tags (f->student, IRON_1, (const char *[]) { GOLF_TAG_MISHIT, NULL }, "coach: thin");
  assert_tags (f->coach, IRON_1, (const char *[]) { GOLF_TAG_MISHIT, NULL }, "coach: thin");

  /* Both files now hold the same session. */
  student_shots = golf_store_list_shots (f->student, SESSION, &error);
  coach_shots = golf_store_list_shots (f->coach, SESSION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (student_shots), ==, N_SHOTS);
  g_assert_cmpuint (g_list_model_get_n_items (coach_shots), ==, N_SHOTS);
  for (guint i = 0; i < N_SHOTS; i++)
    {
      g_autoptr(GolfShot) a = g_list_model_get_item (student_shots, i);
      g_autoptr(GolfShot) b = g_list_model_get_item (coach_shots, i);

      g_assert_cmpstr (golf_shot_get_id (a), ==, golf_shot_get_id (b));
      g_assert_cmpstrv (golf_shot_get_tags (a), golf_shot_get_tags (b));
      g_assert_cmpstr (golf_shot_get_comment (a), ==, golf_shot_get_comment (b));
      g_assert_cmpint (golf_shot_get_set_aside (a), ==, golf_shot_get_set_aside (b));
      g_assert_cmpstr (golf_shot_get_annotated_at (a), ==, golf_shot_get_annotated_at (b));
    }
}

/* A bundle filed under a session id of its own keeps the shot ids it got
 * the first time, and its export comes back to the same shots. */
static void
test_other_session_id_is_stable (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GBytes) bundle = golf_bundle_write (f->student, SESSION, NULL);
  g_autoptr(GBytes) copy_bundle = NULL;
  g_autoptr(GolfImportReport) first = NULL;
  g_autoptr(GolfImportReport) second = NULL;
  g_autoptr(GolfImportReport) third = NULL;
  g_autoptr(GError) error = NULL;
  const char *data_ = g_bytes_get_data (bundle, NULL);
  gsize length = g_bytes_get_size (bundle);

  first = golf_bundle_import (f->coach, data_, length, "ann-range", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (first), ==, N_SHOTS);
  second = golf_bundle_import (f->coach, data_, length, "ann-range", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (second), ==, N_SHOTS);

  /* The copy's own bundle, filed under its own id again. */
  g_assert_true (golf_store_tag_shot (f->coach, "ann-range_" DRIVER_1, "good", NULL, &error));
  copy_bundle = golf_bundle_write (f->coach, "ann-range", &error);
  g_assert_no_error (error);
  third = golf_bundle_import (f->coach, g_bytes_get_data (copy_bundle, NULL), g_bytes_get_size (copy_bundle),
                              "ann-range", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (third), ==, N_SHOTS);
  g_assert_cmpuint (golf_test_count_shots (f->coach, "ann-range"), ==, N_SHOTS);
  g_assert_cmpint (golf_test_query_int (f->coach_path, "SELECT count(*) FROM shots"), ==, N_SHOTS);
  g_assert_cmpint (golf_test_query_int (f->coach_path, "SELECT count(*) FROM shots WHERE id LIKE 'ann-range_ann-range_%'"),
                   ==, 0);
}

/* Importing for a player never takes over another player's session. */
static void
test_import_player_refuses_another_players_session (Fixture       *f,
                                                     gconstpointer  data)
{
  g_autoptr(GBytes) bundle = golf_bundle_write (f->student, SESSION, NULL);
  g_autoptr(GolfImportReport) first = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GolfPlayer *bo;
  gint64 revision;

  golf_store_set_import_player_id (f->coach, golf_player_get_id (f->ann));
  first = golf_bundle_import (f->coach, g_bytes_get_data (bundle, NULL), g_bytes_get_size (bundle), NULL, &error);
  g_assert_no_error (error);
  revision = golf_test_query_int (f->coach_path, "SELECT revision FROM sessions");

  bo = golf_store_add_player (f->coach, "Bo", GOLF_HAND_RIGHT, NULL, &error);
  g_assert_no_error (error);
  golf_store_set_import_player_id (f->coach, golf_player_get_id (bo));
  report = golf_bundle_import (f->coach, g_bytes_get_data (bundle, NULL), g_bytes_get_size (bundle), NULL, &error);
  g_assert_null (report);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_OTHER_PLAYER);
  g_assert_nonnull (strstr (error->message, "belongs to Ann, not Bo"));
  g_assert_cmpint (golf_test_query_int (f->coach_path, "SELECT revision FROM sessions"), ==, revision);
  g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (f->coach, SESSION)), ==,
                   golf_player_get_id (f->ann));

  /* Without a chosen player, the bundle's own ("Me") is not used for a
   * session the coach has: it stays Ann's. */
  golf_store_set_import_player_id (f->coach, 0);
  g_clear_error (&error);
  g_clear_object (&report);
  report = golf_bundle_import (f->coach, g_bytes_get_data (bundle, NULL), g_bytes_get_size (bundle), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (f->coach, SESSION)), ==,
                   golf_player_get_id (f->ann));
}

static char *
replace_all (const char *text,
             const char *find,
             const char *replace)
{
  g_auto(GStrv) parts = g_strsplit (text, find, -1);

  g_assert_cmpuint (g_strv_length (parts), >, 1);
  return g_strjoinv (replace, parts);
}

/* A bundle's edit times are read as times: one in another zone compares
 * by the instant, and text that is no time counts as no time (older than
 * any edit here), never as a time after every other. */
static void
test_bundle_times_are_checked (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GBytes) bundle = NULL;
  g_autoptr(GolfImportReport) first = NULL;
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *garbled = NULL;
  g_autofree char *zoned = NULL;
  g_autoptr(GolfShot) shot = NULL;

  first = send (f->student, f->coach);
  g_assert_true (golf_store_tag_shot (f->student, DRIVER_1, "good", NULL, &error));
  g_assert_no_error (error);
  bundle = golf_bundle_write (f->coach, SESSION, &error);
  g_assert_no_error (error);

  /* The coach's bundle, its shots claiming "zzz" as their edit time. */
  text = g_strndup (g_bytes_get_data (bundle, NULL), g_bytes_get_size (bundle));
  garbled = replace_all (text, "\"annotated_at\" : null", "\"annotated_at\" : \"zzz\"");
  report = golf_bundle_import (f->student, garbled, strlen (garbled), NULL, &error);
  g_assert_no_error (error);
  assert_tags (f->student, DRIVER_1, (const char *[]) { "good", NULL }, NULL);

  /* Edited at 23:00 the evening before in New York: after the student's
   * edit, whatever the clock says here, once read as UTC. */
  shot = dup_shot (f->student, DRIVER_1);
  {
    g_autoptr(GDateTime) edited = g_date_time_new_from_iso8601 (golf_shot_get_annotated_at (shot), NULL);
    g_autoptr(GDateTime) later = g_date_time_add_seconds (edited, 1);
    g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("-05:00");
    g_autoptr(GDateTime) there = g_date_time_to_timezone (later, new_york);
    g_autofree char *stamp = g_date_time_format_iso8601 (there);
    g_autofree char *with_stamp = g_strdup_printf ("\"annotated_at\" : \"%s\"", stamp);

    zoned = replace_all (text, "\"annotated_at\" : null", with_stamp);
  }
  g_clear_object (&report);
  report = golf_bundle_import (f->student, zoned, strlen (zoned), NULL, &error);
  g_assert_no_error (error);
  assert_tags (f->student, DRIVER_1, (const char *[]) { NULL }, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/coach/round-trip-both-ways", test_round_trip_both_ways);
  ADD ("/coach/newer-edit-wins-both-ways", test_newer_edit_wins_both_ways);
  ADD ("/coach/other-session-id-is-stable", test_other_session_id_is_stable);
  ADD ("/coach/bundle-times-are-checked", test_bundle_times_are_checked);
  ADD ("/coach/import-player-refuses-another-players-session", test_import_player_refuses_another_players_session);

#undef ADD

  return g_test_run ();
}
