// Integer arithmetic, precedence and the usual arithmetic conversions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  ASSERT(0, 0);
  ASSERT(42, 42);
  ASSERT(21, 5 + 20 - 4);
  ASSERT(41, 12 + 34 - 5);
  ASSERT(47, 5 + 6 * 7);
  ASSERT(15, 5 * (9 - 6));
  ASSERT(4, (3 + 5) / 2);
  ASSERT(10, -10 + 20);
  ASSERT(10, - -10);
  ASSERT(10, - -+10);
  ASSERT(1, 7 % 3);
  ASSERT(-1, -7 % 3);
  ASSERT(-2, -7 / 3);
  ASSERT(2, 7 / 3);
  ASSERT(0, 0 == 1);
  ASSERT(1, 42 == 42);
  ASSERT(1, 0 != 1);
  ASSERT(0, 42 != 42);
  ASSERT(1, 0 < 1);
  ASSERT(0, 1 < 1);
  ASSERT(1, 1 <= 1);
  ASSERT(0, 2 <= 1);
  ASSERT(1, 1 > 0);
  ASSERT(0, 1 > 1);
  ASSERT(1, 1 >= 1);
  ASSERT(0, 1 >= 2);
  ASSERT(3, 1 | 2);
  ASSERT(0, 1 & 2);
  ASSERT(6, 5 ^ 3);
  ASSERT(-1, ~0);
  ASSERT(0, ~-1);
  ASSERT(8, 1 << 3);
  ASSERT(2, 17 >> 3);
  ASSERT(-1, -1 >> 1);
  ASSERT(1, !0);
  ASSERT(0, !5);
  ASSERT(1, 2 && 3);
  ASSERT(0, 2 && 0);
  ASSERT(1, 0 || 4);
  ASSERT(0, 0 || 0);
  // Usual arithmetic conversions: unsigned wins at equal rank.
  ASSERT(1, -1 > 0u);
  ASSERT(0, -1 > 0L);
  ASSERT(4294967295, (unsigned)-1);
  ASSERT(-1, (int)4294967295u);
  ASSERT(255, (unsigned char)-1);
  ASSERT(-1, (signed char)255);
  ASSERT(65535, (unsigned short)-1);
  ASSERT(-32768, (short)32768);
  ASSERT(4294967296, 4294967295u + 1LL);
  ASSERT(0, 4294967295u + 1);
  ASSERT(1, sizeof(1 + 1L) == sizeof(long));
  ASSERT(4, sizeof((char)1 + (char)1));
  ASSERT(1, (char)200 + (char)100 == (char)200 + 100);
  // Integer promotions of unsigned short/char operands
  unsigned short us = 65535;
  ASSERT(65536, us + 1);
  unsigned char uc = 255;
  ASSERT(256, uc + 1);
  ASSERT(-256, ~uc);
  // long long and wrapping
  long long big = 9223372036854775807LL;
  ASSERT(-9223372036854775807LL - 1, (long long)((unsigned long long)big + 1));
  unsigned long long u = 18446744073709551615ULL;
  ASSERT(0, (long long)(u + 1));
  ASSERT(1, u / 18446744073709551615ULL);
  ASSERT(6148914691236517205LL, (long long)(u / 3));
  // Division by signed and unsigned
  int a = -17, b = 5;
  ASSERT(-3, a / b);
  ASSERT(-2, a % b);
  ASSERT(858993455, (int)((unsigned)a / 5));
  printf("OK\n");
  return 0;
}
