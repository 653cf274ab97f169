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
#include <json-glib/json-glib.h>

#include "golf-cli-model.h"
#include "golf-cli-util.h"
#include "golf-distance-model.h"
#include "golf-model-info.h"
#include "golf-shot.h"
#include "golf-store.h"

#define MPH_TO_MS 0.44704
#define M_TO_YD   (1.0 / 0.9144)

#define EXIT_USAGE 2

typedef struct
{
  char     *models_dir;
  char     *target_name;
  char     *units;
  gboolean  json;
  double    ball_speed;
  double    launch_angle;
  double    back_spin;
  double    club_speed;
  double    attack_angle;
  double    dynamic_loft;
  GStrv     rest;

  GolfModelTarget target;
  gboolean        imperial;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->models_dir);
  g_free (options->target_name);
  g_free (options->units);
  g_strfreev (options->rest);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static const char * const commands[] = { "train", "model-info", "models", "use-model", "predict", NULL };

/**
 * golf_cli_model_handles:
 * @command: a command name
 *
 * Returns: whether @command is one of the model commands
 */
gboolean
golf_cli_model_handles (const char *command)
{
  return command != NULL && g_strv_contains (commands, command);
}

static gboolean
parse_options (const char  *command,
               int          argc,
               char       **argv,
               Options     *options,
               GError     **error)
{
  GOptionEntry common[] = {
    { "models-dir", 0, 0, G_OPTION_ARG_FILENAME, &options->models_dir,
      "Models folder (default: golf-lab/models in the user data directory)", "DIR" },
    { "target", 0, 0, G_OPTION_ARG_STRING, &options->target_name, "carry (default) or total", "TARGET" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json, "Print JSON", NULL },
    { "units", 0, 0, G_OPTION_ARG_STRING, &options->units,
      "imperial (mph, yards; default) or si (m/s, metres)", "UNITS" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->rest, NULL, NULL },
    { NULL }
  };
  GOptionEntry launch[] = {
    { "ball-speed", 0, 0, G_OPTION_ARG_DOUBLE, &options->ball_speed, "Ball speed", "SPEED" },
    { "launch-angle", 0, 0, G_OPTION_ARG_DOUBLE, &options->launch_angle, "Launch angle", "DEG" },
    { "back-spin", 0, 0, G_OPTION_ARG_DOUBLE, &options->back_spin, "Back spin", "RPM" },
    { "club-speed", 0, 0, G_OPTION_ARG_DOUBLE, &options->club_speed, "Club speed", "SPEED" },
    { "attack-angle", 0, 0, G_OPTION_ARG_DOUBLE, &options->attack_angle, "Attack angle", "DEG" },
    { "dynamic-loft", 0, 0, G_OPTION_ARG_DOUBLE, &options->dynamic_loft, "Dynamic loft", "DEG" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char **args = g_new0 (char *, argc + 1);

  options->ball_speed = options->launch_angle = options->back_spin = NAN;
  options->club_speed = options->attack_angle = options->dynamic_loft = NAN;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, common, NULL);
  if (g_strcmp0 (command, "predict") == 0)
    g_option_context_add_main_entries (context, launch, NULL);

  /* GOptionContext rearranges the array it is given, not argv itself. */
  memcpy (args, argv, sizeof (char *) * argc);
  if (!g_option_context_parse (context, &argc, &args, error))
    return FALSE;

  if (options->target_name == NULL)
    options->target = GOLF_MODEL_TARGET_CARRY;
  else if (!golf_model_target_from_string (options->target_name, &options->target))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--target must be carry or total, not “%s”", options->target_name);
      return FALSE;
    }

  if (options->units == NULL || g_str_equal (options->units, "imperial"))
    options->imperial = TRUE;
  else if (!g_str_equal (options->units, "si"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--units must be imperial or si, not “%s”", options->units);
      return FALSE;
    }

  if (options->models_dir == NULL)
    options->models_dir = golf_distance_model_dup_default_models_dir ();
  return TRUE;
}

static guint
n_rest (Options *options)
{
  return options->rest != NULL ? g_strv_length (options->rest) : 0;
}

static double
distance_out (Options *options,
              double   metres)
{
  return options->imperial ? metres * M_TO_YD : metres;
}

static const char *
distance_unit (Options *options)
{
  return options->imperial ? "yd" : "m";
}

static int
fail (GError *error)
{
  g_printerr ("golf-lab-cli: %s\n", error->message);
  return 1;
}

static void
print_backend (void)
{
  g_printerr ("Backend: %s (%s)\n", golf_distance_model_get_backend_name (),
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

static int
run_train (const char *db_path,
           Options    *options)
{
  g_autoptr(GolfStore) store = NULL;
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  g_autofree char *json = NULL;
  GolfTrainParams params;
  TrainRun run = { 0 };
  guint sigint;

  if (n_rest (options) > 0)
    {
      g_printerr ("golf-lab-cli: train takes no file argument\n");
      return EXIT_USAGE;
    }

  if ((store = golf_store_new (db_path, &error)) == NULL ||
      (shots = golf_store_dup_all_shots (store, &error)) == NULL)
    return fail (error);

  golf_train_params_init (&params);
  params.target = options->target;
  print_backend ();

  run.loop = g_main_loop_new (NULL, FALSE);
  run.tty = isatty (STDERR_FILENO);
  sigint = g_unix_signal_add (SIGINT, on_interrupt_cb, cancellable);
  golf_distance_model_train_async (shots, &params, cancellable, on_train_progress_cb, &run, NULL,
                                   on_trained_cb, &run);
  g_main_loop_run (run.loop);
  g_source_remove (sigint);
  g_main_loop_unref (run.loop);
  if (run.tty)
    g_printerr ("\n");

  if (run.model == NULL)
    {
      int status = g_error_matches (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ? 130 : fail (run.error);

      if (status == 130)
        g_printerr ("golf-lab-cli: training cancelled; the active model is unchanged\n");
      g_clear_error (&run.error);
      return status;
    }

  version = golf_distance_model_publish (run.model, options->models_dir, &error);
  if (version == NULL)
    {
      g_object_unref (run.model);
      fail (error);
      if (g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED))
        g_printerr ("golf-lab-cli: --models-dir DIR saves models in another folder\n");
      return 1;
    }

  g_printerr ("Saved %s model %s in %s\n", golf_model_target_to_string (options->target),
              version, options->models_dir);
  json = golf_model_info_to_data (golf_distance_model_get_info (run.model), TRUE);
  g_print ("%s\n", json);
  g_object_unref (run.model);
  return 0;
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

  if (!golf_model_info_lookup_metric (info, name, &value))
    return;
  if (distance)
    g_print ("%s %.1f %s", label, distance_out (options, value), distance_unit (options));
  else
    g_print ("%s %.3f", label, value);
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
  gint64 test_samples = -1, test_sessions = -1, cv_folds = 0;
  const char *method = NULL;
  double lo, hi;

  if (split != NULL)
    {
      g_variant_lookup (split, "test_samples", "x", &test_samples);
      g_variant_lookup (split, "test_sessions", "x", &test_sessions);
      g_variant_lookup (split, "cv_folds", "x", &cv_folds);
      g_variant_lookup (split, "method", "&s", &method);
    }

  g_print ("Model:     %s\n", path);
  g_print ("Version:   %s%s\n", golf_model_info_get_version (info), active ? " (active)" : "");
  g_print ("Type:      %s (%s)\n", golf_model_info_get_model_type (info),
           golf_model_info_get_backend_version (info));
  g_print ("Target:    %s\n", golf_model_info_get_target (info));
  if (trained_at != NULL)
    {
      g_autofree char *when = g_date_time_format (trained_at, "%Y-%m-%d %H:%M:%S UTC");

      g_print ("Trained:   %s\n", when);
    }
  g_print ("Shots:     %u trained on", golf_model_info_get_training_samples (info));
  if (test_samples >= 0 && g_strcmp0 (method, "sessions") == 0)
    g_print (", %" G_GINT64_FORMAT " held out in %" G_GINT64_FORMAT " whole session%s",
             test_samples, test_sessions, test_sessions == 1 ? "" : "s");
  else if (test_samples >= 0)
    g_print (", %" G_GINT64_FORMAT " held out at random (%s)", test_samples, method);
  g_print ("\nAccuracy: ");
  print_metric (options, info, " MAE", "mae", TRUE);
  print_metric (options, info, ", RMSE", "rmse", TRUE);
  print_metric (options, info, ", R2", "r2", FALSE);
  print_metric (options, info, ", CV MAE", "cv_mae", TRUE);
  if (cv_folds > 0)
    g_print (" (%" G_GINT64_FORMAT " folds by session)", cv_folds);
  g_print ("\n");
  if (golf_model_info_get_interval (info, 80, &lo, &hi))
    {
      g_print ("Range:     80%% %+.1f/%+.1f %s", distance_out (options, lo), distance_out (options, hi),
               distance_unit (options));
      if (golf_model_info_get_interval (info, 95, &lo, &hi))
        g_print (", 95%% %+.1f/%+.1f %s", distance_out (options, lo), distance_out (options, hi),
                 distance_unit (options));
      g_print ("\n");
    }
  g_print ("Inputs:   ");
  for (guint i = 0; features[i] != NULL; i++)
    {
      if (golf_model_info_get_importances (info) != NULL)
        g_print ("%s %s %.0f%%", i > 0 ? "," : "", features[i],
                 100 * golf_model_info_get_importance (info, features[i]));
      else
        g_print ("%s %s", i > 0 ? "," : "", features[i]);
    }
  g_print ("\n");
  g_print ("Seed:      %" G_GUINT64_FORMAT "\n", golf_model_info_get_seed (info));
  if (golf_model_info_get_data_fingerprint (info) != NULL)
    g_print ("Data:      %s\n", golf_model_info_get_data_fingerprint (info));
  if (golf_model_info_get_app_version (info) != NULL)
    g_print ("Golf Lab:  %s\n", golf_model_info_get_app_version (info));
}

static int
run_model_info (Options *options)
{
  g_autofree char *path = NULL;
  g_autofree char *active_version = NULL;
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  if (n_rest (options) > 1)
    {
      g_printerr ("golf-lab-cli: model-info takes at most one MODEL_FILE\n");
      return EXIT_USAGE;
    }
  path = n_rest (options) == 1
         ? g_strdup (options->rest[0])
         : golf_distance_model_build_active_path (options->models_dir, options->target);

  info = golf_model_info_load_for_model (path, &error);
  if (info == NULL && error != NULL)
    return fail (error);
  if (info == NULL)
    {
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        g_printerr ("golf-lab-cli: %s has no metadata (saved before metadata existed); "
                    "train again to get it\n", path);
      else
        g_printerr ("golf-lab-cli: no %s model in %s; run `golf-lab-cli train` first\n",
                    golf_model_target_to_string (options->target), options->models_dir);
      return 1;
    }

  if (options->json)
    {
      g_autofree char *json = golf_model_info_to_data (info, TRUE);

      g_print ("%s\n", json);
      return 0;
    }

  active_version = golf_distance_model_dup_active_version (options->models_dir, options->target);
  print_info (options, path, info,
              n_rest (options) == 0 || g_strcmp0 (active_version, golf_model_info_get_version (info)) == 0);
  return 0;
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
  json_builder_set_member_name (builder, "target");
  json_builder_add_string_value (builder, golf_model_target_to_string (options->target));
  json_builder_set_member_name (builder, "active");
  if (active != NULL)
    json_builder_add_string_value (builder, active);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "backend");
  json_builder_add_string_value (builder, golf_distance_model_get_backend_name ());
  json_builder_set_member_name (builder, "backend_reason");
  json_builder_add_string_value (builder, golf_distance_model_get_backend_reason ());
  json_builder_set_member_name (builder, "versions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < versions->len; i++)
    {
      g_autofree char *info_json = golf_model_info_to_data (g_ptr_array_index (versions, i), FALSE);

      json_builder_add_value (builder, json_from_string (info_json, NULL));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  golf_cli_print_json (builder);
}

static int
run_models (Options *options)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *active = NULL;
  g_autoptr(GError) error = NULL;

  if (n_rest (options) > 0)
    {
      g_printerr ("golf-lab-cli: models takes no argument\n");
      return EXIT_USAGE;
    }

  versions = golf_distance_model_list_versions (options->models_dir, options->target, &error);
  if (versions == NULL)
    return fail (error);
  active = golf_distance_model_dup_active_version (options->models_dir, options->target);

  if (options->json)
    {
      print_versions_json (options, versions, active);
      return 0;
    }

  g_print ("Backend: %s (%s)\n", golf_distance_model_get_backend_name (),
           golf_distance_model_get_backend_reason ());
  if (versions->len == 0)
    {
      g_print ("No %s models yet in %s; run `golf-lab-cli train`\n",
               golf_model_target_to_string (options->target), options->models_dir);
      return 0;
    }
  g_print ("  %-9s %-20s %-8s %7s  %s\n", "VERSION", "TRAINED (UTC)", "TYPE", "SHOTS", "MAE");
  for (guint i = 0; i < versions->len; i++)
    {
      GolfModelInfo *info = g_ptr_array_index (versions, i);
      GDateTime *trained_at = golf_model_info_get_trained_at (info);
      g_autofree char *when = trained_at != NULL ? g_date_time_format (trained_at, "%Y-%m-%d %H:%M:%S") : NULL;
      double mae = NAN;

      golf_model_info_lookup_metric (info, "mae", &mae);
      g_print ("%s %-9s %-20s %-8s %7u  %.1f %s\n",
               g_strcmp0 (active, golf_model_info_get_version (info)) == 0 ? "*" : " ",
               golf_model_info_get_version (info), when != NULL ? when : "?",
               golf_model_info_get_model_type (info), golf_model_info_get_training_samples (info),
               distance_out (options, mae), distance_unit (options));
    }
  return 0;
}

static int
run_use_model (Options *options)
{
  g_autoptr(GError) error = NULL;

  if (n_rest (options) != 1)
    {
      g_printerr ("golf-lab-cli: use-model needs exactly one VERSION (see `golf-lab-cli models`)\n");
      return EXIT_USAGE;
    }
  if (!golf_distance_model_use_version (options->models_dir, options->target, options->rest[0], &error))
    return fail (error);
  g_print ("The %s model %s is active\n", golf_model_target_to_string (options->target), options->rest[0]);
  return 0;
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
  json_builder_set_member_name (builder, "target");
  json_builder_add_string_value (builder, golf_model_target_to_string (golf_distance_model_get_target (model)));
  json_builder_set_member_name (builder, "units");
  json_builder_add_string_value (builder, distance_unit (options));
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, distance_out (options, p->value));
  add_range (builder, "interval_80", distance_out (options, p->low80), distance_out (options, p->high80));
  add_range (builder, "interval_95", distance_out (options, p->low95), distance_out (options, p->high95));
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, p->confidence);
  json_builder_set_member_name (builder, "estimated");
  json_builder_begin_array (builder);
  for (guint i = 0; features[i] != NULL; i++)
    if (p->estimated & (1u << i))
      json_builder_add_string_value (builder, features[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "extrapolated");
  json_builder_add_boolean_value (builder, p->extrapolated);
  json_builder_set_member_name (builder, "importance");
  json_builder_begin_object (builder);
  for (guint i = 0; importances != NULL && features[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, features[i]);
      json_builder_add_double_value (builder, importances[i]);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "model_version");
  if (info != NULL)
    json_builder_add_string_value (builder, golf_model_info_get_version (info));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "model_type");
  json_builder_add_string_value (builder, golf_distance_model_get_model_type (model));
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

  g_print ("%s: %.1f %s\n", golf_distance_model_get_target (model) == GOLF_MODEL_TARGET_TOTAL ? "Total" : "Carry",
           distance_out (options, p->value), unit);
  if (isfinite (p->low80))
    g_print ("80%% range: %.1f to %.1f %s\n95%% range: %.1f to %.1f %s\n",
             distance_out (options, p->low80), distance_out (options, p->high80), unit,
             distance_out (options, p->low95), distance_out (options, p->high95), unit);
  g_print ("Confidence: %.0f%%", 100 * p->confidence);
  if (p->estimated != 0)
    {
      g_print (" (estimated:");
      for (guint i = 0; features[i] != NULL; i++)
        if (p->estimated & (1u << i))
          g_print (" %s", features[i]);
      g_print (")");
    }
  if (p->extrapolated)
    g_print (" (outside the shots it was trained on)");
  g_print ("\n");
  if (importances != NULL)
    {
      g_print ("Importance:");
      for (guint i = 0; features[i] != NULL; i++)
        g_print ("%s %s %.0f%%", i > 0 ? "," : "", features[i], 100 * importances[i]);
      g_print ("\n");
    }
  g_print ("Model: %s %s\n", golf_distance_model_get_model_type (model),
           info != NULL ? golf_model_info_get_version (info) : "(no metadata)");
}

static int
run_predict (Options *options)
{
  g_autofree char *path = NULL;
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  double speed = options->imperial ? MPH_TO_MS : 1.0;
  GolfPrediction prediction;

  if (n_rest (options) > 0)
    {
      g_printerr ("golf-lab-cli: predict takes options only, e.g. --ball-speed 150\n");
      return EXIT_USAGE;
    }
  if (!(options->ball_speed > 0))
    {
      g_printerr ("golf-lab-cli: predict needs --ball-speed (%s)\n", options->imperial ? "mph" : "m/s");
      return EXIT_USAGE;
    }

  path = golf_distance_model_build_active_path (options->models_dir, options->target);
  model = golf_distance_model_load (path, options->models_dir, &error);
  if (model == NULL)
    {
      if (g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND))
        g_printerr ("golf-lab-cli: no %s model in %s; run `golf-lab-cli train` first\n",
                    golf_model_target_to_string (options->target), options->models_dir);
      else
        fail (error);
      return 1;
    }

  shot = golf_shot_new ("prediction", NULL);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, options->ball_speed * speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, options->launch_angle);
  golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, options->back_spin);
  golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, options->club_speed * speed);
  golf_shot_set (shot, GOLF_SHOT_FIELD_ATTACK_ANGLE, options->attack_angle);
  golf_shot_set (shot, GOLF_SHOT_FIELD_DYNAMIC_LOFT, options->dynamic_loft);

  if (!golf_distance_model_predict (model, shot, &prediction, &error))
    return fail (error);

  if (options->json)
    print_prediction_json (options, model, &prediction);
  else
    print_prediction (options, model, &prediction);
  return 0;
}

/**
 * golf_cli_model_run:
 * @db_path: the database (used by `train`)
 * @argc: number of arguments
 * @argv: the command name then its arguments
 *
 * Runs one model command.
 *
 * Returns: the process exit status
 */
int
golf_cli_model_run (const char  *db_path,
                    int          argc,
                    char       **argv)
{
  g_auto(Options) options = { 0 };
  g_autoptr(GError) error = NULL;
  const char *command;

  g_return_val_if_fail (argc >= 1 && argv != NULL, EXIT_USAGE);

  command = argv[0];
  if (!parse_options (command, argc, argv, &options, &error))
    {
      g_printerr ("golf-lab-cli %s: %s\nUsage:\n%s", command, error->message, GOLF_CLI_MODEL_USAGE);
      return EXIT_USAGE;
    }

  if (g_str_equal (command, "train"))
    return run_train (db_path, &options);
  if (g_str_equal (command, "model-info"))
    return run_model_info (&options);
  if (g_str_equal (command, "models"))
    return run_models (&options);
  if (g_str_equal (command, "use-model"))
    return run_use_model (&options);
  if (g_str_equal (command, "predict"))
    return run_predict (&options);

  g_printerr ("golf-lab-cli: unknown model command “%s”\n", command);
  return EXIT_USAGE;
}
