/* test-uneekor-link.c: Uneekor report links, fetched from a loopback server
 *
 * A SoupServer on 127.0.0.1 (a random port) plays the report API: each
 * test scripts its answers, one per request, and checks what the client
 * asked and what ended up in the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-uneekor-link"

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "golf-import-report.h"
#include "golf-metrics-worker.h"
#include "golf-test-util.h"
#include "golf-uneekor-client.h"

#define REPORT_ID "44478"
#define KEY "Ab3_kz-9"
#define LINK "https://my.uneekor.com/report?id=" REPORT_ID "&key=" KEY
#define NORMAL_SHOTS 12
#define STATUS_429 429

/* What the server does with one request. */
typedef struct
{
  guint       status;
  const char *body;          /* NULL: the good report */
  const char *retry_after;
  const char *content_type;
  gboolean    chunked;
  gboolean    stall;         /* never answer */
  guint       trickle_ms;    /* send the body in 8 parts, this far apart */
} Answer;

typedef struct
{
  GolfTestDir        dir;
  SoupServer        *server;
  char              *base_url;
  GolfStore         *store;
  GolfMetricsWorker *worker;
  GolfUneekorClient *client;
  char              *report;
  gsize              report_length;
  const Answer      *answers;
  guint              n_answers;
  guint              n_requests;
  GPtrArray          *paths;
  GPtrArray          *stalled;
  char               *user_agent;
  gint64             *request_times;
  GArray             *progress;   /* ProgressCall */
  GAsyncResult       *result;
} Fixture;

typedef struct
{
  GolfImportStage stage;
  guint64         done;
  guint64         total;
} ProgressCall;

typedef struct
{
  SoupServerMessage *msg;
  const char        *body;
  gsize              length;
  guint              part;
} Trickle;

#define N_PARTS 8

static gboolean
trickle_cb (gpointer user_data)
{
  Trickle *trickle = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (trickle->msg);
  gsize start = trickle->length * trickle->part / N_PARTS;
  gsize end = trickle->length * (trickle->part + 1) / N_PARTS;

  soup_message_body_append (body, SOUP_MEMORY_COPY, trickle->body + start, end - start);
  if (++trickle->part == N_PARTS)
    soup_message_body_complete (body);
  soup_server_message_unpause (trickle->msg);

  return trickle->part < N_PARTS ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
answer_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fixture *f = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  const Answer *answer;
  const char *body;
  gsize length;

  g_ptr_array_add (f->paths, g_strdup (path));
  g_free (f->user_agent);
  f->user_agent = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                          "User-Agent"));
  f->request_times[MIN (f->n_requests, 9)] = g_get_monotonic_time ();
  answer = &f->answers[MIN (f->n_requests, f->n_answers - 1)];
  f->n_requests++;

  if (answer->stall)
    {
      soup_server_message_pause (msg);
      g_ptr_array_add (f->stalled, g_object_ref (msg));
      return;
    }

  body = answer->body ? answer->body : f->report;
  length = answer->body ? strlen (answer->body) : f->report_length;

  soup_server_message_set_status (msg, answer->status, NULL);
  if (answer->trickle_ms > 0)
    {
      Trickle *trickle = g_new0 (Trickle, 1);

      trickle->msg = msg;
      trickle->body = body;
      trickle->length = length;
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_replace (headers, "Content-Type", "application/json");
      soup_server_message_pause (msg);
      g_timeout_add_full (G_PRIORITY_DEFAULT, answer->trickle_ms, trickle_cb, trickle, g_free);
      return;
    }
  if (answer->retry_after != NULL)
    soup_message_headers_replace (headers, "Retry-After", answer->retry_after);
  if (answer->chunked)
    soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_headers_replace (headers, "Content-Type",
                                answer->content_type ? answer->content_type : "application/json");
  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_COPY, body, length);
  if (answer->chunked)
    soup_message_body_complete (soup_server_message_get_response_body (msg));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "report-44478.json", NULL);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  golf_test_dir_init (&f->dir);
  f->report = golf_test_read_file (path, &f->report_length);
  f->paths = g_ptr_array_new_with_free_func (g_free);
  f->stalled = g_ptr_array_new_with_free_func (g_object_unref);
  f->request_times = g_new0 (gint64, 10);
  f->progress = g_array_new (FALSE, FALSE, sizeof (ProgressCall));

  f->server = soup_server_new (NULL, NULL);
  soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  soup_server_add_handler (f->server, "/api", answer_cb, f, NULL);
  uris = soup_server_get_uris (f->server);
  f->base_url = g_strdup_printf ("http://127.0.0.1:%d/api/v2/report/", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  f->store = golf_test_store_new (f->dir.db_path);
  f->worker = golf_metrics_worker_new (f->store);
  f->client = golf_uneekor_client_new (f->base_url);
  golf_uneekor_client_set_retry_delays (f->client, 20, 200);
  golf_uneekor_client_set_timeout (f->client, 2000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->result);
  g_clear_object (&f->client);
  g_clear_object (&f->worker);
  g_clear_object (&f->store);
  g_ptr_array_unref (f->stalled);
  g_clear_object (&f->server);
  g_ptr_array_unref (f->paths);
  g_array_unref (f->progress);
  g_free (f->request_times);
  g_free (f->user_agent);
  g_free (f->base_url);
  g_free (f->report);
  golf_test_dir_clear (&f->dir);
}

static void
on_progress (GolfImportStage stage,
             guint64         done,
             guint64         total,
             gpointer        user_data)
{
  Fixture *f = user_data;
  ProgressCall call = { stage, done, total };

  g_array_append_val (f->progress, call);
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *f = user_data;

  f->result = g_object_ref (result);
}

static void
wait_for_result (Fixture *f)
{
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* Imports @link with the server answering @answers in turn. */
static GolfImportReport *
import_link (Fixture       *f,
             const char    *link,
             const Answer  *answers,
             guint          n_answers,
             GCancellable  *cancellable,
             GError       **error)
{
  f->answers = answers;
  f->n_answers = n_answers;
  g_clear_object (&f->result);

  golf_uneekor_client_import_async (f->client, f->store, link, NULL, cancellable,
                                    on_progress, f, on_done, f);
  wait_for_result (f);

  return golf_uneekor_client_import_finish (f->client, f->result, error);
}

/* Nothing of a failed import reached the file. */
static void
assert_nothing_written (Fixture *f)
{
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots"), ==, 0);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM sessions"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (golf_store_get_sessions (f->store)), ==, 0);
}

static const Answer good[] = { { SOUP_STATUS_OK } };

static void
test_link_forms (void)
{
  static const char *good_links[] = {
    LINK,
    "  https://my.uneekor.com/report?id=44478&key=Ab3_kz-9  \n",
    "my.uneekor.com/report?id=44478&key=Ab3_kz-9",
    "https://myuneekor.com/report?key=Ab3_kz-9&id=44478",
    "https://my.uneekor.com/power-u-report?id=44478&key=Ab3_kz-9&distance=yard&speed=mph",
    "HTTPS://MY.UNEEKOR.COM/report?id=44478&key=Ab3_kz-9#shots",
  };
  static const struct { const char *link; const char *says; } bad_links[] = {
    { "https://my.uneekor.com/report?key=Ab3", "no id= number" },
    { "https://my.uneekor.com/report?id=&key=Ab3", "no id= number" },
    { "https://my.uneekor.com/report?id=44x78&key=Ab3", "no id= number" },
    { "https://my.uneekor.com/report?id=44478", "no key= part" },
    { "https://my.uneekor.com/report?id=44478&key=", "no key= part" },
    { "https://my.uneekor.com/report", "no id= number" },
    { "https://example.com/report?id=44478&key=Ab3", "not a Uneekor report link" },
    { "https://evil-uneekor.com/report?id=44478&key=Ab3", "not a Uneekor report link" },
    { "https://my.uneekor.com.example.net/report?id=44478&key=Ab3", "not a Uneekor report link" },
    { "", "not a Uneekor report link" },
    { "report-44478.json", "not a Uneekor report link" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good_links); i++)
    {
      g_autofree char *id = NULL, *key = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (golf_uneekor_link_parse (good_links[i], &id, &key, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (id, ==, REPORT_ID);
      g_assert_cmpstr (key, ==, KEY);
      g_assert_true (golf_uneekor_link_looks_like_link (good_links[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_links); i++)
    {
      g_autofree char *id = NULL, *key = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (golf_uneekor_link_parse (bad_links[i].link, &id, &key, &error));
      g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_LINK);
      if (strstr (error->message, bad_links[i].says) == NULL)
        g_error ("“%s”: %s", bad_links[i].link, error->message);
      g_assert_nonnull (strstr (error->message, "copy the whole link from the Uneekor portal"));
    }

  g_assert_false (golf_uneekor_link_looks_like_link ("report-44478.json"));
  g_assert_false (golf_uneekor_link_looks_like_link ("/tmp/my.uneekor.com.csv"));
}

/* Where reports come from: the environment, else the caller's setting,
 * else Uneekor's API. (Runs first: the environment is changed before any
 * thread starts.) */
static void
test_base_url (void)
{
  g_autoptr(GolfUneekorClient) plain = NULL;
  g_autoptr(GolfUneekorClient) configured = NULL;
  g_autoptr(GolfUneekorClient) overridden = NULL;

  plain = golf_uneekor_client_new (NULL);
  g_assert_cmpstr (golf_uneekor_client_get_base_url (plain), ==,
                   "https://api-v2.golfsvc.com/v2/oldmyuneekor/report");
  configured = golf_uneekor_client_new ("https://mirror.example/reports/");
  g_assert_cmpstr (golf_uneekor_client_get_base_url (configured), ==, "https://mirror.example/reports");

  g_setenv ("GOLF_LAB_UNEEKOR_API", "http://127.0.0.1:9/x", TRUE);
  overridden = golf_uneekor_client_new ("https://mirror.example/reports");
  g_assert_cmpstr (golf_uneekor_client_get_base_url (overridden), ==, "http://127.0.0.1:9/x");
  g_unsetenv ("GOLF_LAB_UNEEKOR_API");

  g_assert_cmpuint (golf_uneekor_client_get_max_size (plain), ==, 64 * 1024 * 1024);
  g_assert_cmpuint (golf_uneekor_client_get_timeout (plain), ==, 30000);
}

/* A link that cannot be used fails at once, and nothing is fetched. */
static void
test_bad_link_fetches_nothing (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = import_link (f, "https://my.uneekor.com/report?id=44478", good, 1, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_INVALID_LINK);
  g_assert_cmpstr (error->message, ==,
                   "The report link has no key= part; copy the whole link from the Uneekor portal");
  g_assert_cmpuint (f->n_requests, ==, 0);
  assert_nothing_written (f);
}

static void
test_good_report (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GolfSession *session;
  guint64 last_bytes = 0;
  gboolean stored = FALSE;

  report = import_link (f, "https://my.uneekor.com/power-u-report?id=" REPORT_ID "&key=" KEY
                        "&distance=yard&speed=mph", good, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  /* One request, to {base}/{id}/{key}, as GolfLab/<version>. */
  g_assert_cmpuint (f->n_requests, ==, 1);
  g_assert_cmpstr (f->paths->pdata[0], ==, "/api/v2/report/" REPORT_ID "/" KEY);
  g_assert_cmpstr (f->user_agent, ==, "GolfLab/" PACKAGE_VERSION);

  /* The session is the report's id. */
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, NORMAL_SHOTS);
  g_assert_cmpstr (golf_import_report_get_session_id (report, 0), ==, REPORT_ID);
  session = golf_store_find_session (f->store, REPORT_ID);
  g_assert_nonnull (session);
  g_assert_cmpstr (golf_session_get_date (session), ==, "2024-03-01");
  g_assert_cmpuint (golf_test_count_shots (f->store, REPORT_ID), ==, NORMAL_SHOTS);
  golf_metrics_worker_flush (f->worker);
  g_assert_cmpuint (golf_session_get_shot_count (session), ==, NORMAL_SHOTS);

  /* Progress: bytes received up to the whole report, then shots stored. */
  for (guint i = 0; i < f->progress->len; i++)
    {
      ProgressCall *call = &g_array_index (f->progress, ProgressCall, i);

      if (call->stage == GOLF_IMPORT_STAGE_DOWNLOADING)
        {
          g_assert_false (stored);
          g_assert_cmpuint (call->done, >, last_bytes);
          g_assert_cmpuint (call->total, ==, f->report_length);
          last_bytes = call->done;
        }
      else
        {
          g_assert_cmpint (call->stage, ==, GOLF_IMPORT_STAGE_STORING);
          stored = TRUE;
        }
    }
  g_assert_cmpuint (last_bytes, ==, f->report_length);
  g_assert_true (stored);
  g_assert_cmpuint (g_array_index (f->progress, ProgressCall, f->progress->len - 1).done, ==, NORMAL_SHOTS);
}

/* 429 then 200: one more try, after the wait the server asked for. */
static void
test_busy_then_good (Fixture       *f,
                     gconstpointer  data)
{
  static const Answer answers[] = {
    { STATUS_429, "{\"message\": \"slow down\"}", "1" },
    { SOUP_STATUS_OK },
  };
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* Retry-After says 1 s; capped at 200 ms here. */
  report = import_link (f, LINK, answers, G_N_ELEMENTS (answers), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, NORMAL_SHOTS);
  g_assert_cmpuint (f->n_requests, ==, 2);
  g_assert_cmpint (f->request_times[1] - f->request_times[0], >=, 200 * 1000);
  g_assert_cmpint (f->request_times[1] - f->request_times[0], <, 900 * 1000);
}

/* 503 twice then 200: three attempts, each wait longer than the last. */
static void
test_unavailable_twice_then_good (Fixture       *f,
                                  gconstpointer  data)
{
  static const Answer answers[] = {
    { SOUP_STATUS_SERVICE_UNAVAILABLE, "down" },
    { SOUP_STATUS_SERVICE_UNAVAILABLE, "down" },
    { SOUP_STATUS_OK },
  };
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = import_link (f, LINK, answers, G_N_ELEMENTS (answers), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, NORMAL_SHOTS);
  g_assert_cmpuint (f->n_requests, ==, 3);
  g_assert_cmpint (f->request_times[1] - f->request_times[0], >=, 20 * 1000);
  g_assert_cmpint (f->request_times[2] - f->request_times[1], >=, 40 * 1000);
}

/* 500 three times: the error says so, and nothing is written. */
static void
test_server_error_three_times (Fixture       *f,
                               gconstpointer  data)
{
  static const Answer answers[] = { { SOUP_STATUS_INTERNAL_SERVER_ERROR, "oops" } };
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = import_link (f, LINK, answers, 1, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "tried 3 times"));
  g_assert_nonnull (strstr (error->message, "HTTP 500"));
  g_assert_cmpuint (f->n_requests, ==, 3);
  assert_nothing_written (f);
}

/* 404 and 401/403 are not tried again, and say what they mean. */
static void
test_not_found_and_denied (Fixture       *f,
                           gconstpointer  data)
{
  static const Answer not_found[] = { { SOUP_STATUS_NOT_FOUND, "{\"message\": \"not found\"}" } };
  static const Answer forbidden[] = { { SOUP_STATUS_FORBIDDEN, "{}" } };
  static const Answer unauthorized[] = { { SOUP_STATUS_UNAUTHORIZED, "{}" } };
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = import_link (f, LINK, not_found, 1, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "the report does not exist or the key is wrong"));
  g_assert_cmpuint (f->n_requests, ==, 1);
  g_clear_error (&error);

  report = import_link (f, LINK, forbidden, 1, NULL, &error);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_DENIED);
  g_assert_nonnull (strstr (error->message, "the key is not accepted"));
  g_assert_cmpuint (f->n_requests, ==, 2);
  g_clear_error (&error);

  f->n_requests = 0;
  report = import_link (f, LINK, unauthorized, 1, NULL, &error);
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_DENIED);
  g_assert_cmpuint (f->n_requests, ==, 1);

  assert_nothing_written (f);
}

/* Answers that are not a report: a web page, broken JSON, a report cut
 * short. Each is refused with its own message; nothing is written. */
static void
test_bad_bodies (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *truncated = g_strndup (f->report, f->report_length / 2);
  const Answer page[] = { { SOUP_STATUS_OK, "<!DOCTYPE html><html>Sign in to the Wi-Fi</html>", NULL, "text/html" } };
  const Answer page_as_json[] = { { SOUP_STATUS_OK, "  <html>maintenance</html>" } };
  const Answer malformed[] = { { SOUP_STATUS_OK, "[{\"id\": 1, \"shots\": [{\"id\": 1,, }]}]" } };
  const Answer cut[] = { { SOUP_STATUS_OK, truncated } };
  const Answer empty[] = { { SOUP_STATUS_OK, "" } };
  const Answer other[] = { { SOUP_STATUS_OK, "{\"statusCode\": 200, \"data\": null}" } };
  g_autoptr(GError) error = NULL;

  g_assert_null (import_link (f, LINK, page, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NOT_A_REPORT);
  g_assert_nonnull (strstr (error->message, "web page"));
  g_clear_error (&error);

  g_assert_null (import_link (f, LINK, page_as_json, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NOT_A_REPORT);
  g_assert_nonnull (strstr (error->message, "web page"));
  g_clear_error (&error);

  g_assert_null (import_link (f, LINK, malformed, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "Uneekor report " REPORT_ID " is not valid JSON"));
  g_assert_nonnull (strstr (error->message, "line 1, column 31"));
  g_clear_error (&error);

  g_assert_null (import_link (f, LINK, cut, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "cut off"));
  g_clear_error (&error);

  g_assert_null (import_link (f, LINK, empty, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NOT_A_REPORT);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_clear_error (&error);

  g_assert_null (import_link (f, LINK, other, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_NOT_A_REPORT);
  g_clear_error (&error);

  /* None of these was tried twice: the server answered, just not well. */
  g_assert_cmpuint (f->n_requests, ==, 6);
  assert_nothing_written (f);
}

/* Over the cap: refused from the announced length, or while streaming
 * when the length is not announced. */
static void
test_body_over_cap (Fixture       *f,
                    gconstpointer  data)
{
  static const Answer announced[] = { { SOUP_STATUS_OK } };
  static const Answer chunked[] = { { SOUP_STATUS_OK, NULL, NULL, NULL, TRUE } };
  g_autoptr(GError) error = NULL;

  golf_uneekor_client_set_max_size (f->client, 1024);
  g_assert_cmpuint (f->report_length, >, 1024);

  g_assert_null (import_link (f, LINK, announced, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than 1.0\xc2\xa0KiB"));
  g_clear_error (&error);

  g_array_set_size (f->progress, 0);
  g_assert_null (import_link (f, LINK, chunked, 1, NULL, &error));
  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_TOO_LARGE);
  for (guint i = 0; i < f->progress->len; i++)
    g_assert_cmpuint (g_array_index (f->progress, ProgressCall, i).done, <=, 1000);

  g_assert_cmpuint (f->n_requests, ==, 2);
  assert_nothing_written (f);
}

/* A server that never answers: each attempt times out, then the error. */
static void
test_slow_server_times_out (Fixture       *f,
                            gconstpointer  data)
{
  static const Answer stall[] = { { SOUP_STATUS_OK, NULL, NULL, NULL, FALSE, TRUE } };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  golf_uneekor_client_set_timeout (f->client, 150);
  g_assert_null (import_link (f, LINK, stall, 1, NULL, &error));
  elapsed = g_get_monotonic_time () - start;

  g_assert_error (error, GOLF_IMPORT_ERROR, GOLF_IMPORT_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "did not answer within 0.15 s"));
  g_assert_cmpuint (f->n_requests, ==, 3);
  g_assert_cmpint (elapsed, >=, 3 * 150 * 1000);
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC);
  assert_nothing_written (f);
}

/* A slow server that keeps sending is waited for: the timeout is for
 * silence, not for the whole download. */
static void
test_slow_but_steady (Fixture       *f,
                      gconstpointer  data)
{
  static const Answer trickle[] = { { SOUP_STATUS_OK, NULL, NULL, NULL, FALSE, FALSE, 60 } };
  g_autoptr(GolfImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  golf_uneekor_client_set_timeout (f->client, 200);
  report = import_link (f, LINK, trickle, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (golf_import_report_get_n_new (report), ==, NORMAL_SHOTS);
  g_assert_cmpuint (f->n_requests, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >, 8 * 60 * 1000 - 1);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

/* Cancelled while waiting for the server, and while waiting to try again. */
static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  static const Answer stall[] = { { SOUP_STATUS_OK, NULL, NULL, NULL, FALSE, TRUE } };
  static const Answer busy[] = { { STATUS_429, "busy", "100" } };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) cancellable2 = g_cancellable_new ();
  g_autoptr(GCancellable) already = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_timeout_add (100, cancel_cb, cancellable);
  g_assert_null (import_link (f, LINK, stall, 1, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, "nothing was saved"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpuint (f->n_requests, ==, 1);
  g_clear_error (&error);

  /* The server asks for a long wait (capped at 5 s here); cancelling
   * during it ends the import at once. */
  golf_uneekor_client_set_retry_delays (f->client, 20, 5000);
  start = g_get_monotonic_time ();
  g_timeout_add (60, cancel_cb, cancellable2);
  g_assert_null (import_link (f, LINK, busy, 1, cancellable2, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpuint (f->n_requests, ==, 2);
  g_clear_error (&error);

  g_cancellable_cancel (already);
  g_assert_null (import_link (f, LINK, good, 1, already, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (f->n_requests, ==, 2);

  assert_nothing_written (f);
}

/* The same link again: every shot unchanged, nothing doubled. */
static void
test_import_again (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GolfImportReport) first = NULL;
  g_autoptr(GolfImportReport) again = NULL;
  g_autoptr(GError) error = NULL;

  first = import_link (f, LINK, good, 1, NULL, &error);
  g_assert_no_error (error);
  again = import_link (f, LINK, good, 1, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (golf_import_report_get_n_new (again), ==, 0);
  g_assert_cmpuint (golf_import_report_get_n_unchanged (again), ==, NORMAL_SHOTS);
  g_assert_cmpint (golf_test_query_int (f->dir.db_path, "SELECT count(*) FROM shots"), ==, NORMAL_SHOTS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("GOLF_LAB_UNEEKOR_API");

  g_test_add_func ("/uneekor-link/base-url", test_base_url);
  g_test_add_func ("/uneekor-link/link-forms", test_link_forms);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/uneekor-link/bad-link-fetches-nothing", test_bad_link_fetches_nothing);
  ADD ("/uneekor-link/good-report", test_good_report);
  ADD ("/uneekor-link/busy-then-good", test_busy_then_good);
  ADD ("/uneekor-link/unavailable-twice-then-good", test_unavailable_twice_then_good);
  ADD ("/uneekor-link/server-error-three-times", test_server_error_three_times);
  ADD ("/uneekor-link/not-found-and-denied", test_not_found_and_denied);
  ADD ("/uneekor-link/bad-bodies", test_bad_bodies);
  ADD ("/uneekor-link/body-over-cap", test_body_over_cap);
  ADD ("/uneekor-link/slow-server-times-out", test_slow_server_times_out);
  ADD ("/uneekor-link/slow-but-steady", test_slow_but_steady);
  ADD ("/uneekor-link/cancelled", test_cancelled);
  ADD ("/uneekor-link/import-again", test_import_again);
#undef ADD

  return g_test_run ();
}
