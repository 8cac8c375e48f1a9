// Shifts and bit manipulation on every integer width.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  unsigned char uc = 0x81;
  ASSERT(0x102, uc << 1);
  ASSERT(0x40, uc >> 1);
  signed char sc = -128;
  ASSERT(-64, sc >> 1);
  short s = -2;
  ASSERT(-1, s >> 1);
  ASSERT(-4, s << 1);
  unsigned u = 0x80000000u;
  ASSERT(0x40000000, u >> 1);
  int i = (int)0x80000000u;
  ASSERT((int)0xc0000000, i >> 1);
  long long ll = 1;
  ASSERT(1LL << 62, ll << 62);
  unsigned long long ull = 1ULL << 63;
  ASSERT(1, (long long)(ull >> 63));
  long long n = -1;
  ASSERT(-1, n >> 40);
  int amount = 33;
  ASSERT(2, 1LL << (amount - 32));
  long sh = 3;
  ASSERT(8, 1 << sh);
  ASSERT(4, sizeof(1 << sh));
  i = 1;
  i <<= 4;
  ASSERT(16, i);
  i >>= 2;
  ASSERT(4, i);
  unsigned char c = 1;
  c <<= 8;
  ASSERT(0, c);
  ASSERT(0xf0f0, 0xf0f0f0f0 & 0xffff);
  ASSERT(0xff, 0xf0 | 0x0f);
  ASSERT(0x0f, 0xff ^ 0xf0);
  ASSERT(1, (5 & 4) != 0);
  ASSERT(0xfffffff0, ~0xfu);
  printf("OK\n");
  return 0;
}
