// Pointer arithmetic: scaling by the element size, differences (ptrdiff_t),
// relational comparisons, one-past-the-end, void * and function-pointer
// arithmetic as GNU allows (size 1), pointers to members.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <stddef.h>
#include "test.h"

struct s { int a; double b; char c[5]; };

int main(void) {
  long arr[10];
  long *p = arr, *end = arr + 10;
  ASSERT(10, end - p);
  ASSERT(80, (char *)end - (char *)p);
  ASSERT(1, p < end && end > p && p <= p && !(p > end));
  p += 3;
  ASSERT(3, p - arr);
  p--;
  ASSERT(2, p - arr);
  ASSERT(7, &arr[9] - &arr[2]);
  ASSERT(-7, &arr[2] - &arr[9]);
  void *v = arr;
  v = (char *)v + 8;
  ASSERT(1, v == &arr[1]);
  void *gv = arr;
  gv += 16;                       // GNU: void * arithmetic in bytes
  ASSERT(1, gv == &arr[2]);
  ASSERT(1, sizeof(void));        // GNU
  struct s x;
  char *base = (char *)&x;
  ASSERT(offsetof(struct s, c), (char *)&x.c[0] - base);
  ASSERT(1, &x.c[4] - &x.c[0] == 4);
  struct s ss[3];
  ASSERT(sizeof(struct s), (char *)&ss[1] - (char *)&ss[0]);
  int m[3][4];
  ASSERT(4, &m[1][0] - &m[0][0]);
  ASSERT(1, &m[2] - &m[1]);
  ptrdiff_t d = &m[2][3] - &m[0][0];
  ASSERT(11, d);
  int *ip = &m[0][0];
  ASSERT(1, ip + 11 == &m[2][3]);
  int i = 2;
  ASSERT(1, &2[ip] == ip + 2 && i[ip] == *(ip + i));
  printf("OK\n");
  return 0;
}
