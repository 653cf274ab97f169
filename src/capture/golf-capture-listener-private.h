/* golf-capture-listener-private.h: the listener's insides, shared by its
 * two files, and what connections ask of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-capture-connection.h"
#include "golf-capture-listener.h"
#include "golf-capture-message.h"
#include "golf-capture-recorder.h"

G_BEGIN_DECLS

struct _GolfCaptureListener
{
  GObject              parent_instance;
  GolfCaptureRecorder *recorder;
  GSocketService      *service;
  GSocketConnectable  *forward_target;
  GPtrArray           *connections;   /* GolfCaptureConnection, counted */
  GPtrArray           *closing;       /* GolfCaptureConnection, refused or saying goodbye */
  char                *address;
  guint                port;
  char                *forward;
  char                *club;
  GolfHand             hand;
  gint64               player_id;
  guint                max_connections;
  guint                partial_timeout_ms;
  char                *live_session_id;
  char                *last_shot_id;
  GDateTime           *clock;         /* a fixed "now", for tests */
  guint                next_id;
};

gboolean _golf_capture_listener_take_club        (GolfCaptureListener      *self,
                                                  const char               *club);
void    _golf_capture_listener_shot_stored       (GolfCaptureListener      *self,
                                                  GolfShot                 *shot);
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
