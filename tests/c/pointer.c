// Pointers: arithmetic, comparison, arrays, pointer to pointer, void *.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  int x = 3;
  int *p = &x;
  ASSERT(3, *p);
  *p = 5;
  ASSERT(5, x);
  int **pp = &p;
  **pp = 7;
  ASSERT(7, x);
  int a[5] = {10, 20, 30, 40, 50};
  int *q = a;
  ASSERT(10, *q);
  ASSERT(30, *(q + 2));
  ASSERT(30, q[2]);
  ASSERT(30, 2[q]);
  ASSERT(50, *(a + 4));
  q += 3;
  ASSERT(40, *q);
  q--;
  ASSERT(30, *q);
  ASSERT(20, q[-1]);
  ASSERT(2, q - a);
  ASSERT(-2, a - q);
  ASSERT(1, q > a);
  ASSERT(1, a + 2 == q);
  ASSERT(0, q == 0);
  ASSERT(1, (void *)0 == 0);
  int *end = &a[5];
  int sum = 0;
  for (int *i = a; i != end; i++) sum += *i;
  ASSERT(150, sum);
  long la[3];
  ASSERT(16, (char *)&la[2] - (char *)&la[0]);
  void *v = a;
  ASSERT(20, ((int *)v)[1]);
  ASSERT(1, (char *)v + 4 == (char *)&a[1]);
  int m[3][4];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
  ASSERT(23, m[2][3]);
  ASSERT(12, *(*(m + 1) + 2));
  int (*row)[4] = m + 1;
  ASSERT(13, (*row)[3]);
  ASSERT(16, sizeof *row);
  ASSERT(48, sizeof m);
  ASSERT(8, sizeof(int (*)[4]));
  char *s = "hello";
  ASSERT('e', s[1]);
  ASSERT('o', *(s + 4));
  ASSERT(0, s[5]);
  const char *const *names = (const char *const[]){"a", "bc"};
  ASSERT('c', names[1][1]);
  uintptr_t_check:;
  unsigned long addr = (unsigned long)&x;
  ASSERT(1, (int *)addr == &x);
  printf("OK\n");
  return 0;
}
