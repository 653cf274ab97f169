/* golf-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-types"

#include "golf-types.h"

G_DEFINE_ENUM_TYPE (GolfChangeKind, golf_change_kind,
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_ADDED, "added"),
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_CHANGED, "changed"),
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_REMOVED, "removed"),
  G_DEFINE_ENUM_VALUE (GOLF_CHANGE_RESTORED, "restored"))
