// Conversions involving _Complex: real to complex (imaginary part 0),
// complex to real (imaginary part dropped), complex to _Bool (either part
// nonzero), between complex precisions, and integer complex (GNU).
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: 3 0
#include <complex.h>
#include <stdio.h>

int main(void) {
  double _Complex z = 3;
  printf("%g %g\n", creal(z), cimag(z));
  double r = 2.0 + 5.0 * I;
  printf("%g\n", r);
  _Bool b1 = 0.0 + 1.0 * I, b2 = (double _Complex)0;
  printf("%d %d\n", b1, b2);
  float _Complex f = 1.0 / 3.0 + 2.0 / 3.0 * I;
  double _Complex back = f;
  printf("%.9f %.9f\n", creal(back), cimag(back));
  long double _Complex l = back;
  printf("%.9Lf\n", cimagl(l));
  int i = 4.9 + 1.0 * I;
  printf("%d\n", i);
  int _Complex ic = 3 + 4i;
  ic *= 2;
  printf("%d %d %zu\n", __real__ ic, __imag__ ic, sizeof ic);
  double _Complex fromi = ic;
  printf("%g %g\n", creal(fromi), cimag(fromi));
  printf("%g\n", cabs(3.0 + 4.0 * I));
  printf("%d\n", (int)(z == 3.0));
  return 0;
}
