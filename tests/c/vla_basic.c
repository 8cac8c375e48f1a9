// Variable length arrays: sizeof evaluated at run time, 2-D VLAs, pointers
// to VLAs, VLA parameters, and a VLA typedef that keeps its size.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int sum2d(int rows, int cols, int m[rows][cols]) {
  int s = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) s += m[i][j];
  return s;
}
static size_t row_size(int n, int (*p)[n]) { return sizeof *p; }

int main(void) {
  int n = 5;
  int a[n];
  ASSERT(20, sizeof a);
  for (int i = 0; i < n; i++) a[i] = i * i;
  ASSERT(16, a[4]);
  int r = 3, c = 4;
  int m[r][c];
  ASSERT(48, sizeof m);
  ASSERT(16, sizeof m[0]);
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++) m[i][j] = i + j;
  ASSERT(30, sum2d(r, c, m));
  int (*p)[c] = m;
  p++;
  ASSERT(3, p[0][2]);
  ASSERT(16, row_size(c, m));
  typedef char buf[n];
  n = 100;            // the typedef's size was fixed when it was declared
  buf b;
  ASSERT(5, sizeof(buf));
  ASSERT(5, sizeof b);
  double d[n][2];
  ASSERT(1600, sizeof d);
  printf("OK\n");
  return 0;
}
