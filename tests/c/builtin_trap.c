// __builtin_trap raises SIGILL (ud2 on x86-64) and __builtin_abort-like
// paths end the process: observed from a child process, so the test
// itself exits normally.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: child 1 signal 4
// CHECK: child 2 signal 6
// CHECK: OK
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void child(int which) {
  if (which == 1) __builtin_trap();
  if (which == 2) __builtin_abort();
  _exit(0);
}

int main(void) {
  for (int w = 1; w <= 2; w++) {
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) child(w);
    int st;
    waitpid(p, &st, 0);
    printf("child %d signal %d\n", w, WIFSIGNALED(st) ? WTERMSIG(st) : 0);
  }
  printf("OK\n");
  return 0;
}
