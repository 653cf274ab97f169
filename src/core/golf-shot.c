/* golf-shot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shot"

#include <math.h>
#include <string.h>

#include "golf-shot.h"

struct _GolfShot
{
  GObject  parent_instance;
  char    *id;
  char    *session_id;
  char    *club;
  char    *shot_type;
  double   values[GOLF_SHOT_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (GolfShot, golf_shot, G_TYPE_OBJECT)

typedef struct
{
  const char *name;
  const char *nick;
  GolfUnit    unit;
} FieldInfo;

/* Column names double as property names (with '-' for '_'). */
static const FieldInfo field_info[GOLF_SHOT_N_FIELDS] = {
  [GOLF_SHOT_FIELD_BALL_SPEED]     = { "ball_speed", "Ball speed (m/s)", GOLF_UNIT_SPEED },
  [GOLF_SHOT_FIELD_CLUB_SPEED]     = { "club_speed", "Club speed (m/s)", GOLF_UNIT_SPEED },
  [GOLF_SHOT_FIELD_CARRY_DISTANCE] = { "carry_distance", "Carry (m)", GOLF_UNIT_DISTANCE },
  [GOLF_SHOT_FIELD_TOTAL_DISTANCE] = { "total_distance", "Total (m)", GOLF_UNIT_DISTANCE },
  [GOLF_SHOT_FIELD_CLUB_PATH]      = { "club_path", "Club path (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_FACE_ANGLE]     = { "face_angle", "Face angle (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_LAUNCH_ANGLE]   = { "launch_angle", "Launch angle (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_SIDE_ANGLE]     = { "side_angle", "Launch direction (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_DYNAMIC_LOFT]   = { "dynamic_loft", "Dynamic loft (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_ATTACK_ANGLE]   = { "attack_angle", "Attack angle (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_SIDE_SPIN]      = { "side_spin", "Side spin (rpm)", GOLF_UNIT_NONE },
  [GOLF_SHOT_FIELD_BACK_SPIN]      = { "back_spin", "Back spin (rpm)", GOLF_UNIT_NONE },
  [GOLF_SHOT_FIELD_IMPACT_X]       = { "impact_x", "Impact x (mm)", GOLF_UNIT_MILLIMETRE },
  [GOLF_SHOT_FIELD_IMPACT_Y]       = { "impact_y", "Impact y (mm)", GOLF_UNIT_MILLIMETRE },
  [GOLF_SHOT_FIELD_SIDE_DISTANCE]  = { "side_distance", "Lateral (m)", GOLF_UNIT_DISTANCE },
  [GOLF_SHOT_FIELD_DESCENT_ANGLE]  = { "descent_angle", "Descent angle (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_APEX]           = { "apex", "Apex (m)", GOLF_UNIT_DISTANCE },
  [GOLF_SHOT_FIELD_FLIGHT_TIME]    = { "flight_time", "Flight time (s)", GOLF_UNIT_NONE },
  [GOLF_SHOT_FIELD_OPTIX_X]        = { "optix_x", "Optix x", GOLF_UNIT_NONE },
  [GOLF_SHOT_FIELD_OPTIX_Y]        = { "optix_y", "Optix y", GOLF_UNIT_NONE },
  [GOLF_SHOT_FIELD_CLUB_LIE]       = { "club_lie", "Club lie (°)", GOLF_UNIT_ANGLE },
  [GOLF_SHOT_FIELD_LIE_ANGLE]      = { "lie_angle", "Lie angle (°)", GOLF_UNIT_ANGLE },
};

enum {
  PROP_0,
  PROP_ID,
  PROP_SESSION_ID,
  PROP_CLUB,
  PROP_SHOT_TYPE,
  PROP_SMASH,
  PROP_FACE_TO_PATH,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + GOLF_SHOT_N_FIELDS
};

static GParamSpec *properties[N_PROPS];

static void
golf_shot_finalize (GObject *object)
{
  GolfShot *self = (GolfShot *)object;

  g_free (self->id);
  g_free (self->session_id);
  g_free (self->club);
  g_free (self->shot_type);

  G_OBJECT_CLASS (golf_shot_parent_class)->finalize (object);
}

static void
golf_shot_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GolfShot *self = GOLF_SHOT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;
    case PROP_CLUB:
      g_value_set_string (value, self->club);
      break;
    case PROP_SHOT_TYPE:
      g_value_set_string (value, self->shot_type);
      break;
    case PROP_SMASH:
      g_value_set_double (value, golf_shot_get_smash (self));
      break;
    case PROP_FACE_TO_PATH:
      g_value_set_double (value, golf_shot_get_face_to_path (self));
      break;
    default:
      if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
        g_value_set_double (value, golf_shot_get (self, prop_id - PROP_FIRST_FIELD));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shot_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GolfShot *self = GOLF_SHOT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_SESSION_ID:
      golf_shot_set_session_id (self, g_value_get_string (value));
      break;
    case PROP_CLUB:
      golf_shot_set_club (self, g_value_get_string (value));
      break;
    case PROP_SHOT_TYPE:
      golf_shot_set_shot_type (self, g_value_get_string (value));
      break;
    default:
      if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
        golf_shot_set (self, prop_id - PROP_FIRST_FIELD, g_value_get_double (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shot_class_init (GolfShotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_shot_finalize;
  object_class->get_property = golf_shot_get_property;
  object_class->set_property = golf_shot_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLUB] =
    g_param_spec_string ("club", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOT_TYPE] =
    g_param_spec_string ("shot-type", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SMASH] =
    g_param_spec_double ("smash", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FACE_TO_PATH] =
    g_param_spec_double ("face-to-path", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      g_autofree char *prop_name = g_strdelimit (g_strdup (field_info[i].name), "_", '-');

      properties[PROP_FIRST_FIELD + i] =
        g_param_spec_double (g_intern_string (prop_name), field_info[i].nick, NULL,
                             -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
    }

  /* A spec refuses a NAN default at creation; absent is the true default. */
  for (guint i = PROP_SMASH; i < N_PROPS; i++)
    G_PARAM_SPEC_DOUBLE (properties[i])->default_value = NAN;

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_shot_init (GolfShot *self)
{
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    self->values[i] = NAN;
}

/**
 * golf_shot_new:
 * @id: the shot's identifier, unique in the store
 * @session_id: (nullable): the session the shot belongs to
 *
 * Returns: (transfer full): a shot with every measurement absent
 */
GolfShot *
golf_shot_new (const char *id,
               const char *session_id)
{
  GolfShot *self = g_object_new (GOLF_TYPE_SHOT, NULL);

  /* Set directly: a bulk import creates thousands of these. */
  self->id = g_strdup (id);
  self->session_id = g_strdup (session_id);

  return self;
}

/**
 * golf_shot_copy:
 * @self: a #GolfShot
 *
 * Returns: (transfer full): an independent copy of @self
 */
GolfShot *
golf_shot_copy (GolfShot *self)
{
  GolfShot *copy;

  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);

  copy = golf_shot_new (self->id, self->session_id);
  copy->club = g_strdup (self->club);
  copy->shot_type = g_strdup (self->shot_type);
  memcpy (copy->values, self->values, sizeof self->values);

  return copy;
}

const char *
golf_shot_get_id (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->id;
}

const char *
golf_shot_get_session_id (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->session_id;
}

static void
set_string (GolfShot    *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

void
golf_shot_set_session_id (GolfShot   *self,
                          const char *session_id)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  set_string (self, &self->session_id, session_id, PROP_SESSION_ID);
}

const char *
golf_shot_get_club (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->club;
}

void
golf_shot_set_club (GolfShot   *self,
                    const char *club)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  set_string (self, &self->club, club, PROP_CLUB);
}

const char *
golf_shot_get_shot_type (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->shot_type;
}

void
golf_shot_set_shot_type (GolfShot   *self,
                         const char *shot_type)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  set_string (self, &self->shot_type, shot_type, PROP_SHOT_TYPE);
}

/**
 * golf_shot_get:
 * @self: a #GolfShot
 * @field: which measurement
 *
 * Returns: the measurement in SI units, or NAN when it is absent
 */
double
golf_shot_get (GolfShot      *self,
               GolfShotField  field)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NAN);
  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, NAN);

  return self->values[field];
}

/**
 * golf_shot_set:
 * @self: a #GolfShot
 * @field: which measurement
 * @value: the value in SI units; NAN or an infinity marks it absent
 */
void
golf_shot_set (GolfShot      *self,
               GolfShotField  field,
               double         value)
{
  double *slot;

  g_return_if_fail (GOLF_IS_SHOT (self));
  g_return_if_fail (field < GOLF_SHOT_N_FIELDS);

  if (!isfinite (value))
    value = NAN;

  slot = &self->values[field];
  if (*slot == value || (isnan (*slot) && isnan (value)))
    return;

  *slot = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + field]);

  if (field == GOLF_SHOT_FIELD_BALL_SPEED || field == GOLF_SHOT_FIELD_CLUB_SPEED)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SMASH]);
  else if (field == GOLF_SHOT_FIELD_FACE_ANGLE || field == GOLF_SHOT_FIELD_CLUB_PATH)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACE_TO_PATH]);
}

gboolean
golf_shot_has (GolfShot      *self,
               GolfShotField  field)
{
  return !isnan (golf_shot_get (self, field));
}

/**
 * golf_shot_get_smash:
 * @self: a #GolfShot
 *
 * Returns: ball speed / club speed, or NAN unless both are above 0
 */
double
golf_shot_get_smash (GolfShot *self)
{
  double ball, club;

  g_return_val_if_fail (GOLF_IS_SHOT (self), NAN);

  ball = self->values[GOLF_SHOT_FIELD_BALL_SPEED];
  club = self->values[GOLF_SHOT_FIELD_CLUB_SPEED];

  return club > 0 && ball > 0 ? ball / club : NAN;
}

/**
 * golf_shot_get_face_to_path:
 * @self: a #GolfShot
 *
 * Returns: face angle − club path in degrees (positive curves right for a
 *   right-hander), or NAN when either is absent
 */
double
golf_shot_get_face_to_path (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NAN);

  return self->values[GOLF_SHOT_FIELD_FACE_ANGLE] - self->values[GOLF_SHOT_FIELD_CLUB_PATH];
}

/**
 * golf_shot_get_strike_distance:
 * @self: a #GolfShot
 *
 * Returns: distance of the impact from the face centre in mm, or NAN
 */
double
golf_shot_get_strike_distance (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NAN);

  return hypot (self->values[GOLF_SHOT_FIELD_IMPACT_X], self->values[GOLF_SHOT_FIELD_IMPACT_Y]);
}

/**
 * golf_shot_field_get_name:
 * @field: a #GolfShotField
 *
 * Returns: the field's database column name, e.g. "ball_speed"
 */
const char *
golf_shot_field_get_name (GolfShotField field)
{
  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, NULL);
  return field_info[field].name;
}

/**
 * golf_shot_field_get_unit:
 * @field: a #GolfShotField
 *
 * Returns: what kind of unit the field is stored in, for display conversion
 */
GolfUnit
golf_shot_field_get_unit (GolfShotField field)
{
  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, GOLF_UNIT_NONE);
  return field_info[field].unit;
}

gboolean
golf_shot_field_from_name (const char    *name,
                           GolfShotField *field)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      if (strcmp (field_info[i].name, name) == 0)
        {
          if (field)
            *field = i;
          return TRUE;
        }
    }

  return FALSE;
}

typedef struct
{
  const char *prefix;
  const char *format;
} ClubFamily;

/* Numbered clubs: "WOOD3" -> "3 Wood", "WEDGE_56" -> "56° Wedge". */
static const ClubFamily club_families[] = {
  { "WOOD",    "%s Wood" },
  { "HYBRID",  "%s Hybrid" },
  { "IRON",    "%s Iron" },
  { "WEDGE_",  "%s° Wedge" },
};

static const struct { const char *code; const char *name; } club_names[] = {
  { "DRIVER",          "Driver" },
  { "PUTTER",          "Putter" },
  { "WEDGE_PITCHING",  "PW" },
  { "WEDGE_GAP",       "GW" },
  { "WEDGE_APPROACH",  "AW" },
  { "WEDGE_SAND",      "SW" },
  { "WEDGE_LOB",       "LW" },
};

static gboolean
is_all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* Club names as other monitors' exports write them (upper case here). */
static const struct { const char *words; const char *name; } club_words[] = {
  { "DRIVER", "Driver" }, { "DR", "Driver" }, { "1W", "Driver" }, { "1 WOOD", "Driver" },
  { "PT", "Putter" },
  { "PITCHING WEDGE", "PW" }, { "GAP WEDGE", "GW" }, { "APPROACH WEDGE", "AW" },
  { "SAND WEDGE", "SW" }, { "LOB WEDGE", "LW" },
  { "PW", "PW" }, { "GW", "GW" }, { "AW", "AW" }, { "SW", "SW" }, { "LW", "LW" },
};

/* "<n> <kind>" or "<n><abbreviation>": "7 Iron", "7i", "3W", "4 Hy", "56°". */
static const struct { const char *suffix; const char *format; } club_word_families[] = {
  { " WOOD", "%u Wood" }, { "W", "%u Wood" }, { " W", "%u Wood" },
  { " HYBRID", "%u Hybrid" }, { "H", "%u Hybrid" }, { "HY", "%u Hybrid" }, { " HY", "%u Hybrid" },
  { " IRON", "%u Iron" }, { "I", "%u Iron" }, { " I", "%u Iron" },
  { " WEDGE", "%u° Wedge" }, { "° WEDGE", "%u° Wedge" }, { "°", "%u° Wedge" },
  { " DEG", "%u° Wedge" }, { "DEG", "%u° Wedge" }, { "", "%u° Wedge" },
};

static char *
club_name_from_words (const char *upper)
{
  guint number = 0, n_digits = 0;
  const char *rest = upper;

  for (guint i = 0; i < G_N_ELEMENTS (club_words); i++)
    if (strcmp (upper, club_words[i].words) == 0)
      return g_strdup (club_words[i].name);

  for (; g_ascii_isdigit (*rest) && n_digits < 3; rest++, n_digits++)
    number = number * 10 + (*rest - '0');
  if (n_digits == 0)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (club_word_families); i++)
    {
      const char *format = club_word_families[i].format;
      gboolean wedge = strstr (format, "Wedge") != NULL;

      if (strcmp (rest, club_word_families[i].suffix) != 0)
        continue;
      /* A bare number is a wedge's loft only where lofts are. */
      if (*rest == '\0' && (number < 40 || number > 64))
        return NULL;
      if (!wedge && (number < 1 || number > 11))
        return NULL;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      return g_strdup_printf (format, number);
#pragma GCC diagnostic pop
    }

  return NULL;
}

/**
 * golf_club_canonical_name:
 * @code: a club code as a launch monitor writes it ("IRON7", "WEDGE_PITCHING"),
 *   or a club name as exports write it ("7 Iron", "7i", "Pitching Wedge",
 *   "3W", "4 Hybrid", "56°", "56 Wedge", "Dr")
 *
 * Unknown codes are kept as given (trimmed), so nothing a player typed is lost.
 *
 * Returns: (transfer full) (nullable): the name a golfer reads ("7 Iron", "PW"),
 *   or %NULL for an empty code
 */
char *
golf_club_canonical_name (const char *code)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *upper = NULL;
  char *name;

  if (code == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (code));
  if (*trimmed == '\0')
    return NULL;

  upper = g_ascii_strup (trimmed, -1);

  for (guint i = 0; i < G_N_ELEMENTS (club_names); i++)
    if (strcmp (upper, club_names[i].code) == 0)
      return g_strdup (club_names[i].name);

  for (guint i = 0; i < G_N_ELEMENTS (club_families); i++)
    {
      const char *prefix = club_families[i].prefix;

      if (g_str_has_prefix (upper, prefix) && is_all_digits (upper + strlen (prefix)))
        {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          return g_strdup_printf (club_families[i].format, upper + strlen (prefix));
#pragma GCC diagnostic pop
        }
    }

  name = club_name_from_words (upper);
  return name != NULL ? name : g_steal_pointer (&trimmed);
}
