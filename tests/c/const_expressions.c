// Integer constant expressions everywhere the language needs them: array
// sizes, case labels, bit-field widths, enum values, _Static_assert,
// designators, static initializers (including casts, sizeof, ?: and
// floating constants cast to int).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

enum { K = 3 };
static int arr[K * 2 + (int)2.9];
struct bf { unsigned a : K + 1; unsigned b : sizeof(int) * 2; };
static int table[] = {[K] = 1, [K + 1 ... K * 2] = 2};
static const long init = (long)(1.5 * 4) + sizeof(struct bf) + (K > 2 ? 100 : 200) + (char)257;
static const unsigned long long mask = ~0ULL >> (64 - K * 4);
_Static_assert(sizeof arr == 32, "array size");

int main(void) {
  ASSERT(8, sizeof arr / sizeof arr[0]);
  ASSERT(2, table[K * 2]);
  ASSERT(7, sizeof table / sizeof table[0]);
  ASSERT(6 + 4 + 100 + 1, init);
  ASSERT(0xfff, mask);
  struct bf b = {15, 255};
  ASSERT(15, b.a);
  ASSERT(255, b.b);
  int x = 2;
  switch (x) { case K - 1: x = 20; break; case K: x = 30; }
  ASSERT(20, x);
  char local[K << 2];
  ASSERT(12, sizeof local);
  printf("OK\n");
  return 0;
}
