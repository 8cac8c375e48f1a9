// Unions, anonymous members, type punning.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

union u { int i; char c[4]; float f; };
struct tagged {
  int kind;
  union { int i; double d; };      // anonymous union
  struct { short lo, hi; };        // anonymous struct
};
union big { char c; long long l; double d; };

static union u make(int i) { union u x; x.i = i; return x; }

int main(void) {
  union u x;
  x.i = 0x01020304;
  ASSERT(4, x.c[0]);
  ASSERT(1, x.c[3]);
  ASSERT(4, sizeof x);
  x.f = 1.0f;
  ASSERT(0x3f800000, x.i);
  ASSERT(8, sizeof(union big));
  ASSERT(8, _Alignof(union big));
  struct tagged t;
  t.kind = 1;
  t.d = 2.5;
  ASSERTF(2.5, t.d);
  t.i = 3;
  ASSERT(3, t.i);
  t.lo = 5;
  t.hi = 6;
  ASSERT(6, t.hi);
  ASSERT(24, sizeof t);
  struct tagged u = {.kind = 2, .i = 9, .hi = 4};
  ASSERT(9, u.i);
  ASSERT(4, u.hi);
  ASSERT(0, u.lo);
  union u y = make(0x41);
  ASSERT('A', y.c[0]);
  union u z = {.c = {1, 2}};
  ASSERT(0x0201, z.i);
  union u w = {5};
  ASSERT(5, w.i);
  printf("OK\n");
  return 0;
}
