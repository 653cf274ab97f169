/* golf-chart.c: palettes and what the charts ask of their input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-chart"

#include "config.h"

#include <string.h>

#include "golf-chart.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* The GNOME palette: darker shades on light backgrounds, lighter ones on
 * dark, so every club stays apart from the others and from the page. */
static const GolfChartColor light_clubs[GOLF_CHART_N_CLUB_COLORS] = {
  RGB (0x1c71d8), RGB (0x26a269), RGB (0xe66100), RGB (0x813d9c),
  RGB (0xc01c28), RGB (0x986a44), RGB (0xc88800), RGB (0x1a8a8a),
};

static const GolfChartColor dark_clubs[GOLF_CHART_N_CLUB_COLORS] = {
  RGB (0x62a0ea), RGB (0x57e389), RGB (0xffa348), RGB (0xc061cb),
  RGB (0xf66151), RGB (0xcdab8f), RGB (0xf8e45c), RGB (0x5bd4d4),
};

/**
 * golf_chart_palette_init:
 * @palette: (out caller-allocates): the palette to fill
 * @dark: for a dark background
 *
 * Fills @palette with colours readable on a light or a dark page; a widget
 * then replaces the foreground with its own text colour.
 */
void
golf_chart_palette_init (GolfChartPalette *palette,
                         gboolean          dark)
{
  static const GolfChartColor transparent = { 0, 0, 0, 0 };
  GolfChartColor foreground = dark ? (GolfChartColor) { 1, 1, 1, 1 } : (GolfChartColor) { 0, 0, 0, 0.8 };

  g_return_if_fail (palette != NULL);

  palette->background = transparent;
  palette->foreground = foreground;
  palette->grid = foreground;
  palette->grid.alpha *= dark ? 0.12 : 0.1;
  palette->target = foreground;
  palette->target.alpha *= 0.6;
  memcpy (palette->clubs, dark ? dark_clubs : light_clubs, sizeof palette->clubs);
  palette->font_family = "Cantarell";
  palette->font_size = 13.0;
}

/**
 * golf_chart_input_club_color:
 * @input: a chart's input
 * @club: a club
 *
 * Returns: the index in #GolfChartPalette.clubs of @club's colour: its
 *   place in the session's bag order, so every chart agrees
 */
guint
golf_chart_input_club_color (const GolfChartInput *input,
                             const char           *club)
{
  g_return_val_if_fail (input != NULL, 0);

  if (input->clubs != NULL && club != NULL)
    for (guint i = 0; input->clubs[i] != NULL; i++)
      if (strcmp (input->clubs[i], club) == 0)
        return i % GOLF_CHART_N_CLUB_COLORS;

  return 0;
}

/**
 * golf_chart_input_shows_row:
 * @input: a chart's input
 * @row: a row of its table
 *
 * Returns: whether the row's club is on show, and the row among the
 *   shots shown when only some are
 */
gboolean
golf_chart_input_shows_row (const GolfChartInput *input,
                            guint                 row)
{
  const GolfShotTableRow *shot;

  g_return_val_if_fail (input != NULL && input->table != NULL, FALSE);

  shot = golf_shot_table_get_row (input->table, row);

  if (input->only_ids != NULL && (shot->id == NULL || !g_hash_table_contains (input->only_ids, shot->id)))
    return FALSE;

  return input->club == NULL || strcmp (shot->club, input->club) == 0;
}
