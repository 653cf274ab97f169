/* golf-club-table.c
 *
 * The gapping table, as the analytics order it (longest median carry
 * first): each club's median carry with the middle half of its carries
 * (Q1–Q3), how many shots count, how far that can be trusted, how many
 * were set aside, and the gap to the next club. Two clubs that fly as far
 * are marked, and so is a gap much wider than the others. Everything comes
 * from the dashboard model's analytics, through the formatter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-club-table"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-club-table.h"
#include "golf-format.h"

enum
{
  COLUMN_CLUB,
  COLUMN_CARRY,
  COLUMN_RANGE,
  COLUMN_SHOTS,
  COLUMN_CONFIDENCE,
  COLUMN_SET_ASIDE,
  COLUMN_GAP,
  N_COLUMNS
};

struct _GolfClubTable
{
  GtkWidget           parent_instance;

  GtkGrid            *grid;
  GolfDashboardModel *model;
  GolfUnits           units;
};

G_DEFINE_FINAL_TYPE (GolfClubTable, golf_club_table, GTK_TYPE_WIDGET)

/* The cell at (@column, @row) reads @text. Cells are kept from one
 * session to the next: a label whose text stays the same costs nothing. */
static GtkWidget *
set_cell (GolfClubTable *self,
          const char    *text,
          int            column,
          int            row)
{
  GtkWidget *label = gtk_grid_get_child_at (self->grid, column, row);

  if (label != NULL)
    {
      gtk_label_set_label (GTK_LABEL (label), text);
      return label;
    }

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_CLUB || column == COLUMN_CONFIDENCE ? 0.0 : 1.0);
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  else if (column != COLUMN_CLUB)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->grid, label, column, row, 1, 1);

  return label;
}

static const char *
confidence_words (const GolfGappingClub *club)
{
  if (club->n == 0)
    return GOLF_FORMAT_MISSING;

  switch (club->confidence)
    {
    case GOLF_CONFIDENCE_HIGH:
      return _("High");
    case GOLF_CONFIDENCE_MEDIUM:
      return _("Medium");
    case GOLF_CONFIDENCE_LOW:
    default:
      return _("Low");
    }
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
set_gap (GolfClubTable         *self,
         const GolfGappingClub *club,
         int                    row)
{
  g_autofree char *gap = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, club->gap_to_next, self->units);
  g_autofree char *text = NULL;
  const char *tooltip = NULL;
  GtkWidget *label;

  /* Translators: two clubs whose median carries overlap, then the gap */
  if (club->overlap)
    text = g_strdup_printf (_("Overlap (%s)"), gap);
  /* Translators: a gap much wider than the others, then the gap */
  else if (club->wide_gap)
    text = g_strdup_printf (_("Wide (%s)"), gap);
  else
    text = g_strdup (gap);

  label = set_cell (self, text, COLUMN_GAP, row);
  if (club->overlap)
    tooltip = _("This club carries as far as the next one: one of them may be spare");
  else if (club->wide_gap)
    tooltip = _("A gap much wider than the others: a club may be missing here");
  set_css_class (label, "error", club->overlap);
  set_css_class (label, "warning", club->wide_gap && !club->overlap);
  gtk_widget_set_tooltip_text (label, tooltip);
}

static void
set_club (GolfClubTable         *self,
          const GolfGappingClub *club,
          int                    row)
{
  g_autofree char *carry = golf_format_value_with_unit (GOLF_UNIT_DISTANCE, club->median_carry, self->units);
  g_autofree char *q1 = golf_format_value (GOLF_UNIT_DISTANCE, club->q1_carry, self->units);
  g_autofree char *q3 = golf_format_value (GOLF_UNIT_DISTANCE, club->q3_carry, self->units);
  g_autofree char *range = NULL;
  g_autofree char *shots = g_strdup_printf ("%u", club->n);
  g_autofree char *set_aside = g_strdup_printf ("%u", club->set_aside);

  /* Translators: the middle half of a club's carries: "145.2–152.8" */
  range = club->n > 0 ? g_strdup_printf (_("%s–%s"), q1, q3) : g_strdup (GOLF_FORMAT_MISSING);

  set_cell (self, club->club, COLUMN_CLUB, row);
  set_cell (self, carry, COLUMN_CARRY, row);
  set_cell (self, range, COLUMN_RANGE, row);
  set_cell (self, shots, COLUMN_SHOTS, row);
  set_cell (self, confidence_words (club), COLUMN_CONFIDENCE, row);
  set_cell (self, set_aside, COLUMN_SET_ASIDE, row);
  set_gap (self, club, row);
}

static void
update (GolfClubTable *self)
{
  GolfDashboardData *data = self->model != NULL ? golf_dashboard_model_get_data (self->model) : NULL;
  GolfGapping *gapping = data != NULL ? golf_dashboard_data_get_gapping (data) : NULL;
  const char *unit = golf_format_unit_symbol (GOLF_UNIT_DISTANCE, self->units);
  g_autofree char *range_title = NULL;
  guint n_clubs = gapping != NULL ? golf_gapping_get_n_clubs (gapping) : 0;

  /* Rows past the session's clubs go; no clubs, no header either. */
  for (int row = n_clubs > 0 ? n_clubs + 1 : 0; gtk_grid_get_child_at (self->grid, 0, row) != NULL; )
    gtk_grid_remove_row (self->grid, row);

  if (n_clubs == 0)
    return;

  /* Translators: the column of a club's middle half of carries, with its unit */
  range_title = g_strdup_printf (_("Q1–Q3 (%s)"), unit);
  set_cell (self, _("Club"), COLUMN_CLUB, 0);
  set_cell (self, _("Median Carry"), COLUMN_CARRY, 0);
  set_cell (self, range_title, COLUMN_RANGE, 0);
  set_cell (self, _("Shots"), COLUMN_SHOTS, 0);
  set_cell (self, _("Confidence"), COLUMN_CONFIDENCE, 0);
  set_cell (self, _("Set Aside"), COLUMN_SET_ASIDE, 0);
  set_cell (self, _("Gap to Next"), COLUMN_GAP, 0);

  for (guint i = 0; i < n_clubs; i++)
    set_club (self, golf_gapping_get_club (gapping, i), i + 1);
}

static void
golf_club_table_dispose (GObject *object)
{
  GolfClubTable *self = (GolfClubTable *)object;

  golf_club_table_set_model (self, NULL);
  if (self->grid != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->grid));
  self->grid = NULL;

  G_OBJECT_CLASS (golf_club_table_parent_class)->dispose (object);
}

static void
golf_club_table_class_init (GolfClubTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_club_table_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "club-table");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TABLE);
}

static void
golf_club_table_init (GolfClubTable *self)
{
  self->units = GOLF_UNITS_IMPERIAL;
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 24);
  gtk_grid_set_row_spacing (self->grid, 8);
  gtk_widget_set_parent (GTK_WIDGET (self->grid), GTK_WIDGET (self));
}

/**
 * golf_club_table_new:
 *
 * Returns: (transfer floating): an empty table; give it a dashboard model
 */
GtkWidget *
golf_club_table_new (void)
{
  return g_object_new (GOLF_TYPE_CLUB_TABLE, NULL);
}

/**
 * golf_club_table_get_model:
 * @self: a #GolfClubTable
 *
 * Returns: (transfer none) (nullable): the model shown
 */
GolfDashboardModel *
golf_club_table_get_model (GolfClubTable *self)
{
  g_return_val_if_fail (GOLF_IS_CLUB_TABLE (self), NULL);

  return self->model;
}

/**
 * golf_club_table_set_model:
 * @self: a #GolfClubTable
 * @model: (nullable): the dashboard model whose clubs to list
 */
void
golf_club_table_set_model (GolfClubTable      *self,
                           GolfDashboardModel *model)
{
  g_return_if_fail (GOLF_IS_CLUB_TABLE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "notify::data", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  if (self->grid != NULL)
    update (self);
}

/**
 * golf_club_table_set_units:
 * @self: a #GolfClubTable
 * @units: the units to show
 */
void
golf_club_table_set_units (GolfClubTable *self,
                           GolfUnits      units)
{
  g_return_if_fail (GOLF_IS_CLUB_TABLE (self));

  if (self->units == units)
    return;

  self->units = units;
  update (self);
}

/**
 * golf_club_table_dup_text:
 * @self: a #GolfClubTable
 *
 * Returns: (transfer full): the table as it reads, a line per row, cells
 *   separated by "|"
 */
char *
golf_club_table_dup_text (GolfClubTable *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (GOLF_IS_CLUB_TABLE (self), NULL);

  for (int row = 0; gtk_grid_get_child_at (self->grid, 0, row) != NULL; row++)
    {
      for (int column = 0; column < N_COLUMNS; column++)
        g_string_append_printf (text, "%s%s", column ? "|" : "",
                                gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (self->grid, column, row))));
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
