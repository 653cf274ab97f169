/* golf-session-row.c
 *
 * The date, the session's name (its id when it has none) and what was hit:
 * "Tue 24 Nov 2026  Evening range" over "24 shots · Driver, 7 Iron".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-session-row"

#include "config.h"

#include <glib/gi18n.h>

#include "golf-format.h"
#include "golf-format-closures.h"
#include "golf-session-row.h"

struct _GolfSessionRow
{
  GtkWidget    parent_instance;

  GtkLabel    *date_label;
  GtkLabel    *title_label;
  GtkLabel    *summary_label;

  GolfSession *session;
};

G_DEFINE_FINAL_TYPE (GolfSessionRow, golf_session_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_title_cb (GolfSessionRow *self,
                 GolfSession    *session,
                 const char     *name)
{
  if (session == NULL)
    return g_strdup ("");

  return golf_session_dup_title (session);
}

static char *
format_summary_cb (GolfSessionRow *self,
                   guint           shot_count,
                   const char     *clubs_used)
{
  g_autofree char *shots = golf_format_shot_count (shot_count);
  g_autofree char *clubs = golf_format_clubs_in_bag_order (clubs_used);

  if (clubs[0] == '\0')
    return g_steal_pointer (&shots);

  /* Translators: shot count and clubs of a session: "24 shots · Driver, 7 Iron" */
  return g_strdup_printf (_("%s · %s"), shots, clubs);
}

static void
golf_session_row_dispose (GObject *object)
{
  GolfSessionRow *self = (GolfSessionRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GOLF_TYPE_SESSION_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (golf_session_row_parent_class)->dispose (object);
}

static void
golf_session_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GolfSessionRow *self = GOLF_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, golf_session_row_get_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_session_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GolfSessionRow *self = GOLF_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      golf_session_row_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_session_row_class_init (GolfSessionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = golf_session_row_dispose;
  object_class->get_property = golf_session_row_get_property;
  object_class->set_property = golf_session_row_set_property;

  /**
   * GolfSessionRow:session:
   *
   * The session the row shows.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         GOLF_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/golflab/GolfLab/ui/golf-session-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GolfSessionRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, GolfSessionRow, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, format_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_summary_cb);
  golf_format_bind_template_callbacks (widget_class);
}

static void
golf_session_row_init (GolfSessionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * golf_session_row_new:
 *
 * Returns: (transfer floating): a row with no session yet
 */
GtkWidget *
golf_session_row_new (void)
{
  return g_object_new (GOLF_TYPE_SESSION_ROW, NULL);
}

/**
 * golf_session_row_get_session:
 * @self: a #GolfSessionRow
 *
 * Returns: (transfer none) (nullable): the session shown
 */
GolfSession *
golf_session_row_get_session (GolfSessionRow *self)
{
  g_return_val_if_fail (GOLF_IS_SESSION_ROW (self), NULL);

  return self->session;
}

/**
 * golf_session_row_set_session:
 * @self: a #GolfSessionRow
 * @session: (nullable): the session to show
 */
void
golf_session_row_set_session (GolfSessionRow *self,
                              GolfSession    *session)
{
  g_return_if_fail (GOLF_IS_SESSION_ROW (self));
  g_return_if_fail (session == NULL || GOLF_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
