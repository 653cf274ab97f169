/* golf-report-section.c: what one part of a report shows, read from the store
 *
 * Everything a section's pages need is read here, on the store's thread,
 * and computed by the analytics the window uses: the key numbers are the
 * session metrics, the club table is the gapping, the charts take the
 * same shot table, kept shots and dispersion as the dashboard's. Drawing
 * (golf-report-section-draw.c) then needs no store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-report"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-bag-order.h"
#include "golf-dispersion.h"
#include "golf-kept-shots.h"
#include "golf-report-section-private.h"

static void
report_shot_free (gpointer data)
{
  GolfReportShot *shot = data;

  g_free (shot->session);
  g_free (shot->club);
  g_free (shot->tags);
  g_free (shot->comment);
  g_free (shot);
}

void
_golf_report_section_free (GolfReportSection *section)
{
  if (section == NULL)
    return;

  g_free (section->title);
  g_free (section->player);
  g_free (section->dates);
  g_clear_pointer (&section->session_rows, g_ptr_array_unref);
  g_clear_pointer (&section->metrics, golf_session_metrics_unref);
  g_clear_pointer (&section->table, golf_shot_table_unref);
  g_clear_pointer (&section->kept, golf_kept_shots_unref);
  g_clear_pointer (&section->gapping, golf_gapping_unref);
  g_clear_pointer (&section->dispersion, golf_dispersion_unref);
  g_strfreev (section->clubs);
  g_free (section->notes);
  g_free (section->notes_written);
  g_clear_pointer (&section->annotated, g_ptr_array_unref);
  g_free (section);
}

/* A shot someone wrote on, or NULL. */
static GolfReportShot *
annotated_shot (GolfShot *shot,
                guint     number,
                char     *session_title)
{
  const char * const *tags = golf_shot_get_tags (shot);
  GolfReportShot *annotated;

  if (tags[0] == NULL && golf_shot_get_comment (shot) == NULL)
    return NULL;

  annotated = g_new0 (GolfReportShot, 1);
  annotated->number = number;
  annotated->session = g_strdup (session_title);
  annotated->club = g_strdup (golf_shot_get_club (shot));
  annotated->tags = g_strjoinv (", ", (char **) tags);
  annotated->comment = g_strdup (golf_shot_get_comment (shot));
  annotated->carry = golf_shot_get (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE);

  return annotated;
}

/* Every session's shots in one list, how many each has, and the shots
 * written on. */
static GPtrArray *
read_shots (GolfStore          *store,
            GolfReportSection  *section,
            GPtrArray          *sessions,
            guint              *counts,
            GError            **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint s = 0; s < sessions->len; s++)
    {
      GolfSession *session = g_ptr_array_index (sessions, s);
      g_autofree char *title = golf_session_dup_title (session);
      g_autoptr(GListModel) list = golf_store_list_shots (store, golf_session_get_id (session), error);

      if (list == NULL)
        return NULL;

      counts[s] = g_list_model_get_n_items (list);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          GolfShot *shot = g_list_model_get_item (list, i);
          GolfReportShot *annotated = section->summary ? NULL : annotated_shot (shot, i + 1, title);

          g_ptr_array_add (all, shot);
          if (annotated != NULL)
            g_ptr_array_add (section->annotated, annotated);
        }
    }

  return g_steal_pointer (&all);
}

static GStrv
clubs_in_bag_order (GolfShotTable *table)
{
  g_autoptr(GPtrArray) clubs = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint c = 0; c < golf_shot_table_get_n_clubs (table); c++)
    g_ptr_array_add (clubs, (gpointer) golf_shot_table_get_club (table, c));
  golf_bag_order_sort (clubs);
  for (guint c = 0; c < clubs->len; c++)
    g_strv_builder_add (builder, clubs->pdata[c]);

  return g_strv_builder_end (builder);
}

static const char *
date_of (GolfSession *session)
{
  return golf_session_get_date (session) != NULL ? golf_session_get_date (session) : "";
}

/* The title, dates and notes: a session's own, or the span of several
 * and a row for each. */
static void
describe (GolfReportSection *section,
          GPtrArray         *sessions,
          const guint       *counts)
{
  GolfSession *first = g_ptr_array_index (sessions, 0);
  GolfSession *last = g_ptr_array_index (sessions, sessions->len - 1);
  g_autofree char *from = golf_format_date (golf_session_get_date (first));
  g_autofree char *to = golf_format_date (golf_session_get_date (last));

  if (!section->summary)
    {
      section->title = golf_session_get_name (first) != NULL
                       ? g_strdup (golf_session_get_name (first))
                       /* Translators: the title of a session without a name */
                       : g_strdup_printf (_("Session %s"), golf_session_get_id (first));
      section->dates = g_steal_pointer (&from);
      section->notes = g_strdup (golf_session_get_notes (first));
      section->notes_written = g_strdup (golf_session_get_notes_updated_at (first));
      return;
    }

  section->title = g_strdup_printf (ngettext ("%s: %u session", "%s: %u sessions", sessions->len),
                                    section->player, sessions->len);
  section->dates = g_strcmp0 (date_of (first), date_of (last)) == 0
                   ? g_steal_pointer (&from)
                   /* Translators: the first and the last day of a report */
                   : g_strdup_printf (_("%s to %s"), from, to);

  section->session_rows = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < sessions->len; i++)
    {
      GolfSession *session = g_ptr_array_index (sessions, i);

      g_ptr_array_add (section->session_rows, golf_format_date (golf_session_get_date (session)));
      g_ptr_array_add (section->session_rows, golf_session_dup_title (session));
      g_ptr_array_add (section->session_rows, g_strdup_printf ("%u", counts[i]));
      g_ptr_array_add (section->session_rows, g_strdup (golf_session_get_notes (session)));
    }
}

/*
 * _golf_report_section_new:
 * @store: the store, on its own thread
 * @sessions: (element-type GolfSession): one session, or a player's
 *   sessions in date order when @summary
 * @summary: the sessions taken together, as the first pages of a report
 *   over a date range
 *
 * Returns: (transfer full): the section, or %NULL with @error set
 */
GolfReportSection *
_golf_report_section_new (GolfStore  *store,
                          GPtrArray  *sessions,
                          gboolean    summary,
                          GError    **error)
{
  g_autoptr(GolfReportSection) section = g_new0 (GolfReportSection, 1);
  g_autoptr(GPtrArray) shots = NULL;
  g_autofree guint *counts = g_new0 (guint, sessions->len);
  GolfSession *first;
  GolfPlayer *player;

  g_return_val_if_fail (sessions->len > 0, NULL);

  first = g_ptr_array_index (sessions, 0);
  player = golf_store_find_player_by_id (store, golf_session_get_player_id (first));
  section->player = g_strdup (player != NULL ? golf_player_get_name (player) : _("Unknown player"));
  section->hand = player != NULL ? golf_player_get_hand (player) : GOLF_HAND_RIGHT;
  section->summary = summary;
  section->annotated = g_ptr_array_new_with_free_func (report_shot_free);

  if ((shots = read_shots (store, section, sessions, counts, error)) == NULL)
    return NULL;

  section->metrics = golf_session_metrics_compute_shots (shots);
  section->table = golf_shot_table_new (shots);
  section->kept = golf_kept_shots_new (section->table);
  section->gapping = golf_gapping_compute (section->table);
  section->dispersion = golf_dispersion_compute (section->table);
  section->clubs = clubs_in_bag_order (section->table);
  describe (section, sessions, counts);

  return g_steal_pointer (&section);
}
