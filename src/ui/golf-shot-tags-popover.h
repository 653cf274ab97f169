/* golf-shot-tags-popover.h: tag and comment the selected shots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SHOT_TAGS_POPOVER (golf_shot_tags_popover_get_type ())

G_DECLARE_FINAL_TYPE (GolfShotTagsPopover, golf_shot_tags_popover, GOLF, SHOT_TAGS_POPOVER, GtkPopover)

GtkWidget *golf_shot_tags_popover_new       (GolfStore           *store);
void       golf_shot_tags_popover_set_shots (GolfShotTagsPopover *self,
                                             GPtrArray           *shots);

G_END_DECLS
