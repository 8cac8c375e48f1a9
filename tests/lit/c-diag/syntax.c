// A syntax error: the expected token and what was found instead.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int f(void) {
  int a = 1
  return a;
// CHECK: syntax.c:[[@LINE-1]]:3: error: expected ';' after declaration before 'return'
}
