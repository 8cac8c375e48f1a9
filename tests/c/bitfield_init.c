// Initializing bit-fields: positional and designated, static and automatic,
// nested in arrays and structs, with constant expressions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct flags { unsigned a : 1, b : 2, c : 3; int d : 4; unsigned e : 20; };
static struct flags g1 = {1, 2, 5, -3, 12345};
static struct flags g2 = {.e = 99, .a = 1};
static struct flags garr[3] = {[1] = {.d = 7}, [2].c = 6};
struct outer { char tag; struct flags f; };
static struct outer go = {'x', {0, 3, 0, -8, 0xfffff}};

int main(void) {
  ASSERT(1, g1.a); ASSERT(2, g1.b); ASSERT(5, g1.c); ASSERT(-3, g1.d); ASSERT(12345, g1.e);
  ASSERT(1, g2.a); ASSERT(0, g2.b); ASSERT(99, g2.e);
  ASSERT(7, garr[1].d); ASSERT(6, garr[2].c); ASSERT(0, garr[0].e);
  ASSERT(3, go.f.b); ASSERT(-8, go.f.d); ASSERT(0xfffff, go.f.e);
  int v = 2;
  struct flags l1 = {v - 1, v, v + 3, -v, v * 1000};
  ASSERT(1, l1.a); ASSERT(2, l1.b); ASSERT(5, l1.c); ASSERT(-2, l1.d); ASSERT(2000, l1.e);
  struct flags l2 = {.c = 7, .d = v};
  ASSERT(0, l2.a); ASSERT(7, l2.c); ASSERT(2, l2.d);
  struct flags l3 = g1;
  ASSERT(12345, l3.e);
  l3 = (struct flags){.b = 1};
  ASSERT(1, l3.b); ASSERT(0, l3.e);
  printf("OK\n");
  return 0;
}
