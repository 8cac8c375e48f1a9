// goto: backward and forward jumps, out of nested loops, into a loop body.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  int i = 0, j, found = -1;
  for (i = 0; i < 10; i++)
    for (j = 0; j < 10; j++)
      if (i * j == 42) {
        found = i * 10 + j;
        goto done;
      }
done:
  ASSERT(67, found);
  int n = 0;
loop:
  if (n < 5) {
    n++;
    goto loop;
  }
  ASSERT(5, n);
  int k = 0;
  goto inside;
  while (k < 3) {
  inside:
    k++;
  }
  ASSERT(3, k);
  printf("OK\n");
  return 0;
}
