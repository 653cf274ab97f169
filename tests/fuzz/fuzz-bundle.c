/* fuzz-bundle.c: the .golfsession bundle reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "golf-bundle-private.h"
#include "golf-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GolfImportReport) report = golf_import_report_new (NULL);
  g_autoptr(GolfImportParsed) parsed = NULL;
  g_autoptr(GError) error = NULL;

  parsed = _golf_bundle_parse ((const char *) data, size, NULL, "The bundle", report, &error);
  if (parsed != NULL)
    {
      g_assert_cmpuint (parsed->sessions->len, ==, 1);
      g_assert_true (g_utf8_validate (golf_session_get_id (parsed->sessions->pdata[0]), -1, NULL));
      g_assert_true (parsed->player_name == NULL || g_utf8_validate (parsed->player_name, -1, NULL));
      golf_fuzz_check_shots (parsed->shot_lists->pdata[0]);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
