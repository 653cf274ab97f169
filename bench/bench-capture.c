/* bench-capture.c: live capture, from the socket to the dashboard
 *
 * Connectors run in threads of their own with blocking sockets, as real
 * ones run in other programs; Golf Lab listens on the main thread, where
 * the store, the metrics worker's results and GTK would be.
 *
 * 1. Latency: from the last byte of a shot on the socket to the session's
 *    avg-carry notify on the main thread, in a 5,000-shot live session.
 * 2. Throughput: 10 connectors, each sending 100 shots a second for 10 s
 *    (1,000 shots/s together); every shot answered and stored, metrics
 *    current at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>

#include "golf-bench-util.h"
#include "golf-capture-listener-private.h"
#include "golf-metrics-worker.h"
#include "golf-store.h"

#define PREFILL 5000
#define LATENCY_SHOTS 200
#define N_CONNECTORS 10
#define SHOTS_PER_CONNECTOR 1000
#define SHOTS_PER_SECOND_EACH 100
#define ANSWER "Shot received successfully"

static char *tmp_dir;

static double
carry_of (guint connector,
          guint number)
{
  return 150 + (number * 7 + connector * 13) % 100;
}

static char *
shot_message (const char *device,
              guint       number,
              double      carry_yards)
{
  return g_strdup_printf ("{\"DeviceID\":\"%s\",\"Units\":\"Yards\",\"ShotNumber\":%u,"
                          "\"APIversion\":\"1\",\"BallData\":{\"Speed\":%u,\"SpinAxis\":-2.5,"
                          "\"TotalSpin\":2900,\"BackSpin\":2880,\"SideSpin\":-120,\"HLA\":1.2,"
                          "\"VLA\":13.5,\"CarryDistance\":%.1f},\"ClubData\":{\"Speed\":%u,"
                          "\"AngleOfAttack\":-1.5,\"FaceToTarget\":0.8,\"Loft\":14.5,\"Path\":-1.2},"
                          "\"ShotDataOptions\":{\"ContainsBallData\":true,\"ContainsClubData\":true,"
                          "\"LaunchMonitorIsReady\":true,\"IsHeartBeat\":false}}",
                          device, number, 120 + number % 40, carry_yards, 85 + number % 25);
}

static GSocket *
connect_blocking (guint port)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, port);
  GSocket *socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                  G_SOCKET_PROTOCOL_TCP, &error);

  if (socket == NULL || !g_socket_connect (socket, address, NULL, &error))
    g_error ("%s", error->message);

  /* As connectors do: Nagle would hold a shot's last byte for an ACK. */
  g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, 1, NULL);

  return socket;
}

static void
send_all (GSocket    *socket,
          const char *data,
          gsize       length)
{
  g_autoptr(GError) error = NULL;

  while (length > 0)
    {
      gssize n = g_socket_send (socket, data, length, NULL, &error);

      if (n < 0)
        g_error ("%s", error->message);
      data += n;
      length -= n;
    }
}

/* Reads until @text appeared @n times; returns how often it did. */
static guint
read_answers (GSocket  *socket,
              GString  *in,
              guint     n,
              gboolean  blocking)
{
  char buffer[4096];
  guint found = 0;
  const char *at;

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      gssize got;

      while ((at = strstr (in->str, ANSWER)) != NULL)
        {
          g_string_erase (in, 0, at - in->str + strlen (ANSWER));
          found++;
        }
      if (found >= n)
        return found;

      got = g_socket_receive_with_blocking (socket, buffer, sizeof buffer, blocking, NULL, &error);
      if (got <= 0)
        return found;
      g_string_append_len (in, buffer, got);
    }
}

static GolfStore *
open_store (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  GolfStore *store = golf_store_new (path, &error);

  if (store == NULL)
    g_error ("%s", error->message);

  return store;
}

static GolfCaptureListener *
start_listener (GolfStore *store)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 5, 1, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  GolfCaptureListener *listener = golf_capture_listener_new (store);

  _golf_capture_listener_set_clock (listener, day);
  golf_capture_listener_set_port (listener, 0);
  golf_capture_listener_set_max_connections (listener, 2 * N_CONNECTORS);
  if (!golf_capture_listener_start (listener, &error))
    g_error ("%s", error->message);

  return listener;
}

typedef struct
{
  guint        port;
  GAsyncQueue *sent_at;   /* gint64 *: the moment each shot's last byte was sent */
  GAsyncQueue *go;        /* one item per shot the main thread saw land */
  GMainLoop   *loop;
  double       latency_ms[LATENCY_SHOTS];
  guint        n_seen;
} Latency;

static gpointer
latency_connector (gpointer data)
{
  Latency *latency = data;
  g_autoptr(GSocket) socket = connect_blocking (latency->port);
  g_autoptr(GString) in = g_string_new (NULL);

  for (guint i = 0; i < LATENCY_SHOTS; i++)
    {
      g_autofree char *shot = shot_message ("Bench R10", PREFILL + 1 + i, carry_of (0, i));
      gsize length = strlen (shot);

      send_all (socket, shot, length - 1);
      g_async_queue_push (latency->sent_at, g_memdup2 (&(gint64) { g_get_monotonic_time () }, sizeof (gint64)));
      send_all (socket, shot + length - 1, 1);

      if (read_answers (socket, in, 1, TRUE) != 1)
        g_error ("The listener did not answer shot %u", i);
      g_async_queue_pop (latency->go);
    }

  return NULL;
}

static void
avg_carry_notified_cb (GolfSession *session,
                       GParamSpec  *pspec,
                       Latency     *latency)
{
  gint64 now = g_get_monotonic_time ();
  g_autofree gint64 *sent_at = g_async_queue_try_pop (latency->sent_at);

  if (sent_at == NULL || latency->n_seen >= LATENCY_SHOTS)
    return;

  latency->latency_ms[latency->n_seen++] = (now - *sent_at) / 1000.0;
  g_async_queue_push (latency->go, GUINT_TO_POINTER (1));
  if (latency->n_seen == LATENCY_SHOTS)
    g_main_loop_quit (latency->loop);
}

static void
prefill (GolfStore         *store,
         GolfMetricsWorker *worker,
         const char        *session_id)
{
  g_autoptr(GolfSession) session = golf_session_new (session_id);
  g_autoptr(GPtrArray) shots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  golf_session_set_date (session, "2026-05-01");
  golf_session_set_session_type (session, "live");
  for (guint i = 1; i <= PREFILL; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", session_id, i);
      GolfShot *shot = golf_shot_new (id, session_id);

      golf_shot_set_club (shot, "Driver");
      golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, carry_of (1, i) * 0.9144);
      golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, 60 + i % 10);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, 42 + i % 7);
      g_ptr_array_add (shots, shot);
    }

  if (!golf_store_save_shots (store, session, shots, &error))
    g_error ("%s", error->message);
  golf_metrics_worker_flush (worker);
}

static void
bench_latency (void)
{
  g_autoptr(GolfStore) store = open_store ("latency.db");
  g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
  g_autoptr(GolfCaptureListener) listener = start_listener (store);
  g_autoptr(GThread) thread = NULL;
  Latency latency = { 0 };
  GolfSession *session;
  double median, p95;

  prefill (store, worker, "live-bench-r10-20260501");
  session = golf_store_find_session (store, "live-bench-r10-20260501");
  g_signal_connect (session, "notify::avg-carry", G_CALLBACK (avg_carry_notified_cb), &latency);

  latency.port = golf_capture_listener_get_port (listener);
  latency.sent_at = g_async_queue_new_full (g_free);
  latency.go = g_async_queue_new ();
  latency.loop = g_main_loop_new (NULL, FALSE);

  thread = g_thread_new ("latency-connector", latency_connector, &latency);
  g_main_loop_run (latency.loop);
  g_thread_join (g_steal_pointer (&thread));

  g_signal_handlers_disconnect_by_data (session, &latency);
  median = golf_bench_median (latency.latency_ms, LATENCY_SHOTS);
  p95 = golf_bench_percentile (latency.latency_ms, LATENCY_SHOTS, 0.95);
  golf_bench_report ("last byte on the socket -> avg-carry notify (5,000 shots)", median,
                     "ms", "<= 20", median <= 20);
  golf_bench_report ("  95th percentile", p95, "ms", "(info)", TRUE);
  g_print ("  session now holds %u shots\n", golf_session_get_shot_count (session));

  g_async_queue_unref (latency.sent_at);
  g_async_queue_unref (latency.go);
  g_main_loop_unref (latency.loop);
}

typedef struct
{
  guint         port;
  guint         index;
  guint         per_second;   /* 0: as fast as Golf Lab answers */
  guint         answered;
  double        carry_sum;
  GMainContext *context;
  gint         *n_running;
  GMainLoop    *loop;
} Sender;

static gboolean
sender_done_cb (gpointer data)
{
  Sender *sender = data;

  if (g_atomic_int_dec_and_test (sender->n_running))
    g_main_loop_quit (sender->loop);

  return G_SOURCE_REMOVE;
}

static gpointer
paced_connector (gpointer data)
{
  Sender *sender = data;
  g_autoptr(GSocket) socket = connect_blocking (sender->port);
  g_autoptr(GString) in = g_string_new (NULL);
  g_autofree char *device = g_strdup_printf ("Bench %u", sender->index);
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < SHOTS_PER_CONNECTOR; i++)
    {
      gint64 due = sender->per_second ? start + (gint64) i * G_USEC_PER_SEC / sender->per_second : 0;
      double carry = carry_of (sender->index, i);
      g_autofree char *shot = shot_message (device, i + 1, carry);

      if (due > g_get_monotonic_time ())
        g_usleep (due - g_get_monotonic_time ());
      send_all (socket, shot, strlen (shot));
      sender->carry_sum += carry * 0.9144;
      sender->answered += read_answers (socket, in, SHOTS_PER_CONNECTOR, FALSE);
    }

  sender->answered += read_answers (socket, in, SHOTS_PER_CONNECTOR - sender->answered, TRUE);
  g_main_context_invoke (sender->context, sender_done_cb, sender);

  return NULL;
}

static void
bench_throughput (guint per_second)
{
  g_autofree char *name = g_strdup_printf ("throughput-%u.db", per_second);
  g_autoptr(GolfStore) store = open_store (name);
  g_autoptr(GolfMetricsWorker) worker = golf_metrics_worker_new (store);
  g_autoptr(GolfCaptureListener) listener = start_listener (store);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Sender senders[N_CONNECTORS] = { { 0 } };
  GThread *threads[N_CONNECTORS];
  gint n_running = N_CONNECTORS;
  guint answered = 0, stored = 0, current = 0;
  gint64 start, flushed;
  double elapsed, rate;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_CONNECTORS; i++)
    {
      senders[i] = (Sender) { golf_capture_listener_get_port (listener), i, per_second, 0, 0,
                              g_main_context_default (), &n_running, loop };
      threads[i] = g_thread_new ("paced-connector", paced_connector, &senders[i]);
    }
  g_main_loop_run (loop);
  elapsed = (g_get_monotonic_time () - start) / 1e6;
  golf_metrics_worker_flush (worker);
  flushed = g_get_monotonic_time ();

  for (guint i = 0; i < N_CONNECTORS; i++)
    {
      g_autofree char *session_id = g_strdup_printf ("live-bench-%u-20260501", i);
      GolfSession *session = golf_store_find_session (store, session_id);
      g_autoptr(GListModel) shots = golf_store_list_shots (store, session_id, NULL);
      double expected = senders[i].carry_sum / SHOTS_PER_CONNECTOR;

      g_thread_join (threads[i]);
      answered += senders[i].answered;
      stored += shots != NULL ? g_list_model_get_n_items (shots) : 0;
      if (session != NULL && golf_session_get_shot_count (session) == SHOTS_PER_CONNECTOR &&
          G_APPROX_VALUE (golf_session_get_metric (session, GOLF_METRIC_AVG_CARRY), expected, 1e-6))
        current++;
    }

  rate = stored / elapsed;
  if (per_second == 0)
    {
      golf_bench_report ("  unpaced, 10 connectors as fast as answered: shots/s", rate, "shots/s", "(info)",
                        stored == N_CONNECTORS * SHOTS_PER_CONNECTOR && current == N_CONNECTORS);
      return;
    }

  golf_bench_report ("10 connectors x 100 shots/s for 10 s: shots stored per s", rate, "shots/s", ">= 1000 (*)",
                    rate >= 1000 * 0.98 && stored == N_CONNECTORS * SHOTS_PER_CONNECTOR);
  g_print ("  (*) paced: 10,000 shots sent in %.2f s; 1,000/s is the pace, not a ceiling\n", elapsed);
  golf_bench_report ("  shots answered 200 / sent", answered, "of 10000", "10000", answered == 10000);
  golf_bench_report ("  shots stored / sent", stored, "of 10000", "10000", stored == 10000);
  golf_bench_report ("  sessions with metrics current at the end", current, "of 10", "10", current == N_CONNECTORS);
  golf_bench_report ("  metrics current after the last answer", (flushed - start) / 1e3 - elapsed * 1e3,
                    "ms", "(info)", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  tmp_dir = g_dir_make_tmp ("golf-bench-capture-XXXXXX", &error);
  if (tmp_dir == NULL)
    g_error ("%s", error->message);

  g_print ("Live capture (GSPro Open Connect v1 over loopback TCP)\n");
  bench_latency ();
  bench_throughput (SHOTS_PER_SECOND_EACH);
  bench_throughput (0);

  golf_bench_remove_tree (tmp_dir);
  g_free (tmp_dir);

  return 0;
}
