// Qualifiers in every declarator position: const pointers, pointers to
// const, volatile, restrict, and the array-parameter qualifiers of C99
// (int a[static 3], int a[const]).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int first(const int a[static 3]) { return a[0] + a[2]; }
static void bump(int a[const 2]) { a[0]++; a[1]++; }
static int sum(int n, const int *restrict p) { int s = 0; while (n--) s += *p++; return s; }
static void copy(int *restrict d, const int *restrict s, int n) { for (int i = 0; i < n; i++) d[i] = s[i]; }

int main(void) {
  int x = 1, y = 2;
  int *const cp = &x;         // const pointer to int
  *cp = 5;
  ASSERT(5, x);
  const int *pc = &x;         // pointer to const int
  pc = &y;
  ASSERT(2, *pc);
  const int *const cpc = &y;
  ASSERT(2, *cpc);
  int const *volatile vp = &x;
  ASSERT(5, *vp);
  volatile int v = 3;
  v += 4;
  ASSERT(7, v);
  int *const *ppc = &cp;
  ASSERT(5, **ppc);
  const char *const names[] = {"a", "bc"};
  ASSERT('c', names[1][1]);
  int a[3] = {1, 2, 3};
  ASSERT(4, first(a));
  bump(a);
  ASSERT(2, a[0]);
  ASSERT(3, a[1]);
  ASSERT(8, sum(3, a));
  int b[3];
  copy(b, a, 3);
  ASSERT(3, b[2]);
  int *restrict r = &x;
  ASSERT(5, *r);
  printf("OK\n");
  return 0;
}
