/* golf-window-live.c: recording shots from a launch-monitor connector
 *
 * The "Live" toggle in the header bar starts a GolfCaptureListener on the
 * address and port of the preferences. Each shot a connector sends goes
 * through the store as any other, so the dashboard's numbers follow by
 * themselves; the window shows the live session and the charts ring the
 * newest shot. The club picked beside the toggle is told to the connector
 * (as GSPro tells it) and labels the shots that name none. When the
 * listener cannot start, a toast says why and what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-toast.h"
#include "golf-window-private.h"

/* The clubs offered beside the toggle, in bag order. */
static const char * const bag[] = {
  "Driver", "3 Wood", "5 Wood", "7 Wood", "3 Hybrid", "4 Hybrid", "5 Hybrid",
  "3 Iron", "4 Iron", "5 Iron", "6 Iron", "7 Iron", "8 Iron", "9 Iron",
  "PW", "GW", "SW", "LW", "Putter", NULL,
};

static void
update_status (GolfWindow *self)
{
  guint n = self->listener != NULL ? golf_capture_listener_get_connection_count (self->listener) : 0;
  g_autofree char *where = NULL;
  g_autofree char *status = NULL;

  if (!self->live)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->live_button),
                                   _("Record shots from a launch monitor’s connector as they are hit (Ctrl+L)"));
      return;
    }

  where = g_strdup_printf ("%s:%u", golf_capture_listener_get_address (self->listener),
                           golf_capture_listener_get_port (self->listener));
  status = n == 0
           /* Translators: while Live is on, before a connector connects: %s is where Golf Lab listens */
           ? g_strdup_printf (_("Waiting for a connector on %s"), where)
           /* Translators: while Live is on: "1 connector on 127.0.0.1:9210" */
           : g_strdup_printf (ngettext ("%u connector on %s", "%u connectors on %s", n), n, where);
  gtk_label_set_text (self->live_status_label, status);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->live_button), status);
}

/* What went wrong, in words, with the way out. */
static char *
describe_start_error (GolfWindow   *self,
                      const GError *error)
{
  guint port = g_settings_get_int (self->settings, "capture-port");
  g_autofree char *address = g_settings_get_string (self->settings, "capture-address");

  if (g_error_matches (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_ADDRESS_IN_USE))
    return g_strdup_printf (_("Port %u is in use by another program, GSPro perhaps. Choose another port "
                              "in Preferences and set the connector to the same one."), port);
  if (g_error_matches (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_PERMISSION_DENIED))
    return g_strdup_printf (_("Linux keeps port %u for privileged programs. Choose a port of 1024 or above "
                              "in Preferences, such as 9210, and set the connector to the same one."), port);
  if (g_error_matches (error, GOLF_CAPTURE_ERROR, GOLF_CAPTURE_ERROR_INVALID_ADDRESS))
    return g_strdup_printf (_("“%s” is not an address of this computer to listen on. Set it in Preferences: "
                              "127.0.0.1 for a connector on this computer."), address);

  /* Translators: %s is the reason */
  return g_strdup_printf (_("Live capture could not start: %s"), error->message);
}

static gboolean
start_listening (GolfWindow *self)
{
  g_autofree char *address = g_settings_get_string (self->settings, "capture-address");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  golf_capture_listener_set_address (self->listener, address);
  golf_capture_listener_set_port (self->listener, g_settings_get_int (self->settings, "capture-port"));
  /* Live shots are the golfer's own: the player "Me" with the hand of
   * the preferences. */
  golf_capture_listener_set_player_id (self->listener, 0);
  golf_capture_listener_set_hand (self->listener, g_settings_get_enum (self->settings, "handedness"));

  if (golf_capture_listener_start (self->listener, &error))
    return TRUE;

  g_warning ("Cannot listen for connectors: %s", error->message);
  message = describe_start_error (self, error);
  toast = golf_toast_new_for_text (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  _golf_window_show_toast (self, toast);

  return FALSE;
}

/* The dashboard follows the live session and rings the newest shot. */
static void
on_shot_received_cb (GolfWindow          *self,
                     GolfShot            *shot,
                     GolfCaptureListener *listener)
{
  const char *session_id = golf_shot_get_session_id (shot);
  GolfDashboardModel *model = golf_dashboard_page_get_model (self->dashboard_page);

  if (self->session == NULL || g_strcmp0 (golf_session_get_id (self->session), session_id) != 0)
    golf_window_select_session (self, session_id);

  if (model != NULL)
    golf_dashboard_model_set_highlight_shot (model, golf_shot_get_id (shot));
}

/* A club named by the connector (or by GSPro) shows in the selector. */
static void
on_listener_club_changed_cb (GolfWindow          *self,
                             GParamSpec          *pspec,
                             GolfCaptureListener *listener)
{
  const char *club = golf_capture_listener_get_club (listener);
  guint selected = 0;

  for (guint i = 0; club != NULL && bag[i] != NULL; i++)
    if (g_strcmp0 (bag[i], club) == 0)
      selected = i + 1;

  self->syncing_live_club = TRUE;
  gtk_drop_down_set_selected (self->live_club_dropdown, selected);
  self->syncing_live_club = FALSE;
}

static void
on_live_club_selected_cb (GolfWindow  *self,
                          GParamSpec  *pspec,
                          GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing_live_club || self->listener == NULL)
    return;

  golf_capture_listener_set_club (self->listener,
                                  selected == 0 || selected == GTK_INVALID_LIST_POSITION ? NULL : bag[selected - 1]);
}

static void
ensure_listener (GolfWindow *self)
{
  if (self->listener != NULL)
    return;

  self->listener = golf_capture_listener_new (self->store);
  g_signal_connect_object (self->listener, "shot-received", G_CALLBACK (on_shot_received_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->listener, "notify::club", G_CALLBACK (on_listener_club_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->listener, "notify::connection-count", G_CALLBACK (update_status),
                           self, G_CONNECT_SWAPPED);
}

/**
 * _golf_window_set_live:
 * @self: a #GolfWindow
 * @live: whether to record shots from connectors
 *
 * Starts or stops listening; a listener that cannot start leaves the
 * toggle off and says why in a toast.
 */
void
_golf_window_set_live (GolfWindow *self,
                       gboolean    live)
{
  GolfDashboardModel *model = golf_dashboard_page_get_model (self->dashboard_page);

  live = live && self->store != NULL;
  if (self->live == live)
    return;

  if (live)
    {
      ensure_listener (self);
      live = start_listening (self);
    }
  else if (self->listener != NULL)
    {
      golf_capture_listener_stop (self->listener);
      if (model != NULL)
        golf_dashboard_model_set_highlight_shot (model, NULL);
    }

  if (self->live != live)
    self->live = live;
  gtk_revealer_set_reveal_child (self->live_box, live);
  if (live)
    gtk_widget_add_css_class (GTK_WIDGET (self->live_button), "live");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->live_button), "live");
  update_status (self);
}

/**
 * golf_window_get_listener:
 * @self: a #GolfWindow
 *
 * Returns: (transfer none) (nullable): the listener, once Live was switched on
 */
GolfCaptureListener *
golf_window_get_listener (GolfWindow *self)
{
  g_return_val_if_fail (GOLF_IS_WINDOW (self), NULL);

  return self->listener;
}

void
_golf_window_setup_live (GolfWindow *self)
{
  g_autoptr(GtkStringList) clubs = gtk_string_list_new ((const char * const[]) { _("Club from the Connector"), NULL });

  gtk_string_list_splice (clubs, 1, 0, bag);
  gtk_drop_down_set_model (self->live_club_dropdown, G_LIST_MODEL (clubs));
  g_signal_connect_object (self->live_club_dropdown, "notify::selected", G_CALLBACK (on_live_club_selected_cb),
                           self, G_CONNECT_SWAPPED);
  update_status (self);
}

void
_golf_window_dispose_live (GolfWindow *self)
{
  if (self->listener != NULL)
    golf_capture_listener_stop (self->listener);
  g_clear_object (&self->listener);
}
