// <tgmath.h>: glibc's macros call __builtin_tgmath (GNU C 8 and later,
// which kit presents), which picks the float, double, long double or
// complex function by the arguments' types (C17 7.25p3) -- against gcc:
// the chosen function shows in the result's size and in its value (musl's
// macros, in the musl lane, choose with __typeof__ instead).
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: sqrt 4 8 16 8 16
// CHECK: values 1.41421 1.4142135623731 1.41421356237309505 3
// CHECK: pow 4 8 16 8
// CHECK: complex 8 16 32 1 2
// CHECK: fmax 3 8 2.5
#include <stdio.h>
#include <tgmath.h>

int main(void) {
  float f = 2.0f;
  double d = 2.0;
  long double l = 2.0L;
  int i = 9;
  printf("sqrt %zu %zu %zu %zu %zu\n", sizeof(sqrt(f)), sizeof(sqrt(d)), sizeof(sqrt(l)), sizeof(sqrt(i)),
         sizeof(sqrt(f + l)));
  printf("values %g %.14g %.18Lg %g\n", (double)sqrt(f), sqrt(d), sqrt(l), sqrt(i));
  printf("pow %zu %zu %zu %zu\n", sizeof(pow(f, f)), sizeof(pow(f, d)), sizeof(pow(d, l)), sizeof(pow(f, 2)));
  float _Complex fz = 1.0f + 2.0fi;
  double _Complex dz = fz;
  long double _Complex lz = fz;
  double _Complex e = exp(dz * 0);
  printf("complex %zu %zu %zu %g %g\n", sizeof(sqrt(fz)), sizeof(sqrt(dz)), sizeof(sqrt(lz)), creal(e), cimag(conj(dz)) * -1);
  printf("fmax %g %zu %g\n", (double)fmax(f, 3.0f), sizeof(fmax(f, 3)), fmax(2.5, 1));
  return 0;
}
