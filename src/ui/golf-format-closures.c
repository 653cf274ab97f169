/* golf-format-closures.c: the formatter's functions for template bindings
 *
 * Templates reach the formatter through <closure> bindings; these are the
 * functions they call. The first argument is the template's object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-format"

#include "config.h"

#include "golf-format.h"
#include "golf-format-closures.h"

static char *
format_distance_cb (gpointer object,
                    double   metres,
                    GolfUnits units)
{
  return golf_format_value (GOLF_UNIT_DISTANCE, metres, units);
}

static char *
format_distance_unit_cb (gpointer object,
                         GolfUnits units)
{
  return g_strdup (golf_format_unit_symbol (GOLF_UNIT_DISTANCE, units));
}

static char *
format_speed_cb (gpointer object,
                 double   metres_per_second,
                 GolfUnits units)
{
  return golf_format_value (GOLF_UNIT_SPEED, metres_per_second, units);
}

static char *
format_speed_unit_cb (gpointer object,
                      GolfUnits units)
{
  return g_strdup (golf_format_unit_symbol (GOLF_UNIT_SPEED, units));
}

static char *
format_smash_cb (gpointer object,
                 double   smash)
{
  return golf_format_number (smash, 2);
}

static char *
format_angle_cb (gpointer object,
                 double   degrees)
{
  return golf_format_angle (degrees);
}

static char *
format_degrees_cb (gpointer object,
                   double   degrees)
{
  return golf_format_value_with_unit (GOLF_UNIT_ANGLE, degrees, GOLF_UNITS_METRIC);
}

static char *
format_angle_spread_cb (gpointer object,
                        double   std)
{
  return golf_format_spread (GOLF_UNIT_ANGLE, std, GOLF_UNITS_METRIC);
}

static char *
format_millimetres_cb (gpointer object,
                       double   millimetres)
{
  return golf_format_value (GOLF_UNIT_MILLIMETRE, millimetres, GOLF_UNITS_METRIC);
}

static char *
format_millimetres_spread_cb (gpointer object,
                              double   std)
{
  return golf_format_spread (GOLF_UNIT_MILLIMETRE, std, GOLF_UNITS_METRIC);
}

static char *
format_count_cb (gpointer object,
                 guint    count)
{
  return g_strdup_printf ("%u", count);
}

static char *
format_shot_count_cb (gpointer object,
                      guint    count)
{
  return golf_format_shot_count (count);
}

static char *
format_date_cb (gpointer    object,
                const char *date)
{
  return golf_format_date (date);
}

static char *
format_text_cb (gpointer    object,
                const char *text)
{
  if (text == NULL || text[0] == '\0')
    return g_strdup (GOLF_FORMAT_MISSING);

  return g_strdup (text);
}

/**
 * golf_format_bind_template_callbacks:
 * @widget_class: a widget class with a template
 *
 * Makes the formatter's closures available to @widget_class's template:
 * `format_distance (metres, units)`, `format_distance_unit (units)`,
 * `format_speed`, `format_speed_unit`, `format_smash`, `format_angle`
 * (signed: left or right), `format_degrees` (unsigned),
 * `format_angle_spread`, `format_millimetres`, `format_millimetres_spread`,
 * `format_count`, `format_shot_count`, `format_date` and `format_text`.
 */
void
golf_format_bind_template_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback_full (widget_class, "format_distance", G_CALLBACK (format_distance_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_distance_unit", G_CALLBACK (format_distance_unit_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_speed", G_CALLBACK (format_speed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_speed_unit", G_CALLBACK (format_speed_unit_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_smash", G_CALLBACK (format_smash_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_angle", G_CALLBACK (format_angle_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_degrees", G_CALLBACK (format_degrees_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_angle_spread", G_CALLBACK (format_angle_spread_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_millimetres", G_CALLBACK (format_millimetres_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_millimetres_spread", G_CALLBACK (format_millimetres_spread_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_count", G_CALLBACK (format_count_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_shot_count", G_CALLBACK (format_shot_count_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_date", G_CALLBACK (format_date_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "format_text", G_CALLBACK (format_text_cb));
}
