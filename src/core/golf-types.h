/* golf-types.h: forward declarations shared by the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _GolfShot            GolfShot;
typedef struct _GolfSession         GolfSession;
typedef struct _GolfSessionMetrics  GolfSessionMetrics;
typedef struct _GolfClubStats       GolfClubStats;
typedef struct _GolfStore           GolfStore;
typedef struct _GolfMetricsWorker   GolfMetricsWorker;
typedef struct _GolfModelInfo       GolfModelInfo;
typedef struct _GolfDistanceModel   GolfDistanceModel;
typedef struct _GolfPlayer          GolfPlayer;

/**
 * GolfChangeKind:
 * @GOLF_CHANGE_ADDED: shots were added
 * @GOLF_CHANGE_CHANGED: existing shots were rewritten (a re-import, an edit)
 * @GOLF_CHANGE_REMOVED: shots were archived (deleted, can be restored)
 * @GOLF_CHANGE_RESTORED: archived shots came back
 *
 * What happened to the shots of a session, as told by #GolfStore::shot-changed.
 */
typedef enum
{
  GOLF_CHANGE_ADDED,
  GOLF_CHANGE_CHANGED,
  GOLF_CHANGE_REMOVED,
  GOLF_CHANGE_RESTORED,
} GolfChangeKind;

GType golf_change_kind_get_type (void) G_GNUC_CONST;
#define GOLF_TYPE_CHANGE_KIND (golf_change_kind_get_type ())

/**
 * GolfHand:
 * @GOLF_HAND_RIGHT: a right-handed golfer
 * @GOLF_HAND_LEFT: a left-handed golfer: shot shapes and the D-plane are
 *   named the other way round
 */
typedef enum
{
  GOLF_HAND_RIGHT,
  GOLF_HAND_LEFT,
} GolfHand;

GType       golf_hand_get_type    (void) G_GNUC_CONST;
#define GOLF_TYPE_HAND (golf_hand_get_type ())

const char *golf_hand_to_string   (GolfHand    hand);
gboolean    golf_hand_from_string (const char *text,
                                   GolfHand   *hand);

char       *golf_stamp_format     (GDateTime  *time);

G_END_DECLS
