/* golf-dispersion.h: where the ball lands, per club
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot-table.h"

G_BEGIN_DECLS

/**
 * GolfDispersionClub:
 * @club: the club
 * @n: kept shots with carry and lateral landing position
 * @mean_carry: mean carry (m)
 * @mean_lateral: mean lateral landing position (m, negative left)
 * @cov_cc: sample covariance (n − 1) of carry with carry (m²)
 * @cov_cl: of carry with lateral (m²)
 * @cov_ll: of lateral with lateral (m²)
 * @lambda1: the larger eigenvalue of the covariance (m²)
 * @lambda2: the smaller one (m²)
 * @ellipse_major: semi-major axis of the 95% ellipse, √(5.991·λ1) (m)
 * @ellipse_minor: semi-minor axis, √(5.991·λ2) (m)
 * @ellipse_angle: degrees of the major axis from the target line, positive
 *   toward the right, in (−90, 90]
 * @p50_radius: median distance of the landings from their mean (m)
 * @p90_radius: 0.9 quantile of that distance (m)
 * @lateral_spread: sample standard deviation of lateral (m)
 * @carry_spread: sample standard deviation of carry (m)
 * @stable: @n is 10 or more
 *
 * Every number is NAN when @n is below 3.
 */
typedef struct
{
  const char *club;
  guint       n;
  double      mean_carry;
  double      mean_lateral;
  double      cov_cc;
  double      cov_cl;
  double      cov_ll;
  double      lambda1;
  double      lambda2;
  double      ellipse_major;
  double      ellipse_minor;
  double      ellipse_angle;
  double      p50_radius;
  double      p90_radius;
  double      lateral_spread;
  double      carry_spread;
  gboolean    stable;
} GolfDispersionClub;

#define GOLF_DISPERSION_MIN_SHOTS    3
#define GOLF_DISPERSION_STABLE_SHOTS 10
#define GOLF_CHI2_95_2DOF            5.991

typedef struct _GolfDispersion GolfDispersion;

#define GOLF_TYPE_DISPERSION (golf_dispersion_get_type ())

GType                     golf_dispersion_get_type     (void) G_GNUC_CONST;
GolfDispersion           *golf_dispersion_compute      (GolfShotTable        *table);
GolfDispersion           *golf_dispersion_ref          (GolfDispersion       *self);
void                      golf_dispersion_unref        (GolfDispersion       *self);
guint                     golf_dispersion_get_n        (const GolfDispersion *self);
guint                     golf_dispersion_get_n_clubs  (const GolfDispersion *self);
const GolfDispersionClub *golf_dispersion_get_club     (const GolfDispersion *self,
                                                        guint                 index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GolfDispersion, golf_dispersion_unref)

G_END_DECLS
