// Conversions between floating and integer types: truncation toward zero,
// large unsigned values (above 2^63), rounding of big integers into float
// and double, and negative values into signed types. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 3 -3 3 -3
#include <stdio.h>

int main(void) {
  volatile double d1 = 3.99, d2 = -3.99;
  volatile float f1 = 3.5f, f2 = -3.5f;
  printf("%d %d %d %d\n", (int)d1, (int)d2, (int)f1, (int)f2);
  volatile double big = 1.8e19;
  printf("%llu\n", (unsigned long long)big);
  volatile double two63 = 9223372036854775808.0;
  printf("%llu %lu\n", (unsigned long long)two63, (unsigned long)(two63 + 4096));
  volatile float fbig = 1.7e19f;
  printf("%llu\n", (unsigned long long)fbig);
  volatile unsigned long long u = 0xffffffffffffffffULL;
  printf("%.1f %.1f\n", (double)u, (double)(float)u);
  volatile unsigned long long u2 = 0x8000000000000801ULL;
  printf("%.1f\n", (double)u2);
  volatile long long s = -9007199254740993LL;
  printf("%.1f %.1f\n", (double)s, (double)(float)s);
  volatile unsigned uu = 4294967295u;
  printf("%.1f %.1f\n", (double)uu, (double)(float)uu);
  volatile int ii = 16777217;
  printf("%.1f\n", (double)(float)ii);
  volatile double neg = -1.0;
  printf("%d %d\n", (signed char)(int)neg, (short)(neg * 40000));
  volatile double frac = 0.999999;
  printf("%d %u\n", (int)frac, (unsigned)(frac * 4294967295.0));
  volatile float tiny = 1e-40f;
  printf("%g %d\n", (double)tiny, tiny > 0);
  volatile double dd = 1e300;
  printf("%g %g\n", (double)(float)dd, (double)(float)-dd);
  return 0;
}
