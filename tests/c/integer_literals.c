// The type of an integer constant (C17 6.4.4.1): decimal constants take
// int, long, long long; octal and hex also the unsigned types; suffixes
// u, l, ll and combinations; observed with _Generic and values.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define T(e) _Generic((e), int: 1, unsigned: 2, long: 3, unsigned long: 4, long long: 5, unsigned long long: 6, default: 0)

int main(void) {
  ASSERT(1, T(2147483647));
  ASSERT(3, T(2147483648));
  ASSERT(2, T(0x80000000));
  ASSERT(2, T(037777777777));
  ASSERT(3, T(0x100000000));
  ASSERT(4, T(0x8000000000000000));
  ASSERT(2, T(1u));
  ASSERT(3, T(1l));
  ASSERT(4, T(1ul));
  ASSERT(4, T(1LU));
  ASSERT(5, T(1ll));
  ASSERT(6, T(1ULL));
  ASSERT(6, T(1llu));
  ASSERT(3, T(9223372036854775807));
  ASSERT(255, 0xff);
  ASSERT(8, 010);
  ASSERT(0, 00);
  ASSERT(1, T(0));
  ASSERT(-2147483648LL, -2147483648);
  ASSERT(1, T(-2147483648) == 3);  // 2147483648 is long, negated
  ASSERT(0x7fffffff, 0X7FFFFFFF);
  ASSERT(5, 0b101);                // GNU binary constants
  ASSERT(1, T(0b11111111111111111111111111111111) == 2);
  printf("OK\n");
  return 0;
}
