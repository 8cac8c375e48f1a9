// Large stack frames: a 1 MiB local array (the frame must be allocated
// in one piece below the guard page handling), many locals, large structs
// passed by value, and recursion with big frames.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct big { char data[65536]; int tag; };

static long sum_big(struct big b) { long s = b.tag; for (int i = 0; i < 65536; i += 4096) s += b.data[i]; return s; }
static struct big make(int tag) { struct big b; memset(b.data, 1, sizeof b.data); b.tag = tag; return b; }
static int deep(int n) {
  char frame[20000];
  frame[0] = (char)n;
  frame[19999] = 1;
  return n == 0 ? frame[19999] : deep(n - 1) + frame[0] - n + frame[19999];
}

int main(void) {
  char huge[1 << 20];
  for (int i = 0; i < (1 << 20); i += 4096) huge[i] = (char)(i >> 12);
  long s = 0;
  for (int i = 0; i < (1 << 20); i += 4096) s += huge[i];
  ASSERT(-128, s);   // (char)0..255: 0..127 then -128..-1
  struct big b = make(7);
  ASSERT(7 + 16, sum_big(b));
  ASSERT(51, deep(50));
  printf("OK\n");
  return 0;
}
