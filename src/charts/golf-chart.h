/* golf-chart.h: what every chart drawing takes: the analytics, a palette
 *
 * The charts draw with cairo alone, so the window's widgets and the PDF
 * report (a cairo PDF surface, no GTK) draw the same pictures. Nothing
 * here includes GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "golf-dispersion.h"
#include "golf-format.h"
#include "golf-kept-shots.h"
#include "golf-shot-table.h"

G_BEGIN_DECLS

#define GOLF_CHART_N_CLUB_COLORS 8

/**
 * GolfChartColor:
 * @red: 0 to 1
 * @green: 0 to 1
 * @blue: 0 to 1
 * @alpha: 0 (transparent) to 1
 */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} GolfChartColor;

/**
 * GolfChartPalette:
 * @background: behind the plot (alpha 0 leaves what is there)
 * @foreground: text and axes
 * @grid: grid lines
 * @target: the target line
 * @clubs: one colour per club, in the order the clubs are listed
 * @font_family: the text's font family
 * @font_size: the text's size in pixels
 *
 * The colours a chart draws with; a widget fills it from its style (dark
 * or light), the PDF report from its page.
 */
typedef struct
{
  GolfChartColor  background;
  GolfChartColor  foreground;
  GolfChartColor  grid;
  GolfChartColor  target;
  GolfChartColor  clubs[GOLF_CHART_N_CLUB_COLORS];
  const char     *font_family;
  double          font_size;
} GolfChartPalette;

/**
 * GolfChartInput:
 * @table: the session's shots
 * @kept: which of them count; the others are drawn hollow
 * @dispersion: (nullable): the clubs' 95% ellipses
 * @clubs: (array zero-terminated=1): the session's clubs in bag order: a
 *   club's place here picks its colour
 * @club: (nullable): only this club, or %NULL for every club
 * @units: the units distances show in
 * @hand: the golfer's hand, which names directions and shapes
 * @highlight: (nullable): the id of a shot to ring: the newest one while
 *   shots come in live
 * @only_ids: (nullable) (element-type utf8 utf8): only the shots whose ids
 *   are keys of this set (those with the tag a list is filtered by), or
 *   %NULL for every shot
 *
 * What the analytics give a chart. Nothing is read from a store.
 */
typedef struct
{
  GolfShotTable       *table;
  GolfKeptShots       *kept;
  GolfDispersion      *dispersion;
  const char * const  *clubs;
  const char          *club;
  GolfUnits            units;
  GolfHand             hand;
  const char          *highlight;
  GHashTable          *only_ids;
} GolfChartInput;

void     golf_chart_palette_init       (GolfChartPalette     *palette,
                                        gboolean              dark);
guint    golf_chart_input_club_color   (const GolfChartInput *input,
                                        const char           *club);
gboolean golf_chart_input_shows_row    (const GolfChartInput *input,
                                        guint                 row);

G_END_DECLS
