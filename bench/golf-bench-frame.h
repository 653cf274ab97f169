/* golf-bench-frame.h: how long a change takes to reach the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Milliseconds of each part of the changes timed, summed. */
typedef struct
{
  double change;
  double wait;
  double layout;
  double paint;
} GolfBenchFrameSums;

double golf_bench_time_to_frame (GtkWidget          *window,
                                 void              (*change) (gpointer data),
                                 gpointer            data,
                                 GolfBenchFrameSums *sums);

G_END_DECLS
