// typedef names: scopes, redeclaration, function and array typedefs.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

typedef int myint;
typedef int myint;
typedef int arr3[3];
typedef int fn_t(int);
typedef fn_t *fnp_t;
typedef struct node node;
struct node { node *next; myint v; };
typedef const char *cstr;
static int twice(int x) { return x * 2; }
static fn_t thrice;
static int thrice(int x) { return x * 3; }

int main(void) {
  myint a = 3;
  arr3 b = {1, 2, 3};
  ASSERT(12, sizeof b);
  fnp_t f = twice;
  ASSERT(6, f(a));
  ASSERT(9, thrice(a));
  node n2 = {0, 2}, n1 = {&n2, 1};
  ASSERT(2, n1.next->v);
  cstr s = "x";
  ASSERT('x', *s);
  {
    typedef double myint;
    myint d = 1.5;
    ASSERTF(1.5, d);
  }
  myint c = 7;
  ASSERT(7, c);
  typedef arr3 arr3x2[2];
  arr3x2 m = {{1}, {2}};
  ASSERT(24, sizeof m);
  ASSERT(2, m[1][0]);
  printf("OK\n");
  return 0;
}
