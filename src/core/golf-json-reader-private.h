/* golf-json-reader-private.h: a small pull reader for strict JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The reader's errors are the import layer's GOLF_IMPORT_ERROR_SYNTAX (its
 * first user, whose messages wrap them): the same quark and code, named
 * here so that the core needs no import header. test-import's syntax
 * cases check that the two stay one. */
#define GOLF_JSON_READER_ERROR        (g_quark_from_static_string ("golf-import-error-quark"))
#define GOLF_JSON_READER_ERROR_SYNTAX 1

/**
 * GolfJsonType:
 *
 * What the next value is, judged by its first byte. %GOLF_JSON_END is the
 * end of the data; %GOLF_JSON_INVALID a byte no JSON value starts with.
 */
typedef enum
{
  GOLF_JSON_INVALID,
  GOLF_JSON_END,
  GOLF_JSON_OBJECT,
  GOLF_JSON_ARRAY,
  GOLF_JSON_STRING,
  GOLF_JSON_NUMBER,
  GOLF_JSON_TRUE,
  GOLF_JSON_FALSE,
  GOLF_JSON_NULL,
} GolfJsonType;

/*
 * GolfJsonReader:
 *
 * Reads a JSON text in place, one value at a time, without building a
 * tree. Strings without escapes are handed out as pointers into the data;
 * escaped ones are decoded into a scratch buffer. Either is valid until the
 * next string is read. Errors are %GOLF_JSON_READER_ERROR_SYNTAX and say where
 * (line, column, byte offset).
 */
typedef struct
{
  const char *data;
  const char *pos;
  const char *end;
  GString    *scratch;
  guint       depth;
} GolfJsonReader;

void          _golf_json_reader_init          (GolfJsonReader  *reader,
                                               const char      *data,
                                               gsize            length);
void          _golf_json_reader_clear         (GolfJsonReader  *reader);
GolfJsonType  _golf_json_reader_peek          (GolfJsonReader  *reader);
gboolean      _golf_json_reader_array_next    (GolfJsonReader  *reader,
                                               guint            n_read,
                                               gboolean        *has_next,
                                               GError         **error);
gboolean      _golf_json_reader_object_next   (GolfJsonReader  *reader,
                                               guint            n_read,
                                               const char     **key,
                                               gsize           *key_length,
                                               GError         **error);
gboolean      _golf_json_reader_read_string   (GolfJsonReader  *reader,
                                               const char     **str,
                                               gsize           *length,
                                               GError         **error);
gboolean      _golf_json_reader_read_number   (GolfJsonReader  *reader,
                                               double          *value,
                                               const char     **lexeme,
                                               gsize           *lexeme_length,
                                               GError         **error);
gboolean      _golf_json_reader_skip          (GolfJsonReader  *reader,
                                               GError         **error);
gboolean      _golf_json_reader_expect_end    (GolfJsonReader  *reader,
                                               GError         **error);
gboolean      _golf_json_validate             (const char      *data,
                                               gsize            length,
                                               GError         **error);
double        _golf_number_from_text          (const char      *str,
                                               gsize            length);

G_END_DECLS
