// _Bool: conversions, arithmetic, stdbool.h.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stdbool.h>

static bool is_pos(int x) { return x > 0; }

int main(void) {
  bool t = true, f = false;
  ASSERT(1, t);
  ASSERT(0, f);
  ASSERT(1, sizeof(bool));
  bool b = 42;
  ASSERT(1, b);
  b = 0.1;
  ASSERT(1, b);
  b = (void *)0;
  ASSERT(0, b);
  ASSERT(2, t + t);
  ASSERT(1, is_pos(5));
  ASSERT(0, is_pos(-5));
  bool arr[4] = {1, 0, 2, 0};
  ASSERT(1, arr[2]);
  ASSERT(1, !f);
  b = t && !f;
  ASSERT(1, b);
  b = 256;
  ASSERT(1, b);
  unsigned char raw = b;
  ASSERT(1, raw);
  printf("OK\n");
  return 0;
}
