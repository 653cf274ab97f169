/* golf-cli-model.h: the model commands of golf-lab-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One line per command for `golf-lab-cli --help`. Every model command also
 * takes --models-dir DIR; --target picks the carry or the total model. */
#define GOLF_CLI_MODEL_USAGE \
  "  train [--target carry|total] [--models-dir DIR]\n" \
  "  model-info [MODEL_FILE] [--json] [--target carry|total] [--models-dir DIR]\n" \
  "  models [--json] [--target carry|total] [--models-dir DIR]\n" \
  "  use-model VERSION [--target carry|total] [--models-dir DIR]\n" \
  "  predict --ball-speed MPH [--launch-angle DEG] [--back-spin RPM] [--club-speed MPH]\n" \
  "          [--attack-angle DEG] [--dynamic-loft DEG] [--units imperial|si] [--json]\n" \
  "          [--target carry|total] [--models-dir DIR]\n"

gboolean golf_cli_model_handles (const char *command);
int      golf_cli_model_run     (const char *db_path,
                                 int         argc,
                                 char      **argv);

G_END_DECLS
