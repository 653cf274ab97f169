/* golf-session-medians.c: each session's trend point for every club and metric
 *
 * A trend's point for a session is the median of a metric over the
 * session's kept shots, of one club or of every club (golf-trend.c). The
 * points of one session depend on that session's shots alone, so they can
 * be worked out once per session, for every club and every metric at once,
 * and kept until the session changes: a trend over years of sessions is
 * then a look-up per session (golf_trend_new_from_points()) instead of a
 * read of every shot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>
#include <string.h>

#include "golf-analysis-private.h"
#include "golf-quantile.h"
#include "golf-session-medians.h"

typedef struct
{
  guint  n[GOLF_N_SHOT_METRICS];
  double median[GOLF_N_SHOT_METRICS];
} Medians;

/* Kept without the table, which is far bigger than the medians: an app
 * holds one of these per session for as long as it runs. */
struct _GolfSessionMedians
{
  GStrv          sessions;  /* of the table */
  GStrv          table_clubs;
  guint          n_clubs;   /* of the table */
  GPtrArray     *clubs;     /* club names with a kept shot, bag order */
  Medians       *medians;   /* [session][club], and [session][n_clubs] for every club */
};

static void
session_medians_clear (GolfSessionMedians *self)
{
  g_free (self->medians);
  g_ptr_array_unref (self->clubs);
  g_strfreev (self->table_clubs);
  g_strfreev (self->sessions);
}

GOLF_DEFINE_RESULT_TYPE (GolfSessionMedians, golf_session_medians, session_medians_clear)

static Medians *
medians_at (const GolfSessionMedians *self,
            guint                     session,
            guint                     club)
{
  return &self->medians[session * (self->n_clubs + 1) + club];
}

/* The medians of the kept rows among @rows (indices into the table). */
static void
measure (Medians                *medians,
         const GolfShotTableRow *table_rows,
         const GolfKeptShots    *kept,
         const guint            *rows,
         guint                   n_rows,
         double                 *values)
{
  for (guint m = 0; m < GOLF_N_SHOT_METRICS; m++)
    {
      guint n = 0;

      for (guint i = 0; i < n_rows; i++)
        {
          double value;

          if (golf_kept_shots_is_kept (kept, rows[i]) &&
              !isnan (value = golf_shot_metric_read (m, &table_rows[rows[i]])))
            values[n++] = value;
        }

      medians->n[m] = n;
      medians->median[m] = n > 0 ? golf_quantile (values, n, 0.5) : NAN;
    }
}

/**
 * golf_session_medians_compute:
 * @table: the shots of one or more sessions
 *
 * For each session of @table, each of its clubs and every club together,
 * and each #GolfShotMetric: the median over the session's kept shots and
 * how many there are, exactly as golf_trend_compute() makes a point.
 * Call it from a worker thread on a table of the sessions that changed.
 *
 * Returns: (transfer full): the medians
 */
GolfSessionMedians *
golf_session_medians_compute (GolfShotTable *table)
{
  const GolfShotTableRow *rows;
  g_autoptr(GolfKeptShots) kept = NULL;
  g_auto(GolfRowGroups) groups = { 0 };
  g_autoptr(GPtrArray) clubs = NULL;
  g_autofree double *values = NULL;
  g_autofree guint *session_rows = NULL;
  g_autofree gboolean *club_kept = NULL;
  GolfSessionMedians *self;
  guint n_sessions;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_atomic_rc_box_new0 (GolfSessionMedians);
  self->n_clubs = golf_shot_table_get_n_clubs (table);
  self->clubs = g_ptr_array_new ();
  n_sessions = golf_shot_table_get_n_sessions (table);
  self->sessions = g_new0 (char *, n_sessions + 1);
  for (guint s = 0; s < n_sessions; s++)
    self->sessions[s] = g_strdup (golf_shot_table_get_session (table, s));
  self->table_clubs = g_new0 (char *, self->n_clubs + 1);
  for (guint c = 0; c < self->n_clubs; c++)
    self->table_clubs[c] = g_strdup (golf_shot_table_get_club (table, c));
  self->medians = g_new0 (Medians, MAX ((gsize) n_sessions * (self->n_clubs + 1), 1));

  rows = _golf_shot_table_get_rows (table);
  kept = golf_kept_shots_new (table);
  values = g_new (double, MAX (golf_shot_table_get_n_rows (table), 1));
  session_rows = g_new (guint, MAX (golf_shot_table_get_n_rows (table), 1));
  club_kept = g_new0 (gboolean, MAX (self->n_clubs, 1));
  _golf_row_groups_init_by_session_club (&groups, table);

  for (guint s = 0; s < n_sessions; s++)
    {
      guint n_session_rows = 0;

      for (guint c = 0; c < self->n_clubs; c++)
        {
          const guint *group = groups.order + groups.starts[s * self->n_clubs + c];
          guint n_group = groups.starts[s * self->n_clubs + c + 1] - groups.starts[s * self->n_clubs + c];

          measure (medians_at (self, s, c), rows, kept, group, n_group, values);
          club_kept[c] |= medians_at (self, s, c)->n[GOLF_SHOT_METRIC_CARRY] > 0;
          memcpy (session_rows + n_session_rows, group, n_group * sizeof (guint));
          n_session_rows += n_group;
        }

      measure (medians_at (self, s, self->n_clubs), rows, kept, session_rows, n_session_rows, values);
    }

  clubs = _golf_clubs_in_bag_order (table);
  for (guint i = 0; i < clubs->len; i++)
    {
      guint c = GPOINTER_TO_UINT (g_ptr_array_index (clubs, i));

      if (club_kept[c])
        g_ptr_array_add (self->clubs, self->table_clubs[c]);
    }

  return self;
}

guint
golf_session_medians_get_n_sessions (const GolfSessionMedians *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_strv_length (self->sessions);
}

const char *
golf_session_medians_get_session (const GolfSessionMedians *self,
                                  guint                     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < g_strv_length (self->sessions), NULL);

  return self->sessions[index];
}

/**
 * golf_session_medians_get_n_clubs:
 * @self: a #GolfSessionMedians
 *
 * Returns: how many clubs have a kept shot with a carry
 */
guint
golf_session_medians_get_n_clubs (const GolfSessionMedians *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clubs->len;
}

/**
 * golf_session_medians_get_club:
 * @self: a #GolfSessionMedians
 * @index: below golf_session_medians_get_n_clubs()
 *
 * Returns: (transfer none): a club with a kept shot, in bag order
 */
const char *
golf_session_medians_get_club (const GolfSessionMedians *self,
                               guint                     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clubs->len, NULL);

  return g_ptr_array_index (self->clubs, index);
}

static int
find_session (const GolfSessionMedians *self,
              const char               *session_id)
{
  for (guint s = 0; self->sessions[s] != NULL; s++)
    if (g_strcmp0 (self->sessions[s], session_id) == 0)
      return s;

  return -1;
}

/**
 * golf_session_medians_lookup:
 * @self: a #GolfSessionMedians
 * @session_id: a session of the table
 * @club: (nullable): a club as golf_shot_table_find_club() takes it, or
 *   %NULL for every club
 * @metric: a metric
 * @n: (out) (optional): the kept shots with a value of @metric
 * @median: (out) (optional): their median (SI units), NAN when none
 *
 * Returns: %TRUE when the session has at least one such shot
 */
gboolean
golf_session_medians_lookup (const GolfSessionMedians *self,
                             const char               *session_id,
                             const char               *club,
                             GolfShotMetric            metric,
                             guint                    *n,
                             double                   *median)
{
  const Medians *medians = NULL;
  int session, club_index = self != NULL ? (int) self->n_clubs : -1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (metric < GOLF_N_SHOT_METRICS, FALSE);

  if (club != NULL)
    club_index = _golf_find_club ((const char * const *) self->table_clubs, self->n_clubs, club);
  if ((session = find_session (self, session_id)) >= 0 && club_index >= 0)
    medians = medians_at (self, session, club_index);

  if (n != NULL)
    *n = medians != NULL ? medians->n[metric] : 0;
  if (median != NULL)
    *median = medians != NULL ? medians->median[metric] : NAN;

  return medians != NULL && medians->n[metric] > 0;
}
