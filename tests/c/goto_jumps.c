// goto: forward and backward, into a nested block past declarations
// (legal when no VLA is skipped), out of nested loops, and labels at the
// end of blocks.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int find(int m[4][4], int v) {
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++)
      if (m[i][j] == v) { v = i * 10 + j; goto found; }
  return -1;
found:
  return v;
}

int main(void) {
  int m[4][4];
  for (int i = 0; i < 16; i++) m[i / 4][i % 4] = i * i;
  ASSERT(21, find(m, 81));
  ASSERT(-1, find(m, 2));
  int x = 0;
  goto inside;
  {
    int y;
  inside:
    y = 5;
    x = y;
  }
  ASSERT(5, x);
  int n = 0;
back:
  n++;
  if (n < 3) goto back;
  ASSERT(3, n);
  {
    goto end_of_block;
    n = 100;
  end_of_block:;
  }
  ASSERT(3, n);
  printf("OK\n");
  return 0;
}
