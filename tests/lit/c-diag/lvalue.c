// Assignments to things that are not modifiable lvalues.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
struct s { const int k; int v; };
int f(int a) {
  const int c = 1;
  int arr[2];
  struct s x = {1, 2};
  c = 2;
// CHECK: lvalue.c:[[@LINE-1]]:3: error: assignment of read-only variable 'c'
  a + 1 = 3;
// CHECK: lvalue.c:[[@LINE-1]]:5: error: lvalue required as left operand of assignment
  arr = 0;
// CHECK: lvalue.c:[[@LINE-1]]:3: error: assignment to expression with array type
  x.k = 3;
// CHECK: lvalue.c:[[@LINE-1]]:4: error: assignment of read-only member 'k'
  c++;
// CHECK: lvalue.c:[[@LINE-1]]:3: error: assignment of read-only variable 'c'
  return 0;
}
