// Block scopes: shadowing, lifetimes in loops, labels vs variables.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int x = 1;
static int get_x(void) { return x; }

int main(void) {
  ASSERT(1, x);
  int x = 2;
  ASSERT(2, x);
  {
    int x = 3;
    ASSERT(3, x);
    {
      x = 4;
      int x = 5;
      ASSERT(5, x);
    }
    ASSERT(4, x);
  }
  ASSERT(2, x);
  ASSERT(1, get_x());
  int sum = 0;
  for (int i = 0; i < 3; i++) {
    int y = i * 10;
    sum += y;
  }
  ASSERT(30, sum);
  struct x { int x; } s = {6};
  ASSERT(6, s.x);
  goto x;
x:
  ASSERT(2, x);
  printf("OK\n");
  return 0;
}
