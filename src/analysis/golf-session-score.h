/* golf-session-score.h: one number 0–100 for a session, and its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfScorePart:
 * @GOLF_SCORE_CARRY_CONSISTENCY: carry spread relative to median carry, per club
 * @GOLF_SCORE_STRIKE_CENTRING: median strike distance from the face centre
 * @GOLF_SCORE_FACE_TO_PATH_CONTROL: spread of face-to-path, per club
 */
typedef enum
{
  GOLF_SCORE_CARRY_CONSISTENCY,
  GOLF_SCORE_STRIKE_CENTRING,
  GOLF_SCORE_FACE_TO_PATH_CONTROL,
  GOLF_SCORE_N_PARTS
} GolfScorePart;

/**
 * GolfScoreClub:
 * @club: the club
 * @n: its shots used
 * @median_carry: median carry of its kept shots (m; carry consistency only)
 * @spread: the sample standard deviation: of carry (m) or of face-to-path (°)
 * @input: what is scored: @spread / @median_carry for carry consistency,
 *   @spread for face-to-path control
 * @value: the club's 0–100
 */
typedef struct
{
  const char *club;
  guint       n;
  double      median_carry;
  double      spread;
  double      input;
  double      value;
} GolfScoreClub;

/**
 * GolfScorePartValue:
 * @part: which part
 * @name: its name in JSON ("carry_consistency", "strike_centring",
 *   "face_to_path_control")
 * @weight: its weight in the score (the three add up to 1)
 * @value: 0–100, or NAN when the session has no data for it
 * @n: the shots it used
 * @input: what is scored: the shot-weighted relative carry spread, the
 *   median strike distance (mm) or the shot-weighted face-to-path std (°)
 * @full_marks: the input at or below which the part is 100
 * @zero_marks: the input at or above which it is 0 (linear between)
 */
typedef struct
{
  GolfScorePart  part;
  const char    *name;
  double         weight;
  double         value;
  guint          n;
  double         input;
  double         full_marks;
  double         zero_marks;
} GolfScorePartValue;

#define GOLF_SCORE_MIN_SHOTS 3

typedef struct _GolfSessionScore GolfSessionScore;

#define GOLF_TYPE_SESSION_SCORE (golf_session_score_get_type ())

GType                     golf_session_score_get_type     (void) G_GNUC_CONST;
GolfSessionScore         *golf_session_score_compute      (GolfShotTable          *table);
GolfSessionScore         *golf_session_score_ref          (GolfSessionScore       *self);
void                      golf_session_score_unref        (GolfSessionScore       *self);
double                    golf_session_score_get_score    (const GolfSessionScore *self);
guint                     golf_session_score_get_n        (const GolfSessionScore *self);
const GolfScorePartValue *golf_session_score_get_part     (const GolfSessionScore *self,
                                                           GolfScorePart           part);
guint                     golf_session_score_get_n_clubs  (const GolfSessionScore *self,
                                                           GolfScorePart           part);
const GolfScoreClub      *golf_session_score_get_club     (const GolfSessionScore *self,
                                                           GolfScorePart           part,
                                                           guint                   index);
const char               *golf_score_part_describe        (GolfScorePart           part);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfSessionScore, golf_session_score_unref)

G_END_DECLS
