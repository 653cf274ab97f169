/* golf-test-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "golf-test-analysis.h"

/* Adds a shot with @carry (NAN for none) and a clean smash factor of 1.4
 * to @shots; returns it (borrowed) for more measurements. */
GolfShot *
golf_test_carry_shot (GPtrArray  *shots,
                      const char *session_id,
                      const char *club,
                      double      carry)
{
  g_autofree char *id = g_strdup_printf ("%s_%u", session_id, shots->len);
  GolfShot *shot = golf_test_shot (id, session_id, club, carry, 56.0, 40.0);

  g_ptr_array_add (shots, shot);

  return shot;
}

void
golf_test_carry_shots (GPtrArray    *shots,
                       const char   *session_id,
                       const char   *club,
                       const double *carries,
                       guint         n)
{
  for (guint i = 0; i < n; i++)
    golf_test_carry_shot (shots, session_id, club, carries[i]);
}

GolfShotTable *
golf_test_table (GPtrArray *shots)
{
  GolfShotTable *table = golf_shot_table_new (shots);

  g_assert_nonnull (table);
  g_assert_cmpuint (golf_shot_table_get_n_rows (table), ==, shots->len);

  return table;
}

static gboolean
is_number_char (char c)
{
  return g_ascii_isdigit (c) || c == '.';
}

/* No "nan", "inf" or negative zero ("-0", "-0.0", "-0.00") anywhere. */
void
golf_test_assert_no_bad_numbers (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  g_assert_null (strstr (lower, "nan"));
  g_assert_null (strstr (lower, "inf"));

  for (const char *p = strstr (text, "-0"); p != NULL; p = strstr (p + 1, "-0"))
    {
      const char *q = p + 2;

      if (p > text && is_number_char (p[-1]))
        continue;
      if (*q == '.')
        {
          q++;
          while (*q == '0')
            q++;
        }
      if (!is_number_char (*q) && !g_ascii_isdigit (*q))
        g_error ("Negative zero in output: “%.20s”", p);
    }
}
