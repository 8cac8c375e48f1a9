// Unsigned arithmetic wraps modulo 2^N in every width, including after
// promotion (unsigned short * unsigned short is int arithmetic in C: the
// test keeps to defined cases), negation and subtraction below zero.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <stdint.h>
#include "test.h"

int main(void) {
  unsigned u = 0;
  u -= 1;
  ASSERT(0xffffffffu, u);
  ASSERT(0, u + 1);
  uint64_t big = UINT64_MAX;
  ASSERT(0, big + 1);
  ASSERT(UINT64_MAX - 3, big * 3 + 1 - 3 + 1);
  uint8_t b = 250;
  b += 10;
  ASSERT(4, b);
  uint16_t h = 65535;
  h++;
  ASSERT(0, h);
  unsigned neg = -7u;
  ASSERT(4294967289u, neg);
  ASSERT(0x80000000u, 0x7fffffffu + 1);
  unsigned a = 3000000000u, c = 3000000000u;
  ASSERT(1705032704u, a + c);
  ASSERT(410065408u, a * 3u);
  uint32_t x = 0x12345678;
  ASSERT(0x34567800u, x << 8);
  ASSERT(0xedcba987u, ~x);
  ASSERT(1, (unsigned)-1 > 0);
  ASSERT(1, 0u - 1u == UINT32_MAX);
  printf("OK\n");
  return 0;
}
