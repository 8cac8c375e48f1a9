// limits.h, stdint.h and float.h values of the target.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <limits.h>
#include <stdint.h>
#include <float.h>

int main(void) {
  ASSERT(8, CHAR_BIT);
  ASSERT(127, SCHAR_MAX);
  ASSERT(-128, CHAR_MIN);
  ASSERT(65535, USHRT_MAX);
  ASSERT(2147483647, INT_MAX);
  ASSERT(-2147483647 - 1, INT_MIN);
  ASSERT(4294967295u, UINT_MAX);
  ASSERT(9223372036854775807L, LONG_MAX);
  ASSERT(1, ULLONG_MAX == 18446744073709551615ULL);
  ASSERT(8, sizeof(int64_t));
  ASSERT(1, sizeof(uint8_t));
  ASSERT(8, sizeof(intptr_t));
  ASSERT(8, sizeof(size_t));
  ASSERT(1, INT64_MAX == 9223372036854775807LL);
  ASSERT(1, UINT32_MAX == 4294967295u);
  ASSERT(53, DBL_MANT_DIG);
  ASSERT(24, FLT_MANT_DIG);
  ASSERT(1, DBL_MAX > 1e308);
  ASSERT(1, FLT_EPSILON < 1e-6);
  printf("OK\n");
  return 0;
}
