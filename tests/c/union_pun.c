// Unions: every member at offset 0, type punning between float and integer
// representations, size and alignment of the largest member.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

union fi { float f; unsigned u; unsigned char b[4]; };
union di { double d; unsigned long long u; int halves[2]; };
union mix { char c; double d; int a[3]; };

int main(void) {
  union fi x;
  x.f = 1.0f;
  ASSERT(0x3f800000, x.u);
  ASSERT(0x80, x.b[2]);
  ASSERT(0x3f, x.b[3]);
  x.u = 0xc0490fdb;
  ASSERT(1, x.f < -3.14f && x.f > -3.15f);
  union di y;
  y.d = -2.0;
  ASSERT(0xc000000000000000ULL, y.u);
  ASSERT((int)0xc0000000, y.halves[1]);
  ASSERT(16, sizeof(union mix));
  ASSERT(8, _Alignof(union mix));
  union mix m;
  ASSERT(1, (void *)&m.c == (void *)&m.d && (void *)&m.a == (void *)&m);
  m.a[0] = 0x41424344;
  ASSERT(0x44, m.c);
  printf("OK\n");
  return 0;
}
