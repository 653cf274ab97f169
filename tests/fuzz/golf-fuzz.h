/* golf-fuzz.h: what every fuzz target shares
 *
 * A target defines LLVMFuzzerTestOneInput. Built for `meson test`, it is
 * linked with golf-fuzz-replay.c, whose main() feeds it every file of the
 * seed corpora named on its command line. Built with libFuzzer
 * (-Dfuzzing=true, see README.md), libFuzzer's main() drives it instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "golf-shot.h"

int  LLVMFuzzerTestOneInput  (const uint8_t *data,
                              size_t         size);

void golf_fuzz_check_shots   (GPtrArray     *shots);
