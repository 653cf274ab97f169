/* golf-import-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-import-report-private.h"
#include "golf-json-writer.h"

/* A report lists this many set-aside rows and refused values in its text;
 * the rest are counted. The JSON and the accessors have them all. */
#define MAX_LISTED 20

typedef struct
{
  char  *session_id;
  guint  counts[3];
} SessionCounts;

typedef struct
{
  char          *where;
  char          *reason;
  GolfShotField  field;
} Note;

struct _GolfImportReport
{
  GObject     parent_instance;
  char       *source;
  GArray     *sessions;     /* SessionCounts, in the order first seen */
  GArray     *set_aside;    /* Note */
  GArray     *refused;      /* Note */
  guint       totals[3];
};

G_DEFINE_FINAL_TYPE (GolfImportReport, golf_import_report, G_TYPE_OBJECT)

static void
session_counts_clear (gpointer data)
{
  SessionCounts *counts = data;

  g_free (counts->session_id);
}

static void
note_clear (gpointer data)
{
  Note *note = data;

  g_free (note->where);
  g_free (note->reason);
}

static void
golf_import_report_finalize (GObject *object)
{
  GolfImportReport *self = (GolfImportReport *)object;

  g_free (self->source);
  g_array_unref (self->sessions);
  g_array_unref (self->set_aside);
  g_array_unref (self->refused);

  G_OBJECT_CLASS (golf_import_report_parent_class)->finalize (object);
}

static void
golf_import_report_class_init (GolfImportReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_import_report_finalize;
}

static void
golf_import_report_init (GolfImportReport *self)
{
  self->sessions = g_array_new (FALSE, TRUE, sizeof (SessionCounts));
  g_array_set_clear_func (self->sessions, session_counts_clear);
  self->set_aside = g_array_new (FALSE, TRUE, sizeof (Note));
  g_array_set_clear_func (self->set_aside, note_clear);
  self->refused = g_array_new (FALSE, TRUE, sizeof (Note));
  g_array_set_clear_func (self->refused, note_clear);
}

/**
 * golf_import_report_new:
 * @source: (nullable): what was imported, as a person names it
 *   ("Garmin R10/R50 CSV “range.csv”")
 *
 * Returns: (transfer full): an empty report
 */
GolfImportReport *
golf_import_report_new (const char *source)
{
  GolfImportReport *self = g_object_new (GOLF_TYPE_IMPORT_REPORT, NULL);

  self->source = g_strdup (source);

  return self;
}

/**
 * golf_import_report_get_source:
 * @self: a #GolfImportReport
 *
 * Returns: (nullable): what was imported ("Uneekor report 44478")
 */
const char *
golf_import_report_get_source (GolfImportReport *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), NULL);
  return self->source;
}

void
_golf_import_report_set_source (GolfImportReport *self,
                                const char       *source)
{
  g_free (self->source);
  self->source = g_strdup (source);
}

/**
 * golf_import_report_get_n_new:
 * @self: a #GolfImportReport
 *
 * Returns: how many shots were not in the store before
 */
guint
golf_import_report_get_n_new (GolfImportReport *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), 0);
  return self->totals[GOLF_IMPORT_OUTCOME_NEW];
}

/**
 * golf_import_report_get_n_updated:
 * @self: a #GolfImportReport
 *
 * Returns: how many shots the store held with other values, now replaced
 */
guint
golf_import_report_get_n_updated (GolfImportReport *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), 0);
  return self->totals[GOLF_IMPORT_OUTCOME_UPDATED];
}

/**
 * golf_import_report_get_n_unchanged:
 * @self: a #GolfImportReport
 *
 * Returns: how many shots the store already held just so (not written again)
 */
guint
golf_import_report_get_n_unchanged (GolfImportReport *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), 0);
  return self->totals[GOLF_IMPORT_OUTCOME_UNCHANGED];
}

/**
 * golf_import_report_get_n_set_aside:
 * @self: a #GolfImportReport
 *
 * Returns: how many rows or shots of the source were not imported
 */
guint
golf_import_report_get_n_set_aside (GolfImportReport *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), 0);
  return self->set_aside->len;
}

/**
 * golf_import_report_get_n_refused_values:
 * @self: a #GolfImportReport
 *
 * Returns: how many values were physically impossible and so stored as
 *   missing (the rest of their shot was imported)
 */
guint
golf_import_report_get_n_refused_values (GolfImportReport *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), 0);
  return self->refused->len;
}

/**
 * golf_import_report_get_n_sessions:
 * @self: a #GolfImportReport
 *
 * Returns: how many sessions the import touched
 */
guint
golf_import_report_get_n_sessions (GolfImportReport *self)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), 0);
  return self->sessions->len;
}

/**
 * golf_import_report_get_session_id:
 * @self: a #GolfImportReport
 * @index: which session, from 0, in the order the source holds them
 *
 * Returns: the session's id
 */
const char *
golf_import_report_get_session_id (GolfImportReport *self,
                                   guint             index)
{
  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), NULL);
  g_return_val_if_fail (index < self->sessions->len, NULL);

  return g_array_index (self->sessions, SessionCounts, index).session_id;
}

/**
 * golf_import_report_get_session_counts:
 * @self: a #GolfImportReport
 * @index: which session, from 0
 * @n_new: (out) (optional): its new shots
 * @n_updated: (out) (optional): its updated shots
 * @n_unchanged: (out) (optional): its unchanged shots
 */
void
golf_import_report_get_session_counts (GolfImportReport *self,
                                       guint             index,
                                       guint            *n_new,
                                       guint            *n_updated,
                                       guint            *n_unchanged)
{
  SessionCounts *counts;

  g_return_if_fail (GOLF_IS_IMPORT_REPORT (self));
  g_return_if_fail (index < self->sessions->len);

  counts = &g_array_index (self->sessions, SessionCounts, index);
  if (n_new != NULL)
    *n_new = counts->counts[GOLF_IMPORT_OUTCOME_NEW];
  if (n_updated != NULL)
    *n_updated = counts->counts[GOLF_IMPORT_OUTCOME_UPDATED];
  if (n_unchanged != NULL)
    *n_unchanged = counts->counts[GOLF_IMPORT_OUTCOME_UNCHANGED];
}

static const Note *
get_note (GArray *notes,
          guint   index)
{
  g_return_val_if_fail (index < notes->len, NULL);
  return &g_array_index (notes, Note, index);
}

/**
 * golf_import_report_get_set_aside_where:
 * @self: a #GolfImportReport
 * @index: which set-aside row, from 0
 *
 * Returns: where it was in the source ("row 12", "shot 44478_1_7")
 */
const char *
golf_import_report_get_set_aside_where (GolfImportReport *self,
                                        guint             index)
{
  const Note *note;

  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), NULL);
  note = get_note (self->set_aside, index);

  return note ? note->where : NULL;
}

/**
 * golf_import_report_get_set_aside_reason:
 * @self: a #GolfImportReport
 * @index: which set-aside row, from 0
 *
 * Returns: why it was not imported, in words
 */
const char *
golf_import_report_get_set_aside_reason (GolfImportReport *self,
                                         guint             index)
{
  const Note *note;

  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), NULL);
  note = get_note (self->set_aside, index);

  return note ? note->reason : NULL;
}

/**
 * golf_import_report_get_refused_where:
 * @self: a #GolfImportReport
 * @index: which refused value, from 0
 *
 * Returns: the row or shot the value was in
 */
const char *
golf_import_report_get_refused_where (GolfImportReport *self,
                                      guint             index)
{
  const Note *note;

  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), NULL);
  note = get_note (self->refused, index);

  return note ? note->where : NULL;
}

/**
 * golf_import_report_get_refused_field:
 * @self: a #GolfImportReport
 * @index: which refused value, from 0
 *
 * Returns: the measurement it was given for
 */
GolfShotField
golf_import_report_get_refused_field (GolfImportReport *self,
                                      guint             index)
{
  const Note *note;

  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), GOLF_SHOT_N_FIELDS);
  note = get_note (self->refused, index);

  return note ? note->field : GOLF_SHOT_N_FIELDS;
}

/**
 * golf_import_report_get_refused_reason:
 * @self: a #GolfImportReport
 * @index: which refused value, from 0
 *
 * Returns: the value and why it cannot be ("ball speed 212 m/s is above
 *   150 m/s")
 */
const char *
golf_import_report_get_refused_reason (GolfImportReport *self,
                                       guint             index)
{
  const Note *note;

  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), NULL);
  note = get_note (self->refused, index);

  return note ? note->reason : NULL;
}

static SessionCounts *
find_session (GolfImportReport *self,
              const char       *session_id)
{
  SessionCounts counts = { 0, };

  /* Sources hold few sessions, usually in runs: look from the end. */
  for (guint i = self->sessions->len; i > 0; i--)
    {
      SessionCounts *existing = &g_array_index (self->sessions, SessionCounts, i - 1);

      if (strcmp (existing->session_id, session_id) == 0)
        return existing;
    }

  counts.session_id = g_strdup (session_id);
  g_array_append_val (self->sessions, counts);

  return &g_array_index (self->sessions, SessionCounts, self->sessions->len - 1);
}

void
_golf_import_report_count (GolfImportReport  *self,
                           const char        *session_id,
                           GolfImportOutcome  outcome,
                           guint              n)
{
  g_assert (outcome <= GOLF_IMPORT_OUTCOME_UNCHANGED);

  find_session (self, session_id)->counts[outcome] += n;
  self->totals[outcome] += n;
}

/* Forgets the counts (not the notes): an import that failed stored nothing. */
void
_golf_import_report_clear_counts (GolfImportReport *self)
{
  g_array_set_size (self->sessions, 0);
  memset (self->totals, 0, sizeof self->totals);
}

void
_golf_import_report_set_aside (GolfImportReport *self,
                               const char       *where,
                               const char       *format,
                               ...)
{
  Note note = { 0, };
  va_list args;

  va_start (args, format);
  note.reason = g_strdup_vprintf (format, args);
  va_end (args);
  note.where = g_strdup (where);
  note.field = GOLF_SHOT_N_FIELDS;

  g_array_append_val (self->set_aside, note);
}

void
_golf_import_report_refuse_value (GolfImportReport *self,
                                  const char       *where,
                                  GolfShotField     field,
                                  const char       *reason)
{
  Note note = { 0, };

  note.where = g_strdup (where);
  note.field = field;
  note.reason = g_strdup (reason);

  g_array_append_val (self->refused, note);
}

static void
append_notes (GString    *text,
              GArray     *notes,
              const char *heading)
{
  if (notes->len == 0)
    return;

  g_string_append (text, heading);
  g_string_append_c (text, '\n');
  for (guint i = 0; i < notes->len && i < MAX_LISTED; i++)
    {
      const Note *note = &g_array_index (notes, Note, i);

      g_string_append_printf (text, "  %s: %s\n", note->where, note->reason);
    }
  if (notes->len > MAX_LISTED)
    {
      guint n_more = notes->len - MAX_LISTED;

      g_string_append (text, "  ");
      /* Translators: after the first 20 set-aside rows or refused values */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more", n_more), n_more);
      g_string_append_c (text, '\n');
    }
}

/**
 * golf_import_report_to_text:
 * @self: a #GolfImportReport
 *
 * The report for a person: a summary line, a line per session with its
 * new, updated and unchanged shots, then each set-aside row with its
 * reason and each refused value (the first 20 of each; the rest counted).
 *
 * Returns: (transfer full): the text, ending in a newline
 */
char *
golf_import_report_to_text (GolfImportReport *self)
{
  GString *text;
  g_autofree char *heading = NULL;
  g_autofree char *shots = NULL;
  g_autofree char *sessions = NULL;
  guint n_shots;

  g_return_val_if_fail (GOLF_IS_IMPORT_REPORT (self), NULL);

  text = g_string_new (NULL);
  n_shots = self->totals[0] + self->totals[1] + self->totals[2];

  if (self->source != NULL)
    g_string_append_printf (text, "%s\n", self->source);

  /* Translators: how many shots an import read, for "Imported %s into %s: …" */
  shots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shot", "%u shots", n_shots), n_shots);
  /* Translators: how many sessions an import touched, for "Imported %s into %s: …" */
  sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", self->sessions->len),
                              self->sessions->len);
  /* Translators: the first line of an import's report: "Imported 12 shots
   * into 2 sessions: 10 new, 1 updated, 1 unchanged, 3 set aside" */
  g_string_append_printf (text, _("Imported %s into %s: %u new, %u updated, %u unchanged, %u set aside"),
                          shots, sessions, self->totals[0], self->totals[1], self->totals[2],
                          self->set_aside->len);
  g_string_append_c (text, '\n');

  for (guint i = 0; i < self->sessions->len; i++)
    {
      SessionCounts *counts = &g_array_index (self->sessions, SessionCounts, i);

      g_string_append (text, "  ");
      /* Translators: a line per session of an import's report; %s is its id */
      g_string_append_printf (text, _("session %s: %u new, %u updated, %u unchanged"),
                              counts->session_id, counts->counts[0], counts->counts[1],
                              counts->counts[2]);
      g_string_append_c (text, '\n');
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Set aside %u row:", "Set aside %u rows:", self->set_aside->len),
                             self->set_aside->len);
  append_notes (text, self->set_aside, heading);
  g_clear_pointer (&heading, g_free);

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stored as missing: %u value:",
                                          "Stored as missing: %u values:", self->refused->len),
                             self->refused->len);
  append_notes (text, self->refused, heading);

  return g_string_free (text, FALSE);
}

static void
build_notes_json (JsonBuilder *builder,
                  const char  *name,
                  GArray      *notes)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < notes->len; i++)
    {
      const Note *note = &g_array_index (notes, Note, i);

      json_builder_begin_object (builder);
      golf_json_add_string (builder, "where", note->where);
      if (note->field < GOLF_SHOT_N_FIELDS)
        golf_json_add_string (builder, "field", golf_shot_field_get_name (note->field));
      golf_json_add_string (builder, "reason", note->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * golf_import_report_build_json:
 * @self: a #GolfImportReport
 * @builder: a #JsonBuilder where a value is expected
 *
 * Adds the report as one object: `source`, `new`, `updated`, `unchanged`,
 * `set_aside` (a count), `sessions` (each with `id`, `new`, `updated`,
 * `unchanged`), `set_aside_rows` and `refused_values` (each with `where`,
 * `reason`, and `field` for refused values).
 */
void
golf_import_report_build_json (GolfImportReport *self,
                               JsonBuilder      *builder)
{
  g_return_if_fail (GOLF_IS_IMPORT_REPORT (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_begin_object (builder);
  golf_json_add_string (builder, "source", self->source);
  golf_json_add_int (builder, "new", self->totals[0]);
  golf_json_add_int (builder, "updated", self->totals[1]);
  golf_json_add_int (builder, "unchanged", self->totals[2]);
  golf_json_add_int (builder, "set_aside", self->set_aside->len);

  json_builder_set_member_name (builder, "sessions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->sessions->len; i++)
    {
      SessionCounts *counts = &g_array_index (self->sessions, SessionCounts, i);

      json_builder_begin_object (builder);
      golf_json_add_string (builder, "id", counts->session_id);
      golf_json_add_int (builder, "new", counts->counts[0]);
      golf_json_add_int (builder, "updated", counts->counts[1]);
      golf_json_add_int (builder, "unchanged", counts->counts[2]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  build_notes_json (builder, "set_aside_rows", self->set_aside);
  build_notes_json (builder, "refused_values", self->refused);
  json_builder_end_object (builder);
}
