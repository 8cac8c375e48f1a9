// setjmp/longjmp: returning twice, values kept in volatile locals, jumps
// out of nested calls, the value 0 turned into 1, and sigsetjmp.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <setjmp.h>
#include <signal.h>
#include "test.h"

static jmp_buf env;
static int depth;
static void dive(int n) {
  depth = n;
  if (n == 10) longjmp(env, n * 3);
  dive(n + 1);
}

int main(void) {
  volatile int round = 0;
  int r = setjmp(env);
  round++;
  if (r == 0) dive(0);
  ASSERT(30, r);
  ASSERT(10, depth);
  ASSERT(2, round);
  jmp_buf e2;
  volatile int tries = 0;
  if (setjmp(e2) < 3) {
    tries++;
    if (tries < 5) longjmp(e2, tries);
  }
  ASSERT(3, tries);
  jmp_buf e3;
  int z = setjmp(e3);
  if (!z) longjmp(e3, 0);   // 0 arrives as 1
  ASSERT(1, z);
  sigjmp_buf s;
  if (!sigsetjmp(s, 1)) siglongjmp(s, 9);
  printf("OK\n");
  return 0;
}
