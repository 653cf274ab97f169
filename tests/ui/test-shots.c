/* test-shots.c: the Shots page, under Xvfb with real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-shots"

#include "config.h"

#include "golf-ui-test-util.h"

int
main (int   argc,
      char *argv[])
{
  ui_init (&argc, &argv);

  return g_test_run ();
}
