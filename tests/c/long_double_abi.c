// long double across calls: passed in memory (class X87), returned in
// st(0), as variadic arguments, in structs, mixed with int and double
// arguments past the register limits. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: sum 21.5
#include <stdarg.h>
#include <stdio.h>

struct ld { long double x; int tag; };
static long double sum(int a, long double b, double c, long double d, int e, long double f) {
  return a + b + c + d + e + f;
}
static struct ld scale(struct ld v, long double k) { v.x *= k; v.tag++; return v; }
static long double va(int n, ...) {
  va_list ap; va_start(ap, n);
  long double s = 0;
  for (int i = 0; i < n; i++) s += (i % 2) ? va_arg(ap, long double) : va_arg(ap, double);
  va_end(ap);
  return s;
}
static long double many(double a, double b, double c, double d, double e, double f, double g,
                        double h, double i, long double j) { return a + b + c + d + e + f + g + h + i + j; }

int main(void) {
  printf("sum %Lg\n", sum(1, 2.5L, 3.0, 4.0L, 5, 6.0L));
  struct ld v = scale((struct ld){1.5L, 7}, 4);
  printf("%Lg %d\n", v.x, v.tag);
  printf("%Lg\n", va(4, 1.0, 2.0L, 3.0, 4.5L));
  printf("%Lg\n", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10.25L));
  long double arr[3] = {1.0L / 3, 2.0L / 3, 1};
  printf("%.20Lg\n", arr[0] + arr[1] + arr[2]);
  return 0;
}
