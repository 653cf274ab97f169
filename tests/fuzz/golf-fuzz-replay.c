/* golf-fuzz-replay.c: the seed corpus, replayed in `meson test`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "golf-fuzz.h"

static guint
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;
      guint n = 0;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += replay (child);
        }
      return n;
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);

  /* Every shorter start of an input too: files cut off anywhere. */
  for (gsize cut = 0; cut < length && cut < 4096; cut += 1 + cut / 8)
    LLVMFuzzerTestOneInput ((const uint8_t *) contents, cut);

  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *name = g_path_get_basename (argv[0]);
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);

  if (n == 0)
    {
      g_printerr ("%s: no inputs; give seed files or folders\n", name);
      return 1;
    }

  g_print ("%s: replayed %u inputs and their cut-off starts\n", name, n);
  return 0;
}
