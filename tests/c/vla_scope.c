// VLAs in loops and nested blocks: the stack is given back at the end of
// each iteration (a million iterations would otherwise overflow it), also
// when leaving by break, continue, goto and return.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int inner(int n) {
  for (int i = 0;; i++) {
    char v[n];
    v[n - 1] = (char)i;
    if (i == 3) return v[n - 1];
  }
}

int main(void) {
  long total = 0;
  for (int i = 0; i < 1000000; i++) {
    int n = 100 + i % 50;
    int v[n];
    v[0] = i;
    v[n - 1] = 1;
    total += v[0] % 3 + v[n - 1];
    if (i % 7 == 0) continue;
    if (i == 999999) break;
  }
  ASSERT(1999999, total);
  int k = 0;
again:
  {
    char big[10000 + k];
    big[k] = 1;
    if (++k < 1000) goto again;
  }
  ASSERT(1000, k);
  for (int i = 0; i < 200000; i++) ASSERT(3, inner(4096));
  for (int i = 0; i < 1000000; i++) {   // goto out of the VLA's block frees it too
    { char v[1000 + i % 7]; v[0] = 1; if (v[0]) goto next; }
  next:;
  }
  int sizes = 0;
  for (int i = 1; i < 5; i++) {
    int a[i];
    {
      int b[i * 2];
      sizes += sizeof a + sizeof b;
    }
  }
  ASSERT((1 + 2 + 3 + 4) * 12, sizes);
  printf("OK\n");
  return 0;
}
