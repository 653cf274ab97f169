/* golf-model-page.c
 *
 * The carry model of the database on show. What the active model is comes
 * from its metadata sidecar alone (GolfModelInfo): the model itself is
 * never loaded to say so. Below it every version trained on this
 * database, any of which can become the active one again; training
 * (golf-model-page-train.c) and predictions (golf-model-page-predict.c).
 *
 * Models belong to the database they were trained on: they live in the
 * models folder beside it (golf_distance_model_dup_models_dir_for_store),
 * as golf-lab-cli keeps them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-model-page-private.h"
#include "golf-shape-list.h"

G_DEFINE_FINAL_TYPE (GolfModelPage, golf_model_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_UNITS,
  PROP_INFO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * _golf_model_page_method_words:
 * @model_type: a model's type, as its metadata names it
 *
 * Returns: (transfer none): the learning method in words a golfer can read
 */
const char *
_golf_model_page_method_words (const char *model_type)
{
  if (g_strcmp0 (model_type, "xgboost") == 0)
    return _("Gradient-boosted trees (XGBoost)");
  if (g_strcmp0 (model_type, "ridge") == 0)
    return _("Ridge regression (built in)");

  return model_type != NULL ? model_type : GOLF_FORMAT_MISSING;
}

/* "Ball speed" for "ball_speed", translated. */
static const char *
feature_words (const char *feature)
{
  static const struct { const char *name; const char *words; } features[] = {
    { "ball_speed", N_("Ball speed") },
    { "launch_angle", N_("Launch angle") },
    { "back_spin", N_("Back spin") },
    { "club_speed", N_("Club speed") },
    { "attack_angle", N_("Attack angle") },
    { "dynamic_loft", N_("Dynamic loft") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (features); i++)
    if (g_strcmp0 (features[i].name, feature) == 0)
      return _(features[i].words);

  return feature;
}

static char *
format_trained_at (GolfModelInfo *info)
{
  GDateTime *trained_at = golf_model_info_get_trained_at (info);
  g_autoptr(GDateTime) local = NULL;

  if (trained_at == NULL)
    return g_strdup (GOLF_FORMAT_MISSING);

  local = g_date_time_to_local (trained_at);
  /* Translators: when a model was trained, see the GLib docs of
   * g_date_time_format(): "24 November 2026, 14:03" */
  /* xgettext:no-c-format */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static char *
format_typical_error (GolfModelPage *self,
                      GolfModelInfo *info)
{
  double mae;

  if (!golf_model_info_lookup_metric (info, "mae", &mae))
    return g_strdup (GOLF_FORMAT_MISSING);

  return golf_format_value_with_unit (GOLF_UNIT_DISTANCE, mae, self->units);
}

static char *
format_range (GolfModelPage *self,
              GolfModelInfo *info)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  double from, to;

  if (!golf_model_info_get_interval (info, 80, &from, &to))
    return g_strdup (GOLF_FORMAT_MISSING);

  low = golf_format_signed (golf_units_to_display (self->units, GOLF_UNIT_DISTANCE, from), 1);
  high = golf_format_signed (golf_units_to_display (self->units, GOLF_UNIT_DISTANCE, to), 1);

  /* Translators: the 80% range of carries around a prediction:
   * "−4.4 to +4.9 yd" */
  return g_strdup_printf (_("%s to %s %s"), low, high,
                          golf_format_unit_symbol (GOLF_UNIT_DISTANCE, self->units));
}

static void
show_features (GolfModelPage *self,
               GolfModelInfo *info)
{
  const char * const *features = info != NULL ? golf_model_info_get_features (info) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->features_grid))) != NULL)
    gtk_grid_remove (self->features_grid, child);

  for (guint i = 0; features != NULL && features[i] != NULL; i++)
    {
      double share = golf_model_info_get_importance (info, features[i]);
      g_autofree char *number = golf_format_number (100 * share, 0);
      g_autofree char *percent = g_strdup_printf (_("%s %%"), number);
      GtkWidget *name = gtk_label_new (feature_words (features[i]));
      GtkWidget *bar = golf_share_bar_new ();
      GtkWidget *value = gtk_label_new (percent);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), isfinite (share) ? CLAMP (share, 0, 1) : 0);
      gtk_widget_set_hexpand (bar, TRUE);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_widget_add_css_class (value, "numeric");
      gtk_grid_attach (self->features_grid, name, 0, i, 1, 1);
      gtk_grid_attach (self->features_grid, bar, 1, i, 1, 1);
      gtk_grid_attach (self->features_grid, value, 2, i, 1, 1);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->features_group), features != NULL && features[0] != NULL);
}

static void
show_info (GolfModelPage *self)
{
  GolfModelInfo *info = self->info;
  GtkWidget *rows[] = {
    self->version_row, self->trained_row, self->samples_row,
    self->error_row, self->range_row, self->method_row,
  };
  g_autofree char *trained = NULL;
  g_autofree char *samples = NULL;
  g_autofree char *typical = NULL;
  g_autofree char *range = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_set_visible (rows[i], info != NULL);
  show_features (self, info);

  if (info == NULL)
    {
      adw_preferences_group_set_description (self->model_group,
                                             _("No carry model has been trained on this database yet. "
                                               "Train one below: it learns how far your shots carry "
                                               "from how you launch them."));
      return;
    }

  adw_preferences_group_set_description (self->model_group, NULL);
  trained = format_trained_at (info);
  samples = golf_format_shot_count (golf_model_info_get_training_samples (info));
  typical = format_typical_error (self, info);
  range = format_range (self, info);

  gtk_label_set_text (self->version_label, golf_model_info_get_version (info));
  gtk_label_set_text (self->trained_label, trained);
  gtk_label_set_text (self->samples_label, samples);
  gtk_label_set_text (self->error_label, typical);
  gtk_label_set_text (self->range_label, range);
  gtk_label_set_text (self->method_label, _golf_model_page_method_words (golf_model_info_get_model_type (info)));
}

/* Versions */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GolfModelInfo *x = *(GolfModelInfo **) a;
  GolfModelInfo *y = *(GolfModelInfo **) b;

  return golf_model_version_compare (golf_model_info_get_version (y), golf_model_info_get_version (x));
}

static GtkWidget *
make_version_row (GolfModelPage *self,
                  GolfModelInfo *info,
                  gboolean       active)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *trained = format_trained_at (info);
  g_autofree char *samples = golf_format_shot_count (golf_model_info_get_training_samples (info));
  g_autofree char *typical = format_typical_error (self, info);
  g_autofree char *subtitle = NULL;
  GtkWidget *suffix;

  /* Translators: a model version: when it was trained, on how many shots,
   * its typical error: "24 November 2026, 14:03 · 480 shots · ± 3.3 yd" */
  subtitle = g_strdup_printf (_("%s · %s · ± %s"), trained, samples, typical);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), golf_model_info_get_version (info));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (active)
    {
      suffix = gtk_label_new (_("Active"));
      gtk_widget_add_css_class (suffix, "accent");
    }
  else
    {
      suffix = gtk_button_new_with_mnemonic (_("_Use This Version"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (suffix), "model.use-version");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (suffix), "s", golf_model_info_get_version (info));
    }
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);

  return row;
}

static void
show_versions (GolfModelPage *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  const char *active = self->info != NULL ? golf_model_info_get_version (self->info) : NULL;

  for (guint i = 0; i < self->version_rows->len; i++)
    adw_preferences_group_remove (self->versions_group, self->version_rows->pdata[i]);
  g_ptr_array_set_size (self->version_rows, 0);

  if (self->models_dir != NULL)
    versions = golf_distance_model_list_versions (self->models_dir, GOLF_MODEL_TARGET_CARRY, &error);
  if (error != NULL)
    g_warning ("Cannot list the model versions: %s", error->message);

  gtk_widget_set_visible (GTK_WIDGET (self->versions_group), versions != NULL && versions->len > 0);
  if (versions == NULL)
    return;

  g_ptr_array_sort (versions, compare_newest_first);
  for (guint i = 0; i < versions->len; i++)
    {
      GolfModelInfo *info = versions->pdata[i];
      GtkWidget *row = make_version_row (self, info, g_strcmp0 (golf_model_info_get_version (info), active) == 0);

      adw_preferences_group_add (self->versions_group, row);
      g_ptr_array_add (self->version_rows, row);
    }
}

/**
 * golf_model_page_reload:
 * @self: a #GolfModelPage
 *
 * Reads the active model's metadata and the versions again, as after a
 * training or from golf-lab-cli.
 */
void
golf_model_page_reload (GolfModelPage *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GOLF_IS_MODEL_PAGE (self));

  g_clear_object (&self->info);
  if (self->models_dir != NULL)
    {
      path = golf_distance_model_build_active_path (self->models_dir, GOLF_MODEL_TARGET_CARRY);
      self->info = golf_model_info_load_for_model (path, &error);
      if (self->info == NULL && error != NULL && !g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND))
        _golf_model_page_show_message (self, error->message, TRUE);
    }

  /* A model loaded for predictions may not be the active one any more. */
  if (self->model != NULL &&
      (self->info == NULL ||
       g_strcmp0 (golf_model_info_get_version (golf_distance_model_get_info (self->model)),
                  golf_model_info_get_version (self->info)) != 0))
    g_clear_object (&self->model);

  show_info (self);
  show_versions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INFO]);
}

static void
use_version_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GolfModelPage *self = GOLF_MODEL_PAGE (widget);
  const char *version = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!golf_distance_model_use_version (self->models_dir, GOLF_MODEL_TARGET_CARRY, version, &error))
    {
      _golf_model_page_show_message (self, error->message, TRUE);
      return;
    }

  golf_model_page_reload (self);
  /* Translators: after "Use This Version" */
  message = g_strdup_printf (_("Version %s is the active model again."), version);
  _golf_model_page_show_message (self, message, FALSE);
}

/**
 * _golf_model_page_show_message:
 * @self: a #GolfModelPage
 * @message: what happened, in words; %NULL hides the message
 * @is_error: whether it went wrong
 */
void
_golf_model_page_show_message (GolfModelPage *self,
                               const char    *message,
                               gboolean       is_error)
{
  gtk_label_set_text (self->train_message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->train_message_label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->train_message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->train_message_label), "error");
}

static void
golf_model_page_dispose (GObject *object)
{
  GolfModelPage *self = (GolfModelPage *)object;
  GtkWidget *child;

  _golf_model_page_stop (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_MODEL_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->version_rows, g_ptr_array_unref);
  g_clear_object (&self->info);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (golf_model_page_parent_class)->dispose (object);
}

static void
golf_model_page_finalize (GObject *object)
{
  GolfModelPage *self = (GolfModelPage *)object;

  g_free (self->models_dir);

  G_OBJECT_CLASS (golf_model_page_parent_class)->finalize (object);
}

static void
golf_model_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GolfModelPage *self = GOLF_MODEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_UNITS:
      g_value_set_uint (value, golf_model_page_get_units (self));
      break;
    case PROP_INFO:
      g_value_set_object (value, golf_model_page_get_info (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_model_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GolfModelPage *self = GOLF_MODEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_UNITS:
      golf_model_page_set_units (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_model_page_class_init (GolfModelPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_model_page_dispose;
  object_class->finalize = golf_model_page_finalize;
  object_class->get_property = golf_model_page_get_property;
  object_class->set_property = golf_model_page_set_property;

  /**
   * GolfModelPage:units:
   *
   * The units distances and speeds show in (a #GolfUnits).
   */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL, 0, G_MAXUINT, GOLF_UNITS_IMPERIAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfModelPage:info:
   *
   * The active model's metadata, %NULL when the database has none.
   */
  properties[PROP_INFO] =
    g_param_spec_object ("info", NULL, NULL, GOLF_TYPE_MODEL_INFO,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-model-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, model_group);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, version_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, trained_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, samples_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, error_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, range_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, method_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, version_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, trained_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, samples_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, method_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, features_group);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, features_grid);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, train_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, progress_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, train_message_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, versions_group);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, ball_speed_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, launch_angle_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, back_spin_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, club_speed_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, attack_angle_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, dynamic_loft_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, prediction_label);
  gtk_widget_class_bind_template_child (widget_class, GolfModelPage, prediction_detail_label);
  gtk_widget_class_bind_template_child_full (widget_class, "train_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "cancel_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "predict_button", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "model.use-version", "s", use_version_action);
  _golf_model_page_class_add_training (widget_class);
  _golf_model_page_class_add_predicting (widget_class);
}

static void
golf_model_page_init (GolfModelPage *self)
{
  self->units = GOLF_UNITS_IMPERIAL;
  self->version_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_action_row_set_subtitle (self->train_row,
                               golf_distance_model_has_xgboost ()
                               ? _("New models use gradient-boosted trees (XGBoost). A session’s shots "
                                   "are never split between learning and testing.")
                               : _("This build has no XGBoost: new models use the built-in ridge "
                                   "regression. A session’s shots are never split between learning and testing."));
  _golf_model_page_update_inputs (self);
  show_info (self);
  show_versions (self);
}

/**
 * golf_model_page_set_store:
 * @self: a #GolfModelPage
 * @store: the database whose models to show
 *
 * Sets the database, once; its models live beside it.
 */
void
golf_model_page_set_store (GolfModelPage *self,
                           GolfStore     *store)
{
  g_return_if_fail (GOLF_IS_MODEL_PAGE (self));
  g_return_if_fail (GOLF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == store)
    return;

  self->store = g_object_ref (store);
  self->models_dir = golf_distance_model_dup_models_dir_for_store (golf_store_get_path (store),
                                                                   golf_store_get_id (store));
  golf_model_page_reload (self);
}

/**
 * golf_model_page_get_models_dir:
 * @self: a #GolfModelPage
 *
 * Returns: (nullable): the models folder of the database
 */
const char *
golf_model_page_get_models_dir (GolfModelPage *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_PAGE (self), NULL);

  return self->models_dir;
}

GolfUnits
golf_model_page_get_units (GolfModelPage *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_PAGE (self), GOLF_UNITS_IMPERIAL);

  return self->units;
}

void
golf_model_page_set_units (GolfModelPage *self,
                           GolfUnits      units)
{
  g_return_if_fail (GOLF_IS_MODEL_PAGE (self));

  if (self->units == units)
    return;

  self->units = units;
  show_info (self);
  show_versions (self);
  _golf_model_page_update_inputs (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/**
 * golf_model_page_get_info:
 * @self: a #GolfModelPage
 *
 * Returns: (transfer none) (nullable): the active model's metadata
 */
GolfModelInfo *
golf_model_page_get_info (GolfModelPage *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_PAGE (self), NULL);

  return self->info;
}
