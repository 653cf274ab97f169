/* golf-shot-cell.c
 *
 * A label that formats one value of a shot through the formatter, in the
 * chosen units. A value the launch monitor estimated instead of measuring
 * is marked "≈", set in italics and says so in its tooltip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shot-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-format.h"
#include "golf-shot-cell.h"

struct _GolfShotCell
{
  GtkWidget       parent_instance;

  GtkLabel       *label;

  GolfShotColumn  column;
  GolfShotField   field;
  GolfShot       *shot;
  guint           number;
  gboolean        imperial;
  gboolean        marked;
};

G_DEFINE_FINAL_TYPE (GolfShotCell, golf_shot_cell, GTK_TYPE_WIDGET)

static gboolean
is_estimated (GolfShotCell *self)
{
  switch (self->column)
    {
    case GOLF_SHOT_COLUMN_FIELD:
      return golf_shot_is_estimated (self->shot, self->field);
    case GOLF_SHOT_COLUMN_SMASH:
      return golf_shot_is_estimated (self->shot, GOLF_SHOT_FIELD_BALL_SPEED) ||
             golf_shot_is_estimated (self->shot, GOLF_SHOT_FIELD_CLUB_SPEED);
    case GOLF_SHOT_COLUMN_FACE_TO_PATH:
      return golf_shot_is_estimated (self->shot, GOLF_SHOT_FIELD_FACE_ANGLE) ||
             golf_shot_is_estimated (self->shot, GOLF_SHOT_FIELD_CLUB_PATH);
    case GOLF_SHOT_COLUMN_NUMBER:
    case GOLF_SHOT_COLUMN_CLUB:
    default:
      return FALSE;
    }
}

static char *
format_value (GolfShotCell *self)
{
  const char *club;

  switch (self->column)
    {
    case GOLF_SHOT_COLUMN_NUMBER:
      return g_strdup_printf ("%u", self->number);
    case GOLF_SHOT_COLUMN_CLUB:
      club = golf_shot_get_club (self->shot);
      return g_strdup (club != NULL && club[0] != '\0' ? club : GOLF_FORMAT_MISSING);
    case GOLF_SHOT_COLUMN_SMASH:
      return golf_format_number (golf_shot_get_smash (self->shot), 2);
    case GOLF_SHOT_COLUMN_FACE_TO_PATH:
      return golf_format_signed (golf_shot_get_face_to_path (self->shot), 1);
    case GOLF_SHOT_COLUMN_FIELD:
    default:
      return golf_format_shot_field (self->field, golf_shot_get (self->shot, self->field), self->imperial);
    }
}

static void
update (GolfShotCell *self)
{
  g_autofree char *value = NULL;
  gboolean estimated;

  if (self->shot == NULL)
    {
      gtk_label_set_text (self->label, "");
      return;
    }

  value = format_value (self);
  estimated = is_estimated (self) && g_strcmp0 (value, GOLF_FORMAT_MISSING) != 0;

  if (estimated)
    {
      g_autofree char *marked = g_strconcat ("≈", value, NULL);

      gtk_label_set_text (self->label, marked);
    }
  else
    {
      gtk_label_set_text (self->label, value);
    }

  /* A tooltip change asks the display where the pointer is: only when
   * the mark comes or goes, not for each row scrolled into view. */
  if (self->marked == estimated)
    return;

  self->marked = estimated;
  if (estimated)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "estimated");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Estimated by the launch monitor, not measured"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->label), "estimated");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
    }
}

static void
on_shot_notify_cb (GolfShotCell *self,
                   GParamSpec   *pspec,
                   GolfShot     *shot)
{
  update (self);
}

static void
golf_shot_cell_dispose (GObject *object)
{
  GolfShotCell *self = (GolfShotCell *)object;

  if (self->shot != NULL)
    g_signal_handlers_disconnect_by_func (self->shot, on_shot_notify_cb, self);

  if (self->label != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->label));
  self->label = NULL;
  g_clear_object (&self->shot);

  G_OBJECT_CLASS (golf_shot_cell_parent_class)->dispose (object);
}

static void
golf_shot_cell_class_init (GolfShotCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_shot_cell_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "shot-cell");
}

static void
golf_shot_cell_init (GolfShotCell *self)
{
  self->imperial = TRUE;
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
}

/**
 * golf_shot_cell_new:
 * @column: what the cell shows
 * @field: the field, for %GOLF_SHOT_COLUMN_FIELD
 *
 * Returns: (transfer floating): an empty cell
 */
GtkWidget *
golf_shot_cell_new (GolfShotColumn column,
                    GolfShotField  field)
{
  GolfShotCell *self = g_object_new (GOLF_TYPE_SHOT_CELL, NULL);

  self->column = column;
  self->field = field;

  /* Numbers line up on the right, names on the left. */
  gtk_label_set_xalign (self->label, column == GOLF_SHOT_COLUMN_CLUB ? 0.0 : 1.0);
  if (column == GOLF_SHOT_COLUMN_CLUB)
    gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");

  return GTK_WIDGET (self);
}

/**
 * golf_shot_cell_set_shot:
 * @self: a #GolfShotCell
 * @shot: (nullable): the shot to show
 * @number: its number in the session, for %GOLF_SHOT_COLUMN_NUMBER
 */
void
golf_shot_cell_set_shot (GolfShotCell *self,
                         GolfShot     *shot,
                         guint         number)
{
  g_return_if_fail (GOLF_IS_SHOT_CELL (self));

  /* The list refreshes a rewritten shot in place; follow it. */
  if (self->shot != shot)
    {
      if (self->shot != NULL)
        g_signal_handlers_disconnect_by_func (self->shot, on_shot_notify_cb, self);
      g_set_object (&self->shot, shot);
      if (shot != NULL)
        g_signal_connect_object (shot, "notify", G_CALLBACK (on_shot_notify_cb), self, G_CONNECT_SWAPPED);
    }

  self->number = number;
  update (self);
}

/**
 * golf_shot_cell_set_imperial:
 * @self: a #GolfShotCell
 * @imperial: %TRUE for yards and mph
 */
void
golf_shot_cell_set_imperial (GolfShotCell *self,
                             gboolean      imperial)
{
  g_return_if_fail (GOLF_IS_SHOT_CELL (self));

  if (self->imperial == !!imperial)
    return;

  self->imperial = !!imperial;
  update (self);
}

/**
 * golf_shot_cell_get_text:
 * @self: a #GolfShotCell
 *
 * Returns: what the cell reads
 */
const char *
golf_shot_cell_get_text (GolfShotCell *self)
{
  g_return_val_if_fail (GOLF_IS_SHOT_CELL (self), NULL);

  return gtk_label_get_text (self->label);
}
