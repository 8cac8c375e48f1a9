// Several declarators of different shapes in one declaration, sharing the
// specifiers but not the derivations.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int g(void) { return 77; }
int a = 1, *b = &a, c[2] = {3, 4}, (*d)(void) = g, **e = &b;

int main(void) {
  ASSERT(1, a);
  ASSERT(1, *b);
  ASSERT(4, c[1]);
  ASSERT(77, d());
  ASSERT(1, **e);
  long x = 5, y[3] = {6, 7, 8}, *z = y + 1;
  ASSERT(8, sizeof x);
  ASSERT(24, sizeof y);
  ASSERT(7, *z);
  ASSERT(5, x);
  char ch = 'q', str[] = "hello", *ptr = str + 1;
  ASSERT(6, sizeof str);
  ASSERT('e', *ptr);
  ASSERT('q', ch);
  typedef int I, *IP, IA[4];
  I i = 9;
  IP ip = &i;
  IA ia = {1};
  ASSERT(9, *ip);
  ASSERT(16, sizeof ia);
  unsigned short s1 = 65535, s2 = s1 + 1u;
  ASSERT(0, s2);
  printf("OK\n");
  return 0;
}
