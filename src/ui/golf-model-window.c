/* golf-model-window.c
 *
 * Reads the active model's metadata sidecar only: the model itself is never
 * loaded to show what it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model-window"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-distance-model.h"
#include "golf-model-info.h"
#include "golf-model-window.h"
#include "golf-session-metrics.h"

struct _GolfModelWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwActionRow         *backend_row;
  AdwPreferencesGroup  *model_group;

  char                 *models_dir;
  gboolean              imperial;
};

G_DEFINE_FINAL_TYPE (GolfModelWindow, golf_model_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_MODELS_DIR,
  PROP_IMPERIAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_row (GolfModelWindow *self,
         const char      *title,
         const char      *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (self->model_group, row);
}

static char *
format_distance (GolfModelWindow *self,
                 double           metres)
{
  return g_strdup_printf ("%.1f %s", golf_unit_to_display (GOLF_UNIT_DISTANCE, metres, self->imperial),
                          self->imperial ? _("yd") : _("m"));
}

static const char *
most_important_input (GolfModelInfo *info)
{
  const char * const *features = golf_model_info_get_features (info);
  const char *best = NULL;
  double best_gain = 0;

  for (guint i = 0; features != NULL && features[i] != NULL; i++)
    {
      double gain = golf_model_info_get_importance (info, features[i]);

      if (gain > best_gain)
        best = features[i], best_gain = gain;
    }

  return best;
}

static void
show_model (GolfModelWindow *self,
            GolfModelInfo   *info)
{
  GDateTime *trained_at = golf_model_info_get_trained_at (info);
  g_autofree char *trained = NULL;
  g_autofree char *samples = NULL;
  double mae, low, high;

  add_row (self, _("Version"), golf_model_info_get_version (info));
  if (trained_at != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (trained_at);

      trained = g_date_time_format (local, "%e %B %Y, %H:%M");
      add_row (self, _("Trained"), g_strstrip (trained));
    }

  samples = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shot", "%u shots",
                                          golf_model_info_get_training_samples (info)),
                             golf_model_info_get_training_samples (info));
  add_row (self, _("Trained on"), samples);

  if (golf_model_info_lookup_metric (info, "mae", &mae))
    {
      g_autofree char *text = format_distance (self, mae);
      add_row (self, _("Typical error on unseen sessions"), text);
    }

  if (golf_model_info_get_interval (info, 80, &low, &high))
    {
      g_autofree char *from = format_distance (self, low);
      g_autofree char *to = format_distance (self, high);
      g_autofree char *range = g_strdup_printf (_("%s to %s"), from, to);

      /* xgettext:no-c-format */
      add_row (self, _("80% of carries land, around a prediction"), range);
    }

  if (most_important_input (info) != NULL)
    {
      /* "ball_speed" -> "Ball speed" */
      g_autofree char *name = g_strdelimit (g_strdup (most_important_input (info)), "_", ' ');

      name[0] = g_ascii_toupper (name[0]);
      add_row (self, _("Most important input"), name);
    }

  if (golf_model_info_get_backend_version (info) != NULL)
    add_row (self, _("Trained with"), golf_model_info_get_backend_version (info));
}

static void
load_active_model (GolfModelWindow *self)
{
  g_autofree char *path = golf_distance_model_build_active_path (self->models_dir, GOLF_MODEL_TARGET_CARRY);
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = golf_model_info_load_for_model (path, &error);
  if (info != NULL)
    {
      show_model (self, info);
      return;
    }

  adw_preferences_group_set_description (self->model_group,
                                         error != NULL
                                           ? error->message
                                           : _("No carry model has been trained yet. Train one on your shots "
                                               "with “golf-lab-cli train”."));
}

static void
golf_model_window_constructed (GObject *object)
{
  GolfModelWindow *self = GOLF_MODEL_WINDOW (object);

  G_OBJECT_CLASS (golf_model_window_parent_class)->constructed (object);

  if (self->models_dir == NULL)
    self->models_dir = golf_distance_model_dup_default_models_dir ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->backend_row),
                                 golf_distance_model_get_backend_name ());
  adw_action_row_set_subtitle (self->backend_row, golf_distance_model_get_backend_reason ());
  load_active_model (self);
}

static void
golf_model_window_finalize (GObject *object)
{
  GolfModelWindow *self = GOLF_MODEL_WINDOW (object);

  g_free (self->models_dir);

  G_OBJECT_CLASS (golf_model_window_parent_class)->finalize (object);
}

static void
golf_model_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GolfModelWindow *self = GOLF_MODEL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MODELS_DIR:
      g_value_set_string (value, golf_model_window_get_models_dir (self));
      break;
    case PROP_IMPERIAL:
      g_value_set_boolean (value, self->imperial);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_model_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GolfModelWindow *self = GOLF_MODEL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MODELS_DIR:
      self->models_dir = g_value_dup_string (value);
      break;
    case PROP_IMPERIAL:
      self->imperial = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_model_window_class_init (GolfModelWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = golf_model_window_constructed;
  object_class->finalize = golf_model_window_finalize;
  object_class->get_property = golf_model_window_get_property;
  object_class->set_property = golf_model_window_set_property;

  properties[PROP_MODELS_DIR] =
    g_param_spec_string ("models-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPERIAL] =
    g_param_spec_boolean ("imperial", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-model-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfModelWindow, backend_row);
  gtk_widget_class_bind_template_child (widget_class, GolfModelWindow, model_group);
}

static void
golf_model_window_init (GolfModelWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * golf_model_window_new:
 * @parent: (nullable): the window it belongs to
 * @models_dir: (nullable): the models folder; the default one when %NULL
 * @imperial: show distances in yards rather than metres
 *
 * Returns: (transfer full): a window describing the active carry model
 */
GolfModelWindow *
golf_model_window_new (GtkWindow  *parent,
                       const char *models_dir,
                       gboolean    imperial)
{
  return g_object_new (GOLF_TYPE_MODEL_WINDOW,
                       "transient-for", parent,
                       "models-dir", models_dir,
                       "imperial", imperial,
                       NULL);
}

const char *
golf_model_window_get_models_dir (GolfModelWindow *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_WINDOW (self), NULL);
  return self->models_dir;
}
