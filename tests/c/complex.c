// _Complex arithmetic and conversions.
// RUN: %c-run %s %t -- -lm | FileCheck %s
// CHECK: OK
#include "test.h"
#include <complex.h>

static double _Complex cmul(double _Complex a, double _Complex b) { return a * b; }
static float _Complex conj_f(float _Complex z) { return ~z; }

int main(void) {
  double _Complex z = 1.0 + 2.0 * I;
  ASSERTF(1.0, __real__ z);
  ASSERTF(2.0, __imag__ z);
  ASSERTF(1.0, creal(z));
  ASSERTF(2.0, cimag(z));
  double _Complex w = z * z;  // (1+2i)^2 = -3 + 4i
  ASSERTF(-3.0, creal(w));
  ASSERTF(4.0, cimag(w));
  w = z + 3;
  ASSERTF(4.0, creal(w));
  ASSERTF(2.0, cimag(w));
  w = z / (1.0 + 2.0 * I);
  ASSERTF(1.0, creal(w));
  ASSERTF(0.0, cimag(w));
  w = cmul(z, 2.0 * I);
  ASSERTF(-4.0, creal(w));
  ASSERTF(2.0, cimag(w));
  ASSERT(1, z == 1.0 + 2.0 * I);
  ASSERT(1, z != 1.0);
  float _Complex f = 3.0f + 4.0if;
  f = conj_f(f);
  ASSERTF(-4.0, cimagf(f));
  long double _Complex l = f;
  ASSERTF(3.0L, creall(l));
  double r = z;  // discards the imaginary part
  ASSERTF(1.0, r);
  _Bool b = 0.0 + 1.0i;
  ASSERT(1, b);
  ASSERT(16, sizeof(double _Complex));
  ASSERT(8, sizeof(float _Complex));
  ASSERT(32, sizeof(long double _Complex));
  z += 1;
  ASSERTF(2.0, creal(z));
  __real__ z = 5;
  ASSERTF(5.0, creal(z));
  static double _Complex gz = 1.5 + 2.5i;
  ASSERTF(2.5, cimag(gz));
  printf("OK\n");
  return 0;
}
