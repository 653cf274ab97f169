/* golf-shot-table.c
 *
 * A table is built once, from #GolfShot objects or straight from the store,
 * and never changes: every analysis reads the same plain rows. Session and
 * club names are stored once each (a string chunk never moves them) and
 * numbered, so the analyses group by number instead of by string.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-analysis"

#include <math.h>
#include <string.h>

#include "golf-analysis-private.h"
#include "golf-club-name.h"
#include "golf-shot-table.h"
#include "golf-store-select.h"

struct _GolfShotTable
{
  GArray          *rows;       /* GolfShotTableRow */
  GStringChunk    *strings;
  GPtrArray       *sessions;   /* interned names, by index */
  GPtrArray       *clubs;
};

static void
shot_table_clear (GolfShotTable *self)
{
  g_array_unref (self->rows);
  g_ptr_array_unref (self->sessions);
  g_ptr_array_unref (self->clubs);
  g_string_chunk_free (self->strings);
}

GOLF_DEFINE_RESULT_TYPE (GolfShotTable, golf_shot_table, shot_table_clear)

/* What the analyses read of a shot, in the order of the row's numbers; the
 * first four are all the set-aside rules and gapping need. */
static const GolfShotField table_fields[] = {
  GOLF_SHOT_FIELD_CARRY_DISTANCE,
  GOLF_SHOT_FIELD_TOTAL_DISTANCE,
  GOLF_SHOT_FIELD_BALL_SPEED,
  GOLF_SHOT_FIELD_CLUB_SPEED,
  GOLF_SHOT_FIELD_FACE_ANGLE,
  GOLF_SHOT_FIELD_CLUB_PATH,
  GOLF_SHOT_FIELD_LAUNCH_ANGLE,
  GOLF_SHOT_FIELD_BACK_SPIN,
  GOLF_SHOT_FIELD_IMPACT_X,
  GOLF_SHOT_FIELD_IMPACT_Y,
  GOLF_SHOT_FIELD_SIDE_DISTANCE,
};

typedef struct
{
  GolfShotTable *table;
  GHashTable    *session_index;   /* name -> index + 1 */
  GHashTable    *club_index;
  guint          last_session;
  guint          last_club;
} Builder;

static void
builder_init (Builder *builder)
{
  GolfShotTable *self = g_atomic_rc_box_new0 (GolfShotTable);

  self->rows = g_array_new (FALSE, FALSE, sizeof (GolfShotTableRow));
  self->strings = g_string_chunk_new (4096);
  self->sessions = g_ptr_array_new ();
  self->clubs = g_ptr_array_new ();

  builder->table = self;
  builder->session_index = g_hash_table_new (g_str_hash, g_str_equal);
  builder->club_index = g_hash_table_new (g_str_hash, g_str_equal);
  builder->last_session = G_MAXUINT;
  builder->last_club = G_MAXUINT;
}

static GolfShotTable *
builder_finish (Builder *builder)
{
  g_hash_table_unref (builder->session_index);
  g_hash_table_unref (builder->club_index);

  return builder->table;
}

/* Rows come grouped by session and often by club: try the last one first. */
static guint
builder_intern (Builder    *builder,
                GHashTable *index,
                GPtrArray  *names,
                guint      *last,
                const char *name)
{
  gpointer value;
  const char *interned;

  if (name == NULL)
    name = "";

  if (*last != G_MAXUINT && strcmp (g_ptr_array_index (names, *last), name) == 0)
    return *last;

  if ((value = g_hash_table_lookup (index, name)) != NULL)
    return *last = GPOINTER_TO_UINT (value) - 1;

  interned = g_string_chunk_insert_const (builder->table->strings, name);
  g_ptr_array_add (names, (gpointer)interned);
  g_hash_table_insert (index, (gpointer)interned, GUINT_TO_POINTER (names->len));

  return *last = names->len - 1;
}

static GolfShotTableRow *
builder_add (Builder    *builder,
             const char *id,
             const char *session_id,
             const char *club)
{
  GolfShotTable *self = builder->table;
  GolfShotTableRow *row;

  g_array_set_size (self->rows, self->rows->len + 1);
  row = &g_array_index (self->rows, GolfShotTableRow, self->rows->len - 1);

  row->id = id ? g_string_chunk_insert (self->strings, id) : NULL;
  row->session_index = builder_intern (builder, builder->session_index, self->sessions,
                                       &builder->last_session, session_id);
  row->club_index = builder_intern (builder, builder->club_index, self->clubs,
                                    &builder->last_club, club);
  row->session_id = g_ptr_array_index (self->sessions, row->session_index);
  row->club = g_ptr_array_index (self->clubs, row->club_index);
  row->set_aside = GOLF_SET_ASIDE_AUTO;

  return row;
}

static inline double
finite_or_nan (double value)
{
  return isfinite (value) ? value : NAN;
}

/* The row's numbers follow the order of table_fields. */
static void
row_set_values (GolfShotTableRow *row,
                double            values[G_N_ELEMENTS (table_fields)])
{
  for (guint f = 0; f < G_N_ELEMENTS (table_fields); f++)
    values[f] = finite_or_nan (values[f]);

  row->carry = values[0];
  row->total = values[1];
  row->ball_speed = values[2];
  row->club_speed = values[3];
  row->face_angle = values[4];
  row->club_path = values[5];
  row->launch_angle = values[6];
  row->back_spin = values[7];
  row->impact_x = values[8];
  row->impact_y = values[9];
  row->side_distance = values[10];
}

/**
 * golf_shot_table_new:
 * @shots: (element-type GolfShot): the shots to analyse
 *
 * Returns: (transfer full): a table of @shots, in their order
 */
GolfShotTable *
golf_shot_table_new (GPtrArray *shots)
{
  Builder builder;

  g_return_val_if_fail (shots != NULL, NULL);
  for (guint i = 0; i < shots->len; i++)
    g_return_val_if_fail (GOLF_IS_SHOT (g_ptr_array_index (shots, i)), NULL);

  builder_init (&builder);
  for (guint i = 0; i < shots->len; i++)
    {
      GolfShot *shot = g_ptr_array_index (shots, i);
      double values[G_N_ELEMENTS (table_fields)];
      GolfShotTableRow *row;

      row = builder_add (&builder, golf_shot_get_id (shot), golf_shot_get_session_id (shot),
                         golf_shot_get_club (shot));
      row->set_aside = golf_shot_get_set_aside (shot);
      for (guint f = 0; f < G_N_ELEMENTS (table_fields); f++)
        values[f] = golf_shot_get (shot, table_fields[f]);
      row_set_values (row, values);
    }

  return builder_finish (&builder);
}

static void
add_store_row_cb (const GolfShotRow *shot,
                  gpointer           user_data)
{
  Builder *builder = user_data;
  GolfShotTableRow *row = builder_add (builder, shot->id, shot->session_id, shot->club);
  double values[G_N_ELEMENTS (table_fields)];

  row->set_aside = shot->set_aside;
  for (guint f = 0; f < G_N_ELEMENTS (table_fields); f++)
    values[f] = shot->values[table_fields[f]];
  row_set_values (row, values);
}

/* One part of a read: some of the sessions, on a thread of its own. */
typedef struct
{
  GolfStore         *store;
  GolfShotSelection  selection;
  Builder            builder;
  gboolean           ok;
  GError            *error;
} ReadPart;

static gpointer
read_part (gpointer data)
{
  ReadPart *part = data;

  builder_init (&part->builder);
  part->ok = golf_store_select_shots (part->store, &part->selection, add_store_row_cb,
                                      &part->builder, &part->error);

  return NULL;
}

/* Adds the rows of @other after those of @builder, names interned anew. */
static void
builder_append (Builder             *builder,
                const GolfShotTable *other)
{
  for (guint i = 0; i < other->rows->len; i++)
    {
      const GolfShotTableRow *from = &g_array_index (other->rows, GolfShotTableRow, i);
      GolfShotTableRow *row = builder_add (builder, from->id, from->session_id, from->club);
      guint session_index = row->session_index;
      guint club_index = row->club_index;
      const char *id = row->id;

      *row = *from;
      row->id = id;
      row->session_index = session_index;
      row->club_index = club_index;
      row->session_id = g_ptr_array_index (builder->table->sessions, session_index);
      row->club = g_ptr_array_index (builder->table->clubs, club_index);
    }
}

/* With two sessions or more, the second half is read on a second thread
 * and connection at the same time as the first: the time of a read is
 * SQLite decoding rows, which two cores do twice as fast. */
static GolfShotTable *
read_table (GolfStore                *store,
            const GolfShotSelection  *selection,
            GError                  **error)
{
  guint n = selection->session_ids != NULL ? g_strv_length ((char **)selection->session_ids) : 0;
  g_autofree const char **first = NULL;
  g_autoptr(GolfShotTable) second_table = NULL;
  ReadPart parts[2] = { { store, *selection }, { store, *selection } };
  GThread *thread = NULL;
  Builder builder;

  g_return_val_if_fail (GOLF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n >= 2)
    {
      first = g_new0 (const char *, n / 2 + 1);
      memcpy (first, selection->session_ids, sizeof (char *) * (n / 2));
      parts[0].selection.session_ids = first;
      parts[1].selection.session_ids = selection->session_ids + n / 2;
      thread = g_thread_new ("golf-shot-table", read_part, &parts[1]);
    }

  read_part (&parts[0]);
  builder = parts[0].builder;

  if (thread != NULL)
    {
      g_thread_join (thread);
      second_table = builder_finish (&parts[1].builder);
      if (parts[0].ok && parts[1].ok)
        builder_append (&builder, second_table);
    }

  if (!parts[0].ok || (thread != NULL && !parts[1].ok))
    {
      g_propagate_error (error, parts[0].ok ? g_steal_pointer (&parts[1].error)
                                            : g_steal_pointer (&parts[0].error));
      g_clear_error (&parts[0].error);
      g_clear_error (&parts[1].error);
      golf_shot_table_unref (builder_finish (&builder));
      return NULL;
    }

  return builder_finish (&builder);
}

/**
 * golf_shot_table_read:
 * @store: a #GolfStore
 * @session_ids: (array zero-terminated=1) (nullable): the sessions to read;
 *   %NULL for all
 * @error: return location for a #GError in %GOLF_STORE_ERROR
 *
 * Reads the shots of @session_ids (deleted ones left out), with everything
 * the analyses look at, without making a #GolfShot of each, on connections
 * of its own (any thread may call it; two sessions or more are read on two
 * threads). Rows come session by session, by shot id within a session.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL on error
 */
GolfShotTable *
golf_shot_table_read (GolfStore           *store,
                      const char * const  *session_ids,
                      GError             **error)
{
  GolfShotSelection selection = {
    session_ids, table_fields, G_N_ELEMENTS (table_fields), TRUE,
  };

  return read_table (store, &selection, error);
}

/**
 * golf_shot_table_read_carries:
 * @store: a #GolfStore
 * @session_ids: (array zero-terminated=1) (nullable): the sessions to read;
 *   %NULL for all
 * @error: return location for a #GError in %GOLF_STORE_ERROR
 *
 * Like golf_shot_table_read(), but reads only what the set-aside rules and
 * gapping need: club, carry, total, ball and club speed (rows have no id,
 * and NAN for the rest). Gapping over many sessions reads this way.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL on error
 */
GolfShotTable *
golf_shot_table_read_carries (GolfStore           *store,
                              const char * const  *session_ids,
                              GError             **error)
{
  GolfShotSelection selection = { session_ids, table_fields, 4, FALSE };

  return read_table (store, &selection, error);
}

/**
 * golf_shot_table_get_n_rows:
 * @self: a #GolfShotTable
 *
 * Returns: how many shots it holds
 */
guint
golf_shot_table_get_n_rows (const GolfShotTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

/**
 * golf_shot_table_get_row:
 * @self: a #GolfShotTable
 * @index: a row, below golf_shot_table_get_n_rows()
 *
 * Returns: (transfer none): the row
 */
const GolfShotTableRow *
golf_shot_table_get_row (const GolfShotTable *self,
                         guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, GolfShotTableRow, index);
}

/* All rows at once, for the analyses' inner loops. */
const GolfShotTableRow *
_golf_shot_table_get_rows (const GolfShotTable *self)
{
  return (const GolfShotTableRow *)(gconstpointer) self->rows->data;
}

/**
 * golf_shot_table_get_n_sessions:
 * @self: a #GolfShotTable
 *
 * Returns: how many sessions its shots come from
 */
guint
golf_shot_table_get_n_sessions (const GolfShotTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sessions->len;
}

/**
 * golf_shot_table_get_session:
 * @self: a #GolfShotTable
 * @index: below golf_shot_table_get_n_sessions()
 *
 * Returns: (transfer none): the session id, in the order sessions first
 *   appear among the rows ("" for shots without one)
 */
const char *
golf_shot_table_get_session (const GolfShotTable *self,
                             guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sessions->len, NULL);

  return g_ptr_array_index (self->sessions, index);
}

/**
 * golf_shot_table_get_n_clubs:
 * @self: a #GolfShotTable
 *
 * Returns: how many clubs its shots were hit with
 */
guint
golf_shot_table_get_n_clubs (const GolfShotTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clubs->len;
}

/**
 * golf_shot_table_get_club:
 * @self: a #GolfShotTable
 * @index: below golf_shot_table_get_n_clubs()
 *
 * Returns: (transfer none): the club, in the order clubs first appear
 *   among the rows ("" for shots without one)
 */
const char *
golf_shot_table_get_club (const GolfShotTable *self,
                          guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clubs->len, NULL);

  return g_ptr_array_index (self->clubs, index);
}

/**
 * golf_shot_table_find_club:
 * @self: a #GolfShotTable
 * @club: a club name as a person types it: "7 iron", "PW" or a launch
 *   monitor's code such as "IRON7"
 *
 * Returns: the index of the club, or -1 when no shot has it
 */
int
golf_shot_table_find_club (const GolfShotTable *self,
                           const char          *club)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (club != NULL, -1);

  return _golf_find_club ((const char * const *) self->clubs->pdata, self->clubs->len, club);
}

/* A club as a person types it among @names; -1 when it is not there. */
int
_golf_find_club (const char * const *names,
                 guint               n_names,
                 const char         *club)
{
  g_autofree char *canonical = golf_club_canonical_name (club);

  for (guint i = 0; i < n_names; i++)
    {
      const char *name = names[i];

      if (*name != '\0' &&
          (g_ascii_strcasecmp (name, club) == 0 ||
           (canonical != NULL && g_ascii_strcasecmp (name, canonical) == 0)))
        return i;
    }

  return -1;
}
