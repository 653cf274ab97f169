/* golf-capture-outbox.c
 *
 * A stream takes one asynchronous write at a time, while answers, relayed
 * bytes and player messages may come at any moment: they wait here. The
 * queue is bounded, so a peer that never reads cannot make Golf Lab hold
 * its answers forever.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include "golf-capture-error.h"
#include "golf-capture-outbox.h"

struct _GolfCaptureOutbox
{
  GOutputStream         *stream;
  GCancellable          *cancellable;
  GQueue                 queue;      /* GBytes, oldest first */
  gsize                  queued;     /* bytes in the queue, the one being written included */
  gsize                  max_queued;
  gboolean               writing;
  gboolean               failed;
  GolfCaptureOutboxFunc  func;
  gpointer               user_data;
};

static void
outbox_clear (gpointer data)
{
  GolfCaptureOutbox *self = data;

  g_queue_clear_full (&self->queue, (GDestroyNotify) g_bytes_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->stream);
}

/**
 * golf_capture_outbox_new:
 * @stream: where to write
 * @max_queued: the most bytes waiting before golf_capture_outbox_send()
 *   refuses more
 * @func: called when the outbox drains or a write fails
 * @user_data: for @func
 *
 * Returns: (transfer full): an empty outbox
 */
GolfCaptureOutbox *
golf_capture_outbox_new (GOutputStream         *stream,
                         gsize                  max_queued,
                         GolfCaptureOutboxFunc  func,
                         gpointer               user_data)
{
  GolfCaptureOutbox *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  /* Reference counted: a write in flight keeps it alive past free(). */
  self = g_rc_box_new0 (GolfCaptureOutbox);
  self->stream = g_object_ref (stream);
  self->cancellable = g_cancellable_new ();
  self->max_queued = max_queued;
  self->func = func;
  self->user_data = user_data;
  g_queue_init (&self->queue);

  return self;
}

/**
 * golf_capture_outbox_free:
 * @self: (nullable): a #GolfCaptureOutbox
 *
 * Cancels the write in flight; the callback is not called any more.
 */
void
golf_capture_outbox_free (GolfCaptureOutbox *self)
{
  if (self == NULL)
    return;

  self->func = NULL;
  g_cancellable_cancel (self->cancellable);
  g_rc_box_release_full (self, outbox_clear);
}

static void write_next (GolfCaptureOutbox *self);

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GolfCaptureOutbox *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;

  g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error);

  written = g_queue_pop_head (&self->queue);
  self->queued -= g_bytes_get_size (written);
  self->writing = FALSE;

  if (error != NULL)
    {
      self->failed = TRUE;
      if (self->func != NULL)
        self->func (error, self->user_data);
    }
  else
    {
      write_next (self);
    }

  g_rc_box_release_full (self, outbox_clear);
}

static void
write_next (GolfCaptureOutbox *self)
{
  GBytes *next;

  if (self->writing || self->failed || self->func == NULL)
    return;

  if ((next = g_queue_peek_head (&self->queue)) == NULL)
    {
      self->func (NULL, self->user_data);
      return;
    }

  self->writing = TRUE;
  g_output_stream_write_all_async (self->stream,
                                   g_bytes_get_data (next, NULL),
                                   g_bytes_get_size (next),
                                   G_PRIORITY_DEFAULT,
                                   self->cancellable,
                                   write_done_cb,
                                   g_rc_box_acquire (self));
}

/**
 * golf_capture_outbox_send:
 * @self: a #GolfCaptureOutbox
 * @bytes: what to write after everything queued before
 *
 * Returns: %FALSE when the peer is not reading (the queue is full) or
 *   writing failed; @bytes is then dropped
 */
gboolean
golf_capture_outbox_send (GolfCaptureOutbox *self,
                          GBytes            *bytes)
{
  gsize size;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  size = g_bytes_get_size (bytes);
  if (self->failed || self->queued + size > self->max_queued)
    return FALSE;

  if (size == 0)
    return TRUE;

  g_queue_push_tail (&self->queue, g_bytes_ref (bytes));
  self->queued += size;
  write_next (self);

  return TRUE;
}

/**
 * golf_capture_outbox_is_empty:
 * @self: a #GolfCaptureOutbox
 *
 * Returns: %TRUE when nothing waits to be written
 */
gboolean
golf_capture_outbox_is_empty (GolfCaptureOutbox *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->queued == 0;
}
