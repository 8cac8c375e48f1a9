// Variable-length arrays: sizeof at run time, multidimensional, in loops,
// as parameters.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int sum2d(int n, int m, int a[n][m]) {
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) s += a[i][j];
  return s;
}

static long size_of(int n) {
  char buf[n * 3];
  return sizeof buf;
}

int main(void) {
  int n = 5;
  int a[n];
  ASSERT(20, sizeof a);
  for (int i = 0; i < n; i++) a[i] = i * i;
  ASSERT(16, a[4]);
  int m = 3;
  int b[n][m];
  ASSERT(60, sizeof b);
  ASSERT(12, sizeof b[0]);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) b[i][j] = i + j;
  ASSERT(6, b[4][2]);
  ASSERT(45, sum2d(n, m, b));
  ASSERT(30, size_of(10));
  // In a loop: the stack is released each iteration.
  long total = 0;
  for (int i = 1; i <= 1000; i++) {
    char big[i * 100];
    big[0] = 1;
    big[i * 100 - 1] = 2;
    total += big[0] + big[i * 100 - 1] + sizeof big;
  }
  ASSERT(50053000, total);
  typedef int row[m];
  row r;
  ASSERT(12, sizeof r);
  int (*p)[m] = b;
  ASSERT(5, p[1][2] + p[0][1] + 1);
  p++;
  ASSERT(1, p[0][0]);
  ASSERT(12, sizeof(int[m]));
  printf("OK\n");
  return 0;
}
