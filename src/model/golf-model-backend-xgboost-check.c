/* golf-model-backend-xgboost-check.c: what an XGBoost model file must be before XGBoost reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-model"

#include "config.h"

#include <math.h>
#include <stddef.h>
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
 * input count, finite numbers, tree ids 0..n-1 once each.
 *
 * Each object is read by read_object() from a table of the members it
 * knows; others are skipped, as XGBoost skips them. */

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
  gint64          n_trees;
  gint64          n_tree_info;
  gint64          max_split_index;
  GArray         *tree_ids;          /* gint64 */
  GArray         *tree_features;     /* gint64: each tree's own num_feature */
} Check;

/* One tree, checked once it is all read (its node count comes last). */
typedef struct
{
  GArray  *left;
  GArray  *right;
  GArray  *parents;
  GArray  *split_indices;
  gint64   base_weights, loss_changes, sum_hessian, split_conditions, default_left, split_type;
  gint64   num_nodes;
  gint64   num_feature;
  gint64   id;
} Tree;

typedef struct _Member Member;

/* Reads the value of @member into the object being read, @target. */
typedef gboolean (*ReadFunc) (Check         *check,
                              const Member  *member,
                              gpointer       target,
                              GError       **error);

/* A member an object may have. @offset places what it reads in @target;
 * @min and @max bound numbers, @text is a value it must have, @members
 * the members of an object it holds. */
struct _Member
{
  const char   *name;
  ReadFunc      read;
  gboolean      required;
  gssize        offset;
  gint64        min;
  gint64        max;
  const char   *text;
  const Member *members;
};

#define NO_OFFSET (-1)

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

/* Reads an object with @members; members it does not know are skipped.
 * A member twice is refused: XGBoost would take the last one. */
static gboolean
read_object (Check         *check,
             const char    *what,
             const Member  *members,
             gpointer       target,
             GError       **error)
{
  guint64 seen = 0;

  if (!expect (check, GOLF_JSON_OBJECT, what, error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      const char *key;
      gsize length;
      guint k;

      if (!_golf_json_reader_object_next (&check->reader, i, &key, &length, error))
        return FALSE;
      if (key == NULL)
        break;
      for (k = 0; members[k].name != NULL; k++)
        if (strlen (members[k].name) == length && memcmp (members[k].name, key, length) == 0)
          break;
      if (members[k].name == NULL)
        {
          if (!_golf_json_reader_skip (&check->reader, error))
            return FALSE;
          continue;
        }
      if (seen & (G_GUINT64_CONSTANT (1) << k))
        return fail (error, "\"%s\" appears twice", members[k].name);
      seen |= G_GUINT64_CONSTANT (1) << k;
      if (!members[k].read (check, &members[k], target, error))
        return FALSE;
    }

  for (guint k = 0; members[k].name != NULL; k++)
    if (members[k].required && !(seen & (G_GUINT64_CONSTANT (1) << k)))
      return fail (error, "%s lacks \"%s\"", what, members[k].name);
  return TRUE;
}

static void
store (const Member *member,
       gpointer      target,
       gint64        value)
{
  if (member->offset != NO_OFFSET)
    G_STRUCT_MEMBER (gint64, target, member->offset) = value;
}

/* XGBoost keeps its settings as text, "num_trees": "100": the text into
 * @buffer, nul-terminated. */
static gboolean
read_param (Check         *check,
            const Member  *member,
            char          *buffer,
            gsize          size,
            GError       **error)
{
  const char *str;
  gsize length;

  if (!expect (check, GOLF_JSON_STRING, member->name, error) ||
      !_golf_json_reader_read_string (&check->reader, &str, &length, error))
    return FALSE;
  if (length == 0 || length >= size)
    return fail (error, "\"%s\" is not a number", member->name);
  memcpy (buffer, str, length);
  buffer[length] = '\0';
  return TRUE;
}

static gboolean
read_param_int (Check         *check,
                const Member  *member,
                gpointer       target,
                GError       **error)
{
  char buffer[24];
  gint64 value;

  if (!read_param (check, member, buffer, sizeof buffer, error))
    return FALSE;
  if (!g_ascii_string_to_signed (buffer, 10, G_MININT32, G_MAXINT32, &value, NULL))
    return fail (error, "\"%s\" is not a whole number", member->name);
  if (value < member->min || value > member->max)
    return fail (error, "its \"%s\" is %" G_GINT64_FORMAT "; Golf Lab models have %" G_GINT64_FORMAT
                 " to %" G_GINT64_FORMAT, member->name, value, member->min, member->max);
  store (member, target, value);
  return TRUE;
}

static gboolean
read_param_double (Check         *check,
                   const Member  *member,
                   gpointer       target,
                   GError       **error)
{
  char buffer[64];
  char *end;
  double value;

  if (!read_param (check, member, buffer, sizeof buffer, error))
    return FALSE;
  value = g_ascii_strtod (buffer, &end);
  if (*end != '\0' || !isfinite (value))
    return fail (error, "\"%s\" is %s, not a finite number", member->name, buffer);
  return TRUE;
}

static gboolean
read_param_text (Check         *check,
                 const Member  *member,
                 gpointer       target,
                 GError       **error)
{
  char buffer[64];

  if (!read_param (check, member, buffer, sizeof buffer, error))
    return FALSE;
  if (strcmp (buffer, member->text) != 0)
    return fail (error, "its \"%s\" is “%s”; Golf Lab models are %s", member->name, buffer, member->text);
  return TRUE;
}

/* Moves to the next element of a list of numbers and reads it; FALSE in
 * *@has_next at the end of the list. */
static gboolean
next_number (Check         *check,
             const Member  *member,
             guint          n_read,
             gboolean      *has_next,
             double        *number,
             const char   **lexeme,
             gsize         *length,
             GError       **error)
{
  if (n_read == 0 && !expect (check, GOLF_JSON_ARRAY, member->name, error))
    return FALSE;
  if (!_golf_json_reader_array_next (&check->reader, n_read, has_next, error))
    return FALSE;
  if (!*has_next)
    return TRUE;
  if (_golf_json_reader_peek (&check->reader) != GOLF_JSON_NUMBER)
    return fail (error, "\"%s\" holds something not a number", member->name);
  return _golf_json_reader_read_number (&check->reader, number, lexeme, length, error);
}

/* A list of whole numbers from min to max, counted into @offset when the
 * member has one; kept in the GArray at -@offset - 2 when that is below
 * NO_OFFSET. */
static gboolean
read_int_array (Check         *check,
                const Member  *member,
                gpointer       target,
                GError       **error)
{
  GArray *values = member->offset < NO_OFFSET ? G_STRUCT_MEMBER (GArray *, target, -member->offset - 2) : NULL;
  gint64 count = 0;
  gboolean has_next;

  for (guint i = 0; ; i++)
    {
      const char *lexeme;
      gsize length;
      double number;
      gint64 value;

      if (!next_number (check, member, i, &has_next, &number, &lexeme, &length, error))
        return FALSE;
      if (!has_next)
        break;
      if (memchr (lexeme, '.', length) != NULL || memchr (lexeme, 'e', length) != NULL ||
          memchr (lexeme, 'E', length) != NULL || !(number >= member->min && number <= member->max))
        return fail (error, "\"%s\" holds %.*s, not a whole number from %" G_GINT64_FORMAT
                     " to %" G_GINT64_FORMAT, member->name, (int)MIN (length, 32), lexeme,
                     member->min, member->max);
      value = (gint64)number;
      if (values != NULL)
        g_array_append_val (values, value);
      count++;
    }
  if (values == NULL)
    store (member, target, count);
  return TRUE;
}

/* A list of finite numbers, counted. */
static gboolean
read_number_array (Check         *check,
                   const Member  *member,
                   gpointer       target,
                   GError       **error)
{
  gint64 count = 0;
  gboolean has_next;

  for (guint i = 0; ; i++)
    {
      double number;

      if (!next_number (check, member, i, &has_next, &number, NULL, NULL, error))
        return FALSE;
      if (!has_next)
        break;
      if (!isfinite (number))
        return fail (error, "\"%s\" holds a number out of range", member->name);
      count++;
    }
  store (member, target, count);
  return TRUE;
}

/* A list that must be empty; @text says what its elements would be. */
static gboolean
read_empty_array (Check         *check,
                  const Member  *member,
                  gpointer       target,
                  GError       **error)
{
  gboolean has_next;

  if (!expect (check, GOLF_JSON_ARRAY, member->name, error) ||
      !_golf_json_reader_array_next (&check->reader, 0, &has_next, error))
    return FALSE;
  if (has_next)
    return fail (error, "it has %s (\"%s\"), which Golf Lab models never have", member->text, member->name);
  return TRUE;
}

static gboolean
read_any_object (Check         *check,
                 const Member  *member,
                 gpointer       target,
                 GError       **error)
{
  return expect (check, GOLF_JSON_OBJECT, member->name, error) &&
         _golf_json_reader_skip (&check->reader, error);
}

static gboolean
read_nested (Check         *check,
             const Member  *member,
             gpointer       target,
             GError       **error)
{
  g_autofree char *what = g_strdup_printf ("its \"%s\"", member->name);

  return read_object (check, what, member->members, target, error);
}

static gboolean
read_tree_id (Check         *check,
              const Member  *member,
              gpointer       target,
              GError       **error)
{
  Tree *tree = target;
  const char *lexeme;
  gsize length;
  double id;

  if (_golf_json_reader_peek (&check->reader) != GOLF_JSON_NUMBER)
    return fail (error, "a tree's \"id\" is not a number");
  if (!_golf_json_reader_read_number (&check->reader, &id, &lexeme, &length, error))
    return FALSE;
  if (!(id >= 0 && id < MAX_TREES) || memchr (lexeme, '.', length) != NULL ||
      memchr (lexeme, 'e', length) != NULL || memchr (lexeme, 'E', length) != NULL)
    return fail (error, "tree %" G_GINT64_FORMAT " has the id %.*s", check->n_trees,
                 (int)MIN (length, 32), lexeme);
  tree->id = (gint64)id;
  return TRUE;
}

/* Each node reached from the root exactly once, through children in
 * range; -1 (both children) marks a leaf. */
static gboolean
check_tree_structure (Check      *check,
                      const Tree *tree,
                      gint64      index,
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
    return fail (error, "the root of tree %" G_GINT64_FORMAT " has a parent", index);

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
            return fail (error, "node %" G_GINT64_FORMAT " of tree %" G_GINT64_FORMAT " has one child",
                         node, index);
          continue;
        }
      check->max_split_index = MAX (check->max_split_index, splits[node]);
      for (guint c = 0; c < 2; c++)
        {
          gint64 child = children[c];

          if (child < 0)
            return fail (error, "node %" G_GINT64_FORMAT " of tree %" G_GINT64_FORMAT " has child %"
                         G_GINT64_FORMAT, node, index, child);
          if (child >= n)
            return fail (error, "node %" G_GINT64_FORMAT " of tree %" G_GINT64_FORMAT " has child %"
                         G_GINT64_FORMAT ", beyond its %" G_GINT64_FORMAT " nodes", node, index, child, n);
          if (reached[child])
            return fail (error, "the children of tree %" G_GINT64_FORMAT " form a cycle (node %"
                         G_GINT64_FORMAT " is reached twice)", index, child);
          if (parents[child] != node)
            return fail (error, "node %" G_GINT64_FORMAT " of tree %" G_GINT64_FORMAT
                         " does not name its parent", child, index);
          reached[child] = TRUE;
          stack[depth++] = child;
        }
    }
  if (n_reached != n)
    return fail (error, "tree %" G_GINT64_FORMAT " has nodes its root does not reach", index);
  return TRUE;
}

#define TREE_FIELD(field) ((gssize)G_STRUCT_OFFSET (Tree, field))
/* read_int_array keeps the values in this GArray of the Tree. */
#define TREE_ARRAY(field) (-TREE_FIELD (field) - 2)

static const Member tree_param_members[] = {
  { "num_nodes", read_param_int, TRUE, TREE_FIELD (num_nodes), 1, MAX_NODES },
  { "num_feature", read_param_int, TRUE, TREE_FIELD (num_feature), 0, G_MAXINT32 },
  { "num_deleted", read_param_int, TRUE, NO_OFFSET, 0, 0 },
  { "size_leaf_vector", read_param_int, TRUE, NO_OFFSET, 0, 0 },
  { NULL }
};

static const Member tree_members[] = {
  { "base_weights", read_number_array, TRUE, TREE_FIELD (base_weights) },
  { "loss_changes", read_number_array, TRUE, TREE_FIELD (loss_changes) },
  { "sum_hessian", read_number_array, TRUE, TREE_FIELD (sum_hessian) },
  { "split_conditions", read_number_array, TRUE, TREE_FIELD (split_conditions) },
  /* 0 or 1; split type 0, a numerical split. */
  { "default_left", read_int_array, TRUE, TREE_FIELD (default_left), 0, 1 },
  { "split_type", read_int_array, TRUE, TREE_FIELD (split_type), 0, 0 },
  { "categories", read_empty_array, TRUE, NO_OFFSET, 0, 0, "categorical splits" },
  { "categories_nodes", read_empty_array, TRUE, NO_OFFSET, 0, 0, "categorical splits" },
  { "categories_segments", read_empty_array, TRUE, NO_OFFSET, 0, 0, "categorical splits" },
  { "categories_sizes", read_empty_array, TRUE, NO_OFFSET, 0, 0, "categorical splits" },
  { "left_children", read_int_array, TRUE, TREE_ARRAY (left), G_MININT32, G_MAXINT32 },
  { "right_children", read_int_array, TRUE, TREE_ARRAY (right), G_MININT32, G_MAXINT32 },
  { "parents", read_int_array, TRUE, TREE_ARRAY (parents), G_MININT32, ROOT_PARENT },
  { "split_indices", read_int_array, TRUE, TREE_ARRAY (split_indices), 0, G_MAXINT32 },
  { "id", read_tree_id, TRUE },
  { "tree_param", read_nested, TRUE, NO_OFFSET, 0, 0, NULL, tree_param_members },
  { NULL }
};

static gboolean
check_tree (Check       *check,
            const Tree  *tree,
            GError     **error)
{
  static const struct { const char *what; gsize offset; } lengths[] = {
    { "\"base_weights\"", G_STRUCT_OFFSET (Tree, base_weights) },
    { "\"loss_changes\"", G_STRUCT_OFFSET (Tree, loss_changes) },
    { "\"sum_hessian\"", G_STRUCT_OFFSET (Tree, sum_hessian) },
    { "\"split_conditions\"", G_STRUCT_OFFSET (Tree, split_conditions) },
    { "\"default_left\"", G_STRUCT_OFFSET (Tree, default_left) },
    { "\"split_type\"", G_STRUCT_OFFSET (Tree, split_type) },
  };
  const struct { const char *what; GArray *array; } arrays[] = {
    { "left children", tree->left }, { "right children", tree->right },
    { "parents", tree->parents }, { "split indices", tree->split_indices },
  };

  for (guint k = 0; k < G_N_ELEMENTS (lengths); k++)
    if (G_STRUCT_MEMBER (gint64, tree, lengths[k].offset) != tree->num_nodes)
      return fail (error, "tree %" G_GINT64_FORMAT " has %" G_GINT64_FORMAT " nodes but %" G_GINT64_FORMAT
                   " %s", check->n_trees, tree->num_nodes, G_STRUCT_MEMBER (gint64, tree, lengths[k].offset),
                   lengths[k].what);
  for (guint k = 0; k < G_N_ELEMENTS (arrays); k++)
    if ((gint64)arrays[k].array->len != tree->num_nodes)
      return fail (error, "tree %" G_GINT64_FORMAT " has %" G_GINT64_FORMAT " nodes but %u %s",
                   check->n_trees, tree->num_nodes, arrays[k].array->len, arrays[k].what);
  return check_tree_structure (check, tree, check->n_trees, error);
}

static gboolean
read_trees (Check         *check,
            const Member  *member,
            gpointer       target,
            GError       **error)
{
  gboolean has_next;

  if (!expect (check, GOLF_JSON_ARRAY, "\"trees\"", error))
    return FALSE;
  for (guint i = 0; ; i++)
    {
      g_autofree char *what = g_strdup_printf ("tree %u", i);
      Tree tree = { 0 };
      gboolean ok;

      if (!_golf_json_reader_array_next (&check->reader, i, &has_next, error))
        return FALSE;
      if (!has_next)
        return TRUE;
      if (i >= MAX_TREES)
        return fail (error, "it has more than %d trees", MAX_TREES);

      tree.left = g_array_new (FALSE, FALSE, sizeof (gint64));
      tree.right = g_array_new (FALSE, FALSE, sizeof (gint64));
      tree.parents = g_array_new (FALSE, FALSE, sizeof (gint64));
      tree.split_indices = g_array_new (FALSE, FALSE, sizeof (gint64));
      ok = read_object (check, what, tree_members, &tree, error) && check_tree (check, &tree, error);
      if (ok)
        {
          g_array_append_val (check->tree_ids, tree.id);
          g_array_append_val (check->tree_features, tree.num_feature);
          check->n_trees++;
        }
      g_array_unref (tree.left);
      g_array_unref (tree.right);
      g_array_unref (tree.parents);
      g_array_unref (tree.split_indices);
      if (!ok)
        return FALSE;
    }
}

#define CHECK_FIELD(field) ((gssize)G_STRUCT_OFFSET (Check, field))

static const Member gbtree_param_members[] = {
  { "num_trees", read_param_int, TRUE, CHECK_FIELD (num_trees), 0, MAX_TREES },
  { "num_parallel_tree", read_param_int, FALSE, NO_OFFSET, 1, 1 },
  { "size_leaf_vector", read_param_int, FALSE, NO_OFFSET, 0, 0 },
  { NULL }
};

static const Member gbtree_model_members[] = {
  { "gbtree_model_param", read_nested, TRUE, NO_OFFSET, 0, 0, NULL, gbtree_param_members },
  /* One output group: every tree adds to output 0. */
  { "tree_info", read_int_array, TRUE, CHECK_FIELD (n_tree_info), 0, 0 },
  { "trees", read_trees, TRUE },
  { NULL }
};

static const Member booster_members[] = {
  { "name", read_param_text, TRUE, NO_OFFSET, 0, 0, "gbtree" },
  { "model", read_nested, TRUE, NO_OFFSET, 0, 0, NULL, gbtree_model_members },
  { NULL }
};

static const Member learner_param_members[] = {
  { "base_score", read_param_double, TRUE },
  { "num_feature", read_param_int, TRUE, CHECK_FIELD (num_feature), 1, GOLF_MODEL_MAX_FEATURES },
  /* One distance: no classes, one target. */
  { "num_class", read_param_int, FALSE, NO_OFFSET, 0, 0 },
  { "num_target", read_param_int, FALSE, NO_OFFSET, 1, 1 },
  { NULL }
};

static const Member objective_members[] = {
  { "name", read_param_text, TRUE, NO_OFFSET, 0, 0, "reg:squarederror" },
  { NULL }
};

static const Member learner_members[] = {
  { "gradient_booster", read_nested, TRUE, NO_OFFSET, 0, 0, NULL, booster_members },
  { "learner_model_param", read_nested, TRUE, NO_OFFSET, 0, 0, NULL, learner_param_members },
  { "objective", read_nested, TRUE, NO_OFFSET, 0, 0, NULL, objective_members },
  { "feature_names", read_empty_array, FALSE, NO_OFFSET, 0, 0, "named inputs" },
  { "feature_types", read_empty_array, FALSE, NO_OFFSET, 0, 0, "typed inputs" },
  { "attributes", read_any_object, FALSE },
  { NULL }
};

static const Member root_members[] = {
  { "learner", read_nested, TRUE, NO_OFFSET, 0, 0, NULL, learner_members },
  { NULL }
};

/* What can only be checked once everything is read. */
static gboolean
check_counts (Check   *check,
              GError **error)
{
  g_autofree guint8 *taken = NULL;

  if (check->num_trees != check->n_trees)
    return fail (error, "it claims %" G_GINT64_FORMAT " trees but holds %" G_GINT64_FORMAT,
                 check->num_trees, check->n_trees);
  if (check->n_tree_info != check->n_trees)
    return fail (error, "its \"tree_info\" has %" G_GINT64_FORMAT " entries for %" G_GINT64_FORMAT " trees",
                 check->n_tree_info, check->n_trees);

  taken = g_new0 (guint8, MAX (check->n_trees, 1));
  for (guint i = 0; i < check->tree_ids->len; i++)
    {
      gint64 id = g_array_index (check->tree_ids, gint64, i);

      if (id >= check->n_trees || taken[id])
        return fail (error, "tree %u has the id %" G_GINT64_FORMAT " (ids must be 0 to %" G_GINT64_FORMAT
                     ", once each)", i, id, check->n_trees - 1);
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

  ok = read_object (&check, "the file", root_members, &check, &local_error) &&
       _golf_json_reader_expect_end (&check.reader, &local_error) &&
       check_counts (&check, &local_error);

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
