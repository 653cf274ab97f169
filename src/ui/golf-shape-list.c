/* golf-shape-list.c
 *
 * The shot shapes of the club on show (or of every club), most frequent
 * first: the shape's name for the golfer's hand, a bar of its share, the
 * share and the count, and below them the angles the shapes were named
 * with (the preferences set them). Read from the dashboard model's
 * analytics; nothing is computed here but sums of counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shape-list"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-format.h"
#include "golf-shape-list.h"

struct _GolfShapeList
{
  GtkWidget           parent_instance;

  GtkGrid            *grid;
  GtkLabel           *none_label;
  GtkLabel           *thresholds_label;
  GolfDashboardModel *model;
};

G_DEFINE_FINAL_TYPE (GolfShapeList, golf_shape_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GolfStartLine start;
  GolfCurve     curve;
  guint         count;
} ShapeCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const ShapeCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;

  return (int) (x->start * GOLF_N_CURVES + x->curve) - (int) (y->start * GOLF_N_CURVES + y->curve);
}

/* The counts of @club (every club when %NULL), most frequent first. */
static guint
count_shapes (GolfShotShapes *shapes,
              const char     *club,
              ShapeCount      counts[GOLF_N_STARTS * GOLF_N_CURVES])
{
  guint total = 0;

  for (guint s = 0; s < GOLF_N_STARTS; s++)
    for (guint c = 0; c < GOLF_N_CURVES; c++)
      counts[s * GOLF_N_CURVES + c] = (ShapeCount) { s, c, 0 };

  for (guint i = 0; i < golf_shot_shapes_get_n_clubs (shapes); i++)
    {
      const GolfShapeClub *entry = golf_shot_shapes_get_club (shapes, i);

      if (club != NULL && g_strcmp0 (entry->club, club) != 0)
        continue;
      for (guint s = 0; s < GOLF_N_STARTS; s++)
        for (guint c = 0; c < GOLF_N_CURVES; c++)
          counts[s * GOLF_N_CURVES + c].count += entry->counts[s][c];
      total += entry->n;
    }

  qsort (counts, GOLF_N_STARTS * GOLF_N_CURVES, sizeof (ShapeCount), compare_counts);

  return total;
}

static char *
format_thresholds (GolfShotShapes *shapes,
                   const char     *club)
{
  GolfShapeThresholds used, wedges;

  golf_shot_shapes_get_thresholds (shapes, club != NULL ? club : "7 Iron", &used);
  golf_shot_shapes_get_thresholds (shapes, "PW", &wedges);

  if (club != NULL || (used.curve == wedges.curve && used.severe == wedges.severe))
    /* Translators: the angles shot shapes were named with, from the
     * preferences: "Starts left or right beyond ±2.0°, curves beyond
     * ±2.0°, hooks or slices beyond ±6.0°" */
    return g_strdup_printf (_("Starts left or right beyond ±%.1f°, curves beyond ±%.1f°, "
                              "hooks or slices beyond ±%.1f°"),
                            used.start, used.curve, used.severe);

  /* Translators: as above, with the wedges' own angles in brackets */
  return g_strdup_printf (_("Starts left or right beyond ±%.1f°, curves beyond ±%.1f° (wedges ±%.1f°), "
                            "hooks or slices beyond ±%.1f° (wedges ±%.1f°)"),
                          used.start, used.curve, wedges.curve, used.severe, wedges.severe);
}

/**
 * golf_share_bar_new:
 *
 * A bar for a share from 0 to 1 in the accent colour whatever its value:
 * a big share is not good or bad, only big.
 *
 * Returns: (transfer floating): a #GtkLevelBar
 */
GtkWidget *
golf_share_bar_new (void)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);

  return bar;
}

/* The label at (@column, @row), made the first time: rows are kept from
 * one session to the next and only their text changes. */
static GtkLabel *
cell (GolfShapeList *self,
      int            column,
      int            row)
{
  GtkWidget *label = gtk_grid_get_child_at (self->grid, column, row);

  if (label != NULL)
    return GTK_LABEL (label);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  if (column > 1)
    gtk_widget_add_css_class (label, "numeric");
  if (column == 3)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (self->grid, label, column, row, 1, 1);

  return GTK_LABEL (label);
}

static GtkLevelBar *
bar (GolfShapeList *self,
     int            row)
{
  GtkWidget *widget = gtk_grid_get_child_at (self->grid, 1, row);

  if (widget == NULL)
    {
      widget = golf_share_bar_new ();
      gtk_grid_attach (self->grid, widget, 1, row, 1, 1);
    }

  return GTK_LEVEL_BAR (widget);
}

static void
show_row (GolfShapeList *self,
          int            row,
          gboolean       visible)
{
  for (int column = 0; column < 4; column++)
    {
      GtkWidget *widget = gtk_grid_get_child_at (self->grid, column, row);

      if (widget != NULL)
        gtk_widget_set_visible (widget, visible);
    }
}

static void
set_row (GolfShapeList    *self,
         const ShapeCount *shape,
         guint             total,
         int               row)
{
  g_autofree char *share = golf_format_number (100.0 * shape->count / total, 0);
  g_autofree char *percent = g_strdup_printf (_("%s %%"), share);
  g_autofree char *count = golf_format_shot_count (shape->count);

  gtk_label_set_text (cell (self, 0, row), golf_format_shot_shape (shape->start, shape->curve));
  gtk_level_bar_set_value (bar (self, row), (double) shape->count / total);
  gtk_label_set_text (cell (self, 2, row), percent);
  gtk_label_set_text (cell (self, 3, row), count);
  show_row (self, row, TRUE);
}

static void
update (GolfShapeList *self)
{
  GolfDashboardData *data = self->model != NULL ? golf_dashboard_model_get_data (self->model) : NULL;
  const char *club = self->model != NULL ? golf_dashboard_model_get_club (self->model) : NULL;
  ShapeCount counts[GOLF_N_STARTS * GOLF_N_CURVES];
  g_autofree char *thresholds = NULL;
  guint total = 0, n_rows = 0;

  if (data != NULL)
    {
      GolfShotShapes *shapes = golf_dashboard_data_get_shapes (data);

      total = count_shapes (shapes, club, counts);
      for (; n_rows < G_N_ELEMENTS (counts) && counts[n_rows].count > 0; n_rows++)
        set_row (self, &counts[n_rows], total, n_rows);
      thresholds = format_thresholds (shapes, club);
    }

  for (guint row = n_rows; row < G_N_ELEMENTS (counts); row++)
    show_row (self, row, FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->none_label), data != NULL && total == 0);
  gtk_label_set_text (self->thresholds_label, thresholds != NULL ? thresholds : "");
}

static void
golf_shape_list_dispose (GObject *object)
{
  GolfShapeList *self = (GolfShapeList *)object;
  GtkWidget *child;

  golf_shape_list_set_model (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (golf_shape_list_parent_class)->dispose (object);
}

static void
golf_shape_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GolfShapeList *self = GOLF_SHAPE_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, golf_shape_list_get_model (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shape_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GolfShapeList *self = GOLF_SHAPE_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      golf_shape_list_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shape_list_class_init (GolfShapeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_shape_list_dispose;
  object_class->get_property = golf_shape_list_get_property;
  object_class->set_property = golf_shape_list_set_property;

  /**
   * GolfShapeList:model:
   *
   * The dashboard model whose session and club the shapes are of.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, GOLF_TYPE_DASHBOARD_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
golf_shape_list_init (GolfShapeList *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 12);
  gtk_widget_set_parent (GTK_WIDGET (self->grid), GTK_WIDGET (self));

  self->none_label = GTK_LABEL (gtk_label_new (_("No shots with face angle and club path")));
  gtk_label_set_xalign (self->none_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->none_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->none_label), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->none_label), GTK_WIDGET (self));

  self->thresholds_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->thresholds_label, TRUE);
  gtk_label_set_xalign (self->thresholds_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->thresholds_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->thresholds_label), "caption");
  gtk_widget_set_parent (GTK_WIDGET (self->thresholds_label), GTK_WIDGET (self));
}

GolfDashboardModel *
golf_shape_list_get_model (GolfShapeList *self)
{
  g_return_val_if_fail (GOLF_IS_SHAPE_LIST (self), NULL);

  return self->model;
}

/**
 * golf_shape_list_set_model:
 * @self: a #GolfShapeList
 * @model: (nullable): the dashboard model to follow
 */
void
golf_shape_list_set_model (GolfShapeList      *self,
                           GolfDashboardModel *model)
{
  g_return_if_fail (GOLF_IS_SHAPE_LIST (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect_object (model, "notify::data", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::club", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * golf_shape_list_dup_text:
 * @self: a #GolfShapeList
 *
 * Returns: (transfer full): the list as text, a row a line with cells
 *   joined by "|", then the angles (tests and screen readers)
 */
char *
golf_shape_list_dup_text (GolfShapeList *self)
{
  GString *text = g_string_new (NULL);
  int row = 0;

  g_return_val_if_fail (GOLF_IS_SHAPE_LIST (self), NULL);

  while (gtk_grid_get_child_at (self->grid, 0, row) != NULL &&
         gtk_widget_get_visible (gtk_grid_get_child_at (self->grid, 0, row)))
    {
      for (int column = 0; column < 4; column++)
        {
          GtkWidget *cell = gtk_grid_get_child_at (self->grid, column, row);

          if (GTK_IS_LABEL (cell))
            g_string_append_printf (text, "%s|", gtk_label_get_text (GTK_LABEL (cell)));
        }
      g_string_append_c (text, '\n');
      row++;
    }
  g_string_append (text, gtk_label_get_text (self->thresholds_label));

  return g_string_free (text, FALSE);
}
