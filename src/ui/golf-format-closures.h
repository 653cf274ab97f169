/* golf-format-closures.h: the formatter's functions for template bindings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void golf_format_bind_template_callbacks (GtkWidgetClass *widget_class);

G_END_DECLS
