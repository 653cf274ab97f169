/* golf-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-session"

#include <math.h>

#include "golf-session-private.h"

struct _GolfSession
{
  GObject             parent_instance;
  char               *id;
  char               *date;
  char               *session_type;
  char               *notes;
  char               *notes_updated_at;
  char               *name;
  gint64              player_id;
  GolfSessionMetrics *metrics;
  gboolean            metrics_stale;
  char               *metrics_error;
  gint64              revision;   /* of the shots, as this process last knew it */
};

G_DEFINE_FINAL_TYPE (GolfSession, golf_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_SESSION_TYPE,
  PROP_NOTES,
  PROP_NOTES_UPDATED_AT,
  PROP_NAME,
  PROP_PLAYER_ID,
  PROP_METRICS,
  PROP_METRICS_STALE,
  PROP_METRICS_ERROR,
  PROP_SHOT_COUNT,
  PROP_CLUBS_USED,
  PROP_FIRST_METRIC,
  N_PROPS = PROP_FIRST_METRIC + GOLF_N_METRICS
};

static GParamSpec *properties[N_PROPS];

static void
golf_session_finalize (GObject *object)
{
  GolfSession *self = (GolfSession *)object;

  g_free (self->id);
  g_free (self->date);
  g_free (self->session_type);
  g_free (self->notes);
  g_free (self->notes_updated_at);
  g_free (self->name);
  g_free (self->metrics_error);
  g_clear_pointer (&self->metrics, golf_session_metrics_unref);

  G_OBJECT_CLASS (golf_session_parent_class)->finalize (object);
}

static void
golf_session_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GolfSession *self = GOLF_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, golf_session_get_id (self));
      break;
    case PROP_DATE:
      g_value_set_string (value, golf_session_get_date (self));
      break;
    case PROP_SESSION_TYPE:
      g_value_set_string (value, golf_session_get_session_type (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, golf_session_get_notes (self));
      break;
    case PROP_NOTES_UPDATED_AT:
      g_value_set_string (value, golf_session_get_notes_updated_at (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, golf_session_get_name (self));
      break;
    case PROP_PLAYER_ID:
      g_value_set_int64 (value, golf_session_get_player_id (self));
      break;
    case PROP_METRICS:
      g_value_set_boxed (value, golf_session_get_metrics (self));
      break;
    case PROP_METRICS_STALE:
      g_value_set_boolean (value, golf_session_get_metrics_stale (self));
      break;
    case PROP_METRICS_ERROR:
      g_value_set_string (value, golf_session_get_metrics_error (self));
      break;
    case PROP_SHOT_COUNT:
      g_value_set_uint (value, golf_session_get_shot_count (self));
      break;
    case PROP_CLUBS_USED:
      g_value_set_string (value, golf_session_get_clubs_used (self));
      break;
    default:
      if (prop_id >= PROP_FIRST_METRIC && prop_id < N_PROPS)
        g_value_set_double (value, golf_session_get_metric (self, prop_id - PROP_FIRST_METRIC));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_session_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GolfSession *self = GOLF_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_DATE:
      golf_session_set_date (self, g_value_get_string (value));
      break;
    case PROP_SESSION_TYPE:
      golf_session_set_session_type (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      golf_session_set_notes (self, g_value_get_string (value));
      break;
    case PROP_NOTES_UPDATED_AT:
      golf_session_set_notes_updated_at (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      golf_session_set_name (self, g_value_get_string (value));
      break;
    case PROP_PLAYER_ID:
      golf_session_set_player_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* g_param_spec_double() refuses a NAN default, yet NAN is what an
 * unknown metric reads as: set it once the spec exists. */
static GParamSpec *
param_spec_metric (GolfMetric metric)
{
  g_autofree char *name = g_strdelimit (g_strdup (golf_metric_get_name (metric)), "_", '-');
  GParamSpec *pspec;

  pspec = g_param_spec_double (g_intern_string (name), NULL, NULL,
                               -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  G_PARAM_SPEC_DOUBLE (pspec)->default_value = NAN;

  return pspec;
}

static void
golf_session_class_init (GolfSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_session_finalize;
  object_class->get_property = golf_session_get_property;
  object_class->set_property = golf_session_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION_TYPE] =
    g_param_spec_string ("session-type", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES_UPDATED_AT] =
    g_param_spec_string ("notes-updated-at", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYER_ID] =
    g_param_spec_int64 ("player-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_METRICS] =
    g_param_spec_boxed ("metrics", NULL, NULL, GOLF_TYPE_SESSION_METRICS,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_METRICS_STALE] =
    g_param_spec_boolean ("metrics-stale", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_METRICS_ERROR] =
    g_param_spec_string ("metrics-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOT_COUNT] =
    g_param_spec_uint ("shot-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLUBS_USED] =
    g_param_spec_string ("clubs-used", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  for (guint i = 0; i < GOLF_N_METRICS; i++)
    properties[PROP_FIRST_METRIC + i] = param_spec_metric (i);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_session_init (GolfSession *self)
{
}

/**
 * golf_session_new:
 * @id: the session's identifier (a Uneekor report id, ...)
 *
 * Returns: (transfer full): a session with no metrics yet
 */
GolfSession *
golf_session_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (GOLF_TYPE_SESSION, "id", id, NULL);
}

/**
 * golf_session_get_id:
 * @self: a #GolfSession
 *
 * Returns: (transfer none): the session's id
 */
const char *
golf_session_get_id (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->id;
}

static void
set_string (GolfSession  *self,
            char        **field,
            const char   *value,
            guint         prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * golf_session_get_date:
 * @self: a #GolfSession
 *
 * Returns: (nullable): the day of the session, "YYYY-MM-DD"
 */
const char *
golf_session_get_date (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->date;
}

/**
 * golf_session_set_date:
 * @self: a #GolfSession
 * @date: (nullable): the day of the session, "YYYY-MM-DD"
 */
void
golf_session_set_date (GolfSession *self,
                       const char  *date)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  set_string (self, &self->date, date, PROP_DATE);
}

/**
 * golf_session_get_session_type:
 * @self: a #GolfSession
 *
 * Returns: (nullable): what kind of session it was ("practice", ...)
 */
const char *
golf_session_get_session_type (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->session_type;
}

/**
 * golf_session_set_session_type:
 * @self: a #GolfSession
 * @session_type: (nullable): what kind of session it was
 */
void
golf_session_set_session_type (GolfSession *self,
                               const char  *session_type)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  set_string (self, &self->session_type, session_type, PROP_SESSION_TYPE);
}

/**
 * golf_session_get_notes:
 * @self: a #GolfSession
 *
 * Returns: (nullable): the player's notes
 */
const char *
golf_session_get_notes (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->notes;
}

/**
 * golf_session_set_notes:
 * @self: a #GolfSession
 * @notes: (nullable): the player's notes
 */
void
golf_session_set_notes (GolfSession *self,
                        const char  *notes)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  set_string (self, &self->notes, notes, PROP_NOTES);
}

/**
 * golf_session_get_notes_updated_at:
 * @self: a #GolfSession
 *
 * Returns: (nullable): when the notes were last edited (ISO 8601, UTC)
 */
const char *
golf_session_get_notes_updated_at (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->notes_updated_at;
}

/**
 * golf_session_set_notes_updated_at:
 * @self: a #GolfSession
 * @updated_at: (nullable): when the notes were last edited (ISO 8601, UTC)
 *
 * Bundles carry it, so the newer of two edits of a note wins.
 */
void
golf_session_set_notes_updated_at (GolfSession *self,
                                   const char  *updated_at)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  set_string (self, &self->notes_updated_at, updated_at, PROP_NOTES_UPDATED_AT);
}

/**
 * golf_session_get_name:
 * @self: a #GolfSession
 *
 * Returns: (nullable): the name the player gave the session
 */
const char *
golf_session_get_name (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->name;
}

/**
 * golf_session_set_name:
 * @self: a #GolfSession
 * @name: (nullable): a name for the session ("Wedges before the round")
 */
void
golf_session_set_name (GolfSession *self,
                       const char  *name)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  set_string (self, &self->name, name, PROP_NAME);
}

/**
 * golf_session_dup_title:
 * @self: a #GolfSession
 *
 * Returns: (transfer full): what to call the session: its name, or its id
 *   when it has none
 */
char *
golf_session_dup_title (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return g_strdup (self->name != NULL && *self->name != '\0' ? self->name : self->id);
}

/**
 * golf_session_get_player_id:
 * @self: a #GolfSession
 *
 * Returns: the player the session belongs to, 0 when not known yet
 */
gint64
golf_session_get_player_id (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), 0);

  return self->player_id;
}

/**
 * golf_session_set_player_id:
 * @self: a #GolfSession
 * @player_id: a player's id; 0 leaves the choice to the store (a new
 *   session goes to the default player)
 */
void
golf_session_set_player_id (GolfSession *self,
                            gint64       player_id)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  if (self->player_id == player_id)
    return;

  self->player_id = player_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYER_ID]);
}

/**
 * golf_session_get_metrics:
 * @self: a #GolfSession
 *
 * Returns: (transfer none) (nullable): the current metrics, %NULL when the
 *   session has no shots or none were computed yet
 */
GolfSessionMetrics *
golf_session_get_metrics (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->metrics;
}

/**
 * golf_session_get_metrics_stale:
 * @self: a #GolfSession
 *
 * Returns: %TRUE while a recompute of the metrics is pending; see
 *   golf_session_get_metrics_error() for one that failed
 */
gboolean
golf_session_get_metrics_stale (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), FALSE);

  return self->metrics_stale;
}

/**
 * golf_session_get_metrics_error:
 * @self: a #GolfSession
 *
 * A recompute that failed (a full disk, a locked or damaged file) leaves
 * the metrics as they were before the change, so they are not up to date
 * even though no recompute is pending any more (#GolfSession:metrics-stale
 * is %FALSE). A dashboard shows this message then ("Metrics could not be
 * updated: …"); the next recompute that succeeds clears it.
 *
 * Returns: (nullable): why the last recompute of the metrics failed, or
 *   %NULL when it succeeded (or none ran yet)
 */
const char *
golf_session_get_metrics_error (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->metrics_error;
}

/**
 * golf_session_get_shot_count:
 * @self: a #GolfSession
 *
 * Returns: the number of shots the metrics were computed from
 */
guint
golf_session_get_shot_count (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), 0);

  return self->metrics != NULL ? golf_session_metrics_get_shot_count (self->metrics) : 0;
}

/**
 * golf_session_get_clubs_used:
 * @self: a #GolfSession
 *
 * Returns: (nullable): distinct club names joined with ", ", %NULL without
 *   metrics
 */
const char *
golf_session_get_clubs_used (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NULL);

  return self->metrics != NULL ? golf_session_metrics_get_clubs_used (self->metrics) : NULL;
}

/**
 * golf_session_get_metric:
 * @self: a #GolfSession
 * @metric: which metric
 *
 * Returns: the metric in SI units, NAN when unknown
 */
double
golf_session_get_metric (GolfSession *self,
                         GolfMetric   metric)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), NAN);
  g_return_val_if_fail (metric < GOLF_N_METRICS, NAN);

  return self->metrics != NULL ? golf_session_metrics_get (self->metrics, metric) : NAN;
}

static inline gboolean
same_double (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

/**
 * _golf_session_set_metrics:
 * @self: a #GolfSession
 * @metrics: (nullable): the new metrics; %NULL when the session has no shots
 *
 * Replaces the metrics and notifies the properties whose value changed,
 * all at once on thaw. Main thread only.
 */
void
_golf_session_set_metrics (GolfSession        *self,
                           GolfSessionMetrics *metrics)
{
  g_autoptr(GolfSessionMetrics) old = NULL;
  double old_values[GOLF_N_METRICS];
  guint old_shot_count;
  g_autofree char *old_clubs_used = NULL;
  gboolean changed;

  g_return_if_fail (GOLF_IS_SESSION (self));

  if (metrics == self->metrics)
    return;

  changed = !golf_session_metrics_equal (self->metrics, metrics);

  for (guint i = 0; i < GOLF_N_METRICS; i++)
    old_values[i] = golf_session_get_metric (self, i);
  old_shot_count = golf_session_get_shot_count (self);
  old_clubs_used = g_strdup (golf_session_get_clubs_used (self));

  old = g_steal_pointer (&self->metrics);
  self->metrics = metrics != NULL ? golf_session_metrics_ref (metrics) : NULL;

  if (!changed)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRICS]);
  if (old_shot_count != golf_session_get_shot_count (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOT_COUNT]);
  if (g_strcmp0 (old_clubs_used, golf_session_get_clubs_used (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUBS_USED]);
  for (guint i = 0; i < GOLF_N_METRICS; i++)
    if (!same_double (old_values[i], golf_session_get_metric (self, i)))
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_METRIC + i]);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * _golf_session_set_metrics_stale:
 * @self: a #GolfSession
 * @stale: whether a recompute is pending
 */
void
_golf_session_set_metrics_stale (GolfSession *self,
                                 gboolean     stale)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  stale = !!stale;
  if (self->metrics_stale == stale)
    return;

  self->metrics_stale = stale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRICS_STALE]);
}

/**
 * _golf_session_set_metrics_error:
 * @self: a #GolfSession
 * @message: (nullable): why the recompute failed; %NULL once one succeeded
 */
void
_golf_session_set_metrics_error (GolfSession *self,
                                 const char  *message)
{
  g_return_if_fail (GOLF_IS_SESSION (self));

  set_string (self, &self->metrics_error, message, PROP_METRICS_ERROR);
}

/* The store's bookkeeping: which revision of the session's shots this
 * process has seen, so it can tell another program's changes. */
gint64
_golf_session_get_revision (GolfSession *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION (self), 0);
  return self->revision;
}

void
_golf_session_set_revision (GolfSession *self,
                            gint64       revision)
{
  g_return_if_fail (GOLF_IS_SESSION (self));
  self->revision = revision;
}
