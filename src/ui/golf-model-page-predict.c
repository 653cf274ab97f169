/* golf-model-page-predict.c: a carry predicted from launch numbers
 *
 * The golfer types what a launch monitor would show, in their units (a
 * decimal comma or point both do); what is left empty the model
 * estimates. The active model is loaded in a worker thread the first time
 * (and again when another version becomes active); the prediction itself
 * takes microseconds. The carry shows with the range 8 of 10 carries land
 * in, and how far to trust it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-model-page-private.h"

typedef struct
{
  gsize          row_offset;
  GolfShotField  field;
  const char    *name;
} Input;

static const Input inputs[] = {
  { G_STRUCT_OFFSET (GolfModelPage, ball_speed_row), GOLF_SHOT_FIELD_BALL_SPEED, N_("Ball speed") },
  { G_STRUCT_OFFSET (GolfModelPage, launch_angle_row), GOLF_SHOT_FIELD_LAUNCH_ANGLE, N_("Launch angle") },
  { G_STRUCT_OFFSET (GolfModelPage, back_spin_row), GOLF_SHOT_FIELD_BACK_SPIN, N_("Back spin") },
  { G_STRUCT_OFFSET (GolfModelPage, club_speed_row), GOLF_SHOT_FIELD_CLUB_SPEED, N_("Club speed") },
  { G_STRUCT_OFFSET (GolfModelPage, attack_angle_row), GOLF_SHOT_FIELD_ATTACK_ANGLE, N_("Attack angle") },
  { G_STRUCT_OFFSET (GolfModelPage, dynamic_loft_row), GOLF_SHOT_FIELD_DYNAMIC_LOFT, N_("Dynamic loft") },
};

static AdwEntryRow *
input_row (GolfModelPage *self,
           const Input   *input)
{
  return G_STRUCT_MEMBER (AdwEntryRow *, self, input->row_offset);
}

/* Titles name the units the numbers are typed in: "Ball speed (mph)". */
void
_golf_model_page_update_inputs (GolfModelPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *title = g_strdup_printf (_("%s (%s)"), _(inputs[i].name),
                                                golf_format_shot_field_unit (inputs[i].field, self->units));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (input_row (self, &inputs[i])), title);
    }
}

static void
show_prediction (GolfModelPage *self,
                 const char    *value,
                 const char    *detail)
{
  gtk_label_set_text (self->prediction_label, value);
  gtk_label_set_text (self->prediction_detail_label, detail);
}

/* A number as the golfer typed it, in SI units; NAN when left empty. */
static gboolean
read_input (GolfModelPage *self,
            const Input   *input,
            double        *si,
            char         **problem)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (input_row (self, input)))));
  g_autofree char *shown_unit = NULL;
  char *end = NULL;
  double value;

  *si = NAN;
  if (text[0] == '\0')
    return TRUE;

  g_strdelimit (text, ",", '.');
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value))
    {
      /* Translators: a prediction input that is not a number: "Ball speed: “fast” is not a number" */
      *problem = g_strdup_printf (_("%s: “%s” is not a number"), _(input->name),
                                  gtk_editable_get_text (GTK_EDITABLE (input_row (self, input))));
      return FALSE;
    }

  *si = value;
  if (golf_shot_field_get_unit (input->field) == GOLF_UNIT_SPEED)
    *si = value / golf_units_to_display (self->units, GOLF_UNIT_SPEED, 1.0);

  if (!golf_shot_field_is_plausible (input->field, *si))
    {
      shown_unit = g_strdup (golf_format_shot_field_unit (input->field, self->units));
      /* Translators: "Ball speed: 500 mph is more than a launch monitor measures" */
      *problem = g_strdup_printf (_("%s: %s %s is beyond what a launch monitor measures"),
                                  _(input->name), gtk_editable_get_text (GTK_EDITABLE (input_row (self, input))),
                                  shown_unit);
      return FALSE;
    }

  return TRUE;
}

static GolfShot *
shot_from_inputs (GolfModelPage  *self,
                  char          **problem)
{
  g_autoptr(GolfShot) shot = golf_shot_new ("prediction", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      double si;

      if (!read_input (self, &inputs[i], &si, problem))
        return NULL;
      if (!isnan (si))
        golf_shot_set (shot, inputs[i].field, si);
    }

  if (isnan (golf_shot_get (shot, GOLF_SHOT_FIELD_BALL_SPEED)))
    {
      *problem = g_strdup (_("Type a ball speed at least: the model cannot guess a carry without it."));
      return NULL;
    }

  return g_steal_pointer (&shot);
}

static char *
describe_prediction (GolfModelPage        *self,
                     const GolfPrediction *prediction)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *confidence = golf_format_number (100 * prediction->confidence, 0);

  if (isfinite (prediction->low80) && isfinite (prediction->high80))
    {
      g_autofree char *low = golf_format_value (GOLF_UNIT_DISTANCE, prediction->low80, self->units);
      g_autofree char *high = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, prediction->high80, self->units);

      /* Translators: the 80% range of a predicted carry: "8 of 10 land between 158.2 and 170.1 yd" */
      g_string_append_printf (detail, _("8 of 10 land between %s and %s"), low, high);
      g_string_append (detail, " · ");
    }

  /* Translators: how far to trust a prediction: "confidence 85 %" */
  g_string_append_printf (detail, _("confidence %s %%"), confidence);

  if (prediction->estimated != 0)
    g_string_append_printf (detail, " · %s", _("what you left empty was estimated"));
  if (prediction->extrapolated)
    g_string_append_printf (detail, " · %s", _("outside the shots it learnt from"));

  return g_string_free (g_steal_pointer (&detail), FALSE);
}

static void
predict_now (GolfModelPage *self)
{
  g_autoptr(GolfShot) shot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *carry = NULL;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  GolfPrediction prediction;

  if ((shot = shot_from_inputs (self, &problem)) == NULL)
    {
      show_prediction (self, GOLF_FORMAT_MISSING, problem);
      return;
    }

  if (!golf_distance_model_predict (self->model, shot, &prediction, &error))
    {
      show_prediction (self, GOLF_FORMAT_MISSING, error->message);
      return;
    }

  carry = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, prediction.value, self->units);
  /* Translators: a predicted carry: "Carry 164.3 yd" */
  value = g_strdup_printf (_("Carry %s"), carry);
  detail = describe_prediction (self, &prediction);
  show_prediction (self, value, detail);
}

/* Loading the active model */

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *models_dir = task_data;
  g_autofree char *path = golf_distance_model_build_active_path (models_dir, GOLF_MODEL_TARGET_CARRY);
  GError *error = NULL;
  GolfDistanceModel *model = golf_distance_model_load (path, models_dir, &error);

  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GWeakRef *page = user_data;
  g_autoptr(GolfModelPage) self = g_weak_ref_get (page);
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (page);
  g_free (page);
  model = g_task_propagate_pointer (G_TASK (result), &error);
  if (self == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  g_clear_object (&self->load_cancellable);
  if (model == NULL)
    {
      show_prediction (self, GOLF_FORMAT_MISSING, error->message);
      return;
    }

  g_set_object (&self->model, model);
  predict_now (self);
}

static void
predict_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GolfModelPage *self = GOLF_MODEL_PAGE (widget);
  g_autoptr(GTask) task = NULL;
  GWeakRef *page;

  if (self->info == NULL)
    {
      show_prediction (self, GOLF_FORMAT_MISSING, _("Train a model first."));
      return;
    }

  if (self->model != NULL)
    {
      predict_now (self);
      return;
    }

  if (self->load_cancellable != NULL)
    return;

  show_prediction (self, "", _("Loading the model…"));
  page = g_new0 (GWeakRef, 1);
  g_weak_ref_init (page, self);
  self->load_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->load_cancellable, loaded_cb, page);
  g_task_set_source_tag (task, predict_action);
  g_task_set_task_data (task, g_strdup (self->models_dir), g_free);
  g_task_run_in_thread (task, load_thread);
}

static void
on_predict_activated_cb (GolfModelPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "model.predict", NULL);
}

/**
 * golf_model_page_get_predicting:
 * @self: a #GolfModelPage
 *
 * Returns: whether the model is being loaded for a prediction
 */
gboolean
golf_model_page_get_predicting (GolfModelPage *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_PAGE (self), FALSE);

  return self->load_cancellable != NULL;
}

void
_golf_model_page_class_add_predicting (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "model.predict", NULL, predict_action);
  gtk_widget_class_bind_template_callback (widget_class, on_predict_activated_cb);
}
