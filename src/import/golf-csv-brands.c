/* golf-csv-brands.c: what each launch monitor's CSV export looks like
 *
 * Columns are found by name, never by position: each brand lists the
 * names (and translations) its exports use. Names are compared case-folded,
 * with a unit in brackets or parentheses at the end taken off
 * ("Carry Distance (m)", "Ball (mph)").
 *
 * The English Garmin names and the German ones come from real exports;
 * the Spanish and Dutch ones from the Garmin Golf app's translations as
 * far as they are known, so a file using other words there may not be
 * recognised (its columns are then reported as unknown).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <math.h>
#include <string.h>

#include "golf-csv-brands-private.h"

#define F(field) GOLF_SHOT_FIELD_##field

static const GolfCsvColumnSpec garmin_columns[] = {
  { GOLF_CSV_DATE, GOLF_CSV_UNIT_NONE, "date|datum|fecha|fecha y hora" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "player|spieler|jugador|speler" },
  { GOLF_CSV_CLUB, GOLF_CSV_UNIT_NONE, "club name|schlägername|nombre del palo|clubnaam" },
  { GOLF_CSV_CLUB_TYPE, GOLF_CSV_UNIT_NONE, "club type|schlägerart|tipo de palo|clubtype|type club" },
  { F (CLUB_SPEED), GOLF_CSV_UNIT_SPEED,
    "club speed|schl.gsch.|schlägergeschwindigkeit|schlägerkopfgeschwindigkeit|"
    "velocidad del palo|clubsnelheid" },
  { F (ATTACK_ANGLE), GOLF_CSV_UNIT_ANGLE, "attack angle|anstellwinkel|ángulo de ataque|aanvalshoek" },
  { F (CLUB_PATH), GOLF_CSV_UNIT_ANGLE, "club path|schwungbahn|trayectoria del palo|clubtraject|clubbaan" },
  { F (FACE_ANGLE), GOLF_CSV_UNIT_ANGLE, "club face|schlagfläche|cara del palo|clubface|clubblad" },
  { GOLF_CSV_FACE_TO_PATH, GOLF_CSV_UNIT_ANGLE,
    "face to path|schlagflächenstellung|cara respecto a la trayectoria|cara a trayectoria|"
    "face-to-path|clubface ten opzichte van clubtraject|clubblad t.o.v. clubtraject" },
  { F (BALL_SPEED), GOLF_CSV_UNIT_SPEED, "ball speed|ballgeschwindigkeit|velocidad de la bola|balsnelheid" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "smash factor|factor de smash|smashfactor" },
  { F (LAUNCH_ANGLE), GOLF_CSV_UNIT_ANGLE, "launch angle|abflugwinkel|ángulo de salida|lanceerhoek" },
  { F (SIDE_ANGLE), GOLF_CSV_UNIT_ANGLE,
    "launch direction|abflugrichtung|dirección de salida|lanceerrichting" },
  { F (BACK_SPIN), GOLF_CSV_UNIT_SPIN, "backspin|efecto de retroceso|backspin-snelheid" },
  { F (SIDE_SPIN), GOLF_CSV_UNIT_SPIN, "sidespin|efecto lateral|sidespin-snelheid" },
  { F (TOTAL_SPIN), GOLF_CSV_UNIT_SPIN, "spin rate|drehrate|velocidad de giro|spinsnelheid" },
  { GOLF_CSV_SPIN_ESTIMATED, GOLF_CSV_UNIT_NONE,
    "spin rate type|drehratentyp|tipo de velocidad de giro|type spinsnelheid" },
  { F (SPIN_AXIS), GOLF_CSV_UNIT_ANGLE, "spin axis|drehachse|eje de giro|spinas" },
  { F (APEX), GOLF_CSV_UNIT_HEIGHT,
    "apex height|höhe des scheitelpunkts|altura del ápice|altura máxima|apexhoogte|hoogte apex" },
  { F (CARRY_DISTANCE), GOLF_CSV_UNIT_DISTANCE,
    "carry distance|carry-distanz|distancia de carry|distancia de vuelo|carry-afstand|carryafstand" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_ANGLE,
    "carry deviation angle|carry-abweichungswinkel|ángulo de desviación de carry|carry-afwijkingshoek" },
  { F (SIDE_DISTANCE), GOLF_CSV_UNIT_DISTANCE,
    "carry deviation distance|carry-abweichungsdistanz|distancia de desviación de carry|"
    "carry-afwijkingsafstand" },
  { F (TOTAL_DISTANCE), GOLF_CSV_UNIT_DISTANCE,
    "total distance|gesamtstrecke|distancia total|totale afstand" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_ANGLE,
    "total deviation angle|gesamtabweichungswinkel|ángulo de desviación total|totale afwijkingshoek" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_DISTANCE,
    "total deviation distance|gesamtabweichungsdistanz|distancia de desviación total|"
    "totale afwijkingsafstand" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "note|notiz|nota|notitie" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "tag|markierung|etiqueta|label" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "air density|luftdichte|densidad del aire|luchtdichtheid" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "temperature|temperatur|temperatura|temperatuur" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "air pressure|luftdruck|presión del aire|luchtdruk" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE,
    "relative humidity|relative luftfeuchtigkeit|humedad relativa|relatieve luchtvochtigheid" },
};

static const GolfCsvColumnSpec rapsodo_columns[] = {
  { GOLF_CSV_DATE, GOLF_CSV_UNIT_NONE, "date|date time" },
  { GOLF_CSV_CLUB_TYPE, GOLF_CSV_UNIT_NONE, "club type" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "club brand|club model|smash factor|shot id" },
  { F (CARRY_DISTANCE), GOLF_CSV_UNIT_DISTANCE, "carry distance" },
  { F (TOTAL_DISTANCE), GOLF_CSV_UNIT_DISTANCE, "total distance" },
  { F (BALL_SPEED), GOLF_CSV_UNIT_SPEED, "ball speed" },
  { F (LAUNCH_ANGLE), GOLF_CSV_UNIT_ANGLE, "launch angle" },
  { F (SIDE_ANGLE), GOLF_CSV_UNIT_ANGLE, "launch direction" },
  { F (APEX), GOLF_CSV_UNIT_HEIGHT, "apex" },
  { F (SIDE_DISTANCE), GOLF_CSV_UNIT_DISTANCE, "side carry" },
  { F (CLUB_SPEED), GOLF_CSV_UNIT_SPEED, "club speed" },
  { F (DESCENT_ANGLE), GOLF_CSV_UNIT_ANGLE, "descent angle" },
  { F (ATTACK_ANGLE), GOLF_CSV_UNIT_ANGLE, "attack angle" },
  { F (CLUB_PATH), GOLF_CSV_UNIT_ANGLE, "club path" },
  { GOLF_CSV_CLUB_ESTIMATED, GOLF_CSV_UNIT_NONE, "club data est type" },
  { F (TOTAL_SPIN), GOLF_CSV_UNIT_SPIN, "spin rate" },
  { F (SPIN_AXIS), GOLF_CSV_UNIT_ANGLE, "spin axis" },
};

static const GolfCsvColumnSpec mevo_columns[] = {
  { GOLF_CSV_DATE, GOLF_CSV_UNIT_NONE, "date" },
  { GOLF_CSV_CLUB, GOLF_CSV_UNIT_NONE, "club" },
  { F (CLUB_SPEED), GOLF_CSV_UNIT_SPEED, "club|club speed" },
  { GOLF_CSV_SHOT_NUMBER, GOLF_CSV_UNIT_NONE, "shot|shot #|shot no" },
  { F (BALL_SPEED), GOLF_CSV_UNIT_SPEED, "ball|ball speed" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "smash|mode" },
  { F (CARRY_DISTANCE), GOLF_CSV_UNIT_DISTANCE, "carry" },
  { F (TOTAL_DISTANCE), GOLF_CSV_UNIT_DISTANCE, "total" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_DISTANCE, "roll|curve" },
  { F (TOTAL_SPIN), GOLF_CSV_UNIT_SPIN, "spin" },
  { F (APEX), GOLF_CSV_UNIT_HEIGHT, "height|max height" },
  { F (FLIGHT_TIME), GOLF_CSV_UNIT_TIME, "time|flight time" },
  { F (ATTACK_ANGLE), GOLF_CSV_UNIT_ANGLE, "aoa|angle of attack" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_ANGLE, "spin loft" },
  { F (SPIN_AXIS), GOLF_CSV_UNIT_ANGLE, "spin axis" },
  { F (SIDE_DISTANCE), GOLF_CSV_UNIT_DISTANCE, "lateral" },
  { GOLF_CSV_SHOT_TYPE, GOLF_CSV_UNIT_NONE, "shot type" },
  { F (SIDE_ANGLE), GOLF_CSV_UNIT_ANGLE, "launch h" },
  { F (LAUNCH_ANGLE), GOLF_CSV_UNIT_ANGLE, "launch v" },
  { F (DESCENT_ANGLE), GOLF_CSV_UNIT_ANGLE, "descent v" },
  { F (CLUB_PATH), GOLF_CSV_UNIT_ANGLE, "club path" },
  { F (FACE_ANGLE), GOLF_CSV_UNIT_ANGLE, "face to target" },
  { GOLF_CSV_FACE_TO_PATH, GOLF_CSV_UNIT_ANGLE, "face to path" },
  { F (DYNAMIC_LOFT), GOLF_CSV_UNIT_ANGLE, "dynamic loft" },
};

static const GolfCsvColumnSpec own_columns[] = {
  { GOLF_CSV_SESSION_ID, GOLF_CSV_UNIT_NONE, "session_id" },
  { GOLF_CSV_SHOT_ID, GOLF_CSV_UNIT_NONE, "id" },
  { GOLF_CSV_DATE, GOLF_CSV_UNIT_NONE, "date" },
  { GOLF_CSV_CLUB, GOLF_CSV_UNIT_NONE, "club" },
  { GOLF_CSV_SHOT_TYPE, GOLF_CSV_UNIT_NONE, "shot_type" },
  { GOLF_CSV_ESTIMATED, GOLF_CSV_UNIT_NONE, "estimated" },
  { GOLF_CSV_TAGS, GOLF_CSV_UNIT_NONE, "tags" },
  { GOLF_CSV_COMMENT, GOLF_CSV_UNIT_NONE, "comment" },
  { GOLF_CSV_SET_ASIDE, GOLF_CSV_UNIT_NONE, "set_aside" },
  { GOLF_CSV_IGNORED, GOLF_CSV_UNIT_NONE, "smash|face_to_path" },
};

#undef F

static const GolfCsvBrand brands[] = {
  { "garmin", "Garmin R10/R50", GOLF_CSV_BRAND_UNITS_ROW | GOLF_CSV_BRAND_DAY_FIRST,
    garmin_columns, G_N_ELEMENTS (garmin_columns),
    { NULL, "mph", "yd", "ft", "deg", "rpm", "s", "mm" } },
  { "rapsodo", "Rapsodo MLM2PRO", 0,
    rapsodo_columns, G_N_ELEMENTS (rapsodo_columns),
    { NULL, "mph", "yd", "ft", "deg", "rpm", "s", "mm" } },
  { "mevo", "FlightScope Mevo+", 0,
    mevo_columns, G_N_ELEMENTS (mevo_columns),
    { NULL, "mph", "yd", "ft", "deg", "rpm", "s", "mm" } },
  { "golflab", "Golf Lab", GOLF_CSV_BRAND_OWN,
    own_columns, G_N_ELEMENTS (own_columns),
    { NULL, "m/s", "m", "m", "deg", "rpm", "s", "mm" } },
};

typedef struct
{
  const char      *names;
  GolfCsvUnitKind  kind;
  double           scale;
} UnitInfo;

static const UnitInfo units[] = {
  { "mph", GOLF_CSV_UNIT_SPEED, 0.44704 },
  { "km/h|kmh|kph|km/hr", GOLF_CSV_UNIT_SPEED, 1 / 3.6 },
  { "m/s|mps", GOLF_CSV_UNIT_SPEED, 1 },
  { "yd|yds|yard|yards", GOLF_CSV_UNIT_DISTANCE, 0.9144 },
  { "m|meter|meters|metre|metres", GOLF_CSV_UNIT_DISTANCE, 1 },
  { "ft|feet", GOLF_CSV_UNIT_DISTANCE, 0.3048 },
  { "mm", GOLF_CSV_UNIT_DISTANCE, 0.001 },
  { "in|inch|inches", GOLF_CSV_UNIT_DISTANCE, 0.0254 },
  { "deg|°|º|degree|degrees|grad", GOLF_CSV_UNIT_ANGLE, 1 },
  { "rad|radian|radians", GOLF_CSV_UNIT_ANGLE, 180 / G_PI },
  { "rpm|u/min", GOLF_CSV_UNIT_SPIN, 1 },
  { "s|sec|secs|seconds", GOLF_CSV_UNIT_TIME, 1 },
};

static gboolean
in_list (const char *list,
         const char *word,
         gsize       length)
{
  const char *p = list;

  for (;;)
    {
      const char *bar = strchr (p, '|');
      gsize n = bar ? (gsize) (bar - p) : strlen (p);

      if (n == length && memcmp (p, word, n) == 0)
        return TRUE;
      if (bar == NULL)
        return FALSE;
      p = bar + 1;
    }
}

/* Case-folded, composed, trimmed, inner white space as single spaces. */
static char *
fold (const char *text,
      gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  g_autofree char *composed = g_utf8_normalize (valid, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (composed ? composed : valid, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * _golf_csv_parse_unit:
 * @text: a unit as exports write it: "mph", "[km/h]", "(yds)", "°"
 * @kind: (out): what it measures (lengths are %GOLF_CSV_UNIT_DISTANCE)
 * @scale: (out): the factor to SI (m/s, m, degrees, rpm, s)
 *
 * Returns: %TRUE when @text is a unit Golf Lab knows
 */
gboolean
_golf_csv_parse_unit (const char      *text,
                      GolfCsvUnitKind *kind,
                      double          *scale)
{
  g_autofree char *folded = fold (text, -1);
  const char *p = folded;
  gsize length = strlen (p);

  if (length >= 2 && ((p[0] == '[' && p[length - 1] == ']') || (p[0] == '(' && p[length - 1] == ')')))
    {
      p++;
      length -= 2;
    }
  while (length > 0 && *p == ' ')
    {
      p++;
      length--;
    }
  while (length > 0 && p[length - 1] == ' ')
    length--;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (in_list (units[i].names, p, length))
      {
        *kind = units[i].kind;
        *scale = units[i].scale;
        return TRUE;
      }

  return FALSE;
}

/* Splits "Carry Distance (m)" into "carry distance" and "m" (folded). */
static char *
split_header (const char  *cell,
              char       **unit)
{
  g_autofree char *folded = fold (cell, -1);
  gsize length = strlen (folded);
  char close = length > 0 ? folded[length - 1] : '\0';
  char *open;
  GolfCsvUnitKind kind;
  double scale;

  *unit = NULL;
  if (close != ')' && close != ']')
    return g_steal_pointer (&folded);

  open = strrchr (folded, close == ')' ? '(' : '[');
  if (open == NULL || open == folded || !_golf_csv_parse_unit (open, &kind, &scale))
    return g_steal_pointer (&folded);

  *unit = g_strdup (open);
  *open = '\0';
  g_strchomp (folded);

  return g_steal_pointer (&folded);
}

/* Which column spec of @brand a header names; -1 for none. When two
 * specs share a name (Mevo+'s "Club" and "Club (mph)"), the unit decides. */
static int
find_spec (const GolfCsvBrand *brand,
           const char         *name,
           const char         *unit)
{
  GolfCsvUnitKind unit_kind = GOLF_CSV_UNIT_NONE;
  double scale;
  int found = -1;

  if (unit != NULL)
    _golf_csv_parse_unit (unit, &unit_kind, &scale);

  for (guint i = 0; i < brand->n_columns; i++)
    {
      GolfCsvUnitKind kind = brand->columns[i].kind;

      if (!in_list (brand->columns[i].aliases, name, strlen (name)))
        continue;
      if (found < 0)
        found = i;
      if ((kind == GOLF_CSV_UNIT_NONE) == (unit_kind == GOLF_CSV_UNIT_NONE))
        return i;
    }

  return found;
}

/* Golf Lab's own export names its columns after the shot fields. */
static GolfCsvUnitKind
field_unit_kind (GolfShotField field)
{
  const char *name = golf_shot_field_get_name (field);

  switch (golf_shot_field_get_unit (field))
    {
    case GOLF_UNIT_SPEED:
      return GOLF_CSV_UNIT_SPEED;
    case GOLF_UNIT_DISTANCE:
      return GOLF_CSV_UNIT_DISTANCE;
    case GOLF_UNIT_ANGLE:
      return GOLF_CSV_UNIT_ANGLE;
    case GOLF_UNIT_MILLIMETRE:
      return GOLF_CSV_UNIT_MILLIMETRE;
    case GOLF_UNIT_NONE:
    default:
      if (strstr (name, "spin") != NULL)
        return GOLF_CSV_UNIT_SPIN;
      if (strcmp (name, "flight_time") == 0)
        return GOLF_CSV_UNIT_TIME;
      return GOLF_CSV_UNIT_NONE;
    }
}

static gboolean
match_cell (const GolfCsvBrand *brand,
            const char         *cell,
            int                *target,
            GolfCsvUnitKind    *kind,
            char              **unit)
{
  g_autofree char *name = split_header (cell, unit);
  GolfShotField field;
  int spec;

  if ((brand->flags & GOLF_CSV_BRAND_OWN) && golf_shot_field_from_name (name, &field))
    {
      *target = field;
      *kind = field_unit_kind (field);
      return TRUE;
    }

  spec = find_spec (brand, name, *unit);
  if (spec < 0)
    return FALSE;

  *target = brand->columns[spec].target;
  *kind = brand->columns[spec].kind;
  return TRUE;
}

/**
 * _golf_csv_brand_detect:
 * @cells: (array length=n_cells): a row that may be a header
 * @n_cells: how many
 * @score: (out): how many cells the brand names
 *
 * Returns: (nullable): the brand whose export has this header: the one
 *   naming most of the cells, at least 3 of them and a distance or a speed
 */
const GolfCsvBrand *
_golf_csv_brand_detect (const char * const *cells,
                        guint               n_cells,
                        guint              *score)
{
  const GolfCsvBrand *best = NULL;
  guint best_score = 0;

  for (guint b = 0; b < G_N_ELEMENTS (brands); b++)
    {
      guint matched = 0;
      gboolean measures = FALSE;

      for (guint i = 0; i < n_cells; i++)
        {
          g_autofree char *unit = NULL;
          GolfCsvUnitKind kind;
          int target;

          if (!match_cell (&brands[b], cells[i], &target, &kind, &unit))
            continue;
          matched++;
          measures = measures || target == GOLF_SHOT_FIELD_CARRY_DISTANCE ||
                     target == GOLF_SHOT_FIELD_BALL_SPEED || target == GOLF_SHOT_FIELD_TOTAL_DISTANCE;
        }

      if (measures && matched >= 3 && matched > best_score)
        {
          best = &brands[b];
          best_score = matched;
        }
    }

  *score = best_score;
  return best;
}

/**
 * _golf_csv_brand_map_columns:
 * @brand: the file's brand
 * @cells: (array length=n_cells): the header
 * @n_cells: how many cells
 * @columns: (array length=n_cells) (out caller-allocates): what each
 *   column holds; %GOLF_CSV_IGNORED for columns no spec names. The unit
 *   comes from the header's suffix, else the brand's default; a units row
 *   may change it later.
 */
void
_golf_csv_brand_map_columns (const GolfCsvBrand *brand,
                             const char * const *cells,
                             guint               n_cells,
                             GolfCsvColumn      *columns)
{
  for (guint i = 0; i < n_cells; i++)
    {
      g_autofree char *unit = NULL;
      GolfCsvColumn *column = &columns[i];
      GolfCsvUnitKind kind = GOLF_CSV_UNIT_NONE;
      int target = GOLF_CSV_IGNORED;

      memset (column, 0, sizeof *column);
      column->header = g_strdup (cells[i]);
      column->scale = 1;
      column->unit_known = TRUE;

      if (!match_cell (brand, cells[i], &target, &kind, &unit))
        target = GOLF_CSV_IGNORED;

      column->target = target;
      column->kind = kind;
      if (kind == GOLF_CSV_UNIT_NONE)
        continue;

      _golf_csv_column_set_unit (column, unit ? unit : brand->default_units[kind]);
    }
}

/**
 * _golf_csv_column_set_unit:
 * @column: a column that holds numbers
 * @unit: (nullable): the unit its values are in ("[mph]", "yds")
 *
 * Sets the column's factor to SI. A unit that is unknown, or of another
 * kind than the column's (a distance in "mph"), leaves the column's
 * values unusable: @column's unit_known becomes %FALSE.
 */
void
_golf_csv_column_set_unit (GolfCsvColumn *column,
                           const char    *unit)
{
  GolfCsvUnitKind expected = column->kind, kind;
  double scale = 1;

  if (expected == GOLF_CSV_UNIT_HEIGHT || expected == GOLF_CSV_UNIT_MILLIMETRE)
    expected = GOLF_CSV_UNIT_DISTANCE;

  column->unit_known = unit != NULL && _golf_csv_parse_unit (unit, &kind, &scale) && kind == expected;
  column->scale = scale;
  if (column->kind == GOLF_CSV_UNIT_MILLIMETRE)
    column->scale *= 1000;
}

/* Whether @cells is Garmin's units row: mostly "[mph]", "[yd]", empty. */
gboolean
_golf_csv_is_units_row (const char * const *cells,
                        guint               n_cells)
{
  guint n_units = 0;

  for (guint i = 0; i < n_cells; i++)
    {
      const char *cell = cells[i];
      gsize length;

      while (g_ascii_isspace (*cell))
        cell++;
      length = strlen (cell);
      if (length == 0)
        continue;
      if (cell[0] != '[' || cell[length - 1] != ']')
        return FALSE;
      n_units++;
    }

  return n_units > 0;
}

static gboolean
read_int (const char **p,
          guint        max_digits,
          guint       *value,
          guint       *n_digits)
{
  *value = 0;
  *n_digits = 0;
  while (g_ascii_isdigit (**p) && *n_digits < max_digits)
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      (*n_digits)++;
    }

  return *n_digits > 0;
}

/* Writes @value as @n_digits digits, zero-padded (a row's date: no printf). */
static void
write_digits (char  *out,
              guint  value,
              guint  n_digits)
{
  for (guint i = n_digits; i > 0; i--)
    {
      out[i - 1] = '0' + value % 10;
      value /= 10;
    }
}

/* "14:05", "2:05:12 PM", "14:05:12.250"; FALSE when no time is there. */
static gboolean
parse_time (const char *p,
            char        time[7])
{
  guint hour, minute, second = 0, n;
  gboolean pm = FALSE, am = FALSE;

  while (*p == ' ' || *p == 'T' || *p == ',')
    p++;
  if (!read_int (&p, 2, &hour, &n) || *p++ != ':' || !read_int (&p, 2, &minute, &n) || n != 2)
    return FALSE;
  if (*p == ':')
    {
      p++;
      if (!read_int (&p, 2, &second, &n) || n != 2)
        return FALSE;
      if (*p == '.')
        for (p++; g_ascii_isdigit (*p); p++)
          ;
    }
  while (*p == ' ')
    p++;
  pm = g_ascii_strncasecmp (p, "pm", 2) == 0 || g_ascii_strncasecmp (p, "p.m.", 4) == 0;
  am = g_ascii_strncasecmp (p, "am", 2) == 0 || g_ascii_strncasecmp (p, "a.m.", 4) == 0;
  if ((pm || am) && (hour < 1 || hour > 12))
    return FALSE;
  if (pm && hour < 12)
    hour += 12;
  if (am && hour == 12)
    hour = 0;
  if (hour > 23 || minute > 59 || second > 60)
    return FALSE;

  write_digits (time, hour, 2);
  write_digits (time + 2, minute, 2);
  write_digits (time + 4, MIN (second, 59), 2);
  time[6] = '\0';
  return TRUE;
}

/* "PM", "am", "p.m." anywhere after the date. */
static gboolean
has_am_pm (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if ((c == 'a' || c == 'p') && (g_ascii_tolower (p[1]) == 'm' ||
                                     (p[1] == '.' && g_ascii_tolower (p[2]) == 'm')))
        return TRUE;
    }

  return FALSE;
}

/**
 * _golf_csv_parse_date:
 * @text: a date as exports write it, with or without a time:
 *   "2024-03-09 14:05:12", "09/03/2024 14:05:12", "03/09/24 2:05:12 PM",
 *   "09.03.2024 14:05"
 * @day_first: whether "03/09/2024" means 3 September (when nothing in the
 *   text says otherwise: a time with AM/PM means month first, dots mean
 *   day first, a number over 12 can only be the day)
 * @date: (out caller-allocates): "YYYY-MM-DD"
 * @time: (out caller-allocates): "HHMMSS", or "" without a time
 *
 * Returns: %TRUE when @text is a real date
 */
gboolean
_golf_csv_parse_date (const char *text,
                      gboolean    day_first,
                      char        date[11],
                      char        time[7])
{
  const char *p = text;
  guint a, b, c, na, nb, nc, day, month, year;
  char separator;

  while (g_ascii_isspace (*p))
    p++;
  if (!read_int (&p, 4, &a, &na))
    return FALSE;
  separator = *p;
  if (separator != '-' && separator != '/' && separator != '.')
    return FALSE;
  p++;
  if (!read_int (&p, 2, &b, &nb) || *p++ != separator || !read_int (&p, 4, &c, &nc))
    return FALSE;

  if (na == 4)
    {
      year = a;
      month = b;
      day = c;
    }
  else if (nc == 4 || nc == 2)
    {
      gboolean day_is_first = day_first;

      if (has_am_pm (p))
        day_is_first = FALSE;
      if (separator == '.')
        day_is_first = TRUE;
      if (a > 12)
        day_is_first = TRUE;
      else if (b > 12)
        day_is_first = FALSE;

      day = day_is_first ? a : b;
      month = day_is_first ? b : a;
      year = nc == 2 ? 2000 + c : c;
    }
  else
    return FALSE;

  if (year < 1900 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  write_digits (date, year, 4);
  date[4] = '-';
  write_digits (date + 5, month, 2);
  date[7] = '-';
  write_digits (date + 8, day, 2);
  date[10] = '\0';
  if (*p == '\0' || !parse_time (p, time))
    time[0] = '\0';

  return TRUE;
}

/* The values exports write for "not measured". */
gboolean
_golf_csv_is_placeholder (const char *text)
{
  static const char placeholders[] = "-|--|---|—|–|n/a|na|#n/a|nan|null|none|?";
  char lower[8];
  gsize length;

  while (g_ascii_isspace (*text))
    text++;

  /* Most cells are numbers: no placeholder starts with a digit. */
  if (g_ascii_isdigit (*text) || (*text == '-' && g_ascii_isdigit (text[1])))
    return FALSE;

  length = strlen (text);
  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;
  if (length == 0)
    return TRUE;
  if (length > 4)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (text[i]);

  return in_list (placeholders, lower, length);
}

/* The first cells of a summary row: Rapsodo's footers, Mevo+'s per-club rows. */
gboolean
_golf_csv_is_summary_word (const char *text)
{
  static const char words[] =
    "average|avg|avg.|mean|median|std. dev.|std dev|std.dev.|stddev|std. dev|dev|dev.|"
    "deviation|standard deviation|total|totals|min|max|durchschnitt|promedio|gemiddelde";
  char lower[24];
  gsize length;

  while (g_ascii_isspace (*text))
    text++;
  if (!g_ascii_isalpha (*text))
    return FALSE;

  length = strlen (text);
  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;
  if (length >= sizeof lower)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (text[i]);

  return in_list (words, lower, length);
}
