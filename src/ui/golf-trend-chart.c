/* golf-trend-chart.c
 *
 * The widget half of the trend chart: golf_chart_trend_draw() (GTK-free,
 * src/charts/) draws into the snapshot with a palette from the
 * widget's style; the point under the pointer is named in a tooltip, and
 * screen readers get the chart in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-trend-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "golf-chart-trend.h"
#include "golf-chart-view.h"
#include "golf-trend-chart.h"

struct _GolfTrendChart
{
  GtkWidget  parent_instance;

  GolfTrend *trend;
  GolfUnits  units;
  char      *highlight;
};

G_DEFINE_FINAL_TYPE (GolfTrendChart, golf_trend_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TREND,
  PROP_UNITS,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GolfChartTrendInput
make_input (GolfTrendChart *self)
{
  return (GolfChartTrendInput) { self->trend, self->units, self->highlight };
}

static void
golf_trend_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  GolfTrendChart *self = GOLF_TREND_CHART (widget);
  GolfChartTrendInput input = make_input (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GolfChartPalette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  golf_chart_palette_init_for_widget (&palette, widget);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  golf_chart_trend_draw (cr, width, height, &input, &palette);
  cairo_destroy (cr);
}

static void
golf_trend_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 300 : 220;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 300;
}

static gboolean
golf_trend_chart_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_tooltip,
                                GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_tooltip || (text = golf_trend_chart_dup_point_text (GOLF_TREND_CHART (widget), x, y)) == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
changed (GolfTrendChart *self)
{
  g_autofree char *description = golf_trend_chart_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
golf_trend_chart_finalize (GObject *object)
{
  GolfTrendChart *self = GOLF_TREND_CHART (object);

  g_clear_pointer (&self->trend, golf_trend_unref);
  g_free (self->highlight);

  G_OBJECT_CLASS (golf_trend_chart_parent_class)->finalize (object);
}

static void
golf_trend_chart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GolfTrendChart *self = GOLF_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_TREND:
      g_value_set_boxed (value, golf_trend_chart_get_trend (self));
      break;
    case PROP_UNITS:
      g_value_set_uint (value, golf_trend_chart_get_units (self));
      break;
    case PROP_HIGHLIGHT:
      g_value_set_string (value, golf_trend_chart_get_highlight (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_trend_chart_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GolfTrendChart *self = GOLF_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_TREND:
      golf_trend_chart_set_trend (self, g_value_get_boxed (value));
      break;
    case PROP_UNITS:
      golf_trend_chart_set_units (self, g_value_get_uint (value));
      break;
    case PROP_HIGHLIGHT:
      golf_trend_chart_set_highlight (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_trend_chart_class_init (GolfTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = golf_trend_chart_finalize;
  object_class->get_property = golf_trend_chart_get_property;
  object_class->set_property = golf_trend_chart_set_property;

  widget_class->snapshot = golf_trend_chart_snapshot;
  widget_class->measure = golf_trend_chart_measure;
  widget_class->query_tooltip = golf_trend_chart_query_tooltip;

  /**
   * GolfTrendChart:trend:
   *
   * The trend drawn; %NULL draws an empty chart.
   */
  properties[PROP_TREND] =
    g_param_spec_boxed ("trend", NULL, NULL, GOLF_TYPE_TREND,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfTrendChart:units:
   *
   * The units values show in (a #GolfUnits).
   */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL, 0, G_MAXUINT, GOLF_UNITS_IMPERIAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfTrendChart:highlight:
   *
   * The session whose point stands out: the one the window shows.
   */
  properties[PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
golf_trend_chart_init (GolfTrendChart *self)
{
  self->units = GOLF_UNITS_IMPERIAL;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GolfTrend *
golf_trend_chart_get_trend (GolfTrendChart *self)
{
  g_return_val_if_fail (GOLF_IS_TREND_CHART (self), NULL);

  return self->trend;
}

/**
 * golf_trend_chart_set_trend:
 * @self: a #GolfTrendChart
 * @trend: (nullable): the trend to draw
 */
void
golf_trend_chart_set_trend (GolfTrendChart *self,
                            GolfTrend      *trend)
{
  g_return_if_fail (GOLF_IS_TREND_CHART (self));

  if (self->trend == trend)
    return;

  g_clear_pointer (&self->trend, golf_trend_unref);
  self->trend = trend != NULL ? golf_trend_ref (trend) : NULL;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREND]);
}

GolfUnits
golf_trend_chart_get_units (GolfTrendChart *self)
{
  g_return_val_if_fail (GOLF_IS_TREND_CHART (self), GOLF_UNITS_IMPERIAL);

  return self->units;
}

void
golf_trend_chart_set_units (GolfTrendChart *self,
                            GolfUnits       units)
{
  g_return_if_fail (GOLF_IS_TREND_CHART (self));

  if (self->units == units)
    return;

  self->units = units;
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

const char *
golf_trend_chart_get_highlight (GolfTrendChart *self)
{
  g_return_val_if_fail (GOLF_IS_TREND_CHART (self), NULL);

  return self->highlight;
}

/**
 * golf_trend_chart_set_highlight:
 * @self: a #GolfTrendChart
 * @session_id: (nullable): the session whose point stands out
 */
void
golf_trend_chart_set_highlight (GolfTrendChart *self,
                                const char     *session_id)
{
  g_return_if_fail (GOLF_IS_TREND_CHART (self));

  if (g_strcmp0 (self->highlight, session_id) == 0)
    return;

  g_free (self->highlight);
  self->highlight = g_strdup (session_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

/**
 * golf_trend_chart_dup_point_text:
 * @self: a #GolfTrendChart
 * @x: a point on the chart
 * @y: a point on the chart
 *
 * Returns: (transfer full) (nullable): the session drawn there in words:
 *   "Tue 3 Mar 2026 · 152.3 yd · 41 shots", or %NULL
 */
char *
golf_trend_chart_dup_point_text (GolfTrendChart *self,
                                 double          x,
                                 double          y)
{
  GolfChartTrendInput input = make_input (self);
  const GolfTrendPoint *point;
  g_autofree char *date = NULL;
  g_autofree char *value = NULL;
  g_autofree char *count = NULL;
  GolfChartPalette palette;
  int index;

  g_return_val_if_fail (GOLF_IS_TREND_CHART (self), NULL);

  golf_chart_palette_init_for_widget (&palette, GTK_WIDGET (self));
  index = golf_chart_trend_find_point (gtk_widget_get_width (GTK_WIDGET (self)),
                                       gtk_widget_get_height (GTK_WIDGET (self)),
                                       &input, &palette, x, y);
  if (index < 0)
    return NULL;

  point = golf_trend_get_point (self->trend, index);
  date = golf_format_date (point->date);
  value = golf_format_metric_value_with_unit (golf_trend_get_metric (self->trend), point->value, self->units);
  count = golf_format_shot_count (point->n);

  /* Translators: a session on the trend chart: its date, its median and
   * how many shots it is of: "Tue 3 Mar 2026 · 152.3 yd · 41 shots" */
  return g_strdup_printf (_("%s · %s · %s"), date, value, count);
}

/**
 * golf_trend_chart_dup_description:
 * @self: a #GolfTrendChart
 *
 * Returns: (transfer full): the chart in words, as screen readers get it
 */
char *
golf_trend_chart_dup_description (GolfTrendChart *self)
{
  GolfChartTrendInput input = make_input (self);

  g_return_val_if_fail (GOLF_IS_TREND_CHART (self), NULL);

  return golf_chart_trend_describe (&input);
}
