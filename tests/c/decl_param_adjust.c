// Parameter type adjustment (C17 6.7.6.3): array parameters are pointers,
// function parameters are function pointers, sizeof sees the pointer.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int size_of_param(int a[100]) { return sizeof a; }
static int size_of_row(int m[][7]) { return sizeof m[0]; }
static int call(int f(int), int v) { return f(v) + (int)sizeof f; }
static int neg(int x) { return -x; }
static int modify(int a[3]) { a = a + 1; return a[0]; }
static int three_d(int t[2][3][4]) { return t[1][2][3]; }

int main(void) {
  int arr[100] = {0};
  ASSERT(8, size_of_param(arr));
  int m[2][7];
  ASSERT(28, size_of_row(m));
  ASSERT(-3 + 8, call(neg, 3));
  int v[3] = {7, 8, 9};
  ASSERT(8, modify(v));
  int t[2][3][4] = {0};
  t[1][2][3] = 123;
  ASSERT(123, three_d(t));
  printf("OK\n");
  return 0;
}
