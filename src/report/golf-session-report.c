/* golf-session-report.c: a printable PDF report of a session, or of a
 * player's sessions over a date range
 *
 * A report is read from the store when it is made (on the store's
 * thread) and written later, on any thread: a cairo PDF surface, text
 * through Pango with its fonts embedded, the charts drawn by the same
 * functions as the window's chart widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-date-range.h"
#include "golf-report-section-private.h"
#include "golf-session-report.h"

/* Points: 1/72 inch. */
#define A4_WIDTH (210.0 / 25.4 * 72.0)
#define A4_HEIGHT (297.0 / 25.4 * 72.0)
#define LETTER_WIDTH (8.5 * 72.0)
#define LETTER_HEIGHT (11.0 * 72.0)

/* Chart text in points, beside the report's 9.5 pt body text. */
#define CHART_FONT_SIZE 7.5

struct _GolfSessionReport
{
  GObject          parent_instance;
  GPtrArray       *sections;   /* GolfReportSection */
  char            *title;
  char            *author;
  GolfReportPaper  paper;
  GolfUnits        units;
};

G_DEFINE_FINAL_TYPE (GolfSessionReport, golf_session_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (golf-report-error-quark, golf_report_error)

static void
golf_session_report_finalize (GObject *object)
{
  GolfSessionReport *self = GOLF_SESSION_REPORT (object);

  g_ptr_array_unref (self->sections);
  g_free (self->title);
  g_free (self->author);

  G_OBJECT_CLASS (golf_session_report_parent_class)->finalize (object);
}

static void
golf_session_report_class_init (GolfSessionReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = golf_session_report_finalize;
}

static void
golf_session_report_init (GolfSessionReport *self)
{
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) _golf_report_section_free);
  self->paper = GOLF_REPORT_PAPER_A4;
  self->units = GOLF_UNITS_IMPERIAL;
}

/**
 * golf_report_paper_from_string:
 * @name: "a4" or "letter" (any case)
 * @paper: (out): the paper
 *
 * Returns: whether @name names a paper size
 */
gboolean
golf_report_paper_from_string (const char      *name,
                               GolfReportPaper *paper)
{
  g_return_val_if_fail (name != NULL && paper != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = GOLF_REPORT_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = GOLF_REPORT_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

/**
 * golf_report_paper_for_locale:
 * @locale: (nullable): a locale name such as "en_US.UTF-8" or "de_DE";
 *   %NULL for the paper locale of the program
 *
 * Returns: Letter in the countries that print on it (the United States,
 *   Canada, Mexico, the Philippines and most of Central America), A4
 *   everywhere else
 */
GolfReportPaper
golf_report_paper_for_locale (const char *locale)
{
  static const char * const letter_countries[] = {
    "US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "DO", "NI", "HN", NULL
  };
  g_autofree char *country = NULL;
  const char *start;

#ifdef LC_PAPER
  if (locale == NULL)
    locale = setlocale (LC_PAPER, NULL);
#endif
  if (locale == NULL || (start = strchr (locale, '_')) == NULL)
    return GOLF_REPORT_PAPER_A4;

  country = g_strndup (start + 1, strcspn (start + 1, ".@"));

  return g_strv_contains (letter_countries, country) ? GOLF_REPORT_PAPER_LETTER : GOLF_REPORT_PAPER_A4;
}

/**
 * golf_report_paper_get_size:
 * @paper: a paper size
 * @width: (out): its width in points (1/72 inch)
 * @height: (out): its height in points
 */
void
golf_report_paper_get_size (GolfReportPaper  paper,
                            double          *width,
                            double          *height)
{
  *width = paper == GOLF_REPORT_PAPER_LETTER ? LETTER_WIDTH : A4_WIDTH;
  *height = paper == GOLF_REPORT_PAPER_LETTER ? LETTER_HEIGHT : A4_HEIGHT;
}

static gboolean
add_section (GolfSessionReport  *self,
             GolfStore          *store,
             GPtrArray          *sessions,
             gboolean            summary,
             GError            **error)
{
  GolfReportSection *section = _golf_report_section_new (store, sessions, summary, error);

  if (section == NULL)
    return FALSE;

  g_ptr_array_add (self->sections, section);
  return TRUE;
}

/**
 * golf_session_report_new_for_session:
 * @store: the store, on its own thread
 * @session_id: a session
 * @error: return location for a #GError
 *
 * Reads what the report of one session shows: its player, date, key
 * numbers, true distances per club, dispersion and D-plane, notes, and the
 * shots that were tagged or commented.
 *
 * Returns: (transfer full): the report, to write on any thread, or %NULL
 *   with @error set (%GOLF_REPORT_ERROR_NO_SESSION for an unknown session)
 */
GolfSessionReport *
golf_session_report_new_for_session (GolfStore   *store,
                                     const char  *session_id,
                                     GError     **error)
{
  g_autoptr(GolfSessionReport) self = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  GolfSession *session;
  GolfReportSection *section;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if ((session = golf_store_find_session (store, session_id)) == NULL)
    {
      g_set_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_NO_SESSION,
                   _("There is no session “%s” to report on; list the sessions to find its id"), session_id);
      return NULL;
    }

  self = g_object_new (GOLF_TYPE_SESSION_REPORT, NULL);
  g_ptr_array_add (sessions, session);
  if (!add_section (self, store, sessions, FALSE, error))
    return NULL;

  section = g_ptr_array_index (self->sections, 0);
  self->title = g_strdup_printf ("%s, %s", section->title, section->dates);
  self->author = g_strdup (section->player);

  return g_steal_pointer (&self);
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  GolfSession *sa = *(GolfSession * const *) a;
  GolfSession *sb = *(GolfSession * const *) b;
  int cmp = g_strcmp0 (golf_session_get_date (sa), golf_session_get_date (sb));

  return cmp != 0 ? cmp : g_strcmp0 (golf_session_get_id (sa), golf_session_get_id (sb));
}

/**
 * golf_session_report_new_for_player:
 * @store: the store, on its own thread
 * @player: a player of @store
 * @from: (nullable): the first day, "YYYY-MM-DD", or %NULL for no limit
 * @to: (nullable): the last day, included, or %NULL for no limit
 * @error: return location for a #GError
 *
 * A report of a player's sessions between two days: their numbers taken
 * together and the list of sessions first, then each session as
 * golf_session_report_new_for_session() shows it, oldest first.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 *   (%GOLF_REPORT_ERROR_NO_SESSION when the player has no session then)
 */
GolfSessionReport *
golf_session_report_new_for_player (GolfStore   *store,
                                    GolfPlayer  *player,
                                    const char  *from,
                                    const char  *to,
                                    GError     **error)
{
  g_autoptr(GolfSessionReport) self = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all;
  GolfDateRange range = { from, to };
  GolfReportSection *summary;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (GOLF_IS_PLAYER (player), NULL);

  all = golf_store_get_sessions (store);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      GolfSession *session = g_list_model_get_item (all, i);

      if (golf_session_get_player_id (session) == golf_player_get_id (player) &&
          golf_date_range_contains (&range, golf_session_get_date (session)))
        g_ptr_array_add (sessions, session);
      else
        g_object_unref (session);
    }

  if (sessions->len == 0)
    {
      /* Translators: the days a report was asked for, for "Ann has no session %s; …" */
      g_autofree char *when = from != NULL && to != NULL ? g_strdup_printf (_("from %s to %s"), from, to)
                              : from != NULL ? g_strdup_printf (_("on or after %s"), from)
                              : to != NULL ? g_strdup_printf (_("on or before %s"), to)
                              : g_strdup (_("at all"));

      g_set_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_NO_SESSION,
                   _("%s has no session %s; list their sessions to choose the days"),
                   golf_player_get_name (player), when);
      return NULL;
    }
  g_ptr_array_sort (sessions, compare_by_date);

  self = g_object_new (GOLF_TYPE_SESSION_REPORT, NULL);
  if (!add_section (self, store, sessions, TRUE, error))
    return NULL;
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();

      g_ptr_array_add (one, g_ptr_array_index (sessions, i));
      if (!add_section (self, store, one, FALSE, error))
        return NULL;
    }

  summary = g_ptr_array_index (self->sections, 0);
  self->title = g_strdup_printf ("%s, %s", summary->title, summary->dates);
  self->author = g_strdup (summary->player);

  return g_steal_pointer (&self);
}

/**
 * golf_session_report_get_paper:
 * @self: a #GolfSessionReport
 *
 * Returns: the paper it is laid out on
 */
GolfReportPaper
golf_session_report_get_paper (GolfSessionReport *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION_REPORT (self), GOLF_REPORT_PAPER_A4);
  return self->paper;
}

/**
 * golf_session_report_set_paper:
 * @self: a #GolfSessionReport
 * @paper: A4 (the default) or Letter
 */
void
golf_session_report_set_paper (GolfSessionReport *self,
                               GolfReportPaper    paper)
{
  g_return_if_fail (GOLF_IS_SESSION_REPORT (self));
  g_return_if_fail (paper <= GOLF_REPORT_PAPER_LETTER);

  self->paper = paper;
}

/**
 * golf_session_report_get_units:
 * @self: a #GolfSessionReport
 *
 * Returns: the units distances and speeds are written in
 */
GolfUnits
golf_session_report_get_units (GolfSessionReport *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION_REPORT (self), GOLF_UNITS_IMPERIAL);
  return self->units;
}

/**
 * golf_session_report_set_units:
 * @self: a #GolfSessionReport
 * @units: the units distances and speeds are written in (yards and mph by
 *   default)
 */
void
golf_session_report_set_units (GolfSessionReport *self,
                               GolfUnits          units)
{
  g_return_if_fail (GOLF_IS_SESSION_REPORT (self));
  self->units = units;
}

/**
 * golf_session_report_get_n_sessions:
 * @self: a #GolfSessionReport
 *
 * Returns: how many sessions the report covers
 */
guint
golf_session_report_get_n_sessions (GolfSessionReport *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION_REPORT (self), 0);

  return self->sections->len > 1 ? self->sections->len - 1 : self->sections->len;
}

/* Where cairo's PDF output goes, and the first error writing it. */
typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} StreamWriter;

static cairo_status_t
write_to_stream_cb (void                *user_data,
                    const unsigned char *data,
                    unsigned int         length)
{
  StreamWriter *writer = user_data;

  if (writer->error != NULL ||
      !g_output_stream_write_all (writer->stream, data, length, NULL, writer->cancellable, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Light paper, a little smaller text than on screen. */
static void
init_palette (GolfChartPalette *palette)
{
  golf_chart_palette_init (palette, FALSE);
  palette->font_family = "Cantarell,DejaVu Sans,Sans";
  palette->font_size = CHART_FONT_SIZE;
}

/**
 * golf_session_report_write_to_stream:
 * @self: a #GolfSessionReport
 * @stream: where the PDF goes
 * @n_pages: (out) (optional): how many pages it has
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Draws the report as a PDF. Runs on any thread, one at a time per report.
 *
 * Returns: %TRUE when the whole PDF was written
 */
gboolean
golf_session_report_write_to_stream (GolfSessionReport  *self,
                                     GOutputStream      *stream,
                                     guint              *n_pages,
                                     GCancellable       *cancellable,
                                     GError            **error)
{
  StreamWriter writer = { stream, cancellable, NULL };
  GolfReportLayout layout;
  GolfChartPalette palette;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  g_return_val_if_fail (GOLF_IS_SESSION_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  golf_report_paper_get_size (self->paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream_cb, &writer, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Golf Lab " PACKAGE_VERSION);

  cr = cairo_create (surface);
  init_palette (&palette);
  _golf_report_layout_init (&layout, cr, width, height);
  for (guint i = 0; i < self->sections->len; i++)
    _golf_report_section_draw (g_ptr_array_index (self->sections, i), &layout, self->units, &palette);
  _golf_report_layout_finish (&layout);
  if (n_pages != NULL)
    *n_pages = layout.n_pages;
  _golf_report_layout_clear (&layout);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_WRITE,
                   _("The report could not be written: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * golf_session_report_write:
 * @self: a #GolfSessionReport
 * @path: the PDF file to write; replaced only once the whole report is
 *   written
 * @n_pages: (out) (optional): how many pages it has
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the file was written
 */
gboolean
golf_session_report_write (GolfSessionReport  *self,
                           const char         *path,
                           guint              *n_pages,
                           GError            **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *partial = NULL;
  g_autoptr(GFile) partial_file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  int fd;

  g_return_val_if_fail (GOLF_IS_SESSION_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_name (path);

  /* Written beside it under a hidden name, then renamed over it: whoever
   * looks (a file manager, a half-finished export) sees the old file or
   * the whole new one, never a part. */
  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  partial = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, base);
  if ((fd = g_mkstemp_full (partial, O_RDWR, 0666)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  partial_file = g_file_new_for_path (partial);
  stream = g_file_append_to (partial_file, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL ||
      !golf_session_report_write_to_stream (self, G_OUTPUT_STREAM (stream), n_pages, NULL, &local_error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_unlink (partial);
      g_set_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (partial);
      g_set_error (error, GOLF_REPORT_ERROR, GOLF_REPORT_ERROR_WRITE,
                   _("Could not write the report to “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
