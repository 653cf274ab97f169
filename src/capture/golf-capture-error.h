/* golf-capture-error.h: what can go wrong while recording live shots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GOLF_CAPTURE_ERROR (golf_capture_error_quark ())

/**
 * GolfCaptureError:
 * @GOLF_CAPTURE_ERROR_INVALID_ADDRESS: the address or port to listen on, or
 *   the GSPro to forward to, is not one
 * @GOLF_CAPTURE_ERROR_ADDRESS_IN_USE: another program listens on that port
 * @GOLF_CAPTURE_ERROR_PERMISSION_DENIED: the system refused the port
 *   (ports below 1024 are reserved unless the system allows them)
 * @GOLF_CAPTURE_ERROR_MALFORMED: a connector sent something that is not a
 *   JSON object
 * @GOLF_CAPTURE_ERROR_TOO_LARGE: a message is bigger than any shot can be
 * @GOLF_CAPTURE_ERROR_TOO_DEEP: a message nests deeper than any shot does
 * @GOLF_CAPTURE_ERROR_UNSUPPORTED: a well-formed message Golf Lab cannot
 *   read (say, unknown units)
 * @GOLF_CAPTURE_ERROR_FAILED: anything else
 */
typedef enum
{
  GOLF_CAPTURE_ERROR_INVALID_ADDRESS,
  GOLF_CAPTURE_ERROR_ADDRESS_IN_USE,
  GOLF_CAPTURE_ERROR_PERMISSION_DENIED,
  GOLF_CAPTURE_ERROR_MALFORMED,
  GOLF_CAPTURE_ERROR_TOO_LARGE,
  GOLF_CAPTURE_ERROR_TOO_DEEP,
  GOLF_CAPTURE_ERROR_UNSUPPORTED,
  GOLF_CAPTURE_ERROR_FAILED,
} GolfCaptureError;

GQuark golf_capture_error_quark (void);

G_END_DECLS
