// Anonymous structs and unions, nested; designators reaching into them.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct shape {
  int kind;
  union {
    struct { int w, h; };
    struct { int r; };
    double d;
  };
  struct { char tag; union { short s; char c2[2]; }; };
};

int main(void) {
  struct shape a = { .kind = 1, .w = 3, .h = 4, .tag = 't', .s = 0x4142 };
  ASSERT(3, a.w);
  ASSERT(4, a.h);
  ASSERT(3, a.r);
  ASSERT('t', a.tag);
  ASSERT(0x42, a.c2[0]);
  a.r = 9;
  ASSERT(9, a.w);
  ASSERT(24, sizeof a);
  struct shape b = { 2, { .d = 1.5 } };
  ASSERTF(1.5, b.d);
  ASSERT(12, __builtin_offsetof(struct shape, h));
  printf("OK\n");
  return 0;
}
