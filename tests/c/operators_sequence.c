// Sequencing: the comma operator, && and || short-circuit with side
// effects, ?: evaluating one arm, and assignment expressions as values.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int trace;
static int t(int v, int tag) { trace = trace * 10 + tag; return v; }

int main(void) {
  int a = (1, 2, 3);
  ASSERT(3, a);
  trace = 0;
  int r = t(0, 1) && t(1, 2);
  ASSERT(0, r);
  ASSERT(1, trace);
  trace = 0;
  r = t(1, 1) || t(1, 2);
  ASSERT(1, r);
  ASSERT(1, trace);
  trace = 0;
  r = t(1, 1) && t(0, 2) || t(5, 3);
  ASSERT(1, r);
  ASSERT(123, trace);
  trace = 0;
  r = t(0, 1) ? t(7, 2) : t(8, 3);
  ASSERT(8, r);
  ASSERT(13, trace);
  int x, y, z;
  x = y = z = 4;
  ASSERT(12, x + y + z);
  int i = 0;
  int arr[5] = {0};
  for (i = 0, x = 10; i < 5; i++, x--) arr[i] = x;
  ASSERT(6, arr[4]);
  int q = (x = 3, x * 2);
  ASSERT(6, q);
  ASSERT(1, !!42);
  ASSERT(0, !42);
  ASSERT(3, (a > 2) + (a >= 3) + (a != 0));
  printf("OK\n");
  return 0;
}
