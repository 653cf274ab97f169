/* golf-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-window"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "golf-metric-card.h"
#include "golf-model-window.h"
#include "golf-session-metrics.h"
#include "golf-window.h"

struct _GolfWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkListView          *session_list;
  GtkWidget            *updating_box;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *error_page;
  GolfMetricCard       *shot_count_card;
  GolfMetricCard       *clubs_card;
  GolfMetricCard       *avg_carry_card;
  GolfMetricCard       *best_carry_card;
  GolfMetricCard       *avg_total_card;
  GolfMetricCard       *ball_speed_card;
  GolfMetricCard       *club_speed_card;
  GolfMetricCard       *smash_card;
  GolfMetricCard       *face_angle_card;
  GolfMetricCard       *club_path_card;
  GolfMetricCard       *face_to_path_card;
  GolfMetricCard       *strike_card;

  GolfStore            *store;
  GError               *error;
  GListModel           *sessions;
  GtkSingleSelection   *selection;
  GolfSession          *session;
  GSettings            *settings;
  gboolean              imperial;
};

G_DEFINE_FINAL_TYPE (GolfWindow, golf_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ERROR,
  PROP_SESSION,
  PROP_IMPERIAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting for the template's <closure> bindings. The first argument is
 * the object the expression is evaluated for; none of them needs it.
 */

static char *
format_number (double value,
               int    digits)
{
  if (isnan (value))
    return g_strdup ("—");

  return g_strdup_printf ("%.*f", digits, value);
}

static char *
format_distance (gpointer unused,
                 double   metres,
                 gboolean imperial)
{
  return format_number (golf_unit_to_display (GOLF_UNIT_DISTANCE, metres, imperial), 1);
}

static char *
format_distance_unit (gpointer unused,
                      gboolean imperial)
{
  /* Translators: abbreviations of yards and metres */
  return g_strdup (imperial ? _("yd") : _("m"));
}

static char *
format_speed (gpointer unused,
              double   metres_per_second,
              gboolean imperial)
{
  return format_number (golf_unit_to_display (GOLF_UNIT_SPEED, metres_per_second, imperial), 1);
}

static char *
format_speed_unit (gpointer unused,
                   gboolean imperial)
{
  /* Translators: abbreviations of miles per hour and metres per second */
  return g_strdup (imperial ? _("mph") : _("m/s"));
}

static char *
format_smash (gpointer unused,
              double   smash)
{
  return format_number (smash, 2);
}

static char *
format_angle (gpointer unused,
              double   degrees)
{
  if (isnan (degrees))
    return g_strdup ("—");

  /* Signed, so a golfer sees open (+) or closed (−) at a glance. */
  if (fabs (degrees) < 0.05)
    return g_strdup ("0.0°");

  return g_strdup_printf ("%+.1f°", degrees);
}

static char *
format_spread (double      std,
               const char *unit)
{
  if (isnan (std))
    return g_strdup ("");

  /* Translators: a standard deviation, like "± 2.1°" */
  return g_strdup_printf (_("± %.1f%s"), std, unit);
}

static char *
format_angle_spread (gpointer unused,
                     double   std)
{
  return format_spread (std, "°");
}

static char *
format_millimetres (gpointer unused,
                    double   millimetres)
{
  return format_number (millimetres, 1);
}

static char *
format_millimetres_spread (gpointer unused,
                           double   std)
{
  return format_spread (std, " mm");
}

static char *
format_count (gpointer unused,
              guint    count)
{
  return g_strdup_printf ("%u", count);
}

static char *
format_clubs (gpointer    unused,
              const char *clubs_used)
{
  if (clubs_used == NULL || clubs_used[0] == '\0')
    return g_strdup ("—");

  return g_strdup (clubs_used);
}

static char *
format_session_date (gpointer    unused,
                     const char *date)
{
  g_autoptr(GDateTime) datetime = NULL;
  int year, month, day;

  if (date == NULL || date[0] == '\0')
    return g_strdup (_("Undated Session"));

  if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3)
    datetime = g_date_time_new_utc (year, month, day, 0, 0, 0);

  if (datetime == NULL)
    return g_strdup (date);

  /* Translators: the date of a session, see the GLib docs of
   * g_date_time_format() for the codes: "Tue 24 November 2026" */
  /* xgettext:no-c-format */
  return g_date_time_format (datetime, _("%a %-d %B %Y"));
}

static char *
format_session_summary (gpointer    unused,
                        guint       shot_count,
                        const char *clubs_used)
{
  g_autofree char *shots = NULL;

  shots = g_strdup_printf (ngettext ("%u shot", "%u shots", shot_count), shot_count);
  if (clubs_used == NULL || clubs_used[0] == '\0')
    return g_steal_pointer (&shots);

  /* Translators: shot count and clubs of a session: "24 shots · Driver, 7 Iron" */
  return g_strdup_printf (_("%s · %s"), shots, clubs_used);
}

static int
compare_sessions_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  GolfSession *session_a = (GolfSession *)a;
  GolfSession *session_b = (GolfSession *)b;
  int cmp;

  /* Newest first: the session just practised is the one a golfer opens. */
  cmp = g_strcmp0 (golf_session_get_date (session_b), golf_session_get_date (session_a));
  if (cmp == 0)
    cmp = g_strcmp0 (golf_session_get_id (session_b), golf_session_get_id (session_a));

  return gtk_ordering_from_cmpfunc (cmp);
}

static gboolean
get_imperial_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  g_value_set_boolean (value, g_strcmp0 (g_variant_get_string (variant, NULL), "si") != 0);
  return TRUE;
}

static GVariant *
set_imperial_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  return g_variant_new_string (g_value_get_boolean (value) ? "imperial" : "si");
}

static void
set_session (GolfWindow  *self,
             GolfSession *session)
{
  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
update_visible_page (GolfWindow *self)
{
  const char *page = "sessions";

  if (self->store == NULL)
    page = "error";
  else if (g_list_model_get_n_items (self->sessions) == 0)
    page = "empty";

  gtk_stack_set_visible_child_name (self->main_stack, page);
}

static void
on_sessions_changed_cb (GolfWindow *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *model)
{
  update_visible_page (self);
}

static void
on_selected_item_changed_cb (GolfWindow         *self,
                             GParamSpec         *pspec,
                             GtkSingleSelection *selection)
{
  set_session (self, gtk_single_selection_get_selected_item (selection));
}

/* A click on a folded window (the list activates on single click then),
 * a double click or Enter: show that session's dashboard. */
static void
on_session_activated_cb (GolfWindow  *self,
                         guint        position,
                         GtkListView *list)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_clicked_cb (GolfWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
setup_session_list (GolfWindow *self)
{
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkSortListModel *sorted;
  GtkSorter *sorter;

  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "format_session_date", G_CALLBACK (format_session_date),
                                           "format_session_summary", G_CALLBACK (format_session_summary),
                                           NULL);
  factory = gtk_builder_list_item_factory_new_from_resource (scope, "/io/github/golflab/GolfLab/ui/golf-window-session-row.ui");
  gtk_list_view_set_factory (self->session_list, factory);

  if (self->store == NULL)
    return;

  self->sessions = g_object_ref (golf_store_get_sessions (self->store));
  g_signal_connect_object (self->sessions,
                           "items-changed",
                           G_CALLBACK (on_sessions_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_sessions_cb, NULL, NULL));
  sorted = gtk_sort_list_model_new (g_object_ref (self->sessions), sorter);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  g_signal_connect_object (self->selection,
                           "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->session_list, GTK_SELECTION_MODEL (self->selection));
  set_session (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
show_error (GolfWindow *self)
{
  g_autofree char *description = NULL;

  /* The store's messages already say what to do about the file. */
  if (self->error != NULL)
    description = g_markup_escape_text (self->error->message, -1);
  else
    description = g_strdup (_("No database was given."));

  adw_status_page_set_description (self->error_page, description);
}

static void
golf_window_constructed (GObject *object)
{
  GolfWindow *self = (GolfWindow *)object;

  G_OBJECT_CLASS (golf_window_parent_class)->constructed (object);

  setup_session_list (self);
  if (self->store == NULL)
    show_error (self);
  update_visible_page (self);
}

static gboolean
golf_window_close_request (GtkWindow *window)
{
  GolfWindow *self = (GolfWindow *)window;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (golf_window_parent_class)->close_request (window);
}

static void
golf_window_dispose (GObject *object)
{
  GolfWindow *self = (GolfWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_WINDOW);

  g_clear_object (&self->session);
  g_clear_object (&self->selection);
  g_clear_object (&self->sessions);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (golf_window_parent_class)->dispose (object);
}

static void
golf_window_finalize (GObject *object)
{
  GolfWindow *self = (GolfWindow *)object;

  g_clear_error (&self->error);

  G_OBJECT_CLASS (golf_window_parent_class)->finalize (object);
}

static void
golf_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GolfWindow *self = GOLF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, golf_window_get_store (self));
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, golf_window_get_error (self));
      break;

    case PROP_SESSION:
      g_value_set_object (value, golf_window_get_session (self));
      break;

    case PROP_IMPERIAL:
      g_value_set_boolean (value, golf_window_get_imperial (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GolfWindow *self = GOLF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ERROR:
      self->error = g_value_dup_boxed (value);
      break;

    case PROP_IMPERIAL:
      golf_window_set_imperial (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
show_model_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GolfWindow *self = GOLF_WINDOW (widget);
  GolfModelWindow *window = golf_model_window_new (GTK_WINDOW (self), NULL,
                                                   golf_window_get_imperial (self));

  gtk_window_present (GTK_WINDOW (window));
}

static void
golf_window_class_init (GolfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = golf_window_constructed;
  object_class->dispose = golf_window_dispose;
  object_class->finalize = golf_window_finalize;
  object_class->get_property = golf_window_get_property;
  object_class->set_property = golf_window_set_property;

  window_class->close_request = golf_window_close_request;

  /**
   * GolfWindow:store:
   *
   * The database whose sessions the window shows; %NULL when it could not
   * be opened (see #GolfWindow:error).
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GOLF_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:error:
   *
   * Why the database could not be opened; shown instead of the sessions.
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:session:
   *
   * The session selected in the sidebar, whose dashboard is shown.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         GOLF_TYPE_SESSION,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * GolfWindow:imperial:
   *
   * Whether distances show in yards and speeds in mph (the `units` setting).
   */
  properties[PROP_IMPERIAL] =
    g_param_spec_boolean ("imperial", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GOLF_TYPE_METRIC_CARD);
  g_type_ensure (GOLF_TYPE_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, content);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, session_list);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, updating_box);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, shot_count_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, clubs_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, avg_carry_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, best_carry_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, avg_total_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, ball_speed_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, club_speed_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, smash_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, face_angle_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, club_path_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, face_to_path_card);
  gtk_widget_class_bind_template_child (widget_class, GolfWindow, strike_card);

  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_session_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_angle);
  gtk_widget_class_bind_template_callback (widget_class, format_angle_spread);
  gtk_widget_class_bind_template_callback (widget_class, format_clubs);
  gtk_widget_class_bind_template_callback (widget_class, format_count);
  gtk_widget_class_bind_template_callback (widget_class, format_distance);
  gtk_widget_class_bind_template_callback (widget_class, format_distance_unit);
  gtk_widget_class_bind_template_callback (widget_class, format_millimetres);
  gtk_widget_class_bind_template_callback (widget_class, format_millimetres_spread);
  gtk_widget_class_bind_template_callback (widget_class, format_session_date);
  gtk_widget_class_bind_template_callback (widget_class, format_session_summary);
  gtk_widget_class_bind_template_callback (widget_class, format_smash);
  gtk_widget_class_bind_template_callback (widget_class, format_speed);
  gtk_widget_class_bind_template_callback (widget_class, format_speed_unit);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-model", NULL, show_model_action);
}

static void
golf_window_init (GolfWindow *self)
{
  g_autoptr(GAction) units_action = NULL;

  self->imperial = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "units",
                                self, "imperial",
                                G_SETTINGS_BIND_DEFAULT,
                                get_imperial_mapping,
                                set_imperial_mapping,
                                NULL, NULL);
  units_action = g_settings_create_action (self->settings, "units");
  g_action_map_add_action (G_ACTION_MAP (self), units_action);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/**
 * golf_window_new:
 * @application: (nullable): the application the window belongs to
 * @store: (nullable): the open database, or %NULL if it could not be opened
 * @error: (nullable): why @store could not be opened
 *
 * Creates the main window. Without a store it shows @error in place of the
 * sessions, so a damaged file never takes the application down with it.
 *
 * Returns: (transfer full): a new #GolfWindow
 */
GolfWindow *
golf_window_new (GtkApplication *application,
                 GolfStore      *store,
                 const GError   *error)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || GOLF_IS_STORE (store), NULL);

  return g_object_new (GOLF_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "error", error,
                       NULL);
}

/**
 * golf_window_get_store:
 * @self: a #GolfWindow
 *
 * Returns: (transfer none) (nullable): the database shown, if it opened
 */
GolfStore *
golf_window_get_store (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * golf_window_get_error:
 * @self: a #GolfWindow
 *
 * Returns: (transfer none) (nullable): why the database could not be opened
 */
const GError *
golf_window_get_error (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->error;
}

/**
 * golf_window_get_session:
 * @self: a #GolfWindow
 *
 * Returns: (transfer none) (nullable): the session whose dashboard is shown
 */
GolfSession *
golf_window_get_session (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * golf_window_get_imperial:
 * @self: a #GolfWindow
 *
 * Returns: %TRUE when distances show in yards and speeds in mph
 */
gboolean
golf_window_get_imperial (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), TRUE);

  return self->imperial;
}

/**
 * golf_window_set_imperial:
 * @self: a #GolfWindow
 * @imperial: %TRUE for yards and mph, %FALSE for metres and m/s
 *
 * Changes the units of the dashboard (and so the `units` setting).
 */
void
golf_window_set_imperial (GolfWindow *self,
                          gboolean    imperial)
{
  g_return_if_fail (GOLF_IS_WINDOW (self));

  imperial = !!imperial;
  if (self->imperial == imperial)
    return;

  self->imperial = imperial;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPERIAL]);
}
