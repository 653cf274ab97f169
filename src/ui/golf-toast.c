/* golf-toast.c
 *
 * A toast's title is Pango markup: a message that names a folder such as
 * “Golf & Fitness” would show as nothing. These toasts show their text as
 * written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-toast"

#include "config.h"

#include "golf-toast.h"

/**
 * golf_toast_new_for_text:
 * @text: what the toast says, plain text
 *
 * Returns: (transfer full): a toast that shows @text as written
 */
AdwToast *
golf_toast_new_for_text (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/**
 * golf_toast_new_for_error:
 * @error: what went wrong, in words a person can act on
 *
 * Returns: (transfer full): a toast of high priority that shows @error's
 *   message as written
 */
AdwToast *
golf_toast_new_for_error (const GError *error)
{
  AdwToast *toast = golf_toast_new_for_text (error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  return toast;
}

/**
 * golf_toast_show_near:
 * @widget: a widget inside an #AdwToastOverlay
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast in the toast overlay around @widget; without one, the
 * toast's title goes to the log.
 */
void
golf_toast_show_near (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  g_message ("%s", adw_toast_get_title (toast));
  g_object_unref (toast);
}
