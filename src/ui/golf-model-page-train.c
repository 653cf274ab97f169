/* golf-model-page-train.c: training a new carry model from the page
 *
 * Three steps, none on the main thread's time: the shots are read in a
 * worker thread on a connection of its own (golf_store_select_shots()),
 * the model learns in golf_distance_model_train_async()'s thread with its
 * progress shown in the bar, and the new version is published (written
 * beside the database, made active) in a worker thread again. Cancel stops
 * the reading or the learning; the active model is then left as it was.
 * The tasks hold the page weakly, so closing the window does not wait.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model-page"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-model-page-private.h"
#include "golf-store-select.h"

/* What a carry model learns from: the target and the default features. */
static const GolfShotField training_fields[] = {
  GOLF_SHOT_FIELD_CARRY_DISTANCE,
  GOLF_SHOT_FIELD_TOTAL_DISTANCE,
  GOLF_SHOT_FIELD_BALL_SPEED,
  GOLF_SHOT_FIELD_LAUNCH_ANGLE,
  GOLF_SHOT_FIELD_BACK_SPIN,
  GOLF_SHOT_FIELD_CLUB_SPEED,
  GOLF_SHOT_FIELD_ATTACK_ANGLE,
  GOLF_SHOT_FIELD_DYNAMIC_LOFT,
};

typedef struct
{
  GWeakRef           page;
  GolfStore         *store;        /* to read the shots */
  char              *models_dir;
  GolfDistanceModel *model;        /* to publish */
} TrainRun;

static void
train_run_free (TrainRun *run)
{
  g_weak_ref_clear (&run->page);
  g_clear_object (&run->store);
  g_clear_object (&run->model);
  g_free (run->models_dir);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrainRun, train_run_free)

static void
set_training (GolfModelPage *self,
              gboolean       training)
{
  gtk_widget_set_visible (self->progress_row, training);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "model.train", !training && self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "model.cancel", training);
  if (!training)
    g_clear_object (&self->train_cancellable);
}

static void
show_progress (GolfModelPage *self,
               double         fraction,
               const char    *text)
{
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  gtk_progress_bar_set_text (self->progress_bar, text);
}

/* Ends a training that did not make a model, saying why. */
static void
fail (GolfModelPage *self,
      const GError  *error)
{
  g_autofree char *message = NULL;

  set_training (self, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup (_("Training was cancelled; the active model is unchanged."));
  else if (g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_ENOUGH_DATA))
    message = g_strdup_printf (_("Too few shots to learn from: a model needs at least %u shots with a carry "
                                 "and every launch number it reads (ball speed, launch angle, back spin, "
                                 "club speed, attack angle and dynamic loft). Import more sessions first."),
                               GOLF_DISTANCE_MODEL_MIN_SAMPLES);
  else
    /* Translators: %s says what went wrong */
    message = g_strdup_printf (_("Training failed: %s"), error->message);

  _golf_model_page_show_message (self, message, !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
}

/* Publishing */

static void
publish_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TrainRun *run = task_data;
  GError *error = NULL;
  char *version = golf_distance_model_publish (run->model, run->models_dir, &error);

  if (version == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, version, g_free);
}

static void
published_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TrainRun *run = g_task_get_task_data (G_TASK (result));
  g_autoptr(GolfModelPage) self = g_weak_ref_get (&run->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *version = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;
  g_autofree char *shots = NULL;

  if (self == NULL)
    return;

  if (version == NULL)
    {
      fail (self, error);
      return;
    }

  set_training (self, FALSE);
  golf_model_page_reload (self);
  shots = golf_format_shot_count (self->info != NULL ? golf_model_info_get_training_samples (self->info) : 0);
  /* Translators: after a training: "Version 1.2.0, learnt from 480 shots, is active now." */
  message = g_strdup_printf (_("Version %s, learnt from %s, is active now."), version, shots);
  _golf_model_page_show_message (self, message, FALSE);
}

/* Learning */

static void
on_progress_cb (double      fraction,
                const char *stage,
                gpointer    user_data)
{
  g_autoptr(GolfModelPage) self = g_weak_ref_get (user_data);
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;

  if (self == NULL || self->train_cancellable == NULL)
    return;

  percent = golf_format_number (100 * fraction, 0);
  /* Translators: on the progress bar while a model learns: "Learning… 40 %" */
  text = g_strdup_printf (_("Learning… %s %%"), percent);
  show_progress (self, fraction, text);
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
trained_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TrainRun) run = user_data;
  g_autoptr(GolfModelPage) self = g_weak_ref_get (&run->page);
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  model = golf_distance_model_train_finish (result, &error);
  if (self == NULL)
    return;
  if (model == NULL)
    {
      fail (self, error);
      return;
    }

  show_progress (self, 1.0, _("Saving the new version…"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "model.cancel", FALSE);
  run->model = g_steal_pointer (&model);
  task = g_task_new (NULL, NULL, published_cb, NULL);
  g_task_set_source_tag (task, trained_cb);
  g_task_set_task_data (task, g_steal_pointer (&run), (GDestroyNotify) train_run_free);
  g_task_run_in_thread (task, publish_thread);
}

/* Reading */

static void
add_row_cb (const GolfShotRow *row,
            gpointer           user_data)
{
  GPtrArray *shots = user_data;
  g_autofree char *id = g_strdup_printf ("training-%u", shots->len);
  GolfShot *shot = golf_shot_new (id, row->session_id);

  for (guint i = 0; i < G_N_ELEMENTS (training_fields); i++)
    golf_shot_set (shot, training_fields[i], row->values[training_fields[i]]);
  g_ptr_array_add (shots, shot);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TrainRun *run = task_data;
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  GolfShotSelection selection = { NULL, training_fields, G_N_ELEMENTS (training_fields), FALSE };
  GError *error = NULL;

  if (!golf_store_select_shots (run->store, &selection, add_row_cb, shots, &error))
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&shots), (GDestroyNotify) g_ptr_array_unref);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  TrainRun *run = g_task_get_task_data (G_TASK (result));
  g_autoptr(GolfModelPage) self = g_weak_ref_get (&run->page);
  g_autoptr(GPtrArray) shots = NULL;
  g_autoptr(GError) error = NULL;
  GolfTrainParams params;
  GWeakRef *progress_page;
  TrainRun *next;

  shots = g_task_propagate_pointer (G_TASK (result), &error);
  if (self == NULL)
    return;
  if (shots == NULL)
    {
      fail (self, error);
      return;
    }

  next = g_new0 (TrainRun, 1);
  g_weak_ref_init (&next->page, self);
  next->models_dir = g_strdup (run->models_dir);
  progress_page = g_new0 (GWeakRef, 1);
  g_weak_ref_init (progress_page, self);

  golf_train_params_init (&params);
  show_progress (self, 0.0, _("Learning…"));
  /* The shots are copied before this returns: they can go at once. */
  golf_distance_model_train_async (shots, &params, self->train_cancellable,
                                   on_progress_cb, progress_page, free_weak_ref,
                                   trained_cb, next);
}

static void
train_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GolfModelPage *self = GOLF_MODEL_PAGE (widget);
  g_autoptr(GTask) task = NULL;
  TrainRun *run;

  if (self->store == NULL || self->train_cancellable != NULL)
    return;

  self->train_cancellable = g_cancellable_new ();
  set_training (self, TRUE);
  _golf_model_page_show_message (self, NULL, FALSE);
  show_progress (self, 0.0, _("Reading your shots…"));

  run = g_new0 (TrainRun, 1);
  g_weak_ref_init (&run->page, self);
  run->store = g_object_ref (self->store);
  run->models_dir = g_strdup (self->models_dir);

  task = g_task_new (NULL, self->train_cancellable, read_cb, NULL);
  g_task_set_source_tag (task, train_action);
  g_task_set_task_data (task, run, (GDestroyNotify) train_run_free);
  g_task_run_in_thread (task, read_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GolfModelPage *self = GOLF_MODEL_PAGE (widget);

  if (self->train_cancellable != NULL)
    g_cancellable_cancel (self->train_cancellable);
}

/**
 * golf_model_page_get_training:
 * @self: a #GolfModelPage
 *
 * Returns: whether a model is being trained
 */
gboolean
golf_model_page_get_training (GolfModelPage *self)
{
  g_return_val_if_fail (GOLF_IS_MODEL_PAGE (self), FALSE);

  return self->train_cancellable != NULL;
}

/* Stops what runs in the background, for a page going away. */
void
_golf_model_page_stop (GolfModelPage *self)
{
  if (self->train_cancellable != NULL)
    g_cancellable_cancel (self->train_cancellable);
  g_clear_object (&self->train_cancellable);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
}

void
_golf_model_page_class_add_training (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "model.train", NULL, train_action);
  gtk_widget_class_install_action (widget_class, "model.cancel", NULL, cancel_action);
}
