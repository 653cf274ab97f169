/* golf-text-reader-private.h: a file or buffer as UTF-8 text, a chunk at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GolfTextEncoding:
 * @GOLF_TEXT_UTF8: UTF-8 (a byte order mark, if any, is dropped)
 * @GOLF_TEXT_WINDOWS_1252: Windows-1252 ("ANSI" on Western Windows), converted
 */
typedef enum
{
  GOLF_TEXT_UTF8,
  GOLF_TEXT_WINDOWS_1252,
} GolfTextEncoding;

/*
 * GolfTextReader:
 *
 * Hands out the text of a file or a buffer as UTF-8, in chunks of at most
 * 64 KB, so a large file is never in memory whole. The encoding is decided
 * once, before the first chunk: UTF-8 when every byte sequence is valid
 * UTF-8, Windows-1252 otherwise. A nul byte or a UTF-16 byte order mark
 * makes the source "not text".
 */
typedef struct _GolfTextReader GolfTextReader;

GolfTextReader   *_golf_text_reader_new_for_data   (const char      *data,
                                                    gsize            length);
GolfTextReader   *_golf_text_reader_new_for_fd     (int              fd);
void              _golf_text_reader_free           (GolfTextReader  *reader);
gboolean          _golf_text_reader_detect         (GolfTextReader  *reader,
                                                    GError         **error);
gssize            _golf_text_reader_read           (GolfTextReader  *reader,
                                                    const char     **chunk,
                                                    GError         **error);
gboolean          _golf_text_reader_rewind         (GolfTextReader  *reader,
                                                    GError         **error);
guint64           _golf_text_reader_get_offset     (GolfTextReader  *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfTextReader, _golf_text_reader_free)

G_END_DECLS
