/* fuzz-uneekor-report.c: the Uneekor report reader (and the JSON reader under it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "golf-fuzz.h"
#include "golf-importer.h"
#include "golf-uneekor-report.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GolfImportReport) report = golf_import_report_new (NULL);
  g_autoptr(GolfSession) session = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GError) error = NULL;

  golf_import_detect_format ((const char *) data, size);

  /* No session id: the reader names the session from the content. */
  if (golf_uneekor_report_parse ((const char *) data, size, NULL, &session, &shots, report, &error))
    {
      g_assert_true (g_utf8_validate (golf_session_get_id (session), -1, NULL));
      g_assert_cmpuint (shots->len, >, 0);
      golf_fuzz_check_shots (shots);
      for (guint i = 0; i < shots->len; i++)
        g_assert_cmpstr (golf_shot_get_session_id (shots->pdata[i]), ==, golf_session_get_id (session));
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
