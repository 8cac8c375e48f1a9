// The type of `c ? a : b` (C17 6.5.15): integer operands are promoted
// first, so a narrow unsigned bit-field makes an int, as in gcc; a pointer
// cast from 0 to `const void *` is not a null pointer constant, so its
// qualifiers join the result; pointers to an array of unknown size and to
// a sized one give the composite, the sized one (TinyCC tests2 93, 94).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct s { unsigned ub : 3; unsigned u32 : 32; unsigned long long ull : 40; unsigned u; } s = {5, 7, 9, 1};

#define IS(T, e) _Generic((e), T: 1, default: 0)

int main(void) {
  int c = 1;
  ASSERT(1, IS(int, c ? s.ub : 1));
  ASSERT(1, IS(int, c ? 1 : s.ub));
  ASSERT(1, IS(unsigned, c ? s.u32 : 1));
  ASSERT(1, IS(unsigned, c ? s.u : 1));
  ASSERT(-1, c ? s.ub - 6 : 0);  // int arithmetic: -1, not a large unsigned
  ASSERT(1, IS(const volatile void *, 0 ? (volatile int *)0 : (const void *)0));
  ASSERT(1, IS(volatile int *, 0 ? (volatile int *)0 : (void *)0));
  ASSERT(1, IS(int (*)[4], 0 ? (int (*)[])0 : (int (*)[4])0));
  ASSERT(1, IS(int (*)[4], 0 ? (int (*)[4])0 : (int (*)[])0));
  ASSERT(4 * sizeof(int), sizeof *(c ? (int (*)[])0 : (int (*)[4])0));
  printf("OK\n");
  return 0;
}
