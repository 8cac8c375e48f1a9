// GNU89 inline semantics under -fgnu89-inline (and -std=gnu89): `inline`
// alone makes an ordinary external definition, `extern inline` one used
// only for inlining, which a later plain definition replaces (gcc torture
// tests like 20001121-1 and va-arg-7 rely on both). The second object file
// refers to twice() by name: it links only if the inline one is external.
// RUN: %kit cc -fgnu89-inline -DPART2 -c %s -o %t.part2.o
// RUN: %c-run %s %t -- -fgnu89-inline %t.part2.o | FileCheck %s
// RUN: %kit cc -std=gnu89 -DPART2 -c %s -o %t.part2b.o && %kit cc -std=gnu89 %s %t.part2b.o -o %t.gnu89 && %t.gnu89 | FileCheck %s
// CHECK: OK
#include "test.h"

#ifdef PART2
int twice(int);
int call_twice(int x) { return twice(x); }
#else
int call_twice(int);

inline int twice(int x) { return 2 * x; }  // external: part 2 calls it

extern inline int pick(int x) { return -1; }  // for inlining only: replaced below
int pick(int x) { return x + 1; }

int main(void) {
  ASSERT(14, call_twice(7));
  ASSERT(6, twice(3));
  int (*p)(int) = pick;
  ASSERT(5, p(4));
  ASSERT(5, pick(4));
  printf("OK\n");
  return 0;
}
#endif
