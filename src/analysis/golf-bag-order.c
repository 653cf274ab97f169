/* golf-bag-order.c
 *
 * The bag order: Driver, woods, hybrids, irons long to short (by number),
 * PW, GW and AW, SW, LW, wedges named by their loft ("56° Wedge", lowest
 * loft first), the putter; then any club name Golf Lab does not know, by
 * name; shots without a club last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <stdlib.h>
#include <string.h>

#include "golf-bag-order.h"
#include "golf-club-name.h"
#include "golf-shot.h"

typedef enum
{
  SLOT_DRIVER,
  SLOT_WOOD,
  SLOT_HYBRID,
  SLOT_IRON,
  SLOT_PITCHING_WEDGE,
  SLOT_GAP_WEDGE,
  SLOT_SAND_WEDGE,
  SLOT_LOB_WEDGE,
  SLOT_LOFT_WEDGE,
  SLOT_PUTTER,
  SLOT_UNKNOWN,
  SLOT_NONE,
} Slot;

static const struct
{
  const char *name;
  Slot        slot;
} named_clubs[] = {
  { "Driver", SLOT_DRIVER },
  { "PW", SLOT_PITCHING_WEDGE },
  { "GW", SLOT_GAP_WEDGE },
  { "AW", SLOT_GAP_WEDGE },
  { "SW", SLOT_SAND_WEDGE },
  { "LW", SLOT_LOB_WEDGE },
  { "Putter", SLOT_PUTTER },
};

static const struct
{
  const char *suffix;
  Slot        slot;
} numbered_clubs[] = {
  { " Wood", SLOT_WOOD },
  { " Hybrid", SLOT_HYBRID },
  { " Iron", SLOT_IRON },
  { "° Wedge", SLOT_LOFT_WEDGE },
  { " Wedge", SLOT_LOFT_WEDGE },
};

/* "7 Iron" -> SLOT_IRON and 7; FALSE for anything else. */
static gboolean
parse_numbered (const char *name,
                Slot       *slot,
                long       *number)
{
  char *end = NULL;

  if (!g_ascii_isdigit (*name))
    return FALSE;

  *number = strtol (name, &end, 10);
  for (guint i = 0; i < G_N_ELEMENTS (numbered_clubs); i++)
    if (g_ascii_strcasecmp (end, numbered_clubs[i].suffix) == 0)
      {
        *slot = numbered_clubs[i].slot;
        return TRUE;
      }

  return FALSE;
}

static gboolean
classify_name (const char *name,
               Slot       *slot,
               long       *number)
{
  *number = 0;

  for (guint i = 0; i < G_N_ELEMENTS (named_clubs); i++)
    if (g_ascii_strcasecmp (name, named_clubs[i].name) == 0)
      {
        *slot = named_clubs[i].slot;
        return TRUE;
      }

  return parse_numbered (name, slot, number);
}

/* A launch monitor's code ("IRON7") is read as its canonical name. */
static Slot
classify (const char *club,
          long       *number)
{
  g_autofree char *canonical = NULL;
  Slot slot;

  *number = 0;
  if (club == NULL || *club == '\0')
    return SLOT_NONE;

  if (classify_name (club, &slot, number))
    return slot;

  canonical = golf_club_canonical_name (club);
  if (canonical != NULL && strcmp (canonical, club) != 0 &&
      classify_name (canonical, &slot, number))
    return slot;

  return SLOT_UNKNOWN;
}

/* A club with its place in the bag, worked out once. */
typedef struct
{
  Slot        slot;
  long        number;
  const char *name;
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *placed_a = a;
  const Placed *placed_b = b;

  if (placed_a->slot != placed_b->slot)
    return placed_a->slot < placed_b->slot ? -1 : 1;
  if (placed_a->number != placed_b->number)
    return placed_a->number < placed_b->number ? -1 : 1;

  return g_strcmp0 (placed_a->name, placed_b->name);
}

/**
 * golf_bag_order_compare:
 * @club_a: (nullable): a canonical club name ("Driver", "7 Iron", "PW")
 * @club_b: (nullable): another
 *
 * Orders clubs as a bag lists them: Driver, woods, hybrids, irons from long
 * to short, PW, GW and AW, SW, LW, wedges by loft, putter; unknown names
 * after those by name; no club (%NULL or "") last.
 *
 * Returns: negative, 0 or positive as @club_a comes before, with or after @club_b
 */
int
golf_bag_order_compare (const char *club_a,
                        const char *club_b)
{
  Placed placed_a = { .name = club_a };
  Placed placed_b = { .name = club_b };

  placed_a.slot = classify (club_a, &placed_a.number);
  placed_b.slot = classify (club_b, &placed_b.number);

  return compare_placed (&placed_a, &placed_b);
}

/**
 * golf_bag_order_sort:
 * @clubs: (element-type utf8): club names, sorted in place
 *
 * Sorts as golf_bag_order_compare() orders, reading each name once.
 */
void
golf_bag_order_sort (GPtrArray *clubs)
{
  g_autofree Placed *placed = NULL;

  g_return_if_fail (clubs != NULL);

  if (clubs->len < 2)
    return;

  placed = g_new (Placed, clubs->len);
  for (guint i = 0; i < clubs->len; i++)
    {
      placed[i].name = g_ptr_array_index (clubs, i);
      placed[i].slot = classify (placed[i].name, &placed[i].number);
    }

  qsort (placed, clubs->len, sizeof (Placed), compare_placed);
  for (guint i = 0; i < clubs->len; i++)
    clubs->pdata[i] = (gpointer) placed[i].name;
}

/**
 * golf_club_is_wedge:
 * @club: (nullable): a canonical club name
 *
 * Returns: whether @club is a wedge: PW, GW, AW, SW, LW or one named by its
 *   loft ("56° Wedge")
 */
gboolean
golf_club_is_wedge (const char *club)
{
  long number;
  Slot slot = classify (club, &number);

  return slot >= SLOT_PITCHING_WEDGE && slot <= SLOT_LOFT_WEDGE;
}
