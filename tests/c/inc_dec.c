// ++ and -- on every scalar type: pointers step by the element size,
// floats by 1.0, _Bool saturates to 1 (++) and toggles (--), chars wrap;
// the pre and post forms' values.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  int i = 5;
  ASSERT(5, i++);
  ASSERT(7, ++i);
  ASSERT(7, i--);
  ASSERT(5, --i);
  double d = 1.5;
  d++;
  ASSERTF(2.5, d);
  ASSERTF(2.5, d--);
  ASSERTF(0.5, --d);
  float f = 16777216.0f;
  f++;                      // 16777217 is not representable: stays
  ASSERTF(16777216.0f, f);
  long arr[3] = {10, 20, 30};
  long *p = arr;
  ASSERT(10, *p++);
  ASSERT(30, *++p);
  ASSERT(30, *p--);
  ASSERT(10, *--p);
  _Bool b = 0;
  b++;
  ASSERT(1, b);
  b++;
  ASSERT(1, b);
  b--;
  ASSERT(0, b);
  b--;
  ASSERT(1, b);
  unsigned char uc = 255;
  uc++;
  ASSERT(0, uc);
  signed char sc = -128;
  sc--;
  ASSERT(127, sc);
  unsigned u = 0;
  u--;
  ASSERT(4294967295u, u);
  long long ll = 0x7fffffffffffffffLL;
  ll--;
  ASSERT(0x7ffffffffffffffeLL, ll);
  char *s = "abc";
  ASSERT('b', *++s);
  struct { int a[2]; } st[2] = {{{1, 2}}, {{3, 4}}}, *sp = st;
  sp++;
  ASSERT(3, sp->a[0]);
  printf("OK\n");
  return 0;
}
