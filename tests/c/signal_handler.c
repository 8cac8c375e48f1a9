// Signal handlers compiled by kit: raise() calls the handler synchronously,
// a volatile sig_atomic_t flag carries the result, sigaction with
// SA_SIGINFO passes the signal number, and SIG_IGN ignores.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <signal.h>
#include <string.h>
#include "test.h"

static volatile sig_atomic_t got;
static volatile int info_signo;
static void handler(int s) { got = s; }
static void info_handler(int s, siginfo_t *si, void *ctx) { (void)ctx; info_signo = si->si_signo + s; }

int main(void) {
  signal(SIGUSR1, handler);
  raise(SIGUSR1);
  ASSERT(SIGUSR1, got);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = info_handler;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR2, &sa, 0);
  raise(SIGUSR2);
  ASSERT(2 * SIGUSR2, info_signo);
  signal(SIGUSR1, SIG_IGN);
  got = 0;
  raise(SIGUSR1);
  ASSERT(0, got);
  printf("OK\n");
  return 0;
}
