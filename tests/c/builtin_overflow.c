// __builtin_add/sub/mul_overflow with mixed operand and result types
// (the mathematically exact result is checked against the result type),
// the typed forms (sadd, umull...), and _p variants. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: add 1 -2147483648
#include <limits.h>
#include <stdio.h>

int main(void) {
  int r; long lr; unsigned ur; short sr; unsigned char cr; long long llr; unsigned long long ullr;
  int o = __builtin_add_overflow(INT_MAX, 1, &r);
  printf("add %d %d\n", o, r);
  o = __builtin_sub_overflow(INT_MIN, 1, &r);  printf("sub %d %d\n", o, r);
  o = __builtin_mul_overflow(65536, 65536, &r); printf("mul %d %d\n", o, r);
  o = __builtin_mul_overflow(65536, 65536, &lr); printf("mull %d %ld\n", o, lr);
  o = __builtin_add_overflow(-1, 0, &ur); printf("neg->u %d %u\n", o, ur);
  o = __builtin_add_overflow(200, 100, &cr); printf("u8 %d %d\n", o, cr);
  o = __builtin_sub_overflow(10u, 20u, &sr); printf("s16 %d %d\n", o, sr);
  o = __builtin_mul_overflow(LLONG_MAX, 2, &llr); printf("ll %d %lld\n", o, llr);
  o = __builtin_mul_overflow(-1LL, LLONG_MIN, &llr); printf("llmin %d %lld\n", o, llr);
  o = __builtin_add_overflow(ULLONG_MAX, 1u, &ullr); printf("ull %d %llu\n", o, ullr);
  o = __builtin_mul_overflow(0x100000000ULL, 0x100000000ULL, &ullr); printf("ullmul %d %llu\n", o, ullr);
  o = __builtin_sub_overflow(0u, 1, &llr); printf("u-s %d %lld\n", o, llr);
  o = __builtin_mul_overflow(-3, 5u, &r); printf("mix %d %d\n", o, r);
  o = __builtin_sadd_overflow(INT_MAX, 0, &r); printf("sadd %d %d\n", o, r);
  unsigned long ul;
  o = __builtin_umull_overflow(1UL << 63, 2, &ul); printf("umull %d %lu\n", o, ul);
  long long sl;
  o = __builtin_ssubll_overflow(LLONG_MIN, 1, &sl); printf("ssubll %d %lld\n", o, sl);
  printf("p %d %d\n", __builtin_add_overflow_p(INT_MAX, 1, (int)0), __builtin_mul_overflow_p(1000, 1000, (short)0));
  for (int a = -130; a <= 130; a += 37)
    for (int b = -130; b <= 130; b += 41) {
      signed char sc;
      int x = __builtin_mul_overflow(a, b, &sc), y = __builtin_add_overflow(a, b, &sc), z = __builtin_sub_overflow(a, b, &cr);
      printf("%d%d%d ", x, y, z);
    }
  printf("\n");
  return 0;
}
