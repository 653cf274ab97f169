/* golf-preferences-window.h: units, hand, shot shapes and the advanced settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GOLF_TYPE_PREFERENCES_WINDOW (golf_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (GolfPreferencesWindow, golf_preferences_window, GOLF, PREFERENCES_WINDOW, AdwPreferencesWindow)

GolfPreferencesWindow *golf_preferences_window_new (GtkWindow *parent);

G_END_DECLS
