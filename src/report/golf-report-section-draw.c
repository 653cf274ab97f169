/* golf-report-section-draw.c: a section's pages
 *
 * The first page of a section holds its numbers and pictures: who, when,
 * the key numbers, the true distance of each club and the dispersion and
 * D-plane charts, drawn by the chart functions the window's widgets use.
 * The coach's words follow on the next: the session's notes and the shots
 * that were tagged or commented. A player's summary lists its sessions
 * there instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-report"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "golf-chart-dispersion.h"
#include "golf-chart-dplane.h"
#include "golf-report-section-private.h"

#define BLOCK_GAP 14.0
#define CARD_COLUMNS 4
#define CHART_GAP 12.0

static void
heading (GolfReportLayout *layout,
         const char       *text)
{
  /* A heading never ends a page: it goes with two lines of what follows. */
  double height = _golf_report_layout_line_height (layout, GOLF_REPORT_TEXT_HEADING) +
                  2 * _golf_report_layout_line_height (layout, GOLF_REPORT_TEXT_BODY);

  _golf_report_layout_skip (layout, BLOCK_GAP);
  _golf_report_layout_need (layout, height);
  _golf_report_layout_text (layout, text, GOLF_REPORT_TEXT_HEADING);
  _golf_report_layout_skip (layout, 3);
}

static char *
describe_player (GolfReportSection *section)
{
  return section->hand == GOLF_HAND_LEFT
         /* Translators: a player's name and hand */
         ? g_strdup_printf (_("%s (left-handed)"), section->player)
         : g_strdup_printf (_("%s (right-handed)"), section->player);
}

static void
draw_title (GolfReportSection *section,
            GolfReportLayout  *layout)
{
  g_autofree char *player = describe_player (section);
  g_autofree char *shots = golf_format_shot_count (golf_shot_table_get_n_rows (section->table));
  g_autofree char *clubs = g_strjoinv (", ", section->clubs);
  g_autofree char *line = NULL;

  _golf_report_layout_text (layout, section->title, GOLF_REPORT_TEXT_TITLE);
  _golf_report_layout_skip (layout, 2);
  /* Translators: player · date · shot count */
  line = g_strdup_printf (_("Player: %s · %s · %s"), player, section->dates, shots);
  _golf_report_layout_text (layout, line, GOLF_REPORT_TEXT_BODY);
  if (clubs[0] != '\0')
    {
      g_autofree char *clubs_line = g_strdup_printf (_("Clubs: %s"), clubs);

      _golf_report_layout_text (layout, clubs_line, GOLF_REPORT_TEXT_SMALL);
    }
}

/* A metric's average with its spread, "−1.2° ± 2.3°", or alone. */
static char *
format_metric (GolfReportSection *section,
               GolfMetric         metric,
               GolfMetric         spread,
               GolfUnits          units)
{
  GolfUnit unit = golf_metric_get_unit (metric);
  double value = golf_session_metrics_get (section->metrics, metric);
  g_autofree char *text = NULL;
  g_autofree char *sd = NULL;

  if (metric == GOLF_METRIC_AVG_SMASH)
    return golf_format_number (value, 2);

  text = golf_format_value_with_unit (unit, value, units);
  if (spread == metric || !isfinite (value))
    return g_steal_pointer (&text);

  sd = golf_format_spread (unit, golf_session_metrics_get (section->metrics, spread), units);

  return g_strdup_printf ("%s %s", text, sd);
}

static void
draw_key_numbers (GolfReportSection *section,
                  GolfReportLayout  *layout,
                  GolfUnits          units)
{
  static const struct
  {
    const char *label;
    GolfMetric  metric;
    GolfMetric  spread;
  } cards[] = {
    { N_("Average carry"), GOLF_METRIC_AVG_CARRY, GOLF_METRIC_AVG_CARRY },
    { N_("Best carry"), GOLF_METRIC_BEST_CARRY, GOLF_METRIC_BEST_CARRY },
    { N_("Ball speed"), GOLF_METRIC_AVG_BALL_SPEED, GOLF_METRIC_AVG_BALL_SPEED },
    { N_("Club speed"), GOLF_METRIC_AVG_CLUB_SPEED, GOLF_METRIC_AVG_CLUB_SPEED },
    { N_("Smash factor"), GOLF_METRIC_AVG_SMASH, GOLF_METRIC_AVG_SMASH },
    { N_("Face angle"), GOLF_METRIC_AVG_FACE_ANGLE, GOLF_METRIC_STD_FACE_ANGLE },
    { N_("Face to path"), GOLF_METRIC_AVG_FACE_TO_PATH, GOLF_METRIC_STD_FACE_TO_PATH },
    { N_("Strike from centre"), GOLF_METRIC_AVG_STRIKE_DISTANCE, GOLF_METRIC_STD_STRIKE_DISTANCE },
  };
  double width = _golf_report_layout_get_content_width (layout) / CARD_COLUMNS;
  double label_height = _golf_report_layout_line_height (layout, GOLF_REPORT_TEXT_SMALL);
  double value_height = _golf_report_layout_line_height (layout, GOLF_REPORT_TEXT_BOLD);

  heading (layout, _("Key numbers"));
  for (guint i = 0; i < G_N_ELEMENTS (cards); i += CARD_COLUMNS)
    {
      _golf_report_layout_need (layout, label_height + value_height + 4);
      for (guint c = 0; c < CARD_COLUMNS && i + c < G_N_ELEMENTS (cards); c++)
        {
          g_autofree char *value = format_metric (section, cards[i + c].metric, cards[i + c].spread, units);
          double x = layout->margin + c * width;

          cairo_set_source_rgb (layout->cr, 0.35, 0.35, 0.35);
          _golf_report_layout_text_at (layout, _(cards[i + c].label), GOLF_REPORT_TEXT_SMALL, x, layout->y,
                                       width - 6, FALSE);
          cairo_set_source_rgb (layout->cr, 0, 0, 0);
          _golf_report_layout_text_at (layout, value, GOLF_REPORT_TEXT_BOLD, x, layout->y + label_height,
                                       width - 6, FALSE);
        }
      layout->y += label_height + value_height + 6;
    }
}

static char *
with_unit (const char *title,
           GolfUnits   units)
{
  return g_strdup_printf ("%s (%s)", title, golf_format_unit_symbol (GOLF_UNIT_DISTANCE, units));
}

/* The true distance of each club, as gapping computes it. */
static void
draw_clubs (GolfReportSection *section,
            GolfReportLayout  *layout,
            GolfUnits          units)
{
  g_autofree char *median = with_unit (_("Median carry"), units);
  g_autofree char *quartiles = with_unit (_("Q1–Q3"), units);
  g_autofree char *total = with_unit (_("Median total"), units);
  g_autofree char *gap = with_unit (_("Gap"), units);
  const GolfReportColumn columns[] = {
    { _("Club"), 1.4, FALSE },
    { _("Kept"), 0.6, TRUE },
    { _("Set aside"), 1.0, TRUE },
    { median, 1.3, TRUE },
    { quartiles, 1.5, TRUE },
    { total, 1.3, TRUE },
    { gap, 0.9, TRUE },
    { _("Confidence"), 1.4, FALSE },
  };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  heading (layout, _("True distance per club"));
  for (guint i = 0; i < golf_gapping_get_n_clubs (section->gapping); i++)
    {
      const GolfGappingClub *club = golf_gapping_get_club (section->gapping, i);
      g_autofree char *q1 = golf_format_value (GOLF_UNIT_DISTANCE, club->q1_carry, units);
      g_autofree char *q3 = golf_format_value (GOLF_UNIT_DISTANCE, club->q3_carry, units);

      g_ptr_array_add (cells, g_strdup (club->club[0] != '\0' ? club->club : _("No club")));
      g_ptr_array_add (cells, g_strdup_printf ("%u", club->n));
      g_ptr_array_add (cells, g_strdup_printf ("%u", club->set_aside));
      g_ptr_array_add (cells, golf_format_value (GOLF_UNIT_DISTANCE, club->median_carry, units));
      g_ptr_array_add (cells, isfinite (club->q1_carry) ? g_strdup_printf ("%s–%s", q1, q3)
                                                         : g_strdup (GOLF_FORMAT_MISSING));
      g_ptr_array_add (cells, golf_format_value (GOLF_UNIT_DISTANCE, club->median_total, units));
      g_ptr_array_add (cells, golf_format_value (GOLF_UNIT_DISTANCE, club->gap_to_next, units));
      g_ptr_array_add (cells, g_strdup (golf_confidence_get_label (club->confidence)));
    }

  if (cells->len == 0)
    _golf_report_layout_text (layout, _("No shot has a carry."), GOLF_REPORT_TEXT_BODY);
  else
    _golf_report_layout_table (layout, columns, G_N_ELEMENTS (columns), cells);
}

typedef void (*ChartFunc) (cairo_t                *cr,
                           double                  width,
                           double                  height,
                           const GolfChartInput   *input,
                           const GolfChartPalette *palette);

static void
draw_chart (GolfReportLayout       *layout,
            ChartFunc               draw,
            const char             *title,
            double                  x,
            double                  size,
            const GolfChartInput   *input,
            const GolfChartPalette *palette)
{
  double title_height = _golf_report_layout_line_height (layout, GOLF_REPORT_TEXT_BOLD);

  _golf_report_layout_text_at (layout, title, GOLF_REPORT_TEXT_BOLD, x, layout->y, size, FALSE);

  cairo_save (layout->cr);
  cairo_translate (layout->cr, x, layout->y + title_height + 2);
  cairo_rectangle (layout->cr, 0, 0, size, size);
  cairo_clip (layout->cr);
  draw (layout->cr, size, size, input, palette);
  cairo_restore (layout->cr);
}

/* The dispersion and D-plane charts side by side, every club. */
static void
draw_charts (GolfReportSection      *section,
             GolfReportLayout       *layout,
             GolfUnits               units,
             const GolfChartPalette *palette)
{
  double size = (_golf_report_layout_get_content_width (layout) - CHART_GAP) / 2;
  double title_height = _golf_report_layout_line_height (layout, GOLF_REPORT_TEXT_BOLD);
  GolfChartInput input = {
    .table = section->table,
    .kept = section->kept,
    .dispersion = section->dispersion,
    .clubs = (const char * const *) section->clubs,
    .club = NULL,
    .units = units,
    .hand = section->hand,
  };

  _golf_report_layout_skip (layout, BLOCK_GAP);
  _golf_report_layout_need (layout, title_height + 2 + size);
  draw_chart (layout, golf_chart_dispersion_draw, _("Dispersion: where the ball landed"),
              layout->margin, size, &input, palette);
  draw_chart (layout, golf_chart_dplane_draw, _("D-plane: face to path against club path"),
              layout->margin + size + CHART_GAP, size, &input, palette);
  layout->y += title_height + 2 + size;
}

static void
draw_notes (GolfReportSection *section,
            GolfReportLayout  *layout)
{
  heading (layout, _("Coach’s notes"));
  if (section->notes == NULL)
    {
      _golf_report_layout_text (layout, _("No notes on this session."), GOLF_REPORT_TEXT_BODY);
      return;
    }

  _golf_report_layout_text (layout, section->notes, GOLF_REPORT_TEXT_BODY);
  if (section->notes_written != NULL)
    {
      g_autofree char *day = golf_format_date (section->notes_written);
      g_autofree char *written = g_strdup_printf (_("Written %s"), day);

      _golf_report_layout_skip (layout, 2);
      _golf_report_layout_text (layout, written, GOLF_REPORT_TEXT_SMALL);
    }
}

/* The shots a coach or player tagged or commented, in session order. */
static void
draw_annotated (GolfReportSection *section,
                GolfReportLayout  *layout,
                GolfUnits          units)
{
  g_autofree char *carry = with_unit (_("Carry"), units);
  const GolfReportColumn columns[] = {
    { _("Shot"), 0.6, TRUE },
    { _("Club"), 1.3, FALSE },
    { carry, 1.0, TRUE },
    { _("Tags"), 1.8, FALSE },
    { _("Comment"), 4.0, FALSE },
  };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  heading (layout, _("Tagged shots"));
  if (section->annotated->len == 0)
    {
      _golf_report_layout_text (layout, _("No shot was tagged or commented."), GOLF_REPORT_TEXT_BODY);
      return;
    }

  for (guint i = 0; i < section->annotated->len; i++)
    {
      GolfReportShot *shot = g_ptr_array_index (section->annotated, i);

      g_ptr_array_add (cells, g_strdup_printf ("%u", shot->number));
      g_ptr_array_add (cells, g_strdup (shot->club));
      g_ptr_array_add (cells, golf_format_value (GOLF_UNIT_DISTANCE, shot->carry, units));
      g_ptr_array_add (cells, g_strdup (shot->tags));
      g_ptr_array_add (cells, g_strdup (shot->comment));
    }
  _golf_report_layout_table (layout, columns, G_N_ELEMENTS (columns), cells);
}

/* A summary's list of its sessions. */
static void
draw_sessions (GolfReportSection *section,
               GolfReportLayout  *layout)
{
  const GolfReportColumn columns[] = {
    { _("Date"), 1.3, FALSE },
    { _("Session"), 2.5, FALSE },
    { _("Shots"), 0.7, TRUE },
    { _("Notes"), 4.0, FALSE },
  };

  heading (layout, _("Sessions"));
  _golf_report_layout_table (layout, columns, G_N_ELEMENTS (columns), section->session_rows);
}

/*
 * _golf_report_section_draw:
 *
 * Draws the section from a new page on.
 */
void
_golf_report_section_draw (GolfReportSection      *section,
                           GolfReportLayout       *layout,
                           GolfUnits               units,
                           const GolfChartPalette *palette)
{
  g_autofree char *footer = g_strdup_printf ("%s · %s · %s", section->player, section->title, section->dates);

  _golf_report_layout_set_footer (layout, footer);
  _golf_report_layout_new_page (layout);
  draw_title (section, layout);
  draw_key_numbers (section, layout, units);
  draw_clubs (section, layout, units);
  draw_charts (section, layout, units, palette);

  if (section->summary)
    {
      draw_sessions (section, layout);
      return;
    }

  _golf_report_layout_new_page (layout);
  draw_notes (section, layout);
  draw_annotated (section, layout, units);
}
