// float, double, long double: arithmetic, conversions, comparisons, NaN.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static float halff(float x) { return x / 2; }
static double add_d(double a, double b) { return a + b; }
static long double mul_ld(long double a, long double b) { return a * b; }

int main(void) {
  ASSERT(3, (int)3.7);
  ASSERT(-3, (int)-3.7);
  ASSERT(4294967295, (unsigned)4294967295.0);
  ASSERT(1, 0.1 + 0.2 != 0.3);
  ASSERTF(0.5, 1.0 / 2);
  ASSERTF(2.5f, halff(5));
  ASSERTF(3.75, add_d(1.5, 2.25));
  ASSERTF(6.0L, mul_ld(2.0L, 3.0L));
  double d = 1e308;
  ASSERT(1, d * 10 > d);
  double nan = 0.0 / 0.0;
  ASSERT(1, nan != nan);
  ASSERT(0, nan == nan);
  ASSERT(0, nan < 1);
  ASSERT(0, nan >= 1);
  float f = 16777217;
  ASSERT(16777216, (int)f);
  ASSERT(1, 1.0f == 1.0);
  ASSERT(4, sizeof(float));
  ASSERT(8, sizeof(double));
  ASSERT(16, sizeof(long double));
  long double ld = 1.0L / 3.0L;
  ASSERT(1, ld != (double)ld);
  ASSERT(1, (long double)0.1 != 0.1L);
  ASSERTF(1e-5, 1e-5);
  ASSERTF(255.0, 0xffp0);
  ASSERTF(0.5, 0x1p-1);
  unsigned long long big = 18446744073709551615ULL;
  ASSERT(1, (double)big == 18446744073709551616.0);
  ASSERT(9223372036854775807LL, (long long)9223372036854775807.0L - 0);
  ASSERT(-1, (long long)-1.5);
  int i = 7;
  i *= 1.5;
  ASSERT(10, i);
  double dd = 2;
  dd /= 4;
  ASSERTF(0.5, dd);
  dd++;
  ASSERTF(1.5, dd);
  _Bool b = 0.5;
  ASSERT(1, b);
  b = 0.0;
  ASSERT(0, b);
  ASSERT(1, -0.0 == 0.0);
  float arr[3] = {1.5f, 2.5f, 3.5f};
  float s = 0;
  for (int k = 0; k < 3; k++) s += arr[k];
  ASSERTF(7.5, s);
  static double gd = 1.0 / 4;
  ASSERTF(0.25, gd);
  static long double gld = 1.5L;
  ASSERTF(1.5L, gld);
  char buf[64];
  sprintf(buf, "%.3f %.2Lf %g", 3.14159, 2.5L, 1e-3);
  ASSERTS("3.142 2.50 0.001", buf);
  printf("OK\n");
  return 0;
}
