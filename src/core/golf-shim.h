/* golf-shim.h: TEMPORARY stand-ins for core API not merged yet */
#pragma once

#include "golf-shot.h"

G_BEGIN_DECLS

typedef enum { GOLF_HAND_RIGHT, GOLF_HAND_LEFT } GolfHand;
typedef enum { GOLF_SET_ASIDE_AUTO, GOLF_SET_ASIDE_YES, GOLF_SET_ASIDE_NO } GolfSetAside;

static inline GolfSetAside
golf_shot_get_set_aside (GolfShot *shot)
{
  return GOLF_SET_ASIDE_AUTO;
}

G_END_DECLS
