/* golf-shot.h: one shot as a launch monitor measured it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-types.h"
#include "golf-session-metrics.h"

G_BEGIN_DECLS

/**
 * GolfShotField:
 *
 * The measured numbers of a shot, in SI units: speeds m/s, distances and
 * heights m, angles degrees, spin rpm, impact location mm, time s.
 * Lateral values and angles are negative left of target, positive right.
 * An absent measurement is NAN.
 */
typedef enum
{
  GOLF_SHOT_FIELD_BALL_SPEED,
  GOLF_SHOT_FIELD_CLUB_SPEED,
  GOLF_SHOT_FIELD_CARRY_DISTANCE,
  GOLF_SHOT_FIELD_TOTAL_DISTANCE,
  GOLF_SHOT_FIELD_CLUB_PATH,
  GOLF_SHOT_FIELD_FACE_ANGLE,
  GOLF_SHOT_FIELD_LAUNCH_ANGLE,
  GOLF_SHOT_FIELD_SIDE_ANGLE,
  GOLF_SHOT_FIELD_DYNAMIC_LOFT,
  GOLF_SHOT_FIELD_ATTACK_ANGLE,
  GOLF_SHOT_FIELD_SIDE_SPIN,
  GOLF_SHOT_FIELD_BACK_SPIN,
  GOLF_SHOT_FIELD_IMPACT_X,
  GOLF_SHOT_FIELD_IMPACT_Y,
  GOLF_SHOT_FIELD_SIDE_DISTANCE,
  GOLF_SHOT_FIELD_DESCENT_ANGLE,
  GOLF_SHOT_FIELD_APEX,
  GOLF_SHOT_FIELD_FLIGHT_TIME,
  GOLF_SHOT_FIELD_OPTIX_X,
  GOLF_SHOT_FIELD_OPTIX_Y,
  GOLF_SHOT_FIELD_CLUB_LIE,
  GOLF_SHOT_FIELD_LIE_ANGLE,
  GOLF_SHOT_FIELD_SPIN_AXIS,
  GOLF_SHOT_FIELD_TOTAL_SPIN,
  GOLF_SHOT_N_FIELDS
} GolfShotField;

/**
 * GolfSetAside:
 * @GOLF_SET_ASIDE_AUTO: the analytics' mishit rules decide
 * @GOLF_SET_ASIDE_YES: the player set the shot aside (a mishit): it never
 *   counts in per-club numbers; the shot carries the tag "mishit"
 * @GOLF_SET_ASIDE_NO: the player keeps the shot whatever the rules say
 *
 * The player's own verdict on a shot. Nothing is ever deleted by it.
 */
typedef enum
{
  GOLF_SET_ASIDE_AUTO,
  GOLF_SET_ASIDE_YES,
  GOLF_SET_ASIDE_NO,
} GolfSetAside;

GType golf_set_aside_get_type (void) G_GNUC_CONST;
#define GOLF_TYPE_SET_ASIDE (golf_set_aside_get_type ())

/* The tag that sets a shot aside, whoever writes it. */
#define GOLF_TAG_MISHIT "mishit"

#define GOLF_TYPE_SHOT (golf_shot_get_type ())

G_DECLARE_FINAL_TYPE (GolfShot, golf_shot, GOLF, SHOT, GObject)

GolfShot    *golf_shot_new                (const char    *id,
                                           const char    *session_id);
GolfShot    *golf_shot_copy               (GolfShot      *self);
const char  *golf_shot_get_id             (GolfShot      *self);
const char  *golf_shot_get_session_id     (GolfShot      *self);
void         golf_shot_set_session_id     (GolfShot      *self,
                                           const char    *session_id);
const char  *golf_shot_get_club           (GolfShot      *self);
void         golf_shot_set_club           (GolfShot      *self,
                                           const char    *club);
const char  *golf_shot_get_shot_type      (GolfShot      *self);
void         golf_shot_set_shot_type      (GolfShot      *self,
                                           const char    *shot_type);
double       golf_shot_get                (GolfShot      *self,
                                           GolfShotField  field);
void         golf_shot_set                (GolfShot      *self,
                                           GolfShotField  field,
                                           double         value);
gboolean     golf_shot_has                (GolfShot      *self,
                                           GolfShotField  field);
gboolean     golf_shot_is_estimated       (GolfShot      *self,
                                           GolfShotField  field);
void         golf_shot_set_estimated      (GolfShot      *self,
                                           GolfShotField  field,
                                           gboolean       estimated);
guint32      golf_shot_get_estimated_mask (GolfShot      *self);
void         golf_shot_set_estimated_mask (GolfShot      *self,
                                           guint32        mask);
GolfSetAside golf_shot_get_set_aside      (GolfShot      *self);
void         golf_shot_set_set_aside      (GolfShot      *self,
                                           GolfSetAside   set_aside);
const char * const *golf_shot_get_tags    (GolfShot      *self);
void         golf_shot_set_tags           (GolfShot      *self,
                                           const char * const *tags);
gboolean     golf_shot_has_tag            (GolfShot      *self,
                                           const char    *tag);
char        *golf_shot_normalize_tag      (const char    *tag);
const char  *golf_shot_get_comment        (GolfShot      *self);
void         golf_shot_set_comment        (GolfShot      *self,
                                           const char    *comment);
gboolean     golf_shot_get_annotated      (GolfShot      *self);
const char  *golf_shot_get_annotated_at   (GolfShot      *self);
void         golf_shot_set_annotated_at   (GolfShot      *self,
                                           const char    *annotated_at);
double       golf_shot_get_smash          (GolfShot      *self);
double       golf_shot_get_face_to_path   (GolfShot      *self);
double       golf_shot_get_strike_distance (GolfShot     *self);

const char  *golf_shot_field_get_name     (GolfShotField  field);
GolfUnit     golf_shot_field_get_unit     (GolfShotField  field);
gboolean     golf_shot_field_from_name    (const char    *name,
                                           GolfShotField *field);
gboolean     golf_shot_field_get_limits   (GolfShotField  field,
                                           double        *min,
                                           double        *max);
gboolean     golf_shot_field_is_plausible (GolfShotField  field,
                                           double         value);

G_END_DECLS
