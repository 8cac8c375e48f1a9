// typeof / __typeof__ / __typeof of expressions and type names, with
// qualifiers kept, arrays and function types, in declarations and casts;
// __auto_type infers from the initializer.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int f(int x) { return x + 1; }
#define SWAP(a, b) do { __typeof__(a) _t = (a); (a) = (b); (b) = _t; } while (0)
#define IS_SAME(a, b) __builtin_types_compatible_p(a, b)

int main(void) {
  int i = 1;
  typeof(i) j = 2;
  __typeof__(i * 2.0) d = 1.5;
  ASSERT(8, sizeof d);
  ASSERT(2, j);
  int arr[7];
  typeof(arr) arr2;
  ASSERT(28, sizeof arr2);
  typeof(int *) pi = &i;
  ASSERT(1, *pi);
  typeof(f) *fp = f;
  ASSERT(6, fp(5));
  const int ci = 4;
  ASSERT(1, IS_SAME(typeof(ci), const int));
  ASSERT(1, IS_SAME(__typeof(ci + 0), int));
  typeof(typeof(char) *[3]) ptrs;
  ASSERT(24, sizeof ptrs);
  long a = 5, b = 9;
  SWAP(a, b);
  ASSERT(9, a);
  ASSERT(5, b);
  __auto_type x = 3000000000u;
  ASSERT(1, IS_SAME(typeof(x), unsigned int));
  __auto_type p = arr;        // decays
  ASSERT(1, IS_SAME(typeof(p), int *));
  __auto_type s = "str";
  ASSERT(8, sizeof s);
  int n = 3;
  typeof(int[n]) vla;         // typeof of a VLA type
  ASSERT(12, sizeof vla);
  typeof(i++) k = 0;          // not evaluated
  ASSERT(1, i);
  (void)k;
  printf("OK\n");
  return 0;
}
