// float and double arithmetic printed exactly (%a and %.17g): rounding of
// each operation, float evaluated in float (FLT_EVAL_METHOD 0 on x86-64),
// fused-looking expressions not fused, negative zero, comparisons with NaN.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: 0x1.99999ap-4
#include <float.h>
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile float f = 0.1f;
  printf("%a\n", (double)f);
  volatile float a = 1.0f / 3.0f, b = a * 3.0f;
  printf("%a %a\n", (double)a, (double)b);
  volatile double x = 0.1, y = 0.2;
  printf("%.17g %d\n", x + y, x + y == 0.3);
  volatile double p = 1e308, q = 10;
  printf("%g %g\n", p * q, -p * q);
  volatile double nz = -0.0;
  printf("%g %g %d\n", nz, 1 / nz, nz == 0.0);
  volatile double nan = NAN;
  printf("%d %d %d %d\n", nan == nan, nan != nan, nan < 1, !(nan >= 1));
  volatile double m = 1.0 + DBL_EPSILON, k = 1.0 + DBL_EPSILON / 2;
  printf("%d %d\n", m > 1.0, k > 1.0);
  volatile float fa = 16777216.0f, fb = 1.0f;
  printf("%.1f\n", (double)(fa + fb));
  volatile double t = 3.0, u = 1.0 / 3.0;
  printf("%a\n", t * u - 1.0);
  printf("%.17g %.17g %.17g\n", sqrt(2.0), sin(1.0), exp(1.0));
  printf("%a %a\n", (double)(float)(x * y), x * y);
  float acc = 0;
  for (int i = 0; i < 1000; i++) acc += 0.001f;
  printf("%a\n", (double)acc);
  double dacc = 0;
  for (int i = 1; i <= 20; i++) dacc = dacc * 1.5 + 1.0 / i;
  printf("%a\n", dacc);
  return 0;
}
