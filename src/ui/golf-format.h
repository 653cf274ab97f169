/* golf-format.h: every number the window shows, in the chosen units
 *
 * No GTK here: the PDF report formats with it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "golf-session-metrics.h"
#include "golf-shot.h"
#include "golf-types.h"

G_BEGIN_DECLS

/* What a value that was not measured shows. */
#define GOLF_FORMAT_MISSING "—"

char       *golf_format_number             (double         value,
                                            int            digits);
char       *golf_format_signed             (double         value,
                                            int            digits);
const char *golf_format_unit_symbol        (GolfUnit       unit,
                                            gboolean       imperial);
char       *golf_format_value              (GolfUnit       unit,
                                            double         value,
                                            gboolean       imperial);
char       *golf_format_value_with_unit    (GolfUnit       unit,
                                            double         value,
                                            gboolean       imperial);
char       *golf_format_spread             (GolfUnit       unit,
                                            double         std,
                                            gboolean       imperial);
char       *golf_format_angle              (double         degrees);
const char *golf_format_shot_field_unit    (GolfShotField  field,
                                            gboolean       imperial);
char       *golf_format_shot_field         (GolfShotField  field,
                                            double         value,
                                            gboolean       imperial);
char       *golf_format_date               (const char    *date);
char       *golf_format_shot_count         (guint          count);
char       *golf_format_clubs_in_bag_order (const char    *clubs_used);
const char *golf_format_face_angle_words   (double         degrees,
                                            GolfHand       hand);
const char *golf_format_club_path_words    (double         degrees,
                                            GolfHand       hand);
const char *golf_format_face_to_path_words (double         degrees,
                                            GolfHand       hand);

G_END_DECLS
