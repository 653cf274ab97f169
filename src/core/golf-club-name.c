/* golf-club-name.c: the names golfers read for the clubs monitors write
 *
 * Launch monitors and their exports name clubs every which way ("IRON7",
 * "7i", "Pitching Wedge", "56°"); Golf Lab keeps one name per club.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-club-name"

#include <string.h>

#include "golf-club-name.h"

typedef struct
{
  const char *prefix;
  const char *format;
} ClubFamily;

/* Numbered clubs: "WOOD3" -> "3 Wood", "WEDGE_56" -> "56° Wedge". */
static const ClubFamily club_families[] = {
  { "WOOD",    "%s Wood" },
  { "HYBRID",  "%s Hybrid" },
  { "IRON",    "%s Iron" },
  { "WEDGE_",  "%s° Wedge" },
};

static const struct { const char *code; const char *name; } club_names[] = {
  { "DRIVER",          "Driver" },
  { "PUTTER",          "Putter" },
  { "WEDGE_PITCHING",  "PW" },
  { "WEDGE_GAP",       "GW" },
  { "WEDGE_APPROACH",  "AW" },
  { "WEDGE_SAND",      "SW" },
  { "WEDGE_LOB",       "LW" },
};

static gboolean
is_all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* Club names as other monitors' exports write them (upper case here). */
static const struct { const char *words; const char *name; } club_words[] = {
  { "DRIVER", "Driver" }, { "DR", "Driver" }, { "1W", "Driver" }, { "1 WOOD", "Driver" },
  { "PT", "Putter" },
  { "PITCHING WEDGE", "PW" }, { "GAP WEDGE", "GW" }, { "APPROACH WEDGE", "AW" },
  { "SAND WEDGE", "SW" }, { "LOB WEDGE", "LW" },
  { "PW", "PW" }, { "GW", "GW" }, { "AW", "AW" }, { "SW", "SW" }, { "LW", "LW" },
};

/* "<n> <kind>" or "<n><abbreviation>": "7 Iron", "7i", "3W", "4 Hy", "56°". */
static const struct { const char *suffix; const char *format; } club_word_families[] = {
  { " WOOD", "%u Wood" }, { "W", "%u Wood" }, { " W", "%u Wood" },
  { " HYBRID", "%u Hybrid" }, { "H", "%u Hybrid" }, { "HY", "%u Hybrid" }, { " HY", "%u Hybrid" },
  { " IRON", "%u Iron" }, { "I", "%u Iron" }, { " I", "%u Iron" },
  { " WEDGE", "%u° Wedge" }, { "° WEDGE", "%u° Wedge" }, { "°", "%u° Wedge" },
  { " DEG", "%u° Wedge" }, { "DEG", "%u° Wedge" }, { "", "%u° Wedge" },
};

static char *
club_name_from_words (const char *upper)
{
  guint number = 0, n_digits = 0;
  const char *rest = upper;

  for (guint i = 0; i < G_N_ELEMENTS (club_words); i++)
    if (strcmp (upper, club_words[i].words) == 0)
      return g_strdup (club_words[i].name);

  for (; g_ascii_isdigit (*rest) && n_digits < 3; rest++, n_digits++)
    number = number * 10 + (*rest - '0');
  if (n_digits == 0)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (club_word_families); i++)
    {
      const char *format = club_word_families[i].format;
      gboolean wedge = strstr (format, "Wedge") != NULL;

      if (strcmp (rest, club_word_families[i].suffix) != 0)
        continue;
      /* A bare number is a wedge's loft only where lofts are. */
      if (*rest == '\0' && (number < 40 || number > 64))
        return NULL;
      if (!wedge && (number < 1 || number > 11))
        return NULL;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      return g_strdup_printf (format, number);
#pragma GCC diagnostic pop
    }

  return NULL;
}

/**
 * golf_club_canonical_name:
 * @code: a club code as a launch monitor writes it ("IRON7", "WEDGE_PITCHING"),
 *   or a club name as exports write it ("7 Iron", "7i", "Pitching Wedge",
 *   "3W", "4 Hybrid", "56°", "56 Wedge", "Dr")
 *
 * Unknown codes are kept as given (trimmed), so nothing a player typed is lost.
 *
 * Returns: (transfer full) (nullable): the name a golfer reads ("7 Iron", "PW"),
 *   or %NULL for an empty code
 */
char *
golf_club_canonical_name (const char *code)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *upper = NULL;
  char *name;

  if (code == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (code));
  if (*trimmed == '\0')
    return NULL;

  upper = g_ascii_strup (trimmed, -1);

  for (guint i = 0; i < G_N_ELEMENTS (club_names); i++)
    if (strcmp (upper, club_names[i].code) == 0)
      return g_strdup (club_names[i].name);

  for (guint i = 0; i < G_N_ELEMENTS (club_families); i++)
    {
      const char *prefix = club_families[i].prefix;

      if (g_str_has_prefix (upper, prefix) && is_all_digits (upper + strlen (prefix)))
        {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          return g_strdup_printf (club_families[i].format, upper + strlen (prefix));
#pragma GCC diagnostic pop
        }
    }

  name = club_name_from_words (upper);
  return name != NULL ? name : g_steal_pointer (&trimmed);
}
