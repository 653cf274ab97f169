/* golf-capture-message.h: one GSPro Open Connect v1 message, read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-shot.h"
#include "golf-types.h"

G_BEGIN_DECLS

/**
 * GolfCaptureMessageKind:
 * @GOLF_CAPTURE_MESSAGE_SHOT: ball data flagged: a shot to store
 * @GOLF_CAPTURE_MESSAGE_CLUB_ONLY: club data without ball data
 * @GOLF_CAPTURE_MESSAGE_HEARTBEAT: `IsHeartBeat` set; may carry the ready flags
 * @GOLF_CAPTURE_MESSAGE_STATUS: no data flags and not a heartbeat
 *
 * What a connector's message is. Only shots are stored.
 */
typedef enum
{
  GOLF_CAPTURE_MESSAGE_SHOT,
  GOLF_CAPTURE_MESSAGE_CLUB_ONLY,
  GOLF_CAPTURE_MESSAGE_HEARTBEAT,
  GOLF_CAPTURE_MESSAGE_STATUS,
} GolfCaptureMessageKind;

/**
 * GolfCaptureMessage:
 * @kind: what the message is
 * @device_id: (nullable): `DeviceID` as sent
 * @shot_number: `ShotNumber`, or -1 when absent
 * @metric: %TRUE when `Units` is "Metres" (m/s and metres), %FALSE for
 *   "Yards" (mph and yards, also the default)
 * @ready: `LaunchMonitorIsReady`: 1, 0, or -1 when absent
 * @ball_detected: `LaunchMonitorBallDetected`: 1, 0, or -1 when absent
 * @club: (nullable): the club the connector named, as Golf Lab names it
 * @values: the measurements in SI units, NAN when absent, zero where zero
 *   means "not measured", or outside the plausible range
 * @estimated: a bit per #GolfShotField for values worked out from others
 *   (back and side spin from total spin and axis, or the other way round)
 * @refused: (element-type utf8): the names of fields whose values were
 *   physically impossible and so dropped
 *
 * A message as read: units converted, sentinels and impossible values
 * turned into missing ones.
 */
typedef struct
{
  GolfCaptureMessageKind  kind;
  char                   *device_id;
  gint64                  shot_number;
  gboolean                metric;
  int                     ready;
  int                     ball_detected;
  char                   *club;
  double                  values[GOLF_SHOT_N_FIELDS];
  guint32                 estimated;
  GPtrArray              *refused;
} GolfCaptureMessage;

GolfCaptureMessage *golf_capture_message_parse        (const char                *data,
                                                       gsize                      length,
                                                       GError                   **error);
void                golf_capture_message_free         (GolfCaptureMessage        *message);
guint               golf_capture_message_count_values (const GolfCaptureMessage  *message);
GolfShot           *golf_capture_message_to_shot      (const GolfCaptureMessage  *message,
                                                       const char                *shot_id,
                                                       const char                *session_id);
const char         *golf_capture_message_kind_to_string (GolfCaptureMessageKind  kind);

GBytes             *golf_capture_answer_new           (guint                      code,
                                                       const char                *message);
GBytes             *golf_capture_player_answer_new    (GolfHand                   hand,
                                                       const char                *club);
gboolean            golf_capture_player_answer_parse  (const char                *data,
                                                       gsize                      length,
                                                       GolfHand                  *hand,
                                                       char                     **club);

char               *golf_capture_club_from_code       (const char                *code);
char               *golf_capture_club_to_code         (const char                *club);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfCaptureMessage, golf_capture_message_free)

G_END_DECLS
