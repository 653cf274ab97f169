/* golf-analysis-private.h: pieces the analyses share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
double   _golf_smash                            (const GolfShotTableRow *row);
double   _golf_no_negative_zero                 (double               value);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GolfRowGroups, _golf_row_groups_clear)

G_END_DECLS
