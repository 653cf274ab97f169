/* golf-uneekor-client.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "golf-import"

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "golf-import-report-private.h"
#include "golf-import-util-private.h"
#include "golf-uneekor-client.h"
#include "golf-uneekor-report-private.h"

#define USER_AGENT "GolfLab/" PACKAGE_VERSION
#define N_ATTEMPTS 3
#define DEFAULT_TIMEOUT_MS (30 * 1000)
#define DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (64) * 1024 * 1024)
#define DEFAULT_FIRST_RETRY_MS 1000
#define DEFAULT_MAX_RETRY_AFTER_MS (30 * 1000)
#define READ_CHUNK (64 * 1024)

/* Not named by libsoup 3.2. */
#define STATUS_TOO_MANY_REQUESTS 429

struct _GolfUneekorClient
{
  GObject      parent_instance;
  SoupSession *session;
  char        *base_url;
  guint        timeout_ms;
  guint64      max_size;
  guint        first_retry_ms;
  guint        max_retry_after_ms;
};

G_DEFINE_FINAL_TYPE (GolfUneekorClient, golf_uneekor_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_URL,
  PROP_TIMEOUT,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
golf_uneekor_client_finalize (GObject *object)
{
  GolfUneekorClient *self = (GolfUneekorClient *)object;

  g_clear_object (&self->session);
  g_free (self->base_url);

  G_OBJECT_CLASS (golf_uneekor_client_parent_class)->finalize (object);
}

static void
golf_uneekor_client_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GolfUneekorClient *self = GOLF_UNEEKOR_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, golf_uneekor_client_get_base_url (self));
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, golf_uneekor_client_get_timeout (self));
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, golf_uneekor_client_get_max_size (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
golf_uneekor_client_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  GolfUneekorClient *self = GOLF_UNEEKOR_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      self->base_url = g_value_dup_string (value);
      break;
    case PROP_TIMEOUT:
      golf_uneekor_client_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MAX_SIZE:
      golf_uneekor_client_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The environment wins over what the caller was configured with, so tests
 * and mirrors can point any program at another server. */
static char *
choose_base_url (const char *configured)
{
  const char *from_env = g_getenv ("GOLF_LAB_UNEEKOR_API");
  const char *chosen = GOLF_UNEEKOR_DEFAULT_API;
  gsize length;

  if (from_env != NULL && *from_env != '\0')
    chosen = from_env;
  else if (configured != NULL && *configured != '\0')
    chosen = configured;

  length = strlen (chosen);
  while (length > 0 && chosen[length - 1] == '/')
    length--;

  return g_strndup (chosen, length);
}

static void
golf_uneekor_client_constructed (GObject *object)
{
  GolfUneekorClient *self = GOLF_UNEEKOR_CLIENT (object);
  g_autofree char *configured = g_steal_pointer (&self->base_url);

  G_OBJECT_CLASS (golf_uneekor_client_parent_class)->constructed (object);

  self->base_url = choose_base_url (configured);
}

static void
golf_uneekor_client_class_init (GolfUneekorClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = golf_uneekor_client_finalize;
  object_class->constructed = golf_uneekor_client_constructed;
  object_class->get_property = golf_uneekor_client_get_property;
  object_class->set_property = golf_uneekor_client_set_property;

  /**
   * GolfUneekorClient:base-url:
   *
   * Where reports are fetched from: `{base-url}/{id}/{key}`. Given at
   * construction (%NULL or empty for the default); the environment variable
   * `GOLF_LAB_UNEEKOR_API`, when set, wins.
   */
  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfUneekorClient:timeout:
   *
   * How long, in milliseconds, the server may stay silent (while connecting,
   * before answering or between parts of the answer) before an attempt is
   * given up.
   */
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, G_MAXUINT, DEFAULT_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GolfUneekorClient:max-size:
   *
   * The largest answer accepted, in bytes (64 MB; a report is a few MB).
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL, 1, G_MAXUINT64, DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
golf_uneekor_client_init (GolfUneekorClient *self)
{
  self->session = soup_session_new_with_options ("user-agent", USER_AGENT, NULL);
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->max_size = DEFAULT_MAX_SIZE;
  self->first_retry_ms = DEFAULT_FIRST_RETRY_MS;
  self->max_retry_after_ms = DEFAULT_MAX_RETRY_AFTER_MS;
}

/**
 * golf_uneekor_client_new:
 * @base_url: (nullable): where to fetch reports from, for example the
 *   app's `uneekor-api` setting; %NULL or empty for
 *   %GOLF_UNEEKOR_DEFAULT_API. The environment variable
 *   `GOLF_LAB_UNEEKOR_API` wins over it.
 *
 * One client holds one HTTP session (user agent `GolfLab/<version>`); keep
 * it for every report a program fetches.
 *
 * Returns: (transfer full): a new client
 */
GolfUneekorClient *
golf_uneekor_client_new (const char *base_url)
{
  return g_object_new (GOLF_TYPE_UNEEKOR_CLIENT, "base-url", base_url, NULL);
}

/**
 * golf_uneekor_client_get_base_url:
 * @self: a #GolfUneekorClient
 *
 * Returns: the base URL in use, without a trailing slash
 */
const char *
golf_uneekor_client_get_base_url (GolfUneekorClient *self)
{
  g_return_val_if_fail (GOLF_IS_UNEEKOR_CLIENT (self), NULL);
  return self->base_url;
}

/**
 * golf_uneekor_client_get_timeout:
 * @self: a #GolfUneekorClient
 *
 * Returns: the #GolfUneekorClient:timeout in milliseconds
 */
guint
golf_uneekor_client_get_timeout (GolfUneekorClient *self)
{
  g_return_val_if_fail (GOLF_IS_UNEEKOR_CLIENT (self), 0);
  return self->timeout_ms;
}

/**
 * golf_uneekor_client_set_timeout:
 * @self: a #GolfUneekorClient
 * @timeout_ms: how long the server may stay silent, in milliseconds
 */
void
golf_uneekor_client_set_timeout (GolfUneekorClient *self,
                                 guint              timeout_ms)
{
  g_return_if_fail (GOLF_IS_UNEEKOR_CLIENT (self));
  g_return_if_fail (timeout_ms > 0);

  if (self->timeout_ms == timeout_ms)
    return;

  self->timeout_ms = timeout_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

/**
 * golf_uneekor_client_get_max_size:
 * @self: a #GolfUneekorClient
 *
 * Returns: the largest answer accepted, in bytes
 */
guint64
golf_uneekor_client_get_max_size (GolfUneekorClient *self)
{
  g_return_val_if_fail (GOLF_IS_UNEEKOR_CLIENT (self), 0);
  return self->max_size;
}

/**
 * golf_uneekor_client_set_max_size:
 * @self: a #GolfUneekorClient
 * @max_size: the largest answer to accept, in bytes
 */
void
golf_uneekor_client_set_max_size (GolfUneekorClient *self,
                                  guint64            max_size)
{
  g_return_if_fail (GOLF_IS_UNEEKOR_CLIENT (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

/**
 * golf_uneekor_client_set_retry_delays:
 * @self: a #GolfUneekorClient
 * @first_ms: the wait before the second attempt (doubled before the third)
 * @max_retry_after_ms: the longest wait a server's `Retry-After` can ask for
 *
 * Defaults: 1 s and 30 s. Tests make them short.
 */
void
golf_uneekor_client_set_retry_delays (GolfUneekorClient *self,
                                      guint              first_ms,
                                      guint              max_retry_after_ms)
{
  g_return_if_fail (GOLF_IS_UNEEKOR_CLIENT (self));

  self->first_retry_ms = first_ms;
  self->max_retry_after_ms = max_retry_after_ms;
}

/* Fetching --------------------------------------------------------------- */

typedef struct
{
  GolfUneekorClient      *client;
  char                   *report_id;
  char                   *url;
  GMainContext           *context;
  GCancellable           *cancellable;       /* the caller's */
  GCancellable           *attempt;           /* cancels the attempt in flight */
  gulong                  cancelled_id;
  GSource                *timer;
  GSource                *wait;
  GSource                *wait_cancelled;
  SoupMessage            *message;
  GInputStream           *stream;
  GByteArray             *body;
  goffset                 expected;
  guint                   n_attempts;
  gboolean                timed_out;
  GolfImportError         last_code;
  char                   *last_problem;
  GolfImportProgressFunc  progress;
  gpointer                progress_data;
} Fetch;

static void
destroy_source (GSource **source)
{
  if (*source == NULL)
    return;
  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static void
fetch_free (gpointer data)
{
  Fetch *fetch = data;

  destroy_source (&fetch->timer);
  destroy_source (&fetch->wait);
  destroy_source (&fetch->wait_cancelled);
  if (fetch->cancellable != NULL)
    g_cancellable_disconnect (fetch->cancellable, fetch->cancelled_id);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->attempt);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_clear_pointer (&fetch->context, g_main_context_unref);
  g_free (fetch->report_id);
  g_free (fetch->url);
  g_free (fetch->last_problem);
  g_free (fetch);
}

static void
on_caller_cancelled (GCancellable *cancellable,
                     gpointer      user_data)
{
  /* Any thread: cancelling a GCancellable is thread-safe. */
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void start_attempt (GTask *task);

static gboolean
return_cancelled (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->cancellable == NULL || !g_cancellable_is_cancelled (fetch->cancellable))
    return FALSE;

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The download of report %s was cancelled; nothing was saved"),
                           fetch->report_id);
  g_object_unref (task);
  return TRUE;
}

static void
fail (GTask           *task,
      GolfImportError  code,
      const char      *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
fail (GTask           *task,
      GolfImportError  code,
      const char      *format,
      ...)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *message = NULL;
  va_list args;

  destroy_source (&fetch->timer);
  if (return_cancelled (task))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_task_return_new_error (task, GOLF_IMPORT_ERROR, code, "%s", message);
  g_object_unref (task);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->timed_out = TRUE;
  g_clear_pointer (&fetch->timer, g_source_unref);
  g_cancellable_cancel (fetch->attempt);

  return G_SOURCE_REMOVE;
}

/* (Re)starts the silence timer: called whenever the server says something. */
static void
arm_timer (Fetch *fetch)
{
  destroy_source (&fetch->timer);
  fetch->timer = g_timeout_source_new (fetch->client->timeout_ms);
  g_source_set_callback (fetch->timer, on_timeout_cb, fetch, NULL);
  g_source_attach (fetch->timer, fetch->context);
}

static gboolean
on_wait_over_cb (gpointer user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);

  g_clear_pointer (&fetch->wait, g_source_unref);
  destroy_source (&fetch->wait_cancelled);
  start_attempt (task);

  return G_SOURCE_REMOVE;
}

static gboolean
on_wait_cancelled_cb (GCancellable *cancellable,
                      gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);

  g_clear_pointer (&fetch->wait_cancelled, g_source_unref);
  destroy_source (&fetch->wait);
  return_cancelled (task);

  return G_SOURCE_REMOVE;
}

/* After a failed attempt: wait, then try again, or give up after the last. */
static void
retry (GTask *task,
       guint  delay_ms)
{
  Fetch *fetch = g_task_get_task_data (task);

  destroy_source (&fetch->timer);
  g_clear_object (&fetch->stream);
  g_clear_object (&fetch->message);

  if (return_cancelled (task))
    return;

  if (fetch->n_attempts >= N_ATTEMPTS)
    {
      fail (task, fetch->last_code,
            g_dngettext (GETTEXT_PACKAGE, "Could not fetch Uneekor report %s (tried %u time): %s",
                         "Could not fetch Uneekor report %s (tried %u times): %s", fetch->n_attempts),
            fetch->report_id, fetch->n_attempts, fetch->last_problem);
      return;
    }

  g_debug ("Report %s: attempt %u failed (%s); next in %u ms",
           fetch->report_id, fetch->n_attempts, fetch->last_problem, delay_ms);

  fetch->wait = g_timeout_source_new (delay_ms);
  g_source_set_callback (fetch->wait, on_wait_over_cb, task, NULL);
  g_source_attach (fetch->wait, fetch->context);

  if (fetch->cancellable != NULL)
    {
      fetch->wait_cancelled = g_cancellable_source_new (fetch->cancellable);
      g_source_set_callback (fetch->wait_cancelled, G_SOURCE_FUNC (on_wait_cancelled_cb), task, NULL);
      g_source_attach (fetch->wait_cancelled, fetch->context);
    }
}

/* Growing back-off: the first delay, then twice it. */
static guint
backoff_ms (Fetch *fetch)
{
  guint delay = fetch->client->first_retry_ms;

  for (guint i = 1; i < fetch->n_attempts; i++)
    delay = delay > G_MAXUINT / 2 ? G_MAXUINT : delay * 2;

  return delay;
}

static void
set_problem (Fetch           *fetch,
             GolfImportError  code,
             char            *problem)
{
  g_free (fetch->last_problem);
  fetch->last_problem = problem;
  fetch->last_code = code;
}

static void
retry_after_transport_error (GTask  *task,
                             GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->timed_out)
    set_problem (fetch, GOLF_IMPORT_ERROR_TIMEOUT,
                 g_strdup_printf (_("the server did not answer within %.3g s; "
                                    "check the connection and try again later"),
                                  fetch->client->timeout_ms / 1000.0));
  else
    set_problem (fetch, GOLF_IMPORT_ERROR_NETWORK,
                 g_strdup_printf (_("%s; check the connection and try again later"), error->message));

  retry (task, backoff_ms (fetch));
}

/* Retry-After: seconds, or an HTTP date; capped. Returns FALSE without one. */
static gboolean
parse_retry_after (Fetch *fetch,
                   guint *delay_ms)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  guint64 wait_ms;

  if (value == NULL)
    return FALSE;

  while (g_ascii_isspace (*value))
    value++;

  if (g_ascii_isdigit (*value))
    {
      guint64 seconds = g_ascii_strtoull (value, NULL, 10);

      wait_ms = seconds > G_MAXUINT64 / 1000 ? G_MAXUINT64 : seconds * 1000;
    }
  else
    {
      g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      GTimeSpan span;

      if (when == NULL)
        return FALSE;
      span = g_date_time_difference (when, now);
      wait_ms = span > 0 ? (guint64) span / 1000 : 0;
    }

  *delay_ms = MIN (wait_ms, fetch->client->max_retry_after_ms);
  return TRUE;
}

/* "HTTP 429 Too Many Requests": what the status means, whatever the
 * server wrote beside it. */
static char *
describe_status (guint status)
{
  const char *phrase = status == STATUS_TOO_MANY_REQUESTS ? "Too Many Requests"
                                                          : soup_status_get_phrase (status);

  return g_strdup_printf ("HTTP %u %s", status, phrase ? phrase : "");
}

static void
retry_after_status (GTask *task,
                    guint  status)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *described = describe_status (status);
  guint delay;

  if (status == STATUS_TOO_MANY_REQUESTS)
    set_problem (fetch, GOLF_IMPORT_ERROR_NETWORK,
                 g_strdup_printf (_("the server is busy (%s); try again in a few minutes"), described));
  else
    set_problem (fetch, GOLF_IMPORT_ERROR_NETWORK,
                 g_strdup_printf (_("the server had a problem (%s); try again later"), described));

  if (!parse_retry_after (fetch, &delay))
    delay = backoff_ms (fetch);

  retry (task, delay);
}

/* The whole body is here: is it JSON at all? */
static void
finish_body (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  const guchar *p = fetch->body->data;
  const guchar *end = p + fetch->body->len;

  destroy_source (&fetch->timer);

  if (fetch->body->len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (p == end)
    {
      fail (task, GOLF_IMPORT_ERROR_NOT_A_REPORT,
            _("Uneekor's server sent an empty answer for report %s; try again later"),
            fetch->report_id);
      return;
    }
  if (*p == '<')
    {
      fail (task, GOLF_IMPORT_ERROR_NOT_A_REPORT,
            _("Uneekor's server sent a web page instead of report %s (is a network login page "
              "in the way?); open the link in a browser, then try again"), fetch->report_id);
      return;
    }
  if (*p != '[' && *p != '{')
    {
      fail (task, GOLF_IMPORT_ERROR_NOT_A_REPORT,
            _("Uneekor's server sent something other than a report for report %s; try again later"),
            fetch->report_id);
      return;
    }

  g_task_return_pointer (task, g_byte_array_free_to_bytes (g_steal_pointer (&fetch->body)),
                         (GDestroyNotify) g_bytes_unref);
  g_object_unref (task);
}

static void
fail_too_large (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *limit = g_format_size_full (fetch->client->max_size, G_FORMAT_SIZE_IEC_UNITS);

  fail (task, GOLF_IMPORT_ERROR_TOO_LARGE,
        _("Report %s is larger than %s, far more than any Uneekor report; "
          "check the link, nothing was saved"), fetch->report_id, limit);
}

static void read_next (GTask *task);

static void
on_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL)
    {
      retry_after_transport_error (task, error);
      return;
    }

  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      finish_body (task);
      return;
    }

  if (fetch->body->len + size > fetch->client->max_size)
    {
      fail_too_large (task);
      return;
    }

  g_byte_array_append (fetch->body, g_bytes_get_data (bytes, NULL), size);
  arm_timer (fetch);

  if (fetch->progress != NULL)
    fetch->progress (GOLF_IMPORT_STAGE_DOWNLOADING, fetch->body->len,
                     fetch->expected > 0 ? (guint64) fetch->expected : 0, fetch->progress_data);

  read_next (task);
}

static void
read_next (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (fetch->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   fetch->attempt, on_read_cb, task);
}

static void
start_body (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  const char *content_type = soup_message_headers_get_content_type (headers, NULL);

  fetch->expected = -1;
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    fetch->expected = soup_message_headers_get_content_length (headers);

  if (fetch->expected > 0 && (guint64) fetch->expected > fetch->client->max_size)
    {
      fail_too_large (task);
      return;
    }
  if (content_type != NULL && g_ascii_strcasecmp (content_type, "text/html") == 0)
    {
      fail (task, GOLF_IMPORT_ERROR_NOT_A_REPORT,
            _("Uneekor's server sent a web page instead of report %s (is a network login page "
              "in the way?); open the link in a browser, then try again"), fetch->report_id);
      return;
    }

  g_clear_pointer (&fetch->body, g_byte_array_unref);
  fetch->body = g_byte_array_sized_new (fetch->expected > 0 ? (guint) MIN (fetch->expected, 64 << 20)
                                                            : READ_CHUNK);
  read_next (task);
}

static void
on_sent_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  guint status;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (fetch->stream == NULL)
    {
      retry_after_transport_error (task, error);
      return;
    }

  arm_timer (fetch);
  status = soup_message_get_status (fetch->message);
  described = describe_status (status);

  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    start_body (task);
  else if (status == STATUS_TOO_MANY_REQUESTS || SOUP_STATUS_IS_SERVER_ERROR (status))
    retry_after_status (task, status);
  else if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE)
    fail (task, GOLF_IMPORT_ERROR_NOT_FOUND,
          _("Uneekor has no report %s with this key (HTTP %u): the report does not exist or "
            "the key is wrong; copy the whole link from the Uneekor portal"), fetch->report_id, status);
  else if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    fail (task, GOLF_IMPORT_ERROR_DENIED,
          _("Uneekor did not accept the key of report %s (%s): the key is not "
            "accepted; copy the whole link from the Uneekor portal"), fetch->report_id, described);
  else
    fail (task, GOLF_IMPORT_ERROR_NETWORK,
          _("Uneekor's server refused report %s (%s); check the link and try again"),
          fetch->report_id, described);
}

static void
start_attempt (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (return_cancelled (task))
    return;

  fetch->n_attempts++;
  fetch->timed_out = FALSE;
  g_cancellable_reset (fetch->attempt);

  g_clear_object (&fetch->message);
  fetch->message = soup_message_new (SOUP_METHOD_GET, fetch->url);
  if (fetch->message == NULL)
    {
      fail (task, GOLF_IMPORT_ERROR_INVALID_ARGUMENT,
            _("“%s” is not a web address reports can be fetched from; "
              "check GOLF_LAB_UNEEKOR_API or the uneekor-api setting"), fetch->client->base_url);
      return;
    }
  soup_message_headers_replace (soup_message_get_request_headers (fetch->message),
                                "Accept", "application/json");

  arm_timer (fetch);
  soup_session_send_async (fetch->client->session, fetch->message, G_PRIORITY_DEFAULT,
                           fetch->attempt, on_sent_cb, task);
}

/**
 * golf_uneekor_client_fetch_async:
 * @self: a #GolfUneekorClient
 * @link: a report link (see golf_uneekor_link_parse())
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope notified): told the bytes received so far
 *   and the expected size (0 when the server does not say); it must stay
 *   callable until @callback runs
 * @progress_data: data for @progress
 * @callback: called on the thread-default main context of the caller
 * @user_data: data for @callback
 *
 * Fetches `{base}/{id}/{key}`. Answers 429 and 5xx, and transport errors
 * (including a silent server, see #GolfUneekorClient:timeout), are tried
 * again, 3 attempts in all, waiting 1 s then 2 s or what the server's
 * `Retry-After` asks for (at most 30 s). 404 and 401/403 fail at once with
 * a message saying what they mean. An answer over
 * #GolfUneekorClient:max-size, or that is not JSON, is refused.
 */
void
golf_uneekor_client_fetch_async (GolfUneekorClient      *self,
                                 const char             *link,
                                 GCancellable           *cancellable,
                                 GolfImportProgressFunc  progress,
                                 gpointer                progress_data,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *escaped = NULL;
  Fetch *fetch;

  g_return_if_fail (GOLF_IS_UNEEKOR_CLIENT (self));
  g_return_if_fail (link != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, golf_uneekor_client_fetch_async);
  g_task_set_check_cancellable (task, FALSE);

  fetch = g_new0 (Fetch, 1);
  fetch->client = self;
  fetch->context = g_main_context_ref_thread_default ();
  fetch->attempt = g_cancellable_new ();
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  g_task_set_task_data (task, fetch, fetch_free);

  if (!golf_uneekor_link_parse (link, &fetch->report_id, &key, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  escaped = g_uri_escape_string (key, NULL, FALSE);
  fetch->url = g_strdup_printf ("%s/%s/%s", self->base_url, fetch->report_id, escaped);

  if (cancellable != NULL)
    {
      fetch->cancellable = g_object_ref (cancellable);
      fetch->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                   g_object_ref (fetch->attempt), g_object_unref);
    }

  start_attempt (g_steal_pointer (&task));
}

/**
 * golf_uneekor_client_fetch_finish:
 * @self: a #GolfUneekorClient
 * @result: the #GAsyncResult given to the callback
 * @report_id: (out) (optional) (transfer full): the report's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the report's bytes (JSON), or %NULL with
 *   @error set (%G_IO_ERROR_CANCELLED when cancelled)
 */
GBytes *
golf_uneekor_client_fetch_finish (GolfUneekorClient  *self,
                                  GAsyncResult       *result,
                                  char              **report_id,
                                  GError            **error)
{
  Fetch *fetch;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == golf_uneekor_client_fetch_async, NULL);

  fetch = g_task_get_task_data (G_TASK (result));
  if (report_id != NULL)
    *report_id = g_strdup (fetch->report_id);

  return g_task_propagate_pointer (G_TASK (result), error);
}

