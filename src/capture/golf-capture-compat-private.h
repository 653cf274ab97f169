/* golf-capture-compat-private.h: the core's schema 2 names, until they land
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "golf-shot.h"

G_BEGIN_DECLS

typedef enum { GOLF_HAND_RIGHT, GOLF_HAND_LEFT } GolfHand;

#define GOLF_TYPE_HAND (_golf_capture_hand_get_type ())
GType _golf_capture_hand_get_type (void);

static inline gboolean
golf_shot_field_get_limits (GolfShotField  field,
                            double        *min,
                            double        *max)
{
  switch (golf_shot_field_get_unit (field))
    {
    case GOLF_UNIT_SPEED:
      *min = 0; *max = 150;
      return TRUE;
    case GOLF_UNIT_DISTANCE:
      *min = -600; *max = 600;
      return TRUE;
    case GOLF_UNIT_ANGLE:
      *min = -90; *max = 90;
      return TRUE;
    case GOLF_UNIT_NONE:
    case GOLF_UNIT_MILLIMETRE:
    default:
      if (field == GOLF_SHOT_FIELD_BACK_SPIN || field == GOLF_SHOT_FIELD_SIDE_SPIN)
        {
          *min = -20000; *max = 20000;
          return TRUE;
        }
      return FALSE;
    }
}

G_END_DECLS
