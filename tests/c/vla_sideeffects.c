// Size expressions of VLAs are evaluated exactly once, where the
// declaration is reached, including in sizeof of a VLA type and in
// parameter declarations.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int calls;
static int next(void) { return ++calls; }
static int param(int n, int a[next() + n]) { (void)a; return n; }

int main(void) {
  int n = 3;
  int a[n++];
  ASSERT(4, n);
  ASSERT(12, sizeof a);
  calls = 0;
  char b[next()][3];
  ASSERT(1, calls);
  ASSERT(3, sizeof b);
  char c[2][next() + 4];
  ASSERT(2, calls);
  ASSERT(12, sizeof c);
  calls = 0;
  size_t s = sizeof(int[next()]);
  ASSERT(1, calls);
  ASSERT(4, s);
  int x[5];
  calls = 0;
  param(1, x);
  ASSERT(1, calls);
  int k = 2;
  size_t t = sizeof(int[k][k + 1]);
  ASSERT(24, t);
  printf("OK\n");
  return 0;
}
