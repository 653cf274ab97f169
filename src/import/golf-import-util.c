/* golf-import-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "golf-import-report-private.h"
#include "golf-import-util-private.h"

G_DEFINE_QUARK (golf-import-error-quark, golf_import_error)

#define FNV_PRIME G_GUINT64_CONSTANT (0x100000001b3)

/* The longest session id accepted: ids show up in tables and commands. */
#define MAX_SESSION_ID_LENGTH 200

void
_golf_hash_set_clear (GolfHashSet *set)
{
  g_clear_pointer (&set->slots, g_free);
  set->size = 0;
  set->n_members = 0;
}

static void
hash_set_insert (GolfHashSet *set,
                 guint64      key)
{
  gsize mask = set->size - 1;
  gsize i = (key ^ (key >> 29)) & mask;

  while (set->slots[i] != 0)
    i = (i + 1) & mask;
  set->slots[i] = key;
  set->n_members++;
}

/* Adds @key; FALSE when it was there already. */
gboolean
_golf_hash_set_add (GolfHashSet *set,
                    guint64      key)
{
  gsize mask, i;

  if (key == 0)
    key = 1;   /* 0 marks an empty slot */

  if (set->size > 0)
    {
      mask = set->size - 1;
      for (i = (key ^ (key >> 29)) & mask; set->slots[i] != 0; i = (i + 1) & mask)
        if (set->slots[i] == key)
          return FALSE;
    }

  /* At most half full, so probes stay short. */
  if ((set->n_members + 1) * 2 > set->size)
    {
      guint64 *old = set->slots;
      gsize old_size = set->size;

      set->size = MAX (old_size * 2, 64);
      set->slots = g_new0 (guint64, set->size);
      set->n_members = 0;
      for (gsize j = 0; j < old_size; j++)
        if (old[j] != 0)
          hash_set_insert (set, old[j]);
      g_free (old);
    }

  hash_set_insert (set, key);
  return TRUE;
}

guint64
_golf_import_hash (guint64     hash,
                   const void *data,
                   gsize       length)
{
  const guchar *p = data;

  for (gsize i = 0; i < length; i++)
    {
      hash ^= p[i];
      hash *= FNV_PRIME;
    }

  return hash;
}

/* A hash as 13 characters of lower-case letters and digits 2-7 (base32):
 * short, safe in any id, and never mistaken for a number. */
char *
_golf_import_hash_text (guint64 hash)
{
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  char text[14];

  for (guint i = 0; i < 13; i++)
    {
      text[i] = alphabet[hash & 31];
      hash >>= 5;
    }
  text[13] = '\0';

  return g_strdup (text);
}

/* "44478": digits only, at least one. */
gboolean
_golf_import_is_all_digits (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

/* Text from outside for a name, a club or a shape: valid UTF-8, control
 * characters as spaces, trimmed. NULL when nothing is left. */
char *
_golf_import_clean_text (const char *text,
                         gssize      length)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, length);
  for (char *p = valid; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  g_strstrip (valid);

  if (*valid == '\0')
    return NULL;

  return g_steal_pointer (&valid);
}

/**
 * golf_import_check_session_id:
 * @session_id: a session id a person gave (with `--session`)
 * @error: return location for a #GError
 *
 * Session ids show up in tables, commands and JSON: they must be valid
 * UTF-8 without control characters or white space at either end, and at
 * most 200 bytes long.
 *
 * Returns: %TRUE when @session_id can be used; otherwise
 *   %GOLF_IMPORT_ERROR_INVALID_ARGUMENT says why
 */
gboolean
golf_import_check_session_id (const char  *session_id,
                              GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (session_id == NULL || *session_id == '\0')
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NO_SESSION,
                   _("The session id is empty; give one with --session, or none to let the "
                     "import choose"));
      return FALSE;
    }
  if (!g_utf8_validate (session_id, -1, NULL))
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_ARGUMENT,
                   _("The session id is not valid UTF-8 text; type it again with letters, "
                     "digits and dashes"));
      return FALSE;
    }
  for (const char *p = session_id; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      {
        g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_ARGUMENT,
                     _("The session id holds a control character; use letters, digits and dashes"));
        return FALSE;
      }
  if (g_ascii_isspace (session_id[0]) || g_ascii_isspace (session_id[strlen (session_id) - 1]))
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_ARGUMENT,
                   _("The session id “%s” starts or ends with a space; leave the spaces out"),
                   session_id);
      return FALSE;
    }
  if (strlen (session_id) > MAX_SESSION_ID_LENGTH)
    {
      g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_ARGUMENT,
                   _("The session id is longer than %d bytes; choose a shorter one"),
                   MAX_SESSION_ID_LENGTH);
      return FALSE;
    }

  return TRUE;
}

/* "ball speed" for GOLF_SHOT_FIELD_BALL_SPEED, in the user's language. */
const char *
_golf_import_field_label (GolfShotField field)
{
  /* Translators: the measurements of a shot, as a sentence of an import
   * report names them: "ball speed 212 m/s is above the possible 150 m/s" */
  static const char * const labels[GOLF_SHOT_N_FIELDS] = {
    [GOLF_SHOT_FIELD_BALL_SPEED] = N_("ball speed"),
    [GOLF_SHOT_FIELD_CLUB_SPEED] = N_("club speed"),
    [GOLF_SHOT_FIELD_CARRY_DISTANCE] = N_("carry distance"),
    [GOLF_SHOT_FIELD_TOTAL_DISTANCE] = N_("total distance"),
    [GOLF_SHOT_FIELD_CLUB_PATH] = N_("club path"),
    [GOLF_SHOT_FIELD_FACE_ANGLE] = N_("face angle"),
    [GOLF_SHOT_FIELD_LAUNCH_ANGLE] = N_("launch angle"),
    [GOLF_SHOT_FIELD_SIDE_ANGLE] = N_("side angle"),
    [GOLF_SHOT_FIELD_DYNAMIC_LOFT] = N_("dynamic loft"),
    [GOLF_SHOT_FIELD_ATTACK_ANGLE] = N_("attack angle"),
    [GOLF_SHOT_FIELD_SIDE_SPIN] = N_("side spin"),
    [GOLF_SHOT_FIELD_BACK_SPIN] = N_("back spin"),
    [GOLF_SHOT_FIELD_IMPACT_X] = N_("impact x"),
    [GOLF_SHOT_FIELD_IMPACT_Y] = N_("impact y"),
    [GOLF_SHOT_FIELD_SIDE_DISTANCE] = N_("side distance"),
    [GOLF_SHOT_FIELD_DESCENT_ANGLE] = N_("descent angle"),
    [GOLF_SHOT_FIELD_APEX] = N_("apex"),
    [GOLF_SHOT_FIELD_FLIGHT_TIME] = N_("flight time"),
    [GOLF_SHOT_FIELD_OPTIX_X] = N_("optix x"),
    [GOLF_SHOT_FIELD_OPTIX_Y] = N_("optix y"),
    [GOLF_SHOT_FIELD_CLUB_LIE] = N_("club lie"),
    [GOLF_SHOT_FIELD_LIE_ANGLE] = N_("lie angle"),
    [GOLF_SHOT_FIELD_SPIN_AXIS] = N_("spin axis"),
    [GOLF_SHOT_FIELD_TOTAL_SPIN] = N_("total spin"),
  };

  g_return_val_if_fail (field < GOLF_SHOT_N_FIELDS, "");

  return _(labels[field]);
}

/* The unit a field is stored in, as a header or message writes it. */
const char *
_golf_import_field_si_unit (GolfShotField field)
{
  const char *name = golf_shot_field_get_name (field);

  switch (golf_shot_field_get_unit (field))
    {
    case GOLF_UNIT_SPEED:
      return "m/s";
    case GOLF_UNIT_DISTANCE:
      return "m";
    case GOLF_UNIT_ANGLE:
      return "deg";
    case GOLF_UNIT_MILLIMETRE:
      return "mm";
    case GOLF_UNIT_NONE:
    default:
      if (strstr (name, "spin") != NULL && strstr (name, "axis") == NULL)
        return "rpm";
      if (strcmp (name, "flight_time") == 0)
        return "s";
      return "";
    }
}

static char *
format_with_unit (double         value,
                  GolfShotField  field)
{
  const char *unit = _golf_import_field_si_unit (field);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.6g", value);
  if (strcmp (unit, "deg") == 0)
    return g_strdup_printf ("%s°", number);
  if (*unit == '\0')
    return g_strdup (number);

  return g_strdup_printf ("%s %s", number, unit);
}

/**
 * _golf_import_check_value:
 * @field: which measurement
 * @value: (inout): the value in SI units; set to NAN when it is impossible
 *
 * Returns: (transfer full) (nullable): why @value cannot be (it lies
 *   outside golf_shot_field_get_limits()), or %NULL when it is plausible
 *   or missing anyway
 */
char *
_golf_import_check_value (GolfShotField  field,
                          double        *value)
{
  g_autofree char *given = NULL;
  g_autofree char *limit = NULL;
  gboolean above;
  double min, max;

  if (isnan (*value) || !golf_shot_field_get_limits (field, &min, &max))
    return NULL;
  if (*value >= min && *value <= max)
    return NULL;

  above = *value > max;
  given = isfinite (*value) ? format_with_unit (*value, field)
                            : g_strdup (above ? _("infinity") : _("minus infinity"));
  limit = format_with_unit (above ? max : min, field);
  *value = NAN;

  /* Translators: "ball speed 212 m/s is above the possible 150 m/s; stored as missing" */
  if (above)
    return g_strdup_printf (_("%s %s is above the possible %s; stored as missing"),
                            _golf_import_field_label (field), given, limit);
  /* Translators: "carry distance -3 m is below the possible 0 m; stored as missing" */
  return g_strdup_printf (_("%s %s is below the possible %s; stored as missing"),
                          _golf_import_field_label (field), given, limit);
}

/**
 * _golf_import_set_values:
 * @shot: the shot being read
 * @values: (array fixed-size=GOLF_SHOT_N_FIELDS): its measurements in SI
 *   units, NAN for missing; impossible ones are set to NAN
 * @report: (nullable): where refused values are noted
 * @where_format: where the shot is in the source ("row %u"), formatted
 *   only when a value is refused
 *
 * Sets every plausible value of @values on @shot.
 */
void
_golf_import_set_values (GolfShot         *shot,
                         double           *values,
                         GolfImportReport *report,
                         const char       *where_format,
                         ...)
{
  for (guint f = 0; f < GOLF_SHOT_N_FIELDS; f++)
    {
      g_autofree char *reason = _golf_import_check_value (f, &values[f]);

      if (reason != NULL && report != NULL)
        {
          g_autofree char *where = NULL;
          va_list args;

          va_start (args, where_format);
          where = g_strdup_vprintf (where_format, args);
          va_end (args);
          _golf_import_report_refuse_value (report, where, f, reason);
        }
      if (!isnan (values[f]))
        golf_shot_set (shot, f, values[f]);
    }
}

G_GNUC_PRINTF (3, 4)
static int
fail_open (GError     **error,
           const char  *what,
           const char  *format,
           ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_READ,
               _("Could not read %s: %s"), what, detail);
  return -1;
}

/* “report (1).json”, valid UTF-8 whatever the file name's bytes. */
char *
_golf_import_describe_file (const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  /* Translators: a file's name in quotation marks, as messages name it */
  return g_strdup_printf (_("“%s”"), name);
}

/**
 * _golf_import_open_file:
 * @path: the file
 * @what: how messages name it (“report.json”)
 * @size: (out): its size in bytes
 * @error: return location for a #GError
 *
 * Opens a regular file of a sane size for reading. A folder, a named pipe
 * or a device, and a file over 256 MB, are refused with
 * %GOLF_IMPORT_ERROR_READ (a pipe would wait for a writer, a huge file fill
 * the memory).
 *
 * Returns: a file descriptor, or -1 with @error set
 */
int
_golf_import_open_file (const char  *path,
                        const char  *what,
                        guint64     *size,
                        GError     **error)
{
  struct stat info;
  int fd;

  /* O_NONBLOCK: opening a named pipe must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    return fail_open (error, what, "%s", g_strerror (errno));

  if (fstat (fd, &info) != 0)
    {
      int saved = errno;

      g_close (fd, NULL);
      return fail_open (error, what, "%s", g_strerror (saved));
    }
  if (!S_ISREG (info.st_mode))
    {
      g_close (fd, NULL);
      if (S_ISDIR (info.st_mode))
        return fail_open (error, what, "%s", _("it is a folder; give the path of a file"));
      return fail_open (error, what, "%s", _("it is not a regular file; save it to a file first"));
    }
  if ((guint64) info.st_size > GOLF_IMPORT_MAX_FILE_SIZE)
    {
      g_autofree char *size_text = g_format_size (info.st_size);

      g_close (fd, NULL);
      return fail_open (error, what, _("it holds %s, far more than any launch monitor's export"),
                        size_text);
    }

  *size = info.st_size;
  return fd;
}

/**
 * _golf_import_read_file:
 * @path: the file
 * @what: how messages name it
 * @contents: (out) (transfer full): its bytes, with a nul after them
 * @length: (out): how many
 * @error: return location for a #GError
 *
 * Reads a whole file opened with _golf_import_open_file(). Not mapped: a
 * mapped file that is truncated meanwhile (a download starting over) would
 * kill the process.
 *
 * Returns: %TRUE on success
 */
gboolean
_golf_import_read_file (const char  *path,
                        const char  *what,
                        char       **contents,
                        gsize       *length,
                        GError     **error)
{
  g_autofree char *data = NULL;
  guint64 size;
  gsize n_read = 0;
  int fd;

  fd = _golf_import_open_file (path, what, &size, error);
  if (fd < 0)
    return FALSE;

  data = g_malloc (size + 1);
  while (n_read < size)
    {
      gssize n = read (fd, data + n_read, size - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_close (fd, NULL);
          fail_open (error, what, "%s", g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        break;   /* Cut short while we read: the parser says so. */
      n_read += n;
    }
  g_close (fd, NULL);

  data[n_read] = '\0';
  *contents = g_steal_pointer (&data);
  *length = n_read;
  return TRUE;
}

/* How exports write the person's verdict on a shot. */
const char *
_golf_import_set_aside_to_string (GolfSetAside set_aside)
{
  switch (set_aside)
    {
    case GOLF_SET_ASIDE_YES:
      return "yes";
    case GOLF_SET_ASIDE_NO:
      return "no";
    case GOLF_SET_ASIDE_AUTO:
    default:
      return "auto";
    }
}

gboolean
_golf_import_set_aside_from_string (const char   *text,
                                    GolfSetAside *set_aside)
{
  g_autofree char *clean = _golf_import_clean_text (text, -1);

  if (clean == NULL || g_ascii_strcasecmp (clean, "auto") == 0)
    *set_aside = GOLF_SET_ASIDE_AUTO;
  else if (g_ascii_strcasecmp (clean, "yes") == 0)
    *set_aside = GOLF_SET_ASIDE_YES;
  else if (g_ascii_strcasecmp (clean, "no") == 0)
    *set_aside = GOLF_SET_ASIDE_NO;
  else
    return FALSE;

  return TRUE;
}
