/* golf-capture-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include "golf-capture-error.h"
#include "golf-capture-private.h"

G_DEFINE_QUARK (golf-capture-error-quark, golf_capture_error)

/*
 * _golf_capture_log:
 * @level: the log level
 * @peer: (nullable): the connector's address and port
 * @connection_id: the connection's number in this run, 0 for none
 * @format: the message
 *
 * Logs with the peer and the connection as fields of their own, so the
 * journal can show one connection's story (`journalctl GOLF_CAPTURE_PEER=…`).
 */
void
_golf_capture_log (GLogLevelFlags  level,
                   const char     *peer,
                   guint           connection_id,
                   const char     *format,
                   ...)
{
  g_autofree char *message = NULL;
  char id[16];
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_snprintf (id, sizeof id, "%u", connection_id);
  g_log_structured (G_LOG_DOMAIN, level,
                    "GOLF_CAPTURE_PEER", peer != NULL ? peer : "",
                    "GOLF_CAPTURE_CONNECTION", id,
                    "MESSAGE", "%s", message);
}
