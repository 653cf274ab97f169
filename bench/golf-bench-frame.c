/* golf-bench-frame.c: how long a change takes to reach the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "golf-bench-frame.h"
#include "golf-ui-test-util.h"

typedef struct
{
  gint64 start;
  gint64 changed;   /* the change itself done */
  gint64 layout;    /* the frame's layout phase began */
  gint64 paint;     /* its paint phase */
  gint64 end;
} Frame;

static void
on_bench_layout_cb (GdkFrameClock *clock,
                    Frame         *frame)
{
  if (frame->layout == 0)
    frame->layout = g_get_monotonic_time ();
}

static void
on_bench_paint_cb (GdkFrameClock *clock,
                   Frame         *frame)
{
  if (frame->paint == 0)
    frame->paint = g_get_monotonic_time ();
}

static void
on_bench_after_paint_cb (GdkFrameClock *clock,
                         Frame         *frame)
{
  if (frame->end == 0)
    frame->end = g_get_monotonic_time ();
}

static gboolean
frame_done (gpointer data)
{
  return ((Frame *) data)->end != 0;
}

/* The work of a change and of the frame that shows it: the change, then
 * the frame's layout and drawing (the frame clock's wait for the next
 * frame in between is not work; it is summed apart), in ms. Adds each
 * part to @sums. */
double
golf_bench_time_to_frame (GtkWidget          *window,
                          void              (*change) (gpointer data),
                          gpointer            data,
                          GolfBenchFrameSums *sums)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { 0 };

  g_signal_connect (clock, "layout", G_CALLBACK (on_bench_layout_cb), &frame);
  g_signal_connect (clock, "paint", G_CALLBACK (on_bench_paint_cb), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_bench_after_paint_cb), &frame);
  frame.start = g_get_monotonic_time ();
  change (data);
  frame.changed = g_get_monotonic_time ();
  gtk_widget_queue_draw (window);
  g_assert_true (ui_iterate_until (frame_done, &frame));
  g_signal_handlers_disconnect_by_data (clock, &frame);

  g_assert_cmpint (frame.layout, >=, frame.changed);
  g_assert_cmpint (frame.paint, >=, frame.layout);
  sums->change += (frame.changed - frame.start) / 1000.0;
  sums->wait += (frame.layout - frame.changed) / 1000.0;
  sums->layout += (frame.paint - frame.layout) / 1000.0;
  sums->paint += (frame.end - frame.paint) / 1000.0;

  return ((frame.changed - frame.start) + (frame.end - frame.layout)) / 1000.0;
}
