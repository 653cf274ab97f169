/* golf-capture-message.c
 *
 * Reads one GSPro Open Connect v1 message (the splitter has bounded its
 * size and nesting) and writes the answers Golf Lab sends back. Keys are
 * matched without regard to case: connectors spell "APIversion" and
 * "APIVersion" alike. Numbers may come as JSON strings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-capture"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "golf-capture-error.h"
#include "golf-capture-message.h"
#include "golf-club-name.h"
#include "golf-json-reader-private.h"
#include "golf-json-writer.h"

#define MPH_TO_MPS    0.44704   /* exact, by definition of the yard */
#define YARDS_TO_M    0.9144    /* exact */
#define MAX_NAME_CHARS 64

typedef enum
{
  QUANTITY_SPEED,
  QUANTITY_DISTANCE,
  QUANTITY_OTHER,    /* degrees, rpm, mm: the same in both unit systems */
} Quantity;

typedef struct
{
  gboolean       in_club_data;
  const char    *key;
  GolfShotField  field;
  Quantity       quantity;
  gboolean       zero_is_missing;   /* connectors send 0.0 for "not measured" */
} MessageField;

static const MessageField message_fields[] = {
  { FALSE, "Speed",                GOLF_SHOT_FIELD_BALL_SPEED,     QUANTITY_SPEED,    TRUE },
  { FALSE, "SpinAxis",             GOLF_SHOT_FIELD_SPIN_AXIS,      QUANTITY_OTHER,    FALSE },
  { FALSE, "TotalSpin",            GOLF_SHOT_FIELD_TOTAL_SPIN,     QUANTITY_OTHER,    TRUE },
  { FALSE, "BackSpin",             GOLF_SHOT_FIELD_BACK_SPIN,      QUANTITY_OTHER,    FALSE },
  { FALSE, "SideSpin",             GOLF_SHOT_FIELD_SIDE_SPIN,      QUANTITY_OTHER,    FALSE },
  { FALSE, "HLA",                  GOLF_SHOT_FIELD_SIDE_ANGLE,     QUANTITY_OTHER,    FALSE },
  { FALSE, "VLA",                  GOLF_SHOT_FIELD_LAUNCH_ANGLE,   QUANTITY_OTHER,    FALSE },
  { FALSE, "CarryDistance",        GOLF_SHOT_FIELD_CARRY_DISTANCE, QUANTITY_DISTANCE, TRUE },
  { TRUE,  "Speed",                GOLF_SHOT_FIELD_CLUB_SPEED,     QUANTITY_SPEED,    TRUE },
  { TRUE,  "AngleOfAttack",        GOLF_SHOT_FIELD_ATTACK_ANGLE,   QUANTITY_OTHER,    FALSE },
  { TRUE,  "FaceToTarget",         GOLF_SHOT_FIELD_FACE_ANGLE,     QUANTITY_OTHER,    FALSE },
  { TRUE,  "Loft",                 GOLF_SHOT_FIELD_DYNAMIC_LOFT,   QUANTITY_OTHER,    TRUE },
  { TRUE,  "Path",                 GOLF_SHOT_FIELD_CLUB_PATH,      QUANTITY_OTHER,    FALSE },
  /* The protocol names no unit for impact: millimetres, as the store keeps. */
  { TRUE,  "HorizontalFaceImpact", GOLF_SHOT_FIELD_IMPACT_X,       QUANTITY_OTHER,    FALSE },
  { TRUE,  "VerticalFaceImpact",   GOLF_SHOT_FIELD_IMPACT_Y,       QUANTITY_OTHER,    FALSE },
};

static GolfCaptureMessage *
message_new (void)
{
  GolfCaptureMessage *message = g_new0 (GolfCaptureMessage, 1);

  message->shot_number = -1;
  message->ready = -1;
  message->ball_detected = -1;
  message->refused = g_ptr_array_new ();
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    message->values[i] = NAN;

  return message;
}

/**
 * golf_capture_message_free:
 * @message: (nullable): a #GolfCaptureMessage
 */
void
golf_capture_message_free (GolfCaptureMessage *message)
{
  if (message == NULL)
    return;

  g_free (message->device_id);
  g_free (message->club);
  g_ptr_array_unref (message->refused);
  g_free (message);
}

/* The member named @key, whatever its case. */
static JsonNode *
find_member (JsonObject *object,
             const char *key)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (object == NULL)
    return NULL;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (g_ascii_strcasecmp (name, key) == 0)
      return node;

  return NULL;
}

static JsonObject *
find_object (JsonObject *object,
             const char *key)
{
  JsonNode *node = find_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
find_string (JsonObject *object,
             const char *key)
{
  JsonNode *node = find_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
node_get_number (JsonNode *node,
                 double   *value)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      *value = json_node_get_double (node);
    }
  else if (type == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      char *end = NULL;

      while (g_ascii_isspace (*text))
        text++;
      *value = g_ascii_strtod (text, &end);
      if (end == text)
        return FALSE;
      while (g_ascii_isspace (*end))
        end++;
      if (*end != '\0')
        return FALSE;
    }
  else
    {
      return FALSE;
    }

  return isfinite (*value);
}

/* 1, 0, or -1 when absent or unreadable. */
static int
find_flag (JsonObject *object,
           const char *key)
{
  JsonNode *node = find_member (object, key);
  double number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return -1;

  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (node) ? 1 : 0;

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (g_ascii_strcasecmp (text, "true") == 0)
        return 1;
      if (g_ascii_strcasecmp (text, "false") == 0)
        return 0;
    }

  if (node_get_number (node, &number))
    return number != 0;

  return -1;
}

/* A name to show and to build ids from: one line, not endless. */
static char *
dup_name (const char *text)
{
  g_autofree char *line = NULL;

  if (text == NULL)
    return NULL;

  line = g_strdup (text);
  for (char *p = line; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7F)
      *p = ' ';
  g_strstrip (line);
  if (*line == '\0')
    return NULL;

  return g_utf8_substring (line, 0, MIN (g_utf8_strlen (line, -1), MAX_NAME_CHARS));
}

static gboolean
read_units (GolfCaptureMessage  *message,
            JsonObject          *root,
            GError             **error)
{
  const char *units = find_string (root, "Units");

  if (units == NULL || g_ascii_strcasecmp (units, "Yards") == 0)
    return TRUE;

  if (g_ascii_strcasecmp (units, "Metres") == 0 || g_ascii_strcasecmp (units, "Meters") == 0)
    {
      message->metric = TRUE;
      return TRUE;
    }

  g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_UNSUPPORTED,
               "The shot's units “%.32s” are neither Yards nor Metres, so it was not stored; "
               "set the connector's units to one of them", units);
  return FALSE;
}

static void
read_shot_number (GolfCaptureMessage *message,
                  JsonObject         *root)
{
  double number;

  /* Integral and exactly representable, or it cannot name a shot. */
  if (node_get_number (find_member (root, "ShotNumber"), &number) &&
      number >= 0 && number <= 9007199254740992.0 && floor (number) == number)
    message->shot_number = (gint64) number;
}

static double
to_si (double   value,
       Quantity quantity,
       gboolean metric)
{
  if (metric)
    return value;

  switch (quantity)
    {
    case QUANTITY_SPEED:
      return value * MPH_TO_MPS;
    case QUANTITY_DISTANCE:
      return value * YARDS_TO_M;
    case QUANTITY_OTHER:
    default:
      return value;
    }
}

static void
set_value (GolfCaptureMessage *message,
           GolfShotField       field,
           double              value)
{
  double min, max;

  if (golf_shot_field_get_limits (field, &min, &max) && (value < min || value > max))
    {
      g_ptr_array_add (message->refused, (gpointer) golf_shot_field_get_name (field));
      return;
    }

  message->values[field] = value;
}

/* Two values both exactly 0 mean the connector had neither. */
static void
drop_zero_pair (GolfCaptureMessage *message,
                GolfShotField       a,
                GolfShotField       b)
{
  if (message->values[a] == 0 && message->values[b] == 0)
    message->values[a] = message->values[b] = NAN;
}

static void
estimate (GolfCaptureMessage *message,
          GolfShotField       field,
          double              value)
{
  set_value (message, field, value);
  if (!isnan (message->values[field]))
    message->estimated |= 1u << field;
}

/* The protocol needs total spin and axis, or back and side spin: a
 * connector sends one pair, and the other follows from it. A positive
 * axis tilts right, as positive side spin curves right. */
static void
complete_spin (GolfCaptureMessage *message)
{
  double *v = message->values;
  double axis = v[GOLF_SHOT_FIELD_SPIN_AXIS] * G_PI / 180;
  double total = v[GOLF_SHOT_FIELD_TOTAL_SPIN];
  double back = v[GOLF_SHOT_FIELD_BACK_SPIN];
  double side = v[GOLF_SHOT_FIELD_SIDE_SPIN];

  if (isnan (back) && isnan (side) && !isnan (total) && !isnan (axis))
    {
      estimate (message, GOLF_SHOT_FIELD_BACK_SPIN, total * cos (axis));
      estimate (message, GOLF_SHOT_FIELD_SIDE_SPIN, total * sin (axis));
    }
  else if (isnan (total) && isnan (axis) && !isnan (back) && !isnan (side) && back > 0)
    {
      estimate (message, GOLF_SHOT_FIELD_TOTAL_SPIN, hypot (back, side));
      estimate (message, GOLF_SHOT_FIELD_SPIN_AXIS, atan2 (side, back) * 180 / G_PI);
    }
}

static void
read_values (GolfCaptureMessage *message,
             JsonObject         *ball,
             JsonObject         *club)
{
  for (guint i = 0; i < G_N_ELEMENTS (message_fields); i++)
    {
      const MessageField *info = &message_fields[i];
      JsonObject *group = info->in_club_data ? club : ball;
      double value;

      if (group == NULL || !node_get_number (find_member (group, info->key), &value))
        continue;
      if (info->zero_is_missing && value == 0)
        continue;

      set_value (message, info->field, to_si (value, info->quantity, message->metric));
    }

  drop_zero_pair (message, GOLF_SHOT_FIELD_BACK_SPIN, GOLF_SHOT_FIELD_SIDE_SPIN);
  drop_zero_pair (message, GOLF_SHOT_FIELD_IMPACT_X, GOLF_SHOT_FIELD_IMPACT_Y);
  complete_spin (message);
}

static GolfCaptureMessageKind
read_kind (JsonObject *options)
{
  if (find_flag (options, "IsHeartBeat") == 1)
    return GOLF_CAPTURE_MESSAGE_HEARTBEAT;
  if (find_flag (options, "ContainsBallData") == 1)
    return GOLF_CAPTURE_MESSAGE_SHOT;
  if (find_flag (options, "ContainsClubData") == 1)
    return GOLF_CAPTURE_MESSAGE_CLUB_ONLY;

  return GOLF_CAPTURE_MESSAGE_STATUS;
}

static JsonNode *
parse_root (const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_MALFORMED,
                   "A message is not UTF-8 text; the connector does not speak "
                   "GSPro Open Connect v1");
      return NULL;
    }

  /* Strict JSON before json-glib, which also reads comments and quotes of
   * its own that can hide nesting from the splitter's count. */
  if (!_golf_json_validate (data, length, &local_error) ||
      !json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_MALFORMED,
                   "A message is not valid JSON (%s)", local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_MALFORMED,
                   "A message is not a JSON object");
      return NULL;
    }

  return json_node_ref (root);
}

/**
 * golf_capture_message_parse:
 * @data: (array length=length): one JSON object, as the splitter cut it
 * @length: its length in bytes
 * @error: return location for a #GError
 *
 * Reads a message. Values are converted to SI units; absent, zero where
 * zero means "not measured", and physically impossible values are left
 * missing. A shot whose units are neither Yards nor Metres, or that
 * carries no usable measurement, is refused with
 * %GOLF_CAPTURE_ERROR_UNSUPPORTED; data that is not a JSON object with
 * %GOLF_CAPTURE_ERROR_MALFORMED.
 *
 * Returns: (transfer full) (nullable): the message, or %NULL on error
 */
GolfCaptureMessage *
golf_capture_message_parse (const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(GolfCaptureMessage) message = NULL;
  g_autoptr(JsonNode) root_node = NULL;
  JsonObject *root, *options, *club_data;
  const char *club;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((root_node = parse_root (data, length, error)) == NULL)
    return NULL;

  root = json_node_get_object (root_node);
  options = find_object (root, "ShotDataOptions");
  club_data = find_object (root, "ClubData");

  message = message_new ();
  message->kind = read_kind (options);
  message->device_id = dup_name (find_string (root, "DeviceID"));
  message->ready = find_flag (options, "LaunchMonitorIsReady");
  message->ball_detected = find_flag (options, "LaunchMonitorBallDetected");
  read_shot_number (message, root);

  /* Not in the protocol's list, but some connectors name the club. */
  club = find_string (root, "Club");
  if (club == NULL)
    club = find_string (club_data, "Club");
  if (club != NULL)
    {
      g_autofree char *name = dup_name (club);

      message->club = golf_capture_club_from_code (name);
    }

  if (message->kind != GOLF_CAPTURE_MESSAGE_SHOT)
    return g_steal_pointer (&message);

  if (!read_units (message, root, error))
    return NULL;

  read_values (message,
               find_object (root, "BallData"),
               find_flag (options, "ContainsClubData") == 1 ? club_data : NULL);

  if (golf_capture_message_count_values (message) == 0)
    {
      g_set_error (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_UNSUPPORTED,
                   "Shot %" G_GINT64_FORMAT " carried no usable measurement (every value was "
                   "absent, zero or impossible), so it was not stored",
                   message->shot_number);
      return NULL;
    }

  return g_steal_pointer (&message);
}

/**
 * golf_capture_message_count_values:
 * @message: a #GolfCaptureMessage
 *
 * Returns: how many measurements the message carries
 */
guint
golf_capture_message_count_values (const GolfCaptureMessage *message)
{
  guint n = 0;

  g_return_val_if_fail (message != NULL, 0);

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    if (!isnan (message->values[i]))
      n++;

  return n;
}

/**
 * golf_capture_message_to_shot:
 * @message: a #GolfCaptureMessage of kind %GOLF_CAPTURE_MESSAGE_SHOT
 * @shot_id: the id to give the shot
 * @session_id: the session it belongs to
 *
 * Returns: (transfer full): a shot with the message's measurements and club,
 *   the values worked out from others marked estimated
 */
GolfShot *
golf_capture_message_to_shot (const GolfCaptureMessage *message,
                              const char               *shot_id,
                              const char               *session_id)
{
  GolfShot *shot;

  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (shot_id != NULL, NULL);

  shot = golf_shot_new (shot_id, session_id);
  golf_shot_set_club (shot, message->club);
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    if (!isnan (message->values[i]))
      golf_shot_set (shot, i, message->values[i]);
  golf_shot_set_estimated_mask (shot, message->estimated);

  return shot;
}

/**
 * golf_capture_message_kind_to_string:
 * @kind: a #GolfCaptureMessageKind
 *
 * Returns: a word for logs: "shot", "club data", "heartbeat" or "status"
 */
const char *
golf_capture_message_kind_to_string (GolfCaptureMessageKind kind)
{
  switch (kind)
    {
    case GOLF_CAPTURE_MESSAGE_SHOT:
      return "shot";
    case GOLF_CAPTURE_MESSAGE_CLUB_ONLY:
      return "club data";
    case GOLF_CAPTURE_MESSAGE_HEARTBEAT:
      return "heartbeat";
    case GOLF_CAPTURE_MESSAGE_STATUS:
    default:
      return "status";
    }
}

static GBytes *
builder_to_bytes (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *text = golf_json_to_string (root, FALSE);

  return g_bytes_new_take (text, strlen (text));
}

static void
begin_answer (JsonBuilder *builder,
              guint        code,
              const char  *message)
{
  json_builder_begin_object (builder);
  golf_json_add_int (builder, "Code", code);
  golf_json_add_string (builder, "Message", message);
}

/**
 * golf_capture_answer_new:
 * @code: 200 for a shot received, 5xx for an error
 * @message: what to tell the connector
 *
 * Returns: (transfer full): `{"Code":…,"Message":…}` as bytes to send
 */
GBytes *
golf_capture_answer_new (guint       code,
                         const char *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (message != NULL, NULL);

  begin_answer (builder, code, message);
  json_builder_end_object (builder);

  return builder_to_bytes (builder);
}

/**
 * golf_capture_player_answer_new:
 * @hand: the player's hand
 * @club: (nullable): the club, as Golf Lab names it ("7 Iron")
 *
 * The 201 message that tells a connector the player's hand and club. A
 * club GSPro has no code for is left out.
 *
 * Returns: (transfer full): the message as bytes to send
 */
GBytes *
golf_capture_player_answer_new (GolfHand    hand,
                                const char *club)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *code = golf_capture_club_to_code (club);

  begin_answer (builder, 201, "GSPro Player Information");
  json_builder_set_member_name (builder, "Player");
  json_builder_begin_object (builder);
  golf_json_add_string (builder, "Handed", hand == GOLF_HAND_LEFT ? "LH" : "RH");
  if (code != NULL)
    golf_json_add_string (builder, "Club", code);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return builder_to_bytes (builder);
}

/**
 * golf_capture_player_answer_parse:
 * @data: (array length=length): one JSON object GSPro sent a connector
 * @length: its length
 * @hand: (out): the player's hand, when it says
 * @club: (out) (transfer full) (nullable): the club, as Golf Lab names it
 *
 * Reads a 201 player message, as a real GSPro sends when the golfer picks
 * a club there.
 *
 * Returns: %TRUE if @data is a 201 message with player information
 */
gboolean
golf_capture_player_answer_parse (const char  *data,
                                  gsize        length,
                                  GolfHand    *hand,
                                  char       **club)
{
  g_autoptr(JsonNode) root_node = parse_root (data, length, NULL);
  JsonObject *player;
  const char *handed, *code;
  double number;

  g_return_val_if_fail (hand != NULL && club != NULL, FALSE);

  *club = NULL;
  if (root_node == NULL ||
      !node_get_number (find_member (json_node_get_object (root_node), "Code"), &number) ||
      number != 201 ||
      (player = find_object (json_node_get_object (root_node), "Player")) == NULL)
    return FALSE;

  handed = find_string (player, "Handed");
  if (handed != NULL)
    *hand = g_ascii_strcasecmp (handed, "LH") == 0 ? GOLF_HAND_LEFT : GOLF_HAND_RIGHT;

  code = find_string (player, "Club");
  if (code != NULL)
    {
      g_autofree char *name = dup_name (code);

      *club = golf_capture_club_from_code (name);
    }

  return TRUE;
}

static const struct
{
  const char *code;
  const char *name;
} club_codes[] = {
  { "DR", "Driver" },
  { "PT", "Putter" },
  { "PW", "PW" },
  { "GW", "GW" },
  { "AW", "AW" },
  { "SW", "SW" },
  { "LW", "LW" },
};

static const struct
{
  char        letter;
  const char *family;
} club_families[] = {
  { 'W', "Wood" },
  { 'H', "Hybrid" },
  { 'I', "Iron" },
};

static const char *
family_of_letter (char letter)
{
  for (guint i = 0; i < G_N_ELEMENTS (club_families); i++)
    if (club_families[i].letter == letter)
      return club_families[i].family;

  return NULL;
}

/* "I7" or "7I": a letter and one or two digits. */
static char *
numbered_club (const char *code)
{
  gsize length = strlen (code);
  const char *family;
  const char *digits;
  gsize n_digits = length - 1;

  if (length < 2 || length > 3)
    return NULL;

  if ((family = family_of_letter (code[0])) != NULL)
    digits = code + 1;
  else if ((family = family_of_letter (code[length - 1])) != NULL)
    digits = code;
  else
    return NULL;

  for (gsize i = 0; i < n_digits; i++)
    if (!g_ascii_isdigit (digits[i]))
      return NULL;
  if (digits[0] == '0')
    return NULL;

  return g_strdup_printf ("%.*s %s", (int) n_digits, digits, family);
}

/**
 * golf_capture_club_from_code:
 * @code: (nullable): a club as GSPro names it ("DR", "I7", "PW"), or as a
 *   launch monitor does ("IRON7", "Driver")
 *
 * Returns: (transfer full) (nullable): the club as Golf Lab names it
 *   ("Driver", "7 Iron"), or %NULL for no club
 */
char *
golf_capture_club_from_code (const char *code)
{
  g_autofree char *upper = NULL;
  char *numbered;

  if (code == NULL)
    return NULL;

  upper = g_ascii_strup (code, -1);
  g_strstrip (upper);

  for (guint i = 0; i < G_N_ELEMENTS (club_codes); i++)
    if (strcmp (upper, club_codes[i].code) == 0)
      return g_strdup (club_codes[i].name);

  if ((numbered = numbered_club (upper)) != NULL)
    return numbered;

  return golf_club_canonical_name (code);
}

/**
 * golf_capture_club_to_code:
 * @club: (nullable): a club as Golf Lab names it
 *
 * Returns: (transfer full) (nullable): GSPro's code for it ("I7"), or
 *   %NULL when GSPro has none
 */
char *
golf_capture_club_to_code (const char *club)
{
  unsigned number = 0;
  char family[16] = { 0 };

  if (club == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (club_codes); i++)
    if (g_ascii_strcasecmp (club, club_codes[i].name) == 0)
      /* GSPro has no approach wedge; the gap wedge is the same club. */
      return g_strdup (g_str_equal (club_codes[i].code, "AW") ? "GW" : club_codes[i].code);

  if (sscanf (club, "%u %15s", &number, family) == 2 && number > 0 && number < 100)
    {
      for (guint i = 0; i < G_N_ELEMENTS (club_families); i++)
        if (g_ascii_strcasecmp (family, club_families[i].family) == 0)
          return g_strdup_printf ("%c%u", club_families[i].letter, number);

      /* "56° Wedge": by loft. */
      if (g_str_has_suffix (club, "° Wedge"))
        return g_strdup (number <= 48 ? "PW" : number <= 53 ? "GW" : number <= 57 ? "SW" : "LW");
    }

  return NULL;
}
