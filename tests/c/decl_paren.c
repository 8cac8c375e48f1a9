// Parenthesized declarators: redundant parentheses, a function name in
// parentheses (which suppresses a function-like macro), and typedef names
// redeclared as ordinary identifiers in inner scopes.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int (twice)(int x) { return 2 * x; }
#define twice(x) (-(x))
typedef int T;

int main(void) {
  int (x) = 3;
  int ((y)) = 4;
  int (*(p)) = &x;
  int ((*q))[2];
  int arr[2] = {5, 6};
  q = &arr;
  ASSERT(3, x);
  ASSERT(4, y);
  ASSERT(3, *p);
  ASSERT(6, (*q)[1]);
  ASSERT(-5, twice(5));
  ASSERT(10, (twice)(5));
  {
    T T = 8;   // the typedef name used as a variable in an inner scope
    ASSERT(8, T);
  }
  T z = 2;
  ASSERT(2, z);
  ASSERT(4, sizeof(T));
  printf("OK\n");
  return 0;
}
