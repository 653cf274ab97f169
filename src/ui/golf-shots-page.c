/* golf-shots-page.c
 *
 * A GtkColumnView over a GolfShotListModel: rows are read from the store a
 * page at a time as they scroll into view, and a click on a column header
 * sorts in SQL. GTK 4.8 has no way to ask the column view which column it
 * sorts by, so each column's sorter answers a probe comparison: the first
 * one asked is the primary column, and the answer's sign its direction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-shots-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "golf-format.h"
#include "golf-shots-page-private.h"
#include "golf-toast.h"

struct _ColumnInfo
{
  const char     *sort_key;
  const char     *title;
  GolfShotColumn  column;
  GolfShotField   field;
};

static const ColumnInfo column_infos[] = {
  { "number", N_("No."), GOLF_SHOT_COLUMN_NUMBER, 0 },
  { "club", N_("Club"), GOLF_SHOT_COLUMN_CLUB, 0 },
  { "carry_distance", N_("Carry"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_CARRY_DISTANCE },
  { "total_distance", N_("Total"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_TOTAL_DISTANCE },
  { "side_distance", N_("Lateral"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_SIDE_DISTANCE },
  { "ball_speed", N_("Ball Speed"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_BALL_SPEED },
  { "club_speed", N_("Club Speed"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_CLUB_SPEED },
  { "smash", N_("Smash"), GOLF_SHOT_COLUMN_SMASH, 0 },
  { "launch_angle", N_("Launch"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_LAUNCH_ANGLE },
  { "back_spin", N_("Spin"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_BACK_SPIN },
  { "face_angle", N_("Face"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_FACE_ANGLE },
  { "club_path", N_("Path"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_CLUB_PATH },
  { "face_to_path", N_("Face–Path"), GOLF_SHOT_COLUMN_FACE_TO_PATH, 0 },
  { "apex", N_("Apex"), GOLF_SHOT_COLUMN_FIELD, GOLF_SHOT_FIELD_APEX },
};

G_STATIC_ASSERT (G_N_ELEMENTS (column_infos) == GOLF_SHOTS_PAGE_N_COLUMNS);

G_DEFINE_FINAL_TYPE (GolfShotsPage, golf_shots_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SESSION,
  PROP_UNITS,
  PROP_TAG_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_golf_shots_page_show_error (GolfShotsPage *self,
                             const GError  *error)
{
  golf_toast_show_near (GTK_WIDGET (self), golf_toast_new_for_error (error));
}

/* Sorting */

static int
probe_compare_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  Column *column = user_data;
  GolfShotsPage *self = column->page;

  if (a != self->probe_a || b != self->probe_b)
    return GTK_ORDERING_EQUAL;

  if (self->probed == NULL)
    self->probed = column->info;

  return GTK_ORDERING_SMALLER;
}

static void
on_sorter_changed_cb (GolfShotsPage   *self,
                      GtkSorterChange  change,
                      GtkSorter       *sorter)
{
  GtkOrdering ordering;

  self->probed = NULL;
  ordering = gtk_sorter_compare (sorter, self->probe_a, self->probe_b);

  if (self->model == NULL)
    return;

  if (self->probed == NULL)
    golf_shot_list_model_set_sort (self->model, NULL, FALSE);
  else
    golf_shot_list_model_set_sort (self->model, self->probed->sort_key, ordering == GTK_ORDERING_LARGER);
}

/* Cells */

static void
on_units_changed_cb (GolfShotsPage *self,
                        GParamSpec    *pspec,
                        GolfShotCell  *cell)
{
  golf_shot_cell_set_units (cell, self->units);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               Column                   *column)
{
  GtkWidget *cell = golf_shot_cell_new (column->info->column, column->info->field);

  golf_shot_cell_set_units (GOLF_SHOT_CELL (cell), column->page->units);
  g_signal_connect_object (column->page, "notify::units",
                           G_CALLBACK (on_units_changed_cb), cell, 0);
  gtk_list_item_set_child (list_item, cell);
}

static void
update_number (GtkListItem *list_item,
               GParamSpec  *pspec,
               Column      *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  guint number = golf_shot_list_model_get_number (column->page->model,
                                                  gtk_list_item_get_position (list_item));

  golf_shot_cell_set_shot (GOLF_SHOT_CELL (cell), gtk_list_item_get_item (list_item), number);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              Column                   *column)
{
  update_number (list_item, NULL, column);

  /* A deletion above moves a row without binding it again. */
  if (column->info->column == GOLF_SHOT_COLUMN_NUMBER)
    g_signal_connect (list_item, "notify::position", G_CALLBACK (update_number), column);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                Column                   *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  g_signal_handlers_disconnect_by_func (list_item, update_number, column);
  golf_shot_cell_set_shot (GOLF_SHOT_CELL (cell), NULL, 0);
}

static void
on_set_aside_toggled_cb (GtkCheckButton *check,
                         GolfShotsPage  *self)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (check), "list-item");
  GolfShot *shot = gtk_list_item_get_item (list_item);
  g_autoptr(GError) error = NULL;
  GolfSetAside set_aside = gtk_check_button_get_active (check) ? GOLF_SET_ASIDE_YES : GOLF_SET_ASIDE_NO;

  if (shot == NULL || golf_shot_get_set_aside (shot) == set_aside)
    return;

  if (!golf_store_set_shot_set_aside (self->store, golf_shot_get_id (shot), set_aside, &error))
    _golf_shots_page_show_error (self, error);
}

static void
setup_set_aside_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    GolfShotsPage            *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Set this shot aside: it no longer counts in the club’s numbers"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Set aside"),
                                  -1);
  g_object_set_data (G_OBJECT (check), "list-item", list_item);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_set_aside_toggled_cb), self, 0);
  gtk_list_item_set_child (list_item, check);
}

static void
update_set_aside_check (GtkCheckButton *check,
                        GParamSpec     *pspec,
                        GolfShot       *shot)
{
  GolfShotsPage *self = GOLF_SHOTS_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (check), GOLF_TYPE_SHOTS_PAGE));

  g_signal_handlers_block_by_func (check, on_set_aside_toggled_cb, self);
  gtk_check_button_set_active (check, golf_shot_get_set_aside (shot) == GOLF_SET_ASIDE_YES);
  g_signal_handlers_unblock_by_func (check, on_set_aside_toggled_cb, self);
}

static void
bind_set_aside_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   GolfShotsPage            *self)
{
  GtkWidget *check = gtk_list_item_get_child (list_item);
  GolfShot *shot = gtk_list_item_get_item (list_item);

  g_signal_handlers_block_by_func (check, on_set_aside_toggled_cb, self);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               golf_shot_get_set_aside (shot) == GOLF_SET_ASIDE_YES);
  g_signal_handlers_unblock_by_func (check, on_set_aside_toggled_cb, self);

  /* Set aside from the action bar or another program: follow it. */
  g_signal_connect_object (shot, "notify::set-aside", G_CALLBACK (update_set_aside_check), check, G_CONNECT_SWAPPED);
}

static void
unbind_set_aside_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     GolfShotsPage            *self)
{
  GolfShot *shot = gtk_list_item_get_item (list_item);

  if (shot != NULL)
    g_signal_handlers_disconnect_by_func (shot, update_set_aside_check, gtk_list_item_get_child (list_item));
}

static char *
column_title (const ColumnInfo *info,
              GolfUnits          units)
{
  const char *unit = "";

  if (info->column == GOLF_SHOT_COLUMN_FIELD)
    unit = golf_format_shot_field_unit (info->field, units);
  else if (info->column == GOLF_SHOT_COLUMN_FACE_TO_PATH)
    unit = "°";

  if (unit[0] == '\0')
    return g_strdup (_(info->title));

  /* Translators: a column title over its unit, on two lines: "Carry\nyd" */
  return g_strdup_printf (_("%s\n%s"), _(info->title), unit);
}

/* The widest text a column shows, in the page's font. */
static int
text_width (GolfShotsPage *self,
            const char    *markup)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  int width;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

/* Columns of numbers get a width from their title and their widest
 * value, so the list never measures a few thousand cells to find it while
 * it scrolls. The club column also takes what is left. */
static void
update_column_widths (GolfShotsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_infos); i++)
    {
      const ColumnInfo *info = self->columns[i].info;
      g_autofree char *title = column_title (info, self->units);
      g_auto(GStrv) lines = g_strsplit (title, "\n", -1);
      const char *sample = info->column == GOLF_SHOT_COLUMN_NUMBER ? "88888"
                         : info->column == GOLF_SHOT_COLUMN_SMASH ? "8.88"
                         : info->column == GOLF_SHOT_COLUMN_CLUB ? "56° Wedge"
                         : "≈−888.8";
      int width = text_width (self, sample);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_autofree char *escaped = g_markup_escape_text (lines[l], -1);
          g_autofree char *bold = g_strdup_printf ("<b>%s</b>", escaped);

          width = MAX (width, text_width (self, bold));
        }

      /* Room for the cells' and the title's padding and a sort arrow. */
      gtk_column_view_column_set_fixed_width (self->columns[i].column, width + 28);
    }
}

static void
update_column_titles (GolfShotsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_infos); i++)
    {
      g_autofree char *title = column_title (self->columns[i].info, self->units);

      gtk_column_view_column_set_title (self->columns[i].column, title);
    }

  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    update_column_widths (self);
}

static void
add_columns (GolfShotsPage *self)
{
  g_autoptr(GtkListItemFactory) set_aside_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) set_aside_column = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (column_infos); i++)
    {
      Column *column = &self->columns[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = NULL;

      column->page = self;
      column->info = &column_infos[i];
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), column);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), column);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), column);

      column->column = gtk_column_view_column_new (NULL, g_object_ref (factory));
      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare_cb, column, NULL));
      gtk_column_view_column_set_sorter (column->column, sorter);
      gtk_column_view_column_set_resizable (column->column, TRUE);
      gtk_column_view_column_set_expand (column->column, column_infos[i].column == GOLF_SHOT_COLUMN_CLUB);
      gtk_column_view_append_column (self->column_view, column->column);
    }

  g_signal_connect (set_aside_factory, "setup", G_CALLBACK (setup_set_aside_cb), self);
  g_signal_connect (set_aside_factory, "bind", G_CALLBACK (bind_set_aside_cb), self);
  g_signal_connect (set_aside_factory, "unbind", G_CALLBACK (unbind_set_aside_cb), self);
  set_aside_column = gtk_column_view_column_new (_("Set Aside"), g_object_ref (set_aside_factory));
  gtk_column_view_append_column (self->column_view, set_aside_column);
  _golf_shots_page_add_notes_column (self);

  update_column_titles (self);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view),
                           "changed",
                           G_CALLBACK (on_sorter_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

/* Clubs, counts and the selection */

static void
update_count (GolfShotsPage *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *text = golf_format_shot_count (n);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
update_selection (GolfShotsPage *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autofree char *text = NULL;
  guint64 n = 0;

  if (self->selection != NULL)
    {
      selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
      n = gtk_bitset_get_size (selected);
    }

  text = g_strdup_printf (ngettext ("%u shot selected", "%u shots selected", (gulong)n), (guint)n);
  gtk_label_set_text (self->selection_label, text);
  gtk_action_bar_set_revealed (self->action_bar, n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shots.delete", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shots.set-aside", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shots.keep", n > 0);
}

static void
update_clubs (GolfShotsPage *self)
{
  g_autofree char *current = NULL;
  g_autofree char *clubs_in_order = NULL;
  g_auto(GStrv) clubs = NULL;
  const char *clubs_used = self->session != NULL ? golf_session_get_clubs_used (self->session) : NULL;
  guint selected = 0;
  guint n_old;

  if (self->model != NULL && golf_shot_list_model_get_club (self->model) != NULL)
    current = g_strdup (golf_shot_list_model_get_club (self->model));

  clubs_in_order = golf_format_clubs_in_bag_order (clubs_used);
  clubs = g_strsplit (clubs_in_order, ", ", -1);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->clubs));

  self->updating_clubs = TRUE;
  gtk_string_list_splice (self->clubs, 1, n_old - 1, (const char * const *)clubs);
  for (guint i = 0; clubs[i] != NULL; i++)
    if (current != NULL && g_strcmp0 (clubs[i], current) == 0)
      selected = i + 1;
  gtk_drop_down_set_selected (self->club_dropdown, selected);
  self->updating_clubs = FALSE;

  /* The club filtered for is gone (its last shot was deleted). */
  if (current != NULL && selected == 0 && self->model != NULL)
    golf_shot_list_model_set_club (self->model, NULL);
}

static void
on_club_selected_cb (GolfShotsPage *self,
                     GParamSpec    *pspec,
                     GtkDropDown   *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating_clubs || self->model == NULL)
    return;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    golf_shot_list_model_set_club (self->model, NULL);
  else
    golf_shot_list_model_set_club (self->model, gtk_string_list_get_string (self->clubs, selected));
}

static void
on_clubs_used_changed_cb (GolfShotsPage *self,
                          GParamSpec    *pspec,
                          GolfSession   *session)
{
  update_clubs (self);
}

/* Actions */

static char **
dup_selected_ids (GolfShotsPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkBitsetIter iter;
  guint position;

  /* The ids come from the keys: nothing is read from the store. */
  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    do
      g_strv_builder_add (builder, golf_shot_list_model_get_shot_id (self->model, position));
    while (gtk_bitset_iter_next (&iter, &position));

  return g_strv_builder_end (builder);
}

typedef struct
{
  GolfStore *store;
  char     **shot_ids;
} UndoDelete;

static void
undo_delete_free (gpointer data,
                  GClosure *closure)
{
  UndoDelete *undo = data;

  g_clear_object (&undo->store);
  g_strfreev (undo->shot_ids);
  g_free (undo);
}

static void
on_undo_delete_cb (AdwToast   *toast,
                   UndoDelete *undo)
{
  for (guint i = 0; undo->shot_ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!golf_store_restore_shot (undo->store, undo->shot_ids[i], &error))
        g_warning ("Cannot restore shot %s: %s", undo->shot_ids[i], error->message);
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GolfShotsPage *self = GOLF_SHOTS_PAGE (widget);
  g_auto(GStrv) shot_ids = dup_selected_ids (self);
  g_autofree char *title = NULL;
  UndoDelete *undo;
  AdwToast *toast;
  guint n_deleted = 0;

  for (; shot_ids[n_deleted] != NULL; n_deleted++)
    {
      g_autoptr(GError) error = NULL;

      if (!golf_store_delete_shot (self->store, shot_ids[n_deleted], &error))
        {
          _golf_shots_page_show_error (self, error);
          break;
        }
    }

  if (n_deleted == 0)
    return;

  g_clear_pointer (&shot_ids[n_deleted], g_free);
  title = g_strdup_printf (ngettext ("%u shot deleted", "%u shots deleted", n_deleted), n_deleted);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  undo = g_new0 (UndoDelete, 1);
  undo->store = g_object_ref (self->store);
  undo->shot_ids = g_steal_pointer (&shot_ids);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb),
                         undo, undo_delete_free, 0);
  golf_toast_show_near (GTK_WIDGET (self), toast);
}

static void
set_selected_aside (GolfShotsPage *self,
                    GolfSetAside   set_aside)
{
  g_auto(GStrv) shot_ids = dup_selected_ids (self);
  g_autoptr(GError) error = NULL;

  if (shot_ids[0] != NULL &&
      !golf_store_set_shots_set_aside (self->store, (const char * const *) shot_ids, set_aside, &error))
    _golf_shots_page_show_error (self, error);
}

static void
set_aside_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  set_selected_aside (GOLF_SHOTS_PAGE (widget), GOLF_SET_ASIDE_YES);
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  set_selected_aside (GOLF_SHOTS_PAGE (widget), GOLF_SET_ASIDE_NO);
}

/* The list reads the session's shots only when it is on screen, so
 * switching sessions on the dashboard costs nothing here. */
static void
sync_model_session (GolfShotsPage *self)
{
  const char *session_id = self->session != NULL ? golf_session_get_id (self->session) : NULL;

  if (self->model == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      g_strcmp0 (golf_shot_list_model_get_session_id (self->model), session_id) == 0)
    return;

  /* Another session starts with every club. */
  golf_shot_list_model_set_club (self->model, NULL);
  golf_shot_list_model_set_session_id (self->model, session_id);
  update_clubs (self);
}

static void
golf_shots_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (golf_shots_page_parent_class)->map (widget);

  update_column_widths (GOLF_SHOTS_PAGE (widget));
  sync_model_session (GOLF_SHOTS_PAGE (widget));
}

/* The object */

static void
golf_shots_page_dispose (GObject *object)
{
  GolfShotsPage *self = (GolfShotsPage *)object;
  GtkWidget *child;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_SHOTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i].column);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->session);
  g_clear_object (&self->store);
  g_clear_object (&self->clubs);
  g_clear_object (&self->probe_a);
  g_clear_object (&self->probe_b);
  _golf_shots_page_dispose_tags (self);

  G_OBJECT_CLASS (golf_shots_page_parent_class)->dispose (object);
}

static void
golf_shots_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GolfShotsPage *self = GOLF_SHOTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, golf_shots_page_get_store (self));
      break;

    case PROP_SESSION:
      g_value_set_object (value, golf_shots_page_get_session (self));
      break;

    case PROP_UNITS:
      g_value_set_uint (value, golf_shots_page_get_units (self));
      break;

    case PROP_TAG_FILTER:
      g_value_set_string (value, golf_shots_page_get_tag_filter (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shots_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GolfShotsPage *self = GOLF_SHOTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      golf_shots_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_SESSION:
      golf_shots_page_set_session (self, g_value_get_object (value));
      break;

    case PROP_UNITS:
      golf_shots_page_set_units (self, g_value_get_uint (value));
      break;

    case PROP_TAG_FILTER:
      golf_shots_page_set_tag_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_shots_page_class_init (GolfShotsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_shots_page_dispose;
  object_class->get_property = golf_shots_page_get_property;
  object_class->set_property = golf_shots_page_set_property;

  widget_class->map = golf_shots_page_map;

  /**
   * GolfShotsPage:store:
   *
   * The database the shots come from; set once.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GOLF_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfShotsPage:session:
   *
   * The session whose shots are listed.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         GOLF_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfShotsPage:units:
   *
   * The units distances and speeds show in (a #GolfUnits).
   */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL,
                           0, G_MAXUINT, GOLF_UNITS_IMPERIAL,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * GolfShotsPage:tag-filter:
   *
   * Only the shots with this tag are listed; %NULL for all. The window
   * shares it with the dashboard's charts.
   */
  properties[PROP_TAG_FILTER] =
    g_param_spec_string ("tag-filter", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-shots-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, club_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, GolfShotsPage, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, on_club_selected_cb);
  _golf_shots_page_class_init_tags (widget_class);

  gtk_widget_class_install_action (widget_class, "shots.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "shots.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "shots.delete", NULL);
  gtk_widget_class_install_action (widget_class, "shots.set-aside", NULL, set_aside_action);
  gtk_widget_class_install_action (widget_class, "shots.keep", NULL, keep_action);
}

static void
golf_shots_page_init (GolfShotsPage *self)
{
  self->units = GOLF_UNITS_IMPERIAL;
  self->probe_a = golf_shot_new ("probe-a", "probe");
  self->probe_b = golf_shot_new ("probe-b", "probe");
  self->clubs = gtk_string_list_new ((const char * const[]) { _("All Clubs"), NULL });

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_model (self->club_dropdown, G_LIST_MODEL (self->clubs));
  add_columns (self);
  _golf_shots_page_init_tags (self);
  update_count (self);
  update_selection (self);
}

/**
 * golf_shots_page_get_store:
 * @self: a #GolfShotsPage
 *
 * Returns: (transfer none) (nullable): the database the shots come from
 */
GolfStore *
golf_shots_page_get_store (GolfShotsPage *self)
{
  g_return_val_if_fail (GOLF_IS_SHOTS_PAGE (self), NULL);

  return self->store;
}

/**
 * golf_shots_page_set_store:
 * @self: a #GolfShotsPage
 * @store: the database the shots come from
 *
 * Sets the database, once.
 */
void
golf_shots_page_set_store (GolfShotsPage *self,
                           GolfStore     *store)
{
  g_return_if_fail (GOLF_IS_SHOTS_PAGE (self));
  g_return_if_fail (store == NULL || GOLF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == store)
    return;

  self->store = g_object_ref (store);
  self->model = golf_shot_list_model_new (store);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (update_selection), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_selection), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  golf_shot_list_model_set_tag (self->model, self->tag_filter);
  _golf_shots_page_watch_tags (self);

  sync_model_session (self);
  _golf_shots_page_update_tags (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * golf_shots_page_get_session:
 * @self: a #GolfShotsPage
 *
 * Returns: (transfer none) (nullable): the session listed
 */
GolfSession *
golf_shots_page_get_session (GolfShotsPage *self)
{
  g_return_val_if_fail (GOLF_IS_SHOTS_PAGE (self), NULL);

  return self->session;
}

/**
 * golf_shots_page_set_session:
 * @self: a #GolfShotsPage
 * @session: (nullable): the session to list
 */
void
golf_shots_page_set_session (GolfShotsPage *self,
                             GolfSession   *session)
{
  g_return_if_fail (GOLF_IS_SHOTS_PAGE (self));
  g_return_if_fail (session == NULL || GOLF_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, on_clubs_used_changed_cb, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify::clubs-used",
                             G_CALLBACK (on_clubs_used_changed_cb), self, G_CONNECT_SWAPPED);

  update_clubs (self);
  /* Another session starts with every shot: its tags are its own. */
  golf_shots_page_set_tag_filter (self, NULL);
  _golf_shots_page_update_tags (self);
  sync_model_session (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * golf_shots_page_get_units:
 * @self: a #GolfShotsPage
 *
 * Returns: the units distances and speeds show in
 */
GolfUnits
golf_shots_page_get_units (GolfShotsPage *self)
{
  g_return_val_if_fail (GOLF_IS_SHOTS_PAGE (self), TRUE);

  return self->units;
}

/**
 * golf_shots_page_set_units:
 * @self: a #GolfShotsPage
 * @units: the units to show
 */
void
golf_shots_page_set_units (GolfShotsPage *self,
                              GolfUnits       units)
{
  g_return_if_fail (GOLF_IS_SHOTS_PAGE (self));

  if (self->units == units)
    return;

  self->units = units;
  update_column_titles (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/**
 * golf_shots_page_get_model:
 * @self: a #GolfShotsPage
 *
 * Returns: (transfer none) (nullable): the list of shots, once a store is set
 */
GolfShotListModel *
golf_shots_page_get_model (GolfShotsPage *self)
{
  g_return_val_if_fail (GOLF_IS_SHOTS_PAGE (self), NULL);

  return self->model;
}

/**
 * golf_shots_page_get_selection:
 * @self: a #GolfShotsPage
 *
 * Returns: (transfer none) (nullable): the selected shots
 */
GtkSelectionModel *
golf_shots_page_get_selection (GolfShotsPage *self)
{
  g_return_val_if_fail (GOLF_IS_SHOTS_PAGE (self), NULL);

  return self->selection != NULL ? GTK_SELECTION_MODEL (self->selection) : NULL;
}

/**
 * golf_shots_page_get_tag_filter:
 * @self: a #GolfShotsPage
 *
 * Returns: (nullable): the tag the list is limited to
 */
const char *
golf_shots_page_get_tag_filter (GolfShotsPage *self)
{
  g_return_val_if_fail (GOLF_IS_SHOTS_PAGE (self), NULL);

  return self->tag_filter;
}

/**
 * golf_shots_page_set_tag_filter:
 * @self: a #GolfShotsPage
 * @tag: (nullable): list only the shots with this tag, or %NULL for all
 */
void
golf_shots_page_set_tag_filter (GolfShotsPage *self,
                                const char    *tag)
{
  g_return_if_fail (GOLF_IS_SHOTS_PAGE (self));

  if (g_strcmp0 (self->tag_filter, tag) == 0)
    return;

  g_free (self->tag_filter);
  self->tag_filter = g_strdup (tag);
  if (self->model != NULL)
    golf_shot_list_model_set_tag (self->model, tag);
  _golf_shots_page_update_tags (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAG_FILTER]);
}
