/* golf-csv-tokenizer-private.h: RFC 4180 records from text, streamed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-text-reader-private.h"

G_BEGIN_DECLS

/* No launch monitor writes a line this long or this wide: beyond them the
 * file is damaged (a quote that never closes swallows the rest). */
#define GOLF_CSV_MAX_RECORD_BYTES (1024 * 1024)
#define GOLF_CSV_MAX_FIELDS 1024

/*
 * GolfCsvTokenizer:
 *
 * Splits text into records of fields as RFC 4180 says: fields separated
 * by a delimiter, records by CRLF, LF or CR; a field in double quotes may
 * hold delimiters, line breaks and doubled quotes (""). Leniently, a quote
 * inside an unquoted field is kept as text, and so is text after a closing
 * quote. A quote still open at the end is an error.
 */
typedef struct _GolfCsvTokenizer GolfCsvTokenizer;

GolfCsvTokenizer *_golf_csv_tokenizer_new           (GolfTextReader    *reader);
void              _golf_csv_tokenizer_free          (GolfCsvTokenizer  *tokenizer);
void              _golf_csv_tokenizer_set_delimiter (GolfCsvTokenizer  *tokenizer,
                                                     char               delimiter);
gboolean          _golf_csv_tokenizer_next          (GolfCsvTokenizer  *tokenizer,
                                                     gboolean          *has_record,
                                                     GError           **error);
guint             _golf_csv_tokenizer_get_n_fields  (GolfCsvTokenizer  *tokenizer);
const char       *_golf_csv_tokenizer_get_field     (GolfCsvTokenizer  *tokenizer,
                                                     guint              index,
                                                     gsize             *length);
gboolean          _golf_csv_tokenizer_is_blank      (GolfCsvTokenizer  *tokenizer);
gboolean          _golf_csv_tokenizer_is_unterminated (GolfCsvTokenizer *tokenizer);
guint64           _golf_csv_tokenizer_get_line      (GolfCsvTokenizer  *tokenizer);
gboolean          _golf_csv_tokenizer_rewind        (GolfCsvTokenizer  *tokenizer,
                                                     GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfCsvTokenizer, _golf_csv_tokenizer_free)

G_END_DECLS
