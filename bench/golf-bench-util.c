/* golf-bench-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-bench-util.h"
#include "golf-quantile.h"
#include "golf-shot.h"

/* Reorders @values. */
double
golf_bench_median (double *values,
                   guint   n)
{
  g_assert (n > 0);

  return golf_quantile (values, n, 0.5);
}

/* The measured value nearest rank @p, from 0 (the least) to 1 (the most);
 * sorts @values in place. */
double
golf_bench_percentile (double *values,
                       guint   n,
                       double  p)
{
  g_assert (n > 0);

  golf_sort_doubles (values, n);

  return values[MIN (n - 1, (guint)(p * (n - 1) + 0.5))];
}

void
golf_bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        golf_bench_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Runs @argv to its end, with stdout to @out_path when given. The peak RSS
 * is the child's own VmHWM, read when it is about to exit (it stops there
 * for us, being traced): wait4's ru_maxrss would also count the pages the
 * child shared with this process between fork and exec. */
gboolean
golf_bench_spawn (char       **argv,
                  char       **envp,
                  const char  *out_path,
                  double      *ms,
                  double      *peak_mb)
{
  gint64 start = g_get_monotonic_time ();
  gboolean traced = FALSE;
  struct rusage usage;
  int status;
  pid_t pid;

  *peak_mb = NAN;

  pid = fork ();
  g_assert (pid >= 0);
  if (pid == 0)
    {
      if (out_path != NULL)
        {
          int fd = open (out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

          dup2 (fd, STDOUT_FILENO);
        }
      ptrace (PTRACE_TRACEME, 0, NULL, NULL);
      execve (argv[0], argv, envp);
      _exit (127);
    }

  for (;;)
    {
      int signal_number = 0;

      if (wait4 (pid, &status, 0, &usage) != pid)
        g_error ("wait4: %s", g_strerror (errno));
      if (WIFEXITED (status) || WIFSIGNALED (status))
        break;

      if (!traced)
        {
          /* Stopped at the exec: ask to stop again at the exit. */
          ptrace (PTRACE_SETOPTIONS, pid, NULL, (void *) (long) PTRACE_O_TRACEEXIT);
          traced = TRUE;
        }
      else if (status >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8)))
        {
          g_autofree char *proc = g_strdup_printf ("/proc/%d/status", (int) pid);
          g_autofree char *text = NULL;
          const char *hwm;

          if (g_file_get_contents (proc, &text, NULL, NULL) && (hwm = strstr (text, "VmHWM:")) != NULL)
            *peak_mb = g_ascii_strtod (hwm + 6, NULL) / 1024.0;
        }
      else
        signal_number = WSTOPSIG (status);

      ptrace (PTRACE_CONT, pid, NULL, (void *) (long) signal_number);
    }

  *ms = (g_get_monotonic_time () - start) / 1000.0;
  if (isnan (*peak_mb))
    *peak_mb = usage.ru_maxrss / 1024.0;

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}


/* One figure on a line, next to its target. */
void
golf_bench_report (const char *name,
                   double      value,
                   const char *unit,
                   const char *target,
                   gboolean    met)
{
  g_print ("%-58s %12.3f %-8s target %-12s %s\n", name, value, unit, target, met ? "ok" : "MISSED");
}

/* The CPU time of the whole process so far, in ms. */
double
golf_bench_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);

  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static const struct
{
  const char *club;
  double      carry;       /* m */
  double      club_speed;  /* m/s */
} bag[] = {
  { "Driver", 215, 45 }, { "3 Wood", 195, 43 }, { "5 Wood", 183, 41 },
  { "4 Hybrid", 172, 39 }, { "5 Iron", 162, 38 }, { "6 Iron", 153, 37 },
  { "7 Iron", 144, 36 }, { "8 Iron", 134, 35 }, { "9 Iron", 124, 34 },
  { "PW", 112, 33 }, { "GW", 100, 32 }, { "SW", 88, 31 }, { "LW", 72, 30 },
  { "56° Wedge", 80, 30 },
};

/* A session as a launch monitor would record it: clubs in blocks, a mishit
 * now and then, a few shots without club data. */
GPtrArray *
golf_bench_make_session (const char *session_id,
                         guint       n,
                         guint       seed)
{
  GPtrArray *shots = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n; i++)
    {
      guint c = (i * G_N_ELEMENTS (bag)) / n;
      g_autofree char *id = g_strdup_printf ("%s_%u", session_id, i);
      GolfShot *shot = golf_shot_new (id, session_id);
      double club_speed = bag[c].club_speed + g_rand_double_range (rand, -2, 2);
      double smash = g_rand_int_range (rand, 0, 50) == 0 ? 1.1 : g_rand_double_range (rand, 1.3, 1.5);
      double carry = bag[c].carry * (smash / 1.4) + g_rand_double_range (rand, -8, 8);
      double face = g_rand_double_range (rand, -4, 4);

      golf_shot_set_club (shot, bag[c].club);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_SPEED, club_speed);
      golf_shot_set (shot, GOLF_SHOT_FIELD_BALL_SPEED, club_speed * smash);
      golf_shot_set (shot, GOLF_SHOT_FIELD_CARRY_DISTANCE, carry);
      golf_shot_set (shot, GOLF_SHOT_FIELD_TOTAL_DISTANCE, carry + g_rand_double_range (rand, 2, 25));
      golf_shot_set (shot, GOLF_SHOT_FIELD_SIDE_DISTANCE, g_rand_double_range (rand, -15, 15));
      golf_shot_set (shot, GOLF_SHOT_FIELD_LAUNCH_ANGLE, g_rand_double_range (rand, 9, 30));
      golf_shot_set (shot, GOLF_SHOT_FIELD_BACK_SPIN, g_rand_double_range (rand, 2000, 9000));
      if (i % 25 != 0)
        {
          golf_shot_set (shot, GOLF_SHOT_FIELD_FACE_ANGLE, face);
          golf_shot_set (shot, GOLF_SHOT_FIELD_CLUB_PATH, face + g_rand_double_range (rand, -6, 6));
          golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_X, g_rand_double_range (rand, -20, 20));
          golf_shot_set (shot, GOLF_SHOT_FIELD_IMPACT_Y, g_rand_double_range (rand, -12, 12));
        }
      g_ptr_array_add (shots, shot);
    }

  return shots;
}
