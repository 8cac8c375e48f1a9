// Brace elision (C17 6.7.9p20): a flat list fills nested aggregates in
// order; a string initializes a char array member; the implicit
// zero-initialization of everything not mentioned.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct p { int a, b; };
struct q { struct p x; char name[4]; int arr[2]; };
static struct q g[2] = {1, 2, "ab", 3, 4, 5, 6, "cd"};
static int m[2][3] = {1, 2, 3, 4};
static struct p ps[] = {1, 2, 3};

int main(void) {
  ASSERT(2, g[0].x.b);
  ASSERTS("ab", g[0].name);
  ASSERT(4, g[0].arr[1]);
  ASSERT(5, g[1].x.a);
  ASSERTS("cd", g[1].name);
  ASSERT(0, g[1].arr[1]);
  ASSERT(4, m[1][0]);
  ASSERT(0, m[1][2]);
  ASSERT(2, sizeof ps / sizeof ps[0]);
  ASSERT(0, ps[1].b);
  int k = 7;
  struct q l = {k, k + 1, {'x'}, k + 2};
  ASSERT(8, l.x.b);
  ASSERT('x', l.name[0]);
  ASSERT(0, l.name[1]);
  ASSERT(9, l.arr[0]);
  ASSERT(0, l.arr[1]);
  int lm[2][2][2] = {1, 2, 3, 4, 5};
  ASSERT(5, lm[1][0][0]);
  ASSERT(0, lm[1][1][1]);
  struct q z = {0};
  ASSERT(0, z.arr[1] + z.name[3] + z.x.b);
  printf("OK\n");
  return 0;
}
