// <complex.h> library functions called with kit-built _Complex values:
// csqrt, cexp, clog, cpow, cabs, carg, csin, ccos and the float and long
// double forms (long double _Complex comes back in st(0)/st(1)),
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
  // volatile: gcc would fold cexpl at compile time, correctly rounded,
  // where libm's run-time answer may differ in the last bit.
  volatile long double re = 0.5L, im = 0.25L;
  long double _Complex lz = cexpl(re + im * I);   // COMPLEX_X87: st(0), st(1)
  printf("%La %La\n", creall(lz), cimagl(lz));
  lz = csqrtl(lz) * clogl(2.0L + 1.0L * I);
  printf("%La %La\n", creall(lz), cimagl(lz));
  double _Complex s = csin(z), c = ccos(z);
  printf("%a %a %a %a\n", creal(s), cimag(s), creal(c), cimag(c));
  return 0;
}
