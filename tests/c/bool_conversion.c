// Conversions to _Bool: any nonzero value (including 0.5, NaN, large
// integers whose low bits are zero, non-null pointers) is 1; bool
// arithmetic; <stdbool.h>.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <math.h>
#include <stdbool.h>
#include "test.h"

int main(void) {
  volatile double half = 0.5, nan = NAN, zero = 0.0, negzero = -0.0;
  bool b = half;
  ASSERT(1, b);
  b = nan;
  ASSERT(1, b);
  b = zero;
  ASSERT(0, b);
  b = negzero;
  ASSERT(0, b);
  volatile long long big = 1LL << 40;
  b = big;                  // not truncated to the low byte
  ASSERT(1, b);
  volatile unsigned u = 256;
  b = u;
  ASSERT(1, b);
  int x;
  b = &x;
  ASSERT(1, b);
  b = (void *)0;
  ASSERT(0, b);
  ASSERT(1, sizeof(bool));
  ASSERT(1, true);
  ASSERT(0, false);
  bool t = true, f = false;
  ASSERT(2, t + t);
  ASSERT(1, t & !f);
  ASSERT(1, (bool)0.0001f);
  ASSERT(1, (bool)-1);
  bool arr[3] = {5, 0, -3};
  ASSERT(2, arr[0] + arr[1] + arr[2]);
  struct { bool a, b; } s = {2, 0};
  ASSERT(1, s.a);
  printf("OK\n");
  return 0;
}
