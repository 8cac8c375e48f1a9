// <complex.h> library functions called with kit-built _Complex values:
// csqrt, cexp, clog, cpow, cabs, carg, csin, ccos and the float forms,
// printed bit for bit against gcc's build.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: csqrt(-4) = 0 2
#include <complex.h>
#include <stdio.h>

int main(void) {
  double _Complex r = csqrt(-4.0 + 0.0 * I);
  printf("csqrt(-4) = %g %g\n", creal(r), cimag(r));
  double _Complex z = 1.0 + 2.0 * I;
  double _Complex e = cexp(z), l = clog(z), p = cpow(z, 2.0 + 0.5 * I);
  printf("%a %a\n%a %a\n%a %a\n", creal(e), cimag(e), creal(l), cimag(l), creal(p), cimag(p));
  printf("%a %a\n", cabs(z), carg(z));
  float _Complex fz = csqrtf(3.0f + 4.0f * I);
  printf("%a %a\n", (double)crealf(fz), (double)cimagf(fz));
  // (cexpl & co. are not called: a long double _Complex result comes back
  // in st0/st1 (COMPLEX_X87), which kit does not implement yet.)
  double _Complex s = csin(z), c = ccos(z);
  printf("%a %a %a %a\n", creal(s), cimag(s), creal(c), cimag(c));
  return 0;
}
