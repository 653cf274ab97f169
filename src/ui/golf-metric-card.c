/* golf-metric-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-metric-card"

#include "config.h"

#include "golf-metric-card.h"

struct _GolfMetricCard
{
  GtkWidget  parent_instance;

  GtkLabel  *title_label;
  GtkLabel  *value_label;
  GtkLabel  *unit_label;
  GtkLabel  *detail_label;

  char      *title;
  char      *value;
  char      *unit;
  char      *detail;
};

G_DEFINE_FINAL_TYPE (GolfMetricCard, golf_metric_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VALUE,
  PROP_UNIT,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
golf_metric_card_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), GOLF_TYPE_METRIC_CARD);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (golf_metric_card_parent_class)->dispose (object);
}

static void
golf_metric_card_finalize (GObject *object)
{
  GolfMetricCard *self = (GolfMetricCard *)object;

  g_free (self->title);
  g_free (self->value);
  g_free (self->unit);
  g_free (self->detail);

  G_OBJECT_CLASS (golf_metric_card_parent_class)->finalize (object);
}

static void
golf_metric_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GolfMetricCard *self = GOLF_METRIC_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, golf_metric_card_get_title (self));
      break;

    case PROP_VALUE:
      g_value_set_string (value, golf_metric_card_get_value (self));
      break;

    case PROP_UNIT:
      g_value_set_string (value, golf_metric_card_get_unit (self));
      break;

    case PROP_DETAIL:
      g_value_set_string (value, golf_metric_card_get_detail (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_metric_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GolfMetricCard *self = GOLF_METRIC_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      golf_metric_card_set_title (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      golf_metric_card_set_value (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      golf_metric_card_set_unit (self, g_value_get_string (value));
      break;

    case PROP_DETAIL:
      golf_metric_card_set_detail (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_metric_card_class_init (GolfMetricCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_metric_card_dispose;
  object_class->finalize = golf_metric_card_finalize;
  object_class->get_property = golf_metric_card_get_property;
  object_class->set_property = golf_metric_card_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         "—",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-metric-card.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfMetricCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, GolfMetricCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, GolfMetricCard, unit_label);
  gtk_widget_class_bind_template_child (widget_class, GolfMetricCard, detail_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "metric-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
golf_metric_card_init (GolfMetricCard *self)
{
  self->value = g_strdup ("—");

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * golf_metric_card_new:
 * @title: what the number is, as a golfer says it
 *
 * Returns: (transfer full): a new #GolfMetricCard showing "—"
 */
GtkWidget *
golf_metric_card_new (const char *title)
{
  return g_object_new (GOLF_TYPE_METRIC_CARD,
                       "title", title,
                       NULL);
}

/**
 * golf_metric_card_get_title:
 * @self: a #GolfMetricCard
 *
 * Returns: (nullable): the title
 */
const char *
golf_metric_card_get_title (GolfMetricCard *self)
{
  g_return_val_if_fail (GOLF_IS_METRIC_CARD (self), NULL);

  return self->title;
}

/**
 * golf_metric_card_set_title:
 * @self: a #GolfMetricCard
 * @title: (nullable): the title
 */
void
golf_metric_card_set_title (GolfMetricCard *self,
                            const char     *title)
{
  g_return_if_fail (GOLF_IS_METRIC_CARD (self));

  if (replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * golf_metric_card_get_value:
 * @self: a #GolfMetricCard
 *
 * Returns: (nullable): the number as shown, without its unit
 */
const char *
golf_metric_card_get_value (GolfMetricCard *self)
{
  g_return_val_if_fail (GOLF_IS_METRIC_CARD (self), NULL);

  return self->value;
}

/**
 * golf_metric_card_set_value:
 * @self: a #GolfMetricCard
 * @value: (nullable): the number, formatted for display
 */
void
golf_metric_card_set_value (GolfMetricCard *self,
                            const char     *value)
{
  g_return_if_fail (GOLF_IS_METRIC_CARD (self));

  if (replace_string (&self->value, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * golf_metric_card_get_unit:
 * @self: a #GolfMetricCard
 *
 * Returns: (nullable): the unit shown beside the value
 */
const char *
golf_metric_card_get_unit (GolfMetricCard *self)
{
  g_return_val_if_fail (GOLF_IS_METRIC_CARD (self), NULL);

  return self->unit;
}

/**
 * golf_metric_card_set_unit:
 * @self: a #GolfMetricCard
 * @unit: (nullable): a unit such as "yd", or %NULL for none
 */
void
golf_metric_card_set_unit (GolfMetricCard *self,
                           const char     *unit)
{
  g_return_if_fail (GOLF_IS_METRIC_CARD (self));

  if (replace_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

/**
 * golf_metric_card_get_detail:
 * @self: a #GolfMetricCard
 *
 * Returns: (nullable): the small line under the value (a spread, say)
 */
const char *
golf_metric_card_get_detail (GolfMetricCard *self)
{
  g_return_val_if_fail (GOLF_IS_METRIC_CARD (self), NULL);

  return self->detail;
}

/**
 * golf_metric_card_set_detail:
 * @self: a #GolfMetricCard
 * @detail: (nullable): a line such as "± 2.1°"
 */
void
golf_metric_card_set_detail (GolfMetricCard *self,
                             const char     *detail)
{
  g_return_if_fail (GOLF_IS_METRIC_CARD (self));

  if (replace_string (&self->detail, detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}
