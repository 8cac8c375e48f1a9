// __builtin_types_compatible_p (qualifiers ignored at the top level,
// typedefs transparent, enums compatible with their underlying type as
// gcc says) and __builtin_choose_expr (only the chosen branch's type
// and value; the other is not evaluated).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

typedef int myint;
enum e { A, B };
struct s1 { int x; };
struct s2 { int x; };
#define TC(a, b) __builtin_types_compatible_p(a, b)
static int negate(int x) { return -x; }
static long negate2(long x) { return -x; }

int main(void) {
  ASSERT(1, TC(int, myint));
  ASSERT(1, TC(const int, int));
  ASSERT(1, TC(volatile long, long));
  ASSERT(0, TC(int, long));
  ASSERT(0, TC(int *, const int *));
  ASSERT(0, TC(struct s1, struct s2));
  ASSERT(1, TC(int[5], int[5]));
  ASSERT(1, TC(int[], int[5]));
  ASSERT(0, TC(int[4], int[5]));
  ASSERT(1, TC(char *, typeof("abc"[0]) *));
  ASSERT(0, TC(char, signed char));
  ASSERT(0, TC(long, long long));
  ASSERT(1, TC(int (*)(int), typeof(&negate)));
  ASSERT(0, TC(int (*)(int), typeof(&negate2)));
  ASSERT(1, TC(unsigned, enum e));
  int side = 0;
  int r = __builtin_choose_expr(1, 10, side++);
  ASSERT(10, r);
  ASSERT(0, side);
  ASSERT(8, sizeof(__builtin_choose_expr(0, (char)1, 2.0)));
  ASSERT(1, sizeof(__builtin_choose_expr(TC(int, int), (char)1, 2.0)));
  __builtin_choose_expr(1, side = 5, (void)0);
  ASSERT(5, side);
  printf("OK\n");
  return 0;
}
