/* golf-uneekor-link.c: what a Uneekor report link names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-import-util-private.h"
#include "golf-uneekor-link.h"

static gboolean
is_uneekor_host (const char *host)
{
  static const char *domains[] = { "uneekor.com", "myuneekor.com" };
  g_autofree char *lower = NULL;

  if (host == NULL)
    return FALSE;

  lower = g_ascii_strdown (host, -1);

  /* uneekor.com and myuneekor.com and their subdomains; never a host that
   * only ends the same way (evil-uneekor.com). */
  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    {
      gsize length = strlen (lower), domain_length = strlen (domains[i]);

      if (g_str_equal (lower, domains[i]) ||
          (length > domain_length && g_str_has_suffix (lower, domains[i]) &&
           lower[length - domain_length - 1] == '.'))
        return TRUE;
    }

  return FALSE;
}

static GUri *
parse_uri (const char *text)
{
  g_autofree char *with_scheme = NULL;

  if (g_uri_peek_scheme (text) == NULL)
    text = with_scheme = g_strconcat ("https://", text, NULL);

  return g_uri_parse (text, G_URI_FLAGS_ENCODED_QUERY, NULL);
}

/**
 * golf_uneekor_link_looks_like_link:
 * @text: what the user gave
 *
 * Returns: %TRUE when @text is meant as a web link (it starts with a
 *   scheme, or names a Uneekor host), so an import should fetch it rather
 *   than open a file of that name
 */
gboolean
golf_uneekor_link_looks_like_link (const char *text)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  while (g_ascii_isspace (*text))
    text++;
  lower = g_ascii_strdown (text, -1);

  return g_str_has_prefix (lower, "http://") || g_str_has_prefix (lower, "https://") ||
         g_str_has_prefix (lower, "my.uneekor.com/") || g_str_has_prefix (lower, "myuneekor.com/") ||
         g_str_has_prefix (lower, "www.myuneekor.com/");
}

/**
 * golf_uneekor_link_parse:
 * @link: a report link as the Uneekor portal shows it:
 *   `https://my.uneekor.com/report?id=<digits>&key=<token>`, the same on
 *   `myuneekor.com`, or a `.../power-u-report?id=..&key=..&distance=yard&speed=mph`
 *   link; the scheme may be left out and white space around it is ignored
 * @report_id: (out) (transfer full): the report's id (its digits)
 * @key: (out) (transfer full): the key that opens it
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @link names a report; otherwise
 *   %GOLF_IMPORT_ERROR_INVALID_LINK says what is missing
 */
gboolean
golf_uneekor_link_parse (const char  *link,
                         char       **report_id,
                         char       **key,
                         GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *id_value, *key_value, *query;

  g_return_val_if_fail (link != NULL, FALSE);
  g_return_val_if_fail (report_id != NULL && key != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (link));
  if (!g_utf8_validate (trimmed, -1, NULL) || (uri = parse_uri (trimmed)) == NULL ||
      !is_uneekor_host (g_uri_get_host (uri)))
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_LINK,
                   _("This is not a Uneekor report link (it should start with "
                     "https://my.uneekor.com/); copy the whole link from the Uneekor portal"));
      return FALSE;
    }

  query = g_uri_get_query (uri);
  if (query != NULL)
    params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL);
  id_value = params ? g_hash_table_lookup (params, "id") : NULL;
  key_value = params ? g_hash_table_lookup (params, "key") : NULL;

  if (!_golf_import_is_all_digits (id_value))
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_LINK,
                   _("The report link has no id= number; copy the whole link from the Uneekor portal"));
      return FALSE;
    }
  if (key_value == NULL || *key_value == '\0')
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_LINK,
                   _("The report link has no key= part; copy the whole link from the Uneekor portal"));
      return FALSE;
    }
  if (!g_utf8_validate (key_value, -1, NULL) || strpbrk (key_value, " \t\r\n") != NULL)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_LINK,
                   _("The key= part of the report link is damaged; copy the whole link from the "
                     "Uneekor portal"));
      return FALSE;
    }

  *report_id = g_strdup (id_value);
  *key = g_strdup (key_value);

  return TRUE;
}

