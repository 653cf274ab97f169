/* golf-test-capture.h: a connector and a GSPro, for the live capture tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A connector: a plain socket, read without blocking while the main
 * context (where Golf Lab listens) keeps running. */
typedef struct _GolfTestConnector GolfTestConnector;

GolfTestConnector *golf_test_connector_new          (guint               port);
void               golf_test_connector_free         (GolfTestConnector  *self);
void               golf_test_connector_send         (GolfTestConnector  *self,
                                                     const char         *data,
                                                     gsize               length);
void               golf_test_connector_send_str     (GolfTestConnector  *self,
                                                     const char         *text);
char              *golf_test_connector_next         (GolfTestConnector  *self,
                                                     guint               timeout_ms);
void               golf_test_connector_expect       (GolfTestConnector  *self,
                                                     const char         *expected);
gboolean           golf_test_connector_wait_closed  (GolfTestConnector  *self,
                                                     guint               timeout_ms);
gboolean           golf_test_connector_poll         (GolfTestConnector  *self);
void               golf_test_connector_hang_up      (GolfTestConnector  *self);

void               golf_test_spin                   (guint               ms);
gboolean           golf_test_spin_until             (gboolean          (*done) (gpointer),
                                                     gpointer            data,
                                                     guint               timeout_ms);
void               golf_test_send_shot              (GolfTestConnector  *connector,
                                                     const char         *device,
                                                     gint64              shot_number,
                                                     double              carry_yards);
char              *golf_test_shot_message           (const char         *device,
                                                     gint64              shot_number,
                                                     const char         *units,
                                                     double              ball_speed,
                                                     double              carry,
                                                     double              club_speed);

/* A stand-in for GSPro: answers shots with its own 200, and sends a 201
 * naming @club when a connector connects. */
typedef struct _GolfTestGspro GolfTestGspro;

GolfTestGspro     *golf_test_gspro_new              (const char         *club);
void               golf_test_gspro_free             (GolfTestGspro      *self);
guint              golf_test_gspro_get_port         (GolfTestGspro      *self);
GPtrArray         *golf_test_gspro_get_received     (GolfTestGspro      *self);
void               golf_test_gspro_hang_up          (GolfTestGspro      *self);
guint              golf_test_free_port              (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfTestConnector, golf_test_connector_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfTestGspro, golf_test_gspro_free)

G_END_DECLS
