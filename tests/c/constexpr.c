// Constant expressions: array sizes, case labels, enumerators, bit-field
// widths and static initializers computed at compile time.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define N (3 * 4 + 1)
enum { E1 = N << 2, E2 = sizeof(long) * 2, E3 = (N > 10) ? 100 : 200, E4 = -N / 2 };
static int arr[N * 2];
static int sizes[] = { sizeof(int), sizeof(arr) / sizeof(arr[0]), E3, 1 ? 2 : 3 };
static long addr_diff = (char *)&arr[5] - (char *)&arr[0];
static unsigned long big = (unsigned long)-1 / 3;
static double dbl = 1.0 / 8 + 2;
static int castf = (int)3.99;
static char chars[] = { 'a' + 1, "xyz"[1] };
struct bits { int a : N - 10; };

int main(void) {
  ASSERT(26, sizeof arr / sizeof arr[0]);
  ASSERT(52, E1);
  ASSERT(16, E2);
  ASSERT(100, E3);
  ASSERT(-6, E4);
  ASSERT(4, sizes[0]);
  ASSERT(26, sizes[1]);
  ASSERT(2, sizes[3]);
  ASSERT(20, addr_diff);
  ASSERT(6148914691236517205L, (long)big);
  ASSERTF(2.125, dbl);
  ASSERT(3, castf);
  ASSERT('b', chars[0]);
  ASSERT('y', chars[1]);
  struct bits b = {3};
  ASSERT(3, b.a);
  switch (13) { case N: break; default: ASSERT(0, 1); }
  _Static_assert(N == 13, "");
  _Static_assert(sizeof(struct bits) == 4, "");
  printf("OK\n");
  return 0;
}
