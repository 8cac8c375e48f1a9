// _Complex arithmetic against gcc: + - * / for float, double and long
// double complex, mixed real/complex operands, conjugation (~ and conj),
// __real__/__imag__ as lvalues, and equality.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: mul (-5.000000, 10.000000)
#include <complex.h>
#include <stdio.h>

#define P(name, z) printf(name " (%f, %f)\n", (double)creall(z), (double)cimagl(z))

int main(void) {
  double _Complex a = 1.0 + 2.0 * I, b = 3.0 + 4.0 * I;
  P("add", a + b);
  P("sub", a - b);
  P("mul", a * b);
  P("div", b / a);
  P("neg", -a);
  P("conj", ~a);
  P("conj2", conj(b));
  P("real*", a * 2.0);
  P("real/", 2.0 / a);
  P("real+", 5 + a);
  float _Complex f = 1.5f - 0.5f * I;
  P("fmul", f * f);
  P("fdiv", 1.0f / f);
  long double _Complex l = 2.0L + 3.0L * I;
  P("lmul", l * l);
  P("ldiv", l / (1.0L - 1.0L * I));
  double _Complex z = 0;
  __real__ z = 7;
  __imag__ z = -8;
  P("parts", z);
  z += a;
  z *= 2;
  P("compound", z);
  printf("%d %d\n", a == 1.0 + 2.0 * I, a != b);
  printf("%g %g\n", __real__ b, __imag__ b);
  printf("%zu %zu %zu\n", sizeof f, sizeof a, sizeof l);
  double _Complex inf = (1.0 / 0.0) + 1.0 * I;
  P("inf", inf * (1.0 + 1.0 * I));
  return 0;
}
