/* golf-session-score.c: the session score
 *
 * Three parts, each 0–100, each a straight line between full marks and
 * zero marks, then a weighted mean:
 *
 *   carry consistency (weight 0.4): per club with at least 3 kept shots,
 *     the relative spread r = std(carry) / median(carry); 100 when r is 3%
 *     or less, 0 at 15% or more. The part is the clubs' values weighted by
 *     their kept shots.
 *   strike centring (weight 0.3): the median distance of the impact from
 *     the face centre, d = √(impact_x² + impact_y²), over the shots with an
 *     impact (at least 3); 100 at 5 mm or less, 0 at 25 mm or more.
 *   face-to-path control (weight 0.3): per club with at least 3 shots with
 *     face angle and club path, the std of face − path; 100 at 1° or
 *     less, 0 at 6° or more; clubs weighted by their shots.
 *
 * score = Σ weight·value / Σ weight over the parts that have a value (a
 * session without impact data is scored on the other two); no part, no
 * score. Carry consistency reads the kept shots: a mishit says nothing
 * about the distance a club goes. Strike and face-to-path read every shot
 * the user did not set aside: mishits are what they measure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>

#include <glib/gi18n.h>

#include "golf-analysis-private.h"
#include "golf-kept-shots.h"
#include "golf-moments.h"
#include "golf-quantile.h"
#include "golf-session-score.h"

struct _GolfSessionScore
{
  GolfShotTable      *table;      /* owns the club names */
  double              score;
  guint               n;
  GolfScorePartValue  parts[GOLF_SCORE_N_PARTS];
  GArray             *clubs[GOLF_SCORE_N_PARTS];   /* GolfScoreClub */
};

static void
session_score_clear (GolfSessionScore *self)
{
  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    g_array_unref (self->clubs[p]);
  golf_shot_table_unref (self->table);
}

GOLF_DEFINE_RESULT_TYPE (GolfSessionScore, golf_session_score, session_score_clear)

static const GolfScorePartValue part_rules[GOLF_SCORE_N_PARTS] = {
  { GOLF_SCORE_CARRY_CONSISTENCY, "carry_consistency", 0.4, NAN, 0, NAN, 0.03, 0.15 },
  { GOLF_SCORE_STRIKE_CENTRING, "strike_centring", 0.3, NAN, 0, NAN, 5.0, 25.0 },
  { GOLF_SCORE_FACE_TO_PATH_CONTROL, "face_to_path_control", 0.3, NAN, 0, NAN, 1.0, 6.0 },
};

/* Marked for translation: the CLI prints them in the user's language,
 * JSON keeps them as they are here. */
static const char * const part_descriptions[GOLF_SCORE_N_PARTS] = {
  /* xgettext:no-c-format */
  N_("per club with 3+ kept shots, std(carry) / median(carry): 100 at 3% or less, "
     "0 at 15% or more, linear between; clubs weighted by kept shots"),
  N_("median distance of the impact from the face centre over 3+ shots: 100 at 5 mm "
     "or less, 0 at 25 mm or more, linear between"),
  N_("per club with 3+ shots, std of face angle − club path: 100 at 1° or less, "
     "0 at 6° or more, linear between; clubs weighted by shots"),
};

/**
 * golf_score_part_describe:
 * @part: a #GolfScorePart
 *
 * Returns: how the part is scored, in an English sentence for a person;
 *   it is marked for translation, so _() gives it in the user's language
 */
const char *
golf_score_part_describe (GolfScorePart part)
{
  g_return_val_if_fail (part < GOLF_SCORE_N_PARTS, NULL);

  return part_descriptions[part];
}

/* 100 at full marks or better, 0 at zero marks or worse, a line between. */
static double
grade (const GolfScorePartValue *rule,
       double                    input)
{
  double fraction = (rule->zero_marks - input) / (rule->zero_marks - rule->full_marks);

  if (isnan (input))
    return NAN;

  return 100 * CLAMP (fraction, 0.0, 1.0);
}

/* Carry consistency and face-to-path control: clubs weighted by shots. */
static void
grade_clubs (GolfSessionScore *self,
             GolfScorePart     part)
{
  GolfScorePartValue *value = &self->parts[part];
  GArray *clubs = self->clubs[part];
  double input = 0, sum = 0;

  for (guint i = 0; i < clubs->len; i++)
    {
      GolfScoreClub *club = &g_array_index (clubs, GolfScoreClub, i);

      club->value = grade (value, club->input);
      value->n += club->n;
      input += club->n * club->input;
      sum += club->n * club->value;
    }

  if (value->n > 0)
    {
      value->input = input / value->n;
      value->value = sum / value->n;
    }
}

typedef struct
{
  double *carries;
  double *face_to_path;
} Scratch;

static void
measure_club (GolfSessionScore    *self,
              const GolfKeptShots *kept,
              guint                club_index,
              const guint         *rows,
              guint                n_rows,
              Scratch             *scratch)
{
  GolfScoreClub carry = { .club = golf_shot_table_get_club (self->table, club_index) };
  GolfScoreClub control = carry;

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (self->table, rows[i]);
      double face_to_path = row->face_angle - row->club_path;

      if (golf_kept_shots_is_kept (kept, rows[i]))
        scratch->carries[carry.n++] = row->carry;
      if (row->set_aside != GOLF_SET_ASIDE_YES && !isnan (face_to_path))
        scratch->face_to_path[control.n++] = face_to_path;
    }

  if (carry.n >= GOLF_SCORE_MIN_SHOTS)
    {
      carry.median_carry = golf_quantile (scratch->carries, carry.n, 0.5);
      carry.spread = golf_sample_std (scratch->carries, carry.n);
      carry.input = carry.spread / carry.median_carry;
      g_array_append_val (self->clubs[GOLF_SCORE_CARRY_CONSISTENCY], carry);
    }

  if (control.n >= GOLF_SCORE_MIN_SHOTS)
    {
      control.median_carry = NAN;
      control.spread = golf_sample_std (scratch->face_to_path, control.n);
      control.input = control.spread;
      g_array_append_val (self->clubs[GOLF_SCORE_FACE_TO_PATH_CONTROL], control);
    }
}

static void
score_clubs (GolfSessionScore *self)
{
  g_autoptr(GolfKeptShots) kept = golf_kept_shots_new (self->table);
  g_auto(GolfRowGroups) groups = { 0 };
  g_autoptr(GPtrArray) clubs = _golf_clubs_in_bag_order (self->table);
  guint n_rows = MAX (golf_shot_table_get_n_rows (self->table), 1);
  g_autofree double *carries = g_new (double, n_rows);
  g_autofree double *face_to_path = g_new (double, n_rows);
  Scratch scratch = { carries, face_to_path };

  _golf_row_groups_init_by_club (&groups, self->table);
  for (guint i = 0; i < clubs->len; i++)
    {
      guint c = GPOINTER_TO_UINT (g_ptr_array_index (clubs, i));

      measure_club (self, kept, c, groups.order + groups.starts[c],
                    groups.starts[c + 1] - groups.starts[c], &scratch);
    }

  grade_clubs (self, GOLF_SCORE_CARRY_CONSISTENCY);
  grade_clubs (self, GOLF_SCORE_FACE_TO_PATH_CONTROL);
}

static void
score_strikes (GolfSessionScore *self)
{
  GolfScorePartValue *value = &self->parts[GOLF_SCORE_STRIKE_CENTRING];
  guint n_rows = golf_shot_table_get_n_rows (self->table);
  g_autofree double *distances = g_new (double, MAX (n_rows, 1));

  for (guint i = 0; i < n_rows; i++)
    {
      const GolfShotTableRow *row = golf_shot_table_get_row (self->table, i);
      double distance = hypot (row->impact_x, row->impact_y);

      if (row->set_aside != GOLF_SET_ASIDE_YES && !isnan (distance))
        distances[value->n++] = distance;
    }

  if (value->n >= GOLF_SCORE_MIN_SHOTS)
    {
      value->input = golf_quantile (distances, value->n, 0.5);
      value->value = grade (value, value->input);
    }
}

static void
combine_parts (GolfSessionScore *self)
{
  double sum = 0, weights = 0;

  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    if (!isnan (self->parts[p].value))
      {
        sum += self->parts[p].weight * self->parts[p].value;
        weights += self->parts[p].weight;
      }

  self->score = weights > 0 ? sum / weights : NAN;
}

/**
 * golf_session_score_compute:
 * @table: the shots of one session (several pool together)
 *
 * The formula is at the top of golf-session-score.c and in the README.
 *
 * Returns: (transfer full): the score and the parts it came from
 */
GolfSessionScore *
golf_session_score_compute (GolfShotTable *table)
{
  GolfSessionScore *self;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_atomic_rc_box_new0 (GolfSessionScore);
  self->table = golf_shot_table_ref (table);
  for (guint p = 0; p < GOLF_SCORE_N_PARTS; p++)
    {
      self->parts[p] = part_rules[p];
      self->clubs[p] = g_array_new (FALSE, FALSE, sizeof (GolfScoreClub));
    }

  for (guint i = 0; i < golf_shot_table_get_n_rows (table); i++)
    self->n += golf_shot_table_get_row (table, i)->set_aside != GOLF_SET_ASIDE_YES;

  score_clubs (self);
  score_strikes (self);
  combine_parts (self);

  return self;
}

/**
 * golf_session_score_get_score:
 * @self: a #GolfSessionScore
 *
 * Returns: the score, 0–100, or NAN when no part has data
 */
double
golf_session_score_get_score (const GolfSessionScore *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->score;
}

/**
 * golf_session_score_get_n:
 * @self: a #GolfSessionScore
 *
 * Returns: the shots looked at (all but those the user set aside)
 */
guint
golf_session_score_get_n (const GolfSessionScore *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n;
}

/**
 * golf_session_score_get_part:
 * @self: a #GolfSessionScore
 * @part: which part
 *
 * Returns: (transfer none): the part's value, weight, n and input
 */
const GolfScorePartValue *
golf_session_score_get_part (const GolfSessionScore *self,
                             GolfScorePart           part)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (part < GOLF_SCORE_N_PARTS, NULL);

  return &self->parts[part];
}

/**
 * golf_session_score_get_n_clubs:
 * @self: a #GolfSessionScore
 * @part: which part
 *
 * Returns: the clubs that part graded (none for strike centring)
 */
guint
golf_session_score_get_n_clubs (const GolfSessionScore *self,
                                GolfScorePart           part)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (part < GOLF_SCORE_N_PARTS, 0);

  return self->clubs[part]->len;
}

/**
 * golf_session_score_get_club:
 * @self: a #GolfSessionScore
 * @part: which part
 * @index: below golf_session_score_get_n_clubs()
 *
 * Returns: (transfer none): a club as the part graded it, in bag order
 */
const GolfScoreClub *
golf_session_score_get_club (const GolfSessionScore *self,
                             GolfScorePart           part,
                             guint                   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (part < GOLF_SCORE_N_PARTS, NULL);
  g_return_val_if_fail (index < self->clubs[part]->len, NULL);

  return &g_array_index (self->clubs[part], GolfScoreClub, index);
}
