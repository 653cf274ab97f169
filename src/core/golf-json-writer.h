/* golf-json-writer.h: JSON text that every JSON reader accepts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char       *golf_json_to_string     (JsonNode    *node,
                                     gboolean     pretty);
const char *golf_json_format_double (double       value,
                                     char         buffer[G_ASCII_DTOSTR_BUF_SIZE]);
void        golf_json_add_number    (JsonBuilder *builder,
                                     const char  *name,
                                     double       value);
void        golf_json_add_string    (JsonBuilder *builder,
                                     const char  *name,
                                     const char  *value);
void        golf_json_add_int       (JsonBuilder *builder,
                                     const char  *name,
                                     gint64       value);
void        golf_json_add_bool      (JsonBuilder *builder,
                                     const char  *name,
                                     gboolean     value);

G_END_DECLS
