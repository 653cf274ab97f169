/* golf-chart-view.c
 *
 * The widget half of a chart. The drawing itself is a GTK-free function
 * (src/charts/) the PDF report calls too; this view gives it a cairo
 * context from the snapshot, the dashboard model's analytics and a
 * palette from the widget's style, so the chart follows dark and light.
 * It redraws when the analytics, the club or the units change, names the
 * shot under the pointer in a tooltip (and under a click in a popover),
 * and tells screen readers what it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <glib/gi18n.h>

#include "golf-chart-view.h"
#include "golf-format.h"

typedef struct
{
  GolfDashboardModel *model;
  GolfUnits            units;
  GtkWidget          *popover;
  guint               n_draws;
} GolfChartViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (GolfChartView, golf_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The club list of the input lives as long as the data it points into. */
static gboolean
fill_input (GolfChartView  *self,
            GolfChartInput *input,
            GPtrArray      *clubs)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);
  GolfDashboardData *data = priv->model != NULL ? golf_dashboard_model_get_data (priv->model) : NULL;

  if (data == NULL)
    return FALSE;

  for (guint i = 0; i < golf_dashboard_data_get_n_clubs (data); i++)
    g_ptr_array_add (clubs, golf_dashboard_data_get_club (data, i)->club);
  g_ptr_array_add (clubs, NULL);

  *input = (GolfChartInput) {
    .table = golf_dashboard_data_get_table (data),
    .kept = golf_dashboard_data_get_kept (data),
    .dispersion = golf_dashboard_data_get_dispersion (data),
    .clubs = (const char * const *)clubs->pdata,
    .club = golf_dashboard_model_get_club (priv->model),
    .units = priv->units,
    .hand = golf_dashboard_model_get_hand (priv->model),
    .highlight = golf_dashboard_model_get_highlight_shot (priv->model),
    .only_ids = golf_dashboard_model_get_tagged_shots (priv->model),
  };

  return TRUE;
}

/**
 * golf_chart_palette_init_for_widget:
 * @palette: (out caller-allocates): the palette to fill
 * @widget: the widget a chart draws in
 *
 * The palette for @widget: its text colour, its font, and club colours
 * for a dark or a light page.
 */
void
golf_chart_palette_init_for_widget (GolfChartPalette *palette,
                                    GtkWidget        *widget)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA color;

  golf_chart_palette_init (palette, dark);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  palette->foreground = (GolfChartColor) { color.red, color.green, color.blue, color.alpha };
  palette->grid = palette->foreground;
  palette->grid.alpha *= dark ? 0.12 : 0.1;
  palette->target = palette->foreground;
  palette->target.alpha *= 0.6;

  if (font != NULL && pango_font_description_get_family (font) != NULL)
    palette->font_family = pango_font_description_get_family (font);
  if (font != NULL && pango_font_description_get_size (font) > 0)
    palette->font_size = pango_font_description_get_size (font) / (double)PANGO_SCALE *
                         (pango_font_description_get_size_is_absolute (font) ? 1.0 : 96.0 / 72.0);
}

static void
golf_chart_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  GolfChartView *self = GOLF_CHART_VIEW (widget);
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GolfChartInput input = { 0 };
  GolfChartPalette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  golf_chart_palette_init_for_widget (&palette, GTK_WIDGET (self));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  GOLF_CHART_VIEW_GET_CLASS (self)->draw (cr, width, height,
                                          fill_input (self, &input, clubs) ? &input : NULL,
                                          &palette);
  cairo_destroy (cr);
  priv->n_draws++;
}

static void
golf_chart_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 320;
}

/**
 * golf_chart_view_dup_description:
 * @self: a #GolfChartView
 *
 * Returns: (transfer full): what the chart shows in words, as screen
 *   readers are told
 */
char *
golf_chart_view_dup_description (GolfChartView *self)
{
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();
  GolfChartInput input;

  g_return_val_if_fail (GOLF_IS_CHART_VIEW (self), NULL);

  return GOLF_CHART_VIEW_GET_CLASS (self)->describe (fill_input (self, &input, clubs) ? &input : NULL);
}

static void
update_description (GolfChartView *self)
{
  g_autofree char *description = golf_chart_view_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
on_model_changed_cb (GolfChartView *self)
{
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
golf_chart_view_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_tooltip,
                               GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_tooltip)
    return FALSE;

  text = golf_chart_view_dup_shot_text (GOLF_CHART_VIEW (widget), x, y);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* A click (or a tap, where there is no hovering) names the shot too. */
static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               GolfChartView   *self)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);
  g_autofree char *text = golf_chart_view_dup_shot_text (self, x, y);
  GtkWidget *label;

  if (text == NULL)
    return;

  label = gtk_label_new (text);
  gtk_popover_set_child (GTK_POPOVER (priv->popover), label);
  gtk_popover_set_pointing_to (GTK_POPOVER (priv->popover), &(GdkRectangle) { x - 4, y - 4, 8, 8 });
  gtk_popover_popup (GTK_POPOVER (priv->popover));
}

static void
on_dark_changed_cb (GolfChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
golf_chart_view_dispose (GObject *object)
{
  GolfChartView *self = (GolfChartView *)object;
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);

  g_clear_pointer (&priv->popover, gtk_widget_unparent);
  golf_chart_view_set_model (self, NULL);

  G_OBJECT_CLASS (golf_chart_view_parent_class)->dispose (object);
}

static void
golf_chart_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GolfChartView *self = GOLF_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, golf_chart_view_get_model (self));
      break;
    case PROP_UNITS:
      g_value_set_uint (value, golf_chart_view_get_units (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_chart_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GolfChartView *self = GOLF_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      golf_chart_view_set_model (self, g_value_get_object (value));
      break;
    case PROP_UNITS:
      golf_chart_view_set_units (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_chart_view_class_init (GolfChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_chart_view_dispose;
  object_class->get_property = golf_chart_view_get_property;
  object_class->set_property = golf_chart_view_set_property;

  widget_class->snapshot = golf_chart_view_snapshot;
  widget_class->measure = golf_chart_view_measure;
  widget_class->query_tooltip = golf_chart_view_query_tooltip;

  /**
   * GolfChartView:model:
   *
   * The dashboard model whose analytics and club the chart shows.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, GOLF_TYPE_DASHBOARD_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * GolfChartView:units:
   *
   * The units distances show in (a #GolfUnits).
   */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL,  0, G_MAXUINT, GOLF_UNITS_IMPERIAL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
golf_chart_view_init (GolfChartView *self)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);
  GtkGesture *click = gtk_gesture_click_new ();

  priv->units = GOLF_UNITS_IMPERIAL;
  priv->popover = gtk_popover_new ();
  gtk_widget_set_parent (priv->popover, GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * golf_chart_view_get_model:
 * @self: a #GolfChartView
 *
 * Returns: (transfer none) (nullable): the model the chart shows
 */
GolfDashboardModel *
golf_chart_view_get_model (GolfChartView *self)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);

  g_return_val_if_fail (GOLF_IS_CHART_VIEW (self), NULL);

  return priv->model;
}

/**
 * golf_chart_view_set_model:
 * @self: a #GolfChartView
 * @model: (nullable): the dashboard model to show
 */
void
golf_chart_view_set_model (GolfChartView      *self,
                           GolfDashboardModel *model)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);

  g_return_if_fail (GOLF_IS_CHART_VIEW (self));

  if (priv->model == model)
    return;

  if (priv->model != NULL)
    g_signal_handlers_disconnect_by_func (priv->model, on_model_changed_cb, self);
  g_set_object (&priv->model, model);
  if (model != NULL)
    {
      g_signal_connect_object (model, "notify::data", G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::club", G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::hand", G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::tag", G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::highlight-shot", G_CALLBACK (gtk_widget_queue_draw), self,
                               G_CONNECT_SWAPPED);
    }

  on_model_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * golf_chart_view_get_units:
 * @self: a #GolfChartView
 *
 * Returns: the units distances show in
 */
GolfUnits
golf_chart_view_get_units (GolfChartView *self)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);

  g_return_val_if_fail (GOLF_IS_CHART_VIEW (self), TRUE);

  return priv->units;
}

/**
 * golf_chart_view_set_units:
 * @self: a #GolfChartView
 * @units: the units to show
 */
void
golf_chart_view_set_units (GolfChartView *self,
                              GolfUnits       units)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);

  g_return_if_fail (GOLF_IS_CHART_VIEW (self));

  if (priv->units == !!units)
    return;

  priv->units = !!units;
  on_model_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/**
 * golf_chart_view_dup_shot_text:
 * @self: a #GolfChartView
 * @x: a point on the chart
 * @y: a point on the chart
 *
 * Returns: (transfer full) (nullable): the shot drawn there in words —
 *   its number and club, carry and lateral, face and path — or %NULL
 */
char *
golf_chart_view_dup_shot_text (GolfChartView *self,
                               double         x,
                               double         y)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();
  g_autofree char *name = NULL;
  g_autofree char *carry = NULL;
  g_autofree char *lateral = NULL;
  g_autofree char *face = NULL;
  g_autofree char *path = NULL;
  const GolfShotTableRow *row;
  GolfChartInput input;
  GolfChartPalette palette;
  int index;

  g_return_val_if_fail (GOLF_IS_CHART_VIEW (self), NULL);

  if (!fill_input (self, &input, clubs))
    return NULL;

  golf_chart_palette_init_for_widget (&palette, GTK_WIDGET (self));
  index = GOLF_CHART_VIEW_GET_CLASS (self)->find_row (gtk_widget_get_width (GTK_WIDGET (self)),
                                                      gtk_widget_get_height (GTK_WIDGET (self)),
                                                      &input, &palette, x, y);
  if (index < 0)
    return NULL;

  row = golf_shot_table_get_row (input.table, index);
  name = golf_dashboard_model_dup_shot_name (priv->model, index);
  carry = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, row->carry, priv->units);
  lateral = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, fabs (row->side_distance), priv->units);
  face = golf_format_angle (row->face_angle);
  path = golf_format_angle (row->club_path);

  /* Translators: a shot named on a chart: "Shot 12 · 7 Iron", then
   * "Carry 153.1 yd, 3.5 yd left", then "Face +1.2°, path −0.8°" */
  return g_strdup_printf (_("%s\nCarry %s, %s %s\nFace %s, path %s%s"),
                          name, carry, lateral,
                          isnan (row->side_distance) ? "" : row->side_distance < 0 ? _("left") : _("right"),
                          face, path,
                          golf_kept_shots_is_kept (input.kept, index) ? "" : _("\nSet aside"));
}

/**
 * golf_chart_view_get_n_shown:
 * @self: a #GolfChartView
 *
 * Returns: how many shots the chart shows now: those of its club, and of
 *   the tag the model is limited to (a shot lacking the chart's values
 *   still counts)
 */
guint
golf_chart_view_get_n_shown (GolfChartView *self)
{
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();
  GolfChartInput input;
  guint n = 0;

  g_return_val_if_fail (GOLF_IS_CHART_VIEW (self), 0);

  if (!fill_input (self, &input, clubs))
    return 0;

  for (guint r = 0; r < golf_shot_table_get_n_rows (input.table); r++)
    n += golf_chart_input_shows_row (&input, r) ? 1 : 0;

  return n;
}

/**
 * golf_chart_view_get_n_draws:
 * @self: a #GolfChartView
 *
 * Returns: how many times the chart was drawn (tests)
 */
guint
golf_chart_view_get_n_draws (GolfChartView *self)
{
  GolfChartViewPrivate *priv = golf_chart_view_get_instance_private (self);

  g_return_val_if_fail (GOLF_IS_CHART_VIEW (self), 0);

  return priv->n_draws;
}
