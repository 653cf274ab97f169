/* golf-locale.c: where the programs find their translations
 *
 * A program started from the build folder reads the catalogs the build
 * compiled into <builddir>/po/<lang>/LC_MESSAGES/, so a translation shows
 * without `meson install`; an installed program reads LOCALEDIR.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-locale"

#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "golf-locale.h"

/**
 * golf_locale_dir_for_program:
 * @program_path: the absolute path of a running program
 *
 * Returns: (transfer none): the build folder's catalogs when @program_path
 *   lies in the build folder this code was built in and the catalogs are
 *   there, else the installed LOCALEDIR
 */
const char *
golf_locale_dir_for_program (const char *program_path)
{
  char build_root[PATH_MAX];
  gsize length;

  g_return_val_if_fail (program_path != NULL, LOCALEDIR);

  /* The program's path has its links resolved; resolve the build's too. */
  if (realpath (GOLF_BUILD_ROOT, build_root) == NULL)
    return LOCALEDIR;

  length = strlen (build_root);
  if (strncmp (program_path, build_root, length) != 0 || program_path[length] != '/')
    return LOCALEDIR;

  if (!g_file_test (GOLF_BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR))
    return LOCALEDIR;

  return GOLF_BUILD_LOCALEDIR;
}

/**
 * golf_locale_get_dir:
 *
 * The folder to hand bindtextdomain() for the running program.
 *
 * Returns: (transfer none): the build folder's catalogs when the program
 *   runs from the build folder, else LOCALEDIR
 */
const char *
golf_locale_get_dir (void)
{
  static const char *dir;

  if (g_once_init_enter (&dir))
    {
      g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);

      g_once_init_leave (&dir, program != NULL ? golf_locale_dir_for_program (program) : LOCALEDIR);
    }

  return dir;
}
