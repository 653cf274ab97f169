/* test-annotate.c: what players and coaches write on sessions and shots,
 * players, and deleting a whole session with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "golf-metrics-worker.h"
#include "golf-test-util.h"

/* The fixture's session: five 7-iron shots, ids from golf_test_shots(). */
#define SHOT(n) "s1_7 Iron_" #n

typedef struct
{
  GolfTestDir        dir;
  GolfStore         *store;
  GolfMetricsWorker *worker;
  guint              n_changed;
  GolfChangeKind     last_kind;
} Fixture;

static void
on_shot_changed_cb (GolfStore      *store,
                    const char     *session_id,
                    const char     *shot_id,
                    GolfChangeKind  kind,
                    Fixture        *f)
{
  f->n_changed++;
  f->last_kind = kind;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s1", "7 Iron", 5, 150.0);
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&f->dir);
  f->store = golf_test_store_new (f->dir.db_path);
  f->worker = golf_metrics_worker_new (f->store);
  g_assert_true (golf_store_save_shots (f->store, NULL, shots, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  g_signal_connect (f->store, "shot-changed", G_CALLBACK (on_shot_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->worker);
  g_clear_object (&f->store);
  golf_test_dir_clear (&f->dir);
}

/* What another program sees: a second store on the same file. */
static GolfShot *
find_shot_elsewhere (Fixture    *f,
                     const char *shot_id)
{
  g_autoptr(GolfStore) other = golf_test_store_new (f->dir.db_path);

  return golf_test_dup_shot (other, "s1", shot_id);
}

static void
test_tags_and_comment (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "drill", "good", NULL };

  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), "good", NULL, &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), "drill", "Tempo drill, 3/4 swing", &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), "good", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 3);
  g_assert_cmpint (f->last_kind, ==, GOLF_CHANGE_CHANGED);

  shot = find_shot_elsewhere (f, SHOT (1));
  g_assert_cmpstrv (golf_shot_get_tags (shot), expected);
  g_assert_cmpstr (golf_shot_get_comment (shot), ==, "Tempo drill, 3/4 swing");
  g_assert_cmpint (golf_shot_get_set_aside (shot), ==, GOLF_SET_ASIDE_AUTO);

  g_assert_true (golf_store_untag_shot (f->store, SHOT (1), "good", &error));
  g_clear_object (&shot);
  shot = find_shot_elsewhere (f, SHOT (1));
  g_assert_cmpstrv (golf_shot_get_tags (shot), ((const char *[]) { "drill", NULL }));
  /* The comment stays until it is changed. */
  g_assert_cmpstr (golf_shot_get_comment (shot), ==, "Tempo drill, 3/4 swing");

  g_assert_true (golf_store_set_shot_comment (f->store, SHOT (1), "", &error));
  g_clear_object (&shot);
  shot = find_shot_elsewhere (f, SHOT (1));
  g_assert_null (golf_shot_get_comment (shot));

  /* Bad input: no such shot, no tag name. */
  g_assert_false (golf_store_tag_shot (f->store, "nope", "good", NULL, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (golf_store_tag_shot (f->store, SHOT (1), "  ", NULL, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID);
}

/* Many shots at once, as the Tags popover tags a selection: one
 * transaction, one change heard; a shot that cannot be changed changes
 * none of them. */
static void
test_many_shots_at_once (Fixture       *f,
                         gconstpointer  data)
{
  const char *three[] = { SHOT (1), SHOT (2), SHOT (3), NULL };
  const char *with_missing[] = { SHOT (4), "nope", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_store_tag_shots (f->store, three, "drill", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_true (golf_store_set_shots_comment (f->store, three, "Step drill", &error));
  g_assert_cmpuint (f->n_changed, ==, 2);
  for (guint i = 0; three[i] != NULL; i++)
    {
      g_autoptr(GolfShot) shot = find_shot_elsewhere (f, three[i]);

      g_assert_true (golf_shot_has_tag (shot, "drill"));
      g_assert_cmpstr (golf_shot_get_comment (shot), ==, "Step drill");
    }

  g_assert_false (golf_store_tag_shots (f->store, with_missing, "good", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changed, ==, 2);
  {
    g_autoptr(GolfShot) untouched = find_shot_elsewhere (f, SHOT (4));

    g_assert_false (golf_shot_has_tag (untouched, "good"));
  }

  g_assert_true (golf_store_untag_shots (f->store, three, "drill", &error));
  for (guint i = 0; three[i] != NULL; i++)
    {
      g_autoptr(GolfShot) shot = find_shot_elsewhere (f, three[i]);

      g_assert_false (golf_shot_has_tag (shot, "drill"));
    }

  /* Set aside from the shot list's toolbar: the same, all or none. */
  f->n_changed = 0;
  g_assert_true (golf_store_set_shots_set_aside (f->store, three, GOLF_SET_ASIDE_YES, &error));
  g_assert_cmpuint (f->n_changed, ==, 1);
  for (guint i = 0; three[i] != NULL; i++)
    {
      g_autoptr(GolfShot) shot = find_shot_elsewhere (f, three[i]);

      g_assert_cmpint (golf_shot_get_set_aside (shot), ==, GOLF_SET_ASIDE_YES);
    }
  g_assert_false (golf_store_set_shots_set_aside (f->store, with_missing, GOLF_SET_ASIDE_YES, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
  {
    g_autoptr(GolfShot) untouched = find_shot_elsewhere (f, SHOT (4));

    g_assert_cmpint (golf_shot_get_set_aside (untouched), ==, GOLF_SET_ASIDE_AUTO);
  }
}

/* The tags a session's shots have, and which shots have one: what the
 * shot list's tag filter offers and keeps. */
static void
test_session_tags (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) drills = NULL;
  g_auto(GStrv) none = NULL;
  g_autoptr(GError) error = NULL;

  tags = golf_store_dup_session_tags (f->store, "s1", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (tags, ((const char *[]) { NULL }));
  g_clear_pointer (&tags, g_strfreev);

  g_assert_true (golf_store_tag_shot (f->store, SHOT (2), "drill", NULL, &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (4), "drill", NULL, &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (4), "Tempo", NULL, &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (3), "mishit", NULL, &error));
  g_assert_no_error (error);

  tags = golf_store_dup_session_tags (f->store, "s1", &error);
  g_assert_cmpstrv (tags, ((const char *[]) { "Tempo", "drill", "mishit", NULL }));

  drills = golf_store_dup_tagged_shot_ids (f->store, "s1", "drill", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (drills), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *)drills, SHOT (2)));
  g_assert_true (g_strv_contains ((const char * const *)drills, SHOT (4)));

  /* A deleted shot's tags leave the session's list. */
  g_assert_true (golf_store_delete_shot (f->store, SHOT (3), &error));
  g_clear_pointer (&tags, g_strfreev);
  tags = golf_store_dup_session_tags (f->store, "s1", &error);
  g_assert_cmpstrv (tags, ((const char *[]) { "Tempo", "drill", NULL }));
  none = golf_store_dup_tagged_shot_ids (f->store, "s1", "mishit", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

/* "mishit" and setting a shot aside are one thing, whichever way it is said. */
static void
test_mishit_is_set_aside (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  gint64 revision_before = golf_test_query_int (f->dir.db_path, "SELECT revision FROM sessions WHERE id = 's1'");

  g_assert_true (golf_store_tag_shot (f->store, SHOT (0), GOLF_TAG_MISHIT, NULL, &error));
  shot = find_shot_elsewhere (f, SHOT (0));
  g_assert_cmpint (golf_shot_get_set_aside (shot), ==, GOLF_SET_ASIDE_YES);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT revision FROM sessions WHERE id = 's1'"),
                   ==, revision_before + 1);

  g_assert_true (golf_store_set_shot_set_aside (f->store, SHOT (0), GOLF_SET_ASIDE_NO, &error));
  g_clear_object (&shot);
  shot = find_shot_elsewhere (f, SHOT (0));
  g_assert_false (golf_shot_has_tag (shot, GOLF_TAG_MISHIT));
  g_assert_cmpint (golf_shot_get_set_aside (shot), ==, GOLF_SET_ASIDE_NO);

  g_assert_true (golf_store_set_shot_set_aside (f->store, SHOT (2), GOLF_SET_ASIDE_YES, &error));
  g_clear_object (&shot);
  shot = find_shot_elsewhere (f, SHOT (2));
  g_assert_true (golf_shot_has_tag (shot, GOLF_TAG_MISHIT));

  g_assert_true (golf_store_untag_shot (f->store, SHOT (2), GOLF_TAG_MISHIT, &error));
  g_assert_no_error (error);
  g_clear_object (&shot);
  shot = find_shot_elsewhere (f, SHOT (2));
  g_assert_cmpint (golf_shot_get_set_aside (shot), ==, GOLF_SET_ASIDE_AUTO);

  /* However it is typed: the standard tags are known in any case. */
  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), " Mishit ", NULL, &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), "GOOD", NULL, &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), "good", NULL, &error));
  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), "Tempo", NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&shot);
  shot = find_shot_elsewhere (f, SHOT (1));
  g_assert_cmpint (golf_shot_get_set_aside (shot), ==, GOLF_SET_ASIDE_YES);
  g_assert_cmpstrv (golf_shot_get_tags (shot), ((const char *[]) { "Tempo", "good", "mishit", NULL }));

  g_assert_true (golf_store_untag_shot (f->store, SHOT (1), "MISHIT", &error));
  g_assert_no_error (error);
  g_clear_object (&shot);
  shot = find_shot_elsewhere (f, SHOT (1));
  g_assert_cmpint (golf_shot_get_set_aside (shot), ==, GOLF_SET_ASIDE_AUTO);
  g_assert_cmpstrv (golf_shot_get_tags (shot), ((const char *[]) { "Tempo", "good", NULL }));

  g_assert_false (golf_store_tag_shot (f->store, SHOT (1), "  ", NULL, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID);
}

/* Tags saved before the standard ones were known in any case ("Mishit" of
 * a coach's own) keep their meaning: the shot is not set aside behind the
 * coach's back, and taking the tag off works however it is typed. */
static void
test_tags_saved_in_another_case (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) shots = golf_test_shots ("s1", "7 Iron", 5, 152.0);
  g_autoptr(GolfShot) saved = golf_shot_copy (g_ptr_array_index (shots, 2));
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  const char *old_tags[] = { "Mishit", NULL };

  golf_shot_set_tags (saved, old_tags);
  g_assert_cmpint (golf_shot_get_set_aside (saved), !=, GOLF_SET_ASIDE_YES);
  g_assert_true (golf_store_save_shot (f->store, saved, &error));
  g_assert_no_error (error);

  shot = golf_test_dup_shot (f->store, "s1", SHOT (2));
  g_assert_cmpstrv (golf_shot_get_tags (shot), old_tags);
  g_assert_cmpint (golf_shot_get_set_aside (shot), !=, GOLF_SET_ASIDE_YES);

  g_assert_true (golf_store_untag_shot (f->store, SHOT (2), "MISHIT", &error));
  g_assert_no_error (error);
  g_clear_object (&shot);
  shot = golf_test_dup_shot (f->store, "s1", SHOT (2));
  g_assert_cmpstrv (golf_shot_get_tags (shot), ((const char *[]) { NULL }));
}

/* Importing a report again rewrites the measurements but never the tags a
 * coach wrote; a bundle that carries tags does write them. */
static void
test_reimport_keeps_annotations (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) again = golf_test_shots ("s1", "7 Iron", 5, 152.0);
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GolfShot) from_bundle = NULL;
  g_autoptr(GError) error = NULL;
  const char *bundle_tags[] = { "drill", NULL };

  g_assert_true (golf_store_tag_shot (f->store, SHOT (1), "good", "Best of the day", &error));
  g_assert_true (golf_store_save_shots (f->store, NULL, again, &error));
  g_assert_no_error (error);

  shot = golf_test_dup_shot (f->store, "s1", SHOT (1));
  g_assert_cmpfloat (golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE), ==,
                     golf_shot_get (g_ptr_array_index (again, 1), GOLF_SHOT_FIELD_CARRY_DISTANCE));
  g_assert_true (golf_shot_has_tag (shot, "good"));
  g_assert_cmpstr (golf_shot_get_comment (shot), ==, "Best of the day");

  from_bundle = golf_shot_copy (g_ptr_array_index (again, 1));
  golf_shot_set_tags (from_bundle, bundle_tags);
  g_assert_true (golf_store_save_shot (f->store, from_bundle, &error));
  g_clear_object (&shot);
  shot = golf_test_dup_shot (f->store, "s1", SHOT (1));
  g_assert_cmpstrv (golf_shot_get_tags (shot), bundle_tags);
}

static void
test_new_fields_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GolfShot) shot = golf_test_shot ("s1_driver_1", "s1", "Driver", 230.0, 70.0, 47.0);
  g_autoptr(GolfShot) back = NULL;
  g_autoptr(GError) error = NULL;

  golf_shot_set (shot, GOLF_SHOT_FIELD_SPIN_AXIS, -4.5);
  golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, 2650.0);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, 2600.0);
  golf_shot_set_estimated (shot, GOLF_SHOT_FIELD_TOTAL_SPIN, TRUE);
  golf_shot_set_estimated (shot, GOLF_SHOT_FIELD_BACK_SPIN, TRUE);
  g_assert_true (golf_store_save_shot (f->store, shot, &error));
  g_assert_no_error (error);

  back = find_shot_elsewhere (f, "s1_driver_1");
  g_assert_cmpfloat (golf_shot_get (back, GOLF_SHOT_FIELD_SPIN_AXIS), ==, -4.5);
  g_assert_cmpfloat (golf_shot_get (back, GOLF_SHOT_FIELD_TOTAL_SPIN), ==, 2650.0);
  g_assert_true (golf_shot_is_estimated (back, GOLF_SHOT_FIELD_TOTAL_SPIN));
  g_assert_true (golf_shot_is_estimated (back, GOLF_SHOT_FIELD_BACK_SPIN));
  g_assert_false (golf_shot_is_estimated (back, GOLF_SHOT_FIELD_CARRY_DISTANCE));
}

static void
test_plausible_limits (void)
{
  double min, max;

  g_assert_true (golf_shot_field_get_limits (GOLF_SHOT_FIELD_BALL_SPEED, &min, &max));
  g_assert_cmpfloat (max, ==, 150.0);
  g_assert_true (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_BALL_SPEED, 75.0));
  g_assert_false (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_BALL_SPEED, 150.1));
  g_assert_false (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_CARRY_DISTANCE, 600.5));
  g_assert_false (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_BACK_SPIN, 20001));
  g_assert_false (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_CARRY_DISTANCE, -1));
  /* The bounds themselves can be measured. */
  g_assert_true (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_BALL_SPEED, 0.0));
  g_assert_true (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_BALL_SPEED, 150.0));
  g_assert_true (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_FACE_ANGLE, -90.0));
  g_assert_false (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_FACE_ANGLE, -90.5));
  g_assert_false (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_CARRY_DISTANCE, NAN));
  g_assert_false (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_CARRY_DISTANCE, INFINITY));
  /* Optix positions have no physical bound. */
  g_assert_false (golf_shot_field_get_limits (GOLF_SHOT_FIELD_OPTIX_X, NULL, NULL));
  g_assert_true (golf_shot_field_is_plausible (GOLF_SHOT_FIELD_OPTIX_X, 1e6));
}

static void
test_session_name_and_notes (Fixture       *f,
                             gconstpointer  data)
{
  GolfSession *session = golf_store_find_session (f->store, "s1");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  title = golf_session_dup_title (session);
  g_assert_cmpstr (title, ==, "s1");

  g_assert_true (golf_store_rename_session (f->store, "s1", "  Wedges before the round ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (golf_session_get_name (session), ==, "Wedges before the round");
  g_clear_pointer (&title, g_free);
  title = golf_session_dup_title (session);
  g_assert_cmpstr (title, ==, "Wedges before the round");

  g_assert_true (golf_store_set_session_notes (f->store, "s1", "Ball position forward", &error));
  g_assert_nonnull (golf_session_get_notes_updated_at (session));
  g_assert_true (golf_store_set_session_notes (f->store, "s1", "Ball position back", &error));
  g_assert_cmpstr (golf_session_get_notes (session), ==, "Ball position back");

  /* The text it replaced is kept in the history. */
  g_assert_cmpint (golf_test_query_int (f->dir.db_path,
                                        "SELECT count(*) FROM notes_history WHERE session_id = 's1'"
                                        " AND notes = 'Ball position forward'"), ==, 1);

  /* Another program sees the name and notes. */
  {
    g_autoptr(GolfStore) other = golf_test_store_new (f->dir.db_path);
    GolfSession *seen = golf_store_find_session (other, "s1");

    g_assert_cmpstr (golf_session_get_name (seen), ==, "Wedges before the round");
    g_assert_cmpstr (golf_session_get_notes (seen), ==, "Ball position back");
  }

  g_assert_true (golf_store_rename_session (f->store, "s1", "", &error));
  g_assert_null (golf_session_get_name (session));

  g_assert_false (golf_store_rename_session (f->store, "nope", "x", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
}

/* Saves session s1 with @notes written at @edited_at, as a bundle's
 * import does, and no shot changed. */
static void
save_notes (Fixture    *f,
            const char *notes,
            const char *edited_at)
{
  g_autoptr(GolfSession) incoming = golf_session_new ("s1");
  g_autoptr(GPtrArray) shots = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  golf_session_set_notes (incoming, notes);
  golf_session_set_notes_updated_at (incoming, edited_at);
  g_assert_true (golf_store_save_shots (f->store, incoming, shots, &error));
  g_assert_no_error (error);
}

static guint
history_length (Fixture *f)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  history = golf_store_dup_notes_history (f->store, "s1", &error);
  g_assert_no_error (error);

  return history->len;
}

static void
assert_history_entry (Fixture    *f,
                      guint       index,
                      const char *notes,
                      const char *edited_at)
{
  g_autoptr(GPtrArray) history = golf_store_dup_notes_history (f->store, "s1", NULL);
  GolfNotesEdit *edit;

  g_assert_cmpuint (index, <, history->len);
  edit = g_ptr_array_index (history, index);
  g_assert_cmpstr (edit->notes, ==, notes);
  g_assert_cmpstr (edit->edited_at, ==, edited_at);
  g_assert_nonnull (edit->replaced_at);
}

/* Notes that arrive with a session: the newer edit wins, and the other
 * text is kept in the history whichever side it came from. */
static void
test_notes_newer_edit_wins (Fixture       *f,
                            gconstpointer  data)
{
  GolfSession *session = golf_store_find_session (f->store, "s1");
  g_autoptr(GError) error = NULL;
  g_autofree char *mine_at = NULL;

  g_assert_true (golf_store_set_session_notes (f->store, "s1", "Mine, today", &error));
  g_assert_no_error (error);
  mine_at = g_strdup (golf_session_get_notes_updated_at (session));
  g_assert_cmpuint (history_length (f), ==, 0);

  /* Older: the session keeps its notes, the older text goes to the history, once. */
  save_notes (f, "Theirs, long ago", "2001-02-03T04:05:06.007Z");
  g_assert_cmpstr (golf_session_get_notes (session), ==, "Mine, today");
  g_assert_cmpstr (golf_session_get_notes_updated_at (session), ==, mine_at);
  g_assert_cmpuint (history_length (f), ==, 1);
  assert_history_entry (f, 0, "Theirs, long ago", "2001-02-03T04:05:06.007Z");
  save_notes (f, "Theirs, long ago", "2001-02-03T04:05:06.007Z");
  g_assert_cmpuint (history_length (f), ==, 1);

  /* Without a time (an older bundle, a file that has no notes): older still. */
  save_notes (f, NULL, NULL);
  save_notes (f, "Unstamped", NULL);
  g_assert_cmpstr (golf_session_get_notes (session), ==, "Mine, today");
  g_assert_cmpuint (history_length (f), ==, 2);

  /* Newer: it replaces them, and what it replaced is in the history, newest first. */
  save_notes (f, "Theirs, later", "2999-01-01T00:00:00.000Z");
  g_assert_cmpstr (golf_session_get_notes (session), ==, "Theirs, later");
  g_assert_cmpstr (golf_session_get_notes_updated_at (session), ==, "2999-01-01T00:00:00.000Z");
  g_assert_cmpuint (history_length (f), ==, 3);
  assert_history_entry (f, 0, "Mine, today", mine_at);
  assert_history_entry (f, 1, "Theirs, long ago", "2001-02-03T04:05:06.007Z");
  assert_history_entry (f, 2, "Unstamped", NULL);

  /* Notes removed later are removed here too. */
  save_notes (f, NULL, "2999-01-02T00:00:00.000Z");
  g_assert_null (golf_session_get_notes (session));
  g_assert_cmpuint (history_length (f), ==, 4);
  assert_history_entry (f, 0, "Theirs, later", "2999-01-01T00:00:00.000Z");

  /* What another program reads. */
  {
    g_autoptr(GolfStore) other = golf_test_store_new (f->dir.db_path);

    g_assert_null (golf_session_get_notes (golf_store_find_session (other, "s1")));
    g_assert_cmpstr (golf_session_get_notes_updated_at (golf_store_find_session (other, "s1")), ==,
                     "2999-01-02T00:00:00.000Z");
  }
}

static void
test_delete_session_with_undo (Fixture       *f,
                               gconstpointer  data)
{
  GListModel *sessions = golf_store_get_sessions (f->store);
  g_autoptr(GError) error = NULL;
  GolfSession *session;

  /* One shot deleted before: undoing the session's deletion keeps it deleted. */
  g_assert_true (golf_store_delete_shot (f->store, SHOT (4), &error));
  golf_metrics_worker_flush (f->worker);

  g_assert_true (golf_store_delete_session (f->store, "s1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->last_kind, ==, GOLF_CHANGE_REMOVED);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 0);
  g_assert_null (golf_store_find_session (f->store, "s1"));
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM session_stats"), ==, 0);
  /* Nothing is gone from the file. */
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots"), ==, 5);

  g_assert_false (golf_store_delete_session (f->store, "s1", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (golf_store_restore_session (f->store, "s1", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  session = golf_store_find_session (f->store, "s1");
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, 4);

  g_assert_false (golf_store_restore_session (f->store, "s1", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (golf_store_delete_session (f->store, "never", &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
}

/* A shot deleted on its own in the same millisecond as its session, again
 * and again: undoing the session's deletion still leaves that shot out. */
static void
test_delete_session_right_after_shot (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < 30; round++)
    {
      g_autofree char *shot_id = g_strdup_printf ("s1_7 Iron_%u", round % 5);

      g_assert_true (golf_store_delete_shot (f->store, shot_id, &error));
      g_assert_true (golf_store_delete_session (f->store, "s1", &error));
      g_assert_true (golf_store_restore_session (f->store, "s1", &error));
      g_assert_no_error (error);
      g_assert_cmpuint (golf_test_count_shots (f->store, "s1"), ==, 4);

      g_assert_true (golf_store_restore_shot (f->store, shot_id, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (golf_test_count_shots (f->store, "s1"), ==, 5);
}

/* Another window sees a session another program deleted disappear. */
static void
test_delete_session_seen_elsewhere (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GolfStore) other = golf_test_store_new (f->dir.db_path);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (golf_store_find_session (other, "s1"));
  g_assert_true (golf_store_delete_session (f->store, "s1", &error));
  g_assert_true (golf_store_refresh (other, &error));
  g_assert_no_error (error);
  g_assert_null (golf_store_find_session (other, "s1"));
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (other)), ==, 0);
}

/* Importing a deleted session again brings it back. */
static void
test_save_into_deleted_session (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) again = golf_test_shots ("s1", "7 Iron", 2, 151.0);
  g_autoptr(GError) error = NULL;

  g_assert_true (golf_store_delete_session (f->store, "s1", &error));
  g_assert_true (golf_store_save_shots (f->store, NULL, again, &error));
  g_assert_no_error (error);
  golf_metrics_worker_flush (f->worker);
  g_assert_nonnull (golf_store_find_session (f->store, "s1"));
  g_assert_cmpuint (golf_session_get_shot_count (golf_store_find_session (f->store, "s1")), ==, 5);
}

static void
test_players (Fixture       *f,
              gconstpointer  data)
{
  GListModel *players = golf_store_get_players (f->store);
  GolfSession *session = golf_store_find_session (f->store, "s1");
  g_autoptr(GError) error = NULL;
  GolfPlayer *anna, *me;

  g_assert_cmpuint (g_list_model_get_n_items (players), ==, 1);
  me = golf_store_find_player (f->store, NULL);
  g_assert_cmpint (golf_player_get_id (me), ==, GOLF_PLAYER_DEFAULT_ID);
  g_assert_cmpint (golf_session_get_player_id (session), ==, GOLF_PLAYER_DEFAULT_ID);

  anna = golf_store_add_player (f->store, "Anna Lindqvist", GOLF_HAND_LEFT, "Lefty, plays off 12", &error);
  g_assert_no_error (error);
  g_assert_nonnull (anna);
  g_assert_cmpuint (g_list_model_get_n_items (players), ==, 2);
  g_assert_true (golf_store_find_player (f->store, "anna lindqvist") == anna);
  g_assert_cmpint (golf_player_get_hand (anna), ==, GOLF_HAND_LEFT);

  g_assert_null (golf_store_add_player (f->store, "ANNA LINDQVIST", GOLF_HAND_RIGHT, NULL, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already a player"));
  g_clear_error (&error);
  g_assert_null (golf_store_add_player (f->store, " ", GOLF_HAND_RIGHT, NULL, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (golf_store_move_session (f->store, "s1", golf_player_get_id (anna), &error));
  g_assert_no_error (error);
  g_assert_cmpint (golf_session_get_player_id (session), ==, golf_player_get_id (anna));

  /* Importing the report again keeps the session with its player. */
  {
    g_autoptr(GPtrArray) again = golf_test_shots ("s1", "7 Iron", 5, 150.0);
    g_autoptr(GolfStore) other = NULL;

    g_assert_true (golf_store_save_shots (f->store, NULL, again, &error));
    g_assert_no_error (error);
    other = golf_test_store_new (f->dir.db_path);
    g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (other, "s1")), ==,
                     golf_player_get_id (anna));
  }

  g_assert_true (golf_store_update_player (f->store, anna, "Anna L.", GOLF_HAND_RIGHT, NULL, &error));
  g_assert_cmpstr (golf_player_get_name (anna), ==, "Anna L.");
  g_assert_cmpint (golf_player_get_hand (anna), ==, GOLF_HAND_RIGHT);

  {
    g_autoptr(GolfStore) other = golf_test_store_new (f->dir.db_path);
    GolfPlayer *seen = golf_store_find_player (other, "Anna L.");

    g_assert_nonnull (seen);
    g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (other, "s1")), ==,
                     golf_player_get_id (seen));
  }

  g_assert_false (golf_store_move_session (f->store, "s1", 999, &error));
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_NOT_FOUND);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

/* A window sees the players golf-lab-cli adds and changes once it
 * refreshes; its player objects stay the same ones. */
static void
test_players_seen_elsewhere (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GolfStore) other = golf_test_store_new (f->dir.db_path);
  GListModel *players = golf_store_get_players (f->store);
  GolfPlayer *me = golf_store_find_player (f->store, NULL);
  g_autoptr(GError) error = NULL;
  GolfPlayer *ben, *seen;
  guint n_changes = 0;

  g_signal_connect (players, "items-changed", G_CALLBACK (count_changes_cb), &n_changes);
  ben = golf_store_add_player (other, "Ben", GOLF_HAND_RIGHT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (golf_store_move_session (other, "s1", golf_player_get_id (ben), &error));
  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (players), ==, 2);
  seen = golf_store_find_player (f->store, "Ben");
  g_assert_nonnull (seen);
  g_assert_cmpint (golf_session_get_player_id (golf_store_find_session (f->store, "s1")), ==, golf_player_get_id (seen));
  g_assert_true (golf_store_find_player (f->store, NULL) == me);
  g_assert_cmpuint (n_changes, ==, 1);

  /* A new hand is a change of the same object, not of the list. */
  g_assert_true (golf_store_update_player (other, ben, "Ben", GOLF_HAND_LEFT, NULL, &error));
  g_assert_true (golf_store_refresh (f->store, &error));
  g_assert_true (golf_store_find_player (f->store, "Ben") == seen);
  g_assert_cmpint (golf_player_get_hand (seen), ==, GOLF_HAND_LEFT);
  g_assert_cmpuint (n_changes, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/annotate/tags-and-comment", test_tags_and_comment);
  ADD ("/annotate/session-tags", test_session_tags);
  ADD ("/annotate/many-shots-at-once", test_many_shots_at_once);
  ADD ("/annotate/mishit-is-set-aside", test_mishit_is_set_aside);
  ADD ("/annotate/tags-saved-in-another-case", test_tags_saved_in_another_case);
  ADD ("/annotate/reimport-keeps-annotations", test_reimport_keeps_annotations);
  ADD ("/annotate/new-fields-round-trip", test_new_fields_round_trip);
  ADD ("/annotate/session-name-and-notes", test_session_name_and_notes);
  ADD ("/annotate/notes-newer-edit-wins", test_notes_newer_edit_wins);
  ADD ("/annotate/delete-session-with-undo", test_delete_session_with_undo);
  ADD ("/annotate/delete-session-right-after-shot", test_delete_session_right_after_shot);
  ADD ("/annotate/delete-session-seen-elsewhere", test_delete_session_seen_elsewhere);
  ADD ("/annotate/save-into-deleted-session", test_save_into_deleted_session);
  ADD ("/annotate/players", test_players);
  ADD ("/annotate/players-seen-elsewhere", test_players_seen_elsewhere);
  g_test_add_func ("/annotate/plausible-limits", test_plausible_limits);

#undef ADD

  return g_test_run ();
}
