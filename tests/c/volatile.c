// volatile objects are read and written exactly as often as written.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

volatile int counter;
static void tick(void) { counter++; }

int main(void) {
  volatile int v = 1;
  v += 2;
  ASSERT(3, v);
  volatile int *p = &v;
  *p = 10;
  ASSERT(10, v);
  for (int i = 0; i < 5; i++) tick();
  ASSERT(5, counter);
  volatile struct { int a; } s = {4};
  s.a++;
  ASSERT(5, s.a);
  int *restrict r = (int *)&v;
  ASSERT(10, *r);
  printf("OK\n");
  return 0;
}
