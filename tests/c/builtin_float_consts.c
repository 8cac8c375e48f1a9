// __builtin_huge_val/inf/nan (and their f/l forms, with payloads), nans,
// isnan/isinf/isfinite/signbit/fpclassify/copysign/fabs builtins, against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: inf inf inf
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  printf("%g %g %Lg\n", __builtin_huge_val(), (double)__builtin_huge_valf(), __builtin_huge_vall());
  printf("%g %g %Lg\n", __builtin_inf(), (double)__builtin_inff(), -__builtin_infl());
  double n = __builtin_nan("");
  float nf = __builtin_nanf("");
  printf("%d %d %d\n", n != n, nf != nf, __builtin_isnan(__builtin_nanl("")));
  // Payloads and signaling NaNs, bit for bit, in code and in static data.
  static const double snan_static = __builtin_nans(""), pay_static = __builtin_nan("0x123");
  unsigned long long bits;
  double pay = __builtin_nan("0x123");
  memcpy(&bits, &pay, 8); printf("%llx\n", bits);
  memcpy(&bits, &pay_static, 8); printf("%llx\n", bits);
  double sn = __builtin_nans("");
  memcpy(&bits, &sn, 8); printf("%llx %d\n", bits, sn != sn);
  memcpy(&bits, &snan_static, 8); printf("%llx\n", bits);
  float pf = __builtin_nanf("077"), sf = __builtin_nansf("9");
  unsigned fb, sb; memcpy(&fb, &pf, 4); memcpy(&sb, &sf, 4); printf("%x %x\n", fb, sb);
  long double pl = __builtin_nanl("0x1234");
  unsigned char lb[10]; memcpy(lb, &pl, 10);
  for (int i = 9; i >= 0; i--) printf("%02x", lb[i]);
  printf("\n");
  double vals[] = {0.0, -0.0, 1.5, -2.5, DBL_MIN / 4, __builtin_inf(), -__builtin_inf(), __builtin_nan("")};
  for (int i = 0; i < 8; i++) {
    double v = vals[i];
    printf("%d %d %d %d %d %g %g\n", __builtin_isnan(v), __builtin_isinf_sign(v), __builtin_isfinite(v),
           __builtin_signbit(v) != 0, __builtin_fpclassify(0, 1, 2, 3, 4, v), __builtin_copysign(2.0, v),
           __builtin_fabs(v));
  }
  printf("%d %d\n", __builtin_isgreater(1.0, n), __builtin_isunordered(1.0, n));
  printf("%g %g\n", (double)HUGE_VALF, INFINITY);
  return 0;
}
