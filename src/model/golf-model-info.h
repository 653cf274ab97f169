/* golf-model-info.h: the metadata sidecar of a carry-distance model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "golf-types.h"

G_BEGIN_DECLS

#define GOLF_MODEL_ERROR (golf_model_error_quark ())

/**
 * GolfModelError:
 * @GOLF_MODEL_ERROR_NOT_FOUND: no such model file, version or models folder
 * @GOLF_MODEL_ERROR_PERMISSION_DENIED: the path lies outside the models folder, is a
 *   symbolic link or not a regular file, or the folder cannot be written (read-only,
 *   no permission)
 * @GOLF_MODEL_ERROR_CORRUPT: a model or metadata file cannot be read back
 * @GOLF_MODEL_ERROR_NOT_ENOUGH_DATA: too few usable shots to train on
 * @GOLF_MODEL_ERROR_INVALID: an argument makes no sense (unknown target, no ball speed ...)
 * @GOLF_MODEL_ERROR_WRITE_FAILED: a file could not be written (disk full, I/O error)
 * @GOLF_MODEL_ERROR_BACKEND: the learning library failed, or the model needs a backend this
 *   build does not have
 *
 * Errors of #GolfModelInfo and #GolfDistanceModel. Cancellation is reported as
 * %G_IO_ERROR_CANCELLED.
 */
typedef enum
{
  GOLF_MODEL_ERROR_NOT_FOUND,
  GOLF_MODEL_ERROR_PERMISSION_DENIED,
  GOLF_MODEL_ERROR_CORRUPT,
  GOLF_MODEL_ERROR_NOT_ENOUGH_DATA,
  GOLF_MODEL_ERROR_INVALID,
  GOLF_MODEL_ERROR_WRITE_FAILED,
  GOLF_MODEL_ERROR_BACKEND,
} GolfModelError;

/* The version of the sidecar layout itself, written as "metadata_version". */
#define GOLF_MODEL_INFO_FORMAT_VERSION 1

#define GOLF_TYPE_MODEL_INFO (golf_model_info_get_type ())

G_DECLARE_FINAL_TYPE (GolfModelInfo, golf_model_info, GOLF, MODEL_INFO, GObject)

GQuark          golf_model_error_quark               (void);

GolfModelInfo  *golf_model_info_new                  (void);
GolfModelInfo  *golf_model_info_new_from_data        (const char     *data,
                                                      gssize          length,
                                                      GError        **error);
GolfModelInfo  *golf_model_info_load_for_model       (const char     *model_path,
                                                      GError        **error);
GolfModelInfo  *golf_model_info_load_from_file       (const char     *sidecar_path,
                                                      GError        **error);
gboolean        golf_model_info_save_for_model       (GolfModelInfo  *self,
                                                      const char     *model_path,
                                                      GError        **error);
char           *golf_model_info_to_data              (GolfModelInfo  *self,
                                                      gboolean        pretty);
JsonNode       *golf_model_info_to_json              (GolfModelInfo  *self);
char           *golf_model_info_sidecar_path         (const char     *model_path);

const char     *golf_model_info_get_model_type       (GolfModelInfo  *self);
void            golf_model_info_set_model_type       (GolfModelInfo  *self,
                                                      const char     *model_type);
const char     *golf_model_info_get_version          (GolfModelInfo  *self);
void            golf_model_info_set_version          (GolfModelInfo  *self,
                                                      const char     *version);
GDateTime      *golf_model_info_get_trained_at       (GolfModelInfo  *self);
void            golf_model_info_set_trained_at       (GolfModelInfo  *self,
                                                      GDateTime      *trained_at);
guint           golf_model_info_get_training_samples (GolfModelInfo  *self);
void            golf_model_info_set_training_samples (GolfModelInfo  *self,
                                                      guint           training_samples);
const char * const *golf_model_info_get_features     (GolfModelInfo  *self);
guint           golf_model_info_get_n_features       (GolfModelInfo  *self);
void            golf_model_info_set_features         (GolfModelInfo  *self,
                                                      const char * const *features);
const char     *golf_model_info_get_target           (GolfModelInfo  *self);
void            golf_model_info_set_target           (GolfModelInfo  *self,
                                                      const char     *target);
GVariant       *golf_model_info_get_metrics          (GolfModelInfo  *self);
void            golf_model_info_set_metrics          (GolfModelInfo  *self,
                                                      GVariant       *metrics);
gboolean        golf_model_info_lookup_metric        (GolfModelInfo  *self,
                                                      const char     *name,
                                                      double         *value);
GVariant       *golf_model_info_get_hyperparameters  (GolfModelInfo  *self);
void            golf_model_info_set_hyperparameters  (GolfModelInfo  *self,
                                                      GVariant       *hyperparameters);
guint64         golf_model_info_get_seed             (GolfModelInfo  *self);
void            golf_model_info_set_seed             (GolfModelInfo  *self,
                                                      guint64         seed);
const char     *golf_model_info_get_data_fingerprint (GolfModelInfo  *self);
void            golf_model_info_set_data_fingerprint (GolfModelInfo  *self,
                                                      const char     *fingerprint);
const char     *golf_model_info_get_app_version      (GolfModelInfo  *self);
void            golf_model_info_set_app_version      (GolfModelInfo  *self,
                                                      const char     *app_version);
const char     *golf_model_info_get_backend_version  (GolfModelInfo  *self);
void            golf_model_info_set_backend_version  (GolfModelInfo  *self,
                                                      const char     *backend_version);
const char     *golf_model_info_get_model_checksum   (GolfModelInfo  *self);
void            golf_model_info_set_model_checksum   (GolfModelInfo  *self,
                                                      const char     *checksum);
gboolean        golf_model_info_get_interval         (GolfModelInfo  *self,
                                                      guint           level,
                                                      double         *low,
                                                      double         *high);
void            golf_model_info_set_interval         (GolfModelInfo  *self,
                                                      guint           level,
                                                      double          low,
                                                      double          high);
double          golf_model_info_get_importance       (GolfModelInfo  *self,
                                                      const char     *feature);
const double   *golf_model_info_get_importances      (GolfModelInfo  *self);
void            golf_model_info_set_importances      (GolfModelInfo  *self,
                                                      const double   *importances);
gboolean        golf_model_info_get_feature_range    (GolfModelInfo  *self,
                                                      guint           index,
                                                      double         *min,
                                                      double         *mean,
                                                      double         *max);
void            golf_model_info_set_feature_range    (GolfModelInfo  *self,
                                                      guint           index,
                                                      double          min,
                                                      double          mean,
                                                      double          max);
GVariant       *golf_model_info_get_split            (GolfModelInfo  *self);
void            golf_model_info_set_split            (GolfModelInfo  *self,
                                                      GVariant       *split);

int             golf_model_version_compare           (const char     *a,
                                                      const char     *b);

G_END_DECLS
