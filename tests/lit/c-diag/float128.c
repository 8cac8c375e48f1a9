// _Float128/__float128 can be declared, named in prototypes, _Generic and
// __builtin_types_compatible_p (c/floatn_types.c), but kit does not compute
// in binary128 where long double is another format (x86-64): a located
// error at the first such value, never a wrong result.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
__float128 twice(__float128 x);
double f(double d) {
  return (double)twice((__float128)d);
// CHECK: float128.c:[[@LINE-1]]:{{[0-9]+}}: error: _Float128 (__float128) arithmetic and conversions are not supported by kit on this target
}
