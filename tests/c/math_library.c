// libm from kit-compiled code: the common functions on a spread of
// arguments, compared with gcc's build bit for bit (%a), -lm in every lane.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: sqrt 0x1.6a09e667f3bcdp+0
#include <math.h>
#include <stdio.h>

int main(void) {
  printf("sqrt %a\n", sqrt(2.0));
  double xs[] = {0.1, 0.5, 1.0, 2.0, 3.14159, 10.0, 100.5};
  for (int i = 0; i < 7; i++) {
    double x = xs[i];
    printf("%a %a %a %a %a %a %a %a\n", sin(x), cos(x), tan(x), exp(x), log(x), pow(x, 1.5), atan2(x, 2.0), floor(x * 3.7));
    printf("%a %a %a %a\n", (double)sqrtf((float)x), ceil(x), fmod(x * 7, 3.0), hypot(x, 1.0));
  }
  printf("%a %a %a\n", round(2.5), trunc(-2.7), rint(3.5));
  printf("%ld %lld\n", lround(-3.5), llrint(1e10));
  int e;
  double m = frexp(1234.5, &e);
  printf("%a %d %a\n", m, e, ldexp(m, e));
  printf("%a %a\n", fabs(-0.0), copysign(3.0, -1.0));
  return 0;
}
