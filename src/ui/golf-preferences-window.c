/* golf-preferences-window.c
 *
 * Every row is bound to its GSettings key, so a change takes effect in the
 * main window at once and is kept for the next start. The units' first
 * choice, "Automatic", names what the locale makes of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-preferences-window.h"
#include "golf-units-preference.h"

struct _GolfPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *distance_row;
  AdwComboRow          *speed_row;
  AdwComboRow          *hand_row;
  GtkSpinButton        *start_spin;
  GtkSpinButton        *curve_spin;
  GtkSpinButton        *severe_spin;
  GtkSpinButton        *wedge_curve_spin;
  GtkSpinButton        *wedge_severe_spin;
  AdwEntryRow          *capture_address_row;
  GtkSpinButton        *capture_port_spin;
  AdwEntryRow          *uneekor_api_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (GolfPreferencesWindow, golf_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The keys of the shot-shape thresholds, with the spin button of each. */
static const struct
{
  const char *key;
  gsize       spin_offset;
} threshold_keys[] = {
  { "shape-start-threshold", G_STRUCT_OFFSET (GolfPreferencesWindow, start_spin) },
  { "shape-curve-threshold", G_STRUCT_OFFSET (GolfPreferencesWindow, curve_spin) },
  { "shape-severe-threshold", G_STRUCT_OFFSET (GolfPreferencesWindow, severe_spin) },
  { "shape-wedge-curve-threshold", G_STRUCT_OFFSET (GolfPreferencesWindow, wedge_curve_spin) },
  { "shape-wedge-severe-threshold", G_STRUCT_OFFSET (GolfPreferencesWindow, wedge_severe_spin) },
};

/* An enum key shown as a combo row: the row's position is the nick's
 * place in @user_data. */
static gboolean
position_from_nick_cb (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (nicks[i], nick) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
nick_from_position_cb (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}

/* The port is a whole number; the spin button's adjustment a double. */
static gboolean
double_from_int_cb (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_int32 (variant));
  return TRUE;
}

static GVariant *
int_from_double_cb (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  return g_variant_new_int32 ((gint32) g_value_get_double (value));
}

static void
bind_combo (GolfPreferencesWindow *self,
            AdwComboRow           *row,
            const char            *key,
            const char * const    *nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                position_from_nick_cb, nick_from_position_cb, (gpointer) nicks, NULL);
}

/* "Automatic (metres)": what the locale makes of it today. */
static GListModel *
make_unit_choices (const char         *automatic,
                   const char * const *names)
{
  g_autofree char *first = g_strdup_printf (_("Automatic (%s)"), automatic);
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, first);
  for (guint i = 0; names[i] != NULL; i++)
    gtk_string_list_append (list, names[i]);

  return G_LIST_MODEL (list);
}

static void
setup_units (GolfPreferencesWindow *self)
{
  static const char * const distance_nicks[] = { "auto", "yards", "metres", NULL };
  static const char * const speed_nicks[] = { "auto", "mph", "kmh", "mps", NULL };
  const char *distances[] = { _("Yards"), _("Metres"), NULL };
  const char *speeds[] = { _("Miles per hour"), _("Kilometres per hour"), _("Metres per second"), NULL };
  gboolean metric = golf_units_preference_from_locale () == GOLF_DISTANCE_UNIT_METRES;
  g_autoptr(GListModel) distance_model = NULL;
  g_autoptr(GListModel) speed_model = NULL;

  distance_model = make_unit_choices (metric ? _("metres") : _("yards"), distances);
  /* Translators: what an automatic speed unit follows */
  speed_model = make_unit_choices (_("as the distances"), speeds);
  adw_combo_row_set_model (self->distance_row, distance_model);
  adw_combo_row_set_model (self->speed_row, speed_model);

  bind_combo (self, self->distance_row, "distance-unit", distance_nicks);
  bind_combo (self, self->speed_row, "speed-unit", speed_nicks);
}

/* A hook or slice threshold below its curve threshold would name no draw
 * or fade at all: the spin buttons keep them in order. */
static void
keep_order (GtkSpinButton *curve,
            GtkSpinButton *severe)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (severe);
  double lower = gtk_spin_button_get_value (curve);

  gtk_adjustment_set_lower (adjustment, lower);
  if (gtk_adjustment_get_value (adjustment) < lower)
    gtk_adjustment_set_value (adjustment, lower);
}

static void
on_curve_changed_cb (GolfPreferencesWindow *self)
{
  keep_order (self->curve_spin, self->severe_spin);
  keep_order (self->wedge_curve_spin, self->wedge_severe_spin);
}

static void
on_reset_shapes_clicked_cb (GolfPreferencesWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (threshold_keys); i++)
    g_settings_reset (self->settings, threshold_keys[i].key);
}

static void
setup_thresholds (GolfPreferencesWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (threshold_keys); i++)
    {
      GtkSpinButton *spin = G_STRUCT_MEMBER (GtkSpinButton *, self, threshold_keys[i].spin_offset);

      g_settings_bind (self->settings, threshold_keys[i].key,
                       gtk_spin_button_get_adjustment (spin), "value", G_SETTINGS_BIND_DEFAULT);
    }

  on_curve_changed_cb (self);
  g_signal_connect_object (self->curve_spin, "value-changed", G_CALLBACK (on_curve_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->wedge_curve_spin, "value-changed", G_CALLBACK (on_curve_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
golf_preferences_window_dispose (GObject *object)
{
  GolfPreferencesWindow *self = (GolfPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (golf_preferences_window_parent_class)->dispose (object);
}

static void
golf_preferences_window_class_init (GolfPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, distance_row);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, speed_row);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, hand_row);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, start_spin);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, curve_spin);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, severe_spin);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, wedge_curve_spin);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, wedge_severe_spin);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, capture_address_row);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, capture_port_spin);
  gtk_widget_class_bind_template_child (widget_class, GolfPreferencesWindow, uneekor_api_row);
  gtk_widget_class_bind_template_child_full (widget_class, "reset_shapes_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_shapes_clicked_cb);
}

static void
golf_preferences_window_init (GolfPreferencesWindow *self)
{
  static const char * const hand_nicks[] = { "right", "left", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  setup_units (self);
  bind_combo (self, self->hand_row, "handedness", hand_nicks);
  setup_thresholds (self);
  g_settings_bind (self->settings, "capture-address", self->capture_address_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "capture-port",
                                gtk_spin_button_get_adjustment (self->capture_port_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, double_from_int_cb, int_from_double_cb, NULL, NULL);
  g_settings_bind (self->settings, "uneekor-api", self->uneekor_api_row, "text", G_SETTINGS_BIND_DEFAULT);
}

/**
 * golf_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer full): the preferences, bound to the app's settings
 */
GolfPreferencesWindow *
golf_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (GOLF_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
