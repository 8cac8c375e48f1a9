// Expressions with many simultaneously live values (more than the
// registers): long sums of products, calls in the middle of expressions,
// and many locals live across calls. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
#include <stdio.h>

static __attribute__((noinline)) long id(long x) { return x; }

int main(void) {
  long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11, l = 12, m = 13, n = 14,
       o = 15, p = 16, q = 17, r = 18;
  long v1 = (a * b + c * d) * (e * f - g * h) + (i * j + k * l) * (m * n - o * p) + q * r;
  long v2 = a + id(b) * (c + id(d) * (e + id(f) * (g + id(h) * (i + id(j))))) - k * id(l) + m * (n - id(o)) * p;
  double x1 = 1.5, x2 = 2.5, x3 = 3.5, x4 = 4.5, x5 = 5.5, x6 = 6.5, x7 = 7.5, x8 = 8.5, x9 = 9.5, x10 = 10.5,
         x11 = 11.5, x12 = 12.5, x13 = 13.5, x14 = 14.5, x15 = 15.5, x16 = 16.5, x17 = 17.5;
  double v3 = (x1 * x2 + x3 * x4) / (x5 - x6 * x7) + (x8 + x9) * (x10 - x11) * (x12 + x13 / x14) - x15 * x16 * x17;
  double v4 = x1 + id(2) * x2 + (x3 + id(3) * (x4 - id(4) * x5)) * x6;
  // CHECK: v1 -12934 v2 7339
  printf("v1 %ld v2 %ld\n", v1, v2);
  printf("v3 %.17g v4 %.17g\n", v3, v4);
  printf("%ld\n", a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r);
  return 0;
}
