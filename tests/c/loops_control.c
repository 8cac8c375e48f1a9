// Loops: do-while with continue (which jumps to the condition), for with
// empty clauses, nested loops with break/continue at each level, while
// with side effects in the condition, and goto-built loops.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  int i = 0, n = 0;
  do {
    i++;
    if (i % 2) continue;
    n += i;
  } while (i < 10);
  ASSERT(30, n);
  i = 0;
  for (;;) { if (++i == 7) break; }
  ASSERT(7, i);
  int pairs = 0;
  for (int a = 0; a < 10; a++) {
    if (a == 8) break;
    for (int b = 0; b < 10; b++) {
      if (b > a) break;
      if ((a + b) % 3) continue;
      pairs++;
    }
  }
  ASSERT(12, pairs);
  const char *s = "count the spaces in here";
  int sp = 0;
  while (*s) if (*s++ == ' ') sp++;
  ASSERT(4, sp);
  int k = 0;
top:
  if (k < 5) { k++; goto top; }
  ASSERT(5, k);
  int w = 100;
  while (w --> 90) {}
  ASSERT(89, w);
  int sum = 0;
  for (int x = 0, y = 10; x < y; x++, y--) sum += y - x;
  ASSERT(30, sum);
  int nested = 0;
  do do nested++; while (nested % 3); while (nested < 9);
  ASSERT(9, nested);
  printf("OK\n");
  return 0;
}
