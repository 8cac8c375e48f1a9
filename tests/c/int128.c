// __int128 arithmetic and conversions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static __int128 mul(__int128 a, __int128 b) { return a * b; }

int main(void) {
  __int128 a = 1;
  a <<= 100;
  ASSERT(1, (long long)(a >> 100));
  unsigned __int128 u = ~(unsigned __int128)0;
  ASSERT(-1, (long long)u);
  ASSERT(1, u > 0);
  __int128 b = (__int128)0x7fffffffffffffffLL * 4;
  ASSERT(1, (long long)(b >> 64));
  ASSERT(-4, (long long)b);
  ASSERT(16, sizeof(__int128));
  __int128 m = mul((__int128)1 << 62, 8);
  ASSERT(2, (long long)(m >> 64));
  __int128 neg = -5;
  ASSERT(-1, (long long)(neg >> 64));
  ASSERT(1, neg < 0);
  ASSERT(-2, (long long)(neg / 2));
  ASSERT(-1, (long long)(neg % 2));
  unsigned __int128 big = (unsigned __int128)1 << 127;
  ASSERT(1, (long long)(big >> 127));
  double d = (double)((__int128)1 << 80);
  ASSERTF(1208925819614629174706176.0, d);
  __int128_t t = 3;
  __uint128_t v = 4;
  ASSERT(12, (long long)(t * v));
  printf("OK\n");
  return 0;
}
