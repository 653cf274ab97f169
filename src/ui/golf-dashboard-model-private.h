/* golf-dashboard-model-private.h: what the dashboard model's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-dashboard-model.h"

G_BEGIN_DECLS

struct _GolfDashboardModel
{
  GObject             parent_instance;

  GolfStore          *store;
  GolfSession        *session;
  char               *club;
  char               *highlight_shot;  /* the shot the charts ring */
  char               *tag;           /* the charts show only shots with it */
  GHashTable         *tagged;        /* their ids, NULL for every shot */
  GolfHand            hand;
  GolfShapeThresholds shape_clubs;   /* every club but the wedges */
  GolfShapeThresholds shape_wedges;

  GolfDashboardData  *data;
  GHashTable         *numbers;       /* shot id -> its number, read when first asked */
  GtkStringList      *clubs;
  GHashTable         *generations;   /* session id -> changes seen (GUINT_TO_POINTER) */
  GHashTable         *cache;         /* session id -> CacheEntry */
  GQueue              cache_order;   /* session ids, most recent first */
  GCancellable       *cancellable;   /* of the run in flight */
  guint               recompute_id;
  guint               serial;        /* of the task whose result counts */
  guint               n_computed;
  gboolean            busy;
};

void _golf_dashboard_model_read_tagged (GolfDashboardModel *self);

G_END_DECLS
