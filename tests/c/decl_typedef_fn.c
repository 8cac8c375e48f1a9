// Typedefs of function types used to declare functions and parameters,
// typedefs of arrays and pointers, qualified typedefs.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

typedef int binop(int, int);
typedef binop *binop_ptr;
typedef int vec3[3];
typedef const vec3 cvec3;
typedef char *string;

binop plus;      // declares the function int plus(int, int)
int plus(int a, int b) { return a + b; }
static int run(binop f, int x) { return f(x, x); }
static int total(cvec3 v) { return v[0] + v[1] + v[2]; }

int main(void) {
  binop_ptr p = plus;
  ASSERT(5, p(2, 3));
  ASSERT(8, run(plus, 4));
  vec3 v = {1, 2, 3};
  ASSERT(12, sizeof(vec3));
  ASSERT(6, total(v));
  vec3 *pv = &v;
  ASSERT(3, (*pv)[2]);
  string s = "xyz";
  const string cs = s;   // char *const, not const char *
  ASSERT('y', cs[1]);
  ASSERT(8, sizeof(string));
  printf("OK\n");
  return 0;
}
