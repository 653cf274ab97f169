/* golf-model-backend-xgboost-check.c: what an XGBoost model file must be before XGBoost reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <math.h>
#include <string.h>

#include "golf-json-reader-private.h"
#include "golf-model-backend-xgboost-private.h"

/* XGBoost trusts its model files: a child index out of range, a split on
 * an input the model does not have, fewer trees than "num_trees" says or
 * an empty "tree_info" make it read or write past its arrays, a cycle of
 * children makes prediction loop for ever, and a NaN base score predicts
 * NaN. So before a file reaches it, the structure it walks is checked
 * here, against what XGBoost 1.7 writes for the models Golf Lab trains
 * (gbtree, reg:squarederror, numerical splits): every tree's arrays as
 * long as its node count, each node reached from the root exactly once
 * through in-range children (-1 marks a leaf), split indices below the
 * input count, finite numbers, tree ids 0..n-1 once each. */

/* XGBoost writes this as the parent of a tree's root. */
#define ROOT_PARENT G_GINT64_CONSTANT (2147483647)

/* Far beyond any model of ours; keeps the counts in range. */
#define MAX_TREES 100000
#define MAX_NODES (1 << 24)

typedef struct
{
  GolfJsonReader  reader;
  gint64          num_feature;       /* learner_model_param, -1 until read */
  gint64          num_trees;         /* gbtree_model_param, -1 until read */
  guint           n_trees;
  guint           n_tree_info;
  gint64          max_split_index;
  GArray         *tree_ids;          /* gint64 */
  GArray         *tree_features;     /* gint64: each tree's own num_feature */
} Check;

/* One tree's node arrays, checked once the whole tree is read (its
 * "tree_param" with the node count comes last). */
typedef struct
{
  GArray  *left;
  GArray  *right;
  GArray  *parents;
  GArray  *split_indices;
  gint64   lengths[6];     /* of the arrays that are only counted */
  gint64   num_nodes;
  gint64   num_feature;
  gint64   id;
} Tree;

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT, format, args));
  va_end (args);
  return FALSE;
}

#define KEY_IS(key, length, literal) \
  ((length) == sizeof (literal) - 1 && memcmp ((key), (literal), sizeof (literal) - 1) == 0)

/* Marks member @bit of an object as read; a member twice is refused, as
 * XGBoost would take the last one and this check the first. */
static gboolean
claim (guint       *seen,
       guint        bit,
       const char  *key,
       gsize        length,
       GError     **error)
{
  if (*seen & (1u << bit))
    return fail (error, "\"%.*s\" appears twice", (int)MIN (length, 64), key);
  *seen |= 1u << bit;
  return TRUE;
}

static gboolean
expect (Check        *check,
        GolfJsonType  type,
        const char   *what,
        GError      **error)
{
  if (_golf_json_reader_peek (&check->reader) == type)
    return TRUE;
  return fail (error, "%s is not %s", what,
               type == GOLF_JSON_OBJECT ? "an object" : type == GOLF_JSON_ARRAY ? "a list" : "text");
}

/* XGBoost keeps its settings as text: "num_trees": "100". */
static gboolean
read_param_int (Check       *check,
                const char  *name,
                gint64      *value,
                GError     **error)
{
  const char *str;
  gsize length;
  char buffer[24];

  if (!expect (check, GOLF_JSON_STRING, name, error) ||
      !_golf_json_reader_read_string (&check->reader, &str, &length, error))
    return FALSE;
  if (length == 0 || length >= sizeof buffer)
    return fail (error, "\"%s\" is not a whole number", name);
  memcpy (buffer, str, length);
  buffer[length] = '\0';
  if (!g_ascii_string_to_signed (buffer, 10, G_MININT32, G_MAXINT32, value, NULL))
    return fail (error, "\"%s\" is not a whole number", name);
  return TRUE;
}

static gboolean
read_param_double (Check       *check,
                   const char  *name,
                   double      *value,
                   GError     **error)
{
  const char *str;
  gsize length;
  char buffer[64];
  char *end;

  if (!expect (check, GOLF_JSON_STRING, name, error) ||
      !_golf_json_reader_read_string (&check->reader, &str, &length, error))
    return FALSE;
  if (length == 0 || length >= sizeof buffer)
    return fail (error, "\"%s\" is not a number", name);
  memcpy (buffer, str, length);
  buffer[length] = '\0';
  *value = g_ascii_strtod (buffer, &end);
  if (*end != '\0' || !isfinite (*value))
    return fail (error, "\"%s\" is %s, not a finite number", name, buffer);
  return TRUE;
}

static gboolean
read_param_text (Check       *check,
                 const char  *name,
                 const char  *wanted,
                 GError     **error)
{
  const char *str;
  gsize length;

  if (!expect (check, GOLF_JSON_STRING, name, error) ||
      !_golf_json_reader_read_string (&check->reader, &str, &length, error))
    return FALSE;
  if (length != strlen (wanted) || memcmp (str, wanted, length) != 0)
    return fail (error, "its \"%s\" is “%.*s”; Golf Lab models are %s", name,
                 (int)MIN (length, 64), str, wanted);
  return TRUE;
}

/* A list of whole numbers, kept in @values when it is not NULL. */
static gboolean
read_int_array (Check       *check,
                const char  *name,
                GArray      *values,
                gint64       min,
                gint64       max,
                gint64      *count,
                GError     **error)
{
  gboolean has_next;

  if (!expect (check, GOLF_JSON_ARRAY, name, error))
    return FALSE;
  *count = 0;
  for (guint i = 0; ; i++)
    {
      const char *lexeme;
      gsize length;
      double number;
      gint64 value;

      if (!_golf_json_reader_array_next (&check->reader, i, &has_next, error))
        return FALSE;
      if (!has_next)
        return TRUE;
      if (_golf_json_reader_peek (&check->reader) != GOLF_JSON_NUMBER)
        return fail (error, "\"%s\" holds something not a number", name);
      if (!_golf_json_reader_read_number (&check->reader, &number, &lexeme, &length, error))
        return FALSE;
      if (memchr (lexeme, '.', length) != NULL || memchr (lexeme, 'e', length) != NULL ||
          memchr (lexeme, 'E', length) != NULL || !(number >= min && number <= max))
        return fail (error, "\"%s\" holds %.*s, not a whole number from %" G_GINT64_FORMAT
                     " to %" G_GINT64_FORMAT, name, (int)MIN (length, 32), lexeme, min, max);
      value = (gint64)number;
      if (values != NULL)
        g_array_append_val (values, value);
      (*count)++;
    }
}

/* A list of finite numbers, counted. */
static gboolean
read_number_array (Check       *check,
                   const char  *name,
                   gint64      *count,
                   GError     **error)
{
  gboolean has_next;

  if (!expect (check, GOLF_JSON_ARRAY, name, error))
    return FALSE;
  *count = 0;
  for (guint i = 0; ; i++)
    {
      double number;

      if (!_golf_json_reader_array_next (&check->reader, i, &has_next, error))
        return FALSE;
      if (!has_next)
        return TRUE;
      if (_golf_json_reader_peek (&check->reader) != GOLF_JSON_NUMBER)
        return fail (error, "\"%s\" holds something not a number", name);
      if (!_golf_json_reader_read_number (&check->reader, &number, NULL, NULL, error))
        return FALSE;
      if (!isfinite (number))
        return fail (error, "\"%s\" holds a number out of range", name);
      (*count)++;
    }
}

static gboolean
read_empty_array (Check       *check,
                  const char  *name,
                  const char  *why,
                  GError     **error)
{
  gboolean has_next;

  if (!expect (check, GOLF_JSON_ARRAY, name, error) ||
      !_golf_json_reader_array_next (&check->reader, 0, &has_next, error))
    return FALSE;
  if (has_next)
    return fail (error, "it has %s (\"%s\"), which Golf Lab models never have", why, name);
  return TRUE;
}

static gboolean
read_tree_param (Check       *check,
                 Tree        *tree,
                 GError     **error)
{
  guint seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "\"tree_param\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      gint64 value;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "num_nodes"))
        {
          if (!claim (&seen, 0, key, length, error) ||
              !read_param_int (check, "num_nodes", &tree->num_nodes, error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "num_feature"))
        {
          if (!claim (&seen, 1, key, length, error) ||
              !read_param_int (check, "num_feature", &tree->num_feature, error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "num_deleted") || KEY_IS (key, length, "size_leaf_vector"))
        {
          g_autofree char *name = g_strndup (key, length);

          if (!claim (&seen, KEY_IS (key, length, "num_deleted") ? 2 : 3, key, length, error) ||
              !read_param_int (check, name, &value, error))
            return FALSE;
          if (value != 0)
            return fail (error, "a tree has \"%s\" %" G_GINT64_FORMAT ", which Golf Lab models "
                         "never have", name, value);
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if (seen != 0xf)
    return fail (error, "a tree's \"tree_param\" is incomplete");
  if (tree->num_nodes < 1 || tree->num_nodes > MAX_NODES)
    return fail (error, "a tree has %" G_GINT64_FORMAT " nodes", tree->num_nodes);
  return TRUE;
}

/* Each node reached from the root exactly once, through children in
 * range; -1 (both children) marks a leaf. */
static gboolean
check_tree_structure (Check      *check,
                      const Tree *tree,
                      guint       index,
                      GError    **error)
{
  const gint64 *left = (const gint64 *)tree->left->data;
  const gint64 *right = (const gint64 *)tree->right->data;
  const gint64 *parents = (const gint64 *)tree->parents->data;
  const gint64 *splits = (const gint64 *)tree->split_indices->data;
  gint64 n = tree->num_nodes;
  g_autofree guint8 *reached = g_new0 (guint8, n);
  g_autofree gint64 *stack = g_new (gint64, n);
  gsize depth = 0;
  gint64 n_reached = 0;

  if (parents[0] != ROOT_PARENT)
    return fail (error, "the root of tree %u has a parent", index);

  stack[depth++] = 0;
  reached[0] = TRUE;
  while (depth > 0)
    {
      gint64 node = stack[--depth];
      gint64 children[2] = { left[node], right[node] };

      n_reached++;
      if (children[0] == -1 || children[1] == -1)
        {
          if (children[0] != children[1])
            return fail (error, "node %" G_GINT64_FORMAT " of tree %u has one child", node, index);
          continue;
        }
      check->max_split_index = MAX (check->max_split_index, splits[node]);
      for (guint c = 0; c < 2; c++)
        {
          gint64 child = children[c];

          if (child < 0)
            return fail (error, "node %" G_GINT64_FORMAT " of tree %u has child %" G_GINT64_FORMAT,
                         node, index, child);
          if (child >= n)
            return fail (error, "node %" G_GINT64_FORMAT " of tree %u has child %" G_GINT64_FORMAT
                         ", beyond its %" G_GINT64_FORMAT " nodes", node, index, child, n);
          if (reached[child])
            return fail (error, "the children of tree %u form a cycle (node %" G_GINT64_FORMAT
                         " is reached twice)", index, child);
          if (parents[child] != node)
            return fail (error, "node %" G_GINT64_FORMAT " of tree %u does not name its parent",
                         child, index);
          reached[child] = TRUE;
          stack[depth++] = child;
        }
    }
  if (n_reached != n)
    return fail (error, "tree %u has nodes its root does not reach", index);
  return TRUE;
}

static gboolean
read_tree (Check   *check,
           guint    index,
           GError **error)
{
  /* Counted arrays: their index in Tree.lengths is their place here. */
  static const char * const counted[] = {
    "base_weights", "loss_changes", "sum_hessian", "split_conditions", "default_left", "split_type",
  };
  static const char * const categorical[] = {
    "categories", "categories_nodes", "categories_segments", "categories_sizes",
  };
  Tree tree = { 0 };
  guint seen = 0;
  gboolean ok = FALSE;
  gint64 count[4] = { 0 };

  tree.left = g_array_new (FALSE, FALSE, sizeof (gint64));
  tree.right = g_array_new (FALSE, FALSE, sizeof (gint64));
  tree.parents = g_array_new (FALSE, FALSE, sizeof (gint64));
  tree.split_indices = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!expect (check, GOLF_JSON_OBJECT, "a tree", error))
    goto out;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      g_autofree char *name = NULL;
      gboolean done = FALSE;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        goto out;
      if (key == NULL)
        break;
      name = g_strndup (key, length);

      for (guint k = 0; k < G_N_ELEMENTS (counted) && !done; k++)
        if (strcmp (name, counted[k]) == 0)
          {
            done = TRUE;
            if (!claim (&seen, k, key, length, error))
              goto out;
            if (k == 4 || k == 5)
              {
                /* default_left 0 or 1; split_type 0, a numerical split. */
                if (!read_int_array (check, name, NULL, 0, k == 4 ? 1 : 0, &tree.lengths[k], error))
                  goto out;
              }
            else if (!read_number_array (check, name, &tree.lengths[k], error))
              goto out;
          }
      for (guint k = 0; k < G_N_ELEMENTS (categorical) && !done; k++)
        if (strcmp (name, categorical[k]) == 0)
          {
            done = TRUE;
            if (!claim (&seen, 6 + k, key, length, error) ||
                !read_empty_array (check, name, "categorical splits", error))
              goto out;
          }
      if (done)
        continue;

      if (strcmp (name, "left_children") == 0 || strcmp (name, "right_children") == 0)
        {
          gboolean is_left = name[0] == 'l';

          if (!claim (&seen, is_left ? 10 : 11, key, length, error) ||
              !read_int_array (check, name, is_left ? tree.left : tree.right,
                               G_MININT32, G_MAXINT32, &count[is_left ? 0 : 1], error))
            goto out;
        }
      else if (strcmp (name, "parents") == 0)
        {
          if (!claim (&seen, 12, key, length, error) ||
              !read_int_array (check, name, tree.parents, G_MININT32, ROOT_PARENT, &count[2], error))
            goto out;
        }
      else if (strcmp (name, "split_indices") == 0)
        {
          if (!claim (&seen, 13, key, length, error) ||
              !read_int_array (check, name, tree.split_indices, 0, G_MAXINT32, &count[3], error))
            goto out;
        }
      else if (strcmp (name, "id") == 0)
        {
          const char *lexeme;
          gsize lexeme_length;
          double id;

          if (!claim (&seen, 14, key, length, error))
            goto out;
          if (_golf_json_reader_peek (&check->reader) != GOLF_JSON_NUMBER)
            {
              fail (error, "a tree's \"id\" is not a number");
              goto out;
            }
          if (!_golf_json_reader_read_number (&check->reader, &id, &lexeme, &lexeme_length, error))
            goto out;
          if (!(id >= 0 && id < MAX_TREES) || id != floor (id) ||
              memchr (lexeme, '.', lexeme_length) != NULL || memchr (lexeme, 'e', lexeme_length) != NULL ||
              memchr (lexeme, 'E', lexeme_length) != NULL)
            {
              fail (error, "tree %u has the id %.*s", index, (int)MIN (lexeme_length, 32), lexeme);
              goto out;
            }
          tree.id = (gint64)id;
        }
      else if (strcmp (name, "tree_param") == 0)
        {
          if (!claim (&seen, 15, key, length, error) || !read_tree_param (check, &tree, error))
            goto out;
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        goto out;
    }

  if (seen != 0xffff)
    {
      fail (error, "tree %u is incomplete", index);
      goto out;
    }
  for (guint k = 0; k < G_N_ELEMENTS (counted); k++)
    if (tree.lengths[k] != tree.num_nodes)
      {
        fail (error, "tree %u has %" G_GINT64_FORMAT " nodes but %" G_GINT64_FORMAT " \"%s\"",
              index, tree.num_nodes, tree.lengths[k], counted[k]);
        goto out;
      }
  for (guint k = 0; k < G_N_ELEMENTS (count); k++)
    if (count[k] != tree.num_nodes)
      {
        fail (error, "tree %u has %" G_GINT64_FORMAT " nodes but %" G_GINT64_FORMAT " %s",
              index, tree.num_nodes, count[k],
              (const char *[]) { "left children", "right children", "parents", "split indices" }[k]);
        goto out;
      }
  if (!check_tree_structure (check, &tree, index, error))
    goto out;

  g_array_append_val (check->tree_ids, tree.id);
  g_array_append_val (check->tree_features, tree.num_feature);
  ok = TRUE;

out:
  g_array_unref (tree.left);
  g_array_unref (tree.right);
  g_array_unref (tree.parents);
  g_array_unref (tree.split_indices);
  return ok;
}

static gboolean
read_trees (Check   *check,
            GError **error)
{
  gboolean has_next;

  if (!expect (check, GOLF_JSON_ARRAY, "\"trees\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      if (!_golf_json_reader_array_next (&check->reader, i, &has_next, error))
        return FALSE;
      if (!has_next)
        return TRUE;
      if (i >= MAX_TREES)
        return fail (error, "it has more than %d trees", MAX_TREES);
      if (!read_tree (check, i, error))
        return FALSE;
      check->n_trees++;
    }
}

static gboolean
read_gbtree_param (Check   *check,
                   GError **error)
{
  guint seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "\"gbtree_model_param\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      gint64 value;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "num_trees"))
        {
          if (!claim (&seen, 0, key, length, error) ||
              !read_param_int (check, "num_trees", &check->num_trees, error))
            return FALSE;
          if (check->num_trees < 0 || check->num_trees > MAX_TREES)
            return fail (error, "it claims %" G_GINT64_FORMAT " trees", check->num_trees);
        }
      else if (KEY_IS (key, length, "num_parallel_tree") || KEY_IS (key, length, "size_leaf_vector"))
        {
          gboolean parallel = key[0] == 'n';

          if (!claim (&seen, parallel ? 1 : 2, key, length, error) ||
              !read_param_int (check, parallel ? "num_parallel_tree" : "size_leaf_vector", &value, error))
            return FALSE;
          if (value != (parallel ? 1 : 0))
            return fail (error, "its \"%s\" is %" G_GINT64_FORMAT ", which Golf Lab models never have",
                         parallel ? "num_parallel_tree" : "size_leaf_vector", value);
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if (!(seen & 1))
    return fail (error, "it does not say how many trees it has");
  return TRUE;
}

static gboolean
read_gbtree_model (Check   *check,
                   GError **error)
{
  guint seen = 0;
  gint64 n_info = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "the booster's \"model\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "gbtree_model_param"))
        {
          if (!claim (&seen, 0, key, length, error) || !read_gbtree_param (check, error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "tree_info"))
        {
          /* One output group: every tree adds to output 0. */
          if (!claim (&seen, 1, key, length, error) ||
              !read_int_array (check, "tree_info", NULL, 0, 0, &n_info, error))
            return FALSE;
          check->n_tree_info = n_info;
        }
      else if (KEY_IS (key, length, "trees"))
        {
          if (!claim (&seen, 2, key, length, error) || !read_trees (check, error))
            return FALSE;
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if (seen != 0x7)
    return fail (error, "its booster lacks \"%s\"",
                 !(seen & 1) ? "gbtree_model_param" : !(seen & 2) ? "tree_info" : "trees");
  return TRUE;
}

static gboolean
read_booster (Check   *check,
              GError **error)
{
  guint seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "\"gradient_booster\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "name"))
        {
          if (!claim (&seen, 0, key, length, error) ||
              !read_param_text (check, "booster", "gbtree", error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "model"))
        {
          if (!claim (&seen, 1, key, length, error) || !read_gbtree_model (check, error))
            return FALSE;
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if (seen != 0x3)
    return fail (error, "its \"gradient_booster\" is incomplete");
  return TRUE;
}

static gboolean
read_learner_param (Check   *check,
                    GError **error)
{
  guint seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "\"learner_model_param\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      gint64 value;
      double base_score;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "base_score"))
        {
          if (!claim (&seen, 0, key, length, error) ||
              !read_param_double (check, "base_score", &base_score, error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "num_feature"))
        {
          if (!claim (&seen, 1, key, length, error) ||
              !read_param_int (check, "num_feature", &check->num_feature, error))
            return FALSE;
          if (check->num_feature < 1 || check->num_feature > GOLF_MODEL_MAX_FEATURES)
            return fail (error, "it takes %" G_GINT64_FORMAT " inputs", check->num_feature);
        }
      else if (KEY_IS (key, length, "num_class") || KEY_IS (key, length, "num_target"))
        {
          gboolean is_class = key[4] == 'c';

          if (!claim (&seen, is_class ? 2 : 3, key, length, error) ||
              !read_param_int (check, is_class ? "num_class" : "num_target", &value, error))
            return FALSE;
          if (value != (is_class ? 0 : 1))
            return fail (error, "it predicts %" G_GINT64_FORMAT " %s; Golf Lab models predict one "
                         "distance", value, is_class ? "classes" : "targets");
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if ((seen & 0x3) != 0x3)
    return fail (error, "its \"learner_model_param\" lacks \"%s\"",
                 !(seen & 1) ? "base_score" : "num_feature");
  return TRUE;
}

static gboolean
read_objective (Check   *check,
                GError **error)
{
  guint seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "\"objective\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "name"))
        {
          if (!claim (&seen, 0, key, length, error) ||
              !read_param_text (check, "objective", "reg:squarederror", error))
            return FALSE;
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if (seen != 0x1)
    return fail (error, "its \"objective\" has no name");
  return TRUE;
}

static gboolean
read_learner (Check   *check,
              GError **error)
{
  guint seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "\"learner\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "gradient_booster"))
        {
          if (!claim (&seen, 0, key, length, error) || !read_booster (check, error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "learner_model_param"))
        {
          if (!claim (&seen, 1, key, length, error) || !read_learner_param (check, error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "objective"))
        {
          if (!claim (&seen, 2, key, length, error) || !read_objective (check, error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "feature_names") || KEY_IS (key, length, "feature_types"))
        {
          g_autofree char *name = g_strndup (key, length);

          if (!claim (&seen, name[8] == 'n' ? 3 : 4, key, length, error) ||
              !read_empty_array (check, name, "named or typed inputs", error))
            return FALSE;
        }
      else if (KEY_IS (key, length, "attributes"))
        {
          if (!claim (&seen, 5, key, length, error) ||
              !expect (check, GOLF_JSON_OBJECT, "\"attributes\"", error) ||
              !_golf_json_reader_skip (&check->reader, error))
            return FALSE;
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if ((seen & 0x7) != 0x7)
    return fail (error, "its \"learner\" lacks \"%s\"",
                 !(seen & 1) ? "gradient_booster" : !(seen & 2) ? "learner_model_param" : "objective");
  return TRUE;
}

static gboolean
read_root (Check   *check,
           GError **error)
{
  guint seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, "the file", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      if (KEY_IS (key, length, "learner"))
        {
          if (!claim (&seen, 0, key, length, error) || !read_learner (check, error))
            return FALSE;
        }
      else if (!_golf_json_reader_skip (&check->reader, error))
        return FALSE;
    }
  if (!_golf_json_reader_expect_end (&check->reader, error))
    return FALSE;
  if (seen != 0x1)
    return fail (error, "it has no \"learner\"");
  return TRUE;
}

/* What can only be checked once everything is read. */
static gboolean
check_counts (Check   *check,
              GError **error)
{
  g_autofree guint8 *taken = NULL;

  if (check->num_trees != check->n_trees)
    return fail (error, "it claims %" G_GINT64_FORMAT " trees but holds %u", check->num_trees,
                 check->n_trees);
  if (check->n_tree_info != check->n_trees)
    return fail (error, "its \"tree_info\" has %u entries for %u trees", check->n_tree_info,
                 check->n_trees);

  taken = g_new0 (guint8, MAX (check->n_trees, 1));
  for (guint i = 0; i < check->tree_ids->len; i++)
    {
      gint64 id = g_array_index (check->tree_ids, gint64, i);

      if (id >= check->n_trees || taken[id])
        return fail (error, "tree %u has the id %" G_GINT64_FORMAT " (ids must be 0 to %u, once each)",
                     i, id, check->n_trees - 1);
      taken[id] = TRUE;
    }
  for (guint i = 0; i < check->tree_features->len; i++)
    if (g_array_index (check->tree_features, gint64, i) != check->num_feature)
      return fail (error, "tree %u takes %" G_GINT64_FORMAT " inputs, the model %" G_GINT64_FORMAT,
                   i, g_array_index (check->tree_features, gint64, i), check->num_feature);
  if (check->max_split_index >= check->num_feature)
    return fail (error, "a tree splits on input %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT,
                 check->max_split_index + 1, check->num_feature);
  return TRUE;
}

/**
 * _golf_model_xgboost_check:
 * @data: an XGBoost model file (its JSON form)
 * @length: its length
 * @n_features: (out): how many inputs it takes
 * @error: return location for a #GError
 *
 * Checks that @data is a model XGBoost can load and predict with safely:
 * see the top of this file. It needs no XGBoost, and reads @data once.
 *
 * Returns: %FALSE with %GOLF_MODEL_ERROR_CORRUPT and what is wrong
 */
gboolean
_golf_model_xgboost_check (const char  *data,
                           gsize        length,
                           guint       *n_features,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  Check check = { 0 };
  gboolean ok;

  check.num_feature = -1;
  check.num_trees = -1;
  check.max_split_index = -1;
  check.tree_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  check.tree_features = g_array_new (FALSE, FALSE, sizeof (gint64));
  _golf_json_reader_init (&check.reader, data, length);

  ok = read_root (&check, &local_error) && check_counts (&check, &local_error);

  _golf_json_reader_clear (&check.reader);
  g_array_unref (check.tree_ids);
  g_array_unref (check.tree_features);

  if (!ok)
    {
      if (local_error->domain == GOLF_MODEL_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, GOLF_MODEL_ERROR, GOLF_MODEL_ERROR_CORRUPT, "not valid JSON: %s",
                     local_error->message);
      return FALSE;
    }
  *n_features = check.num_feature;
  return TRUE;
}
