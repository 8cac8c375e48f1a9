// GNU complex integers spelled with only a sign: `_Complex unsigned` and
// `_Complex signed` are complex unsigned int and complex int (gcc), while
// `_Complex` alone is _Complex double.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static unsigned char g;

static unsigned char f(_Complex unsigned c) {
  _Complex unsigned t = 3;
  return __real__ c + __imag__ t + g;
}

int main(void) {
  _Complex unsigned u = 5;
  _Complex signed s = -2;
  ASSERT(sizeof(unsigned) * 2, sizeof u);
  ASSERT(sizeof(int) * 2, sizeof s);
  ASSERT(1, _Generic(__real__ u, unsigned: 1, default: 0));
  ASSERT(1, _Generic(__real__ s, int: 1, default: 0));
  ASSERT(-2, __real__ s);
  ASSERT(0xffffffffu, (unsigned)(__real__ u - 6));
  g = 1;
  ASSERT(6, f(u));
  ASSERT(sizeof(double) * 2, sizeof(_Complex));
  printf("OK\n");
  return 0;
}
