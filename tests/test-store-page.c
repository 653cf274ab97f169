/* test-store-page.c: a session's shots in a list's order, a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-store-page"

#include <math.h>
#include <string.h>

#include "golf-store.h"
#include "golf-test-util.h"

typedef struct
{
  GolfTestDir  dir;
  GolfStore   *store;
} Fixture;

/* Six shots saved in this order; two lack a carry, one has no club. */
static const struct
{
  const char *id;
  const char *club;
  double      carry;
  double      ball_speed;
  double      club_speed;
} seeded[] = {
  { "A", "7 Iron", 140.0, 50.0, 37.0 },
  { "B", "Driver", 210.0, 66.0, 44.0 },
  { "C", "7 Iron", NAN, 48.0, 36.0 },
  { "D", "PW", 100.0, 40.0, 0.0 },
  { "E", NULL, 120.0, 45.0, 34.0 },
  { "F", "7 Iron", 150.0, 52.0, 40.0 },
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GolfSession) session = golf_session_new ("S1");
  g_autoptr(GError) error = NULL;

  golf_test_dir_init (&fixture->dir);
  fixture->store = golf_test_store_new (fixture->dir.db_path);

  for (guint i = 0; i < G_N_ELEMENTS (seeded); i++)
    g_ptr_array_add (shots, golf_test_shot (seeded[i].id, "S1", seeded[i].club, seeded[i].carry,
                                            seeded[i].ball_speed, seeded[i].club_speed));
  golf_session_set_date (session, "2026-11-20");
  golf_store_save_shots (fixture->store, session, shots, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  golf_test_dir_clear (&fixture->dir);
}

/* The keys as "id:number id:number ...". */
static char *
list_keys (Fixture    *fixture,
           const char *club,
           const char *sort_key,
           gboolean    descending)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  keys = golf_store_dup_shot_keys (fixture->store, "S1", club, sort_key, descending, &error);
  g_assert_no_error (error);
  g_assert_nonnull (keys);

  for (guint i = 0; i < keys->len; i++)
    {
      GolfShotKey *key = &g_array_index (keys, GolfShotKey, i);

      g_string_append_printf (text, "%s%s:%u", i ? " " : "", key->shot_id, key->number);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_keys (Fixture    *fixture,
             const char *club,
             const char *sort_key,
             gboolean    descending,
             const char *expected)
{
  g_autofree char *text = list_keys (fixture, club, sort_key, descending);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_order (Fixture       *fixture,
            gconstpointer  user_data)
{
  /* The order they were saved, numbered from 1. */
  assert_keys (fixture, NULL, NULL, FALSE, "A:1 B:2 C:3 D:4 E:5 F:6");
  assert_keys (fixture, NULL, "number", TRUE, "F:6 E:5 D:4 C:3 B:2 A:1");

  /* By carry, a missing carry last both ways; numbers stay the shots'. */
  assert_keys (fixture, NULL, "carry_distance", FALSE, "D:4 E:5 A:1 F:6 B:2 C:3");
  assert_keys (fixture, NULL, "carry_distance", TRUE, "B:2 F:6 A:1 E:5 D:4 C:3");

  /* Computed keys: smash needs a club speed above 0 (D has 0). */
  assert_keys (fixture, NULL, "smash", TRUE, "B:2 A:1 C:3 E:5 F:6 D:4");
  assert_keys (fixture, NULL, "club", FALSE, "A:1 C:3 F:6 B:2 D:4 E:5");
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  user_data)
{
  assert_keys (fixture, "7 Iron", "carry_distance", TRUE, "F:6 A:1 C:3");
  assert_keys (fixture, "Driver", NULL, FALSE, "B:2");
  /* "" means the shots that have no club. */
  assert_keys (fixture, "", NULL, FALSE, "E:5");
  assert_keys (fixture, "3 Wood", NULL, FALSE, "");
}

static void
test_deleted (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  const char *ids[] = { "F", "B", "A" };

  /* A page keeps the order asked for. */
  shots = golf_store_dup_shots (fixture->store, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shots->len, ==, 3);
  g_assert_cmpstr (golf_shot_get_id (g_ptr_array_index (shots, 0)), ==, "F");
  g_assert_cmpfloat (golf_shot_get (g_ptr_array_index (shots, 0), GOLF_SHOT_FIELD_CARRY_DISTANCE), ==, 150.0);
  g_assert_cmpstr (golf_shot_get_club (g_ptr_array_index (shots, 1)), ==, "Driver");
  g_clear_pointer (&shots, g_ptr_array_unref);

  /* A deleted shot leaves the keys, and a page read meanwhile holds a gap. */
  golf_store_delete_shot (fixture->store, "B", &error);
  g_assert_no_error (error);
  assert_keys (fixture, NULL, NULL, FALSE, "A:1 C:2 D:3 E:4 F:5");

  shots = golf_store_dup_shots (fixture->store, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shots->len, ==, 3);
  g_assert_nonnull (g_ptr_array_index (shots, 0));
  g_assert_null (g_ptr_array_index (shots, 1));
  g_assert_nonnull (g_ptr_array_index (shots, 2));

  /* Undo brings it back in its place. */
  golf_store_restore_shot (fixture->store, "B", &error);
  g_assert_no_error (error);
  assert_keys (fixture, NULL, NULL, FALSE, "A:1 B:2 C:3 D:4 E:5 F:6");
}

static void
test_bad_key (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;

  keys = golf_store_dup_shot_keys (fixture->store, "S1", NULL, "carry; DROP TABLE shots", FALSE, &error);
  g_assert_null (keys);
  g_assert_error (error, GOLF_STORE_ERROR, GOLF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "carry_distance"));

  /* Nothing happened to the shots. */
  assert_keys (fixture, NULL, NULL, FALSE, "A:1 B:2 C:3 D:4 E:5 F:6");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-page/order", Fixture, NULL, fixture_set_up, test_order, fixture_tear_down);
  g_test_add ("/store-page/filter", Fixture, NULL, fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/store-page/deleted", Fixture, NULL, fixture_set_up, test_deleted, fixture_tear_down);
  g_test_add ("/store-page/bad-key", Fixture, NULL, fixture_set_up, test_bad_key, fixture_tear_down);

  return g_test_run ();
}
