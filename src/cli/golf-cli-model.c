/* golf-cli-model.c: train, model-info, models, use-model, predict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "golf-cli-model.h"
#include "golf-cli-util.h"
#include "golf-distance-model.h"
#include "golf-model-info.h"
#include "golf-shot.h"
#include "golf-store.h"

#define MPH_TO_MS 0.44704

typedef struct
{
  GolfCli        *cli;
  char           *models_dir;
  char           *target_name;
  GolfModelTarget target;
} Options;

#define MODELS_DIR_HELP N_("Models folder (default: beside the database, shots.models for shots.db)")

static void
options_clear (Options *options)
{
  g_free (options->models_dir);
  g_free (options->target_name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* Parses --models-dir and --target, which every model command takes, with
 * the command's own @extra options. */
static gboolean
parse_options (GolfCli            *cli,
               int                *argc,
               char             ***argv,
               const GOptionEntry *extra,
               Options            *options,
               int                *exit_status)
{
  g_autoptr(GArray) entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  GOptionEntry common[] = {
    { "models-dir", 0, 0, G_OPTION_ARG_FILENAME, &options->models_dir, MODELS_DIR_HELP, "DIR" },
    { "target", 0, 0, G_OPTION_ARG_STRING, &options->target_name, N_("carry (the default) or total"), "TARGET" },
  };

  options->cli = cli;
  g_array_append_vals (entries, common, G_N_ELEMENTS (common));
  for (guint i = 0; extra != NULL && extra[i].long_name != NULL; i++)
    g_array_append_val (entries, extra[i]);

  if (!golf_cli_parse (cli, argc, argv, (GOptionEntry *)entries->data, exit_status))
    return FALSE;

  if (options->target_name == NULL)
    options->target = GOLF_MODEL_TARGET_CARRY;
  else if (!golf_model_target_from_string (options->target_name, &options->target))
    {
      *exit_status = golf_cli_usage_error (cli, _("--target takes carry or total, not “%s”"),
                                           options->target_name);
      return FALSE;
    }

  /* Models belong to the database they were trained on. */
  if (options->models_dir == NULL)
    {
      g_autofree char *read_id = cli->store == NULL ? golf_store_read_id (cli->db_path) : NULL;

      options->models_dir = golf_distance_model_dup_models_dir_for_store (
        cli->db_path, cli->store != NULL ? golf_store_get_id (cli->store) : read_id);
    }

  return TRUE;
}

static double
distance_out (Options *options,
              double   metres)
{
  return golf_cli_display (options->cli, GOLF_UNIT_DISTANCE, metres);
}

static const char *
distance_unit (Options *options)
{
  return golf_cli_distance_unit (options->cli);
}

/* Translators: the learner (XGBoost, or the fallback) and why it is the one. */
#define BACKEND_FORMAT N_("Backend: %s (%s)\n")

static void
print_backend (void)
{
  g_printerr (_(BACKEND_FORMAT), golf_distance_model_get_backend_name (),
              golf_distance_model_get_backend_reason ());
}

/* ------------------------------------------------------------------ */
/* train */

typedef struct
{
  GMainLoop         *loop;
  GolfDistanceModel *model;
  GError            *error;
  gboolean           tty;
} TrainRun;

static void
on_train_progress_cb (double      fraction,
                      const char *stage,
                      gpointer    user_data)
{
  TrainRun *run = user_data;

  if (run->tty)
    g_printerr ("\r%s… %3.0f%%", stage, 100 * fraction);
}

static void
on_trained_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  TrainRun *run = user_data;

  run->model = golf_distance_model_train_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static gboolean
on_interrupt_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_CONTINUE;
}

static void
print_train_summary (Options           *options,
                     GolfDistanceModel *model,
                     const char        *version)
{
  GolfModelInfo *info = golf_distance_model_get_info (model);
  const char *unit = golf_cli_unit_suffix (options->cli, GOLF_UNIT_DISTANCE);
  double mae = NAN, cv_mae = NAN;
  g_autofree char *mae_text = NULL;
  g_autofree char *cv_text = NULL;

  golf_model_info_lookup_metric (info, "mae", &mae);
  golf_model_info_lookup_metric (info, "cv_mae", &cv_mae);
  mae_text = golf_cli_format_number (distance_out (options, mae), 1, unit);
  cv_text = golf_cli_format_number (distance_out (options, cv_mae), 1, unit);

  /* Translators: “Trained carry model 20260402-101500 on 60 shots
   * (xgboost)”: the target as --target takes it, the version, the count
   * and the kind of model. */
  g_print (ngettext ("Trained %s model %s on %u shot (%s)\n", "Trained %s model %s on %u shots (%s)\n",
                     golf_model_info_get_training_samples (info)),
           golf_model_target_to_string (options->target), version,
           golf_model_info_get_training_samples (info), golf_model_info_get_model_type (info));
  g_print (_("Typical error on sessions it did not see: %s (cross-validated %s)\n"), mae_text, cv_text);
  g_print (_("Saved in %s; “golf-lab-cli model-info” shows the details\n"), options->models_dir);
}

static GolfDistanceModel *
train_in_thread (GPtrArray        *shots,
                 GolfTrainParams  *params,
                 GError          **error)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  TrainRun run = { 0 };
  guint sigint;

  run.loop = g_main_loop_new (NULL, FALSE);
  run.tty = isatty (STDERR_FILENO);
  sigint = g_unix_signal_add (SIGINT, on_interrupt_cb, cancellable);
  golf_distance_model_train_async (shots, params, cancellable, on_train_progress_cb, &run, NULL,
                                   on_trained_cb, &run);
  g_main_loop_run (run.loop);
  g_source_remove (sigint);
  g_main_loop_unref (run.loop);
  if (run.tty)
    g_printerr ("\n");

  if (run.error != NULL)
    g_propagate_error (error, run.error);

  return run.model;
}

/* train [--target T] [--models-dir DIR] [--json] */
static int
cmd_train (GolfCli  *cli,
           int       argc,
           char    **argv)
{
  g_auto(Options) options = { 0 };
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  g_autofree char *seed_text = NULL;
  guint64 seed = 0;
  GolfTrainParams params;
  const GOptionEntry extra[] = {
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Seed of the session split and of the learner (default 42)"), "N" },
    { NULL }
  };
  int status;

  if (!parse_options (cli, &argc, &argv, extra, &options, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("train takes no file argument"));
  if (seed_text != NULL && !g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT64, &seed, NULL))
    return golf_cli_usage_error (cli, _("--seed takes a whole number from 0, not “%s”"), seed_text);

  if ((shots = golf_store_dup_all_shots (cli->store, &error)) == NULL)
    return golf_cli_fail (error);

  golf_train_params_init (&params);
  params.target = options.target;
  if (seed_text != NULL)
    params.seed = seed;
  print_backend ();

  if ((model = train_in_thread (shots, &params, &error)) == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          golf_cli_failf ("%s", _("Training was cancelled; the active model is unchanged"));
          return 130;
        }
      return golf_cli_fail (error);
    }

  if ((version = golf_distance_model_publish (model, options.models_dir, &error)) == NULL)
    {
      if (g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED))
        return golf_cli_failf (_("%s. --models-dir DIR saves models in another folder"), error->message);
      return golf_cli_fail (error);
    }

  if (cli->json)
    {
      g_autofree char *json = golf_model_info_to_data (golf_distance_model_get_info (model), TRUE);

      g_print ("%s\n", json);
    }
  else
    print_train_summary (&options, model, version);

  return EXIT_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* model-info */

static void
print_metric (Options       *options,
              GolfModelInfo *info,
              const char    *label,
              const char    *name,
              gboolean       distance)
{
  double value;

  /* Metadata is outside data: a value no model could score is left out,
   * never printed as "inf". */
  if (!golf_model_info_lookup_metric (info, name, &value) || !isfinite (value) || fabs (value) > 1e6)
    return;
  if (distance)
    g_print ("%s %.1f %s", label, distance_out (options, value), distance_unit (options));
  else
    g_print ("%s %.3f", label, value);
}

static gboolean
plausible_range (double lo,
                 double hi)
{
  return isfinite (lo) && isfinite (hi) && fabs (lo) < 1e6 && fabs (hi) < 1e6;
}

static void
print_info (Options       *options,
            const char    *path,
            GolfModelInfo *info,
            gboolean       active)
{
  GDateTime *trained_at = golf_model_info_get_trained_at (info);
  const char * const *features = golf_model_info_get_features (info);
  GVariant *split = golf_model_info_get_split (info);
  const double *importances = golf_model_info_get_importances (info);
  gint64 test_samples = -1, test_sessions = -1, cv_folds = 0;
  guint trained = golf_model_info_get_training_samples (info);
  const char *method = NULL;
  g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, golf_model_info_get_seed (info));
  double lo, hi;

  if (split != NULL)
    {
      g_variant_lookup (split, "test_samples", "x", &test_samples);
      g_variant_lookup (split, "test_sessions", "x", &test_sessions);
      g_variant_lookup (split, "cv_folds", "x", &cv_folds);
      g_variant_lookup (split, "method", "&s", &method);
    }

  /* Translators: the labels of model-info, padded so that the values
   * line up; keep them as wide as each other, at least one space after. */
  g_print (_("Model:     %s\n"), path);
  if (active)
    g_print (_("Version:   %s (active)\n"), golf_model_info_get_version (info));
  else
    g_print (_("Version:   %s\n"), golf_model_info_get_version (info));
  g_print (_("Type:      %s (%s)\n"), golf_model_info_get_model_type (info),
           golf_model_info_get_backend_version (info));
  /* Translators: the value is carry or total, as --target takes it. */
  g_print (_("Target:    %s\n"), golf_model_info_get_target (info));
  if (trained_at != NULL)
    {
      g_autofree char *when = g_date_time_format (trained_at, "%Y-%m-%d %H:%M:%S UTC");

      g_print (_("Trained:   %s\n"), when);
    }
  if (test_samples >= 0 && g_strcmp0 (method, "sessions") == 0)
    /* Translators: shots trained on, shots held out, sessions they are in. */
    g_print (ngettext ("Shots:     %u trained on, %u held out in %u whole session\n",
                       "Shots:     %u trained on, %u held out in %u whole sessions\n", (gulong)test_sessions),
             trained, (guint)test_samples, (guint)test_sessions);
  else if (test_samples >= 0)
    /* Translators: the last %s is how they were drawn, a word from the model file. */
    g_print (_("Shots:     %u trained on, %u held out at random (%s)\n"), trained, (guint)test_samples, method);
  else
    g_print (_("Shots:     %u trained on\n"), trained);
  g_print ("%s", _("Accuracy: "));
  print_metric (options, info, " MAE", "mae", TRUE);
  print_metric (options, info, ", RMSE", "rmse", TRUE);
  print_metric (options, info, ", R2", "r2", FALSE);
  print_metric (options, info, ", CV MAE", "cv_mae", TRUE);
  if (cv_folds > 0)
    g_print (ngettext (" (%u fold by session)", " (%u folds by session)", (gulong)cv_folds), (guint)cv_folds);
  g_print ("\n");
  if (golf_model_info_get_interval (info, 80, &lo, &hi) && plausible_range (lo, hi))
    {
      g_print (_("Range:     80%% %+.1f/%+.1f %s"), distance_out (options, lo), distance_out (options, hi),
               distance_unit (options));
      if (golf_model_info_get_interval (info, 95, &lo, &hi) && plausible_range (lo, hi))
        g_print (", 95%% %+.1f/%+.1f %s", distance_out (options, lo), distance_out (options, hi),
                 distance_unit (options));
      g_print ("\n");
    }
  g_print ("%s", _("Inputs:   "));
  for (guint i = 0; features[i] != NULL; i++)
    {
      /* By index: looking each name up again would be quadratic. */
      if (importances != NULL && importances[i] >= 0 && importances[i] <= 1)
        g_print ("%s %s %.0f%%", i > 0 ? "," : "", features[i], 100 * importances[i]);
      else
        g_print ("%s %s", i > 0 ? "," : "", features[i]);
    }
  g_print ("\n");
  g_print (_("Seed:      %s\n"), seed);
  if (golf_model_info_get_data_fingerprint (info) != NULL)
    g_print (_("Data:      %s\n"), golf_model_info_get_data_fingerprint (info));
  if (golf_model_info_get_app_version (info) != NULL)
    g_print (_("Golf Lab:  %s\n"), golf_model_info_get_app_version (info));
}

/* Whether @path is the active model's file itself, not a copy of it
 * elsewhere with the same version. */
static gboolean
is_active_model (Options    *options,
                 const char *path)
{
  g_autofree char *active = golf_distance_model_build_active_path (options->models_dir, options->target);
  GStatBuf a, b;

  return g_stat (path, &a) == 0 && g_stat (active, &b) == 0 &&
         a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* Translators: the target (carry or total, as --target takes it), then
 * the models folder. */
#define NO_MODEL_FORMAT N_("There is no %s model in %s yet; “golf-lab-cli train” makes one")

/* model-info [MODEL_FILE] [--json] */
static int
cmd_model_info (GolfCli  *cli,
                int       argc,
                char    **argv)
{
  g_auto(Options) options = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!parse_options (cli, &argc, &argv, NULL, &options, &status))
    return status;
  if (argc > 2)
    return golf_cli_usage_error (cli, _("model-info takes at most one MODEL_FILE"));

  path = argc == 2
         ? g_strdup (argv[1])
         : golf_distance_model_build_active_path (options.models_dir, options.target);

  info = golf_model_info_load_for_model (path, &error);
  if (info == NULL && error != NULL)
    return golf_cli_fail (error);
  if (info == NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    return golf_cli_failf (_("%s has no metadata (saved before metadata existed); train again to get it"),
                           path);
  if (info == NULL && argc == 2)
    return golf_cli_failf (_("There is no model file %s (and no metadata beside it)"), path);
  if (info == NULL)
    return golf_cli_failf (_(NO_MODEL_FORMAT), golf_model_target_to_string (options.target),
                           options.models_dir);

  if (cli->json)
    {
      g_autofree char *json = golf_model_info_to_data (info, TRUE);

      g_print ("%s\n", json);
      return 0;
    }

  print_info (&options, path, info, argc == 1 || is_active_model (&options, path));
  return EXIT_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* models, use-model */

static void
print_versions_json (Options    *options,
                     GPtrArray  *versions,
                     const char *active)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "target", golf_model_target_to_string (options->target));
  golf_json_add_string (builder, "active", active);
  golf_json_add_string (builder, "backend", golf_distance_model_get_backend_name ());
  golf_json_add_string (builder, "backend_reason", golf_distance_model_get_backend_reason ());
  json_builder_set_member_name (builder, "versions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < versions->len; i++)
    json_builder_add_value (builder, golf_model_info_to_json (g_ptr_array_index (versions, i)));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  golf_cli_print_json (builder);
}

static void
print_versions (Options    *options,
                GPtrArray  *versions,
                const char *active)
{
  g_autofree char *mae_header = g_strdup_printf (">MAE (%s)", distance_unit (options));
  /* Translators: MAE, the mean absolute error, is not translated. */
  g_autoptr(GolfCliTable) table = golf_cli_table_new ("", NC_("column", "VERSION"),
                                                      NC_("column", "TRAINED (UTC)"), NC_("column", "TYPE"),
                                                      NC_("column", ">SHOTS"), mae_header, NULL);

  for (guint i = 0; i < versions->len; i++)
    {
      GolfModelInfo *info = g_ptr_array_index (versions, i);
      GDateTime *trained_at = golf_model_info_get_trained_at (info);
      double mae = NAN;

      golf_model_info_lookup_metric (info, "mae", &mae);
      golf_cli_table_add (table, g_strcmp0 (active, golf_model_info_get_version (info)) == 0 ? "*" : " ");
      golf_cli_table_add (table, golf_model_info_get_version (info));
      golf_cli_table_take (table, trained_at != NULL ? g_date_time_format (trained_at, "%Y-%m-%d %H:%M:%S") : NULL);
      golf_cli_table_add (table, golf_model_info_get_model_type (info));
      golf_cli_table_add_count (table, golf_model_info_get_training_samples (info));
      golf_cli_table_add_number (table, distance_out (options, mae), 1);
    }
  golf_cli_table_print (table);
}

/* models [--json] */
static int
cmd_models (GolfCli  *cli,
            int       argc,
            char    **argv)
{
  g_auto(Options) options_storage = { 0 };
  Options *options = &options_storage;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *active = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!parse_options (cli, &argc, &argv, NULL, options, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("models takes no argument"));

  versions = golf_distance_model_list_versions (options->models_dir, options->target, &error);
  if (versions == NULL)
    return golf_cli_fail (error);
  active = golf_distance_model_dup_active_version (options->models_dir, options->target);

  if (options->cli->json)
    {
      print_versions_json (options, versions, active);
      return 0;
    }

  g_print (_(BACKEND_FORMAT), golf_distance_model_get_backend_name (),
           golf_distance_model_get_backend_reason ());
  if (versions->len == 0)
    {
      /* Translators: the target (carry or total), then the models folder. */
      g_print (_("No %s models yet in %s; run `golf-lab-cli train`\n"),
               golf_model_target_to_string (options->target), options->models_dir);
      return 0;
    }
  print_versions (options, versions, active);
  return 0;
}

/* use-model VERSION */
static int
cmd_use_model (GolfCli  *cli,
               int       argc,
               char    **argv)
{
  g_auto(Options) options = { 0 };
  g_autoptr(GError) error = NULL;
  int status;

  if (!parse_options (cli, &argc, &argv, NULL, &options, &status))
    return status;
  if (argc != 2)
    return golf_cli_usage_error (cli, _("use-model needs one VERSION (“golf-lab-cli models” lists them)"));

  if (!golf_distance_model_use_version (options.models_dir, options.target, argv[1], &error))
    return golf_cli_fail (error);

  /* Translators: the target (carry or total), then the version. */
  g_print (_("The %s model %s is active\n"), golf_model_target_to_string (options.target), argv[1]);
  return EXIT_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* predict */

static void
add_range (JsonBuilder *builder,
           const char  *name,
           double       low,
           double       high)
{
  json_builder_set_member_name (builder, name);
  if (!isfinite (low) || !isfinite (high))
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, low);
  json_builder_add_double_value (builder, high);
  json_builder_end_array (builder);
}

static void
print_prediction_json (Options              *options,
                       GolfDistanceModel    *model,
                       const GolfPrediction *p)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char * const *features = golf_distance_model_get_features (model);
  const double *importances = golf_distance_model_get_importances (model);
  GolfModelInfo *info = golf_distance_model_get_info (model);

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "target", golf_model_target_to_string (golf_distance_model_get_target (model)));
  golf_json_add_string (builder, "units", distance_unit (options));
  golf_json_add_number (builder, "value", distance_out (options, p->value));
  add_range (builder, "interval_80", distance_out (options, p->low80), distance_out (options, p->high80));
  add_range (builder, "interval_95", distance_out (options, p->low95), distance_out (options, p->high95));
  golf_json_add_number (builder, "confidence", p->confidence);
  json_builder_set_member_name (builder, "estimated");
  json_builder_begin_array (builder);
  for (guint i = 0; features[i] != NULL; i++)
    if (p->estimated & (1u << i))
      json_builder_add_string_value (builder, features[i]);
  json_builder_end_array (builder);
  golf_json_add_bool (builder, "extrapolated", p->extrapolated);
  json_builder_set_member_name (builder, "importance");
  json_builder_begin_object (builder);
  for (guint i = 0; importances != NULL && features[i] != NULL; i++)
    golf_json_add_number (builder, features[i], importances[i]);
  json_builder_end_object (builder);
  golf_json_add_string (builder, "model_version", info != NULL ? golf_model_info_get_version (info) : NULL);
  golf_json_add_string (builder, "model_type", golf_distance_model_get_model_type (model));
  json_builder_end_object (builder);
  golf_cli_print_json (builder);
}

static void
print_prediction (Options              *options,
                  GolfDistanceModel    *model,
                  const GolfPrediction *p)
{
  const char * const *features = golf_distance_model_get_features (model);
  const double *importances = golf_distance_model_get_importances (model);
  const char *unit = distance_unit (options);
  GolfModelInfo *info = golf_distance_model_get_info (model);

  if (golf_distance_model_get_target (model) == GOLF_MODEL_TARGET_TOTAL)
    g_print (_("Total: %.1f %s\n"), distance_out (options, p->value), unit);
  else
    g_print (_("Carry: %.1f %s\n"), distance_out (options, p->value), unit);
  if (plausible_range (p->low80, p->high80) && plausible_range (p->low95, p->high95))
    g_print (_("80%% range: %.1f to %.1f %s\n95%% range: %.1f to %.1f %s\n"),
             distance_out (options, p->low80), distance_out (options, p->high80), unit,
             distance_out (options, p->low95), distance_out (options, p->high95), unit);
  g_print (_("Confidence: %.0f%%"), 100 * p->confidence);
  if (p->estimated != 0)
    {
      g_autoptr(GStrvBuilder) estimated = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;
      g_autofree char *list = NULL;

      for (guint i = 0; features[i] != NULL; i++)
        if (p->estimated & (1u << i))
          g_strv_builder_add (estimated, features[i]);
      names = g_strv_builder_end (estimated);
      list = g_strjoinv (" ", names);
      /* Translators: the inputs the model filled in itself, by name
       * (launch_angle back_spin …). */
      g_print (_(" (estimated: %s)"), list);
    }
  if (p->extrapolated)
    g_print ("%s", _(" (outside the shots it was trained on)"));
  g_print ("\n");
  if (importances != NULL)
    {
      g_print ("%s", _("Importance:"));
      for (guint i = 0; features[i] != NULL; i++)
        if (importances[i] >= 0 && importances[i] <= 1)
          g_print ("%s %s %.0f%%", i > 0 ? "," : "", features[i], 100 * importances[i]);
        else
          g_print ("%s %s", i > 0 ? "," : "", features[i]);
      g_print ("\n");
    }
  /* Translators: the kind of model, then its version. */
  g_print (_("Model: %s %s\n"), golf_distance_model_get_model_type (model),
           info != NULL ? golf_model_info_get_version (info) : _("(no metadata)"));
}

/* The launch conditions of a prediction, as options; NAN when not given. */
typedef struct
{
  const char    *option;
  GolfShotField  field;
  double         value;
} LaunchInput;

/* 150, 335.5, -20000 */
static char *
format_limit (double      value,
              const char *suffix)
{
  return golf_cli_format_number (value, value == round (value) ? 0 : 1, suffix);
}

/* A value a launch monitor cannot measure is a usage error that names
 * the limits, in the user's units. */
static gboolean
check_input (GolfCli           *cli,
             const LaunchInput *input,
             double             stored,
             int               *exit_status)
{
  GolfUnit unit = golf_shot_field_get_unit (input->field);
  const char *suffix = input->field == GOLF_SHOT_FIELD_BACK_SPIN ? " rpm" : golf_cli_unit_suffix (cli, unit);
  double min, max;

  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (golf_shot_field_is_plausible (input->field, stored))
    return TRUE;
  golf_shot_field_get_limits (input->field, &min, &max);
  low = format_limit (golf_cli_display (cli, unit, min), NULL);
  high = format_limit (golf_cli_display (cli, unit, max), suffix);
  /* Translators: “--ball-speed 400 mph is outside what a launch monitor
   * measures (0 to 250 mph)” */
  *exit_status = golf_cli_usage_error (cli, _("--%s %g%s is outside what a launch monitor measures "
                                         "(%s to %s)"), input->option, input->value, suffix, low, high);
  return FALSE;
}

static GolfShot *
shot_from_inputs (GolfCli           *cli,
                  const LaunchInput *inputs,
                  guint              n_inputs,
                  int               *exit_status)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("prediction", NULL);

  for (guint i = 0; i < n_inputs; i++)
    {
      double si = inputs[i].value;

      if (isnan (si))
        continue;
      if (golf_shot_field_get_unit (inputs[i].field) == GOLF_UNIT_SPEED && cli->imperial)
        si *= MPH_TO_MS;
      if (!check_input (cli, &inputs[i], si, exit_status))
        return NULL;
      golf_shot_set (shot, inputs[i].field, si);
    }
  return g_steal_pointer (&shot);
}

/* A model file changed since training is refused; say how to use it
 * anyway when that is all that is wrong. */
static int
fail_load (Options    *options,
           const char *path,
           GError     *error)
{
  g_autoptr(GolfDistanceModel) accepted = NULL;

  if (!g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT))
    return golf_cli_fail (error);

  /* Accepting a changed file is the one thing that turns a refusal into a
   * model; a damaged file fails its checksum too, and stays refused. The
   * trial's warnings are not the user's. */
  golf_cli_mute_warnings (TRUE);
  accepted = golf_distance_model_load_with_flags (path, options->models_dir,
                                                  GOLF_MODEL_LOAD_ACCEPT_MODIFIED, NULL);
  golf_cli_mute_warnings (FALSE);
  if (accepted == NULL)
    return golf_cli_fail (error);

  return golf_cli_failf (_("%s: “golf-lab-cli predict --accept-modified-model” uses it as it is"),
                         error->message);
}

/* predict --ball-speed SPEED [...] [--units U] [--json] */
static int
cmd_predict (GolfCli  *cli,
             int       argc,
             char    **argv)
{
  g_auto(Options) options = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  gboolean accept_modified = FALSE;
  GolfPrediction prediction;
  LaunchInput in[] = {
    { "ball-speed", GOLF_SHOT_FIELD_BALL_SPEED, NAN },
    { "launch-angle", GOLF_SHOT_FIELD_LAUNCH_ANGLE, NAN },
    { "back-spin", GOLF_SHOT_FIELD_BACK_SPIN, NAN },
    { "club-speed", GOLF_SHOT_FIELD_CLUB_SPEED, NAN },
    { "attack-angle", GOLF_SHOT_FIELD_ATTACK_ANGLE, NAN },
    { "dynamic-loft", GOLF_SHOT_FIELD_DYNAMIC_LOFT, NAN },
  };
  const GOptionEntry launch[] = {
    { "ball-speed", 0, 0, G_OPTION_ARG_DOUBLE, &in[0].value, N_("Ball speed (mph, or m/s with --units si)"), "SPEED" },
    { "launch-angle", 0, 0, G_OPTION_ARG_DOUBLE, &in[1].value, N_("Launch angle"), "DEG" },
    { "back-spin", 0, 0, G_OPTION_ARG_DOUBLE, &in[2].value, N_("Back spin"), "RPM" },
    { "club-speed", 0, 0, G_OPTION_ARG_DOUBLE, &in[3].value, N_("Club speed"), "SPEED" },
    { "attack-angle", 0, 0, G_OPTION_ARG_DOUBLE, &in[4].value, N_("Attack angle"), "DEG" },
    { "dynamic-loft", 0, 0, G_OPTION_ARG_DOUBLE, &in[5].value, N_("Dynamic loft"), "DEG" },
    { "accept-modified-model", 0, 0, G_OPTION_ARG_NONE, &accept_modified,
      N_("Use the model even though its file was changed after training"), NULL },
    { NULL }
  };
  int status;

  if (!parse_options (cli, &argc, &argv, launch, &options, &status))
    return status;
  if (argc != 1)
    return golf_cli_usage_error (cli, _("predict takes options only, e.g. --ball-speed 150"));
  if (!(in[0].value > 0))
    return golf_cli_usage_error (cli, _("predict needs --ball-speed, a positive number (%s)"),
                                 golf_cli_speed_unit (cli));
  if ((shot = shot_from_inputs (cli, in, G_N_ELEMENTS (in), &status)) == NULL)
    return status;

  path = golf_distance_model_build_active_path (options.models_dir, options.target);
  model = golf_distance_model_load_with_flags (path, options.models_dir,
                                               accept_modified ? GOLF_MODEL_LOAD_ACCEPT_MODIFIED
                                                               : GOLF_MODEL_LOAD_NONE,
                                               &error);
  if (g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND))
    return golf_cli_failf (_(NO_MODEL_FORMAT), golf_model_target_to_string (options.target),
                           options.models_dir);
  if (model == NULL)
    return fail_load (&options, path, error);

  if (!golf_distance_model_predict (model, shot, &prediction, &error))
    return golf_cli_fail (error);

  if (cli->json)
    print_prediction_json (&options, model, &prediction);
  else
    print_prediction (&options, model, &prediction);

  return EXIT_SUCCESS;
}

const GolfCliCommand golf_cli_model_commands[] = {
  { "train", "[--target carry|total] [--seed N] [--models-dir DIR] [--json]",
    N_("Train a carry (or total) distance model on your shots"),
    GOLF_CLI_STORE | GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_train },
  { "model-info", "[MODEL_FILE] [--json] [--target carry|total] [--models-dir DIR]",
    N_("What a model is, read from its metadata without loading it"),
    GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_model_info },
  { "models", "[--json] [--target carry|total] [--models-dir DIR]",
    N_("List the model versions; * marks the active one"),
    GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_models },
  { "use-model", "VERSION [--target carry|total] [--models-dir DIR]",
    N_("Make an earlier version the active model again"),
    0, cmd_use_model },
  { "predict", "--ball-speed SPEED [--launch-angle DEG] [--back-spin RPM] [--club-speed SPEED]\n"
    "        [--attack-angle DEG] [--dynamic-loft DEG] [--accept-modified-model] [--units U] [--json]",
    N_("Predict the carry of a shot with its likely range"),
    GOLF_CLI_JSON | GOLF_CLI_UNITS, cmd_predict },
  { NULL }
};
