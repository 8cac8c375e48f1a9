// K&R (old-style) function definitions: parameters declared between the
// declarator and the body, default argument promotions (char and short
// arrive as int, float as double), undeclared parameters defaulting to
// int, and calls through unprototyped declarations.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int add();
double scale();
char *pick();

int add(a, b) int a, b; { return a + b; }
double scale(x, f) double x; float f; { return x * f; }
char *pick(s, i) char *s; { return s + i; }    // i defaults to int
static int narrow(c, s) char c; short s; { return c * 1000 + s; }
static long mixed(a, p, n) long a; int *p; unsigned n; { return a + *p + n; }
int count(n) { return n > 0 ? count(n - 1) + 1 : 0; }

int main(void) {
  ASSERT(7, add(3, 4));
  ASSERTF(3.0, scale(2.0, 1.5f));
  ASSERTS("llo", pick("hello", 2));
  ASSERT(65001, narrow('A', 1));
  int v = 10;
  ASSERT(15, mixed(2L, &v, 3u));
  ASSERT(5, count(5));
  int (*fp)() = add;
  ASSERT(11, fp(5, 6));
  printf("OK\n");
  return 0;
}
