/* golf-model-dict-private.h: a{sv} and a{sd} dictionaries built in their serialised form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Builds the dictionaries of a GolfModelInfo ("metrics" a{sd},
 * "hyperparameters" and "split" a{sv}) straight into GVariant's serialised
 * form, one allocation in all. GVariantBuilder makes four variants per
 * entry, and those were most of the time a sidecar took to read. Values
 * are strings, booleans, 64-bit integers and doubles. */
typedef struct
{
  guint8   *body;
  gsize     length;
  gsize     allocated;
  gsize    *ends;       /* where each entry ends */
  guint     n_entries;
  guint     n_allocated;
  gboolean  variants;   /* a{sv}; a{sd} otherwise */
} GolfModelDict;

void      _golf_model_dict_init        (GolfModelDict *dict,
                                        gboolean       variants);
void      _golf_model_dict_add_string  (GolfModelDict *dict,
                                        const char    *key,
                                        gsize          key_length,
                                        const char    *value,
                                        gsize          value_length);
void      _golf_model_dict_add_boolean (GolfModelDict *dict,
                                        const char    *key,
                                        gsize          key_length,
                                        gboolean       value);
void      _golf_model_dict_add_int64   (GolfModelDict *dict,
                                        const char    *key,
                                        gsize          key_length,
                                        gint64         value);
void      _golf_model_dict_add_double  (GolfModelDict *dict,
                                        const char    *key,
                                        gsize          key_length,
                                        double         value);
GVariant *_golf_model_dict_end         (GolfModelDict *dict);
void      _golf_model_dict_clear       (GolfModelDict *dict);

G_END_DECLS
