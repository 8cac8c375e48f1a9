// GNU alternate keywords and __extension__: __signed__, __volatile__,
// __const__, __inline__, __restrict__, __asm__, __alignof__, __typeof__,
// __extension__ silencing pedantic constructs, and the empty asm barrier
// (kit has no inline assembler: asm with a template is reported).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static __inline__ int twice(int x) { return 2 * x; }
static __inline int thrice(int x) { return 3 * x; }
__extension__ typedef long long ll_t;
__extension__ static ll_t big = 1LL << 40;

static int copy(int *__restrict__ d, const int *__restrict s) { *d = *s; return *d; }

int main(void) {
  __signed__ char sc = -1;
  __signed short ss = -2;
  __volatile__ int v = 3;
  __volatile int v2 = 4;
  __const__ int c = 5;
  __const int c2 = 6;
  ASSERT(-1, sc);
  ASSERT(-2, ss);
  ASSERT(7, v + v2);
  ASSERT(11, c + c2);
  ASSERT(8, twice(4));
  ASSERT(12, thrice(4));
  ASSERT(1LL << 40, big);
  int x, y = 9;
  ASSERT(9, copy(&x, &y));
  ASSERT(8, __alignof__(double));
  ASSERT(8, __alignof(long));
  int z = __extension__ ({ 1 + 2; });
  ASSERT(3, z);
  __extension__ int zero[0];
  ASSERT(0, sizeof zero);
  __asm__ __volatile__("" ::: "memory");
  printf("OK\n");
  return 0;
}
