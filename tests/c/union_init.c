// Union initialization: the first member by default, any member by
// designator, nested in structs and arrays, static and automatic, and
// union assignment copying the whole object.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

union u { int i; double d; char s[12]; };
static union u g1 = {42};
static union u g2 = {.d = 2.5};
static union u g3 = {.s = "hello"};
struct tagged { int kind; union u val; };
static struct tagged tab[] = {{0, {.i = 7}}, {1, {.d = 0.5}}, {2, .val.s = "xy"}};

int main(void) {
  ASSERT(42, g1.i);
  ASSERTF(2.5, g2.d);
  ASSERTS("hello", g3.s);
  ASSERT(7, tab[0].val.i);
  ASSERTF(0.5, tab[1].val.d);
  ASSERTS("xy", tab[2].val.s);
  ASSERT(3, sizeof tab / sizeof tab[0]);
  int k = 9;
  union u l1 = {k * 2};
  ASSERT(18, l1.i);
  union u l2 = {.s = {'a', 'b'}};
  ASSERT('b', l2.s[1]);
  ASSERT(0, l2.s[11]);
  union u l3 = l2;
  ASSERTS("ab", l3.s);
  l3 = g2;
  ASSERTF(2.5, l3.d);
  l3 = (union u){.i = -1};
  ASSERT(-1, l3.i);
  printf("OK\n");
  return 0;
}
