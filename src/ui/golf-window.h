/* golf-window.h: the main window, sessions on the left, their pages on the right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "golf-capture-listener.h"
#include "golf-format.h"
#include "golf-session.h"
#include "golf-session-report.h"
#include "golf-store.h"

G_BEGIN_DECLS

#define GOLF_TYPE_WINDOW (golf_window_get_type ())

G_DECLARE_FINAL_TYPE (GolfWindow, golf_window, GOLF, WINDOW, AdwApplicationWindow)

GolfWindow   *golf_window_new            (GtkApplication *application,
                                          GolfStore      *store,
                                          const GError   *error);
GolfStore    *golf_window_get_store      (GolfWindow     *self);
const GError *golf_window_get_error      (GolfWindow     *self);
GolfSession  *golf_window_get_session    (GolfWindow     *self);
gboolean      golf_window_select_session (GolfWindow     *self,
                                          const char     *session_id);
GolfUnits     golf_window_get_units      (GolfWindow     *self);
GolfHand      golf_window_get_hand       (GolfWindow     *self);
gboolean      golf_window_get_live       (GolfWindow     *self);
void          golf_window_set_live       (GolfWindow     *self,
                                          gboolean        live);
const char   *golf_window_get_tag_filter (GolfWindow     *self);
void          golf_window_set_tag_filter (GolfWindow     *self,
                                          const char     *tag);
gboolean      golf_window_export_report_to_file (GolfWindow *self,
                                          GFile          *file,
                                          GolfReportPaper paper);
GolfCaptureListener *golf_window_get_listener (GolfWindow *self);
void          golf_window_show_error     (GolfWindow     *self,
                                          const GError   *error);
void          golf_window_import_files   (GolfWindow     *self,
                                          GFile         **files,
                                          guint           n_files);

G_END_DECLS
