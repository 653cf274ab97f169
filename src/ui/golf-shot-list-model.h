/* golf-shot-list-model.h: a session's shots as a list, read as they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_SHOT_LIST_MODEL (golf_shot_list_model_get_type ())

G_DECLARE_FINAL_TYPE (GolfShotListModel, golf_shot_list_model, GOLF, SHOT_LIST_MODEL, GObject)

GolfShotListModel *golf_shot_list_model_new             (GolfStore         *store);
GolfStore         *golf_shot_list_model_get_store       (GolfShotListModel *self);
const char        *golf_shot_list_model_get_session_id  (GolfShotListModel *self);
void               golf_shot_list_model_set_session_id  (GolfShotListModel *self,
                                                         const char        *session_id);
const char        *golf_shot_list_model_get_club        (GolfShotListModel *self);
void               golf_shot_list_model_set_club        (GolfShotListModel *self,
                                                         const char        *club);
const char        *golf_shot_list_model_get_tag         (GolfShotListModel *self);
void               golf_shot_list_model_set_tag         (GolfShotListModel *self,
                                                         const char        *tag);
const char        *golf_shot_list_model_get_sort_key    (GolfShotListModel *self);
gboolean           golf_shot_list_model_get_descending  (GolfShotListModel *self);
void               golf_shot_list_model_set_sort        (GolfShotListModel *self,
                                                         const char        *sort_key,
                                                         gboolean           descending);
const char        *golf_shot_list_model_get_shot_id     (GolfShotListModel *self,
                                                         guint              position);
guint              golf_shot_list_model_get_number      (GolfShotListModel *self,
                                                         guint              position);
gboolean           golf_shot_list_model_find            (GolfShotListModel *self,
                                                         const char        *shot_id,
                                                         guint             *position);
guint              golf_shot_list_model_get_n_loaded    (GolfShotListModel *self);
void               golf_shot_list_model_reload          (GolfShotListModel *self);

G_END_DECLS
