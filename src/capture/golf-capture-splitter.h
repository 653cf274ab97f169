/* golf-capture-splitter.h: cuts a byte stream into JSON objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most an Open Connect message may take; a real shot is under 1 KB. */
#define GOLF_CAPTURE_MAX_OBJECT_SIZE (64 * 1024)

/* Deeper than any message; keeps the JSON parser's recursion short. */
#define GOLF_CAPTURE_MAX_DEPTH 32

typedef struct _GolfCaptureSplitter GolfCaptureSplitter;

GolfCaptureSplitter *golf_capture_splitter_new         (gsize                 max_size,
                                                        guint                 max_depth);
void                 golf_capture_splitter_free        (GolfCaptureSplitter  *self);
void                 golf_capture_splitter_push        (GolfCaptureSplitter  *self,
                                                        const char           *data,
                                                        gsize                 length);
gboolean             golf_capture_splitter_next        (GolfCaptureSplitter  *self,
                                                        const char          **object,
                                                        gsize                *length,
                                                        GError              **error);
gsize                golf_capture_splitter_get_pending (GolfCaptureSplitter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfCaptureSplitter, golf_capture_splitter_free)

G_END_DECLS
