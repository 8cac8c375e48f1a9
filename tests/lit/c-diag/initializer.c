// Initializers: non-constant static initializers, excess elements,
// unknown fields, out-of-bounds designators.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int v = 1;
int w = v + 1;
// CHECK: initializer.c:[[@LINE-1]]:11: error: initializer element is not constant
struct p { int x, y; };
struct p a = { .z = 1 };
// CHECK: initializer.c:[[@LINE-1]]:17: error: unknown field 'z' specified in initializer
int b[2] = { [5] = 1 };
// CHECK: initializer.c:[[@LINE-1]]:14: error: array index in initializer exceeds array bounds
int c[2] = { 1, 2, 3 };
// CHECK: initializer.c:[[@LINE-1]]:20: warning: excess elements in array initializer
