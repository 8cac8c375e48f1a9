// The TS 18661-3 _FloatN/_FloatNx types and GNU __float128/__float80
// constants, as glibc's headers use them now that kit presents GNU C 12
// (<bits/floatn.h> makes them keywords from GNU C 7): the literal suffixes
// (f32 f64 f128 f32x f64x, GNU q and w), the __builtin_*fN constants, sizes
// and alignments, and __float128 being _Float128 -- against gcc. kit maps
// _Float32 to float, _Float64 and _Float32x to double and _Float64x to
// long double (gcc keeps them distinct types for _Generic; not tested
// here, see C-FRONTEND.md). Arithmetic on binary128 is refused
// (c-diag/float128.c).
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t -- -lm | FileCheck %s
// CHECK: sizes 4 8 8 16 16 16 16
// CHECK: align 16 16
// CHECK: values 1.5 2.25 3.125 4.0625 5.5
// CHECK: special 1 1 1 1 1 1 1 1
// CHECK: f128 1 1 0 1
#include <math.h>
#include <stdio.h>

int main(void) {
  printf("sizes %zu %zu %zu %zu %zu %zu %zu\n", sizeof(1.5f32), sizeof(1.5f64), sizeof(1.5f32x),
         sizeof(1.5f64x), sizeof(1.5f128), sizeof(1.5q), sizeof(1.5w));
  printf("align %zu %zu\n", _Alignof(_Float128), _Alignof(__float128));
  _Float32 a = 1.5f32;
  _Float64 b = 2.25F64;
  _Float32x c = 3.125f32x;
  _Float64x d = 4.0625f64x;
  long double w = 5.5w;
  printf("values %g %g %g %Lg %Lg\n", (double)a, b, c, d, w);
  printf("special %d %d %d %d %d %d %d %d\n", isinf(__builtin_inff32()), isinf(__builtin_huge_valf64()),
         isinf(__builtin_inff32x()), isinf(__builtin_huge_valf64x()), isnan(__builtin_nanf32("")),
         isnan(__builtin_nanf64("")), isnan(__builtin_nanf32x("")), isnan(__builtin_nanf64x("")));
  // Not evaluated: only the types matter, so no binary128 code is made.
  printf("f128 %d %d %d %d\n", _Generic(1.0q, _Float128: 1, default: 0),
         __builtin_types_compatible_p(__float128, _Float128),
         __builtin_types_compatible_p(_Float128, long double),
         _Generic(__builtin_inff128(), __float128: 1, default: 0));
  return 0;
}
