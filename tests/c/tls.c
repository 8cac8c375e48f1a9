// _Thread_local and __thread objects (one thread: their own copy).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

_Thread_local int tl = 5;
__thread long tl2;
static _Thread_local char tl_arr[16] = "tls";

static int bump(void) {
  static _Thread_local int calls;
  return ++calls;
}

int main(void) {
  ASSERT(5, tl);
  tl += 2;
  ASSERT(7, tl);
  ASSERT(0, tl2);
  tl2 = 1L << 40;
  ASSERT(1L << 40, tl2);
  ASSERTS("tls", tl_arr);
  int *p = &tl;
  *p = 9;
  ASSERT(9, tl);
  ASSERT(1, bump());
  ASSERT(2, bump());
  printf("OK\n");
  return 0;
}
