// long double (x87 extended on x86-64): precision, conversions, calls.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <float.h>

static long double third(void) { return 1.0L / 3; }
static long double sum3(long double a, long double b, long double c) { return a + b + c; }
struct withld { char c; long double v; };

int main(void) {
  long double x = third();
  ASSERT(1, x * 3 == 1.0L || x * 3 != 1.0);
  ASSERT(64, LDBL_MANT_DIG);
  long double big = 1e4000L;
  ASSERT(1, big > 1e308);
  ASSERT(1, (long double)(1ULL << 63) + 1 != (long double)(1ULL << 63));
  ASSERTF(6.0L, sum3(1.0L, 2.0L, 3.0L));
  ASSERT(32, sizeof(struct withld));
  ASSERT(16, __builtin_offsetof(struct withld, v));
  struct withld w = {'a', 2.5L};
  ASSERTF(2.5L, w.v);
  long double arr[3] = {1.5L, 2.5L, 3.5L};
  long double s = 0;
  for (int i = 0; i < 3; i++) s += arr[i];
  ASSERTF(7.5L, s);
  ASSERT(123456789012345678LL, (long long)123456789012345678.0L);
  double d = (double)x;
  ASSERT(1, (long double)d != x);
  char buf[64];
  snprintf(buf, sizeof buf, "%.20Lf", 0.5L);
  ASSERTS("0.50000000000000000000", buf);
  printf("OK\n");
  return 0;
}
