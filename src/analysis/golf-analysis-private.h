/* golf-analysis-private.h: pieces the analyses share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "golf-kept-shots.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

/* Row indices grouped by a key, in table order within each group; group g
 * holds order[starts[g]] up to order[starts[g + 1]]. */
typedef struct
{
  guint  n_groups;
  guint *starts;
  guint *order;
} GolfRowGroups;

void     _golf_row_groups_init_by_club          (GolfRowGroups       *groups,
                                                 const GolfShotTable *table);
void     _golf_row_groups_init_by_session_club  (GolfRowGroups       *groups,
                                                 const GolfShotTable *table);
void     _golf_row_groups_clear                 (GolfRowGroups       *groups);
GPtrArray *_golf_clubs_in_bag_order             (const GolfShotTable *table);
const GolfShotTableRow *_golf_shot_table_get_rows (const GolfShotTable  *table);
const guint8 *_golf_kept_shots_get_verdicts     (const GolfKeptShots  *kept);
double   _golf_no_negative_zero                 (double               value);
int      _golf_find_club                        (const char * const  *names,
                                                 guint                n_names,
                                                 const char          *club);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GolfRowGroups, _golf_row_groups_clear)

/* Ball speed / club speed when both are present and club speed is above 0. */
static inline double
_golf_smash (const GolfShotTableRow *row)
{
  if (isnan (row->ball_speed) || isnan (row->club_speed) || row->club_speed <= 0)
    return NAN;

  return row->ball_speed / row->club_speed;
}

/* Every analysis result is an immutable, reference-counted box: this
 * defines its boxed GType and its type_name_ref() and type_name_unref()
 * (declared in its header) over g_atomic_rc_box; @clear_func frees what the
 * box holds when the last reference goes. */
#define GOLF_DEFINE_RESULT_TYPE(TypeName, type_name, clear_func)                \
  G_DEFINE_BOXED_TYPE (TypeName, type_name, type_name##_ref, type_name##_unref) \
                                                                               \
  TypeName *                                                                   \
  type_name##_ref (TypeName *self)                                             \
  {                                                                            \
    g_return_val_if_fail (self != NULL, NULL);                                 \
    return g_atomic_rc_box_acquire (self);                                     \
  }                                                                            \
                                                                               \
  void                                                                         \
  type_name##_unref (TypeName *self)                                           \
  {                                                                            \
    g_return_if_fail (self != NULL);                                           \
    g_atomic_rc_box_release_full (self, (GDestroyNotify) clear_func);          \
  }

G_END_DECLS
