/* golf-session-metrics.h: the numbers of one session, computed from its shots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-types.h"

G_BEGIN_DECLS

/**
 * GolfMetric:
 *
 * The numeric metrics of a session, one per `session_stats` column.
 * Distances are m, speeds m/s, angles degrees, strike distance mm.
 */
typedef enum
{
  GOLF_METRIC_AVG_CARRY,
  GOLF_METRIC_AVG_TOTAL,
  GOLF_METRIC_AVG_BALL_SPEED,
  GOLF_METRIC_AVG_CLUB_SPEED,
  GOLF_METRIC_AVG_SMASH,
  GOLF_METRIC_BEST_CARRY,
  GOLF_METRIC_AVG_FACE_ANGLE,
  GOLF_METRIC_STD_FACE_ANGLE,
  GOLF_METRIC_AVG_CLUB_PATH,
  GOLF_METRIC_STD_CLUB_PATH,
  GOLF_METRIC_AVG_FACE_TO_PATH,
  GOLF_METRIC_STD_FACE_TO_PATH,
  GOLF_METRIC_AVG_STRIKE_DISTANCE,
  GOLF_METRIC_STD_STRIKE_DISTANCE,
  GOLF_N_METRICS
} GolfMetric;

/**
 * GolfUnit:
 * @GOLF_UNIT_NONE: no unit (smash factor, counts)
 * @GOLF_UNIT_DISTANCE: metres in storage
 * @GOLF_UNIT_SPEED: metres per second in storage
 * @GOLF_UNIT_ANGLE: degrees
 * @GOLF_UNIT_MILLIMETRE: millimetres on the club face
 */
typedef enum
{
  GOLF_UNIT_NONE,
  GOLF_UNIT_DISTANCE,
  GOLF_UNIT_SPEED,
  GOLF_UNIT_ANGLE,
  GOLF_UNIT_MILLIMETRE,
} GolfUnit;

/**
 * GolfMetricsRow:
 *
 * What the metrics need of one shot: a plain struct so a worker thread can
 * compute without touching GObjects. Absent values are NAN (infinities count
 * as absent too). Rows of one club may share one club string: the
 * computation then skips hashing the name.
 */
typedef struct
{
  const char *club;            /* borrowed; NULL or "" when unknown */
  double      carry;
  double      total;
  double      ball_speed;
  double      club_speed;
  double      face_angle;
  double      club_path;
  double      impact_x;
  double      impact_y;
  double      side_distance;
} GolfMetricsRow;

/**
 * GolfClubStats:
 *
 * Per-(session, club) numbers: the ones that matter to a golfer.
 */
struct _GolfClubStats
{
  char   *club;
  guint   shot_count;
  double  median_carry;
  double  q1_carry;
  double  q3_carry;
  double  avg_carry;
  double  std_carry;
  double  avg_lateral;
  double  std_lateral;
  double  avg_ball_speed;
  double  avg_smash;
};

#define GOLF_TYPE_SESSION_METRICS (golf_session_metrics_get_type ())

GType                golf_session_metrics_get_type        (void) G_GNUC_CONST;
GolfSessionMetrics  *golf_session_metrics_compute         (const GolfMetricsRow *rows,
                                                           gsize                 n_rows);
GolfSessionMetrics  *golf_session_metrics_compute_shots   (GPtrArray            *shots);
GolfSessionMetrics  *golf_session_metrics_new_stored      (guint                 shot_count,
                                                           const char           *clubs_used,
                                                           const double          values[GOLF_N_METRICS],
                                                           GPtrArray            *club_stats);
GolfSessionMetrics  *golf_session_metrics_ref             (GolfSessionMetrics   *self);
void                 golf_session_metrics_unref           (GolfSessionMetrics   *self);
guint                golf_session_metrics_get_shot_count  (const GolfSessionMetrics *self);
const char          *golf_session_metrics_get_clubs_used  (const GolfSessionMetrics *self);
double               golf_session_metrics_get             (const GolfSessionMetrics *self,
                                                           GolfMetric            metric);
GPtrArray           *golf_session_metrics_get_club_stats  (const GolfSessionMetrics *self);
gboolean             golf_session_metrics_equal           (const GolfSessionMetrics *a,
                                                           const GolfSessionMetrics *b);

const char          *golf_metric_get_name                 (GolfMetric            metric);
GolfUnit             golf_metric_get_unit                 (GolfMetric            metric);

GolfClubStats       *golf_club_stats_copy                 (const GolfClubStats  *stats);
void                 golf_club_stats_free                 (GolfClubStats        *stats);

double               golf_unit_to_display                 (GolfUnit              unit,
                                                           double                value,
                                                           gboolean              imperial);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfSessionMetrics, golf_session_metrics_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfClubStats, golf_club_stats_free)

G_END_DECLS
