// _Complex values passed and returned by value: float _Complex in one SSE
// register, double _Complex in two, long double _Complex in memory; also
// as struct members and through '...'. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: f 3.5 -1
#include <complex.h>
#include <stdarg.h>
#include <stdio.h>

struct cs { double _Complex z; float _Complex w; };
static float _Complex addf(float _Complex a, float _Complex b) { return a + b; }
static double _Complex muld(double _Complex a, double _Complex b, double s) { return a * b * s; }
static long double _Complex negl(long double _Complex a) { return -a; }
static double _Complex many(double _Complex a, double _Complex b, double _Complex c, double _Complex d,
                            double _Complex e) { return a + b + c + d + e; }
static struct cs twist(struct cs s) { s.z *= I; s.w = conjf(s.w); return s; }
static double _Complex va_sum(int n, ...) {
  va_list ap; va_start(ap, n);
  double _Complex s = 0;
  while (n--) s += va_arg(ap, double _Complex);
  va_end(ap);
  return s;
}

int main(void) {
  float _Complex f = addf(1.5f + 1.0f * I, 2.0f - 2.0f * I);
  printf("f %g %g\n", crealf(f), cimagf(f));
  double _Complex d = muld(1 + I, 1 - I, 3);
  printf("d %g %g\n", creal(d), cimag(d));
  long double _Complex l = negl(1.25L + 2.5L * I);
  printf("l %Lg %Lg\n", creall(l), cimagl(l));
  double _Complex m = many(1, I, 2, 2 * I, 3 + 3 * I);
  printf("m %g %g\n", creal(m), cimag(m));
  struct cs s = twist((struct cs){1 + 2 * I, 3 + 4 * I});
  printf("s %g %g %g %g\n", creal(s.z), cimag(s.z), crealf(s.w), cimagf(s.w));
  double _Complex v = va_sum(3, 1.0 + I, 2.0 + 2 * I, (double _Complex)4);
  printf("v %g %g\n", creal(v), cimag(v));
  return 0;
}
