// The sieve of Eratosthenes over a bit array of 10^7 bits, prime counts
// at powers of ten (4, 25, 168, 1229, 9592, 78498, 664579), and a
// segmented check with 64-bit modular exponentiation (Miller-Rabin).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: pi 4 25 168 1229 9592 78498 664579
// CHECK: mr 1 0 1 1 0
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((unsigned __int128)a * b % m); }
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) { uint64_t r = 1; b %= m; while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; } return r; }
static int is_prime(uint64_t n) {
  if (n < 2) return 0;
  uint64_t d = n - 1; int s = 0;
  while (!(d & 1)) { d >>= 1; s++; }
  static const uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
  for (int i = 0; i < 12; i++) {
    uint64_t a = bases[i] % n;
    if (!a) continue;
    uint64_t x = powmod(a, d, n);
    if (x == 1 || x == n - 1) continue;
    int comp = 1;
    for (int r = 1; r < s && comp; r++) { x = mulmod(x, x, n); if (x == n - 1) comp = 0; }
    if (comp) return 0;
  }
  return 1;
}

int main(void) {
  enum { N = 10000000 };
  uint8_t *bits = calloc(N / 8 + 1, 1);
  for (uint32_t i = 2; (uint64_t)i * i <= N; i++)
    if (!(bits[i >> 3] & (1 << (i & 7))))
      for (uint32_t j = i * i; j <= N; j += i) bits[j >> 3] |= (uint8_t)(1 << (j & 7));
  printf("pi");
  uint32_t count = 0, next = 10;
  for (uint32_t i = 2; i <= N; i++) {
    if (!(bits[i >> 3] & (1 << (i & 7)))) count++;
    if (i == next) { printf(" %u", count); next *= 10; }
  }
  printf("\n");
  free(bits);
  printf("mr %d %d %d %d %d\n", is_prime(1000000007), is_prime(1000000007ULL * 3), is_prime(18446744073709551557ULL),
         is_prime(2305843009213693951ULL), is_prime(3215031751ULL));
  return 0;
}
