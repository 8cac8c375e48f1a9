// Short-circuit evaluation, conditional expressions of all types.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int hits;
static int t(void) { hits++; return 1; }
static int f(void) { hits++; return 0; }
struct s { int a; };

int main(void) {
  hits = 0;
  ASSERT(0, f() && t());
  ASSERT(1, hits);
  hits = 0;
  ASSERT(1, t() || f());
  ASSERT(1, hits);
  hits = 0;
  ASSERT(1, f() || t() && t());
  ASSERT(3, hits);
  int x = 0;
  if (x++ || x++) {}
  ASSERT(2, x);
  double d = 0.0;
  ASSERT(0, d && 1);
  ASSERT(1, !d);
  char *p = 0;
  ASSERT(1, !p);
  ASSERT(0, p && *p);
  int n = 5;
  ASSERT(10, n > 3 ? n * 2 : n);
  ASSERTF(2.5, n > 3 ? 2.5 : 1);
  ASSERT(8, sizeof(n > 3 ? 1 : 2.0));
  struct s a = {1}, b = {2};
  ASSERT(2, (n > 3 ? b : a).a);
  int *q = n ? &n : 0;
  ASSERT(5, *q);
  const char *str = n == 5 ? "five" : "other";
  ASSERTS("five", str);
  void *vp = n ? (void *)&n : (int *)0;
  ASSERT(1, vp == &n);
  n > 3 ? (void)0 : (void)t();
  ASSERT(5, (n < 0) ? -n : n);
  int y = 1 ? 2 : (x = 99);
  ASSERT(2, y);
  ASSERT(2, x);
  ASSERT(1, (n == 5) == 1);
  ASSERT(1, (n < 10) + (n > 1) == 2);
  printf("OK\n");
  return 0;
}
