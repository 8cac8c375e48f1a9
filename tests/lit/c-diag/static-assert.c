// _Static_assert failures, with and without a message, and a
// non-constant condition.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
_Static_assert(sizeof(int) == 8, "int is not 8 bytes");
// CHECK: static-assert.c:[[@LINE-1]]:1: error: static assertion failed: "int is not 8 bytes"
_Static_assert(0, "");
// CHECK: static-assert.c:[[@LINE-1]]:1: error: static assertion failed
int v;
_Static_assert(v, "x");
// CHECK: static-assert.c:[[@LINE-1]]:16: error: expression is not an integer constant expression
