/* golf-main.c: the entry point of the golf-lab application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "golf-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GolfApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Golf Lab"));

  application = golf_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}
