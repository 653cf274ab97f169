/* golf-test-analysis.h: shots for the analytics tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

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

/* A shot of a report written by golf_test_write_report(): a Uneekor club
 * name, metres, m/s and degrees. */
typedef struct
{
  const char *club;
  double      carry;
  double      ball_speed;
  double      club_speed;
  double      face;
  double      path;
  double      side;
} GolfTestReportShot;

char          *golf_test_write_report  (GolfTestDir              *dir,
                                        const char               *id,
                                        const char               *date,
                                        const GolfTestReportShot *shots,
                                        guint                     n);
int            golf_test_cli_run_argv  (GolfTestDir              *dir,
                                        char                    **out,
                                        char                    **err,
                                        const char * const       *args);
int            golf_test_cli_run       (GolfTestDir              *dir,
                                        char                    **out,
                                        char                    **err,
                                        const char               *first,
                                        ...) G_GNUC_NULL_TERMINATED;
JsonNode      *golf_test_parse_json    (const char               *text);
JsonNode      *golf_test_cli_json_argv (GolfTestDir              *dir,
                                        const char * const       *args);
JsonNode      *golf_test_cli_json      (GolfTestDir              *dir,
                                        const char               *first,
                                        ...) G_GNUC_NULL_TERMINATED;

#define golf_test_assert_nan(x) g_assert_true (isnan (x))

G_END_DECLS
