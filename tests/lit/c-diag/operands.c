// Operators applied to operands of the wrong types.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
struct s { int a; };
int f(struct s x, int *p, double d) {
  int r = x + 1;
// CHECK: operands.c:[[@LINE-1]]:13: error: invalid operands to binary + (have 'struct s' and 'int')
  r = p * 2;
// CHECK: operands.c:[[@LINE-1]]:9: error: invalid operands to binary * (have 'int *' and 'int')
  r = d % 2;
// CHECK: operands.c:[[@LINE-1]]:9: error: invalid operands to binary % (have 'double' and 'int')
  r = x.b;
// CHECK: operands.c:[[@LINE-1]]:8: error: 'struct s' has no member named 'b'
  r = *r;
// CHECK: operands.c:[[@LINE-1]]:7: error: invalid type argument of unary '*' (have 'int')
  if (x) r = 0;
// CHECK: operands.c:[[@LINE-1]]:7: error: used struct type value where scalar is required
  return r;
}
