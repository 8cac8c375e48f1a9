// Process exit paths of kit-built programs, observed from a parent: the
// value returned from main, exit() with atexit handlers and stdio flush,
// _Exit without them, abort(), and a null dereference's SIGSEGV.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: return 3
// CHECK: exit 4 flushed
// CHECK: _Exit 5
// CHECK: signal 6
// CHECK: signal 11
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int child_main(int which) {
  switch (which) {
    case 0: return 3;
    case 1: printf("exit 4 flushed\n"); exit(4);
    case 2: printf("never printed"); _Exit(5);
    case 3: abort();
    case 4: { volatile int *p = 0; return *p; }
  }
  return 0;
}

int main(void) {
  const char *names[] = {"return", "exit", "_Exit"};
  for (int w = 0; w < 5; w++) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) exit(child_main(w));
    int st;
    waitpid(pid, &st, 0);
    if (WIFEXITED(st) && w != 1) printf("%s %d\n", names[w], WEXITSTATUS(st));
    if (WIFSIGNALED(st)) printf("signal %d\n", WTERMSIG(st));
  }
  return 0;
}
