// __builtin_{add,sub,mul}_overflow into an __int128 or unsigned __int128
// result (operands of at most 64 bits): the flag says whether the exact
// value fits, as gcc computes it (gcc torture pr84169), against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: mul uchar -16 u128: 1 ffffffffffffffffffffffffffffffc0
#include <stdio.h>
#include <stdint.h>

static void show(const char *what, int flag, unsigned __int128 v) {
  printf("%s: %d %016llx%016llx\n", what, flag, (unsigned long long)(v >> 64), (unsigned long long)v);
}

int main(void) {
  unsigned __int128 u;
  __int128 s;
  unsigned char h = 4;
  int f;
  f = __builtin_mul_overflow(h, -16, &u); show("mul uchar -16 u128", f, u);
  f = __builtin_mul_overflow(h, -16, &s); show("mul uchar -16 s128", f, (unsigned __int128)s);
  f = __builtin_mul_overflow(UINT64_MAX, UINT64_MAX, &u); show("mul umax umax u128", f, u);
  f = __builtin_mul_overflow(UINT64_MAX, UINT64_MAX, &s); show("mul umax umax s128", f, (unsigned __int128)s);
  f = __builtin_mul_overflow((uint64_t)1 << 63, 2u, &s); show("mul 2^64 s128", f, (unsigned __int128)s);
  f = __builtin_mul_overflow(INT64_MIN, INT64_MIN, &s); show("mul min min s128", f, (unsigned __int128)s);
  f = __builtin_mul_overflow(INT64_MIN, (uint64_t)UINT64_MAX, &s); show("mul min umax s128", f, (unsigned __int128)s);
  f = __builtin_mul_overflow(INT64_MIN, 1, &u); show("mul min 1 u128", f, u);
  f = __builtin_mul_overflow(0, -5, &u); show("mul 0 -5 u128", f, u);
  f = __builtin_add_overflow(UINT64_MAX, UINT64_MAX, &u); show("add umax umax u128", f, u);
  f = __builtin_add_overflow(-1, 0, &u); show("add -1 0 u128", f, u);
  f = __builtin_sub_overflow(0u, 1u, &u); show("sub 0 1 u128", f, u);
  f = __builtin_sub_overflow(0u, 1u, &s); show("sub 0 1 s128", f, (unsigned __int128)s);
  f = __builtin_sub_overflow(INT64_MIN, UINT64_MAX, &s); show("sub min umax s128", f, (unsigned __int128)s);
  return 0;
}
