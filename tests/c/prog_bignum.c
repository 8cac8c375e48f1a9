// Arbitrary-precision arithmetic in base 10^9 with 64-bit intermediate
// products: 100! and 2^1000 digit sums (known values), and Fibonacci(500).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: 100! digits 158 sum 648
// CHECK: 2^1000 digits 302 sum 1366
// CHECK: fib500 139423224561697880139724382870407283950070256587697307264108962948325571622863290691557658876222521294125
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct { uint32_t d[200]; int n; } big;
static void set(big *b, uint32_t v) { memset(b, 0, sizeof *b); b->d[0] = v; b->n = 1; }
static void mul_small(big *b, uint32_t m) {
  uint64_t carry = 0;
  for (int i = 0; i < b->n; i++) { uint64_t t = (uint64_t)b->d[i] * m + carry; b->d[i] = (uint32_t)(t % 1000000000u); carry = t / 1000000000u; }
  while (carry) { b->d[b->n++] = (uint32_t)(carry % 1000000000u); carry /= 1000000000u; }
}
static void add(big *r, const big *a, const big *b) {
  uint32_t carry = 0; int n = a->n > b->n ? a->n : b->n;
  for (int i = 0; i < n; i++) { uint32_t t = a->d[i] + b->d[i] + carry; r->d[i] = t % 1000000000u; carry = t / 1000000000u; }
  r->n = n;
  if (carry) r->d[r->n++] = carry;
}
static void text(const big *b, char *out) {
  int k = sprintf(out, "%u", b->d[b->n - 1]);
  for (int i = b->n - 2; i >= 0; i--) k += sprintf(out + k, "%09u", b->d[i]);
}
static void report(const char *name, const big *b) {
  char s[2000]; text(b, s);
  int sum = 0; for (char *p = s; *p; p++) sum += *p - '0';
  printf("%s digits %zu sum %d\n", name, strlen(s), sum);
}

int main(void) {
  big b; set(&b, 1);
  for (uint32_t i = 2; i <= 100; i++) mul_small(&b, i);
  report("100!", &b);
  set(&b, 1);
  for (int i = 0; i < 1000; i++) mul_small(&b, 2);
  report("2^1000", &b);
  big x, y, z; set(&x, 0); set(&y, 1); set(&z, 0);
  for (int i = 0; i < 500; i++) { add(&z, &x, &y); x = y; y = z; }
  char s[2000]; text(&x, s);
  printf("fib500 %s\n", s);
  return 0;
}
