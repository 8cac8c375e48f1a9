// Thread-local objects used every way: address taken and passed around,
// static locals, arrays indexed at run time, extern declarations, and
// thread-locals initialized with addresses of other objects.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

extern __thread int ext;
__thread int ext = 5;
static int plain = 9;
static __thread int *ptr = &plain;
static _Thread_local char buf[16] = "tls";
static _Thread_local double d = 1.25;

static int *addr(void) { return &ext; }
static int bump(void) { static _Thread_local int n; return ++n; }
static void touch(int *p) { *p += 10; }

int main(void) {
  ASSERT(5, *addr());
  touch(&ext);
  ASSERT(15, ext);
  ASSERT(1, addr() == &ext);
  ASSERT(9, *ptr);
  *ptr = 4;
  ASSERT(4, plain);
  for (int i = 3; i < 15; i++) buf[i] = (char)('a' + i);
  ASSERT('t', buf[0]);
  ASSERT('o', buf[14]);
  bump(); bump();
  ASSERT(3, bump());
  d *= 2;
  ASSERTF(2.5, d);
  char *b = buf;
  ASSERT('s', b[2]);
  printf("OK\n");
  return 0;
}
