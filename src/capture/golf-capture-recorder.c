/* golf-capture-recorder.c
 *
 * Each device records into one session a day, `live-<device>-<YYYYMMDD>`
 * named "<device> live", so a connector that reconnects the same day
 * carries on where it left off. A shot's id is the session's plus its ShotNumber: a shot sent again
 * after a reconnect has the same id and the same measurements, and is not
 * stored twice. A connector restarted during the day counts from 1 again;
 * its shots have new measurements under a known number, and are kept under
 * the next free id ("…-3-2") rather than lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include <math.h>
#include <string.h>

#include "golf-capture-recorder.h"
#include "golf-player.h"

#define SESSION_TYPE "live"
#define MAX_SLUG_LENGTH 32
#define DEFAULT_DEVICE "Connector"

struct _GolfCaptureRecorder
{
  GObject     parent_instance;
  GolfStore  *store;
  GHashTable *sessions;   /* session id -> GHashTable of shot id -> fingerprint */
};

G_DEFINE_FINAL_TYPE (GolfCaptureRecorder, golf_capture_recorder, G_TYPE_OBJECT)

static void
golf_capture_recorder_dispose (GObject *object)
{
  GolfCaptureRecorder *self = (GolfCaptureRecorder *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_capture_recorder_parent_class)->dispose (object);
}

static void
golf_capture_recorder_finalize (GObject *object)
{
  GolfCaptureRecorder *self = (GolfCaptureRecorder *)object;

  g_hash_table_unref (self->sessions);

  G_OBJECT_CLASS (golf_capture_recorder_parent_class)->finalize (object);
}

static void
golf_capture_recorder_class_init (GolfCaptureRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = golf_capture_recorder_dispose;
  object_class->finalize = golf_capture_recorder_finalize;
}

static void
golf_capture_recorder_init (GolfCaptureRecorder *self)
{
  self->sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_hash_table_unref);
}

/**
 * golf_capture_recorder_new:
 * @store: where shots go
 *
 * Returns: (transfer full): a recorder
 */
GolfCaptureRecorder *
golf_capture_recorder_new (GolfStore *store)
{
  GolfCaptureRecorder *self;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);

  self = g_object_new (GOLF_TYPE_CAPTURE_RECORDER, NULL);
  self->store = g_object_ref (store);

  return self;
}

/**
 * golf_capture_recorder_get_store:
 * @self: a #GolfCaptureRecorder
 *
 * Returns: (transfer none): the store shots go to
 */
GolfStore *
golf_capture_recorder_get_store (GolfCaptureRecorder *self)
{
  g_return_val_if_fail (GOLF_IS_CAPTURE_RECORDER (self), NULL);

  return self->store;
}

/**
 * golf_capture_device_name:
 * @device_id: (nullable): `DeviceID` as the connector sent it
 *
 * Returns: (transfer full): the name to show for the device
 */
char *
golf_capture_device_name (const char *device_id)
{
  return g_strdup (device_id != NULL && *device_id != '\0' ? device_id : DEFAULT_DEVICE);
}

/* "GSPro R10 1.2" -> "gspro-r10-1-2": safe in ids, file names and URLs. */
static char *
slug (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p && out->len < MAX_SLUG_LENGTH; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }

  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    g_string_append (out, "connector");

  return g_string_free (out, FALSE);
}

/**
 * golf_capture_session_id:
 * @device: the device's name
 * @player_id: the player recording, 0 or 1 for the default player
 * @when: the moment of the shot, in the golfer's time zone
 *
 * A device records into one session a day: `live-<device>-<YYYYMMDD>`.
 * Another player than the default one gets sessions of their own
 * (`live-<device>-p<id>-<YYYYMMDD>`), so players never share one.
 *
 * Returns: (transfer full): the live session's id
 */
char *
golf_capture_session_id (const char *device,
                         gint64      player_id,
                         GDateTime  *when)
{
  g_autofree char *device_slug = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (device != NULL, NULL);
  g_return_val_if_fail (when != NULL, NULL);

  device_slug = slug (device);
  day = g_date_time_format (when, "%Y%m%d");

  if (player_id > GOLF_PLAYER_DEFAULT_ID)
    return g_strdup_printf ("live-%s-p%" G_GINT64_FORMAT "-%s", device_slug, player_id, day);

  return g_strdup_printf ("live-%s-%s", device_slug, day);
}

/* The measurements, exactly: a resent shot has the same, a new one not. */
static char *
fingerprint (GolfShot *shot)
{
  GString *out = g_string_new (NULL);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      double value = golf_shot_get (shot, i);

      g_string_append (out, isnan (value) ? "-" : g_ascii_dtostr (number, sizeof number, value));
      g_string_append_c (out, ';');
    }

  return g_string_free (out, FALSE);
}

/* The shots the session holds, read once: later ones are added as saved. */
static GHashTable *
known_shots (GolfCaptureRecorder  *self,
             const char           *session_id,
             GError              **error)
{
  GHashTable *known = g_hash_table_lookup (self->sessions, session_id);
  g_autoptr(GListModel) shots = NULL;
  guint n;

  if (known != NULL)
    return known;

  if (golf_store_find_session (self->store, session_id) != NULL &&
      (shots = golf_store_list_shots (self->store, session_id, error)) == NULL)
    return NULL;

  known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n = shots != NULL ? g_list_model_get_n_items (shots) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GolfShot) shot = g_list_model_get_item (shots, i);

      g_hash_table_insert (known, g_strdup (golf_shot_get_id (shot)), fingerprint (shot));
    }

  g_hash_table_insert (self->sessions, g_strdup (session_id), known);

  return known;
}

/* The id the shot gets, or NULL when the session holds it already. */
static char *
choose_shot_id (GHashTable *known,
                const char *session_id,
                gint64      shot_number,
                const char *print)
{
  g_autofree char *base = NULL;

  if (shot_number < 0)
    return g_strdup_printf ("%s-t%" G_GINT64_FORMAT, session_id, g_get_real_time ());

  base = g_strdup_printf ("%s-%" G_GINT64_FORMAT, session_id, shot_number);
  for (guint n = 1; ; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);
      const char *stored = g_hash_table_lookup (known, id);

      if (stored == NULL)
        return g_steal_pointer (&id);
      if (strcmp (stored, print) == 0)
        return NULL;
    }
}

static GolfSession *
new_live_session (const char *session_id,
                  const char *device,
                  gint64      player_id,
                  GDateTime  *when)
{
  GolfSession *session = golf_session_new (session_id);
  g_autofree char *date = g_date_time_format (when, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("%s live", device);

  golf_session_set_date (session, date);
  golf_session_set_session_type (session, SESSION_TYPE);
  golf_session_set_name (session, name);
  if (player_id > 0)
    golf_session_set_player_id (session, player_id);

  return session;
}

static gboolean
save (GolfCaptureRecorder  *self,
      GolfShot             *shot,
      const char           *device,
      gint64                player_id,
      GDateTime            *when,
      GError              **error)
{
  const char *session_id = golf_shot_get_session_id (shot);
  g_autoptr(GolfSession) session = NULL;
  g_autoptr(GPtrArray) shots = NULL;

  /* Later shots take the single-shot path, whose recompute reads one shot. */
  if (golf_store_find_session (self->store, session_id) != NULL)
    return golf_store_save_shot (self->store, shot, error);

  session = new_live_session (session_id, device, player_id, when);
  shots = g_ptr_array_new ();
  g_ptr_array_add (shots, shot);

  return golf_store_save_shots (self->store, session, shots, error);
}

/**
 * golf_capture_recorder_record:
 * @self: a #GolfCaptureRecorder
 * @message: a shot message
 * @club: (nullable): the club in hand, used when the message names none
 * @player_id: the player recording (0 for the default player)
 * @when: the moment the shot arrived, in the golfer's time zone
 * @shot: (out) (transfer full) (optional) (nullable): the shot as stored,
 *   or %NULL when the session holds it already
 * @error: return location for a #GError
 *
 * Stores the shot in the device's live session of that day, in one
 * transaction, so #GolfStore::shot-changed keeps the metrics current.
 *
 * Returns: %TRUE when the shot is stored (now or before)
 */
gboolean
golf_capture_recorder_record (GolfCaptureRecorder       *self,
                              const GolfCaptureMessage  *message,
                              const char                *club,
                              gint64                     player_id,
                              GDateTime                 *when,
                              GolfShot                 **shot,
                              GError                   **error)
{
  g_autofree char *device = NULL;
  g_autofree char *session_id = NULL;
  g_autofree char *print = NULL;
  g_autofree char *shot_id = NULL;
  g_autoptr(GolfShot) new_shot = NULL;
  GHashTable *known;

  g_return_val_if_fail (GOLF_IS_CAPTURE_RECORDER (self), FALSE);
  g_return_val_if_fail (message != NULL && message->kind == GOLF_CAPTURE_MESSAGE_SHOT, FALSE);
  g_return_val_if_fail (when != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (shot != NULL)
    *shot = NULL;

  device = golf_capture_device_name (message->device_id);
  session_id = golf_capture_session_id (device, player_id, when);
  if ((known = known_shots (self, session_id, error)) == NULL)
    return FALSE;

  new_shot = golf_capture_message_to_shot (message, "", session_id);
  print = fingerprint (new_shot);
  if ((shot_id = choose_shot_id (known, session_id, message->shot_number, print)) == NULL)
    return TRUE;

  g_clear_object (&new_shot);
  new_shot = golf_capture_message_to_shot (message, shot_id, session_id);
  if (message->club == NULL)
    golf_shot_set_club (new_shot, club);

  if (!save (self, new_shot, device, player_id, when, error))
    return FALSE;

  g_hash_table_insert (known, g_steal_pointer (&shot_id), g_steal_pointer (&print));

  if (shot != NULL)
    *shot = g_steal_pointer (&new_shot);

  return TRUE;
}
