// Storage classes: static locals keep their value across calls, register
// locals, block-scope extern, static functions, auto.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int counter(void) { static int n; return ++n; }
static int counter2(void) { static int n = 100; n += 10; return n; }
int shared = 5;
static int helper(void);

int main(void) {
  counter();
  counter();
  ASSERT(3, counter());
  counter2();
  ASSERT(120, counter2());
  register int r = 10;
  auto int a = 20;
  ASSERT(30, r + a);
  {
    extern int shared;
    shared++;
  }
  ASSERT(6, shared);
  ASSERT(9, helper());
  for (int i = 0; i < 3; i++) {
    static int once = 0;
    int fresh = 0;
    once++;
    fresh++;
    if (i == 2) { ASSERT(3, once); ASSERT(1, fresh); }
  }
  printf("OK\n");
  return 0;
}
static int helper(void) { return 9; }
