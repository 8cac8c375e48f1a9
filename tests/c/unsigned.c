// Unsigned arithmetic: wrap-around, comparisons and mixed signedness.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  unsigned a = 0;
  a--;
  ASSERT(4294967295u, a);
  ASSERT(0, a + 1);
  unsigned short us = 0;
  us--;
  ASSERT(65535, us);
  ASSERT(1, -1 < 1);
  ASSERT(0, -1 < 1u);
  ASSERT(1, -1L < 1u);
  ASSERT(0, -1LL < 1ULL);
  unsigned long long x = 3;
  ASSERT(1, x - 5 > 1000);
  ASSERT(2147483648u, 1u << 31);
  unsigned m = 7;
  ASSERT(2, m / 3);
  ASSERT(1, m % 3);
  ASSERT(4294967289u, -m);
  ASSERT(1, (unsigned char)255 + 1 == 256);
  ASSERT(1, (unsigned)(unsigned char)-1 == 255);
  unsigned long ul = 1UL << 63;
  ASSERT(1, ul > 0);
  ASSERT(1, (long)ul < 0);
  printf("OK\n");
  return 0;
}
