/* golf-kept-shots.c: the set-aside (mishit) rules
 *
 * Within each (session, club), never deleting data:
 *
 * 1. The user's own verdict comes first. A shot the user set aside
 *    (GOLF_SET_ASIDE_YES) is always set aside. A shot the user insists on
 *    (GOLF_SET_ASIDE_NO) is never set aside by rules 2 and 3, though it
 *    still needs a usable carry to be kept. GOLF_SET_ASIDE_AUTO leaves the
 *    shot to the rules.
 * 2. Smash factor: with ball speed and club speed both present and club
 *    speed above 0, a smash factor below 1.0 or above 1.56 sets the shot
 *    aside (exactly 1.0 or 1.56 stays).
 * 3. Tukey fences on carry, computed over the shots the user did not set
 *    aside that pass the smash rule and have a usable carry (present and
 *    above 0), when there are at least 4 of them: a carry below
 *    Q1 − 1.5·IQR or above Q3 + 1.5·IQR (R-7 quartiles) is set aside; one
 *    exactly on a fence stays.
 *
 * The kept shots are those with a usable carry that are not set aside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>

#include "golf-analysis-private.h"
#include "golf-kept-shots.h"
#include "golf-quantile.h"

struct _GolfKeptShots
{
  GolfShotTable   *table;
  guint8          *verdicts;
  guint            n_kept;
  guint            n_set_aside;
};

static void
kept_shots_clear (GolfKeptShots *self)
{
  golf_shot_table_unref (self->table);
  g_free (self->verdicts);
}

GOLF_DEFINE_RESULT_TYPE (GolfKeptShots, golf_kept_shots, kept_shots_clear)

static inline gboolean
has_usable_carry (const GolfShotTableRow *row)
{
  return row->carry > 0;
}

static inline gboolean
fails_smash_rule (const GolfShotTableRow *row)
{
  double smash = _golf_smash (row);

  return smash < GOLF_SMASH_MIN || smash > GOLF_SMASH_MAX;
}

/* The carries rule 3 looks at: not the user's set-asides, smash passed. */
static gsize
collect_fence_carries (const GolfShotTableRow *table_rows,
                       const guint            *rows,
                       guint                   n_rows,
                       double                 *carries)
{
  gsize n = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = &table_rows[rows[i]];

      if (row->set_aside != GOLF_SET_ASIDE_YES && !fails_smash_rule (row) && has_usable_carry (row))
        carries[n++] = row->carry;
    }

  return n;
}

static GolfShotVerdict
judge (const GolfShotTableRow *row,
       gboolean                fenced,
       double                  low,
       double                  high)
{
  gboolean insisted = row->set_aside == GOLF_SET_ASIDE_NO;

  if (row->set_aside == GOLF_SET_ASIDE_YES)
    return GOLF_SHOT_VERDICT_SET_ASIDE_BY_USER;
  if (!insisted && fails_smash_rule (row))
    return GOLF_SHOT_VERDICT_SET_ASIDE_SMASH;
  if (!has_usable_carry (row))
    return GOLF_SHOT_VERDICT_NO_CARRY;
  if (!insisted && fenced && (row->carry < low || row->carry > high))
    return GOLF_SHOT_VERDICT_SET_ASIDE_CARRY;

  return GOLF_SHOT_VERDICT_KEPT;
}

static void
judge_group (GolfKeptShots *self,
             const guint   *rows,
             guint          n_rows,
             double        *scratch)
{
  const GolfShotTableRow *table_rows = _golf_shot_table_get_rows (self->table);
  gsize n = collect_fence_carries (table_rows, rows, n_rows, scratch);
  gboolean fenced = n >= GOLF_TUKEY_MIN_SHOTS;
  double low = 0, high = 0;

  if (fenced)
    {
      static const double quartiles[] = { 0.25, 0.75 };
      double q[2];

      golf_quantiles (scratch, n, quartiles, 2, q);
      low = q[0] - GOLF_TUKEY_K * (q[1] - q[0]);
      high = q[1] + GOLF_TUKEY_K * (q[1] - q[0]);
    }

  for (guint i = 0; i < n_rows; i++)
    {
      GolfShotVerdict verdict = judge (&table_rows[rows[i]], fenced, low, high);

      self->verdicts[rows[i]] = verdict;
      self->n_kept += verdict == GOLF_SHOT_VERDICT_KEPT;
      self->n_set_aside += golf_shot_verdict_is_set_aside (verdict);
    }
}

/**
 * golf_kept_shots_new:
 * @table: the shots
 *
 * Applies the set-aside rules within each (session, club) of @table; see
 * the top of golf-kept-shots.c and the README for them.
 *
 * Returns: (transfer full): the verdict on every row of @table
 */
GolfKeptShots *
golf_kept_shots_new (GolfShotTable *table)
{
  g_auto(GolfRowGroups) groups = { 0 };
  g_autofree double *scratch = NULL;
  GolfKeptShots *self;
  guint n_rows;

  g_return_val_if_fail (table != NULL, NULL);

  n_rows = golf_shot_table_get_n_rows (table);
  self = g_atomic_rc_box_new0 (GolfKeptShots);
  self->table = golf_shot_table_ref (table);
  self->verdicts = g_new0 (guint8, MAX (n_rows, 1));
  scratch = g_new (double, MAX (n_rows, 1));

  _golf_row_groups_init_by_session_club (&groups, table);
  for (guint g = 0; g < groups.n_groups; g++)
    {
      guint start = groups.starts[g];

      if (groups.starts[g + 1] > start)
        judge_group (self, groups.order + start, groups.starts[g + 1] - start, scratch);
    }

  return self;
}

/**
 * golf_kept_shots_get_table:
 * @self: a #GolfKeptShots
 *
 * Returns: (transfer none): the shots judged
 */
GolfShotTable *
golf_kept_shots_get_table (const GolfKeptShots *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->table;
}

/**
 * golf_kept_shots_get_n:
 * @self: a #GolfKeptShots
 *
 * Returns: how many shots were judged
 */
guint
golf_kept_shots_get_n (const GolfKeptShots *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return golf_shot_table_get_n_rows (self->table);
}

/**
 * golf_kept_shots_get_n_kept:
 * @self: a #GolfKeptShots
 *
 * Returns: how many shots count
 */
guint
golf_kept_shots_get_n_kept (const GolfKeptShots *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_kept;
}

/**
 * golf_kept_shots_get_n_set_aside:
 * @self: a #GolfKeptShots
 *
 * Returns: how many shots are set aside, by the user or as mishits
 */
guint
golf_kept_shots_get_n_set_aside (const GolfKeptShots *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_set_aside;
}

/**
 * golf_kept_shots_get_verdict:
 * @self: a #GolfKeptShots
 * @row: a row of the table
 *
 * Returns: what the rules made of the shot
 */
GolfShotVerdict
golf_kept_shots_get_verdict (const GolfKeptShots *self,
                             guint                row)
{
  g_return_val_if_fail (self != NULL, GOLF_SHOT_VERDICT_NO_CARRY);
  g_return_val_if_fail (row < golf_shot_table_get_n_rows (self->table), GOLF_SHOT_VERDICT_NO_CARRY);

  return self->verdicts[row];
}

const guint8 *
_golf_kept_shots_get_verdicts (const GolfKeptShots *self)
{
  return self->verdicts;
}

/**
 * golf_kept_shots_is_kept:
 * @self: a #GolfKeptShots
 * @row: a row of its table
 *
 * Returns: whether the shot counts
 */
gboolean
golf_kept_shots_is_kept (const GolfKeptShots *self,
                         guint                row)
{
  return golf_kept_shots_get_verdict (self, row) == GOLF_SHOT_VERDICT_KEPT;
}

/**
 * golf_shot_verdict_is_set_aside:
 * @verdict: a #GolfShotVerdict
 *
 * Returns: whether the verdict leaves the shot out, whoever gave it
 */
gboolean
golf_shot_verdict_is_set_aside (GolfShotVerdict verdict)
{
  return verdict == GOLF_SHOT_VERDICT_SET_ASIDE_BY_USER ||
         verdict == GOLF_SHOT_VERDICT_SET_ASIDE_SMASH ||
         verdict == GOLF_SHOT_VERDICT_SET_ASIDE_CARRY;
}

/**
 * golf_shot_verdict_get_name:
 * @verdict: a #GolfShotVerdict
 *
 * Returns: a short phrase for a person, e.g. "smash factor out of range"
 */
const char *
golf_shot_verdict_get_name (GolfShotVerdict verdict)
{
  switch (verdict)
    {
    case GOLF_SHOT_VERDICT_KEPT:
      return "kept";
    case GOLF_SHOT_VERDICT_NO_CARRY:
      return "no carry";
    case GOLF_SHOT_VERDICT_SET_ASIDE_BY_USER:
      return "set aside by you";
    case GOLF_SHOT_VERDICT_SET_ASIDE_SMASH:
      return "smash factor out of range";
    case GOLF_SHOT_VERDICT_SET_ASIDE_CARRY:
      return "carry outside the Tukey fences";
    default:
      g_return_val_if_reached (NULL);
    }
}
