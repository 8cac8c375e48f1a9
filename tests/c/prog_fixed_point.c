// Fixed-point arithmetic in Q16.16 with rounding, and an integer square
// root; results cross-checked against double arithmetic.
// RUN: %c-run %s %t -- -lm | FileCheck %s
// CHECK: OK
#include <math.h>
#include <stdint.h>
#include "test.h"

typedef int32_t q16;
static q16 from_d(double d) { return (q16)lrint(d * 65536.0); }
static double to_d(q16 q) { return q / 65536.0; }
static q16 qmul(q16 a, q16 b) { return (q16)(((int64_t)a * b + (1 << 15)) >> 16); }
static q16 qdiv(q16 a, q16 b) { return (q16)(((int64_t)a << 16) / b); }
static uint32_t isqrt(uint64_t n) { uint64_t r = 0, bit = 1ULL << 62; while (bit > n) bit >>= 2;
  while (bit) { if (n >= r + bit) { n -= r + bit; r = (r >> 1) + bit; } else r >>= 1; bit >>= 2; } return (uint32_t)r; }

int main(void) {
  for (double a = -10; a <= 10; a += 1.375)
    for (double b = 0.5; b < 8; b += 0.875) {
      q16 qa = from_d(a), qb = from_d(b);
      ASSERT(1, fabs(to_d(qmul(qa, qb)) - a * b) < 1e-4);
      ASSERT(1, fabs(to_d(qdiv(qa, qb)) - a / b) < 1e-4);
    }
  for (uint64_t n = 0; n < 100000; n += 7) {
    uint32_t r = isqrt(n);
    ASSERT(1, (uint64_t)r * r <= n && (uint64_t)(r + 1) * (r + 1) > n);
  }
  ASSERT(4294967295u, isqrt(18446744073709551615ULL));
  printf("OK\n");
  return 0;
}
