// The preprocessor inside a program: object and function-like macros,
// stringification and pasting, variadic macros with __VA_ARGS__ and the
// GNU ", ## __VA_ARGS__", recursion stopping, #if arithmetic, and
// predefined identifiers.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define N 42
#define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1)
#define COUNT_(a, b, c, d, e, n, ...) n
#define FMT(fmt, ...) snprintf(buf, sizeof buf, fmt, ## __VA_ARGS__)
#define SQUARE(x) ((x) * (x))
#define EMPTY
#define APPLY(m, x) m(x)

int main(void) {
  ASSERTS("N", STR(N));
  ASSERTS("42", XSTR(N));
  ASSERTS("a + b", STR(a   +    b));
  ASSERTS("\"q\\n\"", STR("q\n"));
  int CAT(var, 1) = 5;
  ASSERT(5, var1);
  ASSERT(42, XCAT(N, ));
  ASSERT(3, COUNT(a, b, c));
  ASSERT(1, COUNT(x));
  char buf[32];
  FMT("plain");
  ASSERTS("plain", buf);
  FMT("%d-%s", 7, "x");
  ASSERTS("7-x", buf);
  int foo = 1;
#define foo foo + 1
  ASSERT(2, foo);              // foo expands once: foo + 1
#undef foo
  ASSERT(49, SQUARE(3 + 4));
  ASSERT(16, APPLY(SQUARE, 4));
  ASSERT(3, 1 EMPTY + 2);
#if (N * 2 == 84) && defined(N) && !defined(UNDEFINED) && (-1 < 0u) == 0
  int cond = 1;
#else
  int cond = 0;
#endif
  ASSERT(1, cond);
#if __STDC_VERSION__ >= 201710L && __STDC__ && __STDC_HOSTED__
  cond = 2;
#endif
  ASSERT(2, cond);
  int l1 = __LINE__;
  int l2 = __LINE__;
  ASSERT(1, l2 - l1);
  ASSERT(1, strstr(__FILE__, "preprocessor_macros.c") != 0);
  printf("OK\n");
  return 0;
}
