// __builtin_expect (and _with_probability), __builtin_constant_p on
// literals, constant expressions, variables and in static initializers,
// __builtin_assume_aligned, __builtin_unreachable on impossible paths.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
static const int cp_static = __builtin_constant_p(3 * 4) ? 100 : 200;
static int classify(int x) {
  if (x == 1) return 10;
  if (x == 2) return 20;
  __builtin_unreachable();
}

int main(void) {
  int v = 5;
  ASSERT(1, likely(v == 5));
  ASSERT(0, unlikely(v == 6));
  ASSERT(7, __builtin_expect(7, 0));
  ASSERT(1, __builtin_expect_with_probability(v > 1, 1, 0.9));
  ASSERT(1, __builtin_constant_p(42));
  ASSERT(1, __builtin_constant_p(3 + 4 * 2));
  ASSERT(1, __builtin_constant_p("literal"));
  ASSERT(0, __builtin_constant_p(v));
  ASSERT(100, cp_static);
  ASSERT(1, __builtin_constant_p(sizeof(int)));
  double al[4] __attribute__((aligned(32))) = {1, 2, 3, 4};
  double *p = __builtin_assume_aligned(al, 32);
  ASSERTF(3.0, p[2]);
  ASSERT(20, classify(2));
  printf("OK\n");
  return 0;
}
