// Bit-manipulation builtins against gcc: bswap16/32/64, clz/ctz/popcount/
// parity/ffs/clrsb in their int, long and long long forms, on a spread of
// values (zero excluded where undefined).
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: bswap 3412 78563412 efcdab8967452301
#include <stdio.h>

static const unsigned long long vals[] = {1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x7fffffff,
  0x80000000, 0xffffffff, 0x100000000ULL, 0x123456789abcdefULL, 0x8000000000000000ULL, 0xffffffffffffffffULL,
  0x5555555555555555ULL, 0xf0f0f0f0f0f0f0f0ULL, 12345678901234ULL};

int main(void) {
  printf("bswap %x %x %llx\n", __builtin_bswap16(0x1234), __builtin_bswap32(0x12345678),
         (unsigned long long)__builtin_bswap64(0x0123456789abcdefULL));
  for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
    unsigned long long v = vals[i];
    unsigned u = (unsigned)v;
    if (u) printf("%u: clz %d ctz %d ", i, __builtin_clz(u), __builtin_ctz(u));
    printf("pop %d par %d ffs %d clrsb %d | ", __builtin_popcount(u), __builtin_parity(u), __builtin_ffs((int)u),
           __builtin_clrsb((int)u));
    printf("l clz %d ctz %d pop %d par %d ffs %d clrsb %d | ", __builtin_clzl(v), __builtin_ctzl(v),
           __builtin_popcountl(v), __builtin_parityl(v), __builtin_ffsl((long)v), __builtin_clrsbl((long)v));
    printf("ll clz %d ctz %d pop %d ffs %d\n", __builtin_clzll(v), __builtin_ctzll(v), __builtin_popcountll(v),
           __builtin_ffsll((long long)v));
  }
  printf("%d %d\n", __builtin_ffs(0), __builtin_popcount(0));
  volatile unsigned x = 0x00f00000;
  printf("%d %d %x\n", __builtin_clz(x), __builtin_ctz(x), __builtin_bswap32(x));
  return 0;
}
