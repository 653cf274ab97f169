/* golf-cli-util.c: output helpers shared by the golf-lab-cli commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-lab-cli"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "golf-cli-util.h"

/**
 * golf_cli_print_json:
 * @builder: a finished document
 *
 * Prints the document, pretty, on standard output: always valid JSON
 * (a number that is not finite is null).
 */
void
golf_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = golf_json_to_string (root, TRUE);

  g_print ("%s\n", text);
}

/**
 * golf_cli_display:
 * @cli: the running command
 * @unit: the unit @value is stored in
 * @value: a value in SI units
 *
 * Returns: @value in the command's units (yards and mph, or SI)
 */
double
golf_cli_display (GolfCli  *cli,
                  GolfUnit  unit,
                  double    value)
{
  return golf_unit_to_display (unit, value, cli->imperial);
}

/**
 * golf_cli_add_value:
 * @cli: the running command
 * @builder: a builder inside an object
 * @name: the member name
 * @unit: the unit @value is stored in
 * @value: a value in SI units; NAN is written as null
 *
 * Adds @value in the command's units, the same JSON key in both.
 */
void
golf_cli_add_value (GolfCli     *cli,
                    JsonBuilder *builder,
                    const char  *name,
                    GolfUnit     unit,
                    double       value)
{
  golf_json_add_number (builder, name, golf_cli_display (cli, unit, value));
}

/**
 * golf_cli_distance_unit:
 * @cli: the running command
 *
 * Returns: (transfer none): "yd" or "m"
 */
const char *
golf_cli_distance_unit (GolfCli *cli)
{
  return cli->imperial ? "yd" : "m";
}

/**
 * golf_cli_speed_unit:
 * @cli: the running command
 *
 * Returns: (transfer none): "mph" or "m/s"
 */
const char *
golf_cli_speed_unit (GolfCli *cli)
{
  return cli->imperial ? "mph" : "m/s";
}

/**
 * golf_cli_unit_suffix:
 * @cli: the running command
 * @unit: a stored unit
 *
 * Returns: what to write after a displayed value, with its leading space
 *   (the degree sign goes straight after the number)
 */
const char *
golf_cli_unit_suffix (GolfCli  *cli,
                      GolfUnit  unit)
{
  switch (unit)
    {
    case GOLF_UNIT_DISTANCE:
      return cli->imperial ? " yd" : " m";
    case GOLF_UNIT_SPEED:
      return cli->imperial ? " mph" : " m/s";
    case GOLF_UNIT_ANGLE:
      return "°";
    case GOLF_UNIT_MILLIMETRE:
      return " mm";
    case GOLF_UNIT_NONE:
    default:
      return "";
    }
}

/**
 * golf_cli_format_number:
 * @value: a number, NAN when missing
 * @decimals: digits after the point
 * @suffix: (nullable): the unit to append
 *
 * Returns: (transfer full): the number rounded, an em dash when it is
 *   missing, and never "-0.0": a value that rounds to zero has no sign
 */
char *
golf_cli_format_number (double      value,
                        int         decimals,
                        const char *suffix)
{
  double scale = pow (10, decimals);

  if (!isfinite (value))
    return g_strdup ("—");

  if (round (value * scale) == 0)
    value = 0;

  return g_strdup_printf ("%.*f%s", decimals, value, suffix ? suffix : "");
}

struct _GolfCliTable
{
  guint      n_columns;
  gboolean   headed;    /* FALSE when every header is empty: no header line */
  gboolean  *right;     /* per column: right-aligned (numbers) */
  GPtrArray *cells;     /* row by row, headers first */
};

/**
 * golf_cli_table_new:
 * @first_header: the first column's header; a header starting with '>'
 *   is right-aligned (the '>' is not printed)
 * @...: more headers, then %NULL
 *
 * Headers are translated here, in the context "column": mark them with
 * NC_("column", ">SHOTS"). The untranslated header decides the alignment,
 * so a translation may keep or drop the '>'.
 *
 * A text table whose columns are as wide as their widest cell, counted in
 * characters, so "—" and "56° Wedge" line up like any other text. When
 * every header is empty, no header line is printed.
 *
 * Returns: (transfer full): the table
 */
GolfCliTable *
golf_cli_table_new (const char *first_header,
                    ...)
{
  GolfCliTable *table = g_new0 (GolfCliTable, 1);
  g_autoptr(GArray) right = g_array_new (FALSE, FALSE, sizeof (gboolean));
  va_list args;

  table->cells = g_ptr_array_new_with_free_func (g_free);

  va_start (args, first_header);
  for (const char *header = first_header; header != NULL; header = va_arg (args, const char *))
    {
      gboolean is_right = header[0] == '>';
      const char *text = header[is_right ? 1 : 0] != '\0' ? g_dpgettext2 (NULL, "column", header) : "";

      g_array_append_val (right, is_right);
      table->headed |= *text != '\0';
      g_ptr_array_add (table->cells, g_strdup (text + (text[0] == '>' ? 1 : 0)));
    }
  va_end (args);

  table->n_columns = right->len;
  table->right = (gboolean *)g_array_free (g_steal_pointer (&right), FALSE);

  return table;
}

/**
 * golf_cli_table_take:
 * @table: a table
 * @text: (transfer full) (nullable): the next cell; %NULL shows an em dash
 */
void
golf_cli_table_take (GolfCliTable *table,
                     char         *text)
{
  g_ptr_array_add (table->cells, text != NULL ? text : g_strdup ("—"));
}

/**
 * golf_cli_table_add:
 * @table: a table
 * @text: (nullable): the next cell; %NULL or "" shows an em dash
 */
void
golf_cli_table_add (GolfCliTable *table,
                    const char   *text)
{
  golf_cli_table_take (table, g_strdup (text != NULL && *text != '\0' ? text : "—"));
}

/**
 * golf_cli_table_add_number:
 * @table: a table
 * @value: a number, NAN when missing
 * @decimals: digits after the point
 */
void
golf_cli_table_add_number (GolfCliTable *table,
                           double        value,
                           int           decimals)
{
  golf_cli_table_take (table, golf_cli_format_number (value, decimals, NULL));
}

/**
 * golf_cli_table_add_value:
 * @cli: the running command
 * @table: a table
 * @unit: the unit @value is stored in
 * @value: a value in SI units, NAN when missing
 * @decimals: digits after the point
 *
 * Adds a cell with @value in the command's units, without a unit.
 */
void
golf_cli_table_add_value (GolfCli      *cli,
                          GolfCliTable *table,
                          GolfUnit      unit,
                          double        value,
                          int           decimals)
{
  golf_cli_table_add_number (table, golf_cli_display (cli, unit, value), decimals);
}

/**
 * golf_cli_table_add_count:
 * @table: a table
 * @n: a count
 */
void
golf_cli_table_add_count (GolfCliTable *table,
                          guint         n)
{
  golf_cli_table_take (table, g_strdup_printf ("%u", n));
}

/**
 * golf_cli_table_print:
 * @table: a table
 *
 * Prints it on standard output, each column as wide as its widest cell.
 */
void
golf_cli_table_print (GolfCliTable *table)
{
  g_autofree glong *widths = g_new0 (glong, table->n_columns);
  g_autoptr(GString) line = g_string_new (NULL);
  guint first = table->headed ? 0 : table->n_columns;

  for (guint i = first; i < table->cells->len; i++)
    {
      glong len = g_utf8_strlen (g_ptr_array_index (table->cells, i), -1);

      widths[i % table->n_columns] = MAX (widths[i % table->n_columns], len);
    }

  for (guint i = first; i < table->cells->len; i++)
    {
      guint column = i % table->n_columns;
      const char *text = g_ptr_array_index (table->cells, i);
      glong pad = widths[column] - g_utf8_strlen (text, -1);
      gboolean last = column == table->n_columns - 1 || i == table->cells->len - 1;

      if (column > 0)
        g_string_append (line, "  ");
      if (table->right[column])
        g_string_append_printf (line, "%*s", (int)pad, "");
      g_string_append (line, text);
      if (!table->right[column] && !last)
        g_string_append_printf (line, "%*s", (int)pad, "");

      if (last)
        {
          g_print ("%s\n", line->str);
          g_string_truncate (line, 0);
        }
    }
}

/**
 * golf_cli_table_free:
 * @table: (nullable): a table
 */
void
golf_cli_table_free (GolfCliTable *table)
{
  if (table == NULL)
    return;

  g_ptr_array_unref (table->cells);
  g_free (table->right);
  g_free (table);
}
