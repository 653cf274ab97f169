/* golf-models-folder.c: the models folder: the active models, their versions and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-store.h"

#include "golf-distance-model-private.h"
#include "golf-model-files-private.h"
#include "golf-models-folder-private.h"

/* A models folder belongs to one database: `shots.models/` beside
 * `shots.db`. It keeps every version of each target in `history/`
 * (`history/carry-model-1.2.0.json` and its sidecar, each written once)
 * and names the active one in a pointer file (`carry-model.active`,
 * "1.2.0"), replaced with one rename: the active model and its sidecar
 * always come from the same training. Writers take `.lock` (flock) for
 * choosing a version and moving the pointer; readers take no lock.
 * Folders from before the pointer have the active model as
 * `carry-model.json`; it stays active until the next version.
 * Versions are MAJOR.MINOR.PATCH. */

#define LOCK_NAME "models.lock"

/* Before models belonged to a database they all shared this folder. */
static char *
dup_shared_models_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "golf-lab", "models", NULL);
}

static gboolean
is_default_database (const char *db_path)
{
  g_autofree char *default_path = golf_store_default_path ();
  g_autofree char *a = g_canonicalize_filename (db_path, NULL);
  g_autofree char *b = g_canonicalize_filename (default_path, NULL);

  return strcmp (a, b) == 0;
}

/* The models trained before models belonged to a database were trained
 * on the default one: they move to its folder, once. */
static void
move_shared_models_dir (const char *models_dir)
{
  g_autofree char *shared = dup_shared_models_dir ();

  if (g_file_test (models_dir, G_FILE_TEST_EXISTS) || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    return;
  if (g_rename (shared, models_dir) == 0)
    g_message ("Moved the models folder %s to %s, beside the database they were trained on",
               shared, models_dir);
  else if (errno != ENOENT)
    g_warning ("Could not move the models folder %s to %s: %s", shared, models_dir, g_strerror (errno));
}

/* Before a database without ".db" had "-models", its folder was named
 * like a ".db" one's: "archive" had "archive.models", which is also
 * "archive.db"'s. It moves, unless that other database is there to claim
 * it. */
static void
move_legacy_models_dir (const char *db_path,
                        const char *models_dir)
{
  g_autofree char *legacy = g_strconcat (db_path, ".models", NULL);
  g_autofree char *sibling = g_strconcat (db_path, ".db", NULL);

  if (g_file_test (models_dir, G_FILE_TEST_EXISTS) || !g_file_test (legacy, G_FILE_TEST_IS_DIR) ||
      g_file_test (sibling, G_FILE_TEST_EXISTS))
    return;
  if (g_rename (legacy, models_dir) == 0)
    g_message ("Moved the models folder %s to %s", legacy, models_dir);
  else if (errno != ENOENT)
    g_warning ("Could not move the models folder %s to %s: %s", legacy, models_dir, g_strerror (errno));
}

/**
 * golf_distance_model_dup_models_dir_for_database:
 * @db_path: a database file
 *
 * Gets the models folder of a database: beside it, named after it with
 * `.models` for `.db` (`golf-lab/shots.db` -> `golf-lab/shots.models`)
 * and `-models` after any other name (`archive` -> `archive-models`), so
 * two databases never share one. A symbolic link to a database gives the
 * folder of the database it points to. Models belong to the shots they
 * were trained on, so a second database never sees the first one's
 * models.
 *
 * For the default database, the folder all models shared before
 * (`golf-lab/models`) is moved here the first time, if this folder does
 * not exist yet.
 *
 * Returns: (transfer full): the models folder
 */
/* The folder a database of this name has: "shots.db" -> "shots.models",
 * "archive" -> "archive-models". */
static char *
models_dir_for_name (const char *db_path,
                     gboolean   *is_db)
{
  g_autofree char *base = g_path_get_basename (db_path);
  g_autofree char *folder = g_path_get_dirname (db_path);
  g_autofree char *name = NULL;

  *is_db = g_str_has_suffix (base, ".db") && strlen (base) > 3;
  if (*is_db)
    base[strlen (base) - 3] = '\0';
  name = g_strconcat (base, *is_db ? ".models" : "-models", NULL);

  return g_build_filename (folder, name, NULL);
}

/* Before a link to a database used the models of the database it points
 * to, it had a folder named after itself: that folder moves to the
 * database's, unless the database has one already. */
static void
move_link_models_dir (const char *link_path,
                      const char *models_dir)
{
  gboolean is_db;
  g_autofree char *link_dir = models_dir_for_name (link_path, &is_db);

  if (g_strcmp0 (link_dir, models_dir) == 0 || g_file_test (models_dir, G_FILE_TEST_EXISTS) ||
      !g_file_test (link_dir, G_FILE_TEST_IS_DIR) || g_file_test (link_dir, G_FILE_TEST_IS_SYMLINK))
    return;
  if (g_rename (link_dir, models_dir) == 0)
    g_message ("Moved the models folder %s to %s, beside the database %s points to",
               link_dir, models_dir, link_path);
  else if (errno != ENOENT)
    g_warning ("Could not move the models folder %s to %s: %s", link_dir, models_dir, g_strerror (errno));
}

char *
golf_distance_model_dup_models_dir_for_database (const char *db_path)
{
  g_autofree char *real = NULL;
  const char *database;
  gboolean is_db;
  char *models_dir;

  g_return_val_if_fail (db_path != NULL, NULL);

  /* The link's target is the database; so are its models. */
  real = realpath (db_path, NULL);
  database = real != NULL && g_file_test (db_path, G_FILE_TEST_IS_SYMLINK) ? real : db_path;

  models_dir = models_dir_for_name (database, &is_db);
  if (database != db_path)
    move_link_models_dir (db_path, models_dir);
  if (!is_db)
    move_legacy_models_dir (database, models_dir);
  if (is_default_database (db_path) || is_default_database (database))
    move_shared_models_dir (models_dir);
  return models_dir;
}

#define ID_NAME "database-id"

/* Whether @models_dir is @database_id's: a folder no database has marked
 * yet (a new one, or one from before the marks) is marked as this one's
 * and made if missing. Where nothing can be written, there is nothing to
 * tell apart either: the folder is used as it is. */
static gboolean
claim_models_dir (const char *models_dir,
                  const char *database_id)
{
  g_autofree char *mark_path = g_build_filename (models_dir, ID_NAME, NULL);
  g_autofree char *mark = NULL;
  gsize length;

  mark = _golf_model_read_file (mark_path, 64, N_("The database mark"), &length, NULL);
  if (mark != NULL)
    return g_str_equal (g_strstrip (mark), database_id);
  if (g_file_test (mark_path, G_FILE_TEST_EXISTS) || g_file_test (mark_path, G_FILE_TEST_IS_SYMLINK))
    return FALSE;

  if (g_mkdir_with_parents (models_dir, 0755) == 0)
    {
      g_autofree char *text = g_strconcat (database_id, "\n", NULL);

      g_file_set_contents (mark_path, text, -1, NULL);
    }
  return TRUE;
}

/**
 * golf_distance_model_dup_models_dir_for_store:
 * @db_path: a database file
 * @database_id: (nullable): its id (golf_store_get_id(), or
 *   golf_store_read_id() without a store); %NULL when it has none
 *
 * The models folder of golf_distance_model_dup_models_dir_for_database(),
 * made sure to be this database's: the first time, the folder is made if
 * missing and marked with the database's id. A folder marked with another
 * id belongs to another database that had this file name before (deleted,
 * or moved away without its folder): its models are not this database's,
 * which gets a folder of its own beside it, named with its id.
 *
 * Returns: (transfer full): the models folder
 */
char *
golf_distance_model_dup_models_dir_for_store (const char *db_path,
                                              const char *database_id)
{
  g_autofree char *models_dir = NULL;
  char *own;

  g_return_val_if_fail (db_path != NULL, NULL);

  models_dir = golf_distance_model_dup_models_dir_for_database (db_path);
  if (database_id == NULL || claim_models_dir (models_dir, database_id))
    return g_steal_pointer (&models_dir);

  own = g_strconcat (models_dir, "-", database_id, NULL);
  claim_models_dir (own, database_id);
  return own;
}

/**
 * golf_distance_model_dup_default_models_dir:
 *
 * Returns: (transfer full): the models folder of the default database
 *   (golf_store_default_path()): `golf-lab/shots.models` under the user
 *   data directory
 */
char *
golf_distance_model_dup_default_models_dir (void)
{
  g_autofree char *db_path = golf_store_default_path ();

  return golf_distance_model_dup_models_dir_for_database (db_path);
}

static const char *
file_prefix (GolfModelTarget target)
{
  return target == GOLF_MODEL_TARGET_TOTAL ? "total-model" : "carry-model";
}

static gboolean
is_version (const char *version)
{
  guint dots = 0;

  if (*version == '\0')
    return FALSE;
  for (const char *p = version; *p != '\0'; p++)
    {
      if (*p == '.' && p != version && p[1] != '\0' && p[-1] != '.')
        dots++;
      else if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  return dots == 2;
}

static char *
build_history_path (const char      *models_dir,
                    GolfModelTarget  target,
                    const char      *version)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.json", file_prefix (target), version);

  return g_build_filename (models_dir, "history", name, NULL);
}

static char *
build_pointer_path (const char      *models_dir,
                    GolfModelTarget  target)
{
  g_autofree char *name = g_strconcat (file_prefix (target), ".active", NULL);

  return g_build_filename (models_dir, name, NULL);
}

static char *
build_legacy_path (const char      *models_dir,
                   GolfModelTarget  target)
{
  g_autofree char *name = g_strconcat (file_prefix (target), ".json", NULL);

  return g_build_filename (models_dir, name, NULL);
}

/* The version the pointer names, or NULL when there is no pointer (or
 * it names none). */
static char *
read_pointer (const char      *models_dir,
              GolfModelTarget  target)
{
  g_autofree char *path = build_pointer_path (models_dir, target);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  data = _golf_model_read_file (path, 64, N_("The active-model file"), &length, &error);
  if (data == NULL)
    {
      if (!g_error_matches (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND))
        g_warning ("%s", error->message);
      return NULL;
    }
  g_strstrip (data);
  if (!is_version (data))
    {
      g_warning ("The active-model file %s names no version; ignoring it", path);
      return NULL;
    }
  return g_steal_pointer (&data);
}

/**
 * golf_distance_model_build_active_path:
 * @models_dir: a models folder
 * @target: a target
 *
 * Finds the file of the active model of @target: the version the
 * folder's pointer names, in `history/`, or in a folder from before the
 * pointer `models_dir/carry-model.json`. The file need not exist.
 *
 * Returns: (transfer full): the active model file of @target
 */
char *
golf_distance_model_build_active_path (const char      *models_dir,
                                       GolfModelTarget  target)
{
  g_autofree char *version = NULL;

  g_return_val_if_fail (models_dir != NULL, NULL);

  if ((version = read_pointer (models_dir, target)) != NULL)
    return build_history_path (models_dir, target, version);
  return build_legacy_path (models_dir, target);
}

static gint
compare_info_versions (gconstpointer a,
                       gconstpointer b)
{
  GolfModelInfo *x = *(GolfModelInfo * const *)a;
  GolfModelInfo *y = *(GolfModelInfo * const *)b;

  return golf_model_version_compare (golf_model_info_get_version (x), golf_model_info_get_version (y));
}

/**
 * golf_distance_model_list_versions:
 * @models_dir: a models folder
 * @target: a target
 * @error: return location for a #GError
 *
 * Lists the versions kept in the history folder, oldest first. A missing
 * folder is an empty list; an unreadable sidecar is skipped with a warning.
 *
 * Returns: (transfer container) (element-type GolfModelInfo): the metadata of each version
 */
GPtrArray *
golf_distance_model_list_versions (const char       *models_dir,
                                   GolfModelTarget   target,
                                   GError          **error)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *history = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (models_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  history = g_build_filename (models_dir, "history", NULL);
  dir = g_dir_open (history, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&versions);
      _golf_model_set_file_error (error, local_error, history, FALSE);
      return NULL;
    }

  prefix = g_strconcat (file_prefix (target), "-", NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GError) info_error = NULL;
      GolfModelInfo *info;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".metadata.json"))
        continue;
      path = g_build_filename (history, name, NULL);
      info = golf_model_info_load_from_file (path, &info_error);
      if (info == NULL)
        g_warning ("Skipping model version: %s", info_error->message);
      else
        g_ptr_array_add (versions, info);
    }

  g_ptr_array_sort (versions, compare_info_versions);
  return g_steal_pointer (&versions);
}

/**
 * golf_distance_model_dup_active_version:
 * @models_dir: a models folder
 * @target: a target
 *
 * Reads which version is active: the folder's pointer, or in a folder
 * from before the pointer the active model's sidecar.
 *
 * Returns: (transfer full) (nullable): the active version, or %NULL when
 *   there is no active model or it has no metadata
 */
char *
golf_distance_model_dup_active_version (const char      *models_dir,
                                        GolfModelTarget  target)
{
  g_autofree char *path = NULL;
  g_autoptr(GolfModelInfo) info = NULL;
  char *version;

  g_return_val_if_fail (models_dir != NULL, NULL);

  if ((version = read_pointer (models_dir, target)) != NULL)
    return version;
  path = build_legacy_path (models_dir, target);
  info = golf_model_info_load_for_model (path, NULL);
  return info != NULL ? g_strdup (golf_model_info_get_version (info)) : NULL;
}

static gboolean
make_dir (const char  *path,
          GError     **error)
{
  if (g_mkdir_with_parents (path, 0755) != 0)
    {
      int saved_errno = errno;
      g_autoptr(GError) file_error = g_error_new_literal (G_FILE_ERROR,
                                                          g_file_error_from_errno (saved_errno),
                                                          g_strerror (saved_errno));

      _golf_model_set_file_error (error, file_error, path, TRUE);
      return FALSE;
    }
  return TRUE;
}

/* "2.3.0" -> "2.4.0" */
static char *
next_minor_version (const char *version)
{
  guint64 major, minor;
  char *end;

  major = g_ascii_strtoull (version, &end, 10);
  minor = *end == '.' ? g_ascii_strtoull (end + 1, NULL, 10) : 0;

  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT ".0", MAX (major, 1), minor + 1);
}

static char *
next_version (GPtrArray     *versions,
              GolfModelInfo *info)
{
  GolfModelInfo *latest;
  const char *v;
  guint64 major;

  if (versions->len == 0)
    return g_strdup ("1.0.0");

  latest = g_ptr_array_index (versions, versions->len - 1);
  v = golf_model_info_get_version (latest);
  major = g_ascii_strtoull (v, NULL, 10);

  /* New inputs or a new learner make a new major version; a retrain on
   * new shots a new minor one. */
  if (!g_strv_equal (golf_model_info_get_features (latest), golf_model_info_get_features (info)) ||
      g_strcmp0 (golf_model_info_get_model_type (latest), golf_model_info_get_model_type (info)) != 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT ".0.0", MAX (major, 1) + 1);
  return next_minor_version (v);
}

static gboolean
version_taken (const char      *models_dir,
               GolfModelTarget  target,
               const char      *version)
{
  g_autofree char *model = build_history_path (models_dir, target, version);
  GStatBuf st;

  /* A sidecar without its model is what a failed publish leaves; that
   * one may be written again. */
  return g_lstat (model, &st) == 0;
}

/* Takes the folder's lock, waiting for another writer (another Golf Lab
 * or golf-lab-cli) to finish; the lock goes with the returned fd. */
static int
lock_folder (const char  *models_dir,
             GError     **error)
{
  g_autofree char *path = g_build_filename (models_dir, LOCK_NAME, NULL);
  int fd;

  if (!make_dir (models_dir, error))
    return -1;
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autoptr(GError) file_error = g_error_new_literal (G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                                                          g_strerror (saved_errno));

      _golf_model_set_file_error (error, file_error, path, TRUE);
      return -1;
    }
  while (flock (fd, LOCK_EX) != 0)
    {
      if (errno == EINTR)
        continue;
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_WRITE_FAILED,
                   _("Cannot lock the models folder %s: %s"), models_dir, g_strerror (errno));
      close (fd);
      return -1;
    }
  return fd;
}

static void
unlock_folder (int fd)
{
  /* Closing the last descriptor releases the lock. */
  close (fd);
}

/* A test hook: how long a publish waits, holding the lock, between
 * choosing its version and writing it. It lets a test make concurrent
 * trainings overlap for sure. */
static void
pause_for_tests (void)
{
  const char *delay = g_getenv ("GOLF_LAB_TEST_PUBLISH_DELAY_MS");

  if (delay != NULL)
    g_usleep (1000 * g_ascii_strtoull (delay, NULL, 10));
}

static gboolean
write_pointer (const char       *models_dir,
               GolfModelTarget   target,
               const char       *version,
               GError          **error)
{
  g_autofree char *path = build_pointer_path (models_dir, target);
  g_autofree char *line = g_strconcat (version, "\n", NULL);

  return _golf_model_write_file (path, line, strlen (line), error);
}

/* The active model of a folder from before the pointer, now that the
 * pointer names one: its copy in history/ stays. */
static void
remove_legacy_files (const char      *models_dir,
                     GolfModelTarget  target)
{
  g_autofree char *legacy = build_legacy_path (models_dir, target);
  g_autofree char *sidecar = golf_model_info_sidecar_path (legacy);

  g_unlink (legacy);
  g_unlink (sidecar);
}

static char *
publish_locked (GolfDistanceModel  *self,
                const char         *models_dir,
                GError            **error)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *history = NULL;
  g_autofree char *version = NULL;
  g_autofree char *history_path = NULL;
  g_autofree char *model = NULL;
  g_autofree char *metadata = NULL;
  gsize length = 0;

  history = g_build_filename (models_dir, "history", NULL);
  if (!make_dir (history, error))
    return NULL;
  if ((versions = golf_distance_model_list_versions (models_dir, self->target, error)) == NULL)
    return NULL;

  version = next_version (versions, _golf_distance_model_ensure_info (self));
  /* A version whose files are there but unreadable (a damaged sidecar, a
   * model without one) is still taken: never written over. */
  while (version_taken (models_dir, self->target, version))
    {
      g_autofree char *taken = g_steal_pointer (&version);

      version = next_minor_version (taken);
    }
  golf_model_info_set_version (self->info, version);
  if (!_golf_distance_model_to_files_data (self, &model, &length, &metadata, error))
    return NULL;
  pause_for_tests ();

  history_path = build_history_path (models_dir, self->target, version);
  if (!_golf_model_write_with_sidecar (history_path, model, length, metadata, error))
    return NULL;
  if (!write_pointer (models_dir, self->target, version, error))
    {
      g_autofree char *history_sidecar = golf_model_info_sidecar_path (history_path);

      g_unlink (history_path);
      g_unlink (history_sidecar);
      return NULL;
    }
  remove_legacy_files (models_dir, self->target);
  return g_steal_pointer (&version);
}

/**
 * golf_distance_model_publish:
 * @self: a #GolfDistanceModel
 * @models_dir: a models folder, created if needed
 * @error: return location for a #GError
 *
 * Gives the model the next version number (1.0.0, 1.1.0, ...; a new major
 * number when the inputs or the learner change), keeps it in the history
 * folder and makes it the active model of its target. Publishes from
 * other processes wait for each other, so each gets a version of its
 * own. Every file is written atomically and a failure leaves the folder
 * as it was; a read-only folder is %GOLF_MODEL_ERROR_PERMISSION_DENIED.
 *
 * Returns: (transfer full) (nullable): the new version
 */
char *
golf_distance_model_publish (GolfDistanceModel  *self,
                             const char         *models_dir,
                             GError            **error)
{
  char *version;
  int lock;

  g_return_val_if_fail (GOLF_IS_DISTANCE_MODEL (self), NULL);
  g_return_val_if_fail (models_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((lock = lock_folder (models_dir, error)) < 0)
    return NULL;
  version = publish_locked (self, models_dir, error);
  unlock_folder (lock);
  return version;
}

static gboolean
use_version_locked (const char       *models_dir,
                    GolfModelTarget   target,
                    const char       *version,
                    GError          **error)
{
  g_autofree char *history_path = build_history_path (models_dir, target, version);
  g_autoptr(GolfDistanceModel) model = NULL;
  g_autoptr(GolfModelInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Only a version that loads, from regular files that match, becomes
   * the active one. */
  model = golf_distance_model_load (history_path, models_dir, &local_error);
  if (model == NULL && g_error_matches (local_error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND,
                   _("There is no %s model version %s; `golf-lab-cli models` lists the versions"),
                   golf_model_target_to_string (target), version);
      return FALSE;
    }
  if (model == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Version %s cannot be used: %s"), version, local_error->message);
      return FALSE;
    }
  info = golf_model_info_load_for_model (history_path, &local_error);
  if (info == NULL || g_strcmp0 (golf_model_info_get_version (info), version) != 0)
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT,
                   _("Version %s cannot be used: %s"), version,
                   local_error != NULL ? local_error->message
                   : info == NULL ? "its metadata is missing"
                   : "its metadata names another version");
      return FALSE;
    }

  if (!write_pointer (models_dir, target, version, error))
    return FALSE;
  remove_legacy_files (models_dir, target);
  return TRUE;
}

/**
 * golf_distance_model_use_version:
 * @models_dir: a models folder
 * @target: a target
 * @version: a version kept in the history folder
 * @error: return location for a #GError
 *
 * Makes an older (or newer) version the active model again, once it
 * has loaded: a version whose files are links, not regular files,
 * damaged or changed since training is refused.
 *
 * Returns: %TRUE on success
 */
gboolean
golf_distance_model_use_version (const char       *models_dir,
                                 GolfModelTarget   target,
                                 const char       *version,
                                 GError          **error)
{
  gboolean ok;
  int lock;

  g_return_val_if_fail (models_dir != NULL, FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!is_version (version))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_INVALID,
                   _("“%s” is not a model version; versions look like 1.2.0 "
                   "(`golf-lab-cli models` lists them)"), version);
      return FALSE;
    }
  if (!g_file_test (models_dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_NOT_FOUND,
                   _("There is no models folder %s; `golf-lab-cli train` makes one"), models_dir);
      return FALSE;
    }

  if ((lock = lock_folder (models_dir, error)) < 0)
    return FALSE;
  ok = use_version_locked (models_dir, target, version, error);
  unlock_folder (lock);
  return ok;
}

/* Returns the real path of @model_path if it lies inside @models_dir once
 * symbolic links and ".." are resolved. */
char *
_golf_models_folder_resolve_inside (const char  *model_path,
                                    const char  *models_dir,
                                    GError     **error)
{
  g_autofree char *real_path = NULL;
  g_autofree char *real_dir = NULL;
  gsize dir_len;

  if ((real_path = realpath (model_path, NULL)) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, GOLF_MODEL_ERROR,
                   saved_errno == ENOENT ? GOLF_MODEL_ERROR_NOT_FOUND : GOLF_MODEL_ERROR_PERMISSION_DENIED,
                   _("Cannot open model %s: %s"), model_path, g_strerror (saved_errno));
      return NULL;
    }

  real_dir = realpath (models_dir, NULL);
  dir_len = real_dir != NULL ? strlen (real_dir) : 0;
  if (real_dir == NULL ||
      strncmp (real_path, real_dir, dir_len) != 0 ||
      (real_path[dir_len] != G_DIR_SEPARATOR && !(dir_len == 1 && real_dir[0] == '/')))
    {
      g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_PERMISSION_DENIED,
                   _("Refusing to load %s: models are only loaded from the models folder %s"),
                   model_path, models_dir);
      return NULL;
    }
  return g_steal_pointer (&real_path);
}

static void
parse_version (const char *version,
               guint64     parts[3])
{
  for (guint i = 0; i < 3; i++)
    {
      char *end;

      parts[i] = g_ascii_strtoull (version, &end, 10);
      version = *end == '.' ? end + 1 : end;
    }
}

/**
 * golf_model_version_compare:
 * @a: a version "MAJOR.MINOR.PATCH"
 * @b: another
 *
 * Compares two model versions numerically ("1.10.0" is after "1.9.0").
 *
 * Returns: negative, zero or positive as @a is before, equal to or after @b
 */
int
golf_model_version_compare (const char *a,
                            const char *b)
{
  guint64 va[3], vb[3];

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  parse_version (a, va);
  parse_version (b, vb);
  for (guint i = 0; i < 3; i++)
    if (va[i] != vb[i])
      return va[i] < vb[i] ? -1 : 1;
  return 0;
}
