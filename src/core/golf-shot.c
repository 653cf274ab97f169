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
  guint32  estimated;     /* a bit per GolfShotField */

  /* The player's or coach's: written by the store only when annotated. */
  GolfSetAside set_aside;
  GStrv        tags;      /* sorted, no duplicates */
  char        *comment;
  gboolean     annotated;
  char        *annotated_at;  /* when they were last edited, ISO 8601 UTC */
};

G_STATIC_ASSERT (GOLF_SHOT_N_FIELDS < 32);

G_DEFINE_ENUM_TYPE (GolfSetAside, golf_set_aside,
  G_DEFINE_ENUM_VALUE (GOLF_SET_ASIDE_AUTO, "auto"),
  G_DEFINE_ENUM_VALUE (GOLF_SET_ASIDE_YES, "yes"),
  G_DEFINE_ENUM_VALUE (GOLF_SET_ASIDE_NO, "no"))

G_DEFINE_FINAL_TYPE (GolfShot, golf_shot, G_TYPE_OBJECT)

typedef struct
{
  const char *name;
  const char *nick;
  GolfUnit    unit;
  double      min;   /* what a launch monitor can physically measure; */
  double      max;   /* both 0 when there is no such bound */
} FieldInfo;

/* Column names double as property names (with '-' for '_').
 *
 * The limits are generous physical bounds, not golf norms: the fastest ball
 * speeds ever measured are under 100 m/s and the longest carries under
 * 450 m, spin rates stay well under 15,000 rpm, a club face is about 100 mm
 * wide, and angles are measured within ±90°. Importers store a value
 * outside them as missing, and say so. */
static const FieldInfo field_info[GOLF_SHOT_N_FIELDS] = {
  [GOLF_SHOT_FIELD_BALL_SPEED]     = { "ball_speed", "Ball speed (m/s)", GOLF_UNIT_SPEED, 0, 150 },
  [GOLF_SHOT_FIELD_CLUB_SPEED]     = { "club_speed", "Club speed (m/s)", GOLF_UNIT_SPEED, 0, 150 },
  [GOLF_SHOT_FIELD_CARRY_DISTANCE] = { "carry_distance", "Carry (m)", GOLF_UNIT_DISTANCE, 0, 600 },
  [GOLF_SHOT_FIELD_TOTAL_DISTANCE] = { "total_distance", "Total (m)", GOLF_UNIT_DISTANCE, 0, 600 },
  [GOLF_SHOT_FIELD_CLUB_PATH]      = { "club_path", "Club path (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_FACE_ANGLE]     = { "face_angle", "Face angle (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_LAUNCH_ANGLE]   = { "launch_angle", "Launch angle (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_SIDE_ANGLE]     = { "side_angle", "Launch direction (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_DYNAMIC_LOFT]   = { "dynamic_loft", "Dynamic loft (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_ATTACK_ANGLE]   = { "attack_angle", "Attack angle (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_SIDE_SPIN]      = { "side_spin", "Side spin (rpm)", GOLF_UNIT_NONE, -20000, 20000 },
  [GOLF_SHOT_FIELD_BACK_SPIN]      = { "back_spin", "Back spin (rpm)", GOLF_UNIT_NONE, -20000, 20000 },
  [GOLF_SHOT_FIELD_IMPACT_X]       = { "impact_x", "Impact x (mm)", GOLF_UNIT_MILLIMETRE, -100, 100 },
  [GOLF_SHOT_FIELD_IMPACT_Y]       = { "impact_y", "Impact y (mm)", GOLF_UNIT_MILLIMETRE, -100, 100 },
  [GOLF_SHOT_FIELD_SIDE_DISTANCE]  = { "side_distance", "Lateral (m)", GOLF_UNIT_DISTANCE, -300, 300 },
  [GOLF_SHOT_FIELD_DESCENT_ANGLE]  = { "descent_angle", "Descent angle (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_APEX]           = { "apex", "Apex (m)", GOLF_UNIT_DISTANCE, 0, 200 },
  [GOLF_SHOT_FIELD_FLIGHT_TIME]    = { "flight_time", "Flight time (s)", GOLF_UNIT_NONE, 0, 30 },
  [GOLF_SHOT_FIELD_OPTIX_X]        = { "optix_x", "Optix x", GOLF_UNIT_NONE, 0, 0 },
  [GOLF_SHOT_FIELD_OPTIX_Y]        = { "optix_y", "Optix y", GOLF_UNIT_NONE, 0, 0 },
  [GOLF_SHOT_FIELD_CLUB_LIE]       = { "club_lie", "Club lie (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_LIE_ANGLE]      = { "lie_angle", "Lie angle (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_SPIN_AXIS]      = { "spin_axis", "Spin axis (°)", GOLF_UNIT_ANGLE, -90, 90 },
  [GOLF_SHOT_FIELD_TOTAL_SPIN]     = { "total_spin", "Total spin (rpm)", GOLF_UNIT_NONE, 0, 20000 },
};

enum {
  PROP_0,
  PROP_ID,
  PROP_SESSION_ID,
  PROP_CLUB,
  PROP_SHOT_TYPE,
  PROP_SMASH,
  PROP_FACE_TO_PATH,
  PROP_SET_ASIDE,
  PROP_TAGS,
  PROP_COMMENT,
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
  g_strfreev (self->tags);
  g_free (self->comment);
  g_free (self->annotated_at);

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
    case PROP_SET_ASIDE:
      g_value_set_enum (value, golf_shot_get_set_aside (self));
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, golf_shot_get_tags (self));
      break;
    case PROP_COMMENT:
      g_value_set_string (value, golf_shot_get_comment (self));
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
    case PROP_SET_ASIDE:
      golf_shot_set_set_aside (self, g_value_get_enum (value));
      break;
    case PROP_TAGS:
      golf_shot_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_COMMENT:
      golf_shot_set_comment (self, g_value_get_string (value));
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

  properties[PROP_SET_ASIDE] =
    g_param_spec_enum ("set-aside", NULL, NULL, GOLF_TYPE_SET_ASIDE, GOLF_SET_ASIDE_AUTO,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    {
      g_autofree char *prop_name = g_strdelimit (g_strdup (field_info[i].name), "_", '-');

      properties[PROP_FIRST_FIELD + i] =
        g_param_spec_double (g_intern_string (prop_name), field_info[i].nick, NULL,
                             -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
    }

  /* A spec refuses a NAN default at creation; absent is the true default. */
  G_PARAM_SPEC_DOUBLE (properties[PROP_SMASH])->default_value = NAN;
  G_PARAM_SPEC_DOUBLE (properties[PROP_FACE_TO_PATH])->default_value = NAN;
  for (guint i = PROP_FIRST_FIELD; i < N_PROPS; i++)
    G_PARAM_SPEC_DOUBLE (properties[i])->default_value = NAN;

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_shot_init (GolfShot *self)
{
  for (guint i = 0; i < GOLF_SHOT_N_FIELDS; i++)
    self->values[i] = NAN;

  self->tags = g_new0 (char *, 1);
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
  copy->estimated = self->estimated;
  copy->set_aside = self->set_aside;
  g_strfreev (copy->tags);
  copy->tags = g_strdupv (self->tags);
  copy->comment = g_strdup (self->comment);
  copy->annotated = self->annotated;
  copy->annotated_at = g_strdup (self->annotated_at);

  return copy;
}

/**
 * golf_shot_get_id:
 * @self: a #GolfShot
 *
 * Returns: (transfer none): the shot's id
 */
const char *
golf_shot_get_id (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->id;
}

/**
 * golf_shot_get_session_id:
 * @self: a #GolfShot
 *
 * Returns: (transfer none) (nullable): the id of its session
 */
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

/**
 * golf_shot_set_session_id:
 * @self: a #GolfShot
 * @session_id: (nullable): the id of its session
 */
void
golf_shot_set_session_id (GolfShot   *self,
                          const char *session_id)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  set_string (self, &self->session_id, session_id, PROP_SESSION_ID);
}

/**
 * golf_shot_get_club:
 * @self: a #GolfShot
 *
 * Returns: (transfer none) (nullable): the club, as golfers name it ("7 Iron")
 */
const char *
golf_shot_get_club (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->club;
}

/**
 * golf_shot_set_club:
 * @self: a #GolfShot
 * @club: (nullable): the club
 */
void
golf_shot_set_club (GolfShot   *self,
                    const char *club)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  set_string (self, &self->club, club, PROP_CLUB);
}

/**
 * golf_shot_get_shot_type:
 * @self: a #GolfShot
 *
 * Returns: (transfer none) (nullable): the shot type the monitor reports
 */
const char *
golf_shot_get_shot_type (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->shot_type;
}

/**
 * golf_shot_set_shot_type:
 * @self: a #GolfShot
 * @shot_type: (nullable): the shot type
 */
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

/**
 * golf_shot_has:
 * @self: a #GolfShot
 * @field: which measurement
 *
 * Returns: whether @field was measured (it is not NAN)
 */
gboolean
golf_shot_has (GolfShot      *self,
               GolfShotField  field)
{
  return !isnan (golf_shot_get (self, field));
}

/**
 * golf_shot_is_estimated:
 * @self: a #GolfShot
 * @field: which measurement
 *
 * Returns: whether the launch monitor estimated @field rather than
 *   measured it (say a Garmin's spin without a metallic dot)
 */
gboolean
golf_shot_is_estimated (GolfShot      *self,
                        GolfShotField  field)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), FALSE);
  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, FALSE);

  return (self->estimated & (1u << field)) != 0;
}

/**
 * golf_shot_set_estimated:
 * @self: a #GolfShot
 * @field: which measurement
 * @estimated: whether the launch monitor estimated it
 */
void
golf_shot_set_estimated (GolfShot      *self,
                         GolfShotField  field,
                         gboolean       estimated)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  g_return_if_fail (field < GOLF_SHOT_N_FIELDS);

  if (estimated)
    self->estimated |= 1u << field;
  else
    self->estimated &= ~(1u << field);
}

/**
 * golf_shot_get_estimated_mask:
 * @self: a #GolfShot
 *
 * Returns: a bit (1 << field) for each estimated measurement, as stored
 */
guint32
golf_shot_get_estimated_mask (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), 0);
  return self->estimated;
}

/**
 * golf_shot_set_estimated_mask:
 * @self: a #GolfShot
 * @mask: a bit (1 << field) for each estimated measurement; bits past the fields are dropped
 */
void
golf_shot_set_estimated_mask (GolfShot *self,
                              guint32   mask)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  self->estimated = mask & ((1u << GOLF_SHOT_N_FIELDS) - 1);
}

/**
 * golf_shot_get_annotated:
 * @self: a #GolfShot
 *
 * A shot read from the store, or one whose tags, comment or set-aside were
 * set, carries annotations: saving it writes them. A shot an importer made
 * without any leaves the stored annotations as they are, so importing a
 * report again never erases a coach's tags.
 *
 * Returns: whether saving @self writes its tags, comment and set-aside
 */
gboolean
golf_shot_get_annotated (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), FALSE);
  return self->annotated;
}

/**
 * golf_shot_get_set_aside:
 * @self: a #GolfShot
 *
 * Returns: the player's verdict on the shot
 */
GolfSetAside
golf_shot_get_set_aside (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), GOLF_SET_ASIDE_AUTO);
  return self->set_aside;
}

static gboolean
strv_has (char       **strv,
          const char  *tag)
{
  return g_strv_contains ((const char * const *)strv, tag);
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * golf_shot_normalize_tag:
 * @tag: a tag as someone typed it
 *
 * Trims white space and mends invalid UTF-8; the standard tags ("good",
 * "mishit", "drill") are known whatever their case, so tagging a shot
 * "Mishit" sets it aside as "mishit" does. A coach's own tags keep their
 * case. The store applies it to the tags people give it.
 *
 * Returns: (transfer full): the tag as shots carry it; empty when @tag
 *   names none
 */
char *
golf_shot_normalize_tag (const char *tag)
{
  static const char * const standard[] = { "good", GOLF_TAG_MISHIT, "drill" };
  char *clean;

  g_return_val_if_fail (tag != NULL, NULL);

  clean = g_strstrip (g_utf8_make_valid (tag, -1));
  for (guint i = 0; i < G_N_ELEMENTS (standard); i++)
    if (g_ascii_strcasecmp (clean, standard[i]) == 0)
      {
        g_free (clean);
        return g_strdup (standard[i]);
      }

  return clean;
}

/* Sorted, without duplicates or empty tags; @tags may be NULL. */
static GStrv
normalize_tags (const char * const *tags,
                const char         *add,
                const char         *remove)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_utf8_make_valid (tags[i], -1);

      /* Tags as they were saved: a "Mishit" of a coach's own from before
       * the standard tags were known in any case stays theirs, as the
       * shot's verdict does. */
      g_strstrip (tag);
      if (*tag != '\0' && g_strcmp0 (tag, remove) != 0)
        g_ptr_array_add (list, g_steal_pointer (&tag));
    }
  if (add != NULL)
    g_ptr_array_add (list, g_strdup (add));

  g_ptr_array_sort (list, compare_tags);
  for (guint i = 1; i < list->len; )
    {
      if (strcmp (g_ptr_array_index (list, i - 1), g_ptr_array_index (list, i)) == 0)
        g_free (g_ptr_array_steal_index (list, i));
      else
        i++;
    }
  g_ptr_array_add (list, NULL);

  return (GStrv)g_ptr_array_free (g_steal_pointer (&list), FALSE);
}

static void
replace_tags (GolfShot *self,
              GStrv     tags)
{
  gboolean same = g_strv_equal ((const char * const *)self->tags, (const char * const *)tags);

  g_strfreev (self->tags);
  self->tags = tags;
  if (!same)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

static void
replace_set_aside (GolfShot     *self,
                   GolfSetAside  set_aside)
{
  if (self->set_aside == set_aside)
    return;

  self->set_aside = set_aside;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SET_ASIDE]);
}

/**
 * golf_shot_set_set_aside:
 * @self: a #GolfShot
 * @set_aside: the player's verdict
 *
 * Setting a shot aside tags it "mishit"; any other verdict drops that tag.
 */
void
golf_shot_set_set_aside (GolfShot     *self,
                         GolfSetAside  set_aside)
{
  g_return_if_fail (GOLF_IS_SHOT (self));
  g_return_if_fail (set_aside <= GOLF_SET_ASIDE_NO);

  self->annotated = TRUE;
  g_object_freeze_notify (G_OBJECT (self));
  replace_set_aside (self, set_aside);
  if ((set_aside == GOLF_SET_ASIDE_YES) != strv_has (self->tags, GOLF_TAG_MISHIT))
    replace_tags (self, normalize_tags ((const char * const *)self->tags,
                                        set_aside == GOLF_SET_ASIDE_YES ? GOLF_TAG_MISHIT : NULL,
                                        set_aside == GOLF_SET_ASIDE_YES ? NULL : GOLF_TAG_MISHIT));
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * golf_shot_get_tags:
 * @self: a #GolfShot
 *
 * Returns: (transfer none) (array zero-terminated=1): the shot's tags,
 *   sorted; empty when it has none
 */
const char * const *
golf_shot_get_tags (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return (const char * const *)self->tags;
}

/**
 * golf_shot_set_tags:
 * @self: a #GolfShot
 * @tags: (nullable) (array zero-terminated=1): tags such as "good",
 *   "drill" or a coach's own; "mishit" sets the shot aside
 *
 * Tagging a shot "mishit" sets it aside; dropping that tag from a shot set
 * aside returns it to the analytics' rules.
 */
void
golf_shot_set_tags (GolfShot           *self,
                    const char * const *tags)
{
  GStrv normalized;

  g_return_if_fail (GOLF_IS_SHOT (self));

  normalized = normalize_tags (tags, NULL, NULL);
  self->annotated = TRUE;
  g_object_freeze_notify (G_OBJECT (self));
  if (strv_has (normalized, GOLF_TAG_MISHIT))
    replace_set_aside (self, GOLF_SET_ASIDE_YES);
  else if (self->set_aside == GOLF_SET_ASIDE_YES)
    replace_set_aside (self, GOLF_SET_ASIDE_AUTO);
  replace_tags (self, normalized);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * golf_shot_has_tag:
 * @self: a #GolfShot
 * @tag: a tag
 *
 * Returns: whether the shot carries @tag
 */
gboolean
golf_shot_has_tag (GolfShot   *self,
                   const char *tag)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  return strv_has (self->tags, tag);
}

/**
 * golf_shot_get_comment:
 * @self: a #GolfShot
 *
 * Returns: (nullable): a one-line comment on the shot
 */
const char *
golf_shot_get_comment (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->comment;
}

/**
 * golf_shot_set_comment:
 * @self: a #GolfShot
 * @comment: (nullable): one line; line breaks become spaces, and an empty
 *   comment is none
 */
void
golf_shot_set_comment (GolfShot   *self,
                       const char *comment)
{
  g_autofree char *line = NULL;

  g_return_if_fail (GOLF_IS_SHOT (self));

  self->annotated = TRUE;
  if (comment != NULL)
    {
      line = g_strstrip (g_strdelimit (g_utf8_make_valid (comment, -1), "\r\n\t", ' '));
      if (*line == '\0')
        g_clear_pointer (&line, g_free);
    }

  if (g_strcmp0 (self->comment, line) == 0)
    return;

  g_free (self->comment);
  self->comment = g_steal_pointer (&line);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}

/**
 * golf_shot_get_annotated_at:
 * @self: a #GolfShot
 *
 * Returns: (nullable): when the shot's tags, comment or verdict were last
 *   edited (ISO 8601 UTC, as the store writes it), or %NULL when that is
 *   not known; bundles compare it to keep the newer edit
 */
const char *
golf_shot_get_annotated_at (GolfShot *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT (self), NULL);
  return self->annotated_at;
}

/**
 * golf_shot_set_annotated_at:
 * @self: a #GolfShot
 * @annotated_at: (nullable): see golf_shot_get_annotated_at()
 */
void
golf_shot_set_annotated_at (GolfShot   *self,
                            const char *annotated_at)
{
  g_return_if_fail (GOLF_IS_SHOT (self));

  g_free (self->annotated_at);
  self->annotated_at = g_strdup (annotated_at);
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

/**
 * golf_shot_field_from_name:
 * @name: a field's database column name, e.g. "ball_speed"
 * @field: (out) (optional): the field
 *
 * Returns: whether @name is one
 */
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

/**
 * golf_shot_field_get_limits:
 * @field: a #GolfShotField
 * @min: (out) (optional): the smallest value a launch monitor can measure
 * @max: (out) (optional): the largest
 *
 * Returns: whether @field has such bounds (Optix positions have none)
 */
gboolean
golf_shot_field_get_limits (GolfShotField  field,
                            double        *min,
                            double        *max)
{
  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, FALSE);

  if (min)
    *min = field_info[field].min;
  if (max)
    *max = field_info[field].max;

  return field_info[field].min != 0 || field_info[field].max != 0;
}

/**
 * golf_shot_field_is_plausible:
 * @field: a #GolfShotField
 * @value: a value in SI units
 *
 * Returns: whether @value is finite and within @field's physical limits
 */
gboolean
golf_shot_field_is_plausible (GolfShotField field,
                              double        value)
{
  double min, max;

  if (!isfinite (value))
    return FALSE;

  return !golf_shot_field_get_limits (field, &min, &max) || (value >= min && value <= max);
}
