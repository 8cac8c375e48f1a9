// Shifts by variable and constant amounts in every width: arithmetic right
// shift of negative values (implementation-defined, arithmetic in gcc),
// logical right shift of unsigned, and counts up to width - 1.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: -1 -1 2147483647
#include <stdio.h>

int main(void) {
  volatile int m = -1, n = 31;
  printf("%d %d %u\n", m >> 1, m >> n, (unsigned)m >> 1);
  for (int k = 0; k < 64; k += 7) {
    long long v = 0x8123456789abcdefLL;
    unsigned long long u = (unsigned long long)v;
    printf("%d %llx %llx %llx\n", k, (unsigned long long)(v >> k), u >> k, u << k);
  }
  for (int k = 0; k < 32; k += 5) {
    int v = -123456789;
    unsigned u = 0xdeadbeef;
    short s = -300;
    unsigned char c = 0xa5;
    printf("%d %d %x %x %d %d\n", k, v >> k, u >> k, u << k, s >> (k % 16), c << (k % 8));
  }
  unsigned __int128 w = ((unsigned __int128)1 << 100) | 5;
  printf("%llx %llx\n", (unsigned long long)(w >> 64), (unsigned long long)(w >> 3));
  return 0;
}
