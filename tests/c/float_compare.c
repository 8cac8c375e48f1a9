// Floating comparisons as values and as branch conditions, including NaN
// (unordered) in every operator, !, &&, ||, ?: and loop conditions;
// double and float mixed with integer operands.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <math.h>
#include "test.h"

static int branches(double a, double b) {
  int r = 0;
  if (a < b) r |= 1;
  if (a <= b) r |= 2;
  if (a > b) r |= 4;
  if (a >= b) r |= 8;
  if (a == b) r |= 16;
  if (a != b) r |= 32;
  if (!(a < b)) r |= 64;
  return r;
}

int main(void) {
  volatile double nan = NAN, one = 1.0, two = 2.0;
  ASSERT(1 | 2 | 32, branches(one, two));
  ASSERT(4 | 8 | 32 | 64, branches(two, one));
  ASSERT(2 | 8 | 16 | 64, branches(one, one));
  ASSERT(32 | 64, branches(nan, one));
  ASSERT(32 | 64, branches(one, nan));
  ASSERT(0, nan == nan);
  ASSERT(1, nan != nan);
  ASSERT(0, nan < one || nan > one || nan == one);
  ASSERT(1, !(nan <= one));
  ASSERT(7, nan > 0 ? 3 : 7);
  ASSERT(1, one ? 1 : 0);
  ASSERT(1, nan ? 1 : 0);       // NaN is nonzero: true
  ASSERT(0, !nan);
  volatile float f = 0.5f;
  ASSERT(1, f < 1);
  ASSERT(1, f == 0.5);
  ASSERT(0, (float)0.1 == 0.1);
  volatile double negz = -0.0;
  ASSERT(1, negz == 0);
  ASSERT(0, negz < 0);
  int count = 0;
  for (double d = 0; d < 1.0; d += 0.125) count++;
  ASSERT(8, count);
  printf("OK\n");
  return 0;
}
