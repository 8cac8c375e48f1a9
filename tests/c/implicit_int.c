// Old C that gcc still compiles in gnu17 (with warnings): implicit int for
// file-scope objects, functions without a return type, parameters without
// a type in K&R definitions, and storage class alone (static x;).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static counter = 3;
const limit = 10;
twice(x) { return 2 * x; }
static add3(a, b, c) long c; { return a + b + c; }
unsigned u = -1;
long l = 5, *lp = &l;

main() {
  ASSERT(3, counter);
  ASSERT(10, limit);
  ASSERT(4, sizeof counter);
  ASSERT(14, twice(7));
  ASSERT(6, add3(1, 2, 3L));
  register r = 9;
  auto a = 1;
  ASSERT(10, r + a);
  ASSERT(4, sizeof(u));
  ASSERT(5, *lp);
  printf("OK\n");
  return 0;
}
