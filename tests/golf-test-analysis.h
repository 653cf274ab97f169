/* golf-test-analysis.h: shots for the analytics tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-table.h"
#include "golf-test-util.h"

G_BEGIN_DECLS

GolfShot      *golf_test_carry_shot (GPtrArray   *shots,
                                     const char  *session_id,
                                     const char  *club,
                                     double       carry);
void           golf_test_carry_shots (GPtrArray    *shots,
                                      const char   *session_id,
                                      const char   *club,
                                      const double *carries,
                                      guint         n);
GolfShotTable *golf_test_table      (GPtrArray   *shots);
void           golf_test_assert_no_bad_numbers (const char *text);

#define golf_test_assert_nan(x) g_assert_true (isnan (x))

G_END_DECLS
