/* golf-trends-page-compare.c: two sessions side by side
 *
 * Every session number and each shared club's median carry of two of the
 * player's sessions, the change from the first to the second, and what it
 * means for the golfer: "better" in libadwaita's success colour, "worse"
 * in its error colour (the analytics decide which way is better: farther,
 * faster, tighter). The sessions are read and compared in a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-trends-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-trends-page-private.h"

/* The session numbers of golf_comparison_get_metric(), in GolfMetric order. */
static const char * const metric_titles[GOLF_N_METRICS] = {
  [GOLF_METRIC_AVG_CARRY] = N_("Average carry"),
  [GOLF_METRIC_AVG_TOTAL] = N_("Average total"),
  [GOLF_METRIC_AVG_BALL_SPEED] = N_("Average ball speed"),
  [GOLF_METRIC_AVG_CLUB_SPEED] = N_("Average club speed"),
  [GOLF_METRIC_AVG_SMASH] = N_("Average smash factor"),
  [GOLF_METRIC_BEST_CARRY] = N_("Best carry"),
  [GOLF_METRIC_AVG_FACE_ANGLE] = N_("Average face angle"),
  [GOLF_METRIC_STD_FACE_ANGLE] = N_("Face angle spread"),
  [GOLF_METRIC_AVG_CLUB_PATH] = N_("Average club path"),
  [GOLF_METRIC_STD_CLUB_PATH] = N_("Club path spread"),
  [GOLF_METRIC_AVG_FACE_TO_PATH] = N_("Average face to path"),
  [GOLF_METRIC_STD_FACE_TO_PATH] = N_("Face to path spread"),
  [GOLF_METRIC_AVG_STRIKE_DISTANCE] = N_("Average strike distance"),
  [GOLF_METRIC_STD_STRIKE_DISTANCE] = N_("Strike distance spread"),
};

enum
{
  COLUMN_NAME,
  COLUMN_A,
  COLUMN_B,
  COLUMN_CHANGE,
  COLUMN_VERDICT,
};

static const char *
selected_id (GolfTrendsPage *self,
             GtkDropDown    *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected >= self->session_ids->len)
    return NULL;

  return g_ptr_array_index (self->session_ids, selected);
}

static const char *
selected_or_null (GolfTrendsPage *self,
                  guint           index)
{
  return index < self->session_ids->len ? g_ptr_array_index (self->session_ids, index) : NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GolfSession *x = *(GolfSession **) a;
  GolfSession *y = *(GolfSession **) b;
  int cmp = g_strcmp0 (golf_session_get_date (y), golf_session_get_date (x));

  return cmp != 0 ? cmp : g_strcmp0 (golf_session_get_id (y), golf_session_get_id (x));
}

static char *
session_title (GolfSession *session)
{
  g_autofree char *date = golf_format_date (golf_session_get_date (session));
  g_autofree char *title = golf_session_dup_title (session);

  /* Translators: a session in the comparison's selectors: its date and
   * its name (or id) */
  return g_strdup_printf (_("%s · %s"), date, title);
}

static void
fill_selectors (GolfTrendsPage *self)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autoptr(GtkStringList) titles_a = NULL;
  g_autoptr(GtkStringList) titles_b = NULL;
  GListModel *all = golf_store_get_sessions (self->store);
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; i < n; i++)
    {
      GolfSession *session = g_list_model_get_item (all, i);

      if (self->session == NULL || golf_session_get_player_id (session) == golf_session_get_player_id (self->session))
        g_ptr_array_add (sessions, session);
      else
        g_object_unref (session);
    }
  g_ptr_array_sort (sessions, compare_newest_first);

  g_ptr_array_set_size (self->session_ids, 0);
  for (guint i = 0; i < sessions->len; i++)
    {
      GolfSession *session = sessions->pdata[i];
      g_autofree char *title = session_title (session);

      g_strv_builder_add (titles, title);
      g_ptr_array_add (self->session_ids, g_strdup (golf_session_get_id (session)));
    }
  strv = g_strv_builder_end (titles);

  self->syncing = TRUE;
  titles_a = gtk_string_list_new ((const char * const *) strv);
  titles_b = gtk_string_list_new ((const char * const *) strv);
  gtk_drop_down_set_model (self->session_a_dropdown, G_LIST_MODEL (titles_a));
  gtk_drop_down_set_model (self->session_b_dropdown, G_LIST_MODEL (titles_b));
  self->syncing = FALSE;
  self->sessions_dirty = FALSE;
}

/* The player's sessions, newest first; the session on show second, the
 * one before it first. Only while the page is on screen: a golfer going
 * from session to session does not wait for a comparison nobody sees. */
void
_golf_trends_page_update_sessions (GolfTrendsPage *self)
{
  const char *shown_id = self->session != NULL ? golf_session_get_id (self->session) : NULL;
  guint shown = 0;

  if (self->store == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  if (self->sessions_dirty)
    fill_selectors (self);

  for (guint i = 0; i < self->session_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->session_ids, i), shown_id) == 0)
      shown = i;

  golf_trends_page_compare (self,
                            shown + 1 < self->session_ids->len ? g_ptr_array_index (self->session_ids, shown + 1)
                                                               : selected_or_null (self, shown),
                            selected_or_null (self, shown));
}

/* The grid */

static GtkWidget *
add_cell (GolfTrendsPage *self,
          const char     *text,
          int             column,
          int             row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_NAME || column == COLUMN_VERDICT ? 0.0 : 1.0);
  if (column != COLUMN_NAME)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COLUMN_NAME)
    {
      /* Long names (German has them) wrap, so the numbers and the verdict
       * always fit beside them. */
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
    }
  gtk_grid_attach (self->compare_grid, label, column, row, 1, 1);

  return label;
}

static void
add_heading (GolfTrendsPage *self,
             const char     *text,
             int             row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (self->compare_grid, label, COLUMN_NAME, row, COLUMN_VERDICT + 1, 1);
}

static void
clear_grid (GolfTrendsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->compare_grid))) != NULL)
    gtk_grid_remove (self->compare_grid, child);
}

static char *
format_change (const GolfComparedValue *value,
               GolfUnits                units)
{
  double shown = golf_units_to_display (units, value->unit, value->difference);
  g_autofree char *number = golf_format_signed (shown, value->unit == GOLF_UNIT_NONE ? 2 : 1);
  const char *unit = golf_format_unit_symbol (value->unit, units);

  if (!isfinite (value->difference) || unit[0] == '\0')
    return g_steal_pointer (&number);

  return value->unit == GOLF_UNIT_ANGLE ? g_strconcat (number, unit, NULL)
                                        : g_strdup_printf ("%s %s", number, unit);
}

/* "better" in the success colour, "worse" in the error colour. */
static void
add_verdict (GolfTrendsPage *self,
             GolfDirection   direction,
             int             row)
{
  GtkWidget *label;

  switch (direction)
    {
    case GOLF_DIRECTION_BETTER:
      /* Translators: the second session did better on this number */
      label = add_cell (self, _("better"), COLUMN_VERDICT, row);
      gtk_widget_add_css_class (label, "success");
      break;
    case GOLF_DIRECTION_WORSE:
      /* Translators: the second session did worse on this number */
      label = add_cell (self, _("worse"), COLUMN_VERDICT, row);
      gtk_widget_add_css_class (label, "error");
      break;
    case GOLF_DIRECTION_SAME:
      /* Translators: too small a change to matter */
      label = add_cell (self, _("same"), COLUMN_VERDICT, row);
      gtk_widget_add_css_class (label, "dim-label");
      break;
    case GOLF_DIRECTION_NONE:
    default:
      break;
    }
}

static void
add_value_row (GolfTrendsPage          *self,
               const char              *name,
               const GolfComparedValue *value,
               int                      row)
{
  g_autofree char *a = golf_format_value_with_unit (value->unit, value->a, self->units);
  g_autofree char *b = golf_format_value_with_unit (value->unit, value->b, self->units);
  g_autofree char *change = format_change (value, self->units);

  add_cell (self, name, COLUMN_NAME, row);
  add_cell (self, a, COLUMN_A, row);
  add_cell (self, b, COLUMN_B, row);
  add_cell (self, change, COLUMN_CHANGE, row);
  add_verdict (self, value->direction, row);
}

static char *
dup_session_date (GolfTrendsPage *self,
                  const char     *session_id)
{
  GolfSession *session = golf_store_find_session (self->store, session_id);

  return golf_format_date (session != NULL ? golf_session_get_date (session) : NULL);
}

void
_golf_trends_page_show_comparison (GolfTrendsPage *self)
{
  const GolfComparison *comparison = self->comparison;
  g_autofree char *date_a = NULL;
  g_autofree char *date_b = NULL;
  int row = 0;

  clear_grid (self);
  if (comparison == NULL)
    {
      add_heading (self, _("Pick two sessions to see them side by side."), 0);
      return;
    }

  date_a = dup_session_date (self, golf_comparison_get_session (comparison, 0));
  date_b = dup_session_date (self, golf_comparison_get_session (comparison, 1));
  add_cell (self, "", COLUMN_NAME, row);
  gtk_widget_add_css_class (add_cell (self, date_a, COLUMN_A, row), "heading");
  gtk_widget_add_css_class (add_cell (self, date_b, COLUMN_B, row), "heading");
  gtk_widget_add_css_class (add_cell (self, _("Change"), COLUMN_CHANGE, row), "heading");
  row++;

  for (guint m = 0; m < golf_comparison_get_n_metrics (comparison) && m < GOLF_N_METRICS; m++)
    {
      const GolfComparedValue *value = golf_comparison_get_metric (comparison, m);

      if (isnan (value->a) && isnan (value->b))
        continue;
      add_value_row (self, _(metric_titles[m]), value, row++);
    }

  if (golf_comparison_get_n_clubs (comparison) == 0)
    return;

  add_heading (self, _("Median carry of the clubs both sessions have"), row++);
  for (guint c = 0; c < golf_comparison_get_n_clubs (comparison); c++)
    {
      const GolfComparedValue *value = golf_comparison_get_club (comparison, c);

      add_value_row (self, value->name, value, row++);
    }
}

/* The worker */

typedef struct
{
  GolfStore *store;
  char      *session_ids[3];
} CompareJob;

static void
compare_job_free (gpointer data)
{
  CompareJob *job = data;

  g_clear_object (&job->store);
  g_free (job->session_ids[0]);
  g_free (job->session_ids[1]);
  g_free (job);
}

static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CompareJob *job = task_data;
  g_autoptr(GolfShotTable) table = NULL;
  GError *error = NULL;

  if ((table = golf_shot_table_read (job->store, (const char * const *) job->session_ids, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, golf_comparison_compute (table, job->session_ids[0], job->session_ids[1]),
                         (GDestroyNotify) golf_comparison_unref);
}

/* The task holds the page weakly: a window closed while two sessions are
 * being compared goes away at once. */
static void
compare_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GWeakRef *page = user_data;
  g_autoptr(GolfTrendsPage) self = g_weak_ref_get (page);
  g_autoptr(GolfComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (page);
  g_free (page);
  comparison = g_task_propagate_pointer (G_TASK (result), &error);
  if (self == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  g_clear_object (&self->compare_cancellable);
  if (comparison == NULL)
    g_warning ("Cannot compare the sessions: %s", error->message);

  g_clear_pointer (&self->comparison, golf_comparison_unref);
  self->comparison = g_steal_pointer (&comparison);
  _golf_trends_page_show_comparison (self);
}

static void
on_compare_changed_cb (GolfTrendsPage *self)
{
  if (!self->syncing)
    golf_trends_page_compare (self, selected_id (self, self->session_a_dropdown),
                              selected_id (self, self->session_b_dropdown));
}

static gboolean
select_session (GolfTrendsPage *self,
                GtkDropDown    *dropdown,
                const char     *session_id)
{
  for (guint i = 0; i < self->session_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->session_ids, i), session_id) == 0)
      {
        self->syncing = TRUE;
        gtk_drop_down_set_selected (dropdown, i);
        self->syncing = FALSE;
        return TRUE;
      }

  return FALSE;
}

/**
 * golf_trends_page_compare:
 * @self: a #GolfTrendsPage
 * @session_a: (nullable): the first session, one of the player's
 * @session_b: (nullable): the second
 *
 * Picks the two sessions in the selectors and compares them in a worker
 * thread; the grid shows the result when it arrives.
 *
 * Returns: whether both are sessions the selectors offer
 */
gboolean
golf_trends_page_compare (GolfTrendsPage *self,
                          const char     *session_a,
                          const char     *session_b)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *page;
  CompareJob *job;

  g_return_val_if_fail (GOLF_IS_TRENDS_PAGE (self), FALSE);

  _golf_trends_page_clear_compare (self);
  if (session_a == NULL || session_b == NULL ||
      !select_session (self, self->session_a_dropdown, session_a) ||
      !select_session (self, self->session_b_dropdown, session_b))
    {
      _golf_trends_page_show_comparison (self);
      return FALSE;
    }

  job = g_new0 (CompareJob, 1);
  job->store = g_object_ref (self->store);
  job->session_ids[0] = g_strdup (session_a);
  job->session_ids[1] = g_strdup (session_b);

  page = g_new0 (GWeakRef, 1);
  g_weak_ref_init (page, self);
  self->compare_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->compare_cancellable, compare_done_cb, page);
  g_task_set_source_tag (task, golf_trends_page_compare);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, compare_job_free);
  g_task_run_in_thread (task, compare_thread);

  return TRUE;
}

/**
 * golf_trends_page_get_comparing:
 * @self: a #GolfTrendsPage
 *
 * Returns: whether two sessions are being compared in a worker thread
 */
gboolean
golf_trends_page_get_comparing (GolfTrendsPage *self)
{
  g_return_val_if_fail (GOLF_IS_TRENDS_PAGE (self), FALSE);

  return self->compare_cancellable != NULL;
}

/* Stops a comparison in flight and forgets the last one. */
void
_golf_trends_page_clear_compare (GolfTrendsPage *self)
{
  if (self->compare_cancellable != NULL)
    g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  g_clear_pointer (&self->comparison, golf_comparison_unref);
}

void
_golf_trends_page_class_add_compare (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_compare_changed_cb);
}
