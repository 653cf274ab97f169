/* golf-fuzz.c: checks every fuzz target makes of what a reader accepted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "golf-fuzz.h"

/* What a reader hands on is fit to store and to print: ids, clubs and
 * shapes are valid UTF-8, ids are unique, and every value is finite and
 * physically possible. */
void
golf_fuzz_check_shots (GPtrArray *shots)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < shots->len; i++)
    {
      GolfShot *shot = shots->pdata[i];
      const char *club = golf_shot_get_club (shot);
      const char *shot_type = golf_shot_get_shot_type (shot);

      g_assert_true (g_utf8_validate (golf_shot_get_id (shot), -1, NULL));
      g_assert_true (g_utf8_validate (golf_shot_get_session_id (shot), -1, NULL));
      g_assert_true (club == NULL || g_utf8_validate (club, -1, NULL));
      g_assert_true (shot_type == NULL || g_utf8_validate (shot_type, -1, NULL));
      g_assert_true (g_hash_table_add (ids, (gpointer) golf_shot_get_id (shot)));

      for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
        {
          double value = golf_shot_get (shot, f);

          g_assert_true (isnan (value) || golf_shot_field_is_plausible (f, value));
        }
    }
}
