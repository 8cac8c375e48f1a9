// A call of an undeclared function: gcc's gnu17 warning, compilation goes on.
// RUN: %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: test -s %t.o
int f(void) {
  return undeclared_fn(1, 2);
// CHECK: implicit-decl.c:[[@LINE-1]]:10: warning: implicit declaration of function 'undeclared_fn' [-Wimplicit-function-declaration]
}
