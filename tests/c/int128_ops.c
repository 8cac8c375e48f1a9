// __int128 and unsigned __int128: every arithmetic operator, shifts across
// the 64-bit boundary, division and modulo (library calls), comparisons,
// conversions from and to double and narrower types. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 340282366920938463463374607431768211455
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

static void pu(u128 v) {
  char buf[64]; int n = 0;
  do { buf[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
  while (n) putchar(buf[--n]);
  putchar('\n');
}
static void pi(i128 v) { if (v < 0) { putchar('-'); pu(-(u128)v); } else pu((u128)v); }
static i128 fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

int main(void) {
  u128 max = ~(u128)0;
  pu(max);
  i128 a = (i128)1 << 100, b = -((i128)12345678901234567LL * 1000003);
  pi(a); pi(b);
  pi(a + b); pi(a - b); pi(b * 7); pi(a / b); pi(a % b); pi(b / 3); pi(b % 3);
  pu(max / 7); pu(max % 1000000007);
  pu(max >> 1); pu(max >> 64); pu(max >> 127); pi(b >> 70); pi(b >> 3);
  pu((u128)1 << 64); pu((u128)0xdeadbeef << 77);
  pi(fact(30));
  printf("%d %d %d %d\n", a > b, b < 0, (u128)b > (u128)a, a == ((i128)1 << 100));
  printf("%.17g %.17g\n", (double)a, (double)b);
  i128 fromd = (i128)1e30;
  pi(fromd);
  u128 fromd2 = (u128)3.0e38;
  pu(fromd2);
  long long lo = (long long)(a + 5);
  unsigned hi = (unsigned)(max >> 96);
  printf("%lld %u\n", lo, hi);
  u128 x = 0x0123456789abcdefULL; x = (x << 64) | 0xfedcba9876543210ULL;
  pu(x & 0xffff); pu(x | 1); pu(x ^ max); pu(-x);
  printf("%zu %zu\n", sizeof(i128), _Alignof(u128));
  return 0;
}
