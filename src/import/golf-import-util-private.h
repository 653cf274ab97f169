/* golf-import-util-private.h: helpers every reader and writer shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "golf-import-report.h"
#include "golf-import-types.h"
#include "golf-shot.h"

G_BEGIN_DECLS

/* The most any source file may hold: far more than any launch monitor's. */
#define GOLF_IMPORT_MAX_FILE_SIZE (G_GUINT64_CONSTANT (256) * 1024 * 1024)

/* A FNV-1a hash, for ids taken from content. */
#define GOLF_IMPORT_HASH_SEED G_GUINT64_CONSTANT (0xcbf29ce484222325)

/* A set of 64-bit hashes: 8 bytes a member, for telling repeats apart. */
typedef struct
{
  guint64 *slots;
  gsize    size;
  gsize    n_members;
} GolfHashSet;

void         _golf_hash_set_clear        (GolfHashSet         *set);
gboolean     _golf_hash_set_add          (GolfHashSet         *set,
                                          guint64              key);

guint64      _golf_import_hash           (guint64              hash,
                                          const void          *data,
                                          gsize                length);
char        *_golf_import_hash_text      (guint64              hash);
gboolean     _golf_import_is_all_digits  (const char          *text);
char        *_golf_import_clean_text     (const char          *text,
                                          gssize               length);
const char  *_golf_import_field_label    (GolfShotField        field);
const char  *_golf_import_field_si_unit  (GolfShotField        field);
char        *_golf_import_check_value    (GolfShotField        field,
                                          double              *value);
void         _golf_import_set_values     (GolfShot            *shot,
                                          double              *values,
                                          GolfImportReport    *report,
                                          const char          *where_format,
                                          ...) G_GNUC_PRINTF (4, 5);
int          _golf_import_open_file      (const char          *path,
                                          const char          *what,
                                          guint64             *size,
                                          GError             **error);
gboolean     _golf_import_read_file      (const char          *path,
                                          const char          *what,
                                          char               **contents,
                                          gsize               *length,
                                          GError             **error);
char        *_golf_import_describe_file  (const char          *path);
const char  *_golf_import_set_aside_to_string   (GolfSetAside  set_aside);
gboolean     _golf_import_set_aside_from_string (const char   *text,
                                                 GolfSetAside *set_aside);

G_END_DECLS
