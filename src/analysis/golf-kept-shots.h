/* golf-kept-shots.h: which shots count, and which are set aside as mishits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfShotVerdict:
 * @GOLF_SHOT_VERDICT_KEPT: usable carry and not set aside: it counts
 * @GOLF_SHOT_VERDICT_NO_CARRY: not set aside, but without a usable carry
 *   (absent or not above 0), so not kept either
 * @GOLF_SHOT_VERDICT_SET_ASIDE_BY_USER: the user set it aside
 * @GOLF_SHOT_VERDICT_SET_ASIDE_SMASH: smash factor below 1.0 or above 1.56
 * @GOLF_SHOT_VERDICT_SET_ASIDE_CARRY: carry outside the Tukey fences of its
 *   session and club
 *
 * What the set-aside rules made of a shot. Nothing is ever deleted.
 */
typedef enum
{
  GOLF_SHOT_VERDICT_KEPT,
  GOLF_SHOT_VERDICT_NO_CARRY,
  GOLF_SHOT_VERDICT_SET_ASIDE_BY_USER,
  GOLF_SHOT_VERDICT_SET_ASIDE_SMASH,
  GOLF_SHOT_VERDICT_SET_ASIDE_CARRY,
} GolfShotVerdict;

#define GOLF_SMASH_MIN 1.0
#define GOLF_SMASH_MAX 1.56
#define GOLF_TUKEY_K   1.5
#define GOLF_TUKEY_MIN_SHOTS 4

typedef struct _GolfKeptShots GolfKeptShots;

#define GOLF_TYPE_KEPT_SHOTS (golf_kept_shots_get_type ())

GType            golf_kept_shots_get_type       (void) G_GNUC_CONST;
GolfKeptShots   *golf_kept_shots_new            (GolfShotTable       *table);
GolfKeptShots   *golf_kept_shots_ref            (GolfKeptShots       *self);
void             golf_kept_shots_unref          (GolfKeptShots       *self);
GolfShotTable   *golf_kept_shots_get_table      (const GolfKeptShots *self);
guint            golf_kept_shots_get_n          (const GolfKeptShots *self);
guint            golf_kept_shots_get_n_kept     (const GolfKeptShots *self);
guint            golf_kept_shots_get_n_set_aside (const GolfKeptShots *self);
GolfShotVerdict  golf_kept_shots_get_verdict    (const GolfKeptShots *self,
                                                 guint                row);
gboolean         golf_kept_shots_is_kept        (const GolfKeptShots *self,
                                                 guint                row);
gboolean         golf_shot_verdict_is_set_aside (GolfShotVerdict      verdict);
const char      *golf_shot_verdict_get_name     (GolfShotVerdict      verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfKeptShots, golf_kept_shots_unref)

G_END_DECLS
