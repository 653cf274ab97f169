/* golf-model-backend-xgboost.c: gradient-boosted trees through the XGBoost C API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#if HAVE_XGBOOST
# include <xgboost/c_api.h>
#endif

#include "golf-model-backend-xgboost-private.h"

#if HAVE_XGBOOST

/* XGBoost's messages are "[12:34:56] /build/src/learner.cc:735: What
 * went wrong" and then a stack trace: people get the sentence only. */
#define MAX_ERROR_LENGTH 200

static char *
dup_last_error (void)
{
  const char *message = XGBGetLastError ();
  const char *end = strchr (message, '\n');
  const char *start = message;
  const char *colon;

  if (end == NULL)
    end = message + strlen (message);
  if (*start == '[' && (colon = memchr (start, ']', end - start)) != NULL)
    start = colon + 1;
  while (start < end && *start == ' ')
    start++;
  /* "file.cc:123: " */
  for (const char *p = start; p + 1 < end && *p != ' '; p++)
    if (p[0] == ':' && p[1] == ' ' && p > start && g_ascii_isdigit (p[-1]))
      {
        start = p + 2;
        break;
      }
  if (start >= end)
    return g_strdup ("no reason given");

  /* Some messages quote the whole model: a person needs the reason only. */
  if (end - start > MAX_ERROR_LENGTH)
    {
      const char *cut = g_utf8_find_prev_char (start, start + MAX_ERROR_LENGTH);
      g_autofree char *head = g_strndup (start, (cut != NULL ? cut : start + MAX_ERROR_LENGTH) - start);

      return g_strconcat (head, "…", NULL);
    }

  return g_strndup (start, end - start);
}

static void
set_xgboost_error (GError     **error,
                   const char  *what)
{
  g_autofree char *reason = dup_last_error ();

  g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_BACKEND,
               _("XGBoost failed to %s: %s"), g_dpgettext2 (GETTEXT_PACKAGE, "XGBoost step", what), reason);
}

static DMatrixHandle
create_dmatrix (const GolfTrainData  *data,
                const guint          *rows,
                guint                 n_rows,
                gboolean              with_label,
                GError              **error)
{
  g_autofree float *x = g_new (float, (gsize)n_rows * data->n_features);
  g_autofree float *y = with_label ? g_new (float, n_rows) : NULL;
  DMatrixHandle dmat = NULL;

  for (guint r = 0; r < n_rows; r++)
    {
      memcpy (x + (gsize)r * data->n_features, data->x + (gsize)rows[r] * data->n_features,
              sizeof (float) * data->n_features);
      if (y != NULL)
        y[r] = data->y[rows[r]];
    }

  if (XGDMatrixCreateFromMat (x, n_rows, data->n_features, NAN, &dmat) != 0)
    {
      set_xgboost_error (error, NC_("XGBoost step", "prepare the shots"));
      return NULL;
    }
  if (y != NULL && XGDMatrixSetFloatInfo (dmat, "label", y, n_rows) != 0)
    {
      set_xgboost_error (error, NC_("XGBoost step", "prepare the shots"));
      XGDMatrixFree (dmat);
      return NULL;
    }
  return dmat;
}

static gboolean
xgboost_set_params (BoosterHandle          booster,
                    const GolfTrainParams *params,
                    guint                  nthread,
                    GError               **error)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  struct { const char *name; char value[G_ASCII_DTOSTR_BUF_SIZE]; } settings[8];
  guint n = 0;

#define SET(k, fmt, v) \
  G_STMT_START { settings[n].name = k; g_snprintf (settings[n].value, sizeof settings[n].value, fmt, v); n++; } G_STMT_END
  SET ("objective", "%s", "reg:squarederror");
  SET ("tree_method", "%s", "hist");
  SET ("max_depth", "%u", params->max_depth);
  SET ("eta", "%s", g_ascii_dtostr (buf, sizeof buf, params->learning_rate));
  SET ("max_bin", "%u", params->max_bin);
  SET ("seed", "%" G_GUINT64_FORMAT, params->seed);
  SET ("nthread", "%u", nthread);
  SET ("verbosity", "%d", 0);
#undef SET

  for (guint i = 0; i < n; i++)
    if (XGBoosterSetParam (booster, settings[i].name, settings[i].value) != 0)
      {
        set_xgboost_error (error, NC_("XGBoost step", "accept its settings"));
        return FALSE;
      }
  return TRUE;
}

static gboolean
xgboost_predict_rows (BoosterHandle         booster,
                      const GolfTrainData  *data,
                      const guint          *rows,
                      guint                 n_rows,
                      float                *pred,
                      GError              **error)
{
  DMatrixHandle dmat;
  const bst_ulong *shape;
  bst_ulong dim;
  const float *result;
  int rc;

  if (n_rows == 0)
    return TRUE;
  if ((dmat = create_dmatrix (data, rows, n_rows, FALSE, error)) == NULL)
    return FALSE;
  rc = XGBoosterPredictFromDMatrix (booster, dmat,
                                    "{\"type\": 0, \"training\": false, \"iteration_begin\": 0, "
                                    "\"iteration_end\": 0, \"strict_shape\": false}",
                                    &shape, &dim, &result);
  if (rc == 0)
    memcpy (pred, result, sizeof (float) * n_rows);
  else
    set_xgboost_error (error, NC_("XGBoost step", "predict"));
  XGDMatrixFree (dmat);
  return rc == 0;
}

static void
xgboost_importances (BoosterHandle  booster,
                     guint          n_features,
                     double        *importances)
{
  bst_ulong n_out = 0, dim = 0;
  const char **names = NULL;
  const bst_ulong *shape = NULL;
  const float *scores = NULL;
  double total = 0;

  memset (importances, 0, sizeof (double) * n_features);
  if (XGBoosterFeatureScore (booster, "{\"importance_type\": \"total_gain\"}",
                             &n_out, &names, &dim, &shape, &scores) != 0)
    {
      g_debug ("No feature scores: %s", XGBGetLastError ());
      return;
    }
  for (bst_ulong k = 0; k < n_out; k++)
    {
      guint64 index;

      /* Unnamed features are reported as f0, f1, ... */
      if (names[k][0] == 'f' && g_ascii_string_to_unsigned (names[k] + 1, 10, 0, n_features - 1, &index, NULL))
        importances[index] = scores[k];
    }
  for (guint i = 0; i < n_features; i++)
    total += importances[i];
  for (guint i = 0; i < n_features; i++)
    importances[i] = total > 0 ? importances[i] / total : 0;
}

/* ------------------------------------------------------------------ */
/* The backend */

static const char *
xgboost_get_name (void)
{
  static char *name;

  if (g_once_init_enter (&name))
    {
      int major = 0, minor = 0, patch = 0;

      XGBoostVersion (&major, &minor, &patch);
      g_once_init_leave (&name, g_strdup_printf ("XGBoost %d.%d.%d", major, minor, patch));
    }
  return name;
}

static guint
xgboost_count_steps (const GolfTrainParams *params)
{
  return params->n_trees;
}

static gpointer
xgboost_fit_rows (const GolfFitContext  *ctx,
                  const GolfFitRows     *rows,
                  GError               **error)
{
  DMatrixHandle dtrain;
  BoosterHandle booster = NULL;
  BoosterHandle fitted = NULL;

  if ((dtrain = create_dmatrix (ctx->data, rows->train_rows, rows->n_train, TRUE, error)) == NULL)
    return NULL;
  if (XGBoosterCreate (&dtrain, 1, &booster) != 0)
    {
      set_xgboost_error (error, NC_("XGBoost step", "start"));
      goto out;
    }
  if (!xgboost_set_params (booster, ctx->params, ctx->n_threads, error))
    goto out;

  for (guint it = 0; it < ctx->params->n_trees; it++)
    {
      if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
        goto out;
      if (XGBoosterUpdateOneIter (booster, it, dtrain) != 0)
        {
          set_xgboost_error (error, NC_("XGBoost step", "train"));
          goto out;
        }
      g_atomic_int_inc (ctx->steps_done);
    }

  if (!xgboost_predict_rows (booster, ctx->data, rows->eval_rows, rows->n_eval, rows->pred, error))
    goto out;

  fitted = g_steal_pointer (&booster);

out:
  if (booster != NULL)
    XGBoosterFree (booster);
  XGDMatrixFree (dtrain);
  return fitted;
}

static void
xgboost_compute_importances (gpointer             model,
                             const GolfTrainData *data,
                             const GolfFitRows   *rows,
                             double              *importances)
{
  xgboost_importances (model, data->n_features, importances);
}

static void
xgboost_add_hyperparameters (const GolfTrainParams *params,
                             GVariantBuilder       *builder)
{
  g_variant_builder_add (builder, "{sv}", "objective", g_variant_new_string ("reg:squarederror"));
  g_variant_builder_add (builder, "{sv}", "tree_method", g_variant_new_string ("hist"));
  g_variant_builder_add (builder, "{sv}", "n_estimators", g_variant_new_int64 (params->n_trees));
  g_variant_builder_add (builder, "{sv}", "max_depth", g_variant_new_int64 (params->max_depth));
  g_variant_builder_add (builder, "{sv}", "learning_rate", g_variant_new_double (params->learning_rate));
  g_variant_builder_add (builder, "{sv}", "max_bin", g_variant_new_int64 (params->max_bin));
}

static gboolean
xgboost_predict (gpointer      model,
                 const float  *row,
                 guint         n_features,
                 double       *value,
                 GError      **error)
{
  char array[160];
  const bst_ulong *shape;
  bst_ulong dim;
  const float *result;

  g_snprintf (array, sizeof array,
              "{\"data\": [%" G_GUINTPTR_FORMAT ", true], \"shape\": [1, %u], "
              "\"typestr\": \"<f4\", \"version\": 3}",
              (guintptr)row, n_features);
  if (XGBoosterPredictFromDense (model, array,
                                 "{\"type\": 0, \"training\": false, \"iteration_begin\": 0, "
                                 "\"iteration_end\": 0, \"strict_shape\": false, "
                                 "\"missing\": NaN, \"cache_id\": 0}",
                                 NULL, &shape, &dim, &result) != 0)
    {
      set_xgboost_error (error, NC_("XGBoost step", "predict"));
      return FALSE;
    }
  *value = result[0];
  return TRUE;
}

static gpointer
xgboost_load (const char  *model_path,
              const char  *data,
              gsize        length,
              guint       *n_features,
              double     **importances,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  BoosterHandle booster = NULL;
  bst_ulong n = 0;
  guint n_checked = 0;

  /* Only what is safe to walk reaches XGBoost. */
  if (!_golf_model_xgboost_check (data, length, &n_checked, &local_error))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("Model file %s is damaged (%s); train again or restore a version with use-model"),
                   model_path, local_error->message);
      return NULL;
    }

  if (XGBoosterCreate (NULL, 0, &booster) != 0)
    {
      set_xgboost_error (error, NC_("XGBoost step", "start"));
      return NULL;
    }
  if (XGBoosterLoadModelFromBuffer (booster, data, length) != 0 ||
      XGBoosterGetNumFeature (booster, &n) != 0)
    {
      g_autofree char *reason = dup_last_error ();

      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("Model file %s is damaged (%s); train again or restore a version with use-model"),
                   model_path, reason);
      XGBoosterFree (booster);
      return NULL;
    }
  if (n != n_checked)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   "Model file %s is damaged (it takes %" G_GUINT64_FORMAT " inputs); train again "
                   "or restore a version with use-model", model_path, (guint64)n);
      XGBoosterFree (booster);
      return NULL;
    }
  XGBoosterSetParam (booster, "nthread", "1");
  *n_features = n;
  return booster;
}

static char *
xgboost_save (gpointer       model,
              const double  *importances,
              gsize         *length,
              GError       **error)
{
  bst_ulong len = 0;
  const char *buf = NULL;

  if (XGBoosterSaveModelToBuffer (model, "{\"format\": \"json\"}", &len, &buf) != 0)
    {
      set_xgboost_error (error, NC_("XGBoost step", "save the model"));
      return NULL;
    }
  *length = len;
  return g_strndup (buf, len);
}

static void
xgboost_free_model (gpointer model)
{
  XGBoosterFree (model);
}

#endif /* HAVE_XGBOOST */

/* Without XGBoost the backend is still in the table: a training that asks
 * for it is refused with its .missing text, and loading one of its model
 * files says the build lacks it. XGBoost's own JSON carries no mark of
 * ours, so it reads whatever no other backend claims. */
const GolfModelBackendVTable _golf_model_backend_xgboost = {
  .id = GOLF_MODEL_BACKEND_XGBOOST,
  .model_type = "xgboost",
  .title = "XGBoost",
  .available = HAVE_XGBOOST,
  .missing = "This build has no XGBoost; train with the ridge backend or rebuild with -Dxgboost=enabled",
  .reason = "built with XGBoost; gradient-boosted trees (tree_method=hist)",
  .claims_file = NULL,
#if HAVE_XGBOOST
  .get_name = xgboost_get_name,
  .count_steps = xgboost_count_steps,
  .fit = xgboost_fit_rows,
  .compute_importances = xgboost_compute_importances,
  .add_hyperparameters = xgboost_add_hyperparameters,
  .predict = xgboost_predict,
  .get_input_mean = NULL,
  .load = xgboost_load,
  .save = xgboost_save,
  .free = xgboost_free_model,
#endif
};
