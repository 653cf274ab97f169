/* fuzz-capture.c: the live capture's stream splitter and message reader
 *
 * Built two ways. For `meson test` its main() replays the seed corpus
 * (files or folders given as arguments). Built with clang's libFuzzer
 * (see README.md), LLVMFuzzerTestOneInput is the entry point and main()
 * comes from libFuzzer.
 *
 * The first byte of an input picks how the rest is cut into reads, so
 * the fuzzer also explores objects split at every place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <gio/gio.h>

#include "golf-capture-message.h"
#include "golf-capture-splitter.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

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

#ifndef GOLF_FUZZ_LIBFUZZER

static guint
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *contents = NULL;
  const char *name;
  gsize length;
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      dir = g_dir_open (path, 0, &error);
      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += replay (child);
        }
      return n;
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);

  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);

  if (n == 0)
    {
      g_printerr ("fuzz-capture: no inputs; give seed files or folders\n");
      return 1;
    }

  g_print ("fuzz-capture: replayed %u inputs\n", n);
  return 0;
}

#endif
