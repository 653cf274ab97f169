/* golf-main.c: the entry point of the golf-lab application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "golf-application.h"
#include "golf-locale.h"

/* --version answers at once, without a display or a running instance. */
static int
handle_local_options_cb (GApplication *application,
                         GVariantDict *options,
                         gpointer      user_data)
{
  if (!g_variant_dict_contains (options, "version"))
    return -1;

  g_print ("golf-lab %s\n", PACKAGE_VERSION);
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GolfApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, golf_locale_get_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Golf Lab"));

  application = golf_application_new ();
  g_application_add_main_option (G_APPLICATION (application),
                                 "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Print the version and exit"), NULL);
  g_signal_connect (application, "handle-local-options", G_CALLBACK (handle_local_options_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
