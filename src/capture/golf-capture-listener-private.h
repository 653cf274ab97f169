/* golf-capture-listener-private.h: what connections ask of their listener
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-capture-connection.h"
#include "golf-capture-listener.h"
#include "golf-capture-message.h"

G_BEGIN_DECLS

GBytes *_golf_capture_listener_receive           (GolfCaptureListener      *self,
                                                  GolfCaptureConnection    *connection,
                                                  const GolfCaptureMessage *message);
void    _golf_capture_listener_closing           (GolfCaptureListener      *self,
                                                  GolfCaptureConnection    *connection);
void    _golf_capture_listener_remove            (GolfCaptureListener      *self,
                                                  GolfCaptureConnection    *connection);
void    _golf_capture_listener_take_player       (GolfCaptureListener      *self,
                                                  GolfHand                  hand,
                                                  const char               *club);
GBytes *_golf_capture_listener_dup_player_answer (GolfCaptureListener      *self);
void    _golf_capture_listener_set_clock         (GolfCaptureListener      *self,
                                                  GDateTime                *now);

G_END_DECLS
