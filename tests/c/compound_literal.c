// Compound literals: lvalues with automatic storage in their block,
// static at file scope, arrays, structs, scalars, pointers into them,
// modified in place, and a fresh object each time the block is entered.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct pt { int x, y; };
static int *gp = (int[]){10, 20, 30};
static struct pt *gpt = &(struct pt){.y = 7};
static int total(const int *a, int n) { int s = 0; while (n--) s += a[n]; return s; }
static struct pt mirror(struct pt p) { return (struct pt){p.y, p.x}; }

int main(void) {
  ASSERT(20, gp[1]);
  ASSERT(7, gpt->y);
  gp[2] = 33;
  ASSERT(63, total(gp, 3));
  ASSERT(10, total((int[]){1, 2, 3, 4}, 4));
  ASSERT(16, sizeof((int[]){1, 2, 3, 4}));
  struct pt p = mirror((struct pt){1, 2});
  ASSERT(2, p.x);
  ASSERT(1, p.y);
  int *q = (int[3]){0};
  q[1] = 5;
  ASSERT(5, q[1]);
  ASSERT(42, (int){42});
  (struct pt){3, 4}.x = 9;   // an lvalue, even if useless
  int *ptrs[3];
  for (int i = 0; i < 3; i++) ptrs[i] = &(int){i * 100};
  ASSERT(1, ptrs[0] == ptrs[2]);  // one object per block, re-initialized each time
  char *s = (char[]){"text"};
  s[0] = 'n';
  ASSERTS("next", s);
  const char *cs = (const char[]){'h', 'i', 0};
  ASSERTS("hi", cs);
  struct pt arr[] = {(struct pt){1, 1}, [2] = (struct pt){3, 3}};
  ASSERT(3, arr[2].y);
  ASSERT(0, arr[1].x);
  printf("OK\n");
  return 0;
}
