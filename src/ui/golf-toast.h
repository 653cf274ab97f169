/* golf-toast.h: toasts whose text is shown as written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *golf_toast_new_for_text  (const char   *text);
AdwToast *golf_toast_new_for_error (const GError *error);
void      golf_toast_show_near     (GtkWidget    *widget,
                                    AdwToast     *toast);

G_END_DECLS
