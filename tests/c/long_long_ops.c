// 64-bit integer operations on values that exercise every bit: mul, div,
// mod, shifts, rotations by shifts, comparisons signed vs unsigned, and
// mixed 32/64-bit expressions. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
#include <stdio.h>

static unsigned long long rotl(unsigned long long x, int k) { return (x << k) | (x >> (64 - k)); }

int main(void) {
  unsigned long long s0 = 0x9e3779b97f4a7c15ULL, s1 = 0xbf58476d1ce4e5b9ULL;
  for (int i = 0; i < 8; i++) {
    unsigned long long r = rotl(s0 * 5, 7) * 9;     // xoshiro-style mixing
    unsigned long long t = s1 << 17;
    s1 ^= s0; s0 = rotl(s0, 24) ^ s1 ^ t; s1 = rotl(s1, 37);
    long long sr = (long long)r;
    printf("%016llx %lld %llu %lld %d\n", r, sr / 1000003, r % 1000003, sr >> 13, (int)(sr < 0) + (int)(r > s0));
  }
  int i32 = -5; unsigned u32 = 7; long long w = 1LL << 33;
  printf("%lld %llu %lld\n", w * i32, (unsigned long long)w * u32, i32 * (long long)u32);
  printf("%d %d\n", (long long)-1 < 0ULL, -1LL < 0LL);
  // CHECK: {{^}}-42949672960 60129542144 -35
  return 0;
}
