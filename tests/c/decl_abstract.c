// Abstract declarators in sizeof, casts, _Alignof and parameter lists.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int apply(int (*)(int), int);
static int inc(int x) { return x + 1; }
static int apply(int (*f)(int), int v) { return f(v); }
static long sum(int n, int[n]);
static long sum(int n, int a[n]) { long s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }

int main(void) {
  ASSERT(8, sizeof(int *));
  ASSERT(20, sizeof(int[5]));
  ASSERT(8, sizeof(int (*)[5]));
  ASSERT(40, sizeof(int *[5]));
  ASSERT(8, sizeof(int (*)(void)));
  ASSERT(24, sizeof(int (*[3])(int)));
  ASSERT(60, sizeof(int[3][5]));
  ASSERT(8, sizeof(char (**)[7]));
  ASSERT(4, _Alignof(int[9]));
  void *p = (void *)inc;
  ASSERT(42, ((int (*)(int))p)(41));
  ASSERT(6, apply(inc, 5));
  int arr[4] = {1, 2, 3, 4};
  ASSERT(10, sum(4, arr));
  char buf[16] = "abcdefghijklmno";
  ASSERT('f', (*(char (*)[4])(buf + 4))[1]);
  ASSERT('k', ((char (*)[5])buf)[2][0]);
  printf("OK\n");
  return 0;
}
