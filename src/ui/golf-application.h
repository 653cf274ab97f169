/* golf-application.h: the Golf Lab application: one database, its worker, its windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_APPLICATION (golf_application_get_type ())

G_DECLARE_FINAL_TYPE (GolfApplication, golf_application, GOLF, APPLICATION, AdwApplication)

GolfApplication *golf_application_new        (void);
GolfStore       *golf_application_get_store  (GolfApplication *self);
gboolean         golf_application_open_database (GolfApplication  *self,
                                                 const char       *path,
                                                 GError          **error);

G_END_DECLS
