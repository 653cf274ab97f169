/* golf-shot-table.h: shots as the analytics read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot.h"
#include "golf-store.h"
#include "golf-store-select.h"

G_BEGIN_DECLS

/**
 * GolfShotTableRow:
 * @id: (nullable): the shot's id
 * @session_id: its session ("" when unknown)
 * @club: its club ("" when unknown)
 * @session_index: the index of @session_id in golf_shot_table_get_session()
 * @club_index: the index of @club in golf_shot_table_get_club()
 * @set_aside: the user's own verdict on the shot
 *
 * One shot, in SI units (m, m/s, degrees, rpm, mm); an absent value is NAN.
 * Strings belong to the table.
 */
typedef struct
{
  const char   *id;
  const char   *session_id;
  const char   *club;
  guint         session_index;
  guint         club_index;
  GolfSetAside  set_aside;
  double        carry;
  double        total;
  double        ball_speed;
  double        club_speed;
  double        face_angle;
  double        club_path;
  double        launch_angle;
  double        back_spin;
  double        impact_x;
  double        impact_y;
  double        side_distance;
} GolfShotTableRow;

typedef struct _GolfShotTable GolfShotTable;

#define GOLF_TYPE_SHOT_TABLE (golf_shot_table_get_type ())

GType                   golf_shot_table_get_type        (void) G_GNUC_CONST;
GolfShotTable          *golf_shot_table_new             (GPtrArray          *shots);
GolfShotTable          *golf_shot_table_read            (GolfStore          *store,
                                                         const char * const *session_ids,
                                                         GError            **error);
GolfShotTable          *golf_shot_table_read_carries    (GolfStore          *store,
                                                         const char * const *session_ids,
                                                         GError            **error);
GolfShotTable          *golf_shot_table_ref             (GolfShotTable      *self);
void                    golf_shot_table_unref           (GolfShotTable      *self);
guint                   golf_shot_table_get_n_rows      (const GolfShotTable *self);
const GolfShotTableRow *golf_shot_table_get_row         (const GolfShotTable *self,
                                                         guint               index);
guint                   golf_shot_table_get_n_sessions  (const GolfShotTable *self);
const char             *golf_shot_table_get_session     (const GolfShotTable *self,
                                                         guint               index);
guint                   golf_shot_table_get_n_clubs     (const GolfShotTable *self);
const char             *golf_shot_table_get_club        (const GolfShotTable *self,
                                                         guint               index);
int                     golf_shot_table_find_club       (const GolfShotTable *self,
                                                         const char         *club);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfShotTable, golf_shot_table_unref)

G_END_DECLS
