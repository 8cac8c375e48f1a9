// _Atomic as a type qualifier (_Atomic int, int _Atomic) and as a type
// specifier (_Atomic(int)), on pointers (int *_Atomic) versus pointed-to
// objects (_Atomic int *), struct members, typedefs and compound literals,
// with the sizes and the arithmetic they allow.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

typedef _Atomic(long) along;
struct counters { _Atomic int hits; int _Atomic misses; along total; };

static void hit(struct counters *c, int n) { c->hits += n; c->total += n; }

int main(void) {
  _Atomic int a = 1;
  int _Atomic b = 2;
  _Atomic(int) c = 3;
  a += b + c;
  ASSERT(6, a);
  int x = 10, y = 20;
  int *_Atomic pa = &x;       // the pointer is atomic
  pa = &y;
  ASSERT(20, *pa);
  _Atomic int *ap = &a;       // the pointee is atomic
  (*ap)++;
  ASSERT(7, a);
  struct counters cs = {0};
  for (int i = 1; i <= 10; i++) hit(&cs, i);
  cs.misses++;
  ASSERT(55, cs.hits);
  ASSERT(55, cs.total);
  ASSERT(1, cs.misses);
  ASSERT(4, sizeof(_Atomic int));
  ASSERT(8, sizeof(along));
  ASSERT(1, __builtin_types_compatible_p(_Atomic(int), _Atomic int));
  ASSERT(1, __builtin_types_compatible_p(_Atomic int, int));   // top-level qualifiers ignored (gcc)
  ASSERT(0, __builtin_types_compatible_p(_Atomic int *, int *));
  along t = 5;
  t *= 3;
  t -= 1;
  t /= 2;
  t %= 4;
  t <<= 4;
  ASSERT(48, t);
  printf("OK\n");
  return 0;
}
