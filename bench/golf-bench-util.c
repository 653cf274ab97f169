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
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "golf-bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Sorts @values in place. */
double
golf_bench_median (double *values,
                   guint   n)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
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
