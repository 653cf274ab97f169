/* golf-csv-brands-private.h: what each launch monitor's CSV export looks like
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "golf-shot.h"

G_BEGIN_DECLS

/* What a column holds, beyond the measured fields (GolfShotField). */
typedef enum
{
  GOLF_CSV_IGNORED = GOLF_SHOT_N_FIELDS + 1,
  GOLF_CSV_DATE,
  GOLF_CSV_CLUB,
  GOLF_CSV_CLUB_TYPE,
  GOLF_CSV_SHOT_TYPE,
  GOLF_CSV_SHOT_NUMBER,
  GOLF_CSV_FACE_TO_PATH,
  GOLF_CSV_SPIN_ESTIMATED,
  GOLF_CSV_CLUB_ESTIMATED,
  GOLF_CSV_SESSION_ID,
  GOLF_CSV_SHOT_ID,
  GOLF_CSV_ESTIMATED,
  GOLF_CSV_TAGS,
  GOLF_CSV_COMMENT,
  GOLF_CSV_SET_ASIDE,
} GolfCsvTarget;

/* The kind of unit a column's numbers are in. */
typedef enum
{
  GOLF_CSV_UNIT_NONE,
  GOLF_CSV_UNIT_SPEED,
  GOLF_CSV_UNIT_DISTANCE,
  GOLF_CSV_UNIT_HEIGHT,
  GOLF_CSV_UNIT_ANGLE,
  GOLF_CSV_UNIT_SPIN,
  GOLF_CSV_UNIT_TIME,
  GOLF_CSV_UNIT_MILLIMETRE,
} GolfCsvUnitKind;

typedef struct
{
  int              target;     /* a GolfShotField or a GolfCsvTarget */
  GolfCsvUnitKind  kind;
  const char      *aliases;    /* "|"-separated, case-folded, without unit */
} GolfCsvColumnSpec;

typedef enum
{
  GOLF_CSV_BRAND_UNITS_ROW = 1 << 0,   /* a row of "[mph]", "[yd]" under the header */
  GOLF_CSV_BRAND_OWN       = 1 << 1,   /* Golf Lab's own export: ids in the file */
  GOLF_CSV_BRAND_DAY_FIRST = 1 << 2,   /* dates without AM/PM are day first */
} GolfCsvBrandFlags;

typedef struct
{
  const char              *slug;        /* in session ids: "garmin" */
  const char              *name;        /* for people: "Garmin R10/R50" */
  GolfCsvBrandFlags        flags;
  const GolfCsvColumnSpec *columns;
  guint                    n_columns;
  const char              *default_units[GOLF_CSV_UNIT_MILLIMETRE + 1];
} GolfCsvBrand;

/* A header cell matched to a column. */
typedef struct
{
  int              target;
  GolfCsvUnitKind  kind;
  double           scale;       /* to SI */
  gboolean         unit_known;
  char            *header;      /* as written, for messages */
} GolfCsvColumn;

const GolfCsvBrand *_golf_csv_brand_detect        (const char * const  *cells,
                                                   guint                n_cells,
                                                   guint               *score);
void                _golf_csv_brand_map_columns   (const GolfCsvBrand  *brand,
                                                   const char * const  *cells,
                                                   guint                n_cells,
                                                   GolfCsvColumn       *columns);
void                _golf_csv_column_set_unit     (GolfCsvColumn       *column,
                                                   const char          *unit);
gboolean            _golf_csv_parse_unit          (const char          *text,
                                                   GolfCsvUnitKind     *kind,
                                                   double              *scale);
gboolean            _golf_csv_is_units_row        (const char * const  *cells,
                                                   guint                n_cells);
gboolean            _golf_csv_parse_date          (const char          *text,
                                                   gboolean             day_first,
                                                   char                 date[11],
                                                   char                 time[7]);
gboolean            _golf_csv_is_placeholder      (const char          *text);
gboolean            _golf_csv_is_summary_word     (const char          *text);

G_END_DECLS
