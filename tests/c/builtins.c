// __builtin_* functions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stddef.h>
#include <math.h>

struct s { int a; char b[10]; double c; };
static int unknown_size(char *p) { return (int)__builtin_object_size(p, 0); }

int main(void) {
  ASSERT(0x3412, __builtin_bswap16(0x1234));
  ASSERT(0x78563412, __builtin_bswap32(0x12345678));
  ASSERT(0x0807060504030201LL, (long long)__builtin_bswap64(0x0102030405060708ULL));
  ASSERT(31, __builtin_clz(1));
  ASSERT(0, __builtin_clz(0x80000000u));
  ASSERT(63, __builtin_clzll(1));
  ASSERT(4, __builtin_ctz(16));
  ASSERT(40, __builtin_ctzl(1L << 40));
  ASSERT(3, __builtin_popcount(7));
  ASSERT(64, __builtin_popcountll(~0ULL));
  ASSERT(1, __builtin_parity(7));
  ASSERT(0, __builtin_parity(3));
  ASSERT(0, __builtin_ffs(0));
  ASSERT(1, __builtin_ffs(1));
  ASSERT(5, __builtin_ffs(16));
  ASSERT(31, __builtin_clrsb(0));
  ASSERT(31, __builtin_clrsb(-1));
  ASSERT(30, __builtin_clrsb(1));
  ASSERT(16, __builtin_offsetof(struct s, c));
  ASSERT(7, __builtin_offsetof(struct s, b[3]));
  ASSERT(1, __builtin_expect(1, 0));
  ASSERT(1, __builtin_constant_p(3 + 4));
  int x = 3;
  ASSERT(0, __builtin_constant_p(x));
  int r;
  ASSERT(0, __builtin_add_overflow(1, 2, &r));
  ASSERT(3, r);
  ASSERT(1, __builtin_add_overflow(2147483647, 1, &r));
  ASSERT(-2147483648, r);
  ASSERT(1, __builtin_sub_overflow(0u, 1, (unsigned *)&r));
  ASSERT(1, __builtin_mul_overflow(1 << 20, 1 << 12, &r));
  long long ll;
  ASSERT(0, __builtin_mul_overflow(1 << 20, 1 << 12, &ll));
  ASSERT(1LL << 32, ll);
  unsigned long long ull;
  ASSERT(1, __builtin_umulll_overflow(1ULL << 63, 2, &ull));
  ASSERT(0, __builtin_smull_overflow(-3, 4, (long *)&ll));
  ASSERT(-12, ll);
  ASSERT(1, __builtin_add_overflow_p(127, 1, (signed char)0));
  ASSERT(1, __builtin_isnan(__builtin_nan("")));
  ASSERT(0, __builtin_isnan(1.0));
  ASSERT(1, __builtin_isinf(__builtin_inf()));
  ASSERT(1, __builtin_isinf(-__builtin_huge_valf()) != 0);
  ASSERT(-1, __builtin_isinf_sign(-__builtin_inf()));
  ASSERT(1, __builtin_isfinite(1e300));
  ASSERT(0, __builtin_isfinite(__builtin_inf()));
  ASSERT(1, __builtin_isnormal(1.0));
  ASSERT(0, __builtin_isnormal(1e-310));
  ASSERT(1, __builtin_signbit(-0.0) != 0);
  ASSERT(0, __builtin_signbit(0.0));
  ASSERT(1, __builtin_signbit(-2.0L) != 0);
  ASSERTF(2.5, __builtin_fabs(-2.5));
  ASSERTF(2.5L, __builtin_fabsl(-2.5L));
  ASSERTF(-3.0, __builtin_copysign(3.0, -1.0));
  ASSERTF(3.0f, __builtin_copysignf(-3.0f, 2.0f));
  ASSERT(FP_NAN, __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, __builtin_nan("")));
  ASSERT(FP_ZERO, __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, 0.0));
  ASSERT(FP_SUBNORMAL, __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, 1e-310));
  ASSERT(1, __builtin_isgreater(2.0, 1.0));
  ASSERT(0, __builtin_isgreater(__builtin_nan(""), 1.0));
  ASSERT(1, __builtin_isunordered(__builtin_nan(""), 1.0));
  char buf[16];
  __builtin_memset(buf, 'a', 5);
  buf[5] = 0;
  ASSERT(5, __builtin_strlen(buf));
  char dst[16];
  __builtin_memcpy(dst, buf, 6);
  ASSERT(0, __builtin_strcmp(dst, "aaaaa"));
  char *a = __builtin_alloca(100);
  a[99] = 3;
  ASSERT(3, a[99]);
  ASSERT(1, __builtin_frame_address(0) != 0);
  ASSERT(1, __builtin_return_address(0) != 0);
  ASSERT(-1, unknown_size(buf));
  printf("OK\n");
  return 0;
}
