/* fuzz-capture.c: the live capture's stream splitter and message reader
 *
 * The first byte of an input picks how the rest is cut into reads, so
 * the fuzzer also explores objects split at every place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "golf-capture-message.h"
#include "golf-capture-splitter.h"
#include "golf-fuzz.h"

static void
read_object (const char *object,
             gsize       length)
{
  g_autoptr(GolfCaptureMessage) message = NULL;
  g_autofree char *club = NULL;
  GolfHand hand = GOLF_HAND_RIGHT;

  message = golf_capture_message_parse (object, length, NULL);
  if (message != NULL && message->kind == GOLF_CAPTURE_MESSAGE_SHOT)
    {
      g_autoptr(GolfShot) shot = golf_capture_message_to_shot (message, "fuzz-1", "fuzz");
      g_autofree char *code = golf_capture_club_to_code (golf_shot_get_club (shot));

      /* What is kept is in SI units and plausible: never a NaN or an infinity. */
      for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
        g_assert_true (!golf_shot_has (shot, i) || isfinite (golf_shot_get (shot, i)));

      /* The club goes back to GSPro as one of its short codes ("I7"), or not at all. */
      g_assert_true (code == NULL || (strlen (code) <= 3 && g_str_is_ascii (code)));
    }

  golf_capture_player_answer_parse (object, length, &hand, &club);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GolfCaptureSplitter) splitter = NULL;
  gsize piece;

  if (size == 0)
    return 0;

  piece = 1 + data[0] % 64;
  data++;
  size--;

  splitter = golf_capture_splitter_new (GOLF_CAPTURE_MAX_OBJECT_SIZE, GOLF_CAPTURE_MAX_DEPTH);
  for (gsize at = 0; at < size; at += piece)
    {
      const char *object;
      gsize length;

      golf_capture_splitter_push (splitter, (const char *) data + at, MIN (piece, size - at));
      while (golf_capture_splitter_next (splitter, &object, &length, NULL) && object != NULL)
        {
          g_assert_cmpuint (length, <=, GOLF_CAPTURE_MAX_OBJECT_SIZE);
          g_assert_true (object[0] == '{' && object[length - 1] == '}');
          read_object (object, length);
        }
      g_assert_cmpuint (golf_capture_splitter_get_pending (splitter), <=, GOLF_CAPTURE_MAX_OBJECT_SIZE);
    }

  return 0;
}
