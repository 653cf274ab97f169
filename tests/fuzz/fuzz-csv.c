/* fuzz-csv.c: the CSV readers: tokenizer, encodings, brands, rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "golf-csv-import.h"
#include "golf-csv-tokenizer-private.h"
#include "golf-fuzz.h"

/* The tokenizer on its own, with the delimiter the first byte picks. */
static void
tokenize (const char *data,
          gsize       size)
{
  static const char delimiters[] = { ',', ';', '\t' };
  g_autoptr(GolfTextReader) text = NULL;
  g_autoptr(GolfCsvTokenizer) tokenizer = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_record = TRUE;

  if (size == 0)
    return;

  text = _golf_text_reader_new_for_data (data + 1, size - 1);
  tokenizer = _golf_csv_tokenizer_new (text);
  _golf_csv_tokenizer_set_delimiter (tokenizer, delimiters[(guchar) data[0] % 3]);

  while (has_record && _golf_csv_tokenizer_next (tokenizer, &has_record, &error))
    for (guint i = 0; has_record && i < _golf_csv_tokenizer_get_n_fields (tokenizer); i++)
      {
        gsize length;
        const char *field = _golf_csv_tokenizer_get_field (tokenizer, i, &length);

        g_assert_cmpuint (strlen (field), ==, length);
        g_assert_cmpuint (length, <=, GOLF_CSV_MAX_RECORD_BYTES);
        g_assert_true (g_utf8_validate (field, length, NULL));
      }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GolfImportReport) report = golf_import_report_new (NULL);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GError) error = NULL;

  tokenize ((const char *) data, size);

  if (golf_csv_parse ((const char *) data, size, NULL, &sessions, &shots, report, &error))
    {
      g_assert_cmpuint (sessions->len, >, 0);
      g_assert_cmpuint (shots->len, >, 0);
      golf_fuzz_check_shots (shots);
      for (guint i = 0; i < sessions->len; i++)
        g_assert_true (g_utf8_validate (golf_session_get_id (sessions->pdata[i]), -1, NULL));
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  for (guint i = 0; i < golf_import_report_get_n_set_aside (report); i++)
    g_assert_true (g_utf8_validate (golf_import_report_get_set_aside_reason (report, i), -1, NULL));
  for (guint i = 0; i < golf_import_report_get_n_refused_values (report); i++)
    g_assert_true (g_utf8_validate (golf_import_report_get_refused_reason (report, i), -1, NULL));

  return 0;
}
