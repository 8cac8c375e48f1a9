// Integer division and remainder: truncation toward zero for negative
// operands in every width, unsigned division of large values, and
// division by constants (which compilers turn into multiplications).
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: -2 -1 -2 1 2 -1
#include <stdio.h>

int main(void) {
  volatile int a = -7, b = 3, c = 7, d = -3;
  printf("%d %d %d %d %d %d\n", a / b, a % b, c / d, c % d, a / d, a % d);
  volatile long long la = -9000000000000000000LL, lb = 7;
  printf("%lld %lld\n", la / lb, la % lb);
  volatile unsigned long long ua = 0xfffffffffffffff0ULL, ub = 0x100000001ULL;
  printf("%llu %llu\n", ua / ub, ua % ub);
  volatile short sa = -32768, sb = -1;
  printf("%d\n", sa / sb);
  volatile signed char ca = -128, cb = 3;
  printf("%d %d\n", ca / cb, ca % cb);
  for (int i = -20; i <= 20; i += 3)
    printf("%d:%d,%d,%d,%d,%d,%u ", i, i / 7, i % 7, i / -5, i / 16, i % 16, (unsigned)i / 10u);
  printf("\n");
  for (long long v = -1000000007; v < 1000000007; v += 333333331)
    printf("%lld %lld %lld\n", v / 10, v % 1000, v / 65536);
  return 0;
}
