/* golf-shot-cell.c
 *
 * One value of one shot, formatted through the formatter in the chosen
 * units. A value the launch monitor estimated instead of measuring is
 * marked "≈", set in italics and says so in its tooltip.
 *
 * A shot list shows a few hundred of these at once and rebinds them while
 * it scrolls, so the cell draws its text itself from one cached
 * PangoLayout instead of carrying a GtkLabel: measuring it is reading the
 * layout's size.
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

  PangoLayout    *layout;
  char           *text;

  GolfShotColumn  column;
  GolfShotField   field;
  GolfShot       *shot;
  guint           number;
  GolfUnits       units;
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
      return golf_format_shot_field (self->field, golf_shot_get (self->shot, self->field), self->units);
    }
}

/* The layout follows the widget's CSS font (italic when estimated); it is
 * made again when the style changes. */
static PangoLayout *
ensure_layout (GolfShotCell *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);

      if (self->column == GOLF_SHOT_COLUMN_CLUB)
        {
          pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
        }
      else
        {
          /* Figures of one width, so a column of numbers lines up. */
          PangoAttrList *attributes = pango_attr_list_new ();

          pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
          pango_layout_set_attributes (self->layout, attributes);
          pango_attr_list_unref (attributes);
        }
    }

  return self->layout;
}

static void
set_text (GolfShotCell *self,
          const char   *text)
{
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text, -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
update (GolfShotCell *self)
{
  g_autofree char *value = NULL;
  gboolean estimated;

  if (self->shot == NULL)
    {
      set_text (self, "");
      return;
    }

  value = format_value (self);
  estimated = is_estimated (self) && g_strcmp0 (value, GOLF_FORMAT_MISSING) != 0;

  if (estimated)
    {
      g_autofree char *marked = g_strconcat ("≈", value, NULL);

      set_text (self, marked);
    }
  else
    {
      set_text (self, value);
    }

  /* A tooltip change asks the display where the pointer is: only when
   * the mark comes or goes, not for each row scrolled into view. */
  if (self->marked == estimated)
    return;

  self->marked = estimated;
  if (estimated)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "estimated");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Estimated by the launch monitor, not measured"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "estimated");
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
golf_shot_cell_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  GolfShotCell *self = GOLF_SHOT_CELL (widget);
  PangoLayout *layout = ensure_layout (self);
  int width, height;

  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &width, &height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* A club name may shrink to an ellipsis; numbers never do. */
      *minimum = self->column == GOLF_SHOT_COLUMN_CLUB ? MIN (width, 24) : width;
      *natural = width;
    }
  else
    {
      *minimum = *natural = height;
      *minimum_baseline = *natural_baseline = pango_layout_get_baseline (layout) / PANGO_SCALE;
    }
}

static void
golf_shot_cell_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  GolfShotCell *self = GOLF_SHOT_CELL (widget);
  PangoLayout *layout = ensure_layout (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int text_width, text_height;
  GdkRGBA color;

  if (self->column == GOLF_SHOT_COLUMN_CLUB)
    pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_save (snapshot);
  /* Numbers line up on the right, names on the left. */
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (self->column == GOLF_SHOT_COLUMN_CLUB ? 0 : width - text_width,
                                                (height - text_height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
golf_shot_cell_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GolfShotCell *self = GOLF_SHOT_CELL (widget);

  GTK_WIDGET_CLASS (golf_shot_cell_parent_class)->css_changed (widget, change);

  g_clear_object (&self->layout);
  gtk_widget_queue_resize (widget);
}

static void
golf_shot_cell_dispose (GObject *object)
{
  GolfShotCell *self = (GolfShotCell *)object;

  if (self->shot != NULL)
    g_signal_handlers_disconnect_by_func (self->shot, on_shot_notify_cb, self);
  g_clear_object (&self->shot);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (golf_shot_cell_parent_class)->dispose (object);
}

static void
golf_shot_cell_finalize (GObject *object)
{
  GolfShotCell *self = (GolfShotCell *)object;

  g_free (self->text);

  G_OBJECT_CLASS (golf_shot_cell_parent_class)->finalize (object);
}

static void
golf_shot_cell_class_init (GolfShotCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_shot_cell_dispose;
  object_class->finalize = golf_shot_cell_finalize;

  widget_class->measure = golf_shot_cell_measure;
  widget_class->snapshot = golf_shot_cell_snapshot;
  widget_class->css_changed = golf_shot_cell_css_changed;

  gtk_widget_class_set_css_name (widget_class, "shot-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
golf_shot_cell_init (GolfShotCell *self)
{
  self->units = GOLF_UNITS_IMPERIAL;
  self->text = g_strdup ("");
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
 * golf_shot_cell_set_units:
 * @self: a #GolfShotCell
 * @units: the units to show
 */
void
golf_shot_cell_set_units (GolfShotCell *self,
                          GolfUnits     units)
{
  g_return_if_fail (GOLF_IS_SHOT_CELL (self));

  if (self->units == units)
    return;

  self->units = units;
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

  return self->text;
}
