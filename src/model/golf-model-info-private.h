/* golf-model-info-private.h: the GolfModelInfo struct, shared by the files of the class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-model-info.h"

G_BEGIN_DECLS

struct _GolfModelInfo
{
  GObject     parent_instance;

  char       *model_type;
  char       *version;
  GDateTime  *trained_at;
  guint       training_samples;
  GStrv       features;
  guint       n_features;
  char       *target;
  GVariant   *metrics;
  GVariant   *hyperparameters;
  GVariant   *split;
  guint64     seed;
  char       *data_fingerprint;
  char       *app_version;
  char       *backend_version;
  char       *model_checksum;

  double      interval80[2];
  double      interval95[2];
  guint       has_interval80 : 1;
  guint       has_interval95 : 1;

  double     *importances;   /* n_features, or NULL */
  double     *ranges;        /* n_features x (min, mean, max), or NULL */
};

GolfModelInfo *_golf_model_info_copy (GolfModelInfo *src);

G_END_DECLS
