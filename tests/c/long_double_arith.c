// long double is x87 80-bit extended on x86-64: 64-bit mantissa, printed
// with %Lf/%La, conversions to and from every integer type including the
// full unsigned 64-bit range. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: third 0.333333333333333333342
#include <float.h>
#include <stdio.h>

static long double half(long double x) { return x / 2; }

int main(void) {
  long double third = 1.0L / 3;
  printf("third %.21Lf\n", third);
  printf("%La\n", third);
  printf("%d %d %d\n", LDBL_MANT_DIG, LDBL_MAX_EXP, (int)sizeof(long double));
  long double big = 18446744073709551615.0L;
  unsigned long long u = big;
  printf("%llu\n", u);
  long double fromu = (unsigned long long)0xfedcba9876543210ULL;
  printf("%.1Lf\n", fromu);
  long long neg = -123456789012345678LL;
  long double fn = neg;
  printf("%.1Lf %lld\n", fn, (long long)fn);
  printf("%Lg %Lg\n", half(3.0L), half(-1e4000L));
  printf("%Lg %Lg\n", LDBL_MAX, LDBL_MIN);
  printf("%Lg\n", LDBL_EPSILON);
  long double acc = 0;
  for (int i = 1; i <= 100; i++) acc += 1.0L / i;
  printf("%.18Lf\n", acc);
  double d = acc;
  float f = acc;
  printf("%.17g %.9g\n", d, f);
  printf("%d %d %d\n", third < 0.34L, third == 1.0 / 3, (long double)(1.0 / 3) != third);
  int i = -7.9L;
  unsigned char c = 200.7L;
  printf("%d %d\n", i, c);
  return 0;
}
