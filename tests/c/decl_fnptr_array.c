// Declarators: arrays of function pointers, pointers to them, and calls
// through every spelling (f(), (*f)(), (**f)()).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

int (*ops[3])(int, int) = {add, sub, mul};
int (*(*ops_ptr)[3])(int, int) = &ops;
static int (*const cops[])(int, int) = {mul, add};

int main(void) {
  ASSERT(7, ops[0](3, 4));
  ASSERT(-1, (*ops[1])(3, 4));
  ASSERT(12, (**ops[2])(3, 4));
  ASSERT(12, (*ops_ptr)[2](3, 4));
  ASSERT(24, sizeof ops);
  ASSERT(2, (int)(sizeof cops / sizeof cops[0]));
  ASSERT(30, cops[0](5, 6));
  int (**walk)(int, int) = ops;
  int acc = 0;
  for (int i = 0; i < 3; i++) acc += walk[i](10, 2);
  ASSERT(12 + 8 + 20, acc);
  ASSERT(1, ops[0] == add);
  ASSERT(1, ops[1] != add);
  int (*f)(int, int) = &add;
  ASSERT(9, f(4, 5));
  ASSERT(9, (&*f)(4, 5));
  printf("OK\n");
  return 0;
}
