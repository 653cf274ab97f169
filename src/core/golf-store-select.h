/* golf-store-select.h: a lean read of many shots, for analytics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-store.h"

G_BEGIN_DECLS

/**
 * GolfShotRow:
 * @id: (nullable): the shot's id, when asked for
 * @session_id: its session
 * @club: (nullable): its club, as stored
 * @set_aside: the user's own verdict on the shot
 * @values: one per #GolfShotField in SI units; NAN when absent or not asked for
 *
 * One shot as golf_store_select_shots() hands it over: plain data, valid
 * only during the call that receives it.
 */
typedef struct
{
  const char   *id;
  const char   *session_id;
  const char   *club;
  GolfSetAside  set_aside;
  double        values[GOLF_SHOT_N_FIELDS];
} GolfShotRow;

/**
 * GolfShotRowFunc:
 * @row: a shot; copy what you keep, it is reused for the next one
 * @user_data: the data given to golf_store_select_shots()
 */
typedef void (*GolfShotRowFunc) (const GolfShotRow *row,
                                 gpointer           user_data);

/**
 * GolfShotSelection:
 * @session_ids: (array zero-terminated=1) (nullable): the sessions to read,
 *   in this order; %NULL for every session
 * @fields: (array length=n_fields): the measurements to read
 * @n_fields: how many
 * @with_ids: read the shot ids too (otherwise #GolfShotRow.id is %NULL)
 *
 * What golf_store_select_shots() reads: the fewer columns, the faster.
 */
typedef struct
{
  const char * const  *session_ids;
  const GolfShotField *fields;
  guint                n_fields;
  gboolean             with_ids;
} GolfShotSelection;

gboolean golf_store_select_shots (GolfStore               *self,
                                  const GolfShotSelection *selection,
                                  GolfShotRowFunc          func,
                                  gpointer                 user_data,
                                  GError                 **error);

G_END_DECLS
