// inline in C99 semantics: static inline, an inline definition with an
// extern declaration in the same file (emits the external definition),
// GNU extern inline (gnu_inline) not emitted, and inline functions whose
// address is taken.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static inline int sq(int x) { return x * x; }
inline int cube(int x) { return x * x * x; }
extern int cube(int x);    // makes this translation unit provide cube
extern inline __attribute__((gnu_inline)) int add1(int x) { return x + 1; }
int add1(int x);
int add1_real(int x) { return x + 1000; }
static inline int unused_helper(void) { return 0; }   // never emitted, never an error

int main(void) {
  ASSERT(49, sq(7));
  ASSERT(27, cube(3));
  int (*p)(int) = cube;
  ASSERT(64, p(4));
  int (*q)(int) = sq;
  ASSERT(81, q(9));
  ASSERT(1001, add1_real(1));
  printf("OK\n");
  return 0;
}
