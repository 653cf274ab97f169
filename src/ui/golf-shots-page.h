/* golf-shots-page.h: every shot of a session in a sortable list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "golf-format.h"
#include "golf-session.h"
#include "golf-shot-list-model.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SHOTS_PAGE (golf_shots_page_get_type ())

G_DECLARE_FINAL_TYPE (GolfShotsPage, golf_shots_page, GOLF, SHOTS_PAGE, GtkWidget)

GolfStore         *golf_shots_page_get_store     (GolfShotsPage *self);
void               golf_shots_page_set_store     (GolfShotsPage *self,
                                                  GolfStore     *store);
GolfSession       *golf_shots_page_get_session   (GolfShotsPage *self);
void               golf_shots_page_set_session   (GolfShotsPage *self,
                                                  GolfSession   *session);
GolfUnits          golf_shots_page_get_units  (GolfShotsPage *self);
void               golf_shots_page_set_units  (GolfShotsPage *self,
                                                  GolfUnits       units);
const char        *golf_shots_page_get_tag_filter (GolfShotsPage *self);
void               golf_shots_page_set_tag_filter (GolfShotsPage *self,
                                                  const char    *tag);
GolfShotListModel *golf_shots_page_get_model     (GolfShotsPage *self);
GtkSelectionModel *golf_shots_page_get_selection (GolfShotsPage *self);

G_END_DECLS
