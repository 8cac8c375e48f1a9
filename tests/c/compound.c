// Compound literals: in functions (automatic) and at file scope (static).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct pt { int x, y; };
struct pt *gp = &(struct pt){3, 4};
int *gi = (int[]){5, 6, 7};
static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int dist(struct pt p) { return p.x + p.y; }

int main(void) {
  ASSERT(4, gp->y);
  ASSERT(7, gi[2]);
  ASSERT(1, ((int[]){1, 2, 3})[0]);
  ASSERT(3, ((struct pt){1, 2}).x + 2);
  ASSERT(10, sum((int[]){1, 2, 3, 4}, 4));
  ASSERT(5, dist((struct pt){2, 3}));
  int *p = (int[3]){0};
  p[2] = 9;
  ASSERT(9, p[2]);
  struct pt *q = &(struct pt){.y = 8};
  q->x = 1;
  ASSERT(9, q->x + q->y);
  int total = 0;
  for (int i = 0; i < 3; i++) {
    int *v = (int[]){i, i * 2};
    total += v[0] + v[1];
  }
  ASSERT(9, total);
  char *s = (char[]){"abc"};
  s[0] = 'x';
  ASSERTS("xbc", s);
  ASSERT(2, (int){2});
  printf("OK\n");
  return 0;
}
